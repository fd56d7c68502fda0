/**
 * The one entry point to the analysis core:
 * Markdown → prose segments → sentences → mentions and citations → claims → rules → findings.
 */
import { CONTRASTED, negatedBefore } from './language/words';
import { compileVague, DEFAULT_VAGUE_PHRASES, findCitations, hasIdentifier, isRealCitation } from './citations';
import { extractClaims, rowClaims } from './claims';
import { citationLabels, referenceIndex, resolveCitationReferences, type ReferenceIndex } from './citerefs';
import { atMost, resolveConfig, type CheckerConfig } from './config';
import { builtInFactBase, type FactBase } from './facts/factbase';
import { createLexicon, type Lexicon } from './lexicon';
import { DocumentAnalyzer, findingOrigin, type DocumentResult } from './incremental';
import type { TextChange } from './blockwise';
import { parseDocument, segmentsOfDocument, toSource } from './markdown';
import { RULES } from './rules';

/** Rules of the sentence pipeline, and rules that run only with a bibliography (`findingsWith`). */
const SENTENCE_RULES = RULES.filter((r) => !r.needs);
const BIBLIOGRAPHY_RULES = RULES.filter((r) => r.needs === 'bibliography' || r.checkWithBibliography);
import type { AnalyzedSentence, EarlierReport, Rule, RuleReport } from './rules/rule';
import type { Bibliography } from './bibliography/types';
import { splitSentences } from './sentences';
import { findDirectives, Suppression, type Directive } from './suppress';
import { rememberReplaced, replacedBy } from './editOrigin';
import type { Citation, Finding, FixData, Segment, Severity, TextEditData } from './types';
import type { TargetMention } from './lexicon';

/** Options of a checker. */
export interface CheckerOptions {
  facts?: FactBase;
  config?: Partial<CheckerConfig>;
  /** Parse the whole document as one tree instead of block by block (the reference for tests and benchmarks). */
  wholeDocument?: boolean;
  /** Told once per rule when a rule throws; the other rules still run. Default: a line on standard error. */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * Each document is checked once (the command line without fixing): nothing is cached between calls
   * (less memory; every call costs a full check), and `analyze` returns only the sentences with a
   * pandoc citation (what unknown-citation-key reads). Findings are the same.
   */
  oneShot?: boolean;
  /** When `analyzeAsync` first tells `onPartial` findings, then at most how often, in ms (default 50 and 500; for tests). */
  preview?: { afterMs: number; everyMs: number };
  /** Most blocks parsed in one remark call (default 64; for tests). */
  chunkBlocks?: number;
}

/** The result of analysing one document. */
export interface Analysis {
  findings: Finding[];
  sentences: AnalyzedSentence[];
  /** The document's suppression comments and front matter (already applied to `findings`; for findings added later). */
  suppression: Suppression;
}

/** A checker bound to a fact base and a configuration. */
export interface ClaimChecker {
  readonly facts: FactBase;
  readonly config: CheckerConfig;
  readonly lexicon: Lexicon;
  /** Findings of a Markdown document, sorted by position. */
  check(text: string): Finding[];
  /**
   * Findings plus the analysed sentences (for hovers and code actions). Sentences without a mention
   * or a citation, and sentences of blocks whose prose cannot matter (no mineral, target, citation or
   * vague phrase), may be left out.
   */
  analyze(text: string, change?: TextChange): Analysis;
  /**
   * `analyze`, yielding to the event loop between blocks; rejects with `AnalysisCancelled` once `cancelled()` is true.
   * `change` (optional) says which part of an earlier analysed text changed (blockwise.ts `TextChange`).
   * `onPartial` (optional) is told, during a long analysis, findings of the part analysed so far: each
   * list holds only findings the final result will also hold (incremental.ts `Preview`).
   */
  analyzeAsync(text: string, cancelled?: () => boolean, change?: TextChange, onPartial?: (findings: Finding[]) => void): Promise<Analysis>;
  /**
   * The findings of an analysis together with those of the rules that need what only an adapter can load
   * (`needs: 'bibliography'`: the document's bibliography files), sorted by position. Such rules run only
   * when a bibliography file exists; without one the analysis's own findings are returned as they are.
   */
  findingsWith(analysis: Analysis, sources: { bibliography?: Bibliography }): Finding[];
}

