/**
 * Doubt words — what makes the reading of a sentence too uncertain for an error finding: a hypothetical ("suppose"),
 * a reported belief ("many people think"), a refuted idea ("it's a myth that"), a negated degree ("not the main
 * cause"), a direction word the claim left unread ("decreased reflexes") … — as data
 * (`server/language/doubt-words.json`, schema `server/language/schema/doubt-words.schema.json`), compiled once into
 * the patterns judge/abstain.ts applies (`DOUBT`, one pattern a check, named as in abstain.ts). Verbs are listed by
 * lemma (language/verbs.ts makes their forms); the grammar around the words (which word may stand between, what
 * must follow) is the pattern here, the words are the data.
 */
import data from '../../../language/doubt-words.json';
import { verbWords, type VerbGroup } from './verbs';
import { alternation } from './words';

/** The doubt-word lists (doubt-words.json). */
export interface DoubtWords {
  /** Words that suppose rather than assert ("imagine", "what if"). */
  hypothetical: string[];
  /** A condition opening the sentence, then a modal of the unreal in its main clause ("If …, … would …"). */
  counterfactual: { conditions: string[]; modals: string[] };
  /** A belief reported, not held: "<holder> (word) <verb>", "is widely believed", "a common belief", a fixed phrase. */
  reportedBelief: {
    holders: string[];
    verbs: VerbGroup[];
    passiveAdverbs: string[];
    passiveVerbs: VerbGroup[];
    beliefAdjectives: string[];
    beliefNouns: string[];
    phrases: string[];
  };
  /** A clause offered as a mistake: "the <noun> that", "<copula> (a) <noun>"; `leads` name one before a colon. */
  refuted: { thatNouns: string[]; copulas: string[]; mistakeNouns: string[]; leads: string[] };
  /** Level words right before an agent ("poor PTH secretion"). */
  agentLevel: string[];
  /** A mineral bound to a carrier right after its mention ("sticks to albumin"): the bound share, not its level. */
  carried: { verbs: VerbGroup[]; carriers: string[] };
  /** Verbs of losing a mineral right before the object ("pass more calcium"): the amount lost, not the level. */
  excretion: VerbGroup[];
  /** Head nouns after an agent that make it their modifier ("PTH resistance"). */
  modifiedHeads: string[];
  /** "<negation> (<between>)* <degree>": the denial is of the degree, not of the relation. */
  negatedDegree: { negations: string[]; between: string[]; degrees: string[] };
  /** "<negation> (up to two words) <report> <complementizer>": a denied report ("not proven that"). */
  negatedReport: { negations: string[]; reports: string[]; reportVerbs: VerbGroup[]; complementizers: string[] };
  /** Words that give what follows them a direction: up ("exaggerated"), down ("decreased"), or unknown ("altered"). */
  modifiers: { up: string[]; down: string[]; unknown: string[] };
  /** Right before a relation word: a level that falls short of the effect ("too low to"). */
  shortfall: string[];
  /** A state right after the object ("keeps the heartbeat regular"): held there, not moved. */
  statesAfter: string[];
  /** Words right after an object that turn the verb up ("pushes calcium up") or down ("… down"). */
  particlesAfter: { up: string[]; down: string[] };
  /** A relative clause ("a channel that …"), unless a copula makes its noun the subject ("is the mineral that"). */
  relativeClause: { pronouns: string[]; notAfter: string[]; copulas: string[]; determiners: string[] };
  /** Between two subjects that act together ("calcium and magnesium"). */
  jointly: string[];
  /** Relation words whose following mention is not their object (conjunctions, causatives, verbs of a clause). */
  notObjectLead: { phrases: string[]; verbs: VerbGroup[] };
  /** Verbs that set the level of the mineral right after them ("raise Ca"). */
  levelVerbs: VerbGroup[];
  /** Words that start a new clause or predicate. */
  newClause: string[];
}

export const DOUBT_WORDS = data as DoubtWords;

const D = DOUBT_WORDS;
const alt = (words: string[]): string => `(?:${alternation(words)})`;
/**
 * `alt`, with the phrases that share a first word joined behind it ("the primary", "the main" → "the (?:primary|main)"):
 * the same matches, and no backtracking over the shared word.
 */
