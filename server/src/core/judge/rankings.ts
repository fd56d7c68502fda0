/**
 * Rankings stated in a sentence ("magnesium is the second most abundant cation inside cells"), judged
 * against the fact base's `rankings` data. Nothing here knows which ion ranks where: the words give a
 * place, a class and a compartment, and the data says who holds that place.
 */
import type { FactBase } from '../facts/factbase';
import type { FactDef, RankingDef } from '../facts/types';
import type { Mention, Span } from '../types';
import type { AnalyzedSentence } from '../rules/rule';
import { factsWith } from '../facts/having';

/** A wrong place: the mineral mention, the place claimed and who really holds it. */
export interface RankingVerdict {
  kind: 'reversed' | 'contradicted';
  span: Span;
  mineral: string;
  /** The ion that holds the claimed place, per the data. */
  holder?: string;
  /** The mineral's own place, if the data has it. */
  actual?: number;
  claimed: number;
  compartment: RankingDef['compartment'];
  fact: FactDef;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };
const ORDINAL_WORD = 'first|second|2nd|third|3rd|fourth|4th|fifth|5th';
const ABUNDANT = '(?:abundant|common|plentiful|prevalent|concentrated|numerous)';
/** "second most abundant", "4th-most common", "most plentiful". */
const NTH_MOST = new RegExp(`\\b(?:(${ORDINAL_WORD})[-\\s])?most[-\\s]${ABUNDANT}\\b`, 'i');
/** "the main / principal / predominant … cation" (not "major" or "most important": those rank importance, not amount). */
const MAIN = /\bthe\s(?:main|principal|predominant)\s(?:(?:intracellular|extracellular|cellular)\s)?(?:cation|ion|positive\sion)s?\b/i;
/** "ranks second", "comes second", "second only to", "is second after". */
const RANKS = new RegExp(`\\b(?:ranks?|ranked|ranking|comes?|coming|is|sits?|stands?)\\s(${ORDINAL_WORD})\\b|\\b(${ORDINAL_WORD})\\sonly\\sto\\b`, 'i');
/** The class: cations or ions, not a narrower class ("divalent cation") or another one ("mineral"). */
/** Any ranking phrase, to count them. */
const PHRASES = new RegExp(`\\b(?:(?:${ORDINAL_WORD})[-\\s])?most[-\\s]${ABUNDANT}\\b|\\bthe\\s(?:main|principal|predominant)\\s|\\b(?:ranks?|ranked|comes?|sits?|stands?)\\s(?:${ORDINAL_WORD})\\b|\\b(?:${ORDINAL_WORD})\\sonly\\sto\\b`, 'gi');
const CLASS = /\b(?:cations?|positive(?:ly\scharged)?\sions?|ions?)\b/i;
const NARROWER = /\b(?:divalent|bivalent|monovalent|trivalent|metal|mineral|trace|essential|electrolytes?|2\+|\+\+)\b/i;
const INTRA = /\b(?:intracellular(?:ly)?|inside\s(?:the\s|our\s|your\s|a\s)?cells?|within\s(?:the\s|our\s|a\s)?cells?|in\s(?:the\s|our\s|your\s)?cells?|in\s(?:the\s)?(?:cytosol|cytoplasm))\b/i;
const EXTRA = /\b(?:extracellular(?:ly)?|outside\s(?:the\s|our\s|your\s)?cells?|in\s(?:the\s|your\s|our\s)?(?:blood(?:\splasma|stream)?|plasma|serum|extracellular\sfluid|interstitial\sfluid)|plasma)\b/i;
const BODY = /\b(?:in\s(?:the\s|your\s|our\s)?(?:human\s)?body|(?:the\s)?body['’]s|of\sthe\s(?:human\s)?body|in\shumans)\b/i;
/** Negation, hedges and "one of the most …": no place is asserted. */
const NO_PLACE = /\b(?:not|never|no\slonger|isn['’]t|aren['’]t|wasn['’]t|rather\sthan|instead\sof|one\sof\sthe|may|might|perhaps|possibly|probably|arguably|if|whether)\b/i;
/** Words before a mention that make it the reference point, not the subject: "after potassium", "second only to". */
const NOT_SUBJECT_BEFORE = /\b(?:after|than|to|behind|besides|except|following|next\sto|like|unlike|with|and|or)\s(?:the\s)?$/i;

/** The place a sentence states and where its phrase starts. */
function claimedPlace(t: string): { rank: number; at: number } | undefined {
  const nth = NTH_MOST.exec(t);
  if (nth) return { rank: nth[1] ? ORDINAL[nth[1].toLowerCase()] : 1, at: nth.index };
  const r = RANKS.exec(t);
  if (r && CLASS.test(t)) return { rank: ORDINAL[(r[1] ?? r[2]).toLowerCase()], at: r.index };
  const main = MAIN.exec(t);
  if (main) return { rank: 1, at: main.index };
  return undefined;
}

/** Ions that are not minerals of the fact base but can be the subject of a ranking ("Potassium is the main …"). */
const OTHER_ION = /(?:potassium|sodium|chloride|bicarbonate|phosphate|hydrogen|zinc|iron)|(?:K|Na|Cl|H|Zn|Fe)(?:\+|⁺|\(\+\))/gi;
/** Between a subject and its ranking phrase: a copula or a ranking verb, no new clause. */
const GAP_WORDS = new Set(['is', 'are', 'was', 'were', 'remains', 'rank', 'ranks', 'come', 'comes', 'stand', 'stands', 'sit', 'sits', 'also', 'still', 'actually', 'only', 'in', 'fact', 'then', 'now', 'easily', 'clearly', 'by', 'far', 'the', 'a']);
/** Between a subject and its ranking phrase: at most a copula or ranking verb, adverbs and an article — no new clause. */
function subjectGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean);
  return words.length <= 5 && words.every((w) => GAP_WORDS.has(w.toLowerCase()));
}

function compartmentOf(t: string): RankingDef['compartment'] | undefined {
  const intra = INTRA.test(t);
  const extra = EXTRA.test(t);
  if (intra && !extra) return 'intracellular';
  if (extra && !intra) return 'extracellular';
  if (!intra && !extra && BODY.test(t)) return /\bcells?\b/i.test(t) ? undefined : 'body';
  return undefined;
}

/** Judge a sentence's ranking claim, if it makes one; undefined when it makes none or it agrees with the data. */
export function judgeRanking(s: AnalyzedSentence, facts: FactBase): RankingVerdict | undefined {
  if (!s.checkable || !s.mentions.length) return undefined;
  const t = s.text;
  if (!CLASS.test(t) || NARROWER.test(t) || NO_PLACE.test(t)) return undefined;
  // One ranking per sentence: "fourth in the body and second inside cells" pairs places with compartments we do not split.
  const phrases = (t.match(PHRASES) ?? []).length;
  if (phrases !== 1 || (BODY.test(t) && (INTRA.test(t) || EXTRA.test(t)))) return undefined;
  const place = claimedPlace(t);
  if (!place) return undefined;
  const segText = s.segment.text;
  // The subject of the ranking: the ion right before its phrase ("calcium is the second most …", "magnesium ranks
  // second"), or the one it is equated with after it ("the main cation inside cells is calcium").
  const ions = [
    ...s.mentions.filter((m: Mention) => facts.mineralById.has(m.mineral)).map((m) => ({ mention: m as Mention | undefined, start: m.start - s.start, end: m.start - s.start + m.text.length })),
    ...[...t.matchAll(OTHER_ION)].map((m) => ({ mention: undefined as Mention | undefined, start: m.index, end: m.index + m[0].length })),
  ].sort((a, b) => a.start - b.start);
  const before = ions.filter((x) => x.end <= place.at).pop();
  const gap = before ? t.slice(before.end, place.at).replace(/,[\p{L} ]{1,25},/gu, ' ') : '';
  let chosen = before && subjectGap(gap) ? before : undefined;
  if (!chosen) {
    const after = ions.find((x) => x.start > place.at);
    if (after && /\b(?:is|are|was|were)\s+(?:the\s+)?$/i.test(t.slice(place.at, after.start)) && !/[,;]/.test(t.slice(place.at, after.start))) chosen = after;
  }
  const subject = chosen?.mention;
  // The compartment must belong to the ranking: in its own phrase ("most abundant cation inside cells") or in a
  // phrase fronted before the subject ("Inside cells, calcium …"), not elsewhere ("…, most of it intracellular").
  const phrase = t.slice(place.at, place.at + 80).split(/[,;:(]|\s[—–]\s|\b(?:and|but|while|whereas|which|so)\b/)[0];
  const fronted = chosen && chosen.start > 0 && /,\s*$/.test(t.slice(0, chosen.start)) ? t.slice(0, chosen.start) : '';
  const equated = chosen && chosen.start > place.at ? t.slice(place.at, chosen.start) : '';
  const compartment = compartmentOf(`${fronted} ${phrase} ${equated}`);
  if (!compartment) return undefined;
  if (!subject || subject.level || subject.condition || NOT_SUBJECT_BEFORE.test(segText.slice(Math.max(0, subject.start - 16), subject.start))) return undefined;
  // "the most abundant cation after potassium" is the second place; "… after calcium, potassium and sodium" the fourth.
  const after = /\b(?:after|behind|next\sto|besides|apart\sfrom|other\sthan|except(?:\sfor)?)\s/i.exec(t);
  let ahead = 0;
  if (after) {
    const list = t.slice(after.index + after[0].length).split(/[.;:]|\b(?:is|are|was|were)\b/)[0].slice(0, 80);
    const own = facts.mineralById.get(subject.mineral);
    const named = (list.match(/\b(?:potassium|sodium|calcium|magnesium|K|Na|Ca|Mg)\b/gi) ?? []).filter((w) => !own || (w.toLowerCase() !== own.id && w !== own.symbol));
    ahead = named.length;
  }
  const claimed = place.rank === 1 && ahead ? 1 + ahead : place.rank;
  // "second … in the body, after potassium" uses the ranking inside cells (potassium leads there): too loose to judge.
  if (compartment === 'body' && /\b(?:potassium|K)\b/i.test(t)) return undefined;
  for (const fact of factsWith(facts, 'rankings')) {
    if (fact.mixed) continue;
    for (const r of fact.rankings ?? []) {
      if (r.compartment !== compartment || r.among !== 'cation' || r.quantity !== 'abundance') continue;
      const own = r.places.find((p) => p.ion === subject.mineral);
      const holder = r.places.find((p) => p.rank === claimed);
      if (own?.rank === claimed) return undefined;
      if (!own && !holder) continue;
      if (holder && holder.ion === subject.mineral) return undefined;
      // The place belongs to the other mineral the facts know (calcium given magnesium's place): a swap.
      const swap = holder && holder.ion !== subject.mineral && facts.mineralById.has(holder.ion);
      const i = segText.indexOf(subject.text, subject.start);
      const start = i >= 0 && i < subject.end ? i : subject.start;
      return {
        kind: swap ? 'reversed' : 'contradicted',
        span: { start, end: start + subject.text.length },
        mineral: subject.mineral,
        holder: holder?.ion,
        actual: own?.rank,
        claimed,
        compartment,
        fact,
      };
    }
  }
  return undefined;
}

const PLACE_WORD = ['', 'the most abundant', 'the second most abundant', 'the third most abundant', 'the fourth most abundant', 'the fifth most abundant'];
const WHERE: Record<RankingDef['compartment'], string> = { intracellular: 'inside cells', extracellular: 'outside cells', body: 'in the body' };

/** "inside cells, potassium is the most abundant cation and magnesium the second, not calcium" */
export function describeRanking(v: RankingVerdict): string {
  const place = (n: number): string => PLACE_WORD[n] ?? `number ${n}`;
  const parts: string[] = [];
  if (v.holder) parts.push(`${v.holder} is ${place(v.claimed)} cation ${WHERE[v.compartment]}`);
  if (v.actual) parts.push(`${v.mineral} is ${place(v.actual)}`);
  return `${parts.join(', and ')}; ${v.mineral} is not ${place(v.claimed)}`;
}
