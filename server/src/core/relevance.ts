/**
 * Which facts a sentence is about, best first: facts whose roles or effects match its claims, then
 * facts whose role or effect targets the sentence names together with their mineral or agent, then
 * facts whose trigger terms it contains, and last facts about the same minerals together. Used for
 * suggested references (insert-citation quick fixes) and hovers.
 */
import type { FactBase } from './facts/factbase';
import type { CslItem, FactDef } from './facts/types';
import type { AnalyzedSentence } from './rules/rule';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => {
  if (!c) return false;
  const code = c.charCodeAt(0);
  // ASCII answered directly (the same answer as the pattern: letters and digits); the rest by the pattern.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(c);
};

/** Is the `term` found at `i` of `text` (both lower case) a whole word? Plural and verb endings stay the same word ("channels", "releases"). */
function wholeWordAt(text: string, term: string, i: number): boolean {
  const after = text[i + term.length];
  const endOk = !isWordChar(after) || ((after === 's' || after === 'e') && !isWordChar(text[i + term.length + (after === 'e' ? 2 : 1)]));
  return !isWordChar(text[i - 1]) && endOk;
}

/**
 * Strings from the fact base looked up in a text in one pass: each is filed under its first three characters, and
 * the text is read once, looking only at the strings filed under the three characters at each place (a sentence
 * has a hundred or so places; the fact base has hundreds of terms). Strings shorter than three characters are
 * searched for one by one.
 */
class TermIndex<T> {
  /** The first three characters as one number (UTF-16 code units of 16 bits each: no two strings share one). */
  private static start(text: string, i: number): number {
    return text.charCodeAt(i) * 0x10000 * 0x10000 + text.charCodeAt(i + 1) * 0x10000 + text.charCodeAt(i + 2);
  }
  private readonly byStart = new Map<number, { lower: string; value: T }[]>();
  private readonly short: { lower: string; value: T }[] = [];
  add(lower: string, value: T): void {
    if (lower.length < 3) {
      this.short.push({ lower, value });
      return;
    }
    const key = TermIndex.start(lower, 0);
    const list = this.byStart.get(key);
    if (list) list.push({ lower, value });
    else this.byStart.set(key, [{ lower, value }]);
  }
  /** Each occurrence of a string in `text` (lower case): its value and where it starts; with `wordStarts`, only those that start a word. */
  forEachIn(text: string, found: (value: T, lower: string, at: number) => void, wordStarts = false): void {
    for (let i = 0; i + 3 <= text.length; i++) {
      if (wordStarts && isWordChar(text[i - 1])) continue;
      const list = this.byStart.get(TermIndex.start(text, i));
      if (list) for (const t of list) if (text.startsWith(t.lower, i)) found(t.value, t.lower, i);
    }
    for (const t of this.short) for (let i = text.indexOf(t.lower); i >= 0; i = text.indexOf(t.lower, i + 1)) if (!wordStarts || !isWordChar(text[i - 1])) found(t.value, t.lower, i);
  }
}

/** A fact with what relevantFacts reads of it, prepared once per fact base. */
interface FactEntry {
  fact: FactDef;
  /** Its terms lower-cased, with the length of the term as written. */
  terms: { lower: string; length: number }[];
  roles: NonNullable<FactDef['roles']>;
  effects: NonNullable<FactDef['effects']>;
}

/**
 * A fact base indexed for relevantFacts, built once: which facts a sentence can be relevant to is found from the
 * words it contains and the claims it makes, so that a sentence visits only those facts, not all of them.
 */
interface Index {
  targets: FactBase['targets'];
  targetCount: number;
  factList: FactBase['facts'];
  factCount: number;
  /** The facts in fact-base order. */
  entries: FactEntry[];
  /** Fact terms (lower case) → the positions in `entries` of the facts listing them. */
  factTerms: TermIndex<number>;
  /** Target terms and labels longer than two characters (lower case) → the target id. */
  targetWords: TermIndex<string>;
  /** Target id → the positions of the facts with a role or effect on it. */
  byTarget: Map<string, number[]>;
  /** "mineral|target" → the positions of the facts with a role of that agent or an effect of that mineral on that target. */
  byAgentTarget: Map<string, number[]>;
  /** The positions of the facts with a role that names an antagonist. */
  withAntagonist: number[];
}
const indexes = new WeakMap<FactBase, Index>();

