/**
 * Compares a claim with the fact base's roles and effects. Shared by reversed-role and
 * contradicted-claim so that both decide from data, not from phrases.
 *
 * - A claim about a mineral at a level ("high calcium raises excitability") is compared with the
 *   facts' effects; failing those, a high level acts like the mineral itself and a low level like its
 *   opposite, and the claim is compared with the roles.
 * - A claim about a mineral or an agent (PTH) is compared with the roles: the same direction as the
 *   agent's role is consistent, the role of the antagonist is a reversal, the opposite direction a
 *   contradiction.
 * - A claim that one condition changes another mineral's level, where the facts say it is the other
 *   way round (hypocalcaemia → hypomagnesaemia), is a reversal of cause and effect.
 * Facts marked `mixed` never yield a reversal or contradiction.
 */
import { REQUIREMENT_LIKE, WHEN_LIKE, type Claim } from '../claims';
import type { FactBase } from '../facts/factbase';
import type { ConditionRef, Direction, EffectDef, FactDef, RoleDef, SignDef, TreatmentDef } from '../facts/types';
import { factsWith } from '../facts/having';

/** The verdict on one claim. */
export type Verdict =
  | { kind: 'consistent'; fact: FactDef }
  | { kind: 'reversed'; fact: FactDef; role?: RoleDef; effect?: EffectDef; treatment?: TreatmentDef }
  | { kind: 'contradicted'; fact: FactDef; effect?: EffectDef; role?: RoleDef; treatment?: TreatmentDef; sign?: SignDef }
  | { kind: 'unknown' };

const flip = (d: Direction): Direction => (d === 'up' ? 'down' : 'up');

/** Judge a claim against the facts. */
export function judge(claim: Claim, facts: FactBase): Verdict {
  if (claim.treatment) return judgeTreatment(claim, facts);
  // A relation guessed from word order, or a bare "when" with no level to be a condition, carries no
  // direction of its own: never call it reversed or contradicted on that guess.
  if (claim.weak && !claim.object.implied) return { kind: 'unknown' };
  if (WHEN_LIKE.test(claim.verb.text) && !claim.subject.level && !claim.object.implied) return { kind: 'unknown' };
  const level = claim.subject.level;
  // "Magnesium blocks the nerve action potential itself": the agent is known to leave that target alone.
  if (!level && !claim.negated) {
    const targets = targetsOf(claim);
    const spared = factsWith(facts, 'spares').find((f) => !f.mixed && f.spares?.some((x) => x.agent === claim.subject.mineral && targets.has(x.target)));
    if (spared) return { kind: 'contradicted', fact: spared };
  }
  if (level) {
    const misplaced = judgeSign(claim, facts);
    if (misplaced) return misplaced;
    const byEffect = judgeEffect(claim, facts);
    if (byEffect.kind === 'contradicted' && level === 'high') {
      // "Adding calcium shrank the end-plate potentials": more calcium doing what magnesium does is a swap,
      // judged on the contradicted effect's own target ("relaxes when calcium floods in" contradicts the
      // relaxation fact; it does not give calcium magnesium's role in contraction).
      const byRole = judgeRole(claim, facts, false, byEffect.effect?.target);
      if (byRole.kind === 'reversed') return byRole;
    }
    if (byEffect.kind !== 'unknown') return byEffect;
    const causal = judgeCausalOrder(claim, facts);
    if (causal.kind !== 'unknown') return causal;
    // More of a mineral acts like the mineral; less of it acts the opposite way.
    return judgeRole(claim, facts, level === 'low');
  }
  return judgeRole(claim, facts, false);
}

/**
 * `judge` with its verdicts remembered per claim object, for a rule that asks about the same claims more than
 * once (judge reads only the claim and the facts, and changes neither, so the answer cannot differ).
 */
export function judgeOnce(facts: FactBase): (claim: Claim) => Verdict {
  const known = new Map<Claim, Verdict>();
  return (claim) => {
    let v = known.get(claim);
    if (!v) {
      v = judge(claim, facts);
      known.set(claim, v);
    }
    return v;
  };
}

function targetsOf(claim: Claim): Set<string> {
  return new Set([claim.object.target, claim.target]);
}

function dirFor(claim: Claim, target: string): Direction {
  return target === claim.target ? claim.direction : claim.relation;
}

/** The facts' effects of the claim's mineral at its level on its targets: those that agree with it, settled ones against it, mixed ones against it, in fact order. */
export function effectsOn(claim: Claim, facts: FactBase): { consistent: FactDef[]; contradicted: { fact: FactDef; effect: EffectDef }[]; mixed: FactDef[] } {
  const targets = targetsOf(claim);
  const out: ReturnType<typeof effectsOn> = { consistent: [], contradicted: [], mixed: [] };
  for (const fact of factsWith(facts, 'effects')) {
    for (const effect of fact.effects ?? []) {
      if (effect.mineral !== claim.subject.mineral || effect.level !== claim.subject.level || !targets.has(effect.target)) continue;
      if (effect.direction === dirFor(claim, effect.target)) out.consistent.push(fact);
      else if (fact.mixed) out.mixed.push(fact);
      else out.contradicted.push({ fact, effect });
    }
  }
  return out;
}

function judgeEffect(claim: Claim, facts: FactBase): Verdict {
  const { consistent, contradicted, mixed } = effectsOn(claim, facts);
  // A settled fact decides; a fact marked mixed only keeps the claim from being called wrong when nothing settled says so.
  if (consistent.length) return { kind: 'consistent', fact: consistent[0] };
  if (contradicted.length) return { kind: 'contradicted', ...contradicted[0] };
  if (mixed.length) return { kind: 'consistent', fact: mixed[0] };
  return { kind: 'unknown' };
}

