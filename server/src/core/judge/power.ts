/**
 * What powers a pump, judged from the fact base's `poweredBy`: "the gradient that drives SERCA", "SERCA is powered by
 * the calcium gradient" (SERCA runs on ATP and pumps against the gradient). The pump and power terms come from the
 * facts, the linking verbs from server/language/statements.json; only the order and the gap are here.
 */
import type { FactBase } from '../facts/factbase';
import { factsWith } from '../facts/having';
import type { FactDef } from '../facts/types';
import { alternation } from '../language/phrases';
import { NEGATION_WORD } from '../language/words';
import statementWords from '../../../language/statements.json';
import type { AnalyzedSentence } from '../rules/rule';
import type { Span } from '../types';
import { findTerm } from './statements';

/** A wrong power source: where, why, and the fact that says so. */
export interface PowerVerdict {
  span: Span;
  message: string;
  fact: FactDef;
}

const ACTIVE = new RegExp(`^\\s*(?:(?:that|which|then|also|in turn)\\s+)?${alternation(statementWords.power.verbs)}\\s+(?:the\\s+|its\\s+|their\\s+)?$`, 'iu');
const PASSIVE = new RegExp(`^\\s*(?:(?:normally|mainly|mostly|largely|directly|also)\\s+)?${alternation(statementWords.power.passive)}\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+)?$`, 'iu');

/** Judge a sentence's statement of what powers a pump; the first wrong one, if any. */
export function judgePower(s: AnalyzedSentence, facts: FactBase): PowerVerdict | undefined {
  const text = s.text;
  for (const fact of factsWith(facts, 'poweredBy')) {
    if (fact.mixed) continue;
    for (const x of fact.poweredBy ?? []) {
      const pump = findTerm(text, x.pump);
      const wrong = pump && findTerm(text, x.notBy);
      if (!pump || !wrong) continue;
      // "the gradient that drives SERCA" (source, verb, pump) or "SERCA is driven by the gradient" (pump, verb, source).
      const [first, second] = wrong.start < pump.start ? [wrong, pump] : [pump, wrong];
      const gap = text.slice(first.end, second.start);
      const linked = first === wrong ? ACTIVE.test(gap) : PASSIVE.test(gap);
      if (!linked) continue;
      NEGATION_WORD.lastIndex = 0;
      const denied = NEGATION_WORD.test(text.slice(0, second.start));
      NEGATION_WORD.lastIndex = 0;
      if (denied) continue;
      return {
        span: { start: s.start + first.start, end: s.start + second.end },
        fact,
        message: `Contradicts physiology: the ${wrong.text} does not power ${pump.text}. ${fact.statement}`,
      };
    }
  }
  return undefined;
}
