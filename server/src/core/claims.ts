/**
 * The claim model: what a sentence says about a mineral. For each clause, the subject mentions
 * (a mineral, possibly at a low/high level), the relation (up / down, with negation and hedging),
 * and the target mentions it acts on. Rules compare these with the fact base.
 */
import type { Direction } from './facts/types';
import type { Lexicon, TargetMention } from './lexicon';
import type { Mention, Sentence, Span } from './types';

/** One claim: subject → relation → object. Spans are segment text offsets. */
export interface Claim {
  subject: Mention;
  /** Direction of the relation as written (after negation). */
  relation: Direction;
  /** The relation word(s). */
  verb: Span & { text: string };
  negated: boolean;
  hedged: boolean;
  object: TargetMention;
  /** Direction the claim asserts for the object's general target (object implied direction folded in). */
  target: string;
  direction: Direction;
}

/** What a sentence claims. */
export interface SentenceClaims {
  /** True if the sentence is a checkable factual statement about a mineral. */
  factual: boolean;
  claims: Claim[];
}

const UP_VERBS = [
  'triggers?', 'triggered', 'triggering', 'causes?', 'caused', 'causing', 'leads? to', 'led to', 'leading to', 'results? in', 'resulted in',
  'increases?', 'increased', 'increasing', 'enhances?', 'enhanced', 'enhancing', 'promotes?', 'promoted', 'promoting', 'activates?',
  'activated', 'activating', 'stimulates?', 'stimulated', 'stimulating', 'induces?', 'induced', 'inducing', 'provokes?', 'provoked',
  'drives?', 'drove', 'driving', 'boosts?', 'boosted', 'boosting', 'facilitates?', 'facilitated', 'facilitating', 'produces?',
  'produced', 'initiates?', 'initiated', 'initiating', 'sets? off', 'sparks?', 'sparked', 'opens?', 'opened', 'evokes?', 'evoked',
  'raises?', 'raised', 'amplifies', 'amplified', 'heightens?', 'heightened', 'is required for', 'are required for', 'is needed for',
  'are needed for', 'is essential for', 'are essential for', 'brings? on', 'gives? rise to', 'contributes? to', 'is responsible for',
  'are responsible for', 'starts?', 'started', 'switches on', 'turns on', 'fires? off',
];
const DOWN_VERBS = [
  'blocks?', 'blocked', 'blocking', 'inhibits?', 'inhibited', 'inhibiting', 'reduces?', 'reduced', 'reducing', 'decreases?',
  'decreased', 'decreasing', 'prevents?', 'prevented', 'preventing', 'suppresses?', 'suppressed', 'suppressing', 'dampens?',
  'dampened', 'dampening', 'diminish(?:es)?', 'diminished', 'diminishing', 'antagoni[sz]es?', 'antagoni[sz]ed', 'lowers?',
  'lowered', 'lowering', 'depresses?', 'depressed', 'depressing', 'attenuates?', 'attenuated', 'limits?', 'limited', 'limiting',
  'stops?', 'stopped', 'stopping', 'halts?', 'counteracts?', 'counteracted', 'opposes?', 'opposed', 'weakens?', 'weakened',
  'calms?', 'calmed', 'quiets?', 'quietens?', 'shuts? down', 'shuts? off', 'switches off', 'turns off', 'relieves?', 'protects? against',
  'stabili[sz]es?', 'stabili[sz]ed', 'impairs?', 'impaired', 'curbs?', 'curbed', 'restrains?', 'competes? with',
];
const VERB_RE = new RegExp(`\\b(?:${[...UP_VERBS, ...DOWN_VERBS].join('|')})\\b`, 'i');
const UP_RE = new RegExp(`^(?:${UP_VERBS.join('|')})$`, 'i');
const NEGATION = /\b(?:not|no longer|never|cannot|can't|doesn't|don't|didn't|won't|isn't|aren't|wasn't|weren't|neither|nor|fails? to|unlikely to)\b[^,;]{0,25}$/i;
const HEDGE = /\b(?:may|might|could|possibly|perhaps|potentially|some evidence|it is thought|is thought to|is believed|hypothes[iz]|suggests? that|appears? to|seems? to|likely)\b/i;
const CLAUSE_BREAK = /[;:]|,\s(?:while|whereas|but|although|though|which|and so)\b|\s(?:whereas|while|but)\s/g;

/** Extract the claims of a sentence. `prev` is the previous sentence (for pronoun resolution). */
export function extractClaims(sentence: Sentence, lexicon: Lexicon, prev?: Sentence): SentenceClaims {
  const text = sentence.segment.text;
  const s = text.slice(sentence.start, sentence.end);
  const kind = sentence.segment.kind;
  const factual = isFactual(s, kind, sentence.mentions.length > 0);
  const claims: Claim[] = [];
  const targets = lexicon.findTargets(s).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
  // Clause boundaries in segment offsets.
  const bounds = [sentence.start];
  for (const m of s.matchAll(CLAUSE_BREAK)) bounds.push(sentence.start + m.index);
  bounds.push(sentence.end);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const cs = bounds[i];
    const ce = bounds[i + 1];
    const clause = text.slice(cs, ce);
    const vm = VERB_RE.exec(clause);
    if (!vm) continue;
    const vStart = cs + vm.index;
    const vEnd = vStart + vm[0].length;
    const word = vm[0];
    const up = UP_RE.test(word);
    const before = text.slice(cs, vStart);
    const negated = NEGATION.test(before);
    const hedged = HEDGE.test(clause) || HEDGE.test(before);
    let subjects = sentence.mentions.filter((m) => m.start >= cs && m.end <= vStart);
    if (!subjects.length) subjects = resolvePronoun(before, prev);
    const passive = /\b(?:is|are|was|were|be|been|being)\s+$/i.test(before) && /^\s+by\b/i.test(text.slice(vEnd, ce));
    let objects = targets.filter((t) => t.start >= vEnd && t.end <= ce);
    if (passive) {
      objects = targets.filter((t) => t.start >= cs && t.end <= vStart);
      subjects = sentence.mentions.filter((m) => m.start >= vEnd && m.end <= ce);
    }
    for (const subject of subjects) {
      for (const object of objects) {
        let dir: Direction = up ? 'up' : 'down';
        if (negated) dir = flip(dir);
        let target = object.target;
        let direction = dir;
        if (object.implied && object.impliedTarget) {
          target = object.impliedTarget;
          direction = object.implied === 'up' ? dir : flip(dir);
        }
        claims.push({ subject, relation: dir, verb: { start: vStart, end: vEnd, text: word }, negated, hedged, object, target, direction });
      }
    }
  }
  return { factual, claims };
}

