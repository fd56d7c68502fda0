/** contradicted-claim: a sentence states the opposite of established physiology. */
import type { FactBase } from '../facts/factbase';
import type { Claim } from '../claims';
import { agentName, describeEffect, describeRole, describeSign, describeTreatment, targetName } from '../judge/describe';
import { contradictionMessage, readingOf } from '../judge/reading';
import type { Rule } from './rule';
import { judge, judgeOnce } from '../judge/relations';
import { judgeQuantities } from '../judge/quantities';
import { judgeStatements } from '../judge/statements';
import { judgePower } from '../judge/power';
import { judgeCooperativity } from '../judge/cooperativity';
import { describeRanking, judgeRanking } from '../judge/rankings';
import { describeOverclaim, judgeOverclaim } from '../judge/overclaims';
import { claimDoubt, sentenceDoubt } from '../judge/abstain';

const LEVEL_SWAP: Record<string, string> = {
  elevated: 'low', high: 'low', higher: 'lower', increased: 'decreased', raised: 'lowered', excess: 'deficient', excessive: 'deficient',
  low: 'high', lower: 'higher', reduced: 'raised', decreased: 'increased', deficient: 'excess', insufficient: 'excess', depleted: 'excess',
};

/** The part of a sentence that is wrong: the condition for effect claims (with "levels"), subject to object for role claims. */
function wrongSpan(text: string, claim: Claim, isEffect: boolean): { start: number; end: number } {
  if (isEffect) {
    const tail = /^\s+(?:levels?|concentrations?)\b/i.exec(text.slice(claim.subject.end, claim.subject.end + 20));
    return { start: claim.subject.start, end: claim.subject.end + (tail ? tail[0].length : 0) };
  }
  const end = Math.max(claim.object.end, claim.subject.end);
  const start = Math.min(claim.subject.start, claim.object.start);
  return { start, end };
}

/** The sub-checks of contradicted-claim, each reported as the finding's `check` and configurable on its own. */
export const CONTRADICTION_CHECKS = ['relations', 'treatments', 'quantities', 'statements', 'cooperativity', 'rankings', 'overclaims'] as const;
export type ContradictionCheck = (typeof CONTRADICTION_CHECKS)[number];

