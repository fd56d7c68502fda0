/**
 * A relation shape: one way a sentence states a relation between a mineral (or an agent) and a target, read by a
 * small module with an `extract` function. claims.ts reads relation words first ("calcium triggers release"),
 * then runs the shapes of the registry (shapes/index.ts) in `order`. Each shape module has examples and a fixture
 * file, test/fixtures/shapes/<id>.txt, checked by test/unit/shapes.test.ts.
 */
import type { Claim, ClaimContext } from '../claims';
import type { Direction } from '../facts/types';
import type { RelationVocabulary } from '../language/vocabulary';
import { CLAUSE_BREAK } from '../language/words';
import type { Lexicon, TargetMention } from '../lexicon';
import type { Mention, Sentence } from '../types';

/** What a shape reads: the sentence and what claims.ts found in it so far. Offsets are segment text offsets. */
export interface ShapeInput {
  /** The segment text; the sentence is text.slice(sentence.start, sentence.end) (= `s`). */
  text: string;
  sentence: Sentence;
  s: string;
  lexicon: Lexicon;
  ctx: ClaimContext;
  vocab: RelationVocabulary;
  /** Mentions that can be subjects (minerals, levels, agents). */
  subjects: Mention[];
  /** Targets that can be objects (plain targets and levelled mentions), by position. */
  objects: TargetMention[];
  /** Every target mention of the sentence. */
  targets: TargetMention[];
  /** Clause boundaries (segment offsets), sentence start and end included. */
  bounds: number[];
  /** The claims found so far (read only). */
  claims: readonly Claim[];
  /** Mineral mentions with a level, as objects ("… makes the ionised calcium fall"). */
  conditionObjects(): TargetMention[];
}

/** A relation shape (see the module comment). */
export interface RelationShape {
  /** Stable id; also the name of the fixture file. */
  id: string;
  /** Place in the registry: shapes run in ascending order. */
  order: number;
  /**
   * always: its claims are added; if-none: it runs only when nothing before it found a claim (a reading of last
   * resort); outright: it states the relation outright, so a claim of the same subject and target that was only
   * guessed from word order (`weak`) is replaced by it.
   */
  mode: 'always' | 'if-none' | 'outright';
  /** Sentences the shape reads (documentation; the fixture file holds the checked cases). */
  examples: string[];
  extract(input: ShapeInput): Claim[];
}

/** Collapse runs of white space (so that the small patterns below never meet two adjacent optional spaces). */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Words for how an effect changes, between it and "when": (up) or (down). */
export const CHANGE_WORD = /\b(?:(rises?|rose|grows?|grew|increases?|climbs?|jumps?|surges?|soars?|fuses?|occurs?|happens?|begins?|starts?|follows?|takes? place|resumes?|returns?|appears?|sets? in|kicks? in|comes?|is triggered|are triggered)|(falls?|fell|drops?|dropped|declines?|shrinks?|fades?|wanes?|dwindles?|stops?|ceases?|fails?|disappears?|vanishes?|is lost|are lost))\b/i;
/** Mentions that name something else: "calcium channel blockers", "calcium's effects", "calcium-sensing receptor". */
export const NOT_A_SUBJECT_AFTER = /^(?:['’]s\b|-?\s?(?:channel|channels|blockers?|antagonists?|sensors?|sensing|pumps?|atpases?|exchangers?|transporters?|binding proteins?|gluconate|carbonate|citrate|glycinate|bisglycinate|oxide|chloride|sulfate|sulphate|supplements?|pills?|tablets?|chews?|gummies|powder|story|question)\b)/i;

/** A claim of `subject` acting on `object` in `relation`, with the object's implied target and direction folded in. */
export function relate(subject: Mention, relation: Direction, verb: Claim['verb'], object: TargetMention, negated: boolean, hedged: boolean): Claim {
  const direction: Direction = object.implied ? (object.implied === 'up' ? relation : flip(relation)) : relation;
  return { subject, relation, verb, negated, hedged, object, target: object.impliedTarget ?? object.target, direction };
}

export function flip(d: Direction): Direction {
  return d === 'up' ? 'down' : 'up';
}


/** The next clause boundary (semicolon, colon, dash, contrast conjunction) after `from`, or `end`. */
export function nextBreak(text: string, from: number, end: number): number {
  const re = new RegExp(CLAUSE_BREAK.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < end ? m.index : end;
}

/** The last clause boundary before `to`, or `start`. */
export function prevBreak(text: string, to: number, start: number): number {
  let last = start;
  for (const m of text.slice(start, to).matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) last = start + m.index + m[0].length;
  return last;
}

/**
 * A claim in the compact notation of the shape fixtures: subject(level) direction target, with [negated, hedged,
 * weak, treatment:<stance>] when they apply — "calcium(low) up excitability", "magnesium down transmitter-release [hedged]".
 */
export function claimNotation(c: Claim): string {
  const subject = `${c.subject.mineral}${c.subject.level ? `(${c.subject.level})` : ''}`;
  const flags = [c.negated && 'negated', c.hedged && 'hedged', c.weak && 'weak', c.treatment && `treatment:${c.treatment.stance}`].filter(Boolean);
  return `${subject} ${c.direction} ${c.target}${flags.length ? ` [${flags.join(', ')}]` : ''}`;
}
