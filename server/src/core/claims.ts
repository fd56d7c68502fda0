/**
 * The claim model: what a sentence says about a mineral. For each relation word of a clause, the
 * subject (a mineral, possibly at a low/high level, or an agent the fact base knows such as a hormone),
 * the relation (up / down, with negation and hedging) and the targets it acts on. Rules compare these
 * with the fact base; nothing here knows which claims are true.
 *
 * The words are data (server/language: relation words, function words). This module reads sentences through
 * their relation words; the other ways a sentence states a relation are shapes, small modules of the registry
 * in ./shapes (comparatives, copulas, compounds, conditions, labels, treatments, binding and position), run
 * after the relation words.
 */
import type { Direction } from './facts/types';
import { BUILT_IN_RELATIONS, relationWords } from './language/relations';
import { hasRole, isBackward, isUp, RESULT_DOWN, RESULT_ONLY, RESULTATIVE_VERB, verbMatches, vocabularyOf, type RelationVocabulary } from './language/vocabulary';
import { SHAPES } from './shapes';
import { CHANGE_WORD, flip, NOT_A_SUBJECT_AFTER, relate, squash, type ShapeInput } from './shapes/shape';
import { CLAUSE_BREAK, CONTRASTED, eventPronoun, HEDGE, NEGATION_AHEAD, PRONOUN, REJECTED_AFTER_VERB, negatedBefore, BEARER_WITH, FRONTED_LEAD, HEAD_OF, OBJECT_BEFORE } from './language/words';
import { CASE_DATA, CLAIM_SIGNAL, CONDITIONAL_INSTRUCTION, FIRST_PERSON, IMPERATIVE, MARKETING, META, METHODS, OPINION, QUIZ, RANGE_WORDS, REASON, REPORTED } from './language/cues';
import { AGENT_LOW_AFTER, AGENT_LOW_BEFORE, LEVEL_LEAD, LEVELLED_PRONOUN } from './language/levels';
import { escapeRe, type Lexicon, type Scanner, type TargetMention } from './lexicon';
import { hasFiniteVerb, NEVER_A_CLAIM, nonClaimGenre } from './nonclaim';
import type { Mention, Sentence, Span } from './types';

export { verbMatches } from './language/vocabulary';

/** One claim: subject → relation → object. Spans are segment text offsets. */
export interface Claim {
  /** The subject: a mineral mention, or an agent (e.g. PTH) whose `mineral` field holds the agent's target id. */
  subject: Mention;
  /** Direction of the relation as written (after negation). */
  relation: Direction;
  /** The relation word(s). */
  verb: Span & { text: string };
  negated: boolean;
  hedged: boolean;
  object: TargetMention;
  /** Target the claim is finally about (the object's implied target folded in). */
  target: string;
  /** Direction the claim asserts for `target`. */
  direction: Direction;
  /**
   * The relation was inferred from word order ("magnesium sits in NMDA channels", "X is the go-to for Y"),
   * not read from a relation word: such a claim is judged only when its object names a direction itself
   * (tetany, sedation, hyperexcitability), never on a guessed "up".
   */
  weak?: boolean;
  /**
   * A treatment claim: the subject is given for (use), kept from (avoid) or said to fail in (fails) the
   * condition(s) named in the sentence or the one before ("give IV calcium for torsade", "calcium alone
   * corrects it"). `conditions` holds keys "target:<id>" and "<mineral>:<level>".
   */
  treatment?: { stance: 'use' | 'avoid' | 'fails'; alone: boolean; conditions: string[]; directed: boolean };
}

/** What a sentence claims. */
export interface SentenceClaims {
  /** A checkable factual statement about a mineral (needs a citation). */
  factual: boolean;
  /** Its claims may be judged against the facts (not a question, not reported or refuted speech). */
  checkable: boolean;
  claims: Claim[];
}

/** Context for extraction: the previous sentence (anaphora) and list items that continue the sentence. */
export interface ClaimContext {
  prev?: Sentence & { claims?: Claim[] };
  /** Targets found in list items that continue this sentence ("… typically develop:" + list), in their own text. */
  continuation?: TargetMention[];
}

