/**
 * The relation words compiled for matching: the built-in ones (relations.json) plus those a fact base's files add,
 * with a lookup by text and a scanner that finds them in a text (claims.ts and the shapes read sentences with it).
 */
import type { Lexicon, Scanner } from '../lexicon';
import { boundaryScanner, escapeRe, regexScanner, wordsAlternation } from '../lexicon';
import { BUILT_IN_RELATIONS, relationWords, type RelationFile, type RelationRole, type RelationWord } from './relations';
import { verbWords, type VerbGroup } from './verbs';
import { alternation } from './words';

/**
 * Relation words, from language/relations.ts (data: server/language/relations.json, plus the `relations` of
 * the user's fact files), compiled: a lookup by lower-case text and a scanner finding them in a text.
 * "cause-effect" words read the cause first ("calcium triggers release"), "effect-cause" words the effect
 * first ("tetany is typical of hypocalcaemia", "release depends on calcium").
 */
export interface RelationVocabulary {
  word(text: string): RelationWord | undefined;
  /** The relation words in a text, longest first where two start at one place; arrows and "=" between spaces too. */
  matches: Scanner;
  /** The same as one pattern (tests, and the fallback scanner). */
  re: RegExp;
}
const ARROW = '(?<=\\s)(?:→|->|⇒|=)(?=\\s)';
export function compileVocabulary(files: RelationFile[]): RelationVocabulary {
  const words = new Map(relationWords(files).map((w) => [w.text, w]));
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`\\b(?:${alternatives.join('|')})\\b|${ARROW}`, 'gi');
  return {
    word: (text) => words.get(text.toLowerCase()),
    // lexicon.ts boundaryScanner: the same matches as `re`, found faster (the words joined as a trie).
    matches: boundaryScanner(alternatives, '\\b', 'gi', wordsAlternation, { chars: '→-⇒=', pattern: new RegExp(ARROW, 'y') }) ?? regexScanner(re),
    re,
  };
}
let builtIn: RelationVocabulary | undefined;
/** The built-in relation words compiled, on first use: compiling them takes tens of milliseconds that server start-up need not pay. */
export function builtInVocabulary(): RelationVocabulary {
  return (builtIn ??= compileVocabulary([BUILT_IN_RELATIONS]));
}
const vocabularies = new WeakMap<Lexicon, RelationVocabulary>();
/** The relation words of a lexicon's fact base: the built-in ones, plus those its fact files add. */
export function vocabularyOf(lexicon: Lexicon): RelationVocabulary {
  if (!lexicon.relationFiles?.length) return builtInVocabulary();
  let v = vocabularies.get(lexicon);
  if (!v) vocabularies.set(lexicon, (v = compileVocabulary([BUILT_IN_RELATIONS, ...lexicon.relationFiles])));
  return v;
}
/** The matches of the built-in relation words (`builtInVocabulary().re`, found faster: lexicon.ts boundaryScanner, the same matches). */
export const verbMatches: Scanner = (text, first) => builtInVocabulary().matches(text, first);
export const hasRole = (vocab: RelationVocabulary, text: string, role: RelationRole): boolean => vocab.word(text)?.role === role;
/** Arrows, and particle verbs of PARTICLE_RE that raise ("sets fusion in motion", "switches release on"). */
const PARTICLE_UP = /^(?:→|->|⇒|=)$|^sets? |^(?:kicks?|kicked|fires?|fired) [a-z ]+ off$|^(?:switch(?:es)?|switched|turns?|turned) [a-z ]+ on$/i;
/** Is this verb text a cause-effect relation word that raises (or an arrow, or a raising particle verb)? */
export function isUp(vocab: RelationVocabulary, text: string): boolean {
  const w = vocab.word(text);
  return (w?.order === 'cause-effect' && w.direction === 'up') || PARTICLE_UP.test(text);
}
/** Is this verb text an effect-cause relation word ("caused by", "typical of", "when")? */
export const isBackward = (vocab: RelationVocabulary, text: string): boolean => vocab.word(text)?.order === 'effect-cause';

/**
 * Resultatives (relations.json `resultatives`, built-in only): verbs that relate through a result — "keeps the
 * channel closed", "leaves muscles slack". A result word of `down` after the object turns a raising verb into a
 * lowering one; `resultOnly` verbs relate only through such a result.
 */
export interface Resultatives {
  verbs: VerbGroup[];
  resultOnly: VerbGroup[];
  degrees: string[];
  down: string[];
}
const RESULTATIVES = (BUILT_IN_RELATIONS as RelationFile & { resultatives: Resultatives }).resultatives;
/** A resultative verb ("keeps", "leaving"), or an arrow. */
export const RESULTATIVE_VERB = new RegExp(`^(?:${alternation(verbWords(RESULTATIVES.verbs))}|→|->|⇒|=)$`, 'i');
/** A verb that relates only through a result ("holds the channel shut"). */
export const RESULT_ONLY = new RegExp(`^(?:${alternation(verbWords(RESULTATIVES.resultOnly))})$`, 'i');
/** After the object: a result that lowers ("closed", "much quieter", "in check"). */
export const RESULT_DOWN = new RegExp(`^\\s+(?:(?:${alternation(RESULTATIVES.degrees)})\\s+)?(?:${alternation(RESULTATIVES.down)})\\b`, 'i');
