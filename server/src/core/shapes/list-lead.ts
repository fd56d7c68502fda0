/**
 * A condition's signs as a list: "ECG features of hypercalcaemia:" followed by list items ("- a short QT interval").
 * The lead is a paragraph that ends in a colon and names one condition among label words only; the items' signs
 * (targets with a direction of their own, or observed signs) are read as its effects. The items come from
 * checker.ts `listContinuation`, which leaves out items that name a mineral and signs that are denied.
 */
import type { Claim } from '../claims';
import { FUNCTION_WORDS, HEDGE } from '../language/words';
import type { TargetMention } from '../lexicon';
import type { Sentence } from '../types';
import { relate, type RelationShape } from './shape';

/** Words a list lead may hold besides the condition (function-words.json labels): "Typical ECG changes of hypocalcaemia, low blood calcium:". */
const LIST_LEAD = new Set([...FUNCTION_WORDS.labels.lead, ...FUNCTION_WORDS.labels.listLead]);
const ENDS_WITH_COLON = /:[\s*_]*$/;

function listLeadClaims(text: string, sentence: Sentence, items: TargetMention[] | undefined): Claim[] {
  if (!items?.length) return [];
  const s = text.slice(sentence.start, sentence.end);
  if (!ENDS_WITH_COLON.test(s)) return [];
  const mentions = sentence.mentions;
  const condition = mentions.find((m) => m.level);
  if (!condition || mentions.some((m) => m.mineral !== condition.mineral || (m.level && m.level !== condition.level))) return [];
  // Everything but the mentions must be lead words.
  let rest = s;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start - sentence.start) + ' ' + rest.slice(m.end - sentence.start);
  if (!rest.toLowerCase().split(/[^\p{L}]+/u).every((w) => !w || LIST_LEAD.has(w))) return [];
  const verb = { start: condition.end, end: sentence.end, text: ':' };
  const hedged = HEDGE.test(s);
  return items.filter((t) => t.implied || t.sign).map((t) => relate(condition, 'up', verb, t, false, hedged));
}

export const listLead: RelationShape = {
  id: 'list-lead',
  order: 65,
  mode: 'if-none',
  examples: ['ECG features of hypocalcaemia:\n- a long QT interval'],
  extract: (i) => listLeadClaims(i.text, i.sentence, i.ctx.continuation),
};
