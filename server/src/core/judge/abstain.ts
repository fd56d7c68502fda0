/**
 * Abstention: an error finding (reversed-role, contradicted-claim) only where the reading of the sentence is
 * unambiguous. The claim model reads relations from word order; these checks look at the clause around a
 * claim it read and say why the reading is not certain enough to call the sentence wrong. When one says so,
 * the error rules stay silent (the uncited or vague finding, if any, still stands): a missed error costs
 * less than a false one.
 *
 * Two kinds of doubt:
 * - about the sentence (`sentenceDoubt`): it does not assert what it says — a hypothetical, a belief it
 *   reports, a clause it offers as a myth or mistake, an option of a multiple-choice question;
 * - about one claim (`claimDoubt`): it sits in a quotation; the subject read is not the verb's subject (the
 *   object of an earlier relation word, or a noun with a relative clause between); the negation denies a degree
 *   or a report ("not the main cause", "has not proven that") rather than the relation; a word changing the
 *   object's direction was left out of the reading; the subject is both antagonists at once, or only modifies
 *   another noun ("PTH resistance"); or the claim is the odd item of a list of signs the facts otherwise confirm.
 *
 * The English words these checks use are grammar, not physiology: they are data (server/language/doubt-words.json,
 * compiled by language/doubt.ts); a new wording of a doubt is a word in that file and a test in abstain.test.ts.
 */
import { verbMatches, WHEN_LIKE, type Claim } from '../claims';
import type { FactBase } from '../facts/factbase';
import { DOUBT } from '../language/doubt';
import type { AnalyzedSentence } from '../rules/rule';
import type { Verdict } from './relations';

/** Why an error finding is withheld. */
export type Doubt =
  | 'hypothetical'
  | 'reported-belief'
  | 'refuted'
  | 'answer-option'
  | 'modified-head'
  | 'carried'
  | 'excreted'
  | 'other-clause-object'
  | 'later-clause-verb'
  | 'quoted'
  | 'chained-object'
  | 'other-noun-clause'
  | 'negated-degree'
  | 'negated-report'
  | 'unread-modifier'
  | 'shortfall'
  | 'joint-antagonists'
  | 'odd-sign-out';

/**
 * The patterns the checks read: the words (doubt-words.json, compiled by language/doubt.ts) and, here, the marks
 * that are no words — option labels, quotation marks, clause punctuation.
 */