function altByFirstWord(words: string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const space = w.indexOf(' ');
    const key = space < 0 ? `=${w}` : w.slice(0, space);
    groups.set(key, [...(groups.get(key) ?? []), space < 0 ? w : w.slice(space + 1)]);
  }
  const parts = [...groups].map(([key, rests]) => (key.startsWith('=') ? alternation([key.slice(1)]) : `${alternation([key])} ${alt(rests)}`));
  return `(?:${parts.join('|')})`;
}
const B = D.reportedBelief;
const N = D.negatedReport;
const R = D.relativeClause;

/** The compiled patterns of abstain.ts, one per check (`g`: use with matchAll). */
export const DOUBT = {
  hypothetical: new RegExp(`\\b${alt(D.hypothetical)}\\b`, 'i'),
  counterfactual: new RegExp(`^\\W*${alt(D.counterfactual.conditions)}\\s[^,;:.]+,[^;:]*?\\b${alt(D.counterfactual.modals)}\\b`, 'i'),
  reportedBelief: new RegExp(
    `\\b(?:${alt(B.holders)}\\s+(?:\\w+\\s+)?${alt(verbWords(B.verbs))}|(?:is|are)\\s+${alt(B.passiveAdverbs)}\\s+${alt(verbWords(B.passiveVerbs))}|(?:a|the)\\s+${alt(B.beliefAdjectives)}\\s+${alt(B.beliefNouns)}|${alternation(B.phrases)})\\b`,
    'i',
  ),
  refuted: new RegExp(`\\b(?:the ${alt(D.refuted.thatNouns)} that|${alt(D.refuted.copulas)} (?:an? )?${alt(D.refuted.mistakeNouns)})\\b`, 'i'),
  refutedLead: new RegExp(`\\b${alt(D.refuted.leads)}\\b`, 'i'),
  agentLevel: new RegExp(`\\b${alt(D.agentLevel)}\\s+$`, 'i'),
  carried: new RegExp(`^\\s+(?:is\\s+|are\\s+|gets?\\s+)?${alt(verbWords(D.carried.verbs))}\\s+(?:on\\s*)?to\\s+(?:the\\s+|its\\s+)?${alt(D.carried.carriers)}\\b`, 'i'),
  excretion: new Set(verbWords(D.excretion)),
  modifiedHead: new RegExp(`^[\\s-]*${alt(D.modifiedHeads)}\\b`, 'i'),
  negatedDegree: new RegExp(`\\b${alt(D.negatedDegree.negations)}\\s+(?:${alt(D.negatedDegree.between)}\\s+)*${altByFirstWord(D.negatedDegree.degrees)}\\b`, 'i'),
  negation: new RegExp(`\\b${alt(N.negations)}\\b`, 'gi'),
  complement: new RegExp(`^\\s+(?:\\w+\\s+){0,2}?${alt([...N.reports, ...verbWords(N.reportVerbs)])}\\s+${alt(N.complementizers)}\\s`, 'i'),
  modifierUp: new Set(D.modifiers.up),
  modifierDown: new Set(D.modifiers.down),
  modifierUnknown: new Set(D.modifiers.unknown),
  shortfall: new RegExp(`\\b${alt(D.shortfall)}\\s*$`, 'i'),
  stateAfter: new Set(D.statesAfter),
  particleUp: new Set(D.particlesAfter.up),
  particleDown: new Set(D.particlesAfter.down),
  relative: new RegExp(`\\b(?<!${R.notAfter.map((w) => `\\b${alternation([w])} `).join('|')})${alt(R.pronouns)}\\s`, 'gi'),
  copula: new RegExp(`\\b${alt(R.copulas)}\\b`, 'i'),
  determinerNoun: new RegExp(`\\b${alt(R.determiners)}\\s+[\\w-]+`, 'i'),
  jointly: new RegExp(`^\\s*(?:,\\s*)?${alt(D.jointly)}\\s*$`, 'i'),
  notObjectLead: new RegExp(`^${alt([...D.notObjectLead.phrases, ...verbWords(D.notObjectLead.verbs)])}$`, 'i'),
  levelVerb: new RegExp(`^${alt(verbWords(D.levelVerbs))}$`, 'i'),
  newClause: new RegExp(`\\b${alt(D.newClause)}\\b`, 'i'),
};
