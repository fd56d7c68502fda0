/**
 * Vocabulary matching compiled from the fact base: mineral mentions (names, ion notation,
 * condition words, level modifiers) and target mentions. Patterns are built once per fact base.
 */
import type { FactBase } from './facts/factbase';
import { ARRIVING_AFTER, ARRIVING_BEFORE, HIGH_AFTER, HIGH_BEFORE, LOST_BEFORE, LOW_AFTER, LOW_BEFORE, PUMP_BACK, REMOVAL_BEFORE } from './language/levels';
import type { RelationFile } from './language/relations';
import type { Direction, Level } from './facts/types';
import type { Mention, Span } from './types';

/** A target mention with the direction it implies, if any. */
export interface TargetMention extends Span {
  target: string;
  text: string;
  /** Direction implied by the term itself (tetany → excitability up). */
  implied?: Direction;
  /** Target the implied direction is about. */
  impliedTarget?: string;
  /** What a mineral bound to this target does to it (see TargetDef.bound). */
  bound?: Direction;
  /** An observed sign with no direction of its own (see TargetDef.sign). */
  sign?: boolean;
}

/** Compiled matchers for one fact base. */
export interface Lexicon {
  /** Mentions in `text`, with offsets plus `offset` (where the text starts in a longer one). */
  findMentions(text: string, offset?: number): Mention[];
  /** Target mentions in `text`, with offsets plus `offset`. */
  findTargets(text: string, offset?: number): TargetMention[];
  /** Quick test: does the text mention any mineral or condition? */
  hasMineral(text: string): boolean;
  /** Is there a target with this id? */
  hasTarget(id: string): boolean;
  /** Does a fact give this target a role as an agent (a hormone such as PTH acting on the calcium level)? */
  isAgent(targetId: string): boolean;
  /** Is this the blood-level target of a mineral ("calcium-level")? */
  isLevelTarget(targetId: string): boolean;
  /** Is this target an agent of a treatment (potassium given for hypokalaemia)? */
  isTreatmentAgent(targetId: string): boolean;
  /** Is this target a condition a treatment is for (torsade de pointes)? */
  isTreatmentCondition(targetId: string): boolean;
  /** Relation words the fact files add to the built-in ones (claims.ts reads them). */
  readonly relationFiles: RelationFile[];
}


export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type TrieNode = Map<string, TrieNode> & { end?: boolean };

/**
 * A regex source matching exactly what `(?:w1|w2|…)` matches (words in the given order), factored into a
 * trie so that the engine tests one branch per character instead of every word at every position
 * (the target list has hundreds of words). Equivalent only when the order puts a word before every
 * word that is a prefix of it and no two sibling characters match each other under `flags`; otherwise
 * the plain alternation is returned.
 */
export function wordAlternation(words: string[], flags: string): string {
  const plain = words.map(escapeRe).join('|') || '(?!)';
  const root: TrieNode = new Map();
  const seen = new Set<string>();
  for (const w of words) {
    // A repeated word changes nothing (its first place counts).
    if (seen.has(w)) continue;
    if (!w) return plain;
    // A word that is a prefix of an earlier one is fine (longer first); a longer word after its prefix is not.
    for (let k = 1; k < w.length; k++) if (seen.has(w.slice(0, k))) return plain;
    seen.add(w);
    let n = root;
    for (const ch of w) {
      let c = n.get(ch);
      if (!c) n.set(ch, (c = new Map()));
      n = c;
    }
    n.end = true;
  }
  let ok = true;
  const caseless = flags.includes('i');
  const emit = (n: TrieNode): string => {
    const chars = [...n.keys()];
    if (caseless) for (let i = 0; i < chars.length; i++) for (let j = i + 1; j < chars.length; j++) if (sameFolded(chars[i], chars[j])) ok = false;
    const alts = chars.map((ch) => escapeRe(ch) + emit(n.get(ch)!));
    if (!alts.length) return '';
    // Longer words first, then the word ending here.
    if (n.end) alts.push('');
    return alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  };
  const source = emit(root);
  return ok && words.length ? `(?:${source})` : plain;
}

/** A match found by a scanner, shaped like a regex match (`m.index`, `m[0]`). */
export interface ScanMatch {
  index: number;
  0: string;
}

/** Finds the matches of one pattern in a text; `first` stops after the first. */
export type Scanner = (text: string, first?: boolean) => ScanMatch[];

