/**
 * The one entry point to the analysis core:
 * Markdown → prose segments → sentences → mentions and citations → claims → rules → findings.
 */
import { compileVague, DEFAULT_VAGUE_PHRASES, findCitations, isRealCitation } from './citations';
import { extractClaims } from './claims';
import { resolveConfig, type CheckerConfig } from './config';
import { builtInFactBase, type FactBase } from './facts/factbase';
import { createLexicon, type Lexicon } from './lexicon';
import { extractSegments, toSource } from './markdown';
import { RULES } from './rules';
import type { AnalyzedSentence, RuleReport } from './rules/rule';
import { splitSentences } from './sentences';
import type { Finding, Segment, Severity } from './types';

/** Options of a checker. */
export interface CheckerOptions {
  facts?: FactBase;
  config?: Partial<CheckerConfig>;
}

/** The result of analysing one document. */
export interface Analysis {
  findings: Finding[];
  sentences: AnalyzedSentence[];
}

/** A checker bound to a fact base and a configuration. */
export interface ClaimChecker {
  readonly facts: FactBase;
  readonly config: CheckerConfig;
  readonly lexicon: Lexicon;
  /** Findings of a Markdown document, sorted by position. */
  check(text: string): Finding[];
  /** Findings plus the analysed sentences (for hovers and code actions). */
  analyze(text: string): Analysis;
}

/** Create a checker. With no options it uses the built-in facts and default configuration. */
export function createClaimChecker(options: CheckerOptions = {}): ClaimChecker {
  const facts = options.facts ?? builtInFactBase();
  const config = resolveConfig(options.config);
  const lexicon = createLexicon(facts);
  const vague = compileVague([...DEFAULT_VAGUE_PHRASES, ...config.vaguePhrases]);

  function analyze(text: string): Analysis {
    const segments = extractSegments(text);
    const sentences = analyzeSentences(segments, lexicon, vague, config);
    const findings: Finding[] = [];
    const flagged = new Set<AnalyzedSentence>();
    for (const rule of RULES) {
      const setting = config.rules[rule.id] ?? rule.defaultSeverity;
      if (setting === 'off') continue;
      const severity: Severity = setting;
      const reported = new Set<AnalyzedSentence>();
      rule.check({
        sentences,
        facts,
        config,
        flagged,
        report: (r) => {
          reported.add(r.sentence);
          findings.push(toFinding(rule.id, severity, r));
        },
      });
      for (const s of reported) flagged.add(s);
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { findings, sentences };
  }

  return { facts, config, lexicon, analyze, check: (text) => analyze(text).findings };
}

function toFinding(ruleId: string, severity: Severity, r: RuleReport): Finding {
  const seg = r.sentence.segment;
  const { start, end } = toSource(seg, r.span.start, r.span.end);
  const f: Finding = { ruleId, severity, message: r.message, start, end, sentence: r.sentence.source };
  if (r.factIds?.length) f.factIds = r.factIds;
  if (r.referenceIds?.length) f.referenceIds = r.referenceIds;
  if (r.fixes?.length) {
    f.fixes = r.fixes.map((fix) => ({
      title: fix.title,
      safe: fix.safe,
      preferred: fix.preferred,
      edits: fix.edits.map((e) => ({ ...toSource(seg, e.start, e.end), newText: e.newText })),
    }));
  }
  if (r.data) f.data = r.data;
  return f;
}

function analyzeSentences(segments: Segment[], lexicon: Lexicon, vague: RegExp, config: CheckerConfig): AnalyzedSentence[] {
  const all: AnalyzedSentence[] = [];
  for (const seg of segments) {
    const spans = splitSentences(seg.text);
    const sentences: AnalyzedSentence[] = [];
    let prev: AnalyzedSentence | undefined;
    spans.forEach((span, index) => {
      const text = seg.text.slice(span.start, span.end);
      const mentions = lexicon.findMentions(text).map((m) => ({ ...m, start: m.start + span.start, end: m.end + span.start }));
      const citations = findCitations(seg.text, span, seg.links, vague);
      const base = { ...span, segment: seg, index, text, mentions, citations };
      const { factual, claims } = extractClaims(base, lexicon, prev);
      const s: AnalyzedSentence = { ...base, factual, claims, cited: citations.some(isRealCitation), source: toSource(seg, span.start, span.end) };
      sentences.push(s);
      prev = s;
    });
    // A citation at the end of a paragraph covers the whole paragraph when citationScope is "paragraph".
    const last = sentences[sentences.length - 1];
    if (config.citationScope === 'paragraph' && last?.cited) for (const s of sentences) s.cited = true;
    all.push(...sentences);
  }
  // A citation anywhere in a list item covers the item.
  const citedItems = new Set<number>();
  for (const s of all) if (s.cited && s.segment.listItem !== undefined) citedItems.add(s.segment.listItem);
  for (const s of all) if (s.segment.listItem !== undefined && citedItems.has(s.segment.listItem)) s.cited = true;
  return all;
}
