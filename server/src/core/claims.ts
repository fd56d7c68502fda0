/**
 * The claim model: what a sentence says about a mineral. For each relation word of a clause, the
 * subject (a mineral, possibly at a low/high level, or an agent the fact base knows such as a hormone),
 * the relation (up / down, with negation and hedging) and the targets it acts on. Rules compare these
 * with the fact base; nothing here knows which claims are true.
 */
import type { Direction } from './facts/types';
import { BUILT_IN_RELATIONS, relationWords, type RelationFile, type RelationRole, type RelationWord } from './language/relations';
import { CLAUSE_BREAK, CONTRAST_BETWEEN, CONTRASTED, FAIL_WORDS, HEDGE, NEGATION_AHEAD, NEGATION_WORD, PRONOUN, REJECTED_AFTER_VERB, negatedBefore } from './language/words';
import { boundaryScanner, escapeRe, regexScanner, wordsAlternation, type Lexicon, type Scanner, type TargetMention } from './lexicon';
import { hasFiniteVerb, nonClaimGenre } from './nonclaim';
import type { Mention, Sentence, Span } from './types';

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

/**
 * Relation words, from language/relations.ts (data: server/language/relations.json, plus the `relations` of
 * the user's fact files), compiled: a lookup by lower-case text and a scanner finding them in a text.
 * "cause-effect" words read the cause first ("calcium triggers release"), "effect-cause" words the effect
 * first ("tetany is typical of hypocalcaemia", "release depends on calcium").
 */
