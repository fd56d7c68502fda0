/**
 * citation-mismatch: a sentence cites a fact-base reference that does not support what it says.
 *
 * - The sentence is judged wrong (reversed-role or contradicted-claim: the same judgement, read from
 *   their reports) about a fact that the cited reference supports: the reference found the opposite.
 * - The cited references support only facts about other minerals and other targets than every claim
 *   of the sentence: the reference is about another topic (a milder finding, `info` at most). Said
 *   only when the sentence's topic is certain: a claim read from a relation word (not guessed from word
 *   order), every citation of the sentence identified, and no mineral of the sentence in the references'
 *   scope.
 *
 * Citations are identified in citerefs.ts; pandoc keys need the document's bibliography, so sentences
 * with a pandoc citation are judged in `checkWithBibliography` (ClaimChecker.findingsWith), all others in `check`.
 */
import { inTextLabel } from '../bibliography/format';
import { findEntry } from '../bibliography/types';
import { referenceIndex, resolveItem } from '../citerefs';
import type { Claim } from '../claims';
import type { FactBase } from '../facts/factbase';
import type { CslItem, FactDef } from '../facts/types';
import type { Lexicon } from '../lexicon';
import type { Citation, Span } from '../types';
import { effectsOn, judgeOnce, type Verdict } from '../judge/relations';
import { agentName, targetName } from '../judge/describe';
import { ERROR_RULE_IDS, type AnalyzedSentence, type EarlierReport, type Rule, type RuleContext } from './rule';

/** Rule id. */
const CITATION_MISMATCH = 'citation-mismatch';

/** A citation with the verified references it names (segment offsets). */
interface CitedWorks extends Span {
  references: string[];
  unresolved: boolean;
}

/** A mismatch between what a sentence says and what it cites. */
interface Mismatch {
  kind: 'opposite' | 'topic';
  /** The citation to flag (segment offsets). */
  span: Span;
  message: string;
  /** The cited references the finding is about. */
  cited: string[];
  /** The fact the sentence contradicts (opposite) or states (topic, when known). */
  fact?: FactDef;
  /** Verified references that support the sentence (topic), for the replace fix. */
  replacements: string[];
}

/**
 * Judge a sentence's citations. `errorFacts`: ids of the facts reversed-role and contradicted-claim
 * found the sentence wrong about, in their order. `judged`: the claim verdicts (judge.ts).
 */
function judgeCitations(
  s: AnalyzedSentence,
  works: CitedWorks[],
  errorFacts: string[],
  facts: FactBase,
  lexicon: Lexicon,
  judged: (c: Claim) => Verdict,
): Mismatch | undefined {
  const resolved = works.filter((w) => w.references.length);
  if (!resolved.length) return undefined;
  for (const id of opposedFacts(s, errorFacts, facts, judged)) {
    const fact = facts.factById.get(id);
    if (!fact) continue;
    for (const w of resolved) {
      const supporting = w.references.filter((r) => fact.references.includes(r));
      if (!supporting.length) continue;
      const ref = facts.references.get(supporting[0])!;
      // A settled fact about a direction (a role, an effect, a treatment) is the opposite of the claim: its title says it in a line.
      const directional = !fact.mixed && !!(fact.roles?.length || fact.effects?.length || fact.treatments?.length || fact.spares?.length);
      const said = directional ? `found the opposite: ${lowerFirst(fact.title)}.` : `says otherwise: ${lowerFirst(fact.statement)}`;
      return {
        kind: 'opposite',
        span: w,
        message: `The cited ${noun(ref)} (${inTextLabel(ref)}) ${said}`,
        cited: supporting,
        fact,
        replacements: [],
      };
    }
  }
  if (errorFacts.length || !s.checkable || works.some((w) => w.unresolved || !w.references.length)) return undefined;
  const claims = s.claims.filter((c) => !c.weak && !c.treatment);
  if (!claims.length) return undefined;
  const cited = [...new Set(resolved.flatMap((w) => w.references))];
  const scope = scopeOf(cited, facts, lexicon);
  if (s.mentions.some((m) => scope.minerals.has(m.mineral))) return undefined;
  for (const c of claims) {
    if (scope.minerals.has(c.subject.mineral) || scope.targets.has(c.target) || scope.targets.has(c.object.target)) return undefined;
  }
  const claim = claims[0];
  const verdict = judged(claim);
  const fact = verdict.kind === 'consistent' ? verdict.fact : undefined;
  const replacements = (fact?.references ?? []).filter((id) => facts.references.get(id)?.verified === true && !cited.includes(id));
  const refs = cited.map((id) => facts.references.get(id)!);
  const what = refs.length === 1 ? `${noun(refs[0])} (${inTextLabel(refs[0])}, “${refs[0].title}”) is` : `references (${refs.map(inTextLabel).join('; ')}) are`;
  return {
    kind: 'topic',
    span: resolved[0],
    message: `The cited ${what} about another topic, not ${agentName(claim.subject.mineral, facts)} and ${targetName(claim.target, facts)}.`,
    cited,
    fact,
    replacements,
  };
}

/**
 * The facts a sentence the error rules found wrong goes against: the facts they named, then for each claim
 * judged wrong about a level, every settled effect the claim contradicts and every settled effect the same
 * claim at the other level agrees with ("hypercalcaemia causes tetany": low calcium does).
 */
function opposedFacts(s: AnalyzedSentence, errorFacts: string[], facts: FactBase, judged: (c: Claim) => Verdict): string[] {
  if (!errorFacts.length) return [];
  const out = new Set(errorFacts);
  for (const c of s.claims) {
    const kind = judged(c).kind;
    if ((kind !== 'contradicted' && kind !== 'reversed') || !c.subject.level) continue;
    for (const x of effectsOn(c, facts).contradicted) out.add(x.fact.id);
    for (const f of effectsOn({ ...c, subject: { ...c.subject, level: c.subject.level === 'high' ? 'low' : 'high' } }, facts).consistent) if (!f.mixed) out.add(f.id);
  }
  return [...out];
}

