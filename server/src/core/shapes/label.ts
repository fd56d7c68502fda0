/**
 * A condition as a label: "Hypocalcaemia: tetany, cramps and tingling", "**High magnesium** — lost reflexes".
 */
import type { Claim } from '../claims';
import { CONTRASTED, FUNCTION_WORDS, HEDGE, negatedBefore } from '../language/words';
import type { TargetMention } from '../lexicon';
import type { Mention, Sentence } from '../types';
import { relate, type RelationShape } from './shape';

/** A condition as a label: "Hypocalcaemia: tetany, cramps and tingling", "**High magnesium** — lost reflexes, weakness". */
const LABEL_LEAD = new Set(FUNCTION_WORDS.labels.lead);
const LABEL_END = /^[\s*_`)\]]*(?::|\s[—–-])\s/;

function labelClaims(text: string, sentence: Sentence, subjects: Mention[], objects: TargetMention[]): Claim[] {
  const subject = subjects.find((m) => m.level && m.start >= sentence.start);
  if (!subject) return [];
  // Only the label words before the subject ("Severe hypocalcaemia:", "In hypercalcaemia:").
  const lead = text.slice(sentence.start, subject.start);
  if (!lead.toLowerCase().split(/[\W_]+/).every((w) => !w || LABEL_LEAD.has(w))) return [];
  const label = LABEL_END.exec(text.slice(subject.end, sentence.end));
  if (!label) return [];
  const from = subject.end + label[0].length;
  const out: Claim[] = [];
  for (const object of objects) {
    if (object.start < from || !(object.implied || object.sign)) continue;
    if (CONTRASTED.test(text.slice(Math.max(from, object.start - 32), object.start)) || negatedBefore(text.slice(from, object.start))) continue;
    out.push(relate(subject, 'up', { start: subject.end, end: from, text: label[0].trim() }, object, false, HEDGE.test(text.slice(sentence.start, sentence.end))));
  }
  return out;
}

export const label: RelationShape = {
  id: 'label',
  order: 60,
  mode: 'if-none',
  examples: ['Hypocalcaemia: tetany, cramps and tingling fingers.'],
  extract: (i) => labelClaims(i.text, i.sentence, i.subjects, i.objects),
};
