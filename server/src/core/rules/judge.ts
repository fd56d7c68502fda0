/**
 * Compares a claim with the fact base's roles and effects. Shared by reversed-role and
 * contradicted-claim so that both decide from data, not from phrases.
 */
import type { Claim } from '../claims';
import type { FactBase } from '../facts/factbase';
import type { EffectDef, FactDef, RoleDef } from '../facts/types';

/** The verdict on one claim. */
export type Verdict =
  | { kind: 'consistent'; fact: FactDef }
  | { kind: 'reversed'; fact: FactDef; role: RoleDef }
  | { kind: 'contradicted'; fact: FactDef; effect?: EffectDef; role?: RoleDef }
  | { kind: 'unknown' };

/** Judge a claim against the facts. Mixed facts never yield "contradicted" or "reversed". */
export function judge(claim: Claim, facts: FactBase): Verdict {
  const mineral = claim.subject.mineral;
  const level = claim.subject.level;
  const targets = new Set([claim.object.target, claim.target]);
  if (level) {
    let consistent: FactDef | undefined;
    let contradicted: { fact: FactDef; effect: EffectDef } | undefined;
    for (const fact of facts.facts) {
      for (const effect of fact.effects ?? []) {
        if (effect.mineral !== mineral || effect.level !== level || !targets.has(effect.target)) continue;
        const dir = effect.target === claim.target ? claim.direction : claim.relation;
        if (effect.direction === dir) consistent ??= fact;
        else if (!fact.mixed) contradicted ??= { fact, effect };
      }
    }
    if (consistent) return { kind: 'consistent', fact: consistent };
    if (contradicted) return { kind: 'contradicted', ...contradicted };
    return { kind: 'unknown' };
  }
  let asAgent: { fact: FactDef; role: RoleDef; same: boolean } | undefined;
  let asAntagonist: { fact: FactDef; role: RoleDef } | undefined;
  for (const fact of facts.facts) {
    for (const role of fact.roles ?? []) {
      if (!targets.has(role.target)) continue;
      const dir = role.target === claim.target ? claim.direction : claim.relation;
      if (role.agent === mineral) {
        const same = role.action === dir;
        if (!asAgent || same) asAgent = { fact, role, same };
      } else if (role.antagonist === mineral && role.action === dir && !fact.mixed) {
        asAntagonist ??= { fact, role };
      }
    }
  }
  if (asAgent?.same) return { kind: 'consistent', fact: asAgent.fact };
  if (asAntagonist) return { kind: 'reversed', ...asAntagonist };
  if (asAgent && !asAgent.fact.mixed) return { kind: 'contradicted', fact: asAgent.fact, role: asAgent.role };
  return { kind: 'unknown' };
}