export const contradictedClaim: Rule = {
  id: 'contradicted-claim',
  description: 'A claim against established physiology in the fact base ("high calcium causes tetany").',
  defaultSeverity: 'error',
  docs: 'docs/rules/contradicted-claim.md',
  check(ctx) {
    /** Is a sub-check on? (`"contradicted-claim/quantities": "off"` turns one off on its own.) */
    const enabled = (check: ContradictionCheck): boolean => ctx.config.rules[`contradicted-claim/${check}`] !== 'off';
    const withCheck = <T extends object>(check: ContradictionCheck, v: T | undefined): (T & { check: ContradictionCheck }) | undefined => (v ? { ...v, check } : undefined);
    let prev: (typeof ctx.sentences)[number] | undefined;
    const judged = judgeOnce(ctx.facts);
    for (const s of ctx.sentences) {
      const before = prev?.segment === s.segment ? prev : undefined;
      prev = s;
      if (!s.checkable || ctx.flagged.has(s) || sentenceDoubt(s)) continue;
      for (const claim of s.claims) {
        const v = judged(claim);
        if (v.kind !== 'contradicted' || claimDoubt(s, claim, judged, ctx.facts)) continue;
        const check = claim.treatment ? 'treatments' : 'relations';
        if (!enabled(check)) continue;
        const reading = readingOf(claim, s.segment.text, ctx.facts);
        const truth = v.effect ? describeEffect(v.effect, ctx.facts) : v.role ? describeRole(v.role, ctx.facts) : v.treatment ? describeTreatment(v.treatment, ctx.facts) : v.sign && claim.subject.level ? describeSign(v.sign, { mineral: claim.subject.mineral, level: claim.subject.level }, ctx.facts) : undefined;
        // An effect or a role: what the sentence says against what is true, in its words. A treatment: the fact.
        // A target the agent is known to leave alone: that it does.
        const message =
          (v.effect || v.role) && !claim.treatment
            ? contradictionMessage(claim, reading, truth!, s.segment.text, ctx.facts)
            : truth
              ? `Contradicts physiology: ${truth}.`
              : `Contradicts physiology: ${agentName(claim.subject.mineral, ctx.facts)} leaves ${targetName(claim.target, ctx.facts)} unchanged.`;
        const fix = v.effect && !claim.treatment && flipResolves(s.claims, claim, ctx.facts) ? levelFix(s.segment.text, claim.subject, ctx.facts) : undefined;
        ctx.report({
          sentence: s,
          span: v.treatment ? { start: claim.subject.start, end: claim.subject.end } : wrongSpan(s.segment.text, claim, !!v.effect || !!v.sign),
          message,
          factIds: [v.fact.id],
          referenceIds: v.fact.references,
          fixes: fix ? [fix] : [],
          data: { claim: reading },
          check,
        });
        break;
      }
      if (ctx.flagged.has(s) || s.claims.some((c) => judged(c).kind === 'contradicted')) continue;
      // Sentence-level checks, in order; the first enabled one that finds something reports.
      const q =
        (enabled('quantities') ? withCheck('quantities', judgeQuantities(s, ctx.facts)) : undefined) ??
        (enabled('statements') ? withCheck('statements', judgeStatements(s, before, ctx.facts) ?? judgePower(s, ctx.facts)) : undefined) ??
        (enabled('cooperativity') ? withCheck('cooperativity', judgeCooperativity(s, ctx.facts)) : undefined);
      if (q) {
        ctx.report({ sentence: s, span: q.span, message: q.message, factIds: [q.fact.id], referenceIds: q.fact.references, check: q.check });
        continue;
      }
      const r = enabled('rankings') ? judgeRanking(s, ctx.facts) : undefined;
      if (r?.kind === 'contradicted') {
        ctx.report({ sentence: s, span: r.span, message: `Contradicts physiology: ${describeRanking(r)}.`, factIds: [r.fact.id], referenceIds: r.fact.references, check: 'rankings' });
        continue;
      }
      // Mixed science stated as certain ("magnesium reliably prevents cramps"), or signs taken as proof of a level.
      const o = enabled('overclaims') ? judgeOverclaim(s, ctx.facts) : undefined;
      if (o) ctx.report({ sentence: s, span: o.span, message: describeOverclaim(o), factIds: [o.fact.id], referenceIds: o.fact.references, check: 'overclaims' });
    }
  },
};

/**
 * Flipping the level fixes the sentence only if none of its claims about the same mention is then
 * contradicted or reversed ("hypocalcaemia depresses reflexes and causes twitches" is wrong both ways).
 */
function flipResolves(claims: Claim[], claim: Claim, facts: FactBase): boolean {
  const level = claim.subject.level === 'high' ? 'low' : 'high';
  return claims
    .filter((c) => c.subject.start === claim.subject.start && c.subject.mineral === claim.subject.mineral)
    .every((c) => {
      const kind = judge({ ...c, subject: { ...c.subject, level } }, facts).kind;
      return kind !== 'contradicted' && kind !== 'reversed';
    });
}

function levelFix(
  text: string,
  subject: { start: number; end: number; text: string; mineral: string; condition?: boolean },
  facts: FactBase,
): { title: string; edits: { start: number; end: number; newText: string }[]; safe: boolean } | undefined {
  const m = facts.mineralById.get(subject.mineral);
  if (!m) return undefined;
  const span = text.slice(subject.start, subject.end);
  if (subject.condition) {
    const lower = span.toLowerCase();
    let i = m.conditions.high.indexOf(lower);
    let repl = i >= 0 ? m.conditions.low[i] : undefined;
    if (!repl) {
      i = m.conditions.low.indexOf(lower);
      repl = i >= 0 ? m.conditions.high[i] : undefined;
    }
    if (!repl) return undefined;
    const newText = span[0] === span[0].toUpperCase() ? repl[0].toUpperCase() + repl.slice(1) : repl;
    return { title: `Replace "${span}" with "${newText}"`, edits: [{ start: subject.start, end: subject.end, newText }], safe: false };
  }
  const w = /^[A-Za-z]+/.exec(span)?.[0];
  const repl = w ? LEVEL_SWAP[w.toLowerCase()] : undefined;
  if (!w || !repl) return undefined;
  const newText = w[0] === w[0].toUpperCase() ? repl[0].toUpperCase() + repl.slice(1) : repl;
  return { title: `Replace "${w}" with "${newText}"`, edits: [{ start: subject.start, end: subject.start + w.length, newText }], safe: false };
}