interface RelationVocabulary {
  word(text: string): RelationWord | undefined;
  /** The relation words in a text, longest first where two start at one place; arrows and "=" between spaces too. */
  matches: Scanner;
  /** The same as one pattern (tests, and the fallback scanner). */
  re: RegExp;
}
const ARROW = '(?<=\\s)(?:→|->|⇒|=)(?=\\s)';
function compileVocabulary(files: RelationFile[]): RelationVocabulary {
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
const BUILT_IN_VOCABULARY = compileVocabulary([BUILT_IN_RELATIONS]);
const vocabularies = new WeakMap<Lexicon, RelationVocabulary>();
/** The relation words of a lexicon's fact base: the built-in ones, plus those its fact files add. */
function vocabularyOf(lexicon: Lexicon): RelationVocabulary {
  if (!lexicon.relationFiles?.length) return BUILT_IN_VOCABULARY;
  let v = vocabularies.get(lexicon);
  if (!v) vocabularies.set(lexicon, (v = compileVocabulary([BUILT_IN_RELATIONS, ...lexicon.relationFiles])));
  return v;
}
/** The built-in relation words as one pattern. */
export const VERB_RE = BUILT_IN_VOCABULARY.re;
/** The matches of VERB_RE, found faster (lexicon.ts boundaryScanner: the same matches). */
export const verbMatches: Scanner = BUILT_IN_VOCABULARY.matches;
const hasRole = (vocab: RelationVocabulary, text: string, role: RelationRole): boolean => vocab.word(text)?.role === role;
/** Particle verbs with the object inside: "shuts release down" (down), "sets fusion in motion" (up). Kept apart from VERB_RE so both stay linear. */
const PARTICLE_RE = /\b(?:sets? [a-z]+(?: [a-z]+)? in motion|(?:shuts?|damps?|tamps?|dials?|turns?) [a-z]+(?: [a-z]+)? down|(?:holds?|held) [a-z]+(?: [a-z]+)? back|reins? [a-z]+(?: [a-z]+)? in|(?:shuts?|switch(?:es)?|turns?) [a-z]+(?: [a-z]+)? off|(?:kicks?|kicked|fires?|fired) [a-z]+(?: [a-z]+)? off|(?:switch(?:es)?|switched|turns?|turned) [a-z]+(?: [a-z]+)? on|(?:brings?|brought|grinds?|ground) [a-z]+(?: [a-z]+)? to a (?:halt|stop|standstill))\b/gi;
/** Arrows, and particle verbs of PARTICLE_RE that raise ("sets fusion in motion", "switches release on"). */
const PARTICLE_UP = /^(?:→|->|⇒|=)$|^sets? |^(?:kicks?|kicked|fires?|fired) [a-z ]+ off$|^(?:switch(?:es)?|switched|turns?|turned) [a-z ]+ on$/i;
/** Is this verb text a cause-effect relation word that raises (or an arrow, or a raising particle verb)? */
function isUp(vocab: RelationVocabulary, text: string): boolean {
  const w = vocab.word(text);
  return (w?.order === 'cause-effect' && w.direction === 'up') || PARTICLE_UP.test(text);
}
/** Is this verb text an effect-cause relation word ("caused by", "typical of", "when")? */
const isBackward = (vocab: RelationVocabulary, text: string): boolean => vocab.word(text)?.order === 'effect-cause';
/** A particle verb with a pronoun inside: "holds it back", "switches them on". */
const PARTICLE_PRONOUN = /^[a-z]+ (?:it|them) [a-z ]+$/i;
/** Verbs that relate only through a result: "holds the channel shut", "leaves muscles slack". */
const RESULT_ONLY = /^(?:holds?|holding|held|leaves|leave|spares?|spared|sparing)$/i;
/** Between a dependence verb and its mineral: a few words, none naming a ratio or a pair. */
const DEPENDENCE_GAP = /^(?!.*\b(?:ratio|balance|between|interplay|both|and|or)\b)\s+(?:[\w-]+\s+){0,6}\[?$/i;
/** Words for how an effect changes, between it and "when": (up) or (down). */
const CHANGE_WORD = /\b(?:(rises?|rose|grows?|grew|increases?|climbs?|jumps?|surges?|soars?|fuses?|occurs?|happens?|begins?|starts?|follows?|takes? place|resumes?|returns?|appears?|sets? in|kicks? in|comes?|is triggered|are triggered)|(falls?|fell|drops?|dropped|declines?|shrinks?|fades?|wanes?|dwindles?|stops?|ceases?|fails?|disappears?|vanishes?|is lost|are lost))\b/i;
/** Between "helps" and its effect: at most two words, none a preposition or a regulating verb. */
const HELP_GAP = /^(?!.*\b(?:in|with|for|against|to|on|regulate|control|maintain|keep|balance|support|manage|prevent|reduce|ease)\b)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** Temporal conjunctions whose clause is the cause and whose main clause's verb gives the direction (relation words of role "when"). */
export const WHEN_LIKE = new RegExp(`^(?:${relationWords([BUILT_IN_RELATIONS]).filter((w) => w.role === 'when').map((w) => escapeRe(w.text)).join('|')})$`, 'i');
/**
 * Dependence ("depends on", "increases with", "is increased by"): only the first mineral after the word is the cause
 * ("depends on the ratio of calcium to magnesium" names none alone). A verb in a passive split by a line break
 * ("is increased⏎by") counts as its passive word.
 */
const isDependence = (vocab: RelationVocabulary, text: string): boolean => hasRole(vocab, text, 'dependence') || hasRole(vocab, `${text} by`, 'dependence');
const CAUSAL_GAP = /^\s+(?:(?:happens?|occurs?|takes? place|is possible|are possible|works?|starts?|begins?|develops?|appears?|arises?|sets? in|only|all|largely|mainly|partly|mostly|in part|can|may|will|is|are)\s+)*$/i;
/** Collapse runs of white space (so that the small patterns below never meet two adjacent optional spaces). */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const RESULTATIVE_VERB = /^(?:keeps?|keeping|makes?|making|leaving|leaves|leave|spares?|spared|sparing|renders?|holds?|holding|held|→|->|⇒|=)$/i;
const RESULT_DOWN = /^\s+(?:(?:much|far|a lot|a good deal|considerably|substantially|markedly|even|very|rather)\s+)?(?:closed|shut|blocked|plugged|occluded|quiet|quieter|silent|silenced|suppressed|in check|at bay|down|low|inactive|off|slack|limp|flaccid|smaller|weaker|less (?:active|excitable|responsive))\b/i;
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
/** Reported or refuted speech: the sentence does not assert its embedded claim. */
const REPORTED = /\b(?:(?:common|frequent|classic|typical|popular|big|usual) (?:mistakes?|errors?|misunderstandings?|confusions?|mix-?ups?)|mistakenly|wrongly|erroneously|(?:is|are) (?:wrong|incorrect|a mistake)|myths?|misconceptions?|backwards|not true|untrue|false claim|debunk\w*|(?:some|many|other) (?:sites|websites|blogs|people|sources|influencers|articles) (?:say|claim|suggest|tell)|is often (?:said|claimed)|it is not(?:,| that| the case)|popular (?:line|belief|claim|idea|notion)|contrary to|(?:the )?claim that|described as|is called|are called|gets? (?:it|things) (?:wrong|backwards))\b/i;

/** Quiz prompts: "True or false: …", "T/F: …", "Myth or fact: …". */
const QUIZ = /^(?:\**\s*)?(?:true or false|t\s?\/\s?f|myth or fact|fact or myth|fact or fiction|quiz)\b/i;

/** Mentions that name something else: "calcium channel blockers", "calcium's effects", "calcium-sensing receptor". */
const NOT_A_SUBJECT_AFTER = /^(?:['’]s\b|-?\s?(?:channel|channels|blockers?|antagonists?|sensors?|sensing|pumps?|atpases?|exchangers?|transporters?|binding proteins?|gluconate|carbonate|citrate|glycinate|bisglycinate|oxide|chloride|sulfate|sulphate|supplements?|pills?|tablets?|chews?|gummies|powder|story|question)\b)/i;
/** Level modifiers that make a mention an object measure ("blood calcium"). */
const LEVEL_WORDS_AFTER = /^\s+(?:levels?|concentrations?)\b/i;

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
        subj = subjects.filter((m) => m.start >= verb.end && m.end <= ce && m.start < Math.max(nextVerb, verb.end) && (!WHEN_LIKE.test(verb.text) || m.start - verb.end < 12)).slice(0, 2);
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
  if (!claims.length) claims.push(...comparativeClaims(text, sentence, subjects, objects));
  // Verb-like target right after the subject: "magnesium sedates your muscles", "calcium overstimulates".
  if (!claims.length) {
    for (const subject of subjects) {
      const gapOf = (t: TargetMention): string => squash(text.slice(subject.end, t.start)).replace(SUBJECT_HEAD, '');
      // "magnesium sedates …", "calcium arrives to relax …", or a copula: "calcium is your body's muscle relaxant".
      const object = objects.find((t) => {
        if (t.start <= subject.end || CONTRASTED.test(text.slice(Math.max(0, subject.start - 32), subject.start))) return false;
        const gap = gapOf(t);
        const words = gap.replace(/^,/, '').split(' ').filter(Boolean);
        const short = words.length <= 2 && words.every((w) => /^[a-z]+$/i.test(w));
        return (COPULA_GAP.test(gap) && !negatedBefore(gap)) || (short && (/s$/i.test(t.text) || /\bto$/i.test(gap)));
      });
      if (!object) continue;
      // "… is a calcium antagonist in contraction": an opposing noun turns the relation down.
      const opposing = OPPOSING_NOUN.test(gapOf(object));
      const enabling = !opposing && ((ENABLING_GAP.test(gapOf(object)) && !BLOCKABLE_TARGET.test(object.text)) || (BINDING_GAP.test(gapOf(object)) && object.bound === 'up') || ROLE_NOUN_OBJECT.test(object.text));
      const implied = object.implied ?? 'up';
      const direction: Direction = opposing ? flip(implied) : implied;
      claims.push({ subject, relation: opposing ? 'down' : 'up', verb: { start: object.start, end: object.end, text: object.text }, negated: false, hedged: HEDGE.test(s), object, target: object.impliedTarget ?? object.target, direction, weak: !opposing && !enabling });
    }
  }
  claims.push(...nominalClaims(text, subjects, objects, claims, s));
  if (!claims.length) claims.push(...conditionalClaims(text, sentence, subjects, objects, lexicon));
  if (!claims.length) claims.push(...labelClaims(text, sentence, subjects, objects));
  claims.push(...treatmentClaims(text, sentence, targets, lexicon, bounds, ctx.prev));
  for (const c of shapeClaims(text, sentence, objects, lexicon, ctx, targets)) {
    // A shape states the relation outright: it replaces a relation guessed from word order.
    const same = claims.findIndex((x) => x.subject.start === c.subject.start && x.target === c.target);
    if (same < 0) claims.push(c);
    else if (claims[same].weak) claims[same] = c;
  }
  return { factual, checkable, claims };
}

/** A claim of `subject` acting on `object` in `relation`, with the object's implied target and direction folded in. */
function relate(subject: Mention, relation: Direction, verb: Claim['verb'], object: TargetMention, negated: boolean, hedged: boolean): Claim {
  const direction: Direction = object.implied ? (object.implied === 'up' ? relation : flip(relation)) : relation;
  return { subject, relation, verb, negated, hedged, object, target: object.impliedTarget ?? object.target, direction };
}

/** A mineral compound naming a sensor of it: "magnesium sensors", "the Ca²⁺ detector" (not "calcium-sensing receptor"). */
const SENSOR_AFTER = /^(?:\s+ions?)?(?:\s|-)?(?:sensors?|detectors?)\b/i;
/** "Mg²⁺ docks on the regulatory site", "calcium that binds the trigger site": a binding verb between a mineral and a target. */
const BIND_GAP = /^(?:\s+ions?)?,?(?:\s+(?:that|which))?\s+((?:(?:also|then|first|normally|actually|really|can|could|will|does|do|did|not|never|cannot|doesn't|don't)\s+)*)(?:binds?|bound|binding|docks?|docking|docked|latch(?:es|ed|ing)?|attach(?:es|ed|ing)?|occup(?:ies|y|ying|ied)|lodges?|lodged|settles?|lands?)\s+(?:(?:to|on|onto|in|into|at|upon)\s+)?(?:(?:the|its|a|an|troponin(?:'s|’s)?|troponin c(?:'s|’s)?|tnc(?:'s|’s)?)\s+)*$/i;
/** "the calcium–ATP complex", "Ca-ATP": a mineral joined to a target by a hyphen or dash. */
const COMPOUND_GAP = /^\s?[-–—]\s?(?:bound\s+|complexed\s+|chelated\s+)?$/;
/** "binding of magnesium to site II", "occupancy of the regulatory site by Mg²⁺". */
const BINDING_OF_BEFORE = /\b(?:binding|docking|attachment|occupancy|occupation)\s+of\s+(?:the\s+)?$/i;
const BINDING_OF_GAP = /^(?:\s+ions?)?\s+(?:to|on|onto|at|with)\s+(?:the\s+)?$/i;
const BOUND_BY_GAP = /^\s+(?:(?:is|are|was|were|becomes?|gets?|has to be|have to be|must be|needs? to be|should be)\s+)?(?:bound (?:to|by)|occupied by|complexed (?:with|to)|chelated (?:by|with)|filled by)\s+(?:the\s+)?$/i;
/** "Mg²⁺ docking there": binding on the target named just before. */
const BINDING_THERE = /^(?:\s+ions?)?\s+(?:binding|docking|sitting|landing|settling)\s+(?:there|here|to it|on it|on them|to them|at them)\b/i;
/** An ion in or driven out of a pore: the ion was blocking it. */
const PORE = /(?:the\s+)?(?:(?:nmda|receptor(?:'s|’s)?|channel(?:'s|’s)?|its|their|central|ion)\s+){0,3}(?:pore|channel|channel mouth|mouth of the channel)s?\b/iy;
const EXPEL_BEFORE = /\b(?:driv(?:e|es|ing)|drove|expel(?:s|led|ling)?|push(?:es|ed|ing)?|kick(?:s|ed|ing)?|knock(?:s|ed|ing)?|forc(?:e|es|ed|ing)|flush(?:es|ed|ing)?|eject(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
const POSITIONED_AFTER = /^(?:(?:\s+ions?)?\s+out\s+of\s+|(?:\s+ions?)?,?\s+(?:(?:is|are|was|were|being|gets?|get|that (?:is|are)|which (?:is|are))\s+)?(?:expelled|driven|pushed|kicked|knocked|forced|flushed|ejected)\s+(?:out\s+)?(?:of|from)\s+|(?:\s+ions?)?,?\s+(?:(?:is|are|was|were|that (?:is|are)|which (?:is|are))\s+)?(?:lodged|stuck|trapped|wedged|sitting|seated|parked|caught|jammed)\s+(?:deep\s+)?(?:in|inside|within)\s+|(?:\s+ions?)?\s+(?:must\s+(?:first\s+)?leave|leaves?|exits?|unbinds? from|lodges? in|sits? in|stays? in)\s+)/i;
const OCCUPANCY_BEFORE = /\b(?:occupancy|occupation|plugging) of (?:the\s+)?(?:(?:nmda|receptor(?:'s|’s)?|channel(?:'s|’s)?|ion)\s+)*(?:pore|channel)s?\s+by\s+(?:the\s+)?$/i;
/** Between a mineral and the effect it arrives for: "arrives to", "rushes in to", "is released to". */
const PURPOSE_AFTER = /^(?:\s+ions?)?\s+(?:then\s+)?(?:arrives?|arriving|comes?(?:\s+in)?|steps?\s+in|rushes?\s+in|floods?\s+in|pours?\s+in|flows?\s+in|enters?|(?:is|are|gets?)\s+released|serves?|acts?|works?)\s+to\s+/i;
/** "depolarisation pulls magnesium (back) into the pore". */
const INSERT_BEFORE = /\b(?:pull(?:s|ed|ing)?|draw(?:s|n|ing)?|drew|driv(?:e|es|ing)|drove|push(?:es|ed|ing)?|forc(?:e|es|ed|ing))\s+(?:the\s+)?$/i;
const INSERT_AFTER = /^(?:\s+ions?)?\s+(?:back\s+)?in(?:to)?\s+(?:the\s+)?(?:(?:nmda|receptor(?:'s|’s)?|channel(?:'s|’s)?|its|their)\s+){0,2}(?:pore|channel)/i;
/** "the sarcoplasmic reticulum dumps its magnesium", "magnesium floods out of the SR": the mineral is what a store releases. */
const RELEASED_BEFORE = /\b(?:releases?|releasing|dumps?|dumped|dumping|spills?|spilled|spilling|liberates?|liberated|liberating|discharges?|discharged|unloads?|unloaded|lets? out|letting out|empties|emptied|emptying)\s+(?:(?:its|their|the|stored|a|large|larger|big|flood of|burst of|bolus of|wave of|much|more|all)\s+)*$/i;
const RELEASED_AFTER = /^(?:\s+ions?)?\s+(?:(?:is|are|was|were)\s+)?(?:released|dumped|liberated|floods? out|flooding out|pours? out|pouring out|spills? out|rushes out|streams? out)\s+(?:of|from)\b/i;
/** "ATP works without magnesium", "independently of calcium": the mineral is said not to be needed. */
const WITHOUT_BEFORE = /\b(?:without|independently of|independent of|regardless of|with no|in the absence of|(?:does|do|did) not (?:need|require)|(?:doesn't|don't|didn't) (?:need|require)|needs? no|requires? no)\s+(?:(?:any|the|added|extra|bound|its|their|extracellular|external|outside|bath|free)\s+)*$/i;
/** …unless the sentence says it fails without it ("release cannot happen without calcium"). */
const FAILS = /\b(?:fails?|failed|stops?|ceases?|halts?|stalls?|collapses?|cannot|can't|could not|couldn't|does not|doesn't|do not|don't|did not|won't|will not|never|no|impossible|useless|inactive|inert)\b/i;

/**
 * Relation shapes with no relation word, read from the fact base's target data (`bound`):
 * - a sensor compound: "magnesium sensors, the synaptotagmins, fire off release" → magnesium drives the named targets;
 * - binding on a target where binding is activation: "Mg²⁺ docks on the regulatory site", "the calcium–ATP complex";
 * - an ion lodged in or driven out of a pore where occupancy is a block: "depolarisation drives Ca²⁺ out of the pore";
 * - a store releasing a mineral: "the sarcoplasmic reticulum dumps its magnesium through the ryanodine receptors";
 * - independence: "enzymes can use ATP without any magnesium" (a denied requirement, so a contradiction, never a swap).
 */
function shapeClaims(text: string, sentence: Sentence, objects: TargetMention[], lexicon: Lexicon, ctx: ClaimContext, targets: TargetMention[]): Claim[] {
  const s = text.slice(sentence.start, sentence.end);
  const hedged = HEDGE.test(s);
  const out: Claim[] = [];
  const usable = objects.filter((t) => !lexicon.isLevelTarget(t.target));
  for (const m0 of sentence.mentions) {
    if (m0.condition) continue;
    // The mineral word itself (a level word may have widened the mention).
    const at = text.indexOf(m0.text, m0.start);
    const wStart = at >= m0.start && at < m0.end ? at : m0.start;
    const m: Mention = { ...m0, start: wStart, end: wStart + m0.text.length, level: undefined };
    const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
    const negated = negatedBefore(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    const verb = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    const push = (relation: Direction, v: Claim['verb'], object: TargetMention, neg = negated) => {
      if (object.target === `${m.mineral}-level`) return;
      const rel: Direction = neg ? flip(relation) : relation;
      out.push({ ...relate(m, rel, v, object, neg, hedged) });
    };
    // Sensor compounds.
    const sensor = SENSOR_AFTER.exec(after);
    if (sensor) {
      const v = verb(m.end, m.end + sensor[0].length);
      for (const t of usable) {
        if (t.start < v.end && t.end > m.start) continue;
        const between = t.start >= v.end ? text.slice(v.end, t.start) : text.slice(t.end, m.start);
        if (!CONTRAST_BETWEEN.test(between)) push('up', v, t);
      }
      continue;
    }
    if (NOT_A_SUBJECT_AFTER.test(text.slice(m.end, m.end + 24)) && !COMPOUND_GAP.test(text.slice(m.end, m.end + 2).trimEnd())) continue;
    // Binding on targets where binding is activation.
    for (const t of usable) {
      if (t.bound !== 'up') continue;
      if (t.start >= m.end) {
        const gap = text.slice(m.end, t.start);
        const bind = BIND_GAP.exec(gap);
        if (bind) push('up', verb(m.end, t.start), t, negated || NEGATION_WORD.test(bind[1] ?? ''));
        else if (COMPOUND_GAP.test(gap) && /^\s*(?:complex|chelate|form|salt)?/i.test(text.slice(t.end))) push('up', verb(m.end, t.start), t);
        else if (BINDING_OF_BEFORE.test(before) && BINDING_OF_GAP.test(gap)) push('up', verb(m.end, t.start), t);
        NEGATION_WORD.lastIndex = 0;
      } else if (t.end <= m.start) {
        if (BOUND_BY_GAP.test(text.slice(t.end, m.start))) push('up', verb(t.end, m.start), t);
        else if (BINDING_THERE.test(after) && !usable.some((u) => u.bound === 'up' && u.start > t.end && u.end <= m.start)) {
          push('up', verb(m.end, m.end + (BINDING_THERE.exec(after)?.[0].length ?? 0)), t);
        }
      }
    }
    // An ion in, or driven out of, a pore.
    const expelled = EXPEL_BEFORE.test(before) && /^(?:\s+ions?)?\s+(?:out\s+of|from)\s+/i.test(after);
    const positioned = expelled ? /^(?:\s+ions?)?\s+(?:out\s+of|from)\s+/i.exec(after) : POSITIONED_AFTER.exec(after);
    const occupancy = OCCUPANCY_BEFORE.exec(before);
    if (positioned || occupancy) {
      const poreStart = occupancy ? m.start - occupancy[0].length : m.end + positioned![0].length;
      PORE.lastIndex = poreStart;
      const pore = occupancy ? /(?:pore|channel)/i.exec(occupancy[0]) : PORE.exec(text);
      const named = usable.find((t) => t.bound === 'down' && (occupancy ? t.start >= poreStart && t.end <= m.start : t.start >= poreStart && t.start <= poreStart + 12));
      let target = named;
      if (!target && pore) {
        const here = usable.filter((t) => t.bound === 'down');
        const prevTargets = ctx.prev ? lexicon.findTargets(ctx.prev.text).filter((t) => t.bound === 'down') : [];
        const t = here[here.length - 1] ?? prevTargets[prevTargets.length - 1];
        if (t) target = { ...t, start: poreStart, end: poreStart };
      }
      if (target) push('down', occupancy ? verb(poreStart, m.start) : verb(m.end, poreStart), target);
    }
    // "Depolarisation drives magnesium out of the pore" relieves magnesium's block; "pulls it into the pore" deepens it.
    const moved = (expelled ? 'down' : INSERT_BEFORE.test(before) && INSERT_AFTER.test(after) ? 'up' : undefined) as Direction | undefined;
    const blockId = `${m.mineral}-block`;
    if (moved && lexicon.hasTarget(blockId)) {
      const clauseStart = prevBreak(text, m.start, sentence.start);
      const agent = targets.filter((t) => lexicon.isAgent(t.target) && t.start >= clauseStart && t.end <= m.start).pop();
      if (agent) {
        const subject: Mention = { start: agent.start, end: agent.end, mineral: agent.target, text: agent.text };
        const object: TargetMention = { start: m.start, end: m.end, target: blockId, text: m.text };
        const neg = negatedBefore(text.slice(agent.end, m.start));
        const rel: Direction = neg ? flip(moved) : moved;
        out.push(relate(subject, rel, verb(agent.end, m.start), object, neg, hedged));
      }
    }
    // A purpose after an arrival: "calcium arrives to relax them", "magnesium rushes in to trigger fusion".
    const purpose = PURPOSE_AFTER.exec(after);
    if (purpose) {
      const t = usable.find((x) => x.start === m.end + purpose[0].length);
      if (t) push('up', verb(m.end, t.start), t);
    }
    // A store releasing the mineral.
    const released = RELEASED_BEFORE.exec(before);
    const releasedAfter = RELEASED_AFTER.exec(after);
    if (released || releasedAfter) {
      const v = released ? verb(m.start - released[0].length, m.start) : verb(m.end, m.end + releasedAfter![0].length);
      const clauseEnd = nextBreak(text, m.end, sentence.end);
      const clauseStart = prevBreak(text, m.start, sentence.start);
      // What the released mineral does follows it ("… dumps its magnesium through the ryanodine receptors"); the release
      // verb itself ("releases") is no target.
      for (const t of usable) if (t.start >= m.end && t.end <= clauseEnd && !(t.start < v.end && t.end > v.start) && !lexicon.isAgent(t.target)) push('up', v, t);
    }
    // Independence: "works without any magnesium".
    const without = WITHOUT_BEFORE.exec(text.slice(sentence.start, m.start));
    if (without) {
      const clauseStart = prevBreak(text, m.start, sentence.start);
      const lead = text.slice(clauseStart, m.start - without[0].length);
      const clauseEnd = nextBreak(text, m.end, sentence.end);
      const before = usable.filter((x) => x.start >= clauseStart && x.end <= m.start - without[0].length).pop();
      // "Without magnesium, no release occurs": the target follows, and so does what fails.
      const t = before ?? usable.find((x) => x.start >= m.end && x.end <= clauseEnd);
      if (t) {
        const requires = FAILS.test(before ? lead : text.slice(m.end, clauseEnd));
        // Said to work without it: a denied requirement (negated "up"); said to fail without it: a requirement.
        push('up', verb(m.start - without[0].length, m.start), t, !requires);
      }
    }
  }
  return out;
}

/** The next clause boundary (semicolon, colon, dash, contrast conjunction) after `from`, or `end`. */
function nextBreak(text: string, from: number, end: number): number {
  const re = new RegExp(CLAUSE_BREAK.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < end ? m.index : end;
}

/** The last clause boundary before `to`, or `start`. */
function prevBreak(text: string, to: number, start: number): number {
  let last = start;
  for (const m of text.slice(start, to).matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) last = start + m.index + m[0].length;
  return last;
}

/** "calcium-triggered release", "Ca²⁺-dependent exocytosis", "Mg-induced block of …": the compound names a relation. */
const NOMINAL_UP = /^-(?:triggered|induced|evoked|driven|dependent|activated|mediated|stimulated|gated|regulated|controlled) (?:[a-z-]+ )?$/i;
const NOMINAL_DOWN = /^-(?:blocked|inhibited|suppressed|reduced|depressed|antagoni[sz]ed) (?:[a-z-]+ )?$/i;

function nominalClaims(text: string, subjects: Mention[], objects: TargetMention[], existing: Claim[], s: string): Claim[] {
  const out: Claim[] = [];
  for (const subject of subjects) {
    if (existing.some((c) => c.subject.start === subject.start)) continue;
    const object = objects.find((t) => t.start > subject.end && t.start - subject.end < 40);
    if (!object) continue;
    const gap = squash(text.slice(subject.end, object.start)) + ' ';
    const up = NOMINAL_UP.test(gap);
    if (!up && !NOMINAL_DOWN.test(gap)) continue;
    const relation: Direction = up ? 'up' : 'down';
    out.push(relate(subject, relation, { start: subject.end, end: object.start, text: gap.trim() }, object, false, HEDGE.test(s)));
  }
  return out;
}

/** "The more calcium …, the less excitable …": two comparatives; the same sense relates up, opposite senses down. */
const COMPARATIVE = /\bthe (more|higher|greater|bigger|larger|less|lower|fewer|smaller)\b/gi;
const MORE = /^(?:more|higher|greater|bigger|larger)$/i;

function comparativeClaims(text: string, sentence: Sentence, subjects: Mention[], objects: TargetMention[]): Claim[] {
  const s = text.slice(sentence.start, sentence.end);
  const marks = [...s.matchAll(COMPARATIVE)];
  if (marks.length !== 2) return [];
  const [a, b] = marks;
  const comma = s.indexOf(',', a.index);
  if (comma < 0 || comma > b.index) return [];
  const subject = subjects.find((m) => m.start >= sentence.start + a.index && m.end <= sentence.start + comma);
  if (!subject) return [];
  const firstMore = MORE.test(a[1]);
  // "the more calcium" is a higher calcium level; "the less magnesium" a lower one.
  const level: 'high' | 'low' = firstMore ? 'high' : 'low';
  const relation: Direction = MORE.test(b[1]) ? 'up' : 'down';
  const subj: Mention = subject.level || subject.condition || !subject.mineral ? subject : { ...subject, level };
  const out: Claim[] = [];
  for (const object of objects) {
    if (object.start < sentence.start + b.index || object.target === `${subject.mineral}-level`) continue;
    out.push(relate(subj, relation, { start: sentence.start + b.index, end: sentence.start + b.index + b[0].length, text: b[0] }, object, false, HEDGE.test(s)));
  }
  return out;
}

/** A fronted condition: "If your calcium level is too high, you get cramps", "When magnesium runs low, reflexes grow brisk". */
const CONDITION_START = /^\W*(?:if|when|whenever|once|as soon as|as|after)\b/i;

function conditionalClaims(text: string, sentence: Sentence, subjects: Mention[], objects: TargetMention[], lexicon: Lexicon): Claim[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!CONDITION_START.test(s)) return [];
  const vocab = vocabularyOf(lexicon);
  // The condition's subject: a mineral at a level or an agent (hyperventilation, alkalosis) in the first clause.
  const comma = s.indexOf(',');
  const condEnd = sentence.start + (comma > 0 ? comma : s.length);
  const subject = subjects.find((m) => m.start < condEnd && (m.level || lexicon.isAgent(m.mineral)));
  if (!subject) return [];
  const out: Claim[] = [];
  for (const object of objects) {
    if (object.start < Math.max(subject.end, comma > 0 ? condEnd : subject.end)) continue;
    if (object.target === `${subject.mineral}-level`) continue;
    const between = text.slice(subject.end, object.start);
    // The consequent's own relation word gives the direction: "When the neuron depolarises, the magnesium block is relieved".
    const consequent = text.slice(condEnd, sentence.end);
    const word = vocab.matches(consequent).find((v) => !isBackward(vocab, v[0]));
    const negated = negatedBefore(between.slice(Math.max(0, between.lastIndexOf(','))));
    // No relation word: a change word gives the direction ("…, release falls"); without one the direction is a guess.
    // (An object that names its own direction, "the ionised calcium drops", needs none.)
    const change = word || object.implied ? null : CHANGE_WORD.exec(consequent.slice(0, Math.max(0, object.start - condEnd)) + ' ' + text.slice(object.end, sentence.end));
    const up = word ? isUp(vocab, word[0]) : change ? !!change[1] : true;
    const relation: Direction = up !== negated ? 'up' : 'down';
    const claim = relate(subject, relation, { start: subject.end, end: object.start, text: 'if' }, object, negated, HEDGE.test(s));
    out.push(word || change || object.implied ? claim : { ...claim, weak: true });
  }
  return out;
}

/** A condition as a label: "Hypocalcaemia: tetany, cramps and tingling", "**High magnesium** — lost reflexes, weakness". */
const LABEL_LEAD = new Set(['in', 'with', 'severe', 'mild', 'acute', 'chronic', 'marked', 'signs', 'symptoms', 'features', 'of']);
const LABEL_END = /^[\s*_`)\]]*(?::|\s[—–-])\s/;

function labelClaims(text: string, sentence: Sentence, subjects: Mention[], objects: TargetMention[]): Claim[] {
  const subject = subjects.find((m) => m.level && m.start >= sentence.start);
  if (!subject) return [];
  // Only the label words before the subject ("Severe hypocalcaemia:", "In hypercalcaemia:").
  const lead = text.slice(sentence.start, subject.start);
  if (!lead.toLowerCase().split(/[\W_]+/).every((w) => !w || LABEL_LEAD.has(w))) return [];
  const label = LABEL_END.exec(text.slice(subject.end, sentence.end));
  if (!label) return [];
  const from = subject.end + label[0].length;
  const out: Claim[] = [];
  for (const object of objects) {
    if (object.start < from || !object.implied) continue;
    if (CONTRASTED.test(text.slice(Math.max(from, object.start - 32), object.start)) || negatedBefore(text.slice(from, object.start))) continue;
    out.push(relate(subject, 'up', { start: subject.end, end: from, text: label[0].trim() }, object, false, HEDGE.test(text.slice(sentence.start, sentence.end))));
  }
  return out;
}

/** Forms and modifiers of a given agent ("intravenous calcium gluconate", "potassium chloride on its own"). */
const AGENT_MOD = String.raw`(?:an?|the|some|extra|more|oral|intravenous|iv|i\.v\.|high-dose|supplemental|a dose of|doses of|an infusion of|infusions of|a bolus of|a drip of)`;
const AGENT_AFTER = String.raw`(?:[\s,]+(?:sulfate|sulphate|gluconate|chloride|citrate|carbonate|salts?|supplements?|infusions?|tablets?|replacement|repletion|therapy|intravenously|iv|alone|on (?:its|their) own|by (?:itself|themselves)|only|first|instead))*`;
/** Before the agent: "give (intravenous) …", "treat it with …", "avoid …". */
const USE_BEFORE = new RegExp(String.raw`\b(?:give|gives|giving|gave|given|administer(?:s|ed|ing)?|infus(?:e|es|ed|ing)|prescrib(?:e|es|ed|ing)|use|uses|using|used|replete|repleting|replace|replacing|top(?:s|ped|ping)? up with|treat(?:s|ed|ing)?(?: [\w-]+){0,4}? with|corrected (?:with|by)|reversed (?:with|by)|responds? to|responded to|(?:drug|treatment|therapy|antidote|remedy|cure)s?(?: of choice)? (?:is|are)|supplement(?:s|ed|ing)? with)\s+(?:${AGENT_MOD}\s+)*(?:(?:only|just|solely)\s+)?$`, 'i');
const AVOID_BEFORE = new RegExp(String.raw`\b(?:avoid|avoids|avoiding|withhold|withholding|withheld|stop|stops|stopping|stopped|discontinu(?:e|es|ed|ing)|never give|do not give|don't give|not give|no|without|hold|holding|held|cut out|cutting out)\s+(?:${AGENT_MOD}\s+)*$`, 'i');
/** After the agent: "… corrects it", "… is the drug of choice for", "… had to be avoided". */
const USE_AFTER = new RegExp(String.raw`^${AGENT_AFTER}\s+(?:(?:usually|quickly|rapidly|reliably|promptly|simply|also|then|will|can|could|should|would|must|does|do|did|is|are|was|were|has|have|always|effectively|readily|not|never|no longer|cannot|can't|won't|doesn't|don't|didn't|fails? to|failed to|is unable to)\s+)*(?:treats?|treated|corrects?|corrected|reverses?|reversed|fix(?:es)?|fixed|cures?|cured|resolves?|resolved|prevents?|prevented|normali[sz]es?|normali[sz]ed|restores?|antagoni[sz]es|counteracts?|is (?:the )?(?:standard |usual |first-line |best |preferred |recommended |main )?(?:drug|treatment|therapy|antidote|remedy|cure|answer|fix)(?: of choice)?(?: for| in| of)?|are (?:the )?(?:standard |usual |first-line )?(?:drugs|treatments|therapies)(?: of choice)? (?:for|in)|(?:is|are) used (?:for|to treat|to correct|in)|works? (?:for|in))\b`, 'i');
const AVOID_AFTER = new RegExp(String.raw`^${AGENT_AFTER}(?:\s+(?:in|for|during|to)(?:\s+[\w-]+){1,4}?)?\s+(?:(?:should|must|has to|had to|have to|needs? to|ought to|is to|are to)\s+(?:be\s+)?(?:avoided|withheld|stopped)|(?:is|are|was|were)\s+(?:(?:absolutely|strictly|relatively)\s+)?(?:contraindicated|dangerous|harmful|to be avoided|best avoided)|(?:should|must)\s+(?:not|never)\s+be\s+(?:given|used|administered)|makes? (?:it|things|this|them)? ?worse|worsens?)\b`, 'i');
const ALONE = /\b(?:alone|on (?:its|their) own|by (?:itself|themselves)|only|just|solely)\b/i;

/** Condition keys a sentence names: treatment-condition targets and minerals at a level. */
function conditionKeys(mentions: Mention[], targets: TargetMention[], lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  for (const m of mentions) if (m.level) keys.add(`${m.mineral}:${m.level}`);
  for (const t of targets) {
    if (lexicon.isTreatmentCondition(t.target)) keys.add(`target:${t.target}`);
    if (t.impliedTarget && lexicon.isLevelTarget(t.impliedTarget) && t.implied) keys.add(`${t.impliedTarget.replace(/-level$/, '')}:${t.implied === 'up' ? 'high' : 'low'}`);
  }
  return [...keys];
}

/**
 * Treatment claims: an agent given for, kept from or failing in a condition of the sentence or the one
 * before ("For torsade, give intravenous calcium", "Calcium had to be avoided", "potassium on its own will
 * correct this").
 */
function treatmentClaims(text: string, sentence: Sentence, targets: TargetMention[], lexicon: Lexicon, bounds: number[], prev?: Sentence): Claim[] {
  // "more magnesium", "extra calcium" given: an agent, not a condition.
  const given = (m: Mention): boolean => m.level === 'high' && !m.condition && /^(?:more|extra|additional|further)\s/i.test(text.slice(m.start, m.end));
  const own = conditionKeys(sentence.mentions.filter((m) => !given(m)), targets, lexicon);
  // The sentence's own conditions, else those of the sentence before ("Calcium had to be avoided" after a sentence on toxicity).
  // (The sentence before is read only when needed: its targets cost a search.)
  const conditions = own.length ? own : prev ? conditionKeys(prev.mentions, lexicon.findTargets(prev.text), lexicon) : [];
  if (!conditions.length) return [];
  const agents: Mention[] = sentence.mentions.filter((m) => ((!m.level && !m.condition) || given(m)) && !targets.some((t) => t.start <= m.start && m.end <= t.end && !lexicon.isTreatmentAgent(t.target)));
  for (const t of targets) if (lexicon.isTreatmentAgent(t.target)) agents.push({ start: t.start, end: t.end, mineral: t.target, text: t.text });
  const condObject = targets.find((t) => lexicon.isTreatmentCondition(t.target)) ?? conditionObjects(sentence, lexicon).find((t) => t.implied);
  const out: Claim[] = [];
  for (const agent of agents) {
    const cs = [...bounds].reverse().find((b) => b <= agent.start) ?? sentence.start;
    const ce = bounds.find((b) => b >= agent.end) ?? sentence.end;
    const head = text.slice(cs, agent.start);
    const tail = text.slice(agent.end, ce);
    let stance: 'use' | 'avoid' | 'fails' | undefined;
    let cue: RegExpExecArray | null;
    if ((cue = AVOID_BEFORE.exec(head))) stance = 'avoid';
    else if ((cue = AVOID_AFTER.exec(tail))) stance = 'avoid';
    else if ((cue = USE_BEFORE.exec(head))) stance = negatedBefore(head.slice(0, cue.index)) ? 'fails' : 'use';
    else if ((cue = USE_AFTER.exec(tail))) stance = FAIL_WORDS.test(cue[0]) ? 'fails' : 'use';
    if (!stance || !cue) continue;
    const near = `${head.slice(-16)} ${new RegExp(`^${AGENT_AFTER}`, 'i').exec(tail)?.[0] ?? ''}`;
    // Aimed at a condition of this sentence: a treating verb ("treats", "reverses", "is treated with"), or a plain
    // "give/use" with the condition named as what it is for ("For torsade, give …", "give … for torsade").
    const treating = !/^(?:give|gives|giving|gave|given|administer\w*|infus\w*|prescrib\w*|use|uses|using|used|replete|repleting|replace|replacing|top\w* up with|supplement\w* with)\b/i.test(cue[0].trim());
    const directed = own.length > 0 && (treating || /^\W*(?:for|in|during)\b|\b(?:for|to treat|to reverse|to correct|to counteract|to prevent|against)\s+(?:\w+\s+){0,3}?\S*$/i.test(text.slice(sentence.start, agent.start)) || /^\S*\s+(?:\S+\s+){0,3}?(?:for|to treat|to reverse|to correct|to counteract|to prevent|against|in)\b/i.test(tail));
    const alone = ALONE.test(near);
    const object: TargetMention = condObject ?? { start: agent.end, end: agent.end, target: conditions[0].startsWith('target:') ? conditions[0].slice(7) : `${conditions[0].split(':')[0]}-level`, text: '' };
    const relation: Direction = stance === 'use' ? 'up' : 'down';
    out.push({
      subject: agent, relation, verb: { start: agent.end, end: agent.end, text: cue[0].trim() }, negated: stance === 'fails', hedged: HEDGE.test(text.slice(cs, ce)),
      object, target: object.target, direction: relation, treatment: { stance, alone, conditions, directed },
    });
  }
  return out;
}

function flip(d: Direction): Direction {
  return d === 'up' ? 'down' : 'up';
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
/** A level verb right before a pronoun: "raising it", "lowering them". */
const LEVEL_LEAD = /\b(?:(raising|raise|raises|raised|increasing|increase|increases|increased|elevating|elevated|boosting|adding)|(lowering|lower|lowers|lowered|reducing|reduce|reduces|reduced|decreasing|decrease|decreases|decreased|depleting|depleted|removing|removed))\s+$/i;
const LEVELLED_PRONOUN = new RegExp(LEVEL_LEAD.source.replace(/\\s\+\$$/, String.raw`\s+(?:it|them)\b`), 'gi');
const AGENT_LOW_BEFORE = /\b(?:a lack of|lack of|too little|not enough|low|lower|reduced|decreased|diminished|impaired|blunted|suppressed|deficient|insufficient|inadequate|a deficiency of|deficiency of|a shortage of|shortage of|absence of|resistance to|without)\s+(?:(?:the|active|circulating|serum|blood)\s+)*$/i;
const AGENT_LOW_AFTER = /^\s+(?:deficiency|deficit|insufficiency|shortage|depletion|lack)\b/i;
/** Words before a mention that make it an object, not a subject ("competes with calcium"). */
const OBJECT_BEFORE = /\b(?:with|to|of|for|by|from|than|on|onto|into|against|between|over|about)\s+(?:(?:the|a|an|extra|more|less)\s+)?$/i;
/** Nouns whose "of" phrase carries the acting mineral: "entry of Mg²⁺", "the arrival of Ca²⁺". */
const HEAD_OF = /\b(?:doses?|bit|little|entry|entering|influx|inrush|burst|surge|rush|puff|pulse|efflux|binding|arrival|release|levels?|concentrations?|rise|increase|excess|lack|shortage|loss|deficiency|deficit|amount|supply|intake|addition|removal|flood|wave|current)\s+of\s+(?:the\s+)?$/i;
/** People who have a condition stand for it: "patients with hypercalcaemia develop …", "people with low magnesium". */
const BEARER_WITH = /\b(?:patients|people|persons|individuals|those|anyone|someone|children|adults|women|men|cases|subjects|animals)\s+with\s+(?:(?:a|an|the|severe|mild|marked|chronic|acute)\s+)?$/i;
/** A condition fronted at the start of a sentence: "With hypercalcaemia, patients …", "In hypomagnesaemia, …". */
const FRONTED_LEAD = /(?:with|in|during)\s(?:(?:a|an|the|severe|mild|marked|chronic|acute)\s)?$/i;
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
/** "is your body's built-in muscle …", "is the main trigger of …": a copula and a few words before the target. */
const COPULA_GAP = /^(?:(?:patients|people|persons|individuals|subjects|children|adults|animals|muscles|nerves|neurons|cells) )?(?:is|are|was|were|acts? as|serves? as|functions? as|works? as|behaves? as|behaves? like|has|have|had|exerts?|tends? to (?:be|have|get|feel|look)|becomes?|feels?|looks?|appears?)(?: [\w'’-]+){0,4}$/i;
const OPPOSING_NOUN = /\b(?:antagonists?|blockers?|inhibitors?|brakes?|opponents?|counterweights?|blocks?)\b/i;
/** Role nouns and binding verbs that state an enabling relation outright ("is the trigger for", "latches onto troponin"). */
const ENABLING_GAP = /\b(?:triggers?|signals?|cues?|initiators?|activators?|igniters?|go[- ]signal|green light|key|keys|gas pedal|accelerators?|on[- ]switch|switch|sparks?|starters?|drivers?)\b/i;
/** Binding verbs: they state a relation only on a target where binding is activation (`bound: "up"`, e.g. the trigger site). */
const BINDING_GAP = /\b(?:binds?|bound|latch(?:es)? onto|attach(?:es)? to|docks? (?:on|onto)|occupies)\b/i;
/** A head noun after the mineral that keeps it the subject: "magnesium entry is the cue for …". */
const SUBJECT_HEAD = /^(?:ions?|entry|influx|inflow|arrival|binding) (?=(?:is|are|was|were|acts?|serves?|functions?|works?|behaves?) )/i;
/** Before an object that the verb does not reach: "at doses too low to interrupt conduction", "that leave conduction intact". */
const SHIELDED = /\b(?:too (?:low|small|weak|little|dilute) to|not enough to|without|that (?:leave|leaves|spare|spares|do not|does not|don't|doesn't)|which (?:leave|leaves|spare|spares|do not|does not)|leaving|sparing)\b[^,;.]{0,30}$/i;
/** A target named by a role noun ("nature's calcium blocker"): a copula naming it states the role outright. */
const ROLE_NOUN_OBJECT = /\b(?:blockers?|antagonists?|agonists?)$/i;
/** Targets where sitting or binding means blocking, so a binding verb states no direction (channels, pores, receptors). */
const BLOCKABLE_TARGET = /\b(?:channels?|pores?|receptors?)\b/i;
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
function resolveAnaphora(before: string, sentence: Sentence, prev: Sentence | undefined, clauseStart: number): Mention[] {
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
  return last ? at(last) : [];
}

const IMPERATIVE = /^\W*(?:(?:always|never|please|first|then|just|now|so)\s+)?(?:confirm|recheck|monitor|replace|limit|aim|test|add|take|try|mix|stir|combine|eat|drink|use|avoid|make|pour|heat|serve|ask|talk|consider|check|remember|choose|pick|buy|shop|order|click|subscribe|sign up|read|see|note|let's|do not|don't|give|follow|watch|act|keep|start|stop|store|grab|get|swap|discuss|compare|measure|repeat|look)\b(?!:)/i;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|[Mm]y|me|mine)\b|^\W*(?:[Ww]e|[Oo]ur(?!\s+(?:own\s+)?(?:body|bodies|cells?|muscles?|nerves?|neurons?|bones?|hearts?|brains?|blood|kidneys?|guts?|organs?|tissues?|nervous|immune|skeletons?|teeth|arteries|systems?)\b)|[Uu]s|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b(?!\s+(?:know|now know|found|showed|have shown))|\b[Ww]e (?:will|'ll|return|do not|don't|turn|discuss|now|can't|cannot|ask|examine|test|investigate|explore|propose|aim|wondered|asked)\b|["”],? (?:said|says|according to|explained|told)\b/;
/** A reason clause that carries a claim of its own. */
const REASON = /\b(?:because|since|as)\b/g;
const MARKETING = /[™®]|\b(?:our(?!\s+(?:own\s+)?(?:body|bodies|cells?|muscles?|nerves?|neurons?|bones?|skeletons?|hearts?|brains?|blood|kidneys?|guts?|intestines?|organs?|tissues?|health|diets?|food|species|ancestors|nervous|immune|metabolism|hormones?|teeth|arteries|blood\s+vessels|heartbeat|minds?|systems?|physiology|daily\s+(?:diet|food)))|tastiest|delicious|gummies|discount|buy now|shop now|order now|free shipping|best-selling|bestselling|formula|follow for|subscribe|sign up|link in bio)\b/i;
const META = /\b(?:(?:sometimes|often|commonly) (?:described|called|referred to) as|nicknamed|this (?:article|post|chapter|section|essay|piece|page|thread|video|episode|draft|thesis|proposal|handout|leaflet)|section \d|chapter \d|an earlier version|next week|in part \d|for part \d|see below|see above|table \d|figure \d)\b/i;
const CASE_DATA = /\b(?:\d+-year-old|this morning|lab report|a lab reports|patient (?:was|had|is)|she had|he had|our patient|on admission|(?:pt|patient|she|he) (?:reports|denies|complains|presents|describes)|(?:was|were) (?:started|given|stopped|administered|begun|commenced|infused|withdrawn) (?:on|at|after|before)|(?:was|were) (?:started|given|stopped|administered|begun|commenced|infused|withdrawn)\.?$)|\b\d+ (?:of|out of) \d+ (?:[\w-]+ ){0,3}?(?:cells|neurons|patients|participants|subjects|animals|mice|rats|slices|fibres|fibers|people|women|men|cases)\b/i;
/** Methods statements of a study ("Calcium values were analysed separately"): what was done, not a claim about physiology. */
const METHODS = /\b(?:values|samples|measurements|readings|data|results|concentrations|levels)\s+(?:were|was)\s+(?:then\s+|also\s+|all\s+|each\s+)?(?:analy[sz]ed|binned|measured|collected|recorded|stratified|grouped|excluded|included|compared|(?:log-)?transformed|categori[sz]ed|adjusted|assessed|calculated|determined|obtained|expressed|standardi[sz]ed|normali[sz]ed|summari[sz]ed|entered|pooled|averaged|split|divided|plotted|tabulated)\b/i;
/** Opinions, motions and news ledes that announce rather than state. */
const OPINION = /\b(?:overrated|overhyped|underrated|a waste of money|the motion is|this house believes|new (?:details|insights?|clues|light) (?:about|into|on)|is often (?:said|written|claimed|repeated|stated|heard)|people (?:often )?(?:say|claim)|you (?:will |may |often )?hear (?:it said )?that)\b/i;
/** A lab line of a case: a mineral symbol with a measured value ("Ca 1.9 mmol/L, Mg 0.4 mmol/L"), with no reference range named. */
const LAB_LINE = /\b(?:Ca|Mg|K|Na|PTH|iCa)(?:²⁺|2\+|\+\+)?:?\s\d+(?:\.\d+)?\s?(?:mmol\/L|mg\/dL|mEq\/L|pg\/mL|mM)\b/;
const RANGE_WORDS = /\b(?:normal|range|reference|should|between|typically|usually|above|below|than|means?|equals?|corresponds?)\b/i;
const CLAIM_SIGNAL = /\b(?:is|are|was|were|has|have|had|can|will|does|do|did|must|needs?|requires?|depends?|acts?|plays?|binds?|enters?|regulates?|controls?|helps?|keeps?|works?|contributes?|supports?|affects?|influences?|modulates?|mediates?|occupies|occurs?|reflects?|shapes?|sits?|rises?|falls?|equals?|corresponds?|means?|explains?|correlates?|accounts? for|describe|arises?|responds?|resists?|normal|range|typical|classic(?:al)?|consequence|mmol\/L|mg\/dL|mEq\/L|mg\/day|per day|daily)\b/i;

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
  if (/^\W*(?:\w[\w.]*\s+){0,3}?(?:if|when|in|for)\b[^,:]*[,:]\s*(?:give|take|add|check|start|stop|repeat|use|replete|replace|correct|treat|administer|measure|recheck|monitor|consider|avoid|do not|don't|withhold)\b(?!\s+of\b)/i.test(t)) return false;
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
  if (genre && !attributed) return false;
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