const WORDS = {
  ...DOUBT,
  /**
   * The label of a multiple-choice option after the previous sentence ("… ? B. …", "… . (c) …"), or opening the
   * sentence ("D) …"): in a paragraph of two or more options, each is offered, not asserted (a lone "(b) …" is
   * an answer).
   */
  answerOption: /(?:^|[.?!:]\s+)(?:[-*+]\s+)?(?:\(?[A-Ea-e]\)|[A-E]\.)\s+$/,
  answerOptionStart: /^(?:\(?[A-Ea-e]\)|[A-E]\.)\s/,
  answerOptions: /(?:^|[.?!:]\s+)(?:[-*+]\s+)?(?:\(?[A-Ea-e]\)|[A-E]\.)\s/g,
  /** Opening and closing quotation marks. */
  quotes: /[“"](?=\S)([^“”"]{8,}?)[”"]/g,
  /** Clause breaks before a subject. */
  clauseBreak: /[;:,.(]|\s[—–]\s/g,
  /** A semicolon, or a comma and a conjunction, that starts a coordinate clause. */
  coordinateBreak: /;|,\s+(?:and|but|while|whereas)\s/i,
};

/** Why the sentence as a whole does not assert what it says, if it does not. */
export function sentenceDoubt(s: AnalyzedSentence): Doubt | undefined {
  const t = s.text;
  if (WORDS.hypothetical.test(t) || WORDS.counterfactual.test(t)) return 'hypothetical';
  if (WORDS.reportedBelief.test(t)) return 'reported-belief';
  if (WORDS.refuted.test(t)) return 'refuted';
  const colon = t.indexOf(': ');
  if (colon > 0 && WORDS.refutedLead.test(t.slice(Math.max(0, colon - 60), colon))) return 'refuted';
  if ((WORDS.answerOptionStart.test(s.text) || optionLabelled(s.segment.text, s.start)) && optionList(s.segment.text)) return 'answer-option';
  return undefined;
}

/** Does the gap between a verb and its object hold the break of a new clause with a copula of its own ("…, and a drip of it is …")? */
function laterClause(gap: string): boolean {
  const brk = WORDS.coordinateBreak.exec(gap);
  return !!brk && WORDS.copula.test(gap.slice(brk.index + brk[0].length));
}

/** Does an option label of a multiple-choice question stand right before `pos` (segment offsets)? */
function optionLabelled(text: string, pos: number): boolean {
  return WORDS.answerOption.test(text.slice(Math.max(0, pos - 40), pos));
}

/** Does the paragraph hold two or more option labels (a list of options, not one lettered answer)? */
function optionList(text: string): boolean {
  return [...text.matchAll(WORDS.answerOptions)].length >= 2;
}

/** Is the span (segment offsets) inside a quotation of the sentence? */
function quoted(s: AnalyzedSentence, start: number, end: number): boolean {
  for (const m of s.text.matchAll(WORDS.quotes)) {
    const qs = s.start + m.index;
    const qe = qs + m[0].length;
    if (qs <= start && end <= qe) return true;
  }
  return false;
}

/** The start of the clause holding `pos`: after the last break of the sentence before it. */
function clauseStart(s: AnalyzedSentence, pos: number): number {
  const text = s.segment.text;
  let last = s.start;
  for (const m of text.slice(s.start, pos).matchAll(WORDS.clauseBreak)) last = s.start + m.index + m[0].length;
  return last;
}

/**
 * Why one claim of a sentence is not read with certainty, if it is not. `verdict` gives the judge's verdict on
 * any claim of the sentence (for a list of signs read item by item).
 */
export function claimDoubt(s: AnalyzedSentence, claim: Claim, verdict: (c: Claim) => Verdict, facts: FactBase): Doubt | undefined {
  const text = s.segment.text;
  const { subject, verb, object } = claim;
  const from = Math.min(subject.start, verb.start, object.start);
  const to = Math.max(subject.end, verb.end, object.end);
  if (quoted(s, from, to)) return 'quoted';
  // "… osteoclast activity. (c) Low magnesium raises blood calcium": an option inside a sentence as split.
  if (optionLabelled(text, from) && optionList(text)) return 'answer-option';
  const active = subject.end <= verb.start && !claim.treatment;
  if (active) {
    // "antibodies … prevent Ca²⁺ influx and therefore decrease release", "can suppress PTH secretion causing …":
    // a mention right after a relation word of its clause is that word's object, not the next verb's subject.
    // (Only for a relation word of the claim itself; a level word before the subject is part of it: "raise Ca".)
    const cs = clauseStart(s, subject.start);
    const lead = text.slice(cs, subject.start);
    const last = verbMatches(lead).pop();
    const isRelationWord = verbMatches(text.slice(verb.start, verb.end)).some((m) => m.index === 0);
    const levelWord = !!last && WORDS.levelVerb.test(last[0]) && facts.mineralById.has(subject.mineral) && !lead.slice(last.index + last[0].length).trim();
    if (
      last && isRelationWord && !subject.level && !levelWord &&
      !WHEN_LIKE.test(last[0]) && !WORDS.notObjectLead.test(last[0]) && lead[last.index - 1] !== '-' &&
      !WORDS.newClause.test(lead.slice(last.index + last[0].length)) && lead.slice(last.index + last[0].length).trim().split(/\s+/).length <= 4
    ) return 'chained-object';
    // "… deficient in magnesium, creating an imbalance that hinders relaxation": the verb belongs to a clause
    // about another noun (no copula makes that noun the subject, as in "magnesium is the mineral that …").
    const gap = text.slice(subject.end, verb.start);
    const rel = [...gap.matchAll(WORDS.relative)].pop();
    if (rel) {
      const head = gap.slice(0, rel.index);
      if (WORDS.determinerNoun.test(head) && !WORDS.copula.test(head)) return 'other-noun-clause';
    }
  }
  // "it is not the primary cause of tetany", "does not only trigger …": a denied degree is no denied relation.
  if (claim.negated) {
    // "Research has not proven that cramps are caused by …": the negation denies the report, not the relation.
    const lead = text.slice(s.start, verb.start);
    const neg = [...lead.matchAll(WORDS.negation)].pop();
    if (neg && WORDS.complement.test(lead.slice(neg.index + neg[0].length))) return 'negated-report';
    const around = text.slice(clauseStart(s, Math.min(subject.end, verb.start)), Math.max(verb.end, Math.min(object.start, verb.end + 40)));
    if (WORDS.negatedDegree.test(around)) return 'negated-degree';
  }
  // "calcium entry triggers release from the SR, so blocking it weakens the beat": a relation word after both the
  // subject and the object, past a clause break, belongs to a clause of its own.
  if (subject.end <= object.start && object.end > object.start && object.end <= verb.start && /[;:,(]|\s[—–]\s/.test(text.slice(object.end, verb.start))) return 'later-clause-verb';
  // "in alkalosis more calcium sticks to albumin": the bound share of the mineral, not its level.
  for (const m of [subject, object]) if (m.end > m.start && WORDS.carried.test(text.slice(m.end, m.end + 60))) return 'carried';
  // "… driven by low PTH output and end-organ PTH resistance": the agent only names what the head noun is about.
  if (!subject.level && WORDS.modifiedHead.test(text.slice(subject.end, subject.end + 20))) return 'modified-head';
  // "… is caused by poor PTH secretion": a level word before an agent read without one was left out of the reading.
  if (!subject.level && WORDS.agentLevel.test(text.slice(Math.max(s.start, subject.start - 20), subject.start))) return 'unread-modifier';
  // "symptoms | … decreased deep tendon reflexes": a direction word before an object with no direction of its
  // own was not part of the reading.
  // (A table row's claims pair a condition cell with the targets of other cells, guessing "up" for a target with
  // no direction of its own: the cell's words are out of sight, so such a guess is no reading.)
  const rowGuess = object.end === object.start && verb.start === subject.start && verb.text === subject.text;
  if (!object.implied && rowGuess) return 'unread-modifier';
  if (!object.implied && !claim.treatment && object.end > object.start) {
    const at = Math.max(s.start, object.start - 40);
    const lead = text.slice(at, object.start);
    const floor = verb.end <= object.start ? verb.end - at : 0;
    // The last three words before the object, after the verb.
    const near = [...lead.matchAll(/[\w-]+/g)].slice(-3).filter((w) => w.index >= floor).map((w) => w[0].toLowerCase());
    const against = claim.relation === 'up' ? WORDS.modifierDown : WORDS.modifierUp;
    if (near.some((w) => against.has(w) || WORDS.modifierUnknown.has(w))) return 'unread-modifier';
    // "magnesium keeps the rhythm steady, and a drip of it is the treatment for torsade": the object belongs to a
    // later clause with a verb of its own.
    if (verb.end <= object.start && laterClause(text.slice(verb.end, object.start))) return 'other-clause-object';
  }
  // "furosemide makes the kidneys pass more calcium (and more magnesium)": the amount lost, not the level.
  if (verb.end <= object.start) {
    const lead = text.slice(verb.end, object.start);
    if ([...lead.matchAll(/[\w-]+/g)].slice(-5).some((w) => WORDS.excretion.has(w[0].toLowerCase()))) return 'excreted';
  }
  // "the magnesium is too low to guard against seizures": the level falls short of the effect; no relation is said.
  if (subject.end <= verb.start && WORDS.shortfall.test(text.slice(subject.start, verb.start))) return 'shortfall';
  // "calcitonin pushes blood calcium down": a particle after the object turning the verb the other way was not read.
  if (!object.implied && object.end > object.start && verb.end <= object.start) {
    const next = /^[\s*_]*([\w-]+)/.exec(text.slice(object.end, object.end + 24));
    const written = claim.negated ? (claim.relation === 'up' ? 'down' : 'up') : claim.relation;
    const against = written === 'up' ? WORDS.particleDown : WORDS.particleUp;
    if (next && against.has(next[1].toLowerCase())) return 'unread-modifier';
    // "magnesium keeps the heartbeat regular": the verb holds the object in a state, it does not move it.
    if (next && WORDS.stateAfter.has(next[1].toLowerCase())) return 'unread-modifier';
  }
  // "calcium and magnesium spark the nervous system": both antagonists as one subject is no role of either.
  if (!subject.level && facts.mineralById.has(subject.mineral)) {
    const partner = s.claims.some((c) => {
      if (c === claim || c.verb.start !== verb.start || c.subject.level || c.subject.mineral === subject.mineral || !facts.mineralById.has(c.subject.mineral)) return false;
      const [a, b] = c.subject.start < subject.start ? [c.subject, subject] : [subject, c.subject];
      return WORDS.jointly.test(text.slice(a.end, b.start));
    });
    if (partner) return 'joint-antagonists';
  }
  // "Features of hypermagnesaemia include absent reflexes, facial paresthesias, weakness, flaccid paralysis":
  // a list of signs of one condition that the facts mostly confirm; the odd item is more likely a sign the
  // lexicon reads too narrowly than the writer's error.
  if (subject.level) {
    const list = s.claims.filter((c) => c.verb.start === verb.start && c.subject.start === subject.start && c.subject.level === subject.level);
    if (list.length >= 3) {
      const kinds = list.map((c) => verdict(c).kind);
      const right = kinds.filter((k) => k === 'consistent').length;
      const wrong = kinds.filter((k) => k === 'contradicted' || k === 'reversed').length;
      if (right >= 2 && right > wrong) return 'odd-sign-out';
    }
  }
  return undefined;
}
