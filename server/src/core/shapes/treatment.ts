/**
 * Treatment claims: an agent given for, kept from or failing in a condition ("For torsade, give intravenous
 * magnesium", "calcium had to be avoided", "potassium on its own will not correct this").
 */
import type { Claim } from '../claims';
import type { Direction } from '../facts/types';
import { FAIL_WORDS, HEDGE, negatedBefore } from '../language/words';
import type { Lexicon, TargetMention } from '../lexicon';
import type { Mention, Sentence } from '../types';
import { type RelationShape } from './shape';

/** Forms and modifiers of a given agent ("intravenous calcium gluconate", "potassium chloride on its own"). */
const AGENT_MOD = String.raw`(?:an?|the|some|extra|more|oral|intravenous|iv|i\.v\.|high-dose|supplemental|a dose of|doses of|an infusion of|infusions of|a bolus of|a drip of)`;
const AGENT_AFTER = String.raw`(?:[\s,]+(?:sulfate|sulphate|gluconate|chloride|citrate|carbonate|salts?|supplements?|infusions?|tablets?|replacement|repletion|therapy|intravenously|iv|alone|on (?:its|their) own|by (?:itself|themselves)|only|first|instead))*`;
/** Before the agent: "give (intravenous) …", "treat it with …", "avoid …". */
const USE_BEFORE = new RegExp(String.raw`\b(?:give|gives|giving|gave|given|administer(?:s|ed|ing)?|infus(?:e|es|ed|ing)|prescrib(?:e|es|ed|ing)|use|uses|using|used|replete|repleting|replace|replacing|top(?:s|ped|ping)? up with|treat(?:s|ed|ing)?(?: [\w-]+){0,4}? with|corrected (?:with|by)|reversed (?:with|by)|responds? to|responded to|(?:drug|treatment|therapy|antidote|remedy|cure)s?(?: of choice)? (?:is|are)|supplement(?:s|ed|ing)? with)\s+(?:${AGENT_MOD}\s+)*(?:(?:only|just|solely)\s+)?$`, 'i');
const AVOID_BEFORE = new RegExp(String.raw`\b(?:avoid|avoids|avoiding|withhold|withholding|withheld|stop|stops|stopping|stopped|discontinu(?:e|es|ed|ing)|never give|do not give|don't give|not give|no|without|hold|holding|held|cut out|cutting out)\s+(?:${AGENT_MOD}\s+)*$`, 'i');
/** After the agent: "… corrects it", "… is the drug of choice for", "… had to be avoided". */
const USE_AFTER = new RegExp(String.raw`^${AGENT_AFTER}\s+(?:(?:usually|quickly|rapidly|reliably|promptly|simply|also|then|will|can|could|should|would|must|does|do|did|is|are|was|were|has|have|always|effectively|readily|not|never|no longer|cannot|can't|won't|doesn't|don't|didn't|fails? to|failed to|is unable to)\s+)*(?:treats?|treated|corrects?|corrected|reverses?|reversed|fix(?:es)?|fixed|cures?|cured|resolves?|resolved|prevents?|prevented|normali[sz]es?|normali[sz]ed|restores?|antagoni[sz]es|counteracts?|is (?:the )?(?:standard |usual |first-line |best |preferred |recommended |main )?(?:drug|treatment|therapy|antidote|remedy|cure|answer|fix)(?: of choice)?(?: for| in| of)?|are (?:the )?(?:standard |usual |first-line )?(?:drugs|treatments|therapies)(?: of choice)? (?:for|in)|(?:is|are) used (?:for|to treat|to correct|in)|works? (?:for|in))\b`, 'i');
const AVOID_AFTER = new RegExp(String.raw`^${AGENT_AFTER}(?:\s+(?:in|for|during|to)(?:\s+[\w-]+){1,4}?)?\s+(?:(?:should|must|has to|had to|have to|needs? to|ought to|is to|are to)\s+(?:be\s+)?(?:avoided|withheld|stopped)|(?:is|are|was|were)\s+(?:(?:absolutely|strictly|relatively)\s+)?(?:contraindicated|dangerous|harmful|to be avoided|best avoided)|(?:should|must)\s+(?:not|never)\s+be\s+(?:given|used|administered)|makes? (?:it|things|this|them)? ?worse|worsens?)\b`, 'i');
const ALONE = /\b(?:alone|on (?:its|their) own|by (?:itself|themselves)|only|just|solely)\b/i;

/** Condition keys a sentence names: treatment-condition targets and minerals at a level. */
function conditionKeys(mentions: Mention[], targets: TargetMention[], lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  for (const m of mentions) if (m.level) keys.add(`${m.mineral}:${m.level}`);
  for (const t of targets) {
    if (lexicon.isTreatmentCondition(t.target)) keys.add(`target:${t.target}`);
    if (t.impliedTarget && lexicon.isLevelTarget(t.impliedTarget) && t.implied) keys.add(`${t.impliedTarget.replace(/-level$/, '')}:${t.implied === 'up' ? 'high' : 'low'}`);
  }
  return [...keys];
}