/** Particle verbs with the object inside: "shuts release down" (down), "sets fusion in motion" (up). Kept apart from the relation-word pattern so both stay linear. */
const PARTICLE_RE = /\b(?:sets? [a-z]+(?: [a-z]+)? in motion|(?:shuts?|damps?|tamps?|dials?|turns?) [a-z]+(?: [a-z]+)? down|(?:holds?|held) [a-z]+(?: [a-z]+)? back|reins? [a-z]+(?: [a-z]+)? in|(?:shuts?|switch(?:es)?|turns?) [a-z]+(?: [a-z]+)? off|(?:kicks?|kicked|fires?|fired) [a-z]+(?: [a-z]+)? off|(?:switch(?:es)?|switched|turns?|turned) [a-z]+(?: [a-z]+)? on|(?:brings?|brought|grinds?|ground) [a-z]+(?: [a-z]+)? to a (?:halt|stop|standstill))\b/gi;
/** A particle verb with a pronoun inside: "holds it back", "switches them on". */
const PARTICLE_PRONOUN = /^[a-z]+ (?:it|them) [a-z ]+$/i;
/** Between a dependence verb and its mineral: a few words, none naming a ratio or a pair. */
const DEPENDENCE_GAP = /^(?!.*\b(?:ratio|balance|between|interplay|both|and|or)\b)\s+(?:[\w-]+\s+){0,6}\[?$/i;
/** Between "helps" and its effect: at most two words, none a preposition or a regulating verb. */
const HELP_GAP = /^(?!.*\b(?:in|with|for|against|to|on|regulate|control|maintain|keep|balance|support|manage|prevent|reduce|ease)\b)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** Temporal conjunctions whose clause is the cause and whose main clause's verb gives the direction (relation words of role "when"). */
export const WHEN_LIKE = new RegExp(`^(?:${relationWords([BUILT_IN_RELATIONS]).filter((w) => w.role === 'when').map((w) => escapeRe(w.text)).join('|')})$`, 'i');
/** Words saying the cause is needed for the effect ("is required for"; relation words of role "requirement"). */
export const REQUIREMENT_LIKE = new RegExp(`^(?:${relationWords([BUILT_IN_RELATIONS]).filter((w) => w.role === 'requirement').map((w) => escapeRe(w.text)).join('|')})$`, 'i');
/**
 * Dependence ("depends on", "increases with", "is increased by"): only the first mineral after the word is the cause
 * ("depends on the ratio of calcium to magnesium" names none alone). A verb in a passive split by a line break
 * ("is increased⏎by") counts as its passive word.
 */
const isDependence = (vocab: RelationVocabulary, text: string): boolean => hasRole(vocab, text, 'dependence') || hasRole(vocab, `${text} by`, 'dependence');
const CAUSAL_GAP = /^\s+(?:(?:happens?|occurs?|takes? place|is possible|are possible|works?|starts?|begins?|develops?|appears?|arises?|sets? in|only|all|largely|mainly|partly|mostly|in part|can|may|will|is|are)\s+)*$/i;
/** A generic noun object that refers back to a target named earlier in the sentence ("it plugs the channel"). */
const GENERIC_OBJECT = /^\s+(?:(?:the|this|that|its|each)\s+(?:channel|pore|receptor|block|release|liberation|secretion|fusion|output|process|signal|rhythm|response|messenger|current)s?|it(?!\s+(?:is|was|to|has)\b)|them)\b/i;
/** "the block is (readily) relieved by …": a generic block as the patient of a passive verb. */
const GENERIC_PATIENT = /\b(?:the|this|that|its|such a)\s+(?:block|blockade)\s+(?:(?:is|are|was|were|gets?|got|can|could|may|might|be|been|then|easily|readily|partly|fully|largely|completely)\s+){1,3}$/i;
const PARTICIPLE_VERB = /^[a-z]+ing$/i;
/** Between a verb and a later target: a conjunction, then a negation that starts a predicate of its own
 * ("potentiates the responses, and in Mg-free solution the channel no longer shows voltage dependence"). */
const JOINING_COMMA = /,\s*(?:and|or)\s/i;
function newNegatedPredicate(gap: string): boolean {
  const j = JOINING_COMMA.exec(gap);
  return !!j && NEGATION_AHEAD.test(gap.slice(j.index + j[0].length));
}


/** Level modifiers that make a mention an object measure ("blood calcium"). */
const LEVEL_WORDS_AFTER = /^\s+(?:levels?|concentrations?)\b/i;

/** A plural noun of effects or signs before "including" (the list that follows names them). */
const LIST_HEAD = /\b(?:effects|symptoms|problems|issues|complications|responses|signs|reactions|disturbances|abnormalities|changes)[\s,]+$/i;

/** Extract the claims of a sentence. */
export function extractClaims(sentence: Sentence, lexicon: Lexicon, ctx: ClaimContext = {}): SentenceClaims {
  const text = sentence.segment.text;
  const vocab = vocabularyOf(lexicon);
  const s = text.slice(sentence.start, sentence.end);
  const kind = sentence.segment.kind;
  const claims: Claim[] = [];
  const targets = lexicon.findTargets(s, sentence.start);
  const acting = sentence.mentions.filter((m) => !NOT_A_SUBJECT_AFTER.test(text.slice(m.end, m.end + 24)) || m.condition);
  // An appeal to evidence ("according to research", "studies show") presents what follows as a fact.
  const attributed = sentence.citations.some((c) => c.kind === 'vague');
  const factual =
    !sentence.segment.tableHeader &&
    isFactual(s, kind, sentence.mentions.length > 0, targets.length > 0 || attributed, acting.map((m) => m.start - sentence.start), isTitleLike(sentence) && !ctx.continuation && !attributed, vocab.matches) &&
    isClaimGenre(s, attributed);
  const checkable = isCheckable(s, kind);
  if (!sentence.mentions.length && !targets.length) return { factual, checkable, claims };
  const subjects = subjectCandidates(sentence, targets, lexicon);
  const levelled = conditionObjects(sentence, lexicon);
  // "ionised calcium rises": the levelled mention, with its direction, stands for the plain level target it overlaps.
  const plain = targets.filter((t) => !lexicon.isAgent(t.target) && !levelled.some((l) => l.implied && l.target === t.target && l.start < t.end && t.start < l.end));
  const objects = [...plain, ...levelled].sort((a, b) => a.start - b.start);
  // Clause boundaries in segment offsets.
  const bounds = [sentence.start];
  // A colon that closes the sentence introduces its list: no new clause ("… often develop:" + list items).
  for (const m of s.matchAll(CLAUSE_BREAK)) if (!/^:\s*$/.test(s.slice(m.index))) bounds.push(sentence.start + m.index);
  bounds.push(sentence.end);
  let lastSubject: Mention[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const cs = bounds[i];
    const ce = bounds[i + 1];
    const clause = text.slice(cs, ce);
    const verbs = [...vocab.matches(clause), ...clause.matchAll(PARTICLE_RE)]
      .map((m) => ({ start: cs + m.index, end: cs + m.index + m[0].length, text: m[0] }))
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((v, i, all) => !all.slice(0, i).some((u) => u.start <= v.start && v.end <= u.end))
      // The head noun of a target term is no verb: "the magnesium block works by …", "the Mg plug".
      .filter((v) => !targets.some((t) => t.start < v.start && v.end <= t.end && t.end - v.end <= 2))
      // "as opposed to" is a contrast, not the verb "oppose".
      .filter((v) => !(/^opposed$/i.test(v.text) && /\bas\s+$/i.test(text.slice(Math.max(0, v.start - 4), v.start))))
      // A verb inside a sign ("depressed reflexes", "fire spontaneously") is part of the sign, not a relation.
      .filter((v) => !targets.some((t) => t.implied && t.start <= v.start && v.end <= t.end && t.end - t.start > v.end - v.start))
      // "side effects including twitching": a list of the effects just named, which stay the earlier verb's objects.
      .filter((v) => !(/^including$/i.test(v.text) && LIST_HEAD.test(text.slice(Math.max(cs, v.start - 40), v.start))))
      // A verb form after an article is a noun ("the block is lifted", "a rise in calcium"), not a relation.
      .filter((v) => v.text.includes(' ') || !/\b(?:the|a|an|its|their)\s+$/i.test(text.slice(Math.max(cs, v.start - 8), v.start)))
      // A level word inside a mention is no relation of its own ("Raising extracellular calcium makes …", "impaired PTH secretion").
      .filter((v) => ![...sentence.mentions, ...subjects].some((m) => m.level && !m.condition && m.start <= v.start && v.end <= m.end && !m.text.toLowerCase().includes(v.text.toLowerCase())));
    for (let v = 0; v < verbs.length; v++) {
      const verb = verbs[v];
      const nextVerb = verbs[v + 1]?.start ?? ce;
      const before = text.slice(cs, verb.start);
      const backward = isBackward(vocab, verb.text);
      const passive = backward || (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/i.test(before) && /^\s+by\b/i.test(text.slice(verb.end, ce)));
      let subj: Mention[];
      let objs: TargetMention[];
      let blockNoun = false;
      if (passive) {
        // The causes follow the verb, up to the next relation word ("strongest at A and weakest when B").
        // A cause on the rejected side of a contrast is none: "a sign of hypocalcaemia, not (of) hypercalcaemia".
        subj = subjects.filter((m) => m.start >= verb.end && m.end <= ce && m.start < Math.max(nextVerb, verb.end) && (!WHEN_LIKE.test(verb.text) || m.start - verb.end < 12) && !CONTRASTED.test(text.slice(verb.end, m.start))).slice(0, 2);
        // "depends on calcium", "climbs with the fourth power of extracellular magnesium": the one mineral right after.
        if (isDependence(vocab, verb.text)) subj = subj.slice(0, 1).filter((m) => DEPENDENCE_GAP.test(text.slice(verb.end, m.start)));
        // The patient of a passive is the noun phrase before it, not the object of an earlier verb of the clause:
        // "Magnesium blocks transmission, and the block is counteracted by calcium" (the block, not transmission).
        const prevEnd = verbs[v - 1]?.end ?? cs;
        const joined = v > 0 ? [...text.slice(prevEnd, verb.start).matchAll(/(?:,\s*|\s)(?:and|or)\s/gi)].pop() : undefined;
        const patientFrom = joined ? prevEnd + joined.index + joined[0].length : cs;
        objs = objects.filter((t) => t.start >= patientFrom && t.end <= verb.start);
        // "tetany and cramps, which are signs of hypocalcaemia": the relative pronoun stands for the targets just before it.
        if (!objs.length && /^,\s*which\s/i.test(clause) && i > 0) {
          const head = text.slice(bounds[i - 1], cs);
          const lastVerb = vocab.matches(head).pop();
          const from = bounds[i - 1] + (lastVerb ? lastVerb.index + lastVerb[0].length : 0);
          objs = objects.filter((t) => t.start >= from && t.end <= cs);
        }
        const blockPatient = !objs.length && GENERIC_PATIENT.test(before) ? [...claims, ...(ctx.prev?.claims ?? [])].find((c) => c.relation === 'down' && !c.negated && !c.subject.level) : undefined;
        if (blockPatient) {
          objs = [{ ...blockPatient.object, start: verb.start, end: verb.start }];
          blockNoun = true;
        }
        // "tetany develops because of …", "each heartbeat happens thanks to …" relate; "stays regular thanks to …" does not.
        if (hasRole(vocab, verb.text, 'causal') && objs.length && !CAUSAL_GAP.test(text.slice(objs[objs.length - 1].end, verb.start))) objs = [];
        // "Signs of hypercalcaemia include tetany": the effects follow the condition.
        if (!objs.length && subj.length && hasRole(vocab, verb.text, 'sign')) {
          const tail = subj[subj.length - 1].end;
          const link = /^\s*(?:\([^)]*\)\s*)?(?:typically\s+|usually\s+|often\s+|commonly\s+)?(?:include|includes|included|including|are|were|comprise|involve|consist of)\b/i.exec(text.slice(tail, ce));
          if (link) objs = objects.filter((t) => t.start >= tail + link[0].length && t.end <= ce);
        }
      } else {
        const prevVerbEnd = verbs[v - 1]?.end ?? cs;
        subj = nearestSubjects(text, subjects.filter((m) => m.start >= cs && m.end <= verb.start), prevVerbEnd, v > 0);
        // "hypocalcaemia suppresses PTH and so produces …": the object of the first verb is not the second's subject.
        if (v > 0 && lastSubject.length && subj.length && subj[0].start >= prevVerbEnd && COORDINATED_VP.test(squash(text.slice(subj[subj.length - 1].end, verb.start)))) subj = lastSubject;
        // A participle clause after a comma ("Alkalosis shifts calcium off albumin, increasing …") has the sentence's subject.
        if (PARTICIPLE_VERB.test(verb.text) && /,\s*(?:thereby\s+|thus\s+|so\s+)?$/i.test(before)) {
          const first = subjects.filter((m) => m.start >= sentence.start && m.end <= verb.start && !OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start))).slice(0, 1);
          if (lastSubject.length) subj = lastSubject;
          else if (first.length) subj = first;
        }
        // A relative clause takes the noun just before it ("acidosis, which pulls calcium onto albumin"); after the
        // clause closes with a comma, the next verb is the main clause's ("Low magnesium, which lowers PTH, causes …").
        if (/^,\s*which\s/i.test(clause)) {
          const antecedent = subjects.filter((m) => m.end <= cs && m.start >= sentence.start && /^[\s*_)\]]*$/.test(text.slice(m.end, cs))).pop();
          const closed = v > 0 && /,/.test(text.slice(verbs[v - 1].end, verb.start));
          if (antecedent && (closed || (!subj.length && v === 0))) subj = [antecedent];
        }
        if (!subj.length) {
          subj = resolveAnaphora(before, sentence, ctx.prev, cs);
          // "…; raising it lowers excitability, although it increases release": a pronoun that continues the
          // sentence stands for the previous clause's subject, with its level.
          const previous = lastSubject[0];
          const own = subj.length === 1 && LEVEL_LEAD.test(text.slice(Math.max(0, subj[0].start - 14), subj[0].start));
          // An earlier "raising it" in this sentence sets the level the later pronoun continues.
          let earlier: RegExpExecArray | undefined;
          for (const m of text.slice(sentence.start, subj[0]?.start ?? sentence.start).matchAll(LEVELLED_PRONOUN)) earlier = m as RegExpExecArray;
          if (subj.length === 1 && !own && earlier) {
            subj = [{ ...subj[0], level: earlier[1] ? 'high' : 'low', condition: undefined }];
          } else if (subj.length === 1 && !own && previous && previous.mineral === subj[0].mineral) {
            subj = [{ ...subj[0], level: previous.level, condition: previous.condition }];
          }
        }
        // Coordinated verb phrase: "They compete with calcium … and can block …" keeps the earlier subject.
        if (!subj.length && lastSubject.length && sameSubjectVP(before)) subj = lastSubject;
        // A coordinated clause with its own subject and verb ends the objects: "… produce tetany, and
        // hypercalcaemia and hypermagnesaemia both depress …".
        const cut = coordinatedClauseStart(text, verb.end, nextVerb, sentence.mentions);
        objs = objects.filter((t) => t.start >= verb.start && !newNegatedPredicate(text.slice(verb.end, t.start)) && !(t.start === verb.start && t.end <= verb.end + 2 && !verb.text.includes(' ')) && t.start <= Math.max(nextVerb, verb.end) && t.start < cut && t.end <= ce && !subj.some((m) => m.start <= t.start && t.end <= m.end) && !SHIELDED.test(text.slice(Math.max(verb.end, t.start - 60), t.start)));
        // The rejected side of a contrast after the verb: "leaves people sluggish rather than jittery or crampy".
        objs = objs.filter((t) => !REJECTED_AFTER_VERB.test(text.slice(verb.end, t.start)));
        // A plain target right after a target that carries a direction is its noun: "sluggish reflexes".
        objs = objs.filter((t) => t.implied || !objs.some((o) => o !== t && o.implied && o.end <= t.start && /^[\s-]{1,2}$/.test(text.slice(o.end, t.start))));
        // "relieves the magnesium block of neuromuscular transmission": a target after "of" modifies the one before it.
        objs = objs.filter((t, k) => !(k > 0 && /^\s+(?:of|on|at)\s+(?:the\s+)?$/i.test(text.slice(objs[k - 1].end, t.start))));
        // "helps muscles relax" relates; "helps in torsade" (a treatment) and "helps regulate …, ensuring release" do not.
        if (/^help/i.test(verb.text)) objs = objs.slice(0, 1).filter((t) => HELP_GAP.test(text.slice(verb.end, t.start)));
        // "stops the hypocalcaemia from correcting" is not about the object itself ("from being released" is).
        // ("stops the action potential from travelling" is: a motion of the object is the object acting.)
        if (/^\s+(?:\w+\s+)?from\s+(?!being\b|travell?ing\b|spreading\b|propagating\b|moving\b|passing\b|reaching\b)\w+ing\b/i.test(text.slice(objs[0]?.end ?? ce, ce)) && !isUp(vocab, verb.text)) objs = [];
        if (!objs.length && ctx.continuation && ce === sentence.end) objs = ctx.continuation;
        const generic = GENERIC_OBJECT.exec(text.slice(verb.end, verb.end + 30)) ?? (PARTICLE_PRONOUN.test(verb.text) ? [''] : null);
        // "Magnesium blocks transmission …, and calcium overcomes the block": the block is the one just named,
        // so its target is the blocked one (not the last target word before the verb).
        const named = generic && /\bblock/i.test(generic[0]) ? [...claims, ...(ctx.prev?.claims ?? [])].find((c) => /\bblock/i.test(c.verb.text) && !c.negated) : undefined;
        if (!objs.length && named) {
          objs = [{ ...named.object, start: verb.end, end: verb.end }];
          blockNoun = true;
        } else if (!objs.length && generic) {
          // "… plugs the channel": a channel or pore is a target an ion can block (`bound: down`), not the last target word.
          const pore = /\b(?:channel|pore)s?\b/i.test(generic[0]);
          const fits = (t: TargetMention) => !pore || t.bound === 'down';
          objs = objects.filter((t) => t.end <= verb.start && t.start >= sentence.start && fits(t) && !subj.some((m) => m.start <= t.start && t.end <= m.end)).slice(-1);
          // "… overcomes that block": the target named in the previous sentence.
          const prevTargets = ctx.prev ? lexicon.findTargets(ctx.prev.text).filter((t) => !lexicon.isAgent(t.target) && fits(t)) : [];
          const prevClaim = ctx.prev?.claims?.[ctx.prev.claims.length - 1]?.object;
          const prevObject = pore ? prevTargets.pop() : prevClaim ?? prevTargets.pop();
          if (!objs.length && prevObject) objs = [{ ...prevObject, start: verb.end, end: verb.end }];
          if (/\bblock/i.test(generic[0])) blockNoun = true;
        }
        // Object fronted in a relative clause: "tetany, which hypercalcaemia brings on".
        if (!objs.length && subj.length && /\b(?:which|that)\b/i.test(text.slice(cs, subj[0].start))) {
          objs = objects.filter((t) => t.end <= subj[0].start && t.start >= sentence.start);
        }
      }
      // "magnesium-induced hyperreflexia": an effect a mineral induces is an effect of giving it, a high level.
      if (/^induced$/i.test(verb.text) && text[verb.start - 1] === '-') subj = subj.map((m) => (m.end === verb.start - 1 && !m.level && sentence.mentions.some((x) => x.start === m.start && x.end === m.end) ? { ...m, level: 'high' as const } : m));
      if (subj.length && !passive) lastSubject = subj;
      if (!subj.length || !objs.length) continue;
      let up = backward ? vocab.word(verb.text)!.direction === 'up' : isUp(vocab, verb.text);
      // "Release stops when magnesium is added": the effect clause's own verb gives the direction.
      const effectVerb = WHEN_LIKE.test(verb.text) ? verbs[v - 1] : undefined;
      if (effectVerb && !isBackward(vocab, effectVerb.text)) up = isUp(vocab, effectVerb.text) !== negatedBefore(text.slice(cs, effectVerb.start));
      // No relation word before "when": a change word of the effect gives the direction ("release falls when …",
      // "vesicles fuse only after …"); without one the direction is a guess.
      let guessed = false;
      if (WHEN_LIKE.test(verb.text) && !(effectVerb && !isBackward(vocab, effectVerb.text))) {
        const between = text.slice(objs.length ? objs[objs.length - 1].end : cs, verb.start);
        const change = CHANGE_WORD.exec(between);
        if (change) up = !!change[1] !== negatedBefore(between.slice(0, change.index));
        else guessed = true;
      }
      // Shorthand "low Ca → threshold ↓": an arrow after the object gives the direction.
      const mark = /^\s*([↑↓⬆⬇])/.exec(text.slice(objs[0].end, objs[0].end + 4));
      if (mark) up = mark[1] === '↑' || mark[1] === '⬆';
      // Acting on "the block" of a target acts on the target the other way round.
      if (blockNoun) up = !up;
      // Resultatives: "keeps NMDA channels closed", "keeps them quiet" (the adjective gives the direction).
      if (up && RESULTATIVE_VERB.test(verb.text)) {
        // The result follows the object, or the pronoun that stands for it ("keep it silent").
        const resultFrom = objs[objs.length - 1].end > verb.start ? objs[objs.length - 1].end : verb.end + (GENERIC_OBJECT.exec(text.slice(verb.end, verb.end + 30))?.[0].length ?? 0);
        const after = text.slice(resultFrom, Math.min(ce, resultFrom + 20));
        if (RESULT_DOWN.test(after)) up = false;
        else if (RESULT_ONLY.test(verb.text) && !objs.some((o) => o.implied)) continue;
      }
      const negated = negatedBefore(before) || /^\s+(?:not|never)\b/i.test(text.slice(verb.end, verb.end + 8));
      // "is not proportional to calcium" denies the shape of a dependence, not the dependence.
      if (negated && /proportion/i.test(verb.text)) continue;
      const hedged = HEDGE.test(before) || HEDGE.test(clause);
      for (const subject of subj) {
        for (const object of objs) {
          if (object.target === `${subject.mineral}-level` && !subject.level) continue;
          let dir: Direction = up ? 'up' : 'down';
          if (negated) dir = flip(dir);
          let target = object.target;
          let direction = dir;
          if (object.implied && object.impliedTarget) {
            target = object.impliedTarget;
            direction = object.implied === 'up' ? dir : flip(dir);
          }
          claims.push({ subject, relation: dir, verb, negated, hedged, object, target, direction, ...(guessed ? { weak: true } : {}) });
        }
      }
    }
  }
  // The shapes of the registry (shapes/index.ts), in order, after the relation words above.
  const input: ShapeInput = { text, sentence, s, lexicon, ctx, vocab, subjects, objects, targets, bounds, claims, conditionObjects: () => conditionObjects(sentence, lexicon) };
  for (const shape of SHAPES) {
    if (shape.mode === 'if-none' && claims.length) continue;
    for (const c of shape.extract(input)) {
      if (shape.mode !== 'outright') {
        claims.push(c);
        continue;
      }
      // A shape that states the relation outright replaces a relation guessed from word order.
      const same = claims.findIndex((x) => x.subject.start === c.subject.start && x.target === c.target);
      if (same < 0) claims.push(c);
      else if (claims[same].weak) claims[same] = c;
    }
  }
  return { factual, checkable, claims };
}