function indexOf(facts: FactBase): Index {
  const known = indexes.get(facts);
  if (known && known.targets === facts.targets && known.targetCount === facts.targets.length && known.factList === facts.facts && known.factCount === facts.facts.length) return known;
  const index: Index = {
    targets: facts.targets,
    targetCount: facts.targets.length,
    factList: facts.facts,
    factCount: facts.facts.length,
    entries: [],
    factTerms: new TermIndex(),
    targetWords: new TermIndex(),
    byTarget: new Map(),
    byAgentTarget: new Map(),
    withAntagonist: [],
  };
  const file = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  facts.facts.forEach((fact, i) => {
    const entry: FactEntry = { fact, terms: fact.terms.map((t) => ({ lower: t.toLowerCase(), length: t.length })), roles: fact.roles ?? [], effects: fact.effects ?? [] };
    index.entries.push(entry);
    for (const t of entry.terms) index.factTerms.add(t.lower, i);
    for (const r of entry.roles) {
      file(index.byTarget, r.target, i);
      file(index.byAgentTarget, `${r.agent}|${r.target}`, i);
    }
    for (const e of entry.effects) {
      file(index.byTarget, e.target, i);
      file(index.byAgentTarget, `${e.mineral}|${e.target}`, i);
    }
    if (entry.roles.some((r) => r.antagonist)) index.withAntagonist.push(i);
  });
  for (const t of facts.targets) for (const term of [...t.terms, t.label]) if (term.length > 2) index.targetWords.add(term.toLowerCase(), t.id);
  indexes.set(facts, index);
  return index;
}

/** Facts relevant to a sentence, best first. */
export function relevantFacts(s: AnalyzedSentence, facts: FactBase): FactDef[] {
  const text = s.text.toLowerCase();
  const minerals = new Set(s.mentions.map((m) => m.mineral));
  const index = indexOf(facts);
  // The facts that can score at all (by the rules below): found through the index, visited in fact-base order.
  const candidates = new Set<number>();
  const add = (list: number[] | undefined): void => list?.forEach((i) => candidates.add(i));
  // The fact terms the text contains (anywhere, as `text.includes(term)`).
  const contained = new Set<string>();
  index.factTerms.forEachIn(text, (i, term) => {
    candidates.add(i);
    contained.add(term);
  });
  const named = new Set<string>();
  index.targetWords.forEachIn(text, (id, term, at) => {
    if (!named.has(id) && wholeWordAt(text, term, at)) named.add(id);
  }, true);
  for (const id of named) add(index.byTarget.get(id));
  for (const c of s.claims) {
    add(index.byAgentTarget.get(`${c.subject.mineral}|${c.object.target}`));
    add(index.byAgentTarget.get(`${c.subject.mineral}|${c.target}`));
  }
  if (minerals.size > 1) add(index.withAntagonist);
  const scored: { fact: FactDef; score: number }[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const { fact, terms, roles, effects } = index.entries[i];
    if (!fact.minerals.some((m) => minerals.has(m))) continue;
    let score = 0;
    for (const c of s.claims) {
      for (const r of roles) if (r.agent === c.subject.mineral && (r.target === c.object.target || r.target === c.target)) score += 10;
      for (const e of effects) if (e.mineral === c.subject.mineral && e.level === c.subject.level && (e.target === c.object.target || e.target === c.target)) score += 10;
    }
    // A role or effect whose target the sentence names, with its mineral (or the antagonist) named too.
    for (const r of roles) if (named.has(r.target) && (minerals.has(r.agent) || (r.antagonist && minerals.has(r.antagonist)))) score += 4;
    for (const e of effects) if (named.has(e.target) && minerals.has(e.mineral)) score += 3;
    for (const term of terms) if (contained.has(term.lower)) score += 2 + term.length / 20;
    // Facts about every mineral the sentence names together ("calcium and magnesium … opposing roles").
    if (score === 0 && minerals.size > 1 && [...minerals].every((m) => fact.minerals.includes(m)) && roles.some((r) => r.antagonist && minerals.has(r.antagonist))) score = 1;
    if (score > 0) scored.push({ fact, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.fact);
}

/** A journal article a reader can look up by DOI or PMID. */
function isIdentifiedArticle(ref: CslItem): boolean {
  const r = ref as CslItem & { DOI?: string; PMID?: string; PMCID?: string };
  return r.type === 'article-journal' && !!(r.DOI || r.PMID || r.PMCID);
}

/**
 * Verified reference ids for a sentence, best first, without duplicates: the references of the most
 * relevant facts, journal articles with a DOI or PMID before web pages and books.
 */
export function suggestedReferences(s: AnalyzedSentence, facts: FactBase, limit = 3): string[] {
  const pool: string[] = [];
  for (const f of relevantFacts(s, facts)) {
    for (const id of f.references) {
      const ref = facts.references.get(id);
      if (ref && ref.verified !== false && !pool.includes(id)) pool.push(id);
    }
    if (pool.length >= limit * 2) break;
  }
  const articles = pool.filter((id) => isIdentifiedArticle(facts.references.get(id)!));
  const others = pool.filter((id) => !articles.includes(id));
  return [...articles, ...others].slice(0, limit);
}
