/**
 * A fronted condition: "If magnesium runs low, muscles twitch" (the consequent's relation or change word gives the
 * direction; without one it is a guess, `weak`).
 */
import type { Claim } from '../claims';
import type { Direction } from '../facts/types';
import { isBackward, isUp, vocabularyOf } from '../language/vocabulary';
import { HEDGE, negatedBefore } from '../language/words';
import type { Lexicon, TargetMention } from '../lexicon';
import type { Mention, Sentence } from '../types';
import { CHANGE_WORD, relate, type RelationShape } from './shape';

/** A fronted condition: "If your calcium level is too high, you get cramps", "When magnesium runs low, reflexes grow brisk". */
const CONDITION_START = /^\W*(?:if|when|whenever|once|as soon as|as|after)\b/i;

function conditionalClaims(text: string, sentence: Sentence, subjects: Mention[], objects: TargetMention[], lexicon: Lexicon): Claim[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!CONDITION_START.test(s)) return [];
  const vocab = vocabularyOf(lexicon);
  // The condition's subject: a mineral at a level or an agent (hyperventilation, alkalosis) in the first clause.
  const comma = s.indexOf(',');
  const condEnd = sentence.start + (comma > 0 ? comma : s.length);
  const subject = subjects.find((m) => m.start < condEnd && (m.level || lexicon.isAgent(m.mineral)));
  if (!subject) return [];
  const out: Claim[] = [];
  for (const object of objects) {
    if (object.start < Math.max(subject.end, comma > 0 ? condEnd : subject.end)) continue;
    if (object.target === `${subject.mineral}-level`) continue;
    const between = text.slice(subject.end, object.start);
    // The consequent's own relation word gives the direction: "When the neuron depolarises, the magnesium block is relieved".
    const consequent = text.slice(condEnd, sentence.end);
    // A word that is the object itself ("it quiets": a sign implying lower excitability) gives no direction of its own.
    const word = vocab.matches(consequent).find((v) => !isBackward(vocab, v[0]) && !(condEnd + v.index < object.end && object.start < condEnd + v.index + v[0].length));
    const negated = negatedBefore(between.slice(Math.max(0, between.lastIndexOf(','))));
    // No relation word: a change word gives the direction ("…, release falls"); without one the direction is a guess.
    // (An object that names its own direction, "the ionised calcium drops", needs none.)
    const change = word || object.implied ? null : CHANGE_WORD.exec(consequent.slice(0, Math.max(0, object.start - condEnd)) + ' ' + text.slice(object.end, sentence.end));
    const up = word ? isUp(vocab, word[0]) : change ? !!change[1] : true;
    const relation: Direction = up !== negated ? 'up' : 'down';
    const claim = relate(subject, relation, { start: subject.end, end: object.start, text: 'if' }, object, negated, HEDGE.test(s));
    out.push(word || change || object.implied ? claim : { ...claim, weak: true });
  }
  return out;
}

export const conditional: RelationShape = {
  id: 'conditional',
  order: 50,
  mode: 'if-none',
  examples: ['If magnesium runs low, muscles twitch.'],
  extract: (i) => conditionalClaims(i.text, i.sentence, i.subjects, i.objects, i.lexicon),
};