/** Mentions that can be subjects: not possessives, not drug or channel names, not measured levels. */
function subjectCandidates(sentence: Sentence, targets: TargetMention[], lexicon: Lexicon): Mention[] {
  const text = sentence.segment.text;
  const out: Mention[] = [];
  for (const m of sentence.mentions) {
    if (NOT_A_SUBJECT_AFTER.test(text.slice(m.end, m.end + 24))) continue;
    // "when calcium is pumped out of the cytosol": a mineral being removed is no agent (and which pool falls is
    // not a level the effects describe), so it makes no claim.
    if (REMOVED_AFTER.test(text.slice(m.end, m.end + 48)) && !m.level) continue;
    // "The magnesium block works by stopping …": a mineral's own block (target `<mineral>-block`) acts as the mineral.
    const block = targets.find((t) => t.start <= m.start && m.end <= t.end && t.target === `${m.mineral}-block`);
    if (block && /^\W*(?:the\s+)?$/i.test(text.slice(sentence.start, block.start)) && /^\s+(?:works?|acts?|operates?)\s+by\b/i.test(text.slice(block.end, block.end + 20))) {
      out.push({ ...m, start: block.start, end: block.end, text: text.slice(block.start, block.end) });
      continue;
    }
    if (targets.some((t) => t.start <= m.start && m.end <= t.end && !lexicon.isLevelTarget(t.target))) continue;
    out.push(m);
  }
  for (const t of targets) {
    if (!lexicon.isAgent(t.target)) continue;
    // "a lack of vitamin D", "PTH deficiency": an agent at a low level acts the opposite way.
    const low = AGENT_LOW_BEFORE.exec(text.slice(Math.max(0, t.start - 30), t.start)) ?? null;
    const lowAfter = low ? null : AGENT_LOW_AFTER.exec(text.slice(t.end, t.end + 30));
    if (low) out.push({ start: t.start - low[0].length, end: t.end, mineral: t.target, text: t.text, level: 'low' });
    else if (lowAfter) out.push({ start: t.start, end: t.end + lowAfter[0].length, mineral: t.target, text: t.text, level: 'low' });
    else out.push({ start: t.start, end: t.end, mineral: t.target, text: t.text });
  }
  return out.sort((a, b) => a.start - b.start);
}

