/**
 * Level words — what makes a mineral mention a low or a high level ("low magnesium", "calcium deficiency",
 * "serum calcium rises above normal") and a target lost ("absent reflexes") — as data
 * (`server/language/level-words.json`, schema `server/language/schema/level-words.schema.json`), compiled into the
 * patterns lexicon.ts and claims.ts apply around each mention. Lists are in priority order; verbs are listed by lemma
 * (verbs.ts makes their forms).
 */
import data from '../../../language/level-words.json';
import { verbWords, type VerbGroup } from './verbs';
import { alternation } from './words';

/** The words that set a level on one side. */
interface LevelSide {
  /** Words right after the mineral that make it this level ("-free"). */
  suffixes?: string[];
  /** Before the mineral ("low", "a lack of", "too much"). */
  before: string[];
  /** Words that may stand between those and the mineral ("low serum calcium"). */
  places: string[];
  /** Nouns after the mineral ("deficiency", "toxicity"). */
  afterNouns: string[];
  /** Verbs linking the mineral to a predicate ("is", "runs", "which are"). */
  linking: string[];
  predicates: string[];
  /** Words that may stand before a change verb ("can", "may": "calcium can build up"). */
  auxiliaries?: string[];
  /** Verbs of change after the mineral ("falls", "goes up"). */
  afterVerbs: string[];
  /** "(is) below normal", "(rises) above the normal range". */
  beyondNormal: { linking: string[]; word: string };
  /** Participles after "is/are/was/were" ("is added", "was infused"). */
  added?: string[];
}

/** The level-word lists (level-words.json). */
export interface LevelWords {
  low: LevelSide;
  high: LevelSide;
  /** Verbs that set the level of the mineral after them ("raising calcium", "removing magnesium"), by lemma. */
  changeVerbs: { up: VerbGroup[]; down: VerbGroup[] };
  /** Words that make an agent low: before it ("a lack of (circulating) PTH") or after it ("vitamin D deficiency"). */
  agentLow: { before: string[]; places: string[]; after: string[] };
  /** A mineral carried away: "pumping magnesium out", "SERCA pumps (the) calcium back". */
  removal: { verbs: VerbGroup[]; backVerbs: VerbGroup[]; backModifiers: string[] };
  /** A mineral arriving: "when (extracellular) calcium rushes into …". */
  arrival: { before: string[]; places: string[]; verbs: VerbGroup[]; particles: string[] };
  lost: { before: string[]; modifiers: string[] };
}

export const LEVEL_WORDS = data as LevelWords;

/** `\b(word) (modifier )*` at the end of a text: words before a mention (`extra`: a pattern that counts as one more word). */
const beforePattern = (words: string[], modifiers: string[], extra?: string): RegExp =>
  new RegExp(`\\b(?:${extra ? `${extra}|` : ''}${alternation(words)})\\s+(?:(?:${alternation(modifiers)})\\s+)*$`, 'i');

/** An amount above which an intake is high: "taking more than 350 mg of (supplemental) magnesium" (a number, so a pattern). */
const MORE_THAN_AMOUNT = String.raw`(?:taking|takes?|took|doses? of) more than \d[\d,.]*(?:\s?[-–]\s?\d[\d,.]*)? ?(?:mg|milligrams|g|grams) of(?: (?:supplemental|oral|extra))?`;

/** The words after a mention that give it this level, anchored at the start of the text after it. */
function afterPattern(side: LevelSide): RegExp {
  const branches = [
    ...(side.suffixes?.length ? [`(?:${alternation(side.suffixes)})\\b`] : []),
    `(?:\\s+(?:ions?|levels?|concentrations?|status))?\\s+(?:${alternation(side.afterNouns)})\\b`,
    `(?:\\s+(?:levels?|concentrations?))?\\s+(?:(?:${alternation(side.linking)})\\s+)(?:${alternation(side.predicates)})\\b`,
    ...(side.added?.length ? [`\\s+(?:is|are|was|were)\\s+(?:${alternation(side.added)})\\b`] : []),
    `\\s+(?:levels?\\s+)?${side.auxiliaries?.length ? `(?:(?:${alternation(side.auxiliaries)})\\s+)?` : ''}(?:${alternation(side.afterVerbs)})\\b`,
    `\\s+(?:levels?\\s+)?(?:(?:${alternation(side.beyondNormal.linking)})\\s+)?${side.beyondNormal.word} (?:the )?normal(?: range)?\\b`,
  ];
  return new RegExp(`^(?:${branches.join('|')})`, 'i');
}