/** "Hypercalcaemia brings peaked T waves": a sign given to a condition the facts say it does not belong to. */
function judgeSign(claim: Claim, facts: FactBase): Verdict | undefined {
  if (claim.negated || claim.relation !== 'up' || claim.direction !== 'up') return undefined;
  const targets = targetsOf(claim);
  const given = (c: ConditionRef): boolean => 'mineral' in c && c.mineral === claim.subject.mineral && c.level === claim.subject.level;
  for (const fact of factsWith(facts, 'signs')) {
    if (fact.mixed) continue;
    const sign = fact.signs?.find((x) => targets.has(x.sign) && x.notOf.some(given));
    if (sign) return { kind: 'contradicted', fact, sign };
  }
  return undefined;
}

/** "Hypocalcaemia produces hypomagnesaemia" when the facts say low magnesium lowers the calcium level. */
function judgeCausalOrder(claim: Claim, facts: FactBase): Verdict {
  const m = /^(.*)-level$/.exec(claim.target);
  if (!m || m[1] === claim.subject.mineral) return { kind: 'unknown' };
  const objectMineral = m[1];
  const objectLevel = claim.direction === 'up' ? 'high' : 'low';
  for (const fact of factsWith(facts, 'effects')) {
    if (fact.mixed) continue;
    for (const effect of fact.effects ?? []) {
      if (effect.mineral !== objectMineral || effect.level !== objectLevel || effect.target !== `${claim.subject.mineral}-level`) continue;
      const subjectDir: Direction = claim.subject.level === 'low' ? 'down' : 'up';
      if (effect.direction === subjectDir) return { kind: 'reversed', fact, effect };
    }
  }
  return { kind: 'unknown' };
}

function judgeRole(claim: Claim, facts: FactBase, invert: boolean, only?: string): Verdict {
  const agent = claim.subject.mineral;
  const targets = only ? new Set([only]) : targetsOf(claim);
  let asAgent: { fact: FactDef; role: RoleDef; same: boolean } | undefined;
  let asAntagonist: { fact: FactDef; role: RoleDef } | undefined;
  let mixedAgent = false;
  // "Magnesium is needed for contraction": a requirement wording is judged against requirement roles too.
  const requirement = REQUIREMENT_LIKE.test(claim.verb.text.replace(/\s+/g, ' ').trim());
  for (const fact of factsWith(facts, 'roles')) {
    for (const role of fact.roles ?? []) {
      if (!targets.has(role.target) || (role.requirement && !requirement)) continue;
      let dir = dirFor(claim, role.target);
      if (invert) dir = flip(dir);
      if (role.agent === agent) {
        const same = role.action === dir;
        if (fact.mixed) mixedAgent = true;
        if (!asAgent || same) asAgent = { fact, role, same };
      } else if (role.antagonist === agent && role.action === dir && !fact.mixed) {
        asAntagonist ??= { fact, role };
      }
    }
  }
  if (asAgent?.same) return { kind: 'consistent', fact: asAgent.fact };
  if (mixedAgent && asAgent) return { kind: 'consistent', fact: asAgent.fact };
  // A denial of the agent's own role ("heart muscle does not depend on calcium") contradicts the fact; it
  // does not hand the role to the antagonist, so no swap is proposed.
  if (claim.negated && asAgent && !asAgent.fact.mixed) return { kind: 'contradicted', fact: asAgent.fact, role: asAgent.role };
  // Swapping two minerals is a reversed role; giving a hormone the opposite hormone's action is a contradiction.
  const mineralSwap = asAntagonist && facts.mineralById.has(asAntagonist.role.agent) && facts.mineralById.has(agent);
  if (asAntagonist && mineralSwap) return { kind: 'reversed', ...asAntagonist };
  if (asAgent && !asAgent.fact.mixed) return { kind: 'contradicted', fact: asAgent.fact, role: asAgent.role };
  if (asAntagonist && !mineralSwap) return { kind: 'contradicted', ...asAntagonist };
  return { kind: 'unknown' };
}

/** The key of a condition as the claim model writes it ("target:torsade", "magnesium:high"). */
export function conditionKey(c: ConditionRef): string {
  return 'target' in c ? `target:${c.target}` : `${c.mineral}:${c.level}`;
}

/**
 * A treatment claim against the facts' treatments: giving the agent writers confuse with the right one is
 * a reversed role; avoiding an effective agent, or saying an agent that fails alone works alone, contradicts.
 */
function judgeTreatment(claim: Claim, facts: FactBase): Verdict {
  const t = claim.treatment!;
  const named = new Set(t.conditions);
  const agent = claim.subject.mineral;
  let consistent: FactDef | undefined;
  let wrong: Verdict | undefined;
  for (const fact of factsWith(facts, 'treatments')) {
    if (fact.mixed) continue;
    for (const tr of fact.treatments ?? []) {
      if (!named.has(conditionKey(tr.condition)) || (tr.setting && !named.has(conditionKey(tr.setting)))) continue;
      if (agent === tr.agent) {
        if (tr.effective && t.stance !== 'use' && !t.alone) wrong ??= { kind: 'contradicted', fact, treatment: tr };
        else if (!tr.effective && tr.alone && t.stance === 'use' && t.alone) wrong ??= { kind: 'contradicted', fact, treatment: tr };
        else if (tr.effective === (t.stance === 'use')) consistent ??= fact;
      } else if (agent === tr.confusedWith && tr.effective && t.stance === 'use' && t.directed) {
        wrong ??= { kind: 'reversed', fact, treatment: tr };
      }
    }
  }
  // Where one named condition makes the advice right ("magnesium is used for eclampsia" beside "hypermagnesaemia"), no error.
  if (consistent) return { kind: 'consistent', fact: consistent };
  return wrong ?? { kind: 'unknown' };
}