function flip(d: Direction): Direction {
  return d === 'up' ? 'down' : 'up';
}

/** "This influx", "They", "It", "the latter" → the mention(s) of the previous sentence. */
function resolvePronoun(before: string, prev?: Sentence): Mention[] {
  if (!prev || !prev.mentions.length) return [];
  if (/^\s*(?:this|these|that|such)\b|^\s*(?:they|it|its|their)\b/i.test(before)) return [prev.mentions[0]];
  if (/\bthe former\b/i.test(before)) return [prev.mentions[0]];
  if (/\bthe latter\b/i.test(before)) return [prev.mentions[prev.mentions.length - 1]];
  return [];
}

const IMPERATIVE = /^\s*(?:add|take|try|mix|stir|combine|eat|drink|use|avoid|make|pour|heat|serve|ask|talk|consider|check|remember|choose|pick|buy|shop|order|click|subscribe|sign up|read|see|note|let's|do not|don't)\b/i;
const CLAIM_SIGNAL = /\b(?:is|are|was|were|has|have|had|can|may|might|could|will|does|do|did|must|causes?|leads?|results?|triggers?|increases?|decreases?|reduces?|blocks?|inhibits?|binds?|enters?|regulates?|controls?|plays?|acts?|helps?|needs?|requires?|depends?|competes?|prevents?|activates?|raises?|lowers?|opens?|closes?|stabili[sz]es?|promotes?|produces?|affects?|influences?|makes?|keeps?|works?|contributes?|supports?|protects?|counteracts?|opposes?|facilitates?|modulates?|mediates?|\d)\b/i;

/** Is this a checkable factual statement (not a question, heading, instruction, or fluff)? */
function isFactual(s: string, kind: string, mentionsMineral: boolean): boolean {
  if (!mentionsMineral) return false;
  if (kind === 'heading' || kind === 'footnoteDefinition' || kind === 'referenceEntry') return false;
  const t = s.trim();
  if (t.endsWith('?')) return false;
  if (IMPERATIVE.test(t)) return false;
  if (t.split(/\s+/).length < 4) return false;
  return CLAIM_SIGNAL.test(t);
}