/** Before a mineral: a low level ("not enough magnesium", "low serum calcium"). */
export const LOW_BEFORE = beforePattern(LEVEL_WORDS.low.before, LEVEL_WORDS.low.places);
/** Before a mineral: a high level ("too much calcium", "elevated blood magnesium"). */
export const HIGH_BEFORE = beforePattern(LEVEL_WORDS.high.before, LEVEL_WORDS.high.places, MORE_THAN_AMOUNT);
/** After a mineral: a low level ("magnesium deficiency", "calcium levels fall", "magnesium-free"). */
export const LOW_AFTER = afterPattern(LEVEL_WORDS.low);
/** After a mineral: a high level ("calcium toxicity", "magnesium is added", "calcium rises above normal"). */
export const HIGH_AFTER = afterPattern(LEVEL_WORDS.high);
/** Before a target: words naming it as absent or lost (adjectives and nouns only, never a verb of the claim). */
export const LOST_BEFORE = beforePattern(LEVEL_WORDS.lost.before, LEVEL_WORDS.lost.modifiers);

const CHANGE = `\\b(?:(${alternation(verbWords(LEVEL_WORDS.changeVerbs.up))})|(${alternation(verbWords(LEVEL_WORDS.changeVerbs.down))}))\\s+`;
/** A verb setting the level of what follows, at the end of a text: group 1 raises ("raising "), group 2 lowers ("removing "). */
export const LEVEL_LEAD = new RegExp(`${CHANGE}$`, 'i');
/** The same verb before a pronoun: "raising it", "lowering them" (groups as LEVEL_LEAD). Global. */
export const LEVELLED_PRONOUN = new RegExp(`${CHANGE}(?:it|them)\\b`, 'gi');
/** Before an agent: a low level ("a lack of circulating PTH", "without vitamin D"). */
export const AGENT_LOW_BEFORE = beforePattern(LEVEL_WORDS.agentLow.before, LEVEL_WORDS.agentLow.places);
/** After an agent: a low level ("PTH deficiency"). */
export const AGENT_LOW_AFTER = new RegExp(`^\\s+(?:${alternation(LEVEL_WORDS.agentLow.after)})\\b`, 'i');

const RM = LEVEL_WORDS.removal;
/** Before a mineral carried away (with "out" or "back" after it): "pumping ", "took ". */
export const REMOVAL_BEFORE = new RegExp(`\\b(?:${alternation(verbWords(RM.verbs))})\\s+$`, 'i');
/** "SERCA pumps (that) calcium back": a pump or uptake verb whose object is carried back into a store. */
export const PUMP_BACK = new RegExp(`\\b(?:${alternation(verbWords(RM.backVerbs))})\\s+(?:(?:${alternation(RM.backModifiers)})\\s+)?$`, 'i');
const AR = LEVEL_WORDS.arrival;
/** A temporal clause in which the mineral arrives: "when calcium rushes into …", "as extracellular Ca²⁺ enters …". */
export const ARRIVING_BEFORE = beforePattern(AR.before, AR.places);
/** After the mineral: its arrival ("rushes into", "enters"). */
export const ARRIVING_AFTER = new RegExp(`^(?:\\s+ions?)?\\s+(?:${alternation(verbWords(AR.verbs))})(?:\\s+(?:back\\s+)?(?:${alternation(AR.particles)}))?\\b`, 'i');