/**
 * The matches of the global pattern `\b(?:a1|a2|…)<tail>` (alternatives as regex sources, in priority
 * order), found without running the whole alternation at every position: V8 tries every alternative in
 * turn, so a pattern of hundreds of words costs ~100 ns per character. Here a loop finds the word starts
 * and runs, at each, a sticky pattern of only the alternatives that can start with the letter found there.
 *
 * Exact: every alternative starts with an ASCII letter, digit or underscore (a word character), so a match can only begin where
 * `\b` holds before a word character; there, the alternatives that cannot start with that character fail
 * at once, and the others are tried in the same order (`join` must keep the order's meaning, as
 * `wordAlternation` does), so the first to match, and the match, are the same. Word characters and case
 * follow `flags` (`iu` adds ſ and the Kelvin sign, which fold to s and k). `extra`, a sticky pattern tried
 * where a character of `extraChars` stands, is an alternative that cannot start with a word character.
 * Returns undefined when an alternative's first letters are not simply known.
 */
export function boundaryScanner(
  alternatives: string[],
  tail: string,
  flags: string,
  join: (alts: string[], flags: string) => string = (alts) => alts.join('|'),
  extra?: { chars: string; pattern: RegExp },
): Scanner | undefined {
  const caseless = flags.includes('i');
  const foldsToAscii = caseless && flags.includes('u');
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const letters = firstLetters(a, caseless);
    if (!letters) return undefined;
    for (const c of letters) groups.set(c, [...(groups.get(c) ?? []), a]);
  }
  const sticky = `${flags.replace(/[gy]/g, '')}y`;
  const buckets = new Map<number, RegExp>();
  for (const [c, alts] of groups) buckets.set(c.charCodeAt(0), new RegExp(`(?:${join(alts, flags)})${tail}`, sticky));
  const isWord = (c: number): boolean =>
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (foldsToAscii && (c === 0x17f || c === 0x212a));
  /** The bucket key of a character: itself, or with `i` its lower-case ASCII letter. */
  const keyOf = (c: number): number => (!caseless ? c : c >= 65 && c <= 90 ? c + 32 : !foldsToAscii ? c : c === 0x17f ? 115 : c === 0x212a ? 107 : c);
  return (text, first = false) => {
    const out: ScanMatch[] = [];
    let prevWord = false;
    for (let p = 0; p < text.length; ) {
      const c = text.charCodeAt(p);
      const word = isWord(c);
      let m: RegExpExecArray | null = null;
      if (word && !prevWord) {
        const re = buckets.get(keyOf(c));
        if (re) {
          re.lastIndex = p;
          m = re.exec(text);
        }
      } else if (extra && !word && extra.chars.includes(text[p])) {
        extra.pattern.lastIndex = p;
        m = extra.pattern.exec(text);
      }
      if (m && m[0].length) {
        out.push({ index: p, 0: m[0] });
        if (first) break;
        p += m[0].length;
        prevWord = isWord(text.charCodeAt(p - 1));
        continue;
      }
      prevWord = word;
      p++;
    }
    return out;
  };
}

/** The ASCII word characters (lower-cased if `caseless`) a regex source can start with, or undefined when not simply known. */
function firstLetters(src: string, caseless: boolean): Set<string> | undefined {
  const optional = (at: number): boolean => src[at] === '?' || src[at] === '*' || src.startsWith('{0', at);
  if (/^\w/.test(src)) return optional(1) ? undefined : new Set([caseless ? src[0].toLowerCase() : src[0]]);
  if (!src.startsWith('(?:')) return undefined;
  // The group's top-level alternatives, up to its closing parenthesis (escapes and classes: not simply known).
  const parts: string[] = [];
  let depth = 0;
  let from = 3;
  for (let i = 3; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\' || ch === '[') return undefined;
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(src.slice(from, i));
      from = i + 1;
    } else if (ch === ')') {
      parts.push(src.slice(from, i));
      if (optional(i + 1)) return undefined;
      const out = new Set<string>();
      for (const part of parts) {
        const l = firstLetters(part, caseless);
        if (!l) return undefined;
        for (const c of l) out.add(c);
      }
      return out;
    }
  }
  return undefined;
}

/**
 * May two characters match each other in a case-insensitive pattern? Simple case folding is covered by
 * comparing lower, upper and lower-of-upper forms (Kelvin sign and k, long s and s, micro sign and mu).
 * Errs towards true, which only costs the trie.
 */
function sameFolded(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase() || a.toUpperCase().toLowerCase() === b.toUpperCase().toLowerCase();
}

