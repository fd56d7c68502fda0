/**
 * What an editor would not ask a citation for, and what shows that a line states something at all.
 * Grammar and genre only (definitions, food lists, captions, sales talk, fragments without a verb);
 * nothing here knows physiology. Used by claims.ts to decide whether a sentence is a checkable claim.
 * The words of each genre are data (server/language/genres.json); this file holds how they are used.
 */
import { alternation } from './language/phrases';
import { GENRE_WORDS } from './language/lists';

const G = GENRE_WORDS;
/** `\b(?:templates)\b`, case-insensitive. */
const anywhere = (templates: string[]): RegExp => new RegExp(`\\b${alternation(templates)}\\b`, 'iu');

const D = G.definition;
const DEFINITION_VERB = new RegExp(`^(?:\\([^()]{1,40}\\)\\s+)?(?:${alternation(D.hedges)}\\s+)?${alternation(D.verbs)}\\b`, 'i');
const DEFINITION_GLOSS = new RegExp(
  `^(?:${alternation(D.termFor)}\\s+)?(?:${alternation(D.glossOpeners)}\\s+)?(?:${alternation(D.glossCompartments)}\\s+)?(?:${alternation(D.glossDegrees)}\\s+)?${alternation(D.glossHeads)}\\b`,
  'i',
);
const HYP = /hyp(?:o|er)/i;
/** A condition named and glossed: "Hypocalcaemia is the medical term for low blood calcium", "Hypomagnesaemia simply means low magnesium". */
function isDefinition(t: string): boolean {
  // One of the first words must start with "hypo" or "hyper" (below): no "hyp…" in the line, no definition.
  if (!HYP.test(t)) return false;
  const words = t.replace(/^[^\p{L}\p{N}]+/u, '').split(/\s+/);
  const i = words.slice(0, 3).findIndex((w) => /^(?:hypo|hyper)\p{L}/iu.test(w));
  if (i < 0) return false;
  const rest = words.slice(i + 1).join(' ');
  const verb = DEFINITION_VERB.exec(rest);
  if (!verb) return false;
  const gloss = rest.slice(verb[0].length).trim();
  return DEFINITION_GLOSS.test(gloss) && !/[,;:\d]/.test(gloss);
}
/** "The symbol for magnesium is Mg", "Mg is the chemical symbol of magnesium": naming, not physiology. */
const NAMING = anywhere(D.naming);
const I = G.instruction;
/** Instructions: a base verb opening the sentence (after an optional label or "just"), or after "If …,". */
const INSTRUCTION = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:\\p{L}+\\s?:\\s?)?(?:${alternation(I.softeners)}\\s+)?${alternation(I.verbs)}\\b(?!\\s+${alternation(I.notBefore)}\\b)`,
  'iu',
);
const IF_INSTRUCTION = new RegExp(
  `^\\W*${alternation(I.conditions)}\\b[^,]{0,120},\\s*(?:${alternation(I.conditionalSofteners)}\\s+)?${alternation(I.conditionalVerbs)}\\b`,
  'i',
);
const INSTRUCTION_PHRASE = anywhere(I.phrases);
const F = G.food;
/** Food lists and food content: "Good sources of magnesium include …", "Dairy and tofu are rich in calcium". */
const FOOD = [
  anywhere(F.phrases),
  new RegExp(`\\b${alternation(F.contentVerbs)}\\s+(?:${alternation(F.approximators)}\\s+)?\\d{1,5}(?:[.,]\\d{1,3})?\\s?${alternation(F.contentUnits)}(?![a-z])`, 'i'),
];
/** Advice to the reader: "it is wise to discuss …", "you can boost your intake …". */
const ADVICE = anywhere(G.advice.phrases);
/** Sales talk and fluff: superlatives about a product, enthusiasm, endorsements. */
const FLUFF = anywhere(G.fluff.phrases);
/** Captions, credits, product labels and navigation. */
const CAPTION = new RegExp(`^\\W*${alternation(G.caption.labels)}\\s*[:.|—–-]`, 'i');
/** Supplement forms and where they are sold: "Glycinate, citrate and oxide are the common forms on the shelf". */
const PRODUCT = new RegExp(`\\b${alternation(G.product.phrases)}`, 'i');
/** A title with a gloss after a colon: "Magnesium and sleep: what you need to know". */
const TITLE_GLOSS = new RegExp(`:\\s*${alternation(G.title.glosses)}\\b`, 'i');
/** Meta text ("in this guide", "listed below"), greetings, thanks and comment-thread talk. */
const META = anywhere(G.meta.phrases);
const SOCIAL_OPENER = new RegExp(`^[^\\p{L}\\p{N}]*${alternation(G.meta.openers)}\\b`, 'iu');
/** A quoted question inside a line ("a reader asks: "does calcium keep you awake?""). */
const QUESTION_TAIL = /^["”’»)\]]{0,3} ?(?:[-—–] ?\w{1,30}(?: \w{1,30})?)?[.!]?$/;
/** A line that ends in a quoted question, possibly with an attribution after it. */
function endsInQuestion(t: string): boolean {
  const q = t.lastIndexOf('?');
  return q >= 0 && t.length - q < 60 && QUESTION_TAIL.test(t.slice(q + 1).trim());
}

/** Genres that an appeal to evidence does not make a claim: "Here's what the experts say", "The NIH notes that it is wise to …". */
export const NEVER_A_CLAIM = new Set(['meta', 'advice']);

/** The reason a sentence is not a claim an editor would want cited, if it is one of those genres. */
export function nonClaimGenre(t: string): string | undefined {
  if (endsInQuestion(t)) return 'question';
  if (CAPTION.test(t)) return 'caption';
  if (META.test(t) || SOCIAL_OPENER.test(t)) return 'meta';
  if (INSTRUCTION.test(t) || IF_INSTRUCTION.test(t) || INSTRUCTION_PHRASE.test(t)) return 'instruction';
  // A fill-in-the-blank item ("Magnesium is a major ___ cation") asks the reader; it states nothing.
  if (/_{3,}/.test(t)) return 'quiz';
  if (ADVICE.test(t)) return 'advice';
  if (FLUFF.test(t)) return 'fluff';
  if (isDefinition(t) || NAMING.test(t)) return 'definition';
  if (FOOD.some((re) => re.test(t))) return 'food';
  if (PRODUCT.test(t)) return 'product';
  if (!/[.!?;…]["'”’)\]]*$/.test(t) && TITLE_GLOSS.test(t)) return 'title';
  return undefined;
}

/** Words that are never a finite verb of the clause. */
const FUNCTION_WORD = new Set(
  'the a an and or but nor of in on at by for to from with without into onto over under between among across through via per as than that this these those its their his her our your my is are was were be been being has have had its it they them there here which who whom whose what when where while because since so such also only just very much more most less least each every any some all both either neither other another same own no not its'.split(' '),
);
/** Suffixes of nouns and adjectives that end in "s" or "ed" and are never a finite verb here. */
const NOT_VERB = /(?:ss|us|is|ous|ics|ness|sis|itis|ions|ments|ances|ences|ities|ists|cytes|blasts|als|ants|ors|days|ways|years|times|ms)$/i;
/** Plural nouns that follow a mineral name as a compound ("calcium pills", "magnesium tables"). */
const COMPOUND_NOUN = /^(?:tables|charts|pills|tablets|capsules|chews|salts|sources|foods|products|brands|needs|requirements|intakes|values|results|tests|labs|readings|sensors|pumps|blockers|signals|sparks|waves|currents|transients|spikes|flows|fluxes|gradients|baths|drips|infusions|injections|doses|dosages|levels|forms|types|kinds|facts|myths|questions|answers|tips|notes|guides|basics|effects|benefits|roles|jobs|functions|deficits|shortages|sites|binds|bonds|atoms|compounds|waters|drinks|shots|sprays|oils|flakes|creams|lotions|soaks|rules|ranges|units|limits)$/;
/** An adverb between a subject and its verb ("Hypercalcaemia often brings …"). */
const ADVERB = /^(?:\p{L}+ly|often|also|usually|typically|frequently|rarely|always|never|sometimes|still|only|mainly|mostly|largely|then|in\s+turn|even|really|actually|generally|normally|already|soon|quickly|slowly)$/iu;

/**
 * Does the sentence have a finite verb right after its subject? Looks at the word after each given
 * subject end (a mineral mention, possibly followed by "ions", "levels", "depletion" …), past an adverb:
 * "Mg depletion prolongs …", "Magnesium takes part …", "Calcium ions stabilise …", "The body stores about …".
 */
export function verbAfterSubject(t: string, subjectEnds: number[]): boolean {
  for (const end of subjectEnds) {
    const rest = t.slice(end).replace(/^[²⁺+\d()]*/, '');
    const m = /^\s+(?:(?:ions?|levels?|concentrations?|deficiency|depletion|intake|status|stores?|content|excess|loss|influx|entry|toxicity|supplementation|supplements?|homeostasis|balance|signalling|signaling|channels?|uptake|absorption|excretion)\s+)?((?:[\p{L}-]+\s+)?)([\p{L}-]+)\b(\s+\S+)?/iu.exec(rest);
    if (!m) continue;
    let adverb = m[1].trim();
    let word = m[2];
    if (adverb && !ADVERB.test(adverb)) {
      // No adverb: the first word is the candidate.
      word = adverb;
      adverb = '';
    }
    const w = word.toLowerCase();
    if (FUNCTION_WORD.has(w) || w.length < 3) continue;
    // A plural head takes the base form: "Calcium ions stabilise the membrane", "Magnesium stores fall in …".
    const plural = /^\s+(?:ions|levels|concentrations|stores|channels|supplements)\s/i.test(rest);
    if (plural && !adverb && /^[a-z]+$/.test(w) && !/(?:ly|ing)$/.test(w) && /^\s+(?:the|a|an|its|their|this|these|most|many|all|in|into|during|when|after|before|by|with)\b/i.test(m[3] ?? '')) return true;
    // "magnesium tables", "calcium pills": a plural noun after the mineral, not a verb (unless an adverb came first).
    if (/^[a-z]+(?:s|es)$/.test(w) && !NOT_VERB.test(w) && (adverb || !COMPOUND_NOUN.test(w))) return true;
    if (/^[a-z]+ed$/.test(w) && !/^(?:need|feed|seed|bleed|speed|breed|red|bed|shed)$/.test(w) && !NOT_VERB.test(w)) return true;
  }
  return false;
}

/** "The body stores about …", "depletion prolongs the …": a word in -s or -ed right before a determiner or an amount. */
const VERB_BEFORE_DETERMINER = /\b(?<![-'’])([a-z]{3,}(?:s|ed))\s+(?:the|a|an|its|their|this|these|roughly|nearly|almost|half|most|up|about\s+\d+|around\s+\d+|over\s+\d+|\d+)(?![\p{L}\p{N}])/gu;
/** Auxiliaries and modals, also negated. */
const AUXILIARY = /\b(?:should|cannot|can['’]t|won['’]t|doesn['’]t|don['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t)\b/i;

/** The last word of a text (letters and charge marks), lower-cased. */
function lastWord(t: string): string | undefined {
  let end = t.length;
  while (end > 0 && /\s/.test(t[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}²⁺+]/u.test(t[start - 1])) start--;
  return start < end ? t.slice(start, end).toLowerCase() : undefined;
}

/** A finite verb anywhere (heuristic): after a subject, or before a determiner or an amount. */
export function hasFiniteVerb(t: string, subjectEnds: number[]): boolean {
  if (AUXILIARY.test(t) || verbAfterSubject(t, subjectEnds)) return true;
  for (const m of t.matchAll(VERB_BEFORE_DETERMINER)) {
    const w = m[1].toLowerCase();
    if (FUNCTION_WORD.has(w) || NOT_VERB.test(w)) continue;
    // The previous word must be able to end a subject (not a determiner or preposition).
    const prev = lastWord(t.slice(0, m.index));
    if (!prev || (FUNCTION_WORD.has(prev) && !['it', 'they', 'this', 'that', 'these', 'which', 'who'].includes(prev))) continue;
    return true;
  }
  return false;
}
