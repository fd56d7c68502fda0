/**
 * Hover on a lab value with units ("0.5 mmol/L magnesium"): the verdict against the fact base's
 * reference range, then the value in mg/dL, mEq/L and mmol/L, then the range's references.
 */
import { conversions, findQuantities, formatConversions, formatNumber, judgeLabValue, type ConcentrationUnit } from '../core/facts/units';
import type { FactBase } from '../core/facts/factbase';
import { toSource } from '../core/markdown';
import type { AnalyzedSentence } from '../core/rules/rule';
import type { Span } from '../core/types';

const SHOWN: ConcentrationUnit[] = ['mmol/L', 'mg/dL', 'mEq/L'];
const STATUS = { low: 'below', inRange: 'within', high: 'above' } as const;

/** Hover Markdown for a concentration under a source offset, with its source span. */
export function labValueHover(s: AnalyzedSentence, offset: number, facts: FactBase, references: (ids: string[]) => string[]): (Span & { markdown: string }) | undefined {
  for (const q of findQuantities(s.text)) {
    const span = toSource(s.segment, s.start + q.start, s.start + q.end);
    if (offset < span.start || offset >= span.end || q.kind !== 'concentration') continue;
    // The mineral nearest to the value in the sentence.
    const at = s.start + q.start;
    const mention = [...s.mentions].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    const mineral = mention && facts.mineralById.get(mention.mineral);
    if (!mineral) return undefined;
    const measure = /\bioni[sz]ed\b|\bfree\b/i.test(s.text) ? 'ionised' : undefined;
    const all = conversions(q.value, q.unit as ConcentrationUnit, mineral).filter((c) => SHOWN.includes(c.unit));
    const judged = judgeLabValue(facts, mineral.id, q.value, q.unit, measure);
    const lines: string[] = [];
    if (judged) {
      const r = judged.range;
      lines.push(
        `**${q.text} ${mineral.names[0]}: ${STATUS[judged.status]} the reference range** ${formatNumber(r.low)}–${formatNumber(r.high)} ${r.unit} (${r.measure})${judged.borderline ? ', near its limit' : ''}`,
      );
    } else {
      lines.push(`**${q.text} ${mineral.names[0]}**`);
    }
    lines.push('', formatConversions(all));
    const refs = judged ? references(judged.fact.references) : [];
    if (refs.length) lines.push('', ...refs);
    return { ...span, markdown: lines.join('\n') };
  }
  return undefined;
}
