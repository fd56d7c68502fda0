/** uncited-claim: a checkable factual claim about a mineral with no citation covering it. */
import { suggestedReferences } from '../relevance';
import type { Rule } from './rule';

export const uncitedClaim: Rule = {
  id: 'uncited-claim',
  description: 'A factual claim about calcium or magnesium physiology with no citation covering it.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/uncited-claim.md',
  check(ctx) {
    for (const s of ctx.sentences) {
      if (!s.factual || s.cited || ctx.flagged.has(s)) continue;
      const minerals = [...new Set(s.mentions.map((m) => m.mineral))];
      ctx.report({
        sentence: s,
        span: { start: s.start, end: s.end },
        message: `Uncited claim about ${minerals.join(' and ')}: add a citation to a primary source or review.`,
        referenceIds: suggestedReferences(s, ctx.facts),
      });
    }
  },
};
