/**
 * Checker configuration: the same keys in VS Code settings (`mineralClaims.*`), in
 * `.mineral-claims.json` and on the command line.
 */
import type { Severity, SeveritySetting } from './types';

/** Where a paragraph-final citation applies. */
export type CitationScope = 'sentence' | 'paragraph';
/** Which citation style quick fixes insert. */
export type CitationStyle = 'auto' | 'pandoc' | 'footnote' | 'numeric' | 'link';

/** The resolved configuration of a check. */
export interface CheckerConfig {
  /** Severity per rule id, or "off". Missing rules use their default severity. */
  rules: Record<string, SeveritySetting>;
  /** sentence: a paragraph-final citation covers only the last sentence; paragraph: the whole paragraph. */
  citationScope: CitationScope;
  citationStyle: CitationStyle;
  /** Extra vague-citation phrases. */
  vaguePhrases: string[];
  /** Extra fact files (paths). */
  factFiles: string[];
  /** Bibliography files (paths). */
  bibliography: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
}

/** Defaults: everything works with no configuration at all. */
export const DEFAULT_CONFIG: CheckerConfig = {
  rules: {},
  citationScope: 'sentence',
  citationStyle: 'auto',
  vaguePhrases: [],
  factFiles: [],
  bibliography: [],
  maxFileSize: 5_000_000,
};

/** Merge partial configurations over the defaults (later wins; rules merge key by key). */
export function resolveConfig(...parts: (Partial<CheckerConfig> | undefined)[]): CheckerConfig {
  const out: CheckerConfig = { ...DEFAULT_CONFIG, rules: {} };
  for (const p of parts) {
    if (!p) continue;
    const { rules, ...rest } = p;
    Object.assign(out, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
    if (rules) Object.assign(out.rules, rules);
  }
  return out;
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The configured severity, or `cap` when that is milder (a milder kind of finding of a rule). */
export function atMost(configured: Severity, cap: Severity | undefined): Severity {
  return cap && SEVERITY_RANK[cap] < SEVERITY_RANK[configured] ? cap : configured;
}
