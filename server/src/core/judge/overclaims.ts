/**
 * Overclaims of mixed science, judged from the fact base's `overclaims` data (F33): a claim that is
 * acceptable hedged or plain ("magnesium may ease cramps") but wrong stated as certain ("magnesium
 * reliably prevents cramps"), or signs taken as proof of a level ("cramps mean you are magnesium
 * deficient"). Which mineral and which signs come from the data; the words here are grammar only.
 */
import type { FactBase } from '../facts/factbase';
import type { FactDef, OverclaimDef } from '../facts/types';
import type { Span } from '../types';
import type { AnalyzedSentence } from '../rules/rule';
import { factsWith } from '../facts/having';

export interface OverclaimVerdict {
  span: Span;
  fact: FactDef;
  overclaim: OverclaimDef;
}

/** Words that state an outcome as certain. */
const CERTAIN = /\b(?:reliably|always|guarantee[sd]?|guaranteed to|definitely|certainly|surely|invariably|without fail|every (?:single )?time|100 ?%|completely|totally|proven to|will|cures?|cured|curing|(?:is|are) (?:a|the) (?:cure|fix|answer|solution)|miracle)\b/i;
const ACT_DOWN = /\b(?:prevents?|prevented|preventing|cures?|cured|curing|stops?|stopped|stopping|eliminates?|eliminated|gets? rid of|banish(?:es|ed)?|fix(?:es|ed)?|ends?|wipes? out|treats?|relieves?|eases?|resolves?|cure|fix|answer|solution)\b/i;
const ACT_UP = /\b(?:causes?|caused|triggers?|brings? on|leads? to|gives? you)\b/i;
/** Hedges and negations: the claim is not stated as certain, or is denied. */
const HEDGED = /\b(?:not|no|never|n['’]t|cannot|unlikely|fail(?:s|ed)? to|may|might|can|could|some|sometimes|possibly|perhaps|probably|often|occasionally|in some|for some|if you are (?:truly|actually)|myth|backwards|wrong)\b/i;
/** "… mean(s) you are …", "… prove …", "a sure sign". */
const PROOF = /\b(?:means?|meant|prove[sn]?|proof|confirms?|(?:a )?(?:sure|clear|definite|certain|telltale|tell-tale|reliable|guaranteed) (?:sign|signal|indicator|marker)s?|always (?:means?|indicates?|signals?|points? to)|tells? you)\b/i;
/** Between an act and a sign: the act is aimed at the sign's cause ("cures the underlying cause of …"). */
const CAUSE_OF = /\b(?:causes?|source|root|origin|reason|trigger)s?\s+(?:of|for|behind)\b/i;
/** A claim stated as settled, and a sign said to be caused by what follows. */
const SETTLED = /\b(?:(?:was|were|is|are|has been|have been|been|has|have) (?:\w+ )?(?:proven|proved)|it is a (?:proven )?fact|science (?:has )?shows?|definitely|undeniably)\b/i;
const CAUSED_BY = /^[^.;]{0,40}?\b(?:(?:is|are) (?:always |all |simply )?(?:caused by|due to)|(?:come|comes) from)\b/i;
const LOW_WORDS = /\b(?:deficien\w*|low|lacking|short (?:on|of)|not getting enough|need more|depleted|depletion|shortage|too little)\b/i;
const HIGH_WORDS = /\b(?:too much|excess\w*|high|overload\w*|toxic\w*)\b/i;

/** Term lists sorted longest first, by list (computed once per list rather than once per sentence). */
const sortedTerms = new Map<string, string[]>();
/** The last text lower-cased (judgeOverclaim asks about one sentence for every overclaim of the facts). */
let lastText: string | undefined;
let lastLower = '';
function termAt(t: string, terms: string[]): { start: number; end: number } | undefined {
  if (t !== lastText) {
    lastText = t;
    lastLower = t.toLowerCase();
  }
  const lower = lastLower;
  const key = terms.join('\u0000');
  let sorted = sortedTerms.get(key);
  if (!sorted) sortedTerms.set(key, (sorted = [...terms].sort((a, b) => b.length - a.length)));
  for (const term of sorted) {
    let i = lower.indexOf(term);
    while (i >= 0) {
      const before = i > 0 ? lower[i - 1] : ' ';
      const after = lower[i + term.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return { start: i, end: i + term.length };
      i = lower.indexOf(term, i + 1);
    }
  }
  return undefined;
}

/** The first overclaim a sentence makes, if any. */
export function judgeOverclaim(s: AnalyzedSentence, facts: FactBase): OverclaimVerdict | undefined {
  if (!s.checkable || !s.mentions.length) return undefined;
  const t = s.text.replace(/\s+/g, ' ');
  if (HEDGED.test(t)) return undefined;
  for (const fact of factsWith(facts, 'overclaims')) {
    for (const o of fact.overclaims ?? []) {
      if (!s.mentions.some((m) => m.mineral === o.mineral)) continue;
      const term = termAt(t, o.terms);
      if (!term) continue;
      if (o.certain) {
        const act = (o.certain === 'down' ? ACT_DOWN : ACT_UP).exec(t);
        const sure = CERTAIN.exec(t);
        if (!act || !sure) continue;
        // "fixes the root cause of cramps": what is acted on is the cause, not the sign.
        if (act.index < term.start && CAUSE_OF.test(t.slice(act.index + act[0].length, term.start))) continue;
        return { span: { start: s.start + sure.index, end: s.start + sure.index + sure[0].length }, fact, overclaim: o };
      }
      if (o.proves) {
        // "It has been proven that cramps are caused by low magnesium": a sign's cause stated as settled.
        const settled = SETTLED.exec(t);
        const cause = settled ? CAUSED_BY.exec(t.slice(term.end)) : null;
        const proof = PROOF.exec(t.slice(term.end)) ?? cause;
        if (!proof) continue;
        const after = t.slice(term.end + proof.index + proof[0].length);
        const levelled = s.mentions.some((m) => m.mineral === o.mineral && (m.level === o.proves || m.condition)) || (o.proves === 'low' ? LOW_WORDS : HIGH_WORDS).test(after);
        if (!levelled) continue;
        // The word that settles it ("proven") is what is wrong, when that is the proof.
        if (proof === cause && settled) return { span: { start: s.start + settled.index, end: s.start + settled.index + settled[0].length }, fact, overclaim: o };
        const start = s.start + term.end + proof.index;
        return { span: { start, end: start + proof[0].length }, fact, overclaim: o };
      }
    }
  }
  return undefined;
}

/** The hover/diagnostic text for an overclaim. */
export function describeOverclaim(v: OverclaimVerdict): string {
  const what = v.overclaim.proves ? `${v.overclaim.terms[1] ?? v.overclaim.terms[0]} do not prove a ${v.overclaim.proves} ${v.overclaim.mineral} level` : `${v.overclaim.mineral} is not a certain remedy for ${v.overclaim.terms[1] ?? v.overclaim.terms[0]}`;
  return `Overstated: ${what}. ${v.fact.statement}`;
}
