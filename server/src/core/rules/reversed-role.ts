/** reversed-role: a sentence gives calcium's role to magnesium or the other way round, or swaps cause and effect. */
import type { FactBase } from '../facts/factbase';
import { agentName, describeEffect, describeRole, describeTreatment } from '../judge/describe';
import type { Rule } from './rule';
import { judge, judgeOnce } from '../judge/relations';
import { describeRanking, judgeRanking } from '../judge/rankings';
import { claimDoubt, sentenceDoubt } from '../judge/abstain';
import { readingOf } from '../judge/reading';
import type { Claim } from '../claims';

/** Swap a mineral word for its antagonist, keeping case and notation (calcium→magnesium, Ca²⁺→Mg²⁺). */
export function swapMineralText(text: string, from: string, to: string, facts: FactBase): string | undefined {
  const a = facts.mineralById.get(from);
  const b = facts.mineralById.get(to);
  if (!a || !b) return undefined;
  const lower = text.toLowerCase();
  const i = a.names.findIndex((n) => n === lower);
  if (i < 0) {
    // The symbol only as a whole token, with its charge notation ("Ca²⁺", "Ca(2+)"), never a name's first letters ("Calcium").
    const rest = text.slice(a.symbol.length);
    return text.startsWith(a.symbol) && !/^\p{L}/u.test(rest) ? b.symbol + rest : undefined;
  }
  const name = b.names[Math.min(i, b.names.length - 1)];
  if (text === text.toUpperCase()) return name.toUpperCase();
  if (text[0] === text[0].toUpperCase()) return name[0].toUpperCase() + name.slice(1);
  return name;
}

/** The mineral word of a mention whose span may include a level modifier ("elevated calcium" → "calcium"). */
function wordSpan(segText: string, subject: { start: number; end: number; text: string }): { start: number; end: number } {
  const i = segText.indexOf(subject.text, subject.start);
  const start = i >= 0 && i < subject.end ? i : subject.start;
  return { start, end: start + subject.text.length };
}

/**
 * The swap is safe (applied by fix-all) only if no claim of the sentence about the same mention is
 * then reversed or contradicted: in "calcium blocks transmitter release and switches on contraction"
 * either mineral is wrong for one claim, and fix-all would swap back and forth.
 */
function swapResolves(claims: Claim[], claim: Claim, to: string, facts: FactBase): boolean {
  return claims
    .filter((c) => c.subject.start === claim.subject.start && c.subject.mineral === claim.subject.mineral)
    .every((c) => {
      const kind = judge({ ...c, subject: { ...c.subject, mineral: to } }, facts).kind;
      return kind !== 'reversed' && kind !== 'contradicted';
    });
}

/** The sub-checks of reversed-role, each reported as the finding's `check` and configurable on its own. */
export const REVERSAL_CHECKS = ['relations', 'treatments', 'rankings'] as const;
export type ReversalCheck = (typeof REVERSAL_CHECKS)[number];

export const reversedRole: Rule = {
  id: 'reversed-role',
  description: 'Calcium and magnesium roles swapped ("magnesium influx triggers transmitter release"), or cause and effect reversed.',
  defaultSeverity: 'error',
  docs: 'docs/rules/reversed-role.md',
  check(ctx) {
    /** Is a sub-check on? (`"reversed-role/rankings": "off"` turns one off on its own.) */
    const enabled = (check: ReversalCheck): boolean => ctx.config.rules[`reversed-role/${check}`] !== 'off';
    const judged = judgeOnce(ctx.facts);
    for (const s of ctx.sentences) {
      if (!s.checkable || sentenceDoubt(s)) continue;
      for (const claim of s.claims) {
        const v = judged(claim);
        if (v.kind !== 'reversed' || claimDoubt(s, claim, judged, ctx.facts)) continue;
        const check = claim.treatment ? 'treatments' : 'relations';
        if (!enabled(check)) continue;
        const reading = { claim: readingOf(claim, s.segment.text, ctx.facts) };
        const word = wordSpan(s.segment.text, claim.subject);
        if (v.effect) {
          ctx.report({
            sentence: s,
            span: { start: claim.subject.start, end: claim.subject.end },
            message: `Cause and effect reversed: ${describeEffect(v.effect, ctx.facts)}, not the other way round.`,
            factIds: [v.fact.id],
            referenceIds: v.fact.references,
            data: reading,
            check,
          });
          break;
        }
        if (v.treatment) {
          const right = v.treatment.agent;
          const wrong = claim.subject.mineral;
          const replacement = swapMineralText(claim.subject.text, wrong, right, ctx.facts);
          // A swap that would give the same word another reversed treatment (magnesium for eclampsia, but then magnesium
          // for a magnesium overdose named nearby) is no fix: offer none.
          const resolves = swapResolves(s.claims, claim, right, ctx.facts);
          ctx.report({
            sentence: s,
            span: word,
            message: `Roles reversed: ${describeTreatment(v.treatment, ctx.facts)}, not ${agentName(wrong, ctx.facts)}.`,
            factIds: [v.fact.id],
            referenceIds: v.fact.references,
            fixes: replacement && resolves ? [{ title: `Swap ${claim.subject.text} → ${replacement}`, edits: [{ ...word, newText: replacement }], safe: true, preferred: true }] : [],
            data: { from: wrong, to: right, ...reading },
            check,
          });
          break;
        }
        const role = v.role!;
        const right = role.agent;
        const wrong = claim.subject.mineral;
        const replacement = swapMineralText(claim.subject.text, wrong, right, ctx.facts);
        // The swap is safe only when no claim of that word is then reversed or contradicted (swapResolves).
        ctx.report({
          sentence: s,
          span: word,
          message: `Roles reversed: ${describeRole(role, ctx.facts)}, not ${agentName(wrong, ctx.facts)}.`,
          factIds: [v.fact.id],
          referenceIds: v.fact.references,
          fixes: replacement
            ? [{ title: `Swap ${claim.subject.text} → ${replacement}`, edits: [{ ...word, newText: replacement }], safe: swapResolves(s.claims, claim, right, ctx.facts), preferred: true }]
            : [],
          data: { from: wrong, to: right, ...reading },
          check,
        });
        break;
      }
      if (ctx.flagged.has(s) || s.claims.some((c) => judged(c).kind === 'reversed')) continue;
      // A ranking that gives one mineral the other's place ("calcium is the second most abundant cation inside cells").
      const r = enabled('rankings') ? judgeRanking(s, ctx.facts) : undefined;
      if (r?.kind === 'reversed' && r.holder) {
        const replacement = swapMineralText(s.segment.text.slice(r.span.start, r.span.end), r.mineral, r.holder, ctx.facts);
        ctx.report({
          sentence: s,
          span: r.span,
          message: `Roles reversed: ${describeRanking(r)}.`,
          factIds: [r.fact.id],
          referenceIds: r.fact.references,
          fixes: replacement ? [{ title: `Swap ${s.segment.text.slice(r.span.start, r.span.end)} → ${replacement}`, edits: [{ ...r.span, newText: replacement }], safe: false, preferred: true }] : [],
          data: { from: r.mineral, to: r.holder },
          check: 'rankings',
        });
      }
    }
  },
};
