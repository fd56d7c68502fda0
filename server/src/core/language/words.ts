/**
 * Function words — negation, hedges, clause breaks, contrast, citation leads, pronouns — in one place: the lists are data
 * (`server/language/function-words.json`, schema `server/language/schema/function-words.schema.json`), and this
 * module compiles them into the patterns the claim engine uses. Other modules (nonclaim, citations, rules) can
 * read the same lists through `FUNCTION_WORDS` or the patterns below instead of keeping their own.
 */
import data from '../../../language/function-words.json';

/** The function-word lists (function-words.json). */
export interface FunctionWords {
  negation: { words: string[]; notNegatingBefore: Record<string, string[]>; predicate: string[]; failure: string[] };
  hedges: { words: string[]; stems: string[] };
  clauseBreaks: {
    afterComma: string[];
    betweenSpaces: string[];
    notBreakingBefore: Record<string, string[]>;
    temporal: string[];
    temporalNotAfter: string[];
    temporalBefore: string[];
  };
  contrast: { between: string[]; rejectedAfter: string[]; before: string[]; beforeModifiers: string[] };
  citationLeads: string[];
  pronouns: { personal: string[]; demonstrative: string[]; anaphoricNouns: string[]; event: string[]; eventAuxiliaries: string[] };
  labels: { lead: string[]; listLead: string[] };
  /** Words before a mention that decide its role (object, actor, bearer of a condition, fronted condition). */
  mentionRoles: {
    objectPrepositions: string[];
    objectModifiers: string[];
    headNouns: string[];
    bearers: string[];
    conditionModifiers: string[];
    frontedLeads: string[];
  };
}

export const FUNCTION_WORDS = data as FunctionWords;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `w1|w2|…` in the list's order (the order decides which word matches where two could). */
export const alternation = (words: string[]): string => words.map(escape).join('|');
/**
 * `alternation`, each word followed by a guard against the words that cancel it: "not" but not "not enough"
 * (`wordEnd`: the cancelling word must end there, as in "not enough", not "not enoughness").
 */
function guarded(words: string[], exceptions: Record<string, string[]>, wordEnd: boolean): string {
  return words
    .map((w) => {
      const after = exceptions[w];
      return after ? `${escape(w)}(?!${after.map((a) => ` ${escape(a)}${wordEnd ? '\\b' : ''}`).join('|')})` : escape(w);
    })
    .join('|');
}

const W = FUNCTION_WORDS;

/** A negation word ("not", "never", "fails to"; not "not enough"). Global: use with matchAll, or reset lastIndex. */
export const NEGATION_WORD = new RegExp(`\\b(?:${guarded(W.negation.words, W.negation.notNegatingBefore, true)})\\b`, 'gi');
/** A negation that starts a predicate ("the channel no longer shows …"). */
export const NEGATION_AHEAD = new RegExp(`\\b(?:${alternation(W.negation.predicate)})\\b`, 'i');
/** Words saying a treatment fails ("does not correct it", "fails to"). */
export const FAIL_WORDS = new RegExp(`\\b(?:${alternation(W.negation.failure)})\\b`, 'i');
/** A hedge ("may", "is thought to", "hypothesised"). */
export const HEDGE = new RegExp(`\\b(?:${[alternation(W.hedges.words), ...W.hedges.stems.map((s) => `${escape(s)}\\w*`)].join('|')})\\b`, 'i');

const CB = W.clauseBreaks;
/** Clause boundaries: semicolons, colons, dashes, and conjunctions that start a new clause. Global. */
export const CLAUSE_BREAK = new RegExp(
  [
    '[;:]',
    '\\s[—–]\\s',
    `,\\s(?:${guarded(CB.afterComma, CB.notBreakingBefore, false)})\\b(?!,)`,
    `\\s(?:${guarded(CB.betweenSpaces, CB.notBreakingBefore, false)})\\s`,
    `(?<!${alternation(CB.temporalNotAfter)})\\s(?:${alternation(CB.temporal)})\\s(?=(?:${alternation(CB.temporalBefore)})\\s)`,
    '\\.\\s',
  ].join('|'),
  'g',
);

