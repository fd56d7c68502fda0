/**
 * The rule contract: metadata plus one check function over an analysed document. The metadata here is the one
 * source of truth for a rule: package.json's settings are generated from it (`npm run rules:sync`), and
 * test/integration/rule-metadata.test.ts checks package.json, the configuration schema, the docs pages and the
 * eval script's kinds against it.
 */
import type { Bibliography } from '../bibliography/types';
import type { Claim } from '../claims';
import type { CheckerConfig } from '../config';
import type { FactBase } from '../facts/factbase';
import type { Lexicon } from '../lexicon';
import type { Severity, Sentence, Span, FixData } from '../types';

/** A sentence with everything rules need. */
export interface AnalyzedSentence extends Sentence {
  /** Checkable factual statement about a mineral (needs a citation). */
  factual: boolean;
  /** Its claims may be judged against the facts (not a heading, question, or reported/refuted speech). */
  checkable: boolean;
  claims: Claim[];
  /** True if a real citation covers it (in the sentence, paragraph end, or list item). */
  cited: boolean;
  /** Source span of the sentence. */
  source: Span;
  /** For the first cell naming a mineral in a table row: every cell of the row with its column header (unit tables, range tables). */
  tableCells?: { header: string; text: string }[];
}

/** What a rule reports, in segment text offsets of a sentence. */
export interface RuleReport {
  sentence: AnalyzedSentence;
  /** Segment text span to flag. */
  span: Span;
  message: string;
  factIds?: string[];
  referenceIds?: string[];
  /** Fix edits in segment text offsets (converted by the checker). */
  fixes?: { title: string; edits: (Span & { newText: string })[]; safe: boolean; preferred?: boolean }[];
  data?: Record<string, unknown>;
  /**
   * The sub-check that found it ("quantities", "rankings" …): added to the finding's data as `check`; the
   * configuration key `<rule>/<check>` sets its severity or turns it off on its own.
   */
  check?: string;
  /** At most this severity, whatever the rule's configured one (a milder kind of finding of the rule). */
  severity?: Severity;
  /** Verified fact-base references the sentence cites that the finding is about (citation-mismatch). */
  citedReferenceIds?: string[];
}

/** A finding an earlier rule made on a sentence: its rule and the facts behind it. */
export interface EarlierReport {
  ruleId: string;
  factIds?: string[];
}

/** Context handed to each rule. */
export interface RuleContext {
  sentences: AnalyzedSentence[];
  facts: FactBase;
  config: CheckerConfig;
  lexicon: Lexicon;
  /** Sentences already flagged by a higher-priority rule. */
  flagged: Set<AnalyzedSentence>;
  /** The document's bibliography files; set only for rules that declare `needs: 'bibliography'`. */
  bibliography?: Bibliography;
  /** What the rules before this one reported on a sentence. */
  reportsOf(s: AnalyzedSentence): readonly EarlierReport[];
  report(r: RuleReport): void;
}

/** What a rule declares about itself. */
export interface RuleMeta {
  /** The rule id: diagnostic code, configuration key, docs page name. */
  id: string;
  /** One sentence for users: what the rule flags (Settings UI, `mineral-claims rules`, SARIF). Markdown backticks allowed. */
  description: string;
  defaultSeverity: Severity;
  /** The rule's documentation page, relative to the repository root (shipped in the VSIX). */
  docs: string;
  /**
   * `'bibliography'`: the rule reads the document's bibliography files, which only an adapter (language server,
   * command line) can load. It runs in `ClaimChecker.findingsWith`, only when the document has a bibliography file.
   */
  needs?: 'bibliography';
}

/** A rule module. */
export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
  /**
   * For a rule of the sentence pipeline, the part that needs the document's bibliography (citation-mismatch on
   * pandoc keys): run in `ClaimChecker.findingsWith`, with `bibliography` set, when the document has a bibliography file.
   */
  checkWithBibliography?(ctx: RuleContext): void;
}

export type { FixData };

/** Rules whose findings say a sentence is wrong about a fact. */
export const ERROR_RULE_IDS: ReadonlySet<string> = new Set(['reversed-role', 'contradicted-claim']);
