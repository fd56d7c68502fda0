/** `--format json`: the flat array of findings from the walking skeleton, plus fact, reference and fix data. */
import type { PositionRange } from '../../core';
import type { ClaimReading } from '../../core/judge/reading';
import { locate, type Formatter, type Located } from './report';

/** A fix as printed in JSON output: edits with LSP ranges. */
export interface JsonFix {
  title: string;
  safe: boolean;
  preferred?: boolean;
  edits: { range: PositionRange; newText: string }[];
}

/** A finding as printed in JSON output. */
export interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
  /** 0-based line, UTF-16 character (LSP positions); end is exclusive. */
  range: PositionRange;
  factIds?: string[];
  referenceIds?: string[];
  /** citation-mismatch: the verified references the sentence cites, as identified. */
  citedReferenceIds?: string[];
  fixes?: JsonFix[];
  /** An error finding's sub-check ("relations", "quantities" …; configuration key `<rule>/<check>`). */
  check?: string;
  /** An error finding's claim as read: subject, relation with its direction, object, polarity (core/judge/reading.ts). */
  claim?: ClaimReading;
}

/** Convert one located finding to the JSON shape. */
export function toJsonFinding({ file, finding: f, range, index }: Located): JsonFinding {
  return {
    file,
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
    range,
    ...(f.factIds ? { factIds: f.factIds } : {}),
    ...(f.referenceIds ? { referenceIds: f.referenceIds } : {}),
    ...(typeof f.data?.check === 'string' ? { check: f.data.check } : {}),
    ...(f.data?.claim ? { claim: f.data.claim as ClaimReading } : {}),
    ...(f.citedReferenceIds ? { citedReferenceIds: f.citedReferenceIds } : {}),
    ...(f.fixes?.length
      ? {
          fixes: f.fixes.map((x) => ({
            title: x.title,
            safe: x.safe,
            ...(x.preferred ? { preferred: true } : {}),
            edits: x.edits.map((e) => ({ range: index.rangeOf(e.start, e.end), newText: e.newText })),
          })),
        }
      : {}),
  };
}

/** The JSON formatter. */
export const json: Formatter = (report) => JSON.stringify(locate(report).map(toJsonFinding), null, 2) + '\n';
