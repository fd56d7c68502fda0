/**
 * Claim cues — the words claims.ts reads to tell a claim from other text: instructions ("take it with food"), first
 * person and case reports ("my doctor", "a 54-year-old patient"), sales talk, meta text, methods, opinions, quiz
 * prompts, reported or refuted speech, and the words that signal a statement at all ("is", "regulates") — as data
 * (`claimCues` of `server/language/genres.json`, schema `server/language/schema/genres.schema.json`), compiled once
 * here. Unlike the genre templates (phrases.ts), a cue is plain text: a space matches one space, `{a|b}` lists
 * alternatives (`{a|}` makes them optional), an apostrophe matches only itself. Verbs may be listed by lemma (verbs.ts).
 */
import { GENRE_WORDS } from './lists';
import { verbWords } from './verbs';
import { alternation } from './words';

/** The regex source of one cue: literal text, `{a|b}` groups as `(?:a|b)`, `{a|}` as `(?:a)?`. */
function cueSource(cue: string): string {
  return cue
    .split(/(\{[^{}]*\})/)
    .filter(Boolean)
    .map((part) => {
      if (!part.startsWith('{')) return alternation([part]);
      const alts = part.slice(1, -1).split('|');
      const group = `(?:${alternation(alts.filter(Boolean))})`;
      return alts.includes('') ? `${group}?` : group;
    })
    .join('');
}
/** `cue1|cue2|…`. */
const alts = (list: string[]): string => list.map(cueSource).join('|');
/** `(?:cue1|cue2|…)`. */
const cues = (list: string[]): string => `(?:${alts(list)})`;
/** The same, a space matching any run of white space ("blood vessels", "blood\nvessels"). */
const spaced = (list: string[]): string => `(?:${list.map((c) => cueSource(c).replace(/ /g, '\\s+')).join('|')})`;
/** A word with either case of its first letter ("we" → "[Ww]e"), for a case-sensitive pattern. */
const capitalisable = (w: string): string => `[${w[0].toUpperCase()}${w[0]}]${alternation([w.slice(1)])}`;

const C = GENRE_WORDS.claimCues;

/** An instruction opening the sentence: "Take it with food", "Always check the level". */
export const IMPERATIVE = new RegExp(`^\\W*(?:${cues(C.imperative.softeners)}\\s+)?${cues(C.imperative.verbs)}\\b(?!:)`, 'i');
/** A conditional instruction: "If …, give …", "In patients with …, replete magnesium first". */
export const CONDITIONAL_INSTRUCTION = new RegExp(
  `^\\W*(?:\\w[\\w.]*\\s+){0,3}?${cues(C.conditionalInstruction.conditions)}\\b[^,:]*[,:]\\s*${cues(C.conditionalInstruction.verbs)}\\b(?!\\s+of\\b)`,
  'i',
);
const P = C.firstPerson;
/** First person, a personal opener ("We …", "Her …", not "Our body …"), a "we" of a text, or a quotation's speaker. Case-sensitive. */
export const FIRST_PERSON = new RegExp(
  [
    `\\b${cues(P.pronouns)}\\b`,
    `^\\W*(?:${[...P.openers.map(capitalisable), ...P.possessiveOpeners.map((w) => `${capitalisable(w)}(?!\\s+(?:own\\s+)?${cues(P.possessiveNotBefore)}\\b)`)].join('|')})\\b(?!\\s+${cues(P.notAfterOpener)})`,
    `\\b[Ww]e ${cues(P.weVerbs)}\\b`,
    `["”],? ${cues(P.quoteVerbs)}\\b`,
  ].join('|'),
);
/** A reason clause ("because …") that may carry a claim of its own. Global. */
export const REASON = new RegExp(`\\b${cues(C.reasons)}\\b`, 'g');
/** Sales talk: a trademark sign, "our" not before a body word, "buy now", "gummies". */
export const MARKETING = new RegExp(`[™®]|\\b(?:our(?!\\s+(?:own\\s+)?${spaced(C.marketing.ourNotBefore)})|${alts(C.marketing.phrases)})\\b`, 'i');
/** Meta text: "this article", "see below", "table 2". */
export const META = new RegExp(`\\b(?:${alts(C.meta.phrases)}|${cues(C.meta.numbered)} \\d)\\b`, 'i');
const K = C.caseData;
const TREATED = `(?:was|were) ${cues(verbWords(K.treatments))}`;
/** A case report: "a 54-year-old", "patient was given …", "3 of 12 patients". */
export const CASE_DATA = new RegExp(
  `\\b(?:\\d+-year-old|${alts(K.phrases)}|${TREATED} ${cues(K.treatmentTimes)}|${TREATED}\\.?$)|\\b\\d+ (?:of|out of) \\d+ (?:[\\w-]+ ){0,3}?${cues(K.countNouns)}\\b`,
  'i',
);
const M = C.methods;
/** Methods of a study: "Calcium values were analysed separately". */
export const METHODS = new RegExp(`\\b${cues(M.nouns)}\\s+(?:were|was)\\s+(?:${M.adverbs.map((a) => `${cueSource(a)}\\s+`).join('|')})?${cues(M.verbs)}\\b`, 'i');
/** Opinions, motions and news ledes: "overrated", "new insights into". */
export const OPINION = new RegExp(`\\b${cues(C.opinion)}\\b`, 'i');
/** Quiz prompts opening a line: "True or false:", "T/F", "Myth or fact" (a slash may have a space either side). */
export const QUIZ = new RegExp(`^(?:\\**\\s*)?(?:${C.quiz.map((q) => cueSource(q).replace(/\//g, '\\s?\\/\\s?')).join('|')})\\b`, 'i');
/** Reported or refuted speech: "a common mistake", "some sites claim", "debunked". */
export const REPORTED = new RegExp(`\\b(?:${alts(C.reported.phrases)}|${C.reported.stems.map((s) => `${cueSource(s)}\\w*`).join('|')})\\b`, 'i');
/** Words that give a lab line a reference ("normal", "between"). */
export const RANGE_WORDS = new RegExp(`\\b${cues(C.rangeWords)}\\b`, 'i');
/** Words that signal a statement ("is", "regulates", "mmol/L"). */
export const CLAIM_SIGNAL = new RegExp(`\\b${cues([...C.claimSignals.words, ...verbWords(C.claimSignals.verbs)])}\\b`, 'i');