const REMOVED_AFTER = /^(?:\s*\(?(?:ions?|Ca²⁺|Mg²⁺)\)?)?\s+(?:is|are|gets|get|was|were|has been|have been|being)\s+(?:\w+ly\s+)?(?:pumped|moved|taken|carried|transported|cleared|removed|sequestered|extruded|withdrawn|washed|pulled|driven|lowered)\b(?!\s+(?:in|into the (?:cell|cytosol|cytoplasm)))/i;
/** Is the mention at `start` a fronted condition: only "With|In|During" between it and the start of its sentence? */
function frontedCondition(text: string, start: number): boolean {
  const lead = FRONTED_LEAD.exec(text.slice(Math.max(0, start - 24), start));
  if (!lead) return false;
  let i = start - lead[0].length - 1;
  if (i >= 0 && /\p{L}/u.test(text[i])) return false;
  while (i >= 0 && /[\s*_]/.test(text[i])) i--;
  return i < 0 || /[.!?:]/.test(text[i]);
}
/** Between an object and a second verb of the same subject: "… PTH and so produces". */
const COORDINATED_VP = /^,? ?and(?: (?:so|then|thus|thereby|also))?(?: [a-z]+ly)?$/i;
/** Before a second verb that shares the first one's subject: "… and can block", ", thereby inhibiting". */
const VP_FILLER = new Set(['can', 'could', 'may', 'might', 'also', 'then', 'so', 'thus', 'thereby', 'will', 'would', 'must', 'often', 'not']);
/** Only modals and adverbs after the last "and" or comma: the next verb shares the earlier subject. */
function sameSubjectVP(before: string): boolean {
  const t = ` ${squash(before).toLowerCase()} `;
  const and = t.lastIndexOf(' and ');
  const comma = t.lastIndexOf(',');
  if (and < 0 && comma < 0) return false;
  const cut = Math.max(and >= 0 ? and + 4 : -1, comma + 1);
  const words = t.slice(cut).trim().split(' ').filter(Boolean);
  return words.every((w) => VP_FILLER.has(w.toLowerCase()) || /ly$/i.test(w));
}
/** "The magnesium that floods out … is what switches on …": the cleft's subject is the clause's subject. */
const CLEFT = /^[^,;]{0,80}?\b(?:is|are|was|were)\s+(?:what|the\s+(?:\w+\s+){0,3}?(?:that|which))\s/i;
/** Before an object that the verb does not reach: "at doses too low to interrupt conduction", "that leave conduction intact". */
const SHIELDED = /\b(?:too (?:low|small|weak|little|dilute) to|not enough to|without|that (?:leave|leaves|spare|spares|do not|does not|don't|doesn't)|which (?:leave|leaves|spare|spares|do not|does not)|leaving|sparing)\b[^,;.]{0,30}$/i;
/** ", and hypercalcaemia both depress": a conjunction, a subject, and the next verb. */
const CLAUSE_CONJUNCTION = /,\s*(?:and|but|while|whereas|whilst|yet)\s+$/i;
const LINKING_WORDS = new Set(['and', 'or', 'both', 'also', 'all', 'each', 'then', 'instead', 'in', 'turn']);
function coordinatedClauseStart(text: string, from: number, nextVerb: number, subjects: Mention[]): number {
  for (const m of subjects) {
    if (m.start <= from || m.end > nextVerb) continue;
    if (!CLAUSE_CONJUNCTION.test(text.slice(Math.max(from, m.start - 12), m.start))) continue;
    // Only coordinated subjects and an adverb or two may stand between the subject and the next verb.
    const gap = text.slice(m.end, nextVerb);
    const others = subjects.filter((o) => o.start >= m.end && o.end <= nextVerb);
    let rest = gap;
    for (const o of others.reverse()) rest = rest.slice(0, o.start - m.end) + rest.slice(o.end - m.end);
    if (rest.split(/[\s,]+/).every((w) => !w || LINKING_WORDS.has(w.toLowerCase()) || /^[a-z]+ly$/i.test(w))) return m.start;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** Between coordinated subjects: "elevated calcium levels or magnesium deficiency". */
const COORDINATION = /^(?:(?:ions?|levels?|concentrations?)(?: |$))?(?:, ?|,$)?(?:and|or|nor|as well as|and\/or)?$/i;

/** The subject(s) of a verb: the nearest candidate before it with its coordinated partners, skipping objects of prepositions. */
function nearestSubjects(text: string, cands: Mention[], after: number, hasEarlierVerb = false): Mention[] {
  const isSubject = (m: Mention): boolean => {
    const before = text.slice(Math.max(0, m.start - 32), m.start);
    // The rejected side of a contrast: "calcium, not magnesium, …", "magnesium rather than calcium".
    if (CONTRASTED.test(before)) return false;
    return !OBJECT_BEFORE.test(before) || HEAD_OF.test(before) || BEARER_WITH.test(before) || (!!m.level && frontedCondition(text, m.start));
  };
  const inRange = cands.filter((m) => m.start >= after && isSubject(m));
  // After an earlier verb of the clause, only mentions past it can be this verb's subject.
  const cleft = CLEFT.test(text.slice(after));
  const pool = inRange.length || (hasEarlierVerb && !cleft) ? inRange : cands.filter(isSubject);
  if (!pool.length) return [];
  const out = [pool[pool.length - 1]];
  for (let i = pool.length - 2; i >= 0; i--) {
    if (!COORDINATION.test(squash(text.slice(pool[i].end, out[0].start)))) break;
    out.unshift(pool[i]);
  }
  return out;
}

/** A bare verb after a mention: the mention is the subject of a causative complement ("lets more calcium bind"). */
const COMPLEMENT_VERB_AFTER = /^(?:\s*\(?(?:ions?|Ca²⁺|Mg²⁺)\)?)?\s+(?:to\s+)?(?:bind|attach|stick|move|shift|leave|enter|flow|flood|pour|rush|go|come|cross|stay|remain)\b/i;

/** Condition words and levelled mentions as objects: "… can cause hypocalcaemia" → calcium level down. */
function conditionObjects(sentence: Sentence, lexicon: Lexicon): TargetMention[] {
  const text = sentence.segment.text;
  const out: TargetMention[] = [];
  for (const m of sentence.mentions) {
    const levelTarget = `${m.mineral}-level`;
    if (!lexicon.hasTarget(levelTarget)) continue;
    // "makes more calcium bind to albumin": the mineral is the subject of a bare verb, not a level that changes.
    if (m.level && !m.condition && COMPLEMENT_VERB_AFTER.test(text.slice(m.end, m.end + 24))) continue;
    if (m.level) {
      out.push({ start: m.start, end: m.end, target: levelTarget, text: m.text, implied: m.level === 'low' ? 'down' : 'up', impliedTarget: levelTarget });
    } else if (LEVEL_WORDS_AFTER.test(text.slice(m.end, m.end + 20)) || /\b(?:blood|serum|plasma|ionised|ionized)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      out.push({ start: m.start, end: m.end, target: levelTarget, text: m.text });
    }
  }
  return out;
}

/**
 * "They", "It", "its", "the latter", "This influx" → a mention of this or the previous sentence. The claim's
 * subject keeps the antecedent's mineral and level but the pronoun's place, so findings stay in the sentence.
 */
function resolveAnaphora(before: string, sentence: Sentence, prev: ClaimContext['prev'], clauseStart: number): Mention[] {
  const text = sentence.segment.text;
  const usable = (m: Mention, t: string): boolean => !NOT_A_SUBJECT_AFTER.test(t.slice(m.end, m.end + 24)) || !!m.condition;
  /** Antecedents before `pos` in this sentence, else the previous sentence's. */
  const antecedents = (pos: number): Mention[] => {
    const own = sentence.mentions.filter((m) => m.end <= pos && usable(m, text));
    if (own.length) return own;
    const prevText = prev?.segment.text ?? '';
    const theirs = (prev?.mentions ?? []).filter((m) => usable(m, prevText));
    return theirs.length ? theirs : prev?.mentions ?? [];
  };
  const at = (re: RegExpMatchArray, pick: 'first' | 'last' = 'first'): Mention[] => {
    const start = clauseStart + (re.index ?? 0) + re[0].length - re[1].length;
    const list = antecedents(start);
    if (!list.length) return [];
    const a = pick === 'first' ? list[0] : list[list.length - 1];
    // "taking it out of the solution": removal of the antecedent.
    const removed = /\b(?:pumping|pumped|taking|took|washing|washed|moving|pulling|driving)\s+$/i.test(text.slice(Math.max(0, start - 12), start)) && /^\s+out\b/i.test(text.slice(start + re[1].length, start + re[1].length + 6));
    // "Lowering calcium …; raising it …": the pronoun's own level word decides its level.
    const lead = LEVEL_LEAD.exec(text.slice(Math.max(0, start - 14), start));
    const level = removed || lead?.[2] ? ('low' as const) : lead?.[1] ? ('high' as const) : undefined;
    return [{ ...a, ...(level ? { level } : {}), start, end: start + re[1].length, text: re[1] }];
  };
  let r = /\b(the former)\b/i.exec(before);
  if (r) return at(r, 'first');
  r = /\b(the latter)\b/i.exec(before);
  if (r) return at(r, 'last');
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(PRONOUN)) last = m;
  if (last) return at(last);
  const event = clauseStart === sentence.start ? eventPronoun(before) : undefined;
  return event ? eventAntecedent(event, sentence, prev, clauseStart) : [];
}

/**
 * "Hypermagnesaemia depresses nerve firing. This can cause …": a bare "This" opening the sentence stands for what the
 * sentence before said, and so for its condition — only where that reading is certain: the sentence before is in the
 * same paragraph, names one mineral at one level and nothing else, and states a relation of that condition (not
 * denied, not a treatment). The subject keeps the pronoun's place.
 */
function eventAntecedent(event: { word: string; index: number }, sentence: Sentence, prev: ClaimContext['prev'], clauseStart: number): Mention[] {
  if (!prev || prev.segment !== sentence.segment || !prev.mentions.length) return [];
  const first = prev.mentions[0];
  const levelled = prev.mentions.filter((m) => m.level);
  if (!levelled.length || prev.mentions.some((m) => m.mineral !== first.mineral) || levelled.some((m) => m.level !== levelled[0].level)) return [];
  const claims = prev.claims ?? [];
  const own = (c: Claim): boolean => c.subject.mineral === first.mineral && c.subject.level === levelled[0].level && !c.negated && !c.treatment;
  if (!claims.length || !claims.every(own)) return [];
  const start = clauseStart + event.index;
  return [{ ...levelled[0], start, end: start + event.word.length, text: event.word }];
}

/** A lab line of a case: a mineral symbol with a measured value ("Ca 1.9 mmol/L, Mg 0.4 mmol/L"), with no reference range named. */
const LAB_LINE = /\b(?:Ca|Mg|K|Na|PTH|iCa)(?:²⁺|2\+|\+\+)?:?\s\d+(?:\.\d+)?\s?(?:mmol\/L|mg\/dL|mEq\/L|pg\/mL|mM)\b/;

/** Is this a checkable factual statement that needs a citation (not a question, heading, instruction, opinion or fluff)? */
function isFactual(s: string, kind: string, mentionsMineral: boolean, hasTarget: boolean, mentionStarts: number[] = [], titleLike = false, relationWordsIn: Scanner = verbMatches): boolean {
  if (!mentionsMineral) return false;
  if (kind === 'heading' || kind === 'footnoteDefinition' || kind === 'referenceEntry') return false;
  const t = s.trim();
  if (t.endsWith('?') || /:\s*$/.test(t)) return false;
  if (MARKETING.test(t) || META.test(t) || METHODS.test(t) || OPINION.test(t)) return false;
  // An anecdote or a case is no claim, but its reason is: "Her magnesium should be checked, since low Mg²⁺ keeps calcium down".
  if (FIRST_PERSON.test(t) || CASE_DATA.test(t)) return hasReasonClaim(t, mentionStarts);
  if (LAB_LINE.test(t) && !RANGE_WORDS.test(t)) return false;
  // An instruction is no claim, but its reason is: "Replace magnesium first, because hypocalcaemia … does not correct".
  if (IMPERATIVE.test(t)) return hasReasonClaim(t, mentionStarts);
  if (titleLike && !CLAIM_SIGNAL.test(t)) return false;
  // "If …, give …", "In patients with …, replete magnesium first": a conditional instruction.
  if (CONDITIONAL_INSTRUCTION.test(t)) return false;
  if (kind === 'tableCell') return true;
  if (t.split(/\s+/).length < 4) return false;
  // The word after each mineral word ("Mg depletion prolongs …", "magnesium ranks second …") may be the verb.
  return hasTarget || CLAIM_SIGNAL.test(t) || relationWordsIn(t, true).length > 0 || hasFiniteVerb(t, mentionStarts.map((x) => x + (/^[\p{L}²⁺+-]+/u.exec(t.slice(x))?.[0].length ?? 0)));
}

/**
 * Genre and grammar checks after isFactual: definitions, food lists, captions, sales talk and meta text
 * are no claims (an appeal to evidence still makes a food or naming statement a claim).
 */
function isClaimGenre(s: string, attributed: boolean): boolean {
  const t = s.trim();
  const genre = nonClaimGenre(t);
  if (genre === 'instruction' && /\b(?:because|since)\b/i.test(t)) return true;
  if (genre && (!attributed || NEVER_A_CLAIM.has(genre))) return false;
  return true;
}

/** A reason clause ("because …", "since …") that names a mineral carries a claim of its own. */
function hasReasonClaim(t: string, mentionStarts: number[]): boolean {
  for (const m of t.matchAll(REASON)) if (mentionStarts.some((x) => x > m.index)) return true;
  return false;
}

/** A paragraph that is one short line without closing punctuation (a bold title, a caption): a heading in all but name. */
function isTitleLike(sentence: Sentence): boolean {
  const seg = sentence.segment;
  if (seg.kind !== 'paragraph' || seg.listItem !== undefined || seg.tableRow !== undefined) return false;
  const t = seg.text.trim();
  if (t !== sentence.segment.text.slice(sentence.start, sentence.end).trim()) return false;
  return !/[.!?;:…)\]"'”’]$/.test(t) && t.split(/\s+/).length <= 12;
}

