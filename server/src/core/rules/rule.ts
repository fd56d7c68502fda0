/**
 * The rule contract: metadata plus one check function over an analysed document.
 */
import type { Claim } from '../claims';
import type { CheckerConfig } from '../config';
import type { FactBase } from '../facts/factbase';
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
}

/** Context handed to each rule. */
export interface RuleContext {
  sentences: AnalyzedSentence[];
  facts: FactBase;
  config: CheckerConfig;
  /** Sentences already flagged by a higher-priority rule. */
  flagged: Set<AnalyzedSentence>;
  report(r: RuleReport): void;
}

/** A rule module. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  check(ctx: RuleContext): void;
}

export type { FixData };
