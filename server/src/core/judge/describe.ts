/**
 * Words for findings: names of minerals, agents and targets from the fact base, so that messages
 * say what is wrong and what is true in one sentence.
 */
import type { FactBase } from '../facts/factbase';
import type { ConditionRef, Direction, EffectDef, RoleDef, SignDef, TreatmentDef } from '../facts/types';

/** Name of a mineral or agent id ("calcium", "parathyroid hormone (PTH) secretion"). */
export function agentName(id: string, facts: FactBase): string {
  return facts.mineralById.has(id) ? id : facts.targetById.get(id)?.label ?? id;
}

/** Label of a target id. */
export function targetName(id: string, facts: FactBase): string {
  return facts.targetById.get(id)?.label ?? id.replace(/-/g, ' ');
}

/** "raises" / "lowers" style verb for a direction. */
export function verbFor(d: Direction): string {
  return d === 'up' ? 'raises' : 'lowers';
}

/** "calcium raises neurotransmitter release" for a role. */
export function describeRole(role: RoleDef, facts: FactBase, agent = role.agent): string {
  return `${agentName(agent, facts)} ${role.action === 'up' ? 'drives' : 'blocks'} ${targetName(role.target, facts)}`;
}

/** "high calcium lowers neuronal excitability" for an effect. */
export function describeEffect(e: EffectDef, facts: FactBase): string {
  return `${e.level} ${agentName(e.mineral, facts)} ${verbFor(e.direction)} ${targetName(e.target, facts)}`;
}

/** "torsade de pointes", "high magnesium". */
export function conditionName(c: ConditionRef, facts: FactBase): string {
  return 'target' in c ? targetName(c.target, facts) : `${c.level} ${agentName(c.mineral, facts)}`;
}

/** "calcium corrects high magnesium", "potassium alone does not correct hypokalaemia in low magnesium". */
export function describeTreatment(t: TreatmentDef, facts: FactBase, agent = t.agent): string {
  const setting = t.setting ? ` in ${conditionName(t.setting, facts)}` : '';
  return `${agentName(agent, facts)}${t.alone ? ' alone' : ''} ${t.effective ? 'corrects' : 'does not correct'} ${conditionName(t.condition, facts)}${setting}`;
}

/** "peaked T waves are a sign of high blood potassium (hyperkalaemia), not of high calcium". */
export function describeSign(sign: SignDef, given: ConditionRef, facts: FactBase): string {
  return `${targetName(sign.sign, facts)} are a sign of ${sign.of.map((c) => conditionName(c, facts)).join(' or ')}, not of ${conditionName(given, facts)}`;
}
