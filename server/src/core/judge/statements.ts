/**
 * Statements about measures and causes, judged from the fact base's `distinct`, `indicators` and `causes`:
 * "total calcium equals ionised calcium" (two measures taken for one), "a normal serum magnesium means your
 * stores are fine" (a measure read as a guide it is not), "most hypercalcaemia comes from dairy" (a minor
 * cause given the main share). The terms come from the data; only the linking words are here.
 */
import type { FactBase } from '../facts/factbase';
import type { ConditionRef, FactDef } from '../facts/types';
import type { Span } from '../types';
import { conditionName } from './describe';
import type { AnalyzedSentence } from '../rules/rule';
import { alternation } from '../language/phrases';
import statementWords from '../../../language/statements.json';
import { factsWith } from '../facts/having';

/** A wrong statement: where, why, and the fact that says so. */
export interface StatementVerdict {
  span: Span;
  message: string;
  fact: FactDef;
}

const termRes = new Map<string, RegExp>();
/** The first match of any of `terms` in `text` (whole words, any case). */
export function findTerm(text: string, terms: string[], from = 0): { start: number; end: number; text: string } | undefined {
  const key = terms.join('\u0000');
  let re = termRes.get(key);
  if (!re) {
    const alts = [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
    termRes.set(key, re);
  }
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

/** Words that deny or qualify a sentence's link, so that it is not judged. */
const DENIAL = /\b(?:not|no|never|cannot|can't|isn't|aren't|doesn't|don't|won't|differ\w*|different|distinct|separate|unlike|rather than|instead|whereas|poor(?:ly)?|unreliabl[ey]|misleading|only about|only|plus|sum|half|twice|fraction|percent|part|portion|share|times|double|rarely|seldom|uncommon|myth)\b|%/i;

/** A concession grants that the measure can mislead: "… even when serum magnesium is normal", "despite a normal level". */
const CONCESSION = /\b(?:even (?:when|if|with|though|in)|despite|in spite of|although|though)\b/i;

/** "the same as", "equals", "two names for", "interchangeable". */
const EQUAL = /\b(?:the same (?:number|thing|measurement|value|test|quantity|figure|reading|result) as|the same as|(?:is|are) the same(?: thing| measurement| value| number| test)?|equals?|equal to|(?:is|are) equal|identical|interchangeabl[ey]|two names for|another name for|other name for|different names for|one and the same|(?:is|are) equivalent|equivalent to|synonyms?|synonymous|means? the same)\b|\s=\s/i;

/** A value in range: "normal", "in range", "within the reference range". */
const IN_RANGE = /\b(?:normal|in range|in the normal range|within (?:the )?(?:normal |reference )?(?:range|limits)|fine|ok|okay|unremarkable|acceptable)\b/i;
/** A conclusion drawn from it: "rules out", "stores are fine", "you can be sure". */
const CONCLUDES = /\b(?:rules? out|ruled out|ruling out|excludes?|excluded|(?:is|are) (?:fine|adequate|full|replete|sufficient|normal|ok|okay|good)|can be (?:sure|confident|certain)|proves?|confirms?|guarantees?|means? (?:that )?(?:you|your|there|the body)|you (?:do not|don't) have|there (?:is|can be) no|(?:is|are) not (?:deficient|depleted)|cannot be (?:deficient|depleted))\b/i;
const CONCLUDES_ALL = new RegExp(CONCLUDES.source, 'gi');
/** The measure read as a guide: "reliably reflects", "a good index of". */
const GUIDE = /\b(?:(?:reliabl[ey]|accurate(?:ly)?|faithful(?:ly)?|closely|precisely|good|excellent|trustworthy|dependable|the best|a true) (?:guide|index|indicator|marker|measure|reflection|reflects?|mirrors?|tracks?|tells?|shows?|gauge|picture|window)|(?:reflects?|mirrors?|tracks?) (?:\w+ ){0,3}?(?:accurately|reliably|closely|faithfully|precisely))\b/i;
/** The same, as words of certainty and knowing (server/language/statements.json): "use it to clearly assess …". */
const GUIDE_WORDS = new RegExp(`\\b${alternation(statementWords.guide.adverbs)}\\s+${alternation(statementWords.guide.verbs)}\\b`, 'iu');

/** A share of cases: "most", "usually", "the main cause". */
const MOST = /\b(?:most|mostly|usually|usual|commonest|most common|most often|main|mainly|chiefly|principal|leading|majority|typically|typical|nearly always|almost always|predominantly|largely|generally|overwhelmingly)\b/gi;
/** A cause link after the share: "is caused by", "reflects", "comes from". */
const CAUSE_AFTER = /\b(?:caused by|(?:the )?results? of|(?:a |the )?consequences? of|(?:the )?products? of|driven by|brought on by|triggered by|causes?|due to|reflects?|reflecting|comes? from|results? from|resulting from|stems? from|arises? from|because of|behind|culprits?|reasons?|sources?|down to|explained by|traced to|from)\b/i;
/** A minor cause as the subject: "dairy causes most hypercalcaemia". */
const CAUSE_BEFORE = /\b(?:causes?|is behind|are behind|accounts? for|explains?|is responsible for|are responsible for|drives?|underlies|underlie)\b/i;
const MAIN_CAUSE_NOUN = /^[^,;]{0,12}?\b(?:is|are|was|were|remains?)\s+(?:by far\s+)?(?:the\s+)?(?:most common|most frequent|commonest|main|usual|leading|principal|chief|primary|major|number one)\s+(?:cause|reason|source|culprit|trigger|driver)s?\b/i;
const SHARE = /\b(?:most|the majority of|the bulk of|nearly all|almost all)\b/i;
/** A cause statement scoped to some people ("… in people with vitamin D toxicity"): not about the condition at large. */
const SCOPED = /\bin (?:people|patients|those|persons|individuals|someone|anyone|cases) (?:with|who|taking|on)\b/i;
/** A sentence that continues about the condition of the sentence before: "Most cases …", "It is usually …". */
const CONTINUES = /\b(?:cases?|it|this|they|these|instances|episodes)\b/i;

function keyOf(c: ConditionRef): string {
  return 'target' in c ? `target:${c.target}` : `${c.mineral}:${c.level}`;
}

function conditionsOf(s: AnalyzedSentence | undefined): Set<string> {
  const out = new Set<string>();
  for (const m of s?.mentions ?? []) if (m.level) out.add(`${m.mineral}:${m.level}`);
  for (const c of s?.claims ?? []) if (c.object.impliedTarget?.endsWith('-level') && c.object.implied) out.add(`${c.object.impliedTarget.replace(/-level$/, '')}:${c.object.implied === 'up' ? 'high' : 'low'}`);
  return out;
}

/**
 * Any first term of a `distinct` pair or measure of an `indicators` entry, anywhere, in any case: the part of
 * findTerm's pattern that every match contains. Where it finds none, no distinct or indicator statement can be
 * judged, and those loops are skipped. Built once per list of facts (a fact base is not changed after createFactBase).
 */
const leadTerms = new WeakMap<FactDef[], { count: number; re: RegExp }>();
export function leadTermsOf(facts: FactBase): RegExp {
  const known = leadTerms.get(facts.facts);
  if (known && known.count === facts.facts.length) return known.re;
  const terms = facts.facts.filter((f) => !f.mixed).flatMap((f) => [...(f.distinct ?? []).flatMap((d) => d.first), ...(f.indicators ?? []).filter((x) => !x.reliable).flatMap((x) => x.measure)]);
  const re = new RegExp(`(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)'})`, 'iu');
  leadTerms.set(facts.facts, { count: facts.facts.length, re });
  return re;
}

/** Judge a sentence's statements about measures and causes; the first wrong one, if any. */
export function judgeStatements(s: AnalyzedSentence, prev: AnalyzedSentence | undefined, facts: FactBase): StatementVerdict | undefined {
  const text = s.text;
  const at = (a: number, b: number): Span => ({ start: s.start + a, end: s.start + b });
  const measured = leadTermsOf(facts).test(text);
  // The conditions this sentence and the one before name (read by the causes below).
  const named = conditionsOf(s);
  const namedBefore = conditionsOf(prev);
  for (const fact of factsWith(facts, 'distinct', 'indicators', 'causes')) {
    if (fact.mixed) continue;
    if (measured) for (const d of fact.distinct ?? []) {
      const a = findTerm(text, d.first);
      const b = a && findTerm(text, d.second);
      if (!a || !b || !EQUAL.test(text) || DENIAL.test(text)) continue;
      return { span: at(Math.min(a.start, b.start), Math.max(a.end, b.end)), fact, message: `Contradicts physiology: ${d.first[0]} and ${d.second[0]} are different measures, not the same.` };
    }
    if (measured) for (const x of fact.indicators ?? []) {
      if (x.reliable) continue;
      const m = findTerm(text, x.measure);
      // The conclusion is about the stores, drawn from the measure: "serum magnesium is normal, so stores are fine".
      const o = m && findTerm(text, x.of, m.end);
      if (!m || !o) continue;
      // A conclusion may itself deny ("there is no deficiency"): the denial test reads the rest.
      const rest = text.replace(CONCLUDES_ALL, ' ');
      if (DENIAL.test(rest) || CONCESSION.test(text)) continue;
      const readAsGuide = GUIDE.test(text) || GUIDE_WORDS.test(text) || (IN_RANGE.test(text) && CONCLUDES.test(text));
      if (!readAsGuide) continue;
      return { span: at(Math.min(m.start, o.start), Math.max(m.end, o.end)), fact, message: `Contradicts physiology: ${x.measure[0]} is not a reliable guide to ${x.of[0]}; a value in range does not rule out depletion.` };
    }
    for (const c of fact.causes ?? []) {
      const here = named.has(keyOf(c.condition));
      const before = !here && namedBefore.has(keyOf(c.condition)) && CONTINUES.test(text);
      if (!here && !before) continue;
      const found = minorCause(text, c.main, c.minor);
      if (!found) continue;
      // "Vitamin D toxicity almost always comes from supplements, and it causes hypercalcaemia": a share and cause
      // said before the condition is named belong to another noun. Read only a condition named before its cause, or
      // one the sentence continues from the one before ("Most cases are caused by …").
      const continued = namedBefore.has(keyOf(c.condition)) && CONTINUES.test(text.slice(0, found.start));
      if (found.shareFirst && here && !continued && !conditionBefore(s, c.condition, found.start)) continue;
      return {
        span: at(found.start, found.end),
        fact,
        message: `Contradicts physiology: most ${conditionName(c.condition, facts)} comes from ${c.main.slice(0, 2).join(' or ')}, not from ${found.text}.`,
      };
    }
  }
  return undefined;
}

/** A minor cause given the main share, in one clause, with no main cause or denial before it. */
function minorCause(text: string, main: string[], minor: string[]): { start: number; end: number; text: string; shareFirst: boolean } | undefined {
  if (SCOPED.test(text)) return undefined;
  let offset = 0;
  for (const clause of text.split(/[;:]|\s[—–]\s|,\s(?:but|while|whereas|although|though)\b/)) {
    const found = minorInClause(clause, main, minor);
    if (found) return { ...found, start: found.start + offset, end: found.end + offset };
    offset += clause.length + 1;
  }
  return undefined;
}

/** Does the sentence name the condition (a mention or an implied level) before `at` (sentence offsets)? */
function conditionBefore(s: AnalyzedSentence, condition: ConditionRef, at: number): boolean {
  const key = keyOf(condition);
  const mentioned = s.mentions.some((m) => m.level && `${m.mineral}:${m.level}` === key && m.start - s.start < at);
  return mentioned || s.claims.some((c) => c.object.implied && c.object.start - s.start < at && conditionsOf({ ...s, mentions: [], claims: [c] }).has(key));
}

function minorInClause(clause: string, main: string[], minor: string[]): { start: number; end: number; text: string; shareFirst: boolean } | undefined {
  if (/\b(?:not|never|rarely|seldom|uncommon|unusual|isn't|aren't|doesn't|myth|rather than|instead of)\b/i.test(clause)) return undefined;
  // "Most hypercalcaemia reflects eating too much dairy": share, then cause link, then the minor cause.
  for (const most of clause.matchAll(MOST)) {
    const rest = clause.slice(most.index + most[0].length);
    const link = CAUSE_AFTER.exec(rest);
    if (!link) continue;
    const from = most.index + most[0].length + link.index + link[0].length;
    const cause = findTerm(clause, minor, from);
    if (!cause) continue;
    const mainBefore = findTerm(clause, main, most.index);
    if (mainBefore && mainBefore.start < cause.start) return undefined;
    return { ...cause, shareFirst: true };
  }
  // "Dairy causes most cases of hypercalcaemia": the minor cause as the subject of a share.
  const cause = findTerm(clause, minor);
  // "Dairy is the commonest cause of hypercalcaemia": the minor cause named as the main one.
  if (cause && MAIN_CAUSE_NOUN.test(clause.slice(cause.end, cause.end + 60)) && !findTerm(clause.slice(0, cause.start), main)) return { ...cause, shareFirst: false };
  const verb = cause ? CAUSE_BEFORE.exec(clause.slice(cause.end)) : null;
  if (cause && verb && SHARE.test(clause.slice(cause.end + verb.index + verb[0].length)) && !findTerm(clause.slice(0, cause.start), main)) return { ...cause, shareFirst: false };
  return undefined;
}
