/**
 * Copula, role noun or verb-like target right after the subject, when no relation word relates them: "magnesium is the
 * body's natural calcium blocker", "calcium is the trigger for exocytosis", "magnesium sedates your muscles".
 * A relation only guessed from word order is `weak` (judged only when the object names its own direction).
 */
import type { Claim } from '../claims';
import type { Direction } from '../facts/types';
import { CONTRASTED, HEDGE, negatedBefore } from '../language/words';
import type { TargetMention } from '../lexicon';
import { flip, squash, type RelationShape, type ShapeInput } from './shape';

/** "is your body's built-in muscle …", "is the main trigger of …": a copula and a few words before the target. */
const COPULA_GAP = /^(?:(?:patients|people|persons|individuals|subjects|children|adults|animals|muscles|nerves|neurons|cells) )?(?:is|are|was|were|acts? as|serves? as|functions? as|works? as|behaves? as|behaves? like|has|have|had|exerts?|tends? to (?:be|have|get|feel|look)|becomes?|feels?|looks?|appears?)(?: [\w'’-]+){0,4}$/i;
const OPPOSING_NOUN = /\b(?:antagonists?|blockers?|inhibitors?|brakes?|opponents?|counterweights?|blocks?)\b/i;
/** Role nouns and binding verbs that state an enabling relation outright ("is the trigger for", "latches onto troponin"). */
const ENABLING_GAP = /\b(?:triggers?|signals?|cues?|initiators?|activators?|igniters?|go[- ]signal|green light|key|keys|gas pedal|accelerators?|on[- ]switch|switch|sparks?|starters?|drivers?)\b/i;
/** Binding verbs: they state a relation only on a target where binding is activation (`bound: "up"`, e.g. the trigger site). */
const BINDING_GAP = /\b(?:binds?|bound|latch(?:es)? onto|attach(?:es)? to|docks? (?:on|onto)|occupies)\b/i;
/** A head noun after the mineral that keeps it the subject: "magnesium entry is the cue for …". */
const SUBJECT_HEAD = /^(?:ions?|entry|influx|inflow|arrival|binding) (?=(?:is|are|was|were|acts?|serves?|functions?|works?|behaves?) )/i;
/** A target named by a role noun ("nature's calcium blocker"): a copula naming it states the role outright. */
const ROLE_NOUN_OBJECT = /\b(?:blockers?|antagonists?|agonists?)$/i;
/** Targets where sitting or binding means blocking, so a binding verb states no direction (channels, pores, receptors). */
const BLOCKABLE_TARGET = /\b(?:channels?|pores?|receptors?)\b/i;

function copulaClaims({ text, s, subjects, objects }: ShapeInput): Claim[] {
  const claims: Claim[] = [];
  for (const subject of subjects) {
    const gapOf = (t: TargetMention): string => squash(text.slice(subject.end, t.start)).replace(SUBJECT_HEAD, '');
    // "magnesium sedates …", "calcium arrives to relax …", or a copula: "calcium is your body's muscle relaxant".
    const object = objects.find((t) => {
      if (t.start <= subject.end || CONTRASTED.test(text.slice(Math.max(0, subject.start - 32), subject.start))) return false;
      const gap = gapOf(t);
      const words = gap.replace(/^,/, '').split(' ').filter(Boolean);
      const short = words.length <= 2 && words.every((w) => /^[a-z]+$/i.test(w));
      return (COPULA_GAP.test(gap) && !negatedBefore(gap)) || (short && (/s$/i.test(t.text) || /\bto$/i.test(gap)));
    });
    if (!object) continue;
    // "… is a calcium antagonist in contraction": an opposing noun turns the relation down.
    const opposing = OPPOSING_NOUN.test(gapOf(object));
    const enabling = !opposing && ((ENABLING_GAP.test(gapOf(object)) && !BLOCKABLE_TARGET.test(object.text)) || (BINDING_GAP.test(gapOf(object)) && object.bound === 'up') || ROLE_NOUN_OBJECT.test(object.text));
    const implied = object.implied ?? 'up';
    const direction: Direction = opposing ? flip(implied) : implied;
    claims.push({ subject, relation: opposing ? 'down' : 'up', verb: { start: object.start, end: object.end, text: object.text }, negated: false, hedged: HEDGE.test(s), object, target: object.impliedTarget ?? object.target, direction, weak: !opposing && !enabling });
  }
  return claims;
}

export const copula: RelationShape = {
  id: 'copula',
  order: 30,
  mode: 'if-none',
  examples: ['Calcium is the trigger for exocytosis.', "Magnesium is the body's natural calcium blocker."],
  extract: copulaClaims,
};