function noun(ref: CslItem): string {
  return ref.type === 'article-journal' ? 'study' : 'reference';
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** What a set of references is about: the minerals and targets of the facts they support and of their titles. */
interface Scope {
  minerals: Set<string>;
  targets: Set<string>;
}

const scopes = new WeakMap<FactBase, Map<string, Scope>>();

function scopeOf(ids: string[], facts: FactBase, lexicon: Lexicon): Scope {
  let byRef = scopes.get(facts);
  if (!byRef) scopes.set(facts, (byRef = new Map()));
  const out: Scope = { minerals: new Set(), targets: new Set() };
  for (const id of ids) {
    let sc = byRef.get(id);
    if (!sc) byRef.set(id, (sc = referenceScope(id, facts, lexicon)));
    for (const m of sc.minerals) out.minerals.add(m);
    for (const t of sc.targets) out.targets.add(t);
  }
  return out;
}

/**
 * A reference's scope: for each fact it supports, the fact's first mineral, the agents and targets of
 * its roles, effects, treatments and spared targets; and the minerals, conditions and targets its title names.
 */
function referenceScope(id: string, facts: FactBase, lexicon: Lexicon): Scope {
  const minerals = new Set<string>();
  const targets = new Set<string>();
  for (const f of facts.facts) {
    if (!f.references.includes(id)) continue;
    if (f.minerals[0]) minerals.add(f.minerals[0]);
    for (const r of f.roles ?? []) {
      minerals.add(r.agent);
      targets.add(r.target);
    }
    for (const e of f.effects ?? []) {
      minerals.add(e.mineral);
      targets.add(e.target);
    }
    for (const t of f.treatments ?? []) {
      minerals.add(t.agent);
      for (const c of [t.condition, t.setting]) {
        if (!c) continue;
        if ('target' in c) targets.add(c.target);
        else minerals.add(c.mineral);
      }
    }
    for (const x of f.spares ?? []) {
      minerals.add(x.agent);
      targets.add(x.target);
    }
  }
  const title = facts.references.get(id)?.title ?? '';
  for (const m of lexicon.findMentions(title)) minerals.add(m.mineral);
  for (const t of lexicon.findTargets(title)) targets.add(t.target);
  return { minerals, targets };
}

/** The identified works of a sentence's real citations (pandoc ones with `pandoc`, when the adapters know them). */
function citedWorks(citations: Citation[], pandoc?: (c: Citation) => CitedWorks | undefined): CitedWorks[] {
  const out: CitedWorks[] = [];
  for (const c of citations) {
    if (c.kind === 'vague') continue;
    const w = c.kind === 'pandoc' && pandoc ? pandoc(c) : { start: c.start, end: c.end, references: c.references ?? [], unresolved: !!c.unresolved || c.kind === 'pandoc' };
    if (w) out.push(w);
  }
  return out;
}

/** The facts reversed-role and contradicted-claim found a sentence wrong about. */
function errorFactsOf(reports: readonly EarlierReport[]): string[] {
  return reports.filter((r) => ERROR_RULE_IDS.has(r.ruleId)).flatMap((r) => r.factIds ?? []);
}

/** Judge the sentences `which` selects, with pandoc citations identified by `pandoc` (when the bibliography is known), and report. */
function checkSentences(ctx: RuleContext, which: (s: AnalyzedSentence) => boolean, pandoc?: (c: Citation) => CitedWorks): void {
  const judged = judgeOnce(ctx.facts);
  for (const s of ctx.sentences) {
    if (!which(s)) continue;
    const m = judgeCitations(s, citedWorks(s.citations, pandoc), errorFactsOf(ctx.reportsOf(s)), ctx.facts, ctx.lexicon, judged);
    if (!m) continue;
    ctx.report({
      sentence: s,
      span: m.span,
      message: m.message,
      factIds: m.fact ? [m.fact.id] : undefined,
      referenceIds: m.replacements,
      citedReferenceIds: m.cited,
      severity: m.kind === 'topic' ? 'info' : undefined,
      data: { kind: m.kind },
    });
  }
}

const hasPandoc = (s: AnalyzedSentence): boolean => s.citations.some((c) => c.kind === 'pandoc');

export const citationMismatch: Rule = {
  id: CITATION_MISMATCH,
  description: 'A citation that does not support its sentence: the cited study found the opposite, or (`info`) the cited reference is about another topic.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/citation-mismatch.md',
  check(ctx) {
    // A pandoc key is identified through the bibliography: sentences citing one are judged in `checkWithBibliography`.
    checkSentences(ctx, (s) => !hasPandoc(s) && s.citations.some((c) => c.references));
  },
  /** Sentences with a pandoc citation, whose keys the bibliography identifies (an entry with a DOI, PMID, PMCID or the reference's URL). */
  checkWithBibliography(ctx) {
    const ix = referenceIndex(ctx.facts);
    const pandoc = (c: Citation): CitedWorks => {
      const references: string[] = [];
      let unresolved = false;
      for (const key of c.keys) {
        const entry = findEntry(ctx.bibliography, key)?.entry;
        const id = entry && resolveItem(entry.item, ix);
        if (id) references.push(id);
        else unresolved = true;
      }
      return { start: c.start, end: c.end, references: [...new Set(references)], unresolved };
    };
    checkSentences(ctx, hasPandoc, pandoc);
  },
};
