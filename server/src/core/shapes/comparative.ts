/**
 * Two comparatives: "the more calcium …, the less excitable …" (the same sense relates up, opposite senses down).
 */
import type { Claim } from '../claims';
import type { Direction } from '../facts/types';
import { HEDGE } from '../language/words';
import type { TargetMention } from '../lexicon';
import type { Mention, Sentence } from '../types';
import { relate, type RelationShape } from './shape';

/** "The more calcium …, the less excitable …": two comparatives; the same sense relates up, opposite senses down. */
const COMPARATIVE = /\bthe (more|higher|greater|bigger|larger|less|lower|fewer|smaller)\b/gi;
const MORE = /^(?:more|higher|greater|bigger|larger)$/i;

function comparativeClaims(text: string, sentence: Sentence, subjects: Mention[], objects: TargetMention[]): Claim[] {
  const s = text.slice(sentence.start, sentence.end);
  const marks = [...s.matchAll(COMPARATIVE)];
  if (marks.length !== 2) return [];
  const [a, b] = marks;
  const comma = s.indexOf(',', a.index);
  if (comma < 0 || comma > b.index) return [];
  const subject = subjects.find((m) => m.start >= sentence.start + a.index && m.end <= sentence.start + comma);
  if (!subject) return [];
  const firstMore = MORE.test(a[1]);
  // "the more calcium" is a higher calcium level; "the less magnesium" a lower one.
  const level: 'high' | 'low' = firstMore ? 'high' : 'low';
  const relation: Direction = MORE.test(b[1]) ? 'up' : 'down';
  const subj: Mention = subject.level || subject.condition || !subject.mineral ? subject : { ...subject, level };
  const out: Claim[] = [];
  for (const object of objects) {
    if (object.start < sentence.start + b.index || object.target === `${subject.mineral}-level`) continue;
    out.push(relate(subj, relation, { start: sentence.start + b.index, end: sentence.start + b.index + b[0].length, text: b[0] }, object, false, HEDGE.test(s)));
  }
  return out;
}

export const comparative: RelationShape = {
  id: 'comparative',
  order: 20,
  mode: 'if-none',
  examples: ['The more calcium in the bath, the less excitable the axon becomes.'],
  extract: (i) => comparativeClaims(i.text, i.sentence, i.subjects, i.objects),
};