/** Create a checker. With no options it uses the built-in facts and default configuration. */
export function createClaimChecker(options: CheckerOptions = {}): ClaimChecker {
  const facts = options.facts ?? builtInFactBase();
  const config = resolveConfig(options.config);
  const lexicon = createLexicon(facts);
  const vague = compileVague([...DEFAULT_VAGUE_PHRASES, ...config.vaguePhrases]);
  const refs = referenceIndex(facts);
  const failedRules = new Set<string>();
  const onRuleError = options.onRuleError ?? ((id, e) => console.error(`mineral-claims: rule ${id} failed and was skipped: ${(e as Error)?.stack ?? e}`));

  /** The sentence pipeline and rules over the first `count` segments (the rest are look-ahead context). */
  function analyzeSegments(segments: Segment[], count: number, definitions: Map<string, string>, previous?: AnalyzedSentence): { findings: Finding[]; sentences: AnalyzedSentence[] } {
    const sentences = analyzeSentences(segments, lexicon, vague, config, refs, count, definitions, previous);
    const findings = runRules(SENTENCE_RULES, sentences, new Set(), new Map());
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { findings, sentences };
  }

  /**
   * Run rules in priority order over sentences; `flagged` holds the sentences earlier rules reported and `reports`
   * what they reported on each. With a bibliography, a sentence-pipeline rule runs its `checkWithBibliography`.
   */
  function runRules(rules: readonly Rule[], sentences: AnalyzedSentence[], flagged: Set<AnalyzedSentence>, reports: Map<AnalyzedSentence, EarlierReport[]>, bibliography?: Bibliography): Finding[] {
    const findings: Finding[] = [];
    for (const rule of rules) {
      const setting = config.rules[rule.id] ?? rule.defaultSeverity;
      if (setting === 'off') continue;
      const severity: Severity = setting;
      const reported: RuleReport[] = [];
      // Fault isolation: a rule that throws loses its findings for this document, is reported once, and the others still run.
      const found: Finding[] = [];
      try {
        const check = bibliography && !rule.needs && rule.checkWithBibliography ? rule.checkWithBibliography : rule.check;
        check.call(rule, {
          sentences,
          facts,
          config,
          lexicon,
          flagged,
          bibliography,
          reportsOf: (s) => reports.get(s) ?? NO_REPORTS,
          report: (r) => {
            // A sub-check of a rule ("contradicted-claim/quantities") may be set on its own.
            const sub = r.check ? config.rules[`${rule.id}/${r.check}`] : undefined;
            if (sub === 'off') return;
            reported.push(r);
            found.push(toFinding(rule.id, sub ?? severity, r.check ? { ...r, data: { ...r.data, check: r.check } } : r));
          },
        });
      } catch (e) {
        if (!failedRules.has(rule.id)) onRuleError(rule.id, e);
        failedRules.add(rule.id);
        continue;
      }
      findings.push(...found);
      for (const r of reported) {
        flagged.add(r.sentence);
        const list = reports.get(r.sentence);
        if (list) list.push({ ruleId: rule.id, factIds: r.factIds });
        else reports.set(r.sentence, [{ ruleId: rule.id, factIds: r.factIds }]);
      }
    }
    return findings;
  }

  function findingsWith(analysis: Analysis, sources: { bibliography?: Bibliography }): Finding[] {
    const { bibliography } = sources;
    const rules = BIBLIOGRAPHY_RULES.filter((r) => (config.rules[r.id] ?? r.defaultSeverity) !== 'off');
    // Without a bibliography file nothing is run: the sentences (moved on demand, incremental.ts) are not read.
    if (!rules.length || !bibliography?.files.some((f) => f.exists)) return analysis.findings;
    const sentences = analysis.sentences;
    // The registry's priority holds across both runs: a sentence an earlier rule reported is flagged, and what was reported on it is known.
    const bySentence = new Map<string, EarlierReport[]>();
    for (const f of analysis.findings) {
      if (!f.sentence) continue;
      const key = `${f.sentence.start}:${f.sentence.end}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), { ruleId: f.ruleId, factIds: f.factIds }]);
    }
    const reports = new Map<AnalyzedSentence, EarlierReport[]>();
    for (const s of sentences) {
      const earlier = bySentence.get(`${s.source.start}:${s.source.end}`);
      if (earlier) reports.set(s, earlier);
    }
    const found = analysis.suppression.filter(runRules(rules, sentences, new Set(reports.keys()), reports, bibliography));
    if (!found.length) return analysis.findings;
    return [...analysis.findings, ...found].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  }

  // Block-wise and incremental (incremental.ts): the document is parsed block by block, and only blocks
  // whose text or context changed since an earlier call are parsed and analysed again.
  const documents = new DocumentAnalyzer(
    { analyzeSegments, definitions: referenceDefinitions },
    { mayMatter: (block) => blockMayMatter(block, lexicon, vague), retain: !options.oneShot, preview: options.preview, chunkBlocks: options.chunkBlocks },
  );

  function analyze(text: string, change?: TextChange): Analysis {
    // Inline comments and front matter (`<!-- mineral-claims-disable … -->`) switch rules off: see suppress.ts.
    return finished(text, options.wholeDocument ? analyzeWhole(text) : documents.analyze(text, change));
  }

  /** The reference analysis: the whole document parsed at once. */
  function analyzeWhole(text: string): DocumentResult {
    const parsed = parseDocument(text);
    const segments = segmentsOfDocument(parsed);
    return { ...analyzeSegments(segments, segments.length, referenceDefinitions(segments)), directives: findDirectives(text, parsed) };
  }

  async function analyzeAsync(text: string, cancelled?: () => boolean, change?: TextChange, onPartial?: (findings: Finding[]) => void): Promise<Analysis> {
    const partial = onPartial && ((found: Finding[], directives: Directive[]) => onPartial(new Suppression(text, directives).filter(insideDocument(text, found))));
    return finished(text, await documents.analyzeAsync(text, cancelled, change, partial));
  }

  /** Findings filtered by suppression comments and kept inside the document; sentences still read on demand (incremental.ts). */
  function finished(text: string, result: DocumentResult): Analysis {
    const suppression = new Suppression(text, result.directives);
    const findings = suppression.filter(insideDocument(text, result.findings));
    return {
      findings,
      suppression,
      get sentences(): AnalyzedSentence[] {
        return result.sentences;
      },
    };
  }

  return { facts, config, lexicon, analyze, analyzeAsync, findingsWith, check: (text) => analyze(text).findings };
}

/** A sentence that opens with a personal pronoun ("It is …", "They are …"). */
const OPENING_PRONOUN = /^\W*(?:it|they)\b/i;

/** Anything that can make a block's prose matter: citation syntax, links, entities, years, DOIs. */
// Skipping blocks must keep results identical: test/property/blockwise.test.ts compares with whole-document parsing.
const CITATION_HINT = /[[&@]|doi|pmid|https?:|www\.|pubmed|google scholar|(?:19|20)\d\d/i;
const INLINE_TAG = /<[^<>\n]*>/g;

/**
 * Could this block's prose yield a finding, a mention, a citation or a target (which a sentence
 * before or after may use)? Blocks for which it is false are not parsed (blockwise.ts), so it must
 * err on the side of true: the raw text is tested as is, with inline tags and emphasis marks removed,
 * and with tags replaced by spaces, since the prose text can hold any of these.
 */
function blockMayMatter(block: string, lexicon: Lexicon, vague: RegExp): boolean {
  if (CITATION_HINT.test(block)) return true;
  // Usually all three are the same text: test it once.
  const variants = [...new Set([block, block.replace(INLINE_TAG, '').replace(/[*_~\\]/g, ''), block.replace(INLINE_TAG, ' ')])];
  if (variants.some((t) => lexicon.hasMineral(t))) return true;
  for (const t of variants) {
    vague.lastIndex = 0;
    const hit = vague.test(t);
    vague.lastIndex = 0;
    if (hit) return true;
  }
  return variants.some((t) => lexicon.findTargets(t).length > 0);
}

const NO_REPORTS: readonly EarlierReport[] = [];

function toFinding(ruleId: string, configured: Severity, r: RuleReport): Finding {
  const seg = r.sentence.segment;
  const { start, end } = toSource(seg, r.span.start, r.span.end);
  const f: Finding = { ruleId, severity: atMost(configured, r.severity), message: r.message, start, end, sentence: r.sentence.source };
  if (r.factIds?.length) f.factIds = r.factIds;
  if (r.referenceIds?.length) f.referenceIds = r.referenceIds;
  if (r.citedReferenceIds?.length) f.citedReferenceIds = r.citedReferenceIds;
  if (r.fixes?.length) {
    f.fixes = r.fixes.map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      preferred: fix.preferred,
      edits: fix.edits.map((e) => {
        return rememberReplaced({ ...toSource(seg, e.start, e.end), newText: e.newText }, seg.text.slice(e.start, e.end));
      }),
    }));
  }
  if (r.data) f.data = r.data;
  return f;
}

function analyzeSentences(
  segments: Segment[],
  lexicon: Lexicon,
  vague: RegExp,
  config: CheckerConfig,
  refs: ReferenceIndex,
  count = segments.length,
  definitions = referenceDefinitions(segments),
  previous?: AnalyzedSentence,
): AnalyzedSentence[] {
  const all: AnalyzedSentence[] = [];
  // `previous`: the last prose sentence before these segments (incremental.ts keeps `lastProseAfter` in step with this).
  let lastProse: AnalyzedSentence | undefined = previous;
  segments.forEach((seg, segIndex) => {
    if (segIndex >= count) return; // look-ahead context (incremental.ts)
    const spans = splitSentences(seg.text);
    const sentences: AnalyzedSentence[] = [];
    // Pronouns in a segment's first sentence refer back to the previous paragraph or list item.
    let prev: AnalyzedSentence | undefined = seg.kind === 'heading' ? undefined : lastProse;
    spans.forEach((span, index) => {
      const text = seg.text.slice(span.start, span.end);
      const mentions = lexicon.findMentions(text, span.start);
      const citations = findCitations(seg.text, span, seg.links, vague).map((c) => resolveCitation(c, definitions, refs));
      // Object literals written out rather than spread (`{ ...span, … }`): the same properties in the same order, built faster.
      const base = { start: span.start, end: span.end, segment: seg, index, text, mentions, citations };
      const continuation = index === spans.length - 1 ? listContinuation(segments, segIndex, text, lexicon, span.end) : undefined;
      const { factual, checkable, claims } = extractClaims(base, lexicon, { prev, continuation });
      const s: AnalyzedSentence = { start: base.start, end: base.end, segment: seg, index, text, mentions, citations, factual, checkable, claims, cited: citations.some(isRealCitation), source: toSource(seg, span.start, span.end) };
      sentences.push(s);
      // "Magnesium is vital. It is abundant in seeds. It also …": a sentence that names no mineral and opens with a
      // pronoun continues the one before, so the next pronoun still finds the mineral there.
      if (mentions.length || !prev?.mentions.length || !OPENING_PRONOUN.test(text)) prev = s;
    });
    // A citation at the end of a paragraph covers the whole paragraph when citationScope is "paragraph".
    const last = sentences[sentences.length - 1];
    if (config.citationScope === 'paragraph' && last?.cited) for (const s of sentences) s.cited = true;
    all.push(...sentences);
    lastProse = seg.kind === 'heading' ? undefined : sentences[sentences.length - 1] ?? lastProse;
  });
  // Table rows pair a condition with its signs across cells.
  const rows = new Map<number, AnalyzedSentence[]>();
  for (const s of all) if (s.segment.tableRow !== undefined && !s.segment.tableHeader) rows.set(s.segment.tableRow, [...(rows.get(s.segment.tableRow) ?? []), s]);
  // Header cells by table row, so that a row's cells can be read with their column headers.
  const headers = new Map<number, Map<number, string>>();
  for (const s of all) if (s.segment.tableHeader && s.segment.tableRow !== undefined) {
    const h = headers.get(s.segment.tableRow) ?? new Map<number, string>();
    h.set(s.segment.tableColumn ?? 0, `${h.get(s.segment.tableColumn ?? 0) ?? ''} ${s.text}`.trim());
    headers.set(s.segment.tableRow, h);
  }
  const headerRows = [...headers.keys()].sort((a, b) => a - b);
  for (const [row, cells] of rows) {
    const headerRow = headerRows.filter((h) => h < row).pop();
    const first = cells.find((c) => c.mentions.some((m) => !m.condition));
    if (headerRow === undefined || !first) continue;
    const h = headers.get(headerRow)!;
    const byColumn = new Map<number, string>();
    for (const c of cells) byColumn.set(c.segment.tableColumn ?? 0, `${byColumn.get(c.segment.tableColumn ?? 0) ?? ''} ${c.text}`.trim());
    const width = Math.max(...h.keys(), ...byColumn.keys()) + 1;
    first.tableCells = Array.from({ length: width }, (_, i) => ({ header: h.get(i) ?? '', text: byColumn.get(i) ?? '' }));
  }
  for (const cells of rows.values()) {
    // A citation in any cell of a row covers the row.
    if (cells.some((c) => c.cited)) for (const c of cells) c.cited = true;
    if (cells.some((c) => c.claims.length)) continue;
    const r = rowClaims(cells, lexicon);
    if (r) (r.sentence as AnalyzedSentence).claims.push(...r.claims);
  }
  // A citation anywhere in a list item covers the item.
  const citedItems = new Set<number>();
  for (const s of all) if (s.cited && s.segment.listItem !== undefined) citedItems.add(s.segment.listItem);
  for (const s of all) if (s.segment.listItem !== undefined && citedItems.has(s.segment.listItem)) s.cited = true;
  return all;
}

/** Footnote definitions ("^label") and numbered reference-list entries ("#n") → their text and link URLs (bare URLs are not in the text). */
function referenceDefinitions(segments: Segment[]): Map<string, string> {
  const defs = new Map<string, string>();
  for (const seg of segments) if (seg.refLabel) defs.set(seg.refLabel, `${defs.get(seg.refLabel) ?? ''} ${seg.text} ${seg.links.map((l) => l.url).join(' ')}`.trim());
  return defs;
}

/**
 * A footnote or numeric citation whose definitions all lack an identifier is vague; any other real
 * citation gets the fact-base references it names, where certain (citerefs.ts).
 */
function resolveCitation(c: Citation, defs: Map<string, string>, refs: ReferenceIndex): Citation {
  if (c.kind === 'footnote' || c.kind === 'numeric') {
    const found = citationLabels(c).map((l) => defs.get(l));
    if (found.length && found.every((d) => d !== undefined && !hasIdentifier(d))) {
      return { ...c, kind: 'vague', reason: `${c.text} points to a reference with no identifier (no DOI, PMID or link)` };
    }
  }
  const r = c.kind === 'vague' || c.kind === 'pandoc' ? undefined : resolveCitationReferences(c, defs, refs);
  if (r?.references.length) c.references = r.references;
  if (r?.unresolved) c.unresolved = true;
  return c;
}

/** "Patients … typically develop" + a list: the list items' targets continue the sentence. */
function listContinuation(segments: Segment[], segIndex: number, sentence: string, lexicon: Lexicon, at: number): TargetMention[] | undefined {
  const seg = segments[segIndex];
  if (seg.listItem !== undefined || seg.kind !== 'paragraph' || /[.!?]["')\]]*\s*$/.test(sentence)) return undefined;
  const out: TargetMention[] = [];
  for (let i = segIndex + 1; i < segments.length && segments[i].listItem !== undefined && segments[i].kind === 'paragraph'; i++) {
    const item = segments[i].text;
    // An item that names a mineral ("- a short QT in hypercalcaemia") is about that one; a denied sign is none.
    if (lexicon.findMentions(item).length) continue;
    for (const t of lexicon.findTargets(item)) {
      const before = item.slice(0, t.start);
      // "- no peaked T waves": a bare "no" denies an item as well.
      if (!negatedBefore(before) && !CONTRASTED.test(before) && !/\bno\b/i.test(before)) out.push({ ...t, start: at, end: at });
    }
  }
  return out.length ? out : undefined;
}

/**
 * The last guard of the invariant "every range lies inside the document and never splits a surrogate pair":
 * ranges are clamped into the text, and a fix with an edit outside it is dropped rather than applied
 * somewhere else. (The fuzz campaign found offset maps one past the end with CR-only line ends.)
 */
function insideDocument(text: string, findings: Finding[]): Finding[] {
  const n = text.length;
  const at = (o: number): number => {
    const c = Math.max(0, Math.min(o, n));
    const lowSurrogate = c > 0 && c < n && text.charCodeAt(c) >= 0xdc00 && text.charCodeAt(c) <= 0xdfff && text.charCodeAt(c - 1) >= 0xd800 && text.charCodeAt(c - 1) <= 0xdbff;
    return lowSurrogate ? c - 1 : c;
  };
  const inside = (sp: { start: number; end: number }): boolean => sp.start >= 0 && sp.end <= n && sp.start <= sp.end;
  // An edit must replace exactly the prose it was built from: an offset map gone wrong must never turn
  // "replace 'high'" into "replace the first 68 characters" (a fix would then destroy the writer's text).
  // `first`: the edit as first made (incremental.ts `findingOrigin`), which knows that prose.
  const exact = (e: TextEditData, first: TextEditData): boolean => {
    if (!inside(e)) return false;
    let verdict = exactVerdicts.get(first);
    if (verdict === undefined) {
      const expected = replacedBy(first);
      exactVerdicts.set(first, (verdict = expected === undefined || squash(text.slice(e.start, e.end)) === squash(expected)));
    }
    return verdict;
  };
  const fixExact = (o: Finding) => (x: FixData, i: number) => x.edits.every((e, j) => exact(e, o.fixes![i].edits[j]));
  // The same array when every finding is fine (nearly always): nothing is copied on a keystroke.
  let out: Finding[] | undefined;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (inside(f) && (!f.sentence || inside(f.sentence)) && (!f.fixes || f.fixes.every(fixExact(findingOrigin(f))))) {
      if (out) out.push(f);
      continue;
    }
    out ??= findings.slice(0, k);
    const start = at(f.start);
    const g: Finding = { ...f, start, end: Math.max(start, at(f.end)) };
    if (f.sentence) g.sentence = { start: at(f.sentence.start), end: Math.max(at(f.sentence.start), at(f.sentence.end)) };
    if (f.fixes) g.fixes = f.fixes.filter(fixExact(findingOrigin(f)));
    out.push(g);
  }
  return out ?? findings;
}

/**
 * `insideDocument`'s verdict on each fix edit as first made: every moved copy of a finding comes from a block
 * with the same text (incremental.ts), so its edits replace the same prose; only their bounds are checked again.
 */
const exactVerdicts = new WeakMap<TextEditData, boolean>();

/** White space folded, so a soft line break in the source equals the space it became in the prose text. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}