/** May its claims be judged against the facts? Questions, headings and refuted speech may not. */
function isCheckable(s: string, kind: string): boolean {
  if (kind === 'heading' || kind === 'footnoteDefinition' || kind === 'referenceEntry') return false;
  const t = s.trim();
  if (t.endsWith('?')) return false;
  // Quiz items state a proposition to be judged by the reader, true or not.
  if (QUIZ.test(t)) return false;
  return !REPORTED.test(t);
}

/**
 * Table rows: "Hypercalcaemia | carpopedal spasm, Chvostek sign" pairs a condition with signs. When no cell
 * of a row makes a claim of its own, the first cell naming a mineral level or condition is the subject and
 * the targets of the other cells its objects (relation "up": the condition brings on the signs).
 */
export function rowClaims(cells: Sentence[], lexicon: Lexicon): { sentence: Sentence; claims: Claim[] } | undefined {
  const subjectCell = cells.find((c) => c.mentions.some((m) => m.level));
  if (!subjectCell) return undefined;
  const subject = subjectCell.mentions.find((m) => m.level)!;
  const claims: Claim[] = [];
  for (const cell of cells) {
    if (cell === subjectCell) continue;
    for (const t of lexicon.findTargets(cell.text)) {
      if (lexicon.isAgent(t.target)) continue;
      const object: TargetMention = { ...t, start: subject.end, end: subject.end };
      const direction: Direction = object.implied ?? 'up';
      claims.push({ subject, relation: 'up', verb: { start: subject.start, end: subject.end, text: subject.text }, negated: false, hedged: false, object, target: object.impliedTarget ?? object.target, direction });
    }
  }
  return claims.length ? { sentence: subjectCell, claims } : undefined;
}
