/**
 * Relation shapes with no relation word, read from the fact base's target data (`bound`): sensor compounds, binding
 * on an activating site, an ion lodged in or driven out of a pore, a store releasing a mineral, a purpose after an
 * arrival, and independence ("works without magnesium"). Read mention by mention.
 */
import type { Claim, ClaimContext } from '../claims';
import type { Direction } from '../facts/types';
import { CONTRAST_BETWEEN, HEDGE, NEGATION_WORD, negatedBefore } from '../language/words';
import type { Lexicon, TargetMention } from '../lexicon';
import type { Mention, Sentence } from '../types';
import { flip, nextBreak, NOT_A_SUBJECT_AFTER, prevBreak, relate, type RelationShape } from './shape';

/** A mineral compound naming a sensor of it: "magnesium sensors", "the Ca²⁺ detector" (not "calcium-sensing receptor"). */
const SENSOR_AFTER = /^(?:\s+ions?)?(?:\s|-)?(?:sensors?|detectors?)\b/i;
/** "Mg²⁺ docks on the regulatory site", "calcium that binds the trigger site": a binding verb between a mineral and a target. */
const BIND_GAP = /^(?:\s+ions?)?,?(?:\s+(?:that|which))?\s+((?:(?:also|then|first|normally|actually|really|can|could|will|does|do|did|not|never|cannot|doesn't|don't)\s+)*)(?:binds?|bound|binding|docks?|docking|docked|latch(?:es|ed|ing)?|attach(?:es|ed|ing)?|occup(?:ies|y|ying|ied)|lodges?|lodged|settles?|lands?)\s+(?:(?:to|on|onto|in|into|at|upon)\s+)?(?:(?:the|its|a|an|troponin(?:'s|’s)?|troponin c(?:'s|’s)?|tnc(?:'s|’s)?)\s+)*$/i;
/** "the calcium–ATP complex", "Ca-ATP": a mineral joined to a target by a hyphen or dash. */
const COMPOUND_GAP = /^\s?[-–—]\s?(?:bound\s+|complexed\s+|chelated\s+)?$/;
/** "binding of magnesium to site II", "occupancy of the regulatory site by Mg²⁺". */
const BINDING_OF_BEFORE = /\b(?:binding|docking|attachment|occupancy|occupation)\s+of\s+(?:the\s+)?$/i;
const BINDING_OF_GAP = /^(?:\s+ions?)?\s+(?:to|on|onto|at|with)\s+(?:the\s+)?$/i;
const BOUND_BY_GAP = /^\s+(?:(?:is|are|was|were|becomes?|gets?|has to be|have to be|must be|needs? to be|should be)\s+)?(?:bound (?:to|by)|occupied by|complexed (?:with|to)|chelated (?:by|with)|filled by)\s+(?:the\s+)?$/i;
/** "Mg²⁺ docking there": binding on the target named just before. */
const BINDING_THERE = /^(?:\s+ions?)?\s+(?:binding|docking|sitting|landing|settling)\s+(?:there|here|to it|on it|on them|to them|at them)\b/i;
/** An ion in or driven out of a pore: the ion was blocking it. */
const PORE = /(?:the\s+)?(?:(?:nmda|receptor(?:'s|’s)?|channel(?:'s|’s)?|its|their|central|ion)\s+){0,3}(?:pore|channel|channel mouth|mouth of the channel)s?\b/iy;
const EXPEL_BEFORE = /\b(?:driv(?:e|es|ing)|drove|expel(?:s|led|ling)?|push(?:es|ed|ing)?|kick(?:s|ed|ing)?|knock(?:s|ed|ing)?|forc(?:e|es|ed|ing)|flush(?:es|ed|ing)?|eject(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
const POSITIONED_AFTER = /^(?:(?:\s+ions?)?\s+out\s+of\s+|(?:\s+ions?)?,?\s+(?:(?:is|are|was|were|being|gets?|get|that (?:is|are)|which (?:is|are))\s+)?(?:expelled|driven|pushed|kicked|knocked|forced|flushed|ejected)\s+(?:out\s+)?(?:of|from)\s+|(?:\s+ions?)?,?\s+(?:(?:is|are|was|were|that (?:is|are)|which (?:is|are))\s+)?(?:lodged|stuck|trapped|wedged|sitting|seated|parked|caught|jammed)\s+(?:deep\s+)?(?:in|inside|within)\s+|(?:\s+ions?)?\s+(?:must\s+(?:first\s+)?leave|leaves?|exits?|unbinds? from|lodges? in|sits? in|stays? in)\s+)/i;
const OCCUPANCY_BEFORE = /\b(?:occupancy|occupation|plugging) of (?:the\s+)?(?:(?:nmda|receptor(?:'s|’s)?|channel(?:'s|’s)?|ion)\s+)*(?:pore|channel)s?\s+by\s+(?:the\s+)?$/i;
/** Between a mineral and the effect it arrives for: "arrives to", "rushes in to", "is released to". */
const PURPOSE_AFTER = /^(?:\s+ions?)?\s+(?:then\s+)?(?:arrives?|arriving|comes?(?:\s+in)?|steps?\s+in|rushes?\s+in|floods?\s+in|pours?\s+in|flows?\s+in|enters?|(?:is|are|gets?)\s+released|serves?|acts?|works?)\s+to\s+/i;
/** "depolarisation pulls magnesium (back) into the pore". */
const INSERT_BEFORE = /\b(?:pull(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|driv(?:e|es|ing)|drove|push(?:es|ed|ing)?|forc(?:e|es|ed|ing))\s+(?:the\s+)?$/i;
const INSERT_AFTER = /^(?:\s+ions?)?\s+(?:back\s+)?in(?:to)?\s+(?:the\s+)?(?:(?:nmda|receptor(?:'s|’s)?|channel(?:'s|’s)?|its|their)\s+){0,2}(?:pore|channel)/i;
/** "the sarcoplasmic reticulum dumps its magnesium", "magnesium floods out of the SR": the mineral is what a store releases. */
const RELEASED_BEFORE = /\b(?:releases?|releasing|dumps?|dumped|dumping|spills?|spilled|spilling|liberates?|liberated|liberating|discharges?|discharged|unloads?|unloaded|lets? out|letting out|empties|emptied|emptying)\s+(?:(?:its|their|the|stored|a|large|larger|big|flood of|burst of|bolus of|wave of|much|more|all)\s+)*$/i;
const RELEASED_AFTER = /^(?:\s+ions?)?\s+(?:(?:is|are|was|were)\s+)?(?:released|dumped|liberated|floods? out|flooding out|pours? out|pouring out|spills? out|rushes out|streams? out)\s+(?:of|from)\b/i;
/** "ATP works without magnesium", "independently of calcium": the mineral is said not to be needed. */
const WITHOUT_BEFORE = /\b(?:without|independently of|independent of|regardless of|with no|in the absence of|(?:does|do|did) not (?:need|require)|(?:doesn't|don't|didn't) (?:need|require)|needs? no|requires? no)\s+(?:(?:any|the|added|extra|bound|its|their|extracellular|external|outside|bath|free)\s+)*$/i;
/** …unless the sentence says it fails without it ("release cannot happen without calcium"). */
const FAILS = /\b(?:fails?|failed|stops?|ceases?|halts?|stalls?|collapses?|cannot|can't|could not|couldn't|does not|doesn't|do not|don't|did not|won't|will not|never|no|impossible|useless|inactive|inert)\b/i;

/**
 * Relation shapes with no relation word, read from the fact base's target data (`bound`):
 * - a sensor compound: "magnesium sensors, the synaptotagmins, fire off release" → magnesium drives the named targets;
 * - binding on a target where binding is activation: "Mg²⁺ docks on the regulatory site", "the calcium–ATP complex";
 * - an ion lodged in or driven out of a pore where occupancy is a block: "depolarisation drives Ca²⁺ out of the pore";
 * - a store releasing a mineral: "the sarcoplasmic reticulum dumps its magnesium through the ryanodine receptors";
 * - independence: "enzymes can use ATP without any magnesium" (a denied requirement, so a contradiction, never a swap).
 */
function shapeClaims(text: string, sentence: Sentence, objects: TargetMention[], lexicon: Lexicon, ctx: ClaimContext, targets: TargetMention[]): Claim[] {
  const s = text.slice(sentence.start, sentence.end);
  const hedged = HEDGE.test(s);
  const out: Claim[] = [];
  const usable = objects.filter((t) => !lexicon.isLevelTarget(t.target));
  for (const m0 of sentence.mentions) {
    if (m0.condition) continue;
    // The mineral word itself (a level word may have widened the mention).
    const at = text.indexOf(m0.text, m0.start);
    const wStart = at >= m0.start && at < m0.end ? at : m0.start;
    const m: Mention = { ...m0, start: wStart, end: wStart + m0.text.length, level: undefined };
    const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
    const negated = negatedBefore(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    const verb = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    const push = (relation: Direction, v: Claim['verb'], object: TargetMention, neg = negated) => {
      if (object.target === `${m.mineral}-level`) return;
      const rel: Direction = neg ? flip(relation) : relation;
      out.push({ ...relate(m, rel, v, object, neg, hedged) });
    };
    // Sensor compounds.
    const sensor = SENSOR_AFTER.exec(after);
    if (sensor) {
      const v = verb(m.end, m.end + sensor[0].length);
      for (const t of usable) {
        if (t.start < v.end && t.end > m.start) continue;
        const between = t.start >= v.end ? text.slice(v.end, t.start) : text.slice(t.end, m.start);
        if (!CONTRAST_BETWEEN.test(between)) push('up', v, t);
      }
      continue;
    }
    if (NOT_A_SUBJECT_AFTER.test(text.slice(m.end, m.end + 24)) && !COMPOUND_GAP.test(text.slice(m.end, m.end + 2).trimEnd())) continue;
    // Binding on targets where binding is activation.
    for (const t of usable) {
      if (t.bound !== 'up') continue;
      if (t.start >= m.end) {
        const gap = text.slice(m.end, t.start);
        const bind = BIND_GAP.exec(gap);
        if (bind) push('up', verb(m.end, t.start), t, negated || NEGATION_WORD.test(bind[1] ?? ''));
        else if (COMPOUND_GAP.test(gap) && /^\s*(?:complex|chelate|form|salt)?/i.test(text.slice(t.end))) push('up', verb(m.end, t.start), t);
        else if (BINDING_OF_BEFORE.test(before) && BINDING_OF_GAP.test(gap)) push('up', verb(m.end, t.start), t);
        NEGATION_WORD.lastIndex = 0;
      } else if (t.end <= m.start) {
        if (BOUND_BY_GAP.test(text.slice(t.end, m.start))) push('up', verb(t.end, m.start), t);
        else if (BINDING_THERE.test(after) && !usable.some((u) => u.bound === 'up' && u.start > t.end && u.end <= m.start)) {
          push('up', verb(m.end, m.end + (BINDING_THERE.exec(after)?.[0].length ?? 0)), t);
        }
      }
    }
    // An ion in, or driven out of, a pore.
    const expelled = EXPEL_BEFORE.test(before) && /^(?:\s+ions?)?\s+(?:out\s+of|from)\s+/i.test(after);
    const positioned = expelled ? /^(?:\s+ions?)?\s+(?:out\s+of|from)\s+/i.exec(after) : POSITIONED_AFTER.exec(after);
    const occupancy = OCCUPANCY_BEFORE.exec(before);
    if (positioned || occupancy) {
      const poreStart = occupancy ? m.start - occupancy[0].length : m.end + positioned![0].length;
      PORE.lastIndex = poreStart;
      const pore = occupancy ? /(?:pore|channel)/i.exec(occupancy[0]) : PORE.exec(text);
      const named = usable.find((t) => t.bound === 'down' && (occupancy ? t.start >= poreStart && t.end <= m.start : t.start >= poreStart && t.start <= poreStart + 12));
      let target = named;
      if (!target && pore) {
        const here = usable.filter((t) => t.bound === 'down');
        const prevTargets = ctx.prev ? lexicon.findTargets(ctx.prev.text).filter((t) => t.bound === 'down') : [];
        const t = here[here.length - 1] ?? prevTargets[prevTargets.length - 1];
        if (t) target = { ...t, start: poreStart, end: poreStart };
      }
      if (target) push('down', occupancy ? verb(poreStart, m.start) : verb(m.end, poreStart), target);
    }
    // "Depolarisation drives magnesium out of the pore" relieves magnesium's block; "pulls it into the pore" deepens it.
    const moved = (expelled ? 'down' : INSERT_BEFORE.test(before) && INSERT_AFTER.test(after) ? 'up' : undefined) as Direction | undefined;
    const blockId = `${m.mineral}-block`;
    if (moved && lexicon.hasTarget(blockId)) {
      const clauseStart = prevBreak(text, m.start, sentence.start);
      const agent = targets.filter((t) => lexicon.isAgent(t.target) && t.start >= clauseStart && t.end <= m.start).pop();
      if (agent) {
        const subject: Mention = { start: agent.start, end: agent.end, mineral: agent.target, text: agent.text };
        const object: TargetMention = { start: m.start, end: m.end, target: blockId, text: m.text };
        const neg = negatedBefore(text.slice(agent.end, m.start));
        const rel: Direction = neg ? flip(moved) : moved;
        out.push(relate(subject, rel, verb(agent.end, m.start), object, neg, hedged));
      }
    }
    // A purpose after an arrival: "calcium arrives to relax them", "magnesium rushes in to trigger fusion".
    const purpose = PURPOSE_AFTER.exec(after);
    if (purpose) {
      const t = usable.find((x) => x.start === m.end + purpose[0].length);
      if (t) push('up', verb(m.end, t.start), t);
    }
    // A store releasing the mineral.
    const released = RELEASED_BEFORE.exec(before);
    const releasedAfter = RELEASED_AFTER.exec(after);
    if (released || releasedAfter) {
      const v = released ? verb(m.start - released[0].length, m.start) : verb(m.end, m.end + releasedAfter![0].length);
      const clauseEnd = nextBreak(text, m.end, sentence.end);
      const clauseStart = prevBreak(text, m.start, sentence.start);
      // What the released mineral does follows it ("… dumps its magnesium through the ryanodine receptors"); the release
      // verb itself ("releases") is no target.
      for (const t of usable) if (t.start >= m.end && t.end <= clauseEnd && !(t.start < v.end && t.end > v.start) && !lexicon.isAgent(t.target)) push('up', v, t);
    }
    // Independence: "works without any magnesium".
    const without = WITHOUT_BEFORE.exec(text.slice(sentence.start, m.start));
    if (without) {
      const clauseStart = prevBreak(text, m.start, sentence.start);
      const lead = text.slice(clauseStart, m.start - without[0].length);
      const clauseEnd = nextBreak(text, m.end, sentence.end);
      const before = usable.filter((x) => x.start >= clauseStart && x.end <= m.start - without[0].length).pop();
      // "Without magnesium, no release occurs": the target follows, and so does what fails.
      const t = before ?? usable.find((x) => x.start >= m.end && x.end <= clauseEnd);
      if (t) {
        const requires = FAILS.test(before ? lead : text.slice(m.end, clauseEnd));
        // Said to work without it: a denied requirement (negated "up"); said to fail without it: a requirement.
        push('up', verb(m.start - without[0].length, m.start), t, !requires);
      }
    }
  }
  return out;
}

export const withoutRelationWord: RelationShape = {
  id: 'without-relation-word',
  order: 80,
  mode: 'outright',
  examples: ['Magnesium sensors fire off release.', 'Depolarisation drives magnesium out of the NMDA receptor pore.', 'Enzymes can use ATP without any magnesium.'],
  extract: (i) => shapeClaims(i.text, i.sentence, i.objects, i.lexicon, i.ctx, i.targets),
};
