/**
 * Cooperativity claims, judged from the fact base's `cooperativity` data: a target that grows with about
 * the n-th power of a mineral (transmitter release and extracellular calcium: n ≈ 4) is contradicted by
 * "release is proportional to calcium", "doubling calcium doubles release", "a single calcium ion is
 * enough to release a quantum" or "the square of calcium". Nothing here names a mineral or a target.
 */
import type { FactBase } from '../facts/factbase';
import type { CooperativityDef, FactDef } from '../facts/types';
import type { Span } from '../types';
import { agentName, targetName } from './describe';
import type { AnalyzedSentence } from '../rules/rule';
import { factsWith } from '../facts/having';

/** A wrong exponent: where, why, and the fact that says so. */
export interface CooperativityVerdict {
  span: Span;
  message: string;
  fact: FactDef;
}

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, square: 2, third: 3, '3rd': 3, cube: 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };
const COUNTS: Record<string, number> = { one: 1, single: 1, lone: 1, two: 2, three: 3, four: 4, five: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

/** Wordings that state an exponent; `order` reads it from the match; `then`, if any, must follow within 40 characters. */
const CLAIMED: { re: RegExp; order: (m: RegExpExecArray) => number; then?: RegExp }[] = [
  { re: /(?<!non-?)\b(?:linear(?:ly)?|(?:directly |simply |strictly )?proportional(?:ly)?|in (?:direct |simple |strict |exact )?proportion|one-to-one|in lockstep)\b/i, order: () => 1 },
  { re: /\bdoubl(?:e|es|ed|ing)\b[^.;]{0,80}?\bdoubl(?:e|es|ed|ing)\b/i, order: () => 1 },
  { re: /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[- ]power\b|\b(square|cube)\b/i, order: (m) => ORDINALS[(m[1] ?? m[2]).toLowerCase()] },
  {
    re: /\b(?:a (single|lone)|(one)|just (one)|only (one)) (?:[\p{L}\p{N}²⁺+()-]+ )?ions?\b/iu,
    order: (m) => COUNTS[(m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase()],
    then: /\b(?:is enough|suffices|is sufficient|triggers?|releases?|can trigger|is all it takes|per (?:vesicle|quantum)|for each|to release|to trigger|to fuse|for fusion)\b/i,
  },
  {
    re: /\b(two|three|four|five|[2-5]) (?:[\p{L}\p{N}²⁺+()-]+ )?ions\b/iu,
    order: (m) => COUNTS[m[1].toLowerCase()],
    then: /\b(?:cooperat\w*|act together|work together|are needed|are required|per (?:vesicle|quantum)|for each|to release|to trigger)\b/i,
  },
];
/** Before a stated exponent: a denial or a comparison ("not linear", "far steeper than linear", "rather than in proportion"). */
const DENIED = /\b(?:not|never|no longer|far from|rather than|instead of|than|isn't|aren't|nor|more than|steeper than|anything but)\s+(?:(?:simply|strictly|just|a|the|merely|directly|in|roughly|about)\s+)*$/i;
const HEDGED = /\b(?:may|might|could|possibly|perhaps|appears? to|seems? to)\b/i;

const termCache = new WeakMap<FactBase, Map<string, RegExp>>();
/** A matcher for the terms of a target (built once per fact base). */
function termsOf(facts: FactBase, target: string): RegExp | undefined {
  let cache = termCache.get(facts);
  if (!cache) termCache.set(facts, (cache = new Map()));
  if (!cache.has(target)) {
    const terms = facts.targetById.get(target)?.terms ?? [];
    const esc = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
    cache.set(target, new RegExp(`\\b(?:${esc.join('|') || '(?!)'})(?:s|es)?\\b`, 'iu'));
  }
  return cache.get(target);
}

/** The first cooperativity statement of a sentence that the data contradict, if any. */
export function judgeCooperativity(s: AnalyzedSentence, facts: FactBase): CooperativityVerdict | undefined {
  const text = s.text;
  for (const fact of factsWith(facts, 'cooperativity')) {
    if (fact.mixed) continue;
    for (const c of fact.cooperativity ?? []) {
      if (!s.mentions.some((m) => m.mineral === c.mineral)) continue;
      if (!termsOf(facts, c.target)?.test(text)) continue;
      const v = contradiction(text, c);
      if (v) return { span: { start: s.start + v.start, end: s.start + v.end }, message: message(c, facts), fact };
    }
  }
  return undefined;
}

function contradiction(text: string, c: CooperativityDef): Span | undefined {
  if (HEDGED.test(text)) return undefined;
  const flat = text.replace(/\s/g, ' ');
  for (const { re, order, then } of CLAIMED) {
    const m = re.exec(flat);
    if (!m) continue;
    if (then && !then.test(flat.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[.;]/)[0])) continue;
    if (DENIED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A stated exponent more than one below the measured one (linear, square for a fourth-power law).
    if (order(m) <= c.order - 1.5) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

function message(c: CooperativityDef, facts: FactBase): string {
  const n = Number.isInteger(c.order) ? String(c.order) : c.order.toFixed(1);
  return `Contradicts physiology: ${targetName(c.target, facts)} rises with about the ${n}th power of ${agentName(c.mineral, facts)} (about ${n} ions act together), not in simple proportion.`;
}
