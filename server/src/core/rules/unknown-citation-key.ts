/**
 * unknown-citation-key: a pandoc key `[@key]` that none of the document's bibliography files has.
 * It needs the bibliography, so adapters call it after `analyze` with the loaded files (the core stays
 * free of file I/O). Nothing is reported when no bibliography file exists: keys cannot be resolved
 * then, and a zero-config document stays quiet.
 */
import { basename } from 'node:path';
import { allKeys, type Bibliography } from '../bibliography/types';
import type { CheckerConfig } from '../config';
import type { FactBase } from '../facts/factbase';
import { toSource } from '../markdown';
import type { Suppression } from '../suppress';
import type { Finding, Severity } from '../types';
import type { AnalyzedSentence } from './rule';

/** Rule id. */
export const UNKNOWN_CITATION_KEY = 'unknown-citation-key';

const KEY = /(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

/**
 * A document's findings with unknown-citation-key added, in document order — what the language server
 * and the command line both report.
 */
export function withCitationKeyFindings(
  analysis: { findings: Finding[]; sentences: AnalyzedSentence[]; suppression: Suppression },
  bibliography: Bibliography | undefined,
  config: CheckerConfig,
  facts: FactBase,
): Finding[] {
  // Without a bibliography file nothing is reported: the sentences (moved on demand, incremental.ts) are not read.
  if ((config.rules[UNKNOWN_CITATION_KEY] ?? 'warning') === 'off' || !bibliography?.files.some((f) => f.exists)) return analysis.findings;
  const keys = analysis.suppression.filter(checkCitationKeys(analysis.sentences, bibliography, config, facts));
  if (!keys.length) return analysis.findings;
  return [...analysis.findings, ...keys].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** Findings for pandoc keys missing from the bibliography (before suppression comments are applied). */
export function checkCitationKeys(
  sentences: AnalyzedSentence[],
  bibliography: Bibliography | undefined,
  config: CheckerConfig,
  facts: FactBase,
): Finding[] {
  const setting = config.rules[UNKNOWN_CITATION_KEY] ?? 'warning';
  const files = (bibliography?.files ?? []).filter((f) => f.exists);
  if (setting === 'off' || !files.length) return [];
  const severity: Severity = setting;
  const keys = allKeys(bibliography);
  const names = files.map((f) => basename(f.path)).join(', ');
  const out: Finding[] = [];
  for (const s of sentences) {
    for (const c of s.citations) {
      if (c.kind !== 'pandoc') continue;
      for (const m of c.text.matchAll(KEY)) {
        const key = m[1].replace(/[.:;,]+$/, '');
        if (keys.has(key)) continue;
        const at = c.start + m.index + m[0].indexOf('@');
        const { start, end } = toSource(s.segment, at, at + 1 + key.length);
        const builtIn = facts.references.get(key)?.verified === true;
        out.push({
          ruleId: UNKNOWN_CITATION_KEY,
          severity,
          message: `Unknown citation key "@${key}": not in ${names}.`,
          start,
          end,
          sentence: s.source,
          referenceIds: builtIn ? [key] : undefined,
          data: { key, builtIn },
        });
      }
    }
  }
  return out;
}
