/**
 * A compound that names a relation: "calcium-triggered release", "Mg²⁺-blocked NMDA receptors".
 */
import type { Claim } from '../claims';
import type { Direction } from '../facts/types';
import { HEDGE } from '../language/words';
import type { TargetMention } from '../lexicon';
import type { Mention } from '../types';
import { relate, squash, type RelationShape } from './shape';

/** "calcium-triggered release", "Ca²⁺-dependent exocytosis", "Mg-induced block of …": the compound names a relation. */
const NOMINAL_UP = /^-(?:triggered|induced|evoked|driven|dependent|activated|mediated|stimulated|gated|regulated|controlled) (?:[a-z-]+ )?$/i;
const NOMINAL_DOWN = /^-(?:blocked|inhibited|suppressed|reduced|depressed|antagoni[sz]ed) (?:[a-z-]+ )?$/i;

function nominalClaims(text: string, subjects: Mention[], objects: TargetMention[], existing: Claim[], s: string): Claim[] {
  const out: Claim[] = [];
  for (const subject of subjects) {
    if (existing.some((c) => c.subject.start === subject.start)) continue;
    const object = objects.find((t) => t.start > subject.end && t.start - subject.end < 40);
    if (!object) continue;
    const gap = squash(text.slice(subject.end, object.start)) + ' ';
    const up = NOMINAL_UP.test(gap);
    if (!up && !NOMINAL_DOWN.test(gap)) continue;
    const relation: Direction = up ? 'up' : 'down';
    out.push(relate(subject, relation, { start: subject.end, end: object.start, text: gap.trim() }, object, false, HEDGE.test(s)));
  }
  return out;
}

export const nominal: RelationShape = {
  id: 'nominal',
  order: 40,
  mode: 'always',
  examples: ['Calcium-triggered exocytosis takes about a millisecond.', 'Magnesium-blocked NMDA receptors pass little current.'],
  extract: (i) => nominalClaims(i.text, i.subjects, i.objects, [...i.claims], i.s),
};