/**
 * Treatment claims: an agent given for, kept from or failing in a condition of the sentence or the one
 * before ("For torsade, give intravenous calcium", "Calcium had to be avoided", "potassium on its own will
 * correct this").
 */
function treatmentClaims(text: string, sentence: Sentence, targets: TargetMention[], lexicon: Lexicon, bounds: number[], conditionObjects: () => TargetMention[], prev?: Sentence): Claim[] {
  // "more magnesium", "extra calcium" given: an agent, not a condition.
  const given = (m: Mention): boolean => m.level === 'high' && !m.condition && /^(?:more|extra|additional|further)\s/i.test(text.slice(m.start, m.end));
  const own = conditionKeys(sentence.mentions.filter((m) => !given(m)), targets, lexicon);
  // The sentence's own conditions, else those of the sentence before ("Calcium had to be avoided" after a sentence on toxicity).
  // (The sentence before is read only when needed: its targets cost a search.)
  const conditions = own.length ? own : prev ? conditionKeys(prev.mentions, lexicon.findTargets(prev.text), lexicon) : [];
  if (!conditions.length) return [];
  const agents: Mention[] = sentence.mentions.filter((m) => ((!m.level && !m.condition) || given(m)) && !targets.some((t) => t.start <= m.start && m.end <= t.end && !lexicon.isTreatmentAgent(t.target)));
  for (const t of targets) if (lexicon.isTreatmentAgent(t.target)) agents.push({ start: t.start, end: t.end, mineral: t.target, text: t.text });
  const condObject = targets.find((t) => lexicon.isTreatmentCondition(t.target)) ?? conditionObjects().find((t) => t.implied);
  const out: Claim[] = [];
  for (const agent of agents) {
    const cs = [...bounds].reverse().find((b) => b <= agent.start) ?? sentence.start;
    const ce = bounds.find((b) => b >= agent.end) ?? sentence.end;
    const head = text.slice(cs, agent.start);
    const tail = text.slice(agent.end, ce);
    let stance: 'use' | 'avoid' | 'fails' | undefined;
    let cue: RegExpExecArray | null;
    if ((cue = AVOID_BEFORE.exec(head))) stance = 'avoid';
    else if ((cue = AVOID_AFTER.exec(tail))) stance = 'avoid';
    else if ((cue = USE_BEFORE.exec(head))) stance = negatedBefore(head.slice(0, cue.index)) ? 'fails' : 'use';
    else if ((cue = USE_AFTER.exec(tail))) stance = FAIL_WORDS.test(cue[0]) ? 'fails' : 'use';
    if (!stance || !cue) continue;
    const near = `${head.slice(-16)} ${new RegExp(`^${AGENT_AFTER}`, 'i').exec(tail)?.[0] ?? ''}`;
    // Aimed at a condition of this sentence: a treating verb ("treats", "reverses", "is treated with"), or a plain
    // "give/use" with the condition named as what it is for ("For torsade, give …", "give … for torsade").
    const treating = !/^(?:give|gives|giving|gave|given|administer\w*|infus\w*|prescrib\w*|use|uses|using|used|replete|repleting|replace|replacing|top\w* up with|supplement\w* with)\b/i.test(cue[0].trim());
    const directed = own.length > 0 && (treating || /^\W*(?:for|in|during)\b|\b(?:for|to treat|to reverse|to correct|to counteract|to prevent|against)\s+(?:\w+\s+){0,3}?\S*$/i.test(text.slice(sentence.start, agent.start)) || /^\S*\s+(?:\S+\s+){0,3}?(?:for|to treat|to reverse|to correct|to counteract|to prevent|against|in)\b/i.test(tail));
    const alone = ALONE.test(near);
    const object: TargetMention = condObject ?? { start: agent.end, end: agent.end, target: conditions[0].startsWith('target:') ? conditions[0].slice(7) : `${conditions[0].split(':')[0]}-level`, text: '' };
    const relation: Direction = stance === 'use' ? 'up' : 'down';
    out.push({
      subject: agent, relation, verb: { start: agent.end, end: agent.end, text: cue[0].trim() }, negated: stance === 'fails', hedged: HEDGE.test(text.slice(cs, ce)),
      object, target: object.target, direction: relation, treatment: { stance, alone, conditions, directed },
    });
  }
  return out;
}

export const treatment: RelationShape = {
  id: 'treatment',
  order: 70,
  mode: 'always',
  examples: ['For torsade de pointes, give intravenous magnesium.'],
  extract: (i) => treatmentClaims(i.text, i.sentence, i.targets, i.lexicon, i.bounds, i.conditionObjects, i.ctx.prev),
};
