/** Public API of the analysis core (no LSP types). */
export { createClaimChecker, type ClaimChecker, type CheckerOptions, type Analysis } from './checker';
export { resolveConfig, DEFAULT_CONFIG, type CheckerConfig } from './config';
export { builtInFactBase, createFactBase, type FactBase } from './facts/factbase';
export { loadFactFiles, parseFactFile, validateFactFile, formatFactFileError, type FactFileError, type LoadResult } from './facts/load';
export { bibtex, cslItem, footnote, inText, links, markdownLinkCitation, pandocCitation, referenceLine } from './facts/format';
export { findQuantities, judgeLabValue, conversions, formatConversions, type LabJudgement, type QuantityMention } from './facts/units';
export { diffTexts, type TextChange } from './blockwise';
export { LineIndex, type Position, type PositionRange } from './positions';
export { RULES, SUB_CHECKS, allRuleMeta } from './rules';
export type { Finding, FixData, Severity, SeveritySetting, Span } from './types';