/** A contrast between two parts of a sentence ("while", "but", "not", or a semicolon). */
export const CONTRAST_BETWEEN = new RegExp(`\\b(?:${alternation(W.contrast.between)})\\b|;`, 'i');
/** The rejected side of a contrast after a verb ("rather than", "but not"). */
export const REJECTED_AFTER_VERB = new RegExp(`\\b(?:${alternation(W.contrast.rejectedAfter)})\\b`, 'i');
/** A contrast right before a mention: "not (the) calcium", "rather than magnesium". */
export const CONTRASTED = new RegExp(`(?:${W.contrast.before.map((w) => `\\b${escape(w)}`).join('|')})\\s+(?:(?:${alternation(W.contrast.beforeModifiers)})\\s+)?$`, 'i');

/** A pronoun that may stand for a mineral: "it", "they", "this influx", "such a rise" (group 1). Global. */
export const PRONOUN = new RegExp(
  `\\b((?:${alternation(W.pronouns.personal)})\\b|(?:${alternation(W.pronouns.demonstrative)})\\s+(?:\\w+\\s+)?(?:${alternation(W.pronouns.anaphoricNouns)})\\b)`,
  'gi',
);

/** A bare demonstrative and the words after it (checked word by word in `eventPronoun`, so the pattern stays linear). */
const EVENT_LEAD = new RegExp(`^[\\s*_]*(${alternation(W.pronouns.event)})((?:\\s+\\p{L}+)*)\\s*$`, 'iu');
const EVENT_FILLERS = new Set(W.pronouns.eventAuxiliaries.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
const EVENT_FILLER_PHRASES = new RegExp(`\\b(?:${alternation(W.pronouns.eventAuxiliaries.filter((w) => w.includes(' ')))})\\b`, 'gi');

/**
 * A bare demonstrative as the subject of a sentence, before its verb: "This can ", "These often ", "This in turn
 * paradoxically " (`before` is the whole text before the verb): its word and offset, else undefined. It stands for what
 * the sentence before said.
 */
export function eventPronoun(before: string): { word: string; index: number } | undefined {
  const m = EVENT_LEAD.exec(before);
  if (!m) return undefined;
  const rest = m[2].replace(EVENT_FILLER_PHRASES, ' ').trim();
  const words = rest ? rest.toLowerCase().split(/\s+/) : [];
  if (!words.every((w) => EVENT_FILLERS.has(w) || (w.length > 4 && w.endsWith('ly')))) return undefined;
  return { word: m[1], index: m[0].indexOf(m[1]) };
}

/** A negation word within 40 characters before the verb, with no comma or semicolon in between. */
export function negatedBefore(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(NEGATION_WORD)) last = m.index + m[0].length;
  if (last < 0) return false;
  const gap = before.slice(last);
  return gap.length <= 40 && !/[,;]/.test(gap);
}

/** Words opening a citation without naming its author, at the start of a text ("see ", "e.g., ", "As "): citerefs.ts skips them. */
export const CITATION_LEAD = new RegExp(`^(?:(?:${alternation(W.citationLeads)}),?\\s+)+`, 'i');

const MR = W.mentionRoles;
/** Words before a mention that make it an object, not a subject ("competes with calcium"). */
export const OBJECT_BEFORE = new RegExp(`\\b(?:${alternation(MR.objectPrepositions)})\\s+(?:(?:${alternation(MR.objectModifiers)})\\s+)?$`, 'i');
/** Nouns whose "of" phrase carries the acting mineral: "entry of Mg²⁺", "the arrival of Ca²⁺". */
export const HEAD_OF = new RegExp(`\\b(?:${alternation(MR.headNouns)})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** People who have a condition stand for it: "patients with hypercalcaemia develop …", "people with low magnesium". */
export const BEARER_WITH = new RegExp(`\\b(?:${alternation(MR.bearers)})\\s+with\\s+(?:(?:${alternation(MR.conditionModifiers)})\\s+)?$`, 'i');
/** A condition fronted at the start of a sentence: "With hypercalcaemia, patients …", "In hypomagnesaemia, …" (no \\b: the caller checks the letter before). */
export const FRONTED_LEAD = new RegExp(`(?:${alternation(MR.frontedLeads)})\\s(?:(?:${alternation(MR.conditionModifiers)})\\s)?$`, 'i');
