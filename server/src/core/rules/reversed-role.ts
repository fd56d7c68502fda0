/** reversed-role: a sentence gives calcium's role to magnesium or the other way round. */
import type { FactBase } from '../facts/factbase';
import type { Rule } from './rule';
import { judge } from './judge';

/** Swap a mineral word for its antagonist, keeping case and notation (calcium→magnesium, Ca²⁺→Mg²⁺). */
export function swapMineralText(text: string, from: string, to: string, facts: FactBase): string | undefined {
  const a = facts.mineralById.get(from);
  const b = facts.mineralById.get(to);
  if (!a || !b) return undefined;
  if (text.startsWith(a.symbol)) return b.symbol + text.slice(a.symbol.length);
  const lower = text.toLowerCase();
  const i = a.names.findIndex((n) => n === lower);
  if (i < 0) return undefined;
  const name = b.names[Math.min(i, b.names.length - 1)];
  if (text === text.toUpperCase()) return name.toUpperCase();
  if (text[0] === text[0].toUpperCase()) return name[0].toUpperCase() + name.slice(1);
  return name;
}

export const reversedRole: Rule = {
  id: 'reversed-role',
  description: 'Calcium and magnesium swapped: a sentence gives one mineral the role the other plays.',
  defaultSeverity: 'error',
  check(ctx) {
    for (const s of ctx.sentences) {
      if (!s.factual) continue;
      for (const claim of s.claims) {
        const v = judge(claim, ctx.facts);
        if (v.kind !== 'reversed') continue;
        const agent = ctx.facts.mineralById.get(v.role.agent);
        const wrong = ctx.facts.mineralById.get(claim.subject.mineral);
        const target = ctx.facts.targetById.get(v.role.target);
        if (!agent || !wrong) continue;
        const verb = v.role.action === 'up' ? 'drives' : 'blocks';
        const replacement = swapMineralText(claim.subject.text, wrong.id, agent.id, ctx.facts);
        const wordStart = claim.subject.end - claim.subject.text.length;
        ctx.report({
          sentence: s,
          span: { start: wordStart, end: claim.subject.end },
          message: `Roles reversed: ${agent.id}, not ${wrong.id}, ${verb} ${target?.label ?? v.role.target}.`,
          factIds: [v.fact.id],
          referenceIds: v.fact.references,
          fixes: replacement
            ? [{ title: `Swap ${claim.subject.text} → ${replacement}`, edits: [{ start: wordStart, end: claim.subject.end, newText: replacement }], safe: true, preferred: true }]
            : [],
          data: { from: wrong.id, to: agent.id },
        });
        break;
      }
    }
  },
};