/** `wordAlternation` of escaped words (a scanner's `join`). */
export const wordsAlternation = (escaped: string[], flags: string): string => wordAlternation(escaped.map((w) => w.replace(/\\(.)/g, '$1')), flags);

/**
 * The lexicon's word patterns: `\b(?:w1|w2|…)<suffix>\b`, case-insensitive, words in priority order, as a
 * global pattern and as a scanner with the same matches (boundaryScanner; the pattern itself when it cannot be used).
 */
export function wordPattern(words: string[], suffix: string): { readonly re: RegExp; scan: Scanner } {
  // The whole pattern is built only when something reads it (tests, or the fallback scanner): building the trie of
  // hundreds of words costs tens of milliseconds when the server starts.
  let re: RegExp | undefined;
  const pattern = (): RegExp => (re ??= new RegExp(`\\b${wordAlternation(words, 'giu')}${suffix}\\b`, 'giu'));
  return {
    get re(): RegExp {
      return pattern();
    },
    scan: boundaryScanner(words.map(escapeRe), `${suffix}\\b`, 'giu', wordsAlternation) ?? regexScanner(pattern()),
  };
}

/** A scanner running a global pattern itself (the fallback when boundaryScanner cannot be used). */
export function regexScanner(re: RegExp): Scanner {
  return (text, first = false) => {
    const out: ScanMatch[] = [];
    for (const m of text.matchAll(re)) {
      out.push({ index: m.index, 0: m[0] });
      if (first) break;
    }
    return out;
  };
}

