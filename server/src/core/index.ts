/** Public API of the analysis core (no LSP types). */
export { createClaimChecker, type ClaimChecker, type CheckerOptions, type Analysis } from './checker';
export { resolveConfig, DEFAULT_CONFIG, type CheckerConfig } from './config';
export { builtInFactBase, createFactBase, type FactBase } from './facts/factbase';
export { LineIndex, type Position, type PositionRange } from './positions';
export { RULES, allRuleMeta } from './rules';
export type { Finding, FixData, Severity, SeveritySetting, Span } from './types';
