/**
 * The reading of a claim as the checker understood it — subject, relation with its direction, object,
 * polarity — for the data of an error finding (the CLI's JSON `claim`, the hover's "Read as: …"), and
 * messages that say what the sentence claims and what is true in the writer's own words.
 */
import type { Claim } from '../claims';
import type { FactBase } from '../facts/factbase';
import type { Direction } from '../facts/types';
import { agentName, targetName } from './describe';

/** A claim as read: JSON-serialisable (finding data). */
export interface ClaimReading {
  /** The subject in the writer's words ("Parathyroid hormone", "elevated calcium", "it"). */
  subject: string;
  /** The mineral or agent id the subject stands for ("pth", "calcium"). */
  subjectId: string;
  /** The subject's level, when it is a mineral at a level ("high" for hypercalcaemia). */
  level?: 'high' | 'low';
  /** The relation word(s) as written ("lowers", "is responsible for"). */
  verb: string;
  /** The direction of the relation as read, after negation: "up" (drives, raises) or "down" (blocks, lowers). */
  relation: Direction;
  /** The object in the writer's words ("blood calcium", "tetany"). */
  object: string;
  /** The fact base's target the claim is finally about, and the direction the claim gives it. */
  target: string;
  direction: Direction;
  /** "affirmed", or "negated" when the sentence denies the relation ("does not cause"). */
  polarity: 'affirmed' | 'negated';
  /** The sentence hedges it ("may", "is thought to"). */
  hedged: boolean;
}

/** The written words of a span of the segment text, with white space folded. */
const words = (text: string, start: number, end: number): string => text.slice(start, end).replace(/\s+/g, ' ').trim();

/** The reading of a claim; `text` is the segment text its offsets point into. */
export function readingOf(claim: Claim, text: string, facts: FactBase): ClaimReading {
  const subject = words(text, claim.subject.start, claim.subject.end) || claim.subject.text;
  const object = (claim.object.end > claim.object.start ? words(text, claim.object.start, claim.object.end) : '') || claim.object.text || targetName(claim.object.target, facts);
  return {
    subject,
    subjectId: claim.subject.mineral,
    ...(claim.subject.level ? { level: claim.subject.level } : {}),
    verb: claim.verb.text.replace(/\s+/g, ' ').trim(),
    relation: claim.relation,
    object,
    target: claim.target,
    direction: claim.direction,
    polarity: claim.negated ? 'negated' : 'affirmed',
    hedged: claim.hedged,
  };
}

/** Does the subject, as written, name a level of its own ("low calcium") or only the mineral ("calcium")? */
function subjectPhrase(r: ClaimReading, facts: FactBase): string {
  const name = agentName(r.subjectId, facts);
  // A pronoun or a name that does not say what it stands for: name it too ("it (low magnesium)").
  const plain = r.subject.toLowerCase();
  const m = facts.mineralById.get(r.subjectId);
  const says = plain.includes(name.toLowerCase()) || !!m?.names.some((n) => plain.includes(n)) || !!m && [...m.conditions.high, ...m.conditions.low].some((c) => plain.includes(c)) || /[A-Z]{2,}|\p{Lu}\p{Ll}+ \p{Ll}+/u.test(r.subject);
  if (says) return r.subject;
  return `${r.subject} (${r.level ? `${r.level} ` : ''}${name})`;
}

/** "drives" / "blocks" for a role; "raises" / "lowers" for a level or a mineral at a level. */
function relationWord(r: ClaimReading, d: Direction): string {
  const quantity = !!r.level || /-level$|excitab|threshold/.test(r.target);
  if (quantity) return d === 'up' ? 'raises' : 'lowers';
  return d === 'up' ? 'drives' : 'blocks';
}

/** "Read as: magnesium → drives → muscle contraction" (the arrows carry the relation as read). */
export function describeReading(r: ClaimReading, facts: FactBase): string {
  const word = relationWord(r, r.polarity === 'negated' ? (r.relation === 'up' ? 'down' : 'up') : r.relation);
  const rel = r.polarity === 'negated' ? `does not ${word.replace(/s$/, '')}` : word;
  return `${subjectPhrase(r, facts)} → ${rel} → ${r.object}`;
}

/**
 * What the sentence claims and what is true, in its own words. For an object with no direction of its own
 * (a level, a process): "Parathyroid hormone raises blood calcium; it does not lower it." For a sign (tetany,
 * weakness), the fact and the sentence's own words: "high calcium lowers neuronal excitability, so
 * “Hypercalcaemia causes tetany” is the wrong way round." `fact` describes the contradicting effect or role;
 * `text` is the segment text of the claim's offsets.
 */
export function contradictionMessage(claim: Claim, r: ClaimReading, fact: string, text: string, facts: FactBase): string {
  const subject = subjectPhrase(r, facts);
  const Subject = subject[0].toUpperCase() + subject.slice(1);
  const asserted = r.relation; // after negation: what the sentence says the subject does to the object
  const base = (d: Direction) => relationWord(r, d).replace(/s$/, '');
  if (!claim.object.implied) {
    const right = asserted === 'up' ? 'down' : 'up';
    // An object that opened the sentence ("Heart muscle contraction does not depend on …") reads mid-sentence here.
    const object = /^\p{Lu}\p{Ll}/u.test(r.object) ? r.object[0].toLowerCase() + r.object.slice(1) : r.object;
    if (claim.negated) return `Contradicts physiology: ${Subject} does ${base(right)} ${object} (${fact}).`;
    return `Contradicts physiology: ${Subject} ${relationWord(r, right)} ${object}; it does not ${base(asserted)} it.`;
  }
  const spans = [claim.subject, claim.verb, claim.object].filter((x) => x.end > x.start);
  const quote = words(text, Math.min(...spans.map((x) => x.start)), Math.max(...spans.map((x) => x.end)));
  const said = quote.length <= 100 ? `“${quote}”` : 'the sentence';
  return `Contradicts physiology: ${fact}, so ${said} ${claim.negated ? 'denies what is true' : 'is the wrong way round'}.`;
}