/** Build the lexicon of a fact base. */
export function createLexicon(facts: FactBase): Lexicon {
  const nameToMineral = new Map<string, string>();
  const symbolToMineral = new Map<string, string>();
  const conditionWord = new Map<string, { mineral: string; level: Level }>();
  for (const m of facts.minerals) {
    for (const n of m.names) nameToMineral.set(n.toLowerCase(), m.id);
    symbolToMineral.set(m.symbol, m.id);
    for (const w of m.conditions.low) conditionWord.set(w.toLowerCase(), { mineral: m.id, level: 'low' });
    for (const w of m.conditions.high) conditionWord.set(w.toLowerCase(), { mineral: m.id, level: 'high' });
  }
  const nameWords = [...nameToMineral.keys()].sort((a, b) => b.length - a.length);
  const condWords = [...conditionWord.keys()].sort((a, b) => b.length - a.length);
  const symbols = [...symbolToMineral.keys()].map(escapeRe);
  const nameScan = wordPattern([...condWords, ...nameWords], '').scan;
  // Element symbol, optionally followed by a charge: Ca²⁺ Ca2+ Ca++ Ca(2+) Ca⁺⁺; case-sensitive.
  const symbolRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${symbols.join('|') || '(?!)'})(?:²⁺|⁺⁺|2⁺|2\\+|\\+\\+|\\(2\\+\\)|\\(II\\))?(?:ₒ|ᵢ|ₑ|_o|_i|_e)?(?![\\p{L}\\p{N}])`, 'gu');

  const targetTerms: { term: string; target: string; implied?: Direction; impliedTarget?: string; bound?: Direction; plural?: boolean; sign?: boolean }[] = [];
  for (const t of facts.targets) {
    for (const term of t.terms) {
      targetTerms.push({ term: term.toLowerCase(), target: t.id, implied: t.implies?.direction, impliedTarget: t.implies?.target, bound: t.bound, plural: t.plural, sign: t.sign });
    }
  }
  targetTerms.sort((a, b) => b.term.length - a.term.length);
  const termInfo = new Map(targetTerms.map((t) => [t.term, t]));
  const targetScan = wordPattern(targetTerms.map((t) => t.term), '(?:s|es)?').scan;

  function findMentions(text: string, offset = 0): Mention[] {
    const out: Mention[] = [];
    for (const m of nameScan(text)) {
      const word = m[0].toLowerCase();
      const start = m.index;
      const end = start + m[0].length;
      const cond = conditionWord.get(word);
      if (cond) {
        out.push({ start, end, mineral: cond.mineral, level: cond.level, text: m[0], condition: true });
        continue;
      }
      const mineral = nameToMineral.get(word);
      if (!mineral) continue;
      out.push(withLevel(text, { start, end, mineral, text: m[0] }));
    }
    for (const m of text.matchAll(symbolRe)) {
      const sym = /^[A-Z][a-z]?/.exec(m[0])?.[0] ?? m[0];
      const mineral = symbolToMineral.get(sym);
      if (mineral) out.push(withLevel(text, { start: m.index, end: m.index + m[0].length, mineral, text: m[0] }));
    }
    out.sort((a, b) => a.start - b.start);
    return shifted(out, offset);
  }

  function findTargets(text: string, offset = 0): TargetMention[] {
    const out: TargetMention[] = [];
    for (const m of targetScan(text)) {
      const lower = m[0].toLowerCase();
      const info = termInfo.get(lower) ?? termInfo.get(lower.replace(/e?s$/, '')) ?? termInfo.get(lower.replace(/s$/, ''));
      if (!info) continue;
      // "Magnesium blocks …" is a verb, not the plural of the target "magnesium block".
      if (info.plural === false && info.term !== lower) continue;
      // "absent reflexes", "loss of nerve conduction": a term with no direction of its own, named as lost, is that target down.
      const lost = !info.implied && LOST_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
      out.push({ start: m.index, end: m.index + m[0].length, target: info.target, text: m[0], implied: lost ? 'down' : info.implied, impliedTarget: lost ? info.target : info.impliedTarget, ...(info.bound ? { bound: info.bound } : {}), ...(info.sign ? { sign: true } : {}) });
    }
    return shifted(out, offset);
  }

  function hasMineral(text: string): boolean {
    if (nameScan(text, true).length) return true;
    symbolRe.lastIndex = 0;
    const r = symbolRe.test(text);
    symbolRe.lastIndex = 0;
    return r;
  }

  const targetIds = new Set(facts.targets.map((t) => t.id));
  const agents = new Set<string>();
  for (const f of facts.facts) for (const r of f.roles ?? []) if (targetIds.has(r.agent)) agents.add(r.agent);
  const levelTargets = new Set(facts.minerals.map((m) => `${m.id}-level`).filter((id) => targetIds.has(id)));

  const treatmentAgents = new Set<string>();
  const treatmentConditions = new Set<string>();
  for (const f of facts.facts) {
    for (const t of f.treatments ?? []) {
      for (const a of [t.agent, t.confusedWith]) if (a && targetIds.has(a)) treatmentAgents.add(a);
      for (const c of [t.condition, t.setting]) if (c && 'target' in c) treatmentConditions.add(c.target);
    }
  }

  return {
    relationFiles: facts.relations,
    isTreatmentAgent: (id) => treatmentAgents.has(id),
    isTreatmentCondition: (id) => treatmentConditions.has(id),
    findMentions,
    findTargets,
    hasMineral,
    hasTarget: (id) => targetIds.has(id),
    isAgent: (id) => agents.has(id),
    isLevelTarget: (id) => levelTargets.has(id),
  };
}

/**
 * Spans moved by `offset`, in place: the objects are the caller's own, just made, so this gives what mapping
 * them to `{ ...m, start: m.start + offset, end: m.end + offset }` gives (same properties, same order), for less.
 */
function shifted<T extends Span>(spans: T[], offset: number): T[] {
  if (offset) for (const m of spans) {
    m.start += offset;
    m.end += offset;
  }
  return spans;
}

/** Attach a level from the words around a mineral name ("elevated calcium", "magnesium deficiency"). */
function withLevel(text: string, m: Mention): Mention {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 40);
  const lowB = LOW_BEFORE.exec(before);
  const highB = HIGH_BEFORE.exec(before);
  if (lowB) return { ...m, level: 'low', start: m.start - lowB[0].length };
  if (highB) return { ...m, level: 'high', start: m.start - highB[0].length };
  // "pumping magnesium out of the cytosol", "taking it out of the solution", "SERCA pumps that calcium back into the store": removal.
  const removal = REMOVAL_BEFORE.exec(before) ?? (/^\s+(?:ions?\s+)?back\b/i.test(after) ? PUMP_BACK.exec(before) : null);
  if (removal && /^\s+(?:ions?\s+)?(?:out|back)\b/i.test(after)) return { ...m, level: 'low', start: m.start - removal[0].length };
  // "relaxes when calcium rushes into the cytosol", "as Ca²⁺ enters the cell": an arrival raises the local level.
  const influx = ARRIVING_BEFORE.test(before) ? ARRIVING_AFTER.exec(after) : null;
  if (influx) return { ...m, level: 'high', end: m.end + influx[0].length };
  const lowA = LOW_AFTER.exec(after);
  if (lowA) return { ...m, level: 'low', end: m.end + lowA[0].length };
  const highA = HIGH_AFTER.exec(after);
  if (highA) return { ...m, level: 'high', end: m.end + highA[0].length };
  return m;
}
