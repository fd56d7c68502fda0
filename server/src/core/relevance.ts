/**
 * Which facts a sentence is about, best first: facts whose roles or effects match its claims, then
 * facts whose role or effect targets the sentence names together with their mineral or agent, then
 * facts whose trigger terms it contains, and last facts about the same minerals together. Used for
 * suggested references (insert-citation quick fixes) and hovers.
 */
import type { FactBase } from './facts/factbase';
import type { CslItem, FactDef } from './facts/types';
import type { AnalyzedSentence } from './rules/rule';

/** Does `text` (lower case) contain `term` (lower case) as whole words? No regex: terms come from data. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => {
  if (!c) return false;
  const code = c.charCodeAt(0);
  // ASCII answered directly (the same answer as the pattern: letters and digits); the rest by the pattern.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(c);
};

function hasWord(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    const after = text[i + term.length];
    // Plural and verb endings stay the same word ("channels", "releases").
    const endOk = !isWordChar(after) || ((after === 's' || after === 'e') && !isWordChar(text[i + term.length + (after === 'e' ? 2 : 1)]));
    if (!isWordChar(text[i - 1]) && endOk) return true;
  }
  return false;
}

/**
 * Three-character pieces of the text being scored (hashed into 2^16 slots, marked with a stamp per text), so that
 * a term whose first three characters never occur in it is ruled out without searching: a text that contains a
 * term contains its first three characters, so `mayContain` false means `text.includes(term)` false (a hash
 * collision only lets a search run). Set by `relevantFacts` for its text; everything reading it runs inside that call.
 */
const TRIGRAMS = new Uint32Array(1 << 16);
let stamp = 0;
const trigram = (t: string, i: number): number => (t.charCodeAt(i) * 961 + t.charCodeAt(i + 1) * 31 + t.charCodeAt(i + 2)) & 0xffff;
function markTrigrams(text: string): void {
  if (++stamp === 0xffffffff) {
    TRIGRAMS.fill(0);
    stamp = 1;
  }
  for (let i = 0; i + 3 <= text.length; i++) TRIGRAMS[trigram(text, i)] = stamp;
}
/** A term with its first three characters hashed (-1 when shorter): what `mayContain` reads. */
interface Hashed {
  lower: string;
  tri: number;
}
const hashed = (lower: string): Hashed => ({ lower, tri: lower.length < 3 ? -1 : trigram(lower, 0) });
/** May the marked text contain the term? */
function mayContain(term: Hashed): boolean {
  return term.tri < 0 || TRIGRAMS[term.tri] === stamp;
}

/** Lower-cased words of a fact base, computed once (relevantFacts runs for every flagged sentence). */
interface Words {
  targets: FactBase['targets'];
  targetCount: number;
  factList: FactBase['facts'];
  factCount: number;
  /** Per target id: the terms and labels longer than two characters, lower-cased, of the targets with that id. */
  targetWords: Map<string, Hashed[]>;
  /** Per fact: its terms lower-cased, with the length of the term as written. */
  factTerms: Map<FactDef, (Hashed & { length: number })[]>;
}
const wordsOf = new WeakMap<FactBase, Words>();

function words(facts: FactBase): Words {
  const w = wordsOf.get(facts);
  if (w && w.targets === facts.targets && w.targetCount === facts.targets.length && w.factList === facts.facts && w.factCount === facts.facts.length) return w;
  const fresh: Words = {
    targets: facts.targets,
    targetCount: facts.targets.length,
    factList: facts.facts,
    factCount: facts.facts.length,
    targetWords: new Map(),
    factTerms: new Map(facts.facts.map((f) => [f, f.terms.map((term) => ({ ...hashed(term.toLowerCase()), length: term.length }))])),
  };
  for (const t of facts.targets) {
    const words = [...t.terms, t.label].filter((term) => term.length > 2).map((term) => hashed(term.toLowerCase()));
    fresh.targetWords.set(t.id, [...(fresh.targetWords.get(t.id) ?? []), ...words]);
  }
  wordsOf.set(facts, fresh);
  return fresh;
}

/**
 * Does the sentence name a target (one of its terms or its label)? Answered per target id when asked and
 * remembered: the same answers as testing every target up front, for the few targets a sentence's facts ask about.
 * `text` must be the text marked last (markTrigrams), as in relevantFacts.
 */
function namedTargets(text: string, facts: FactBase): { has(id: string): boolean } {
  const known = new Map<string, boolean>();
  const byId = words(facts).targetWords;
  return {
    has(id) {
      let named = known.get(id);
      if (named === undefined) {
        named = (byId.get(id) ?? []).some((term) => mayContain(term) && hasWord(text, term.lower));
        known.set(id, named);
      }
      return named;
    },
  };
}

/** Facts relevant to a sentence, best first. */
export function relevantFacts(s: AnalyzedSentence, facts: FactBase): FactDef[] {
  const text = s.text.toLowerCase();
  markTrigrams(text);
  const minerals = new Set(s.mentions.map((m) => m.mineral));
  const named = namedTargets(text, facts);
  const terms = words(facts).factTerms;
  const scored: { fact: FactDef; score: number }[] = [];
  for (const fact of facts.facts) {
    if (!fact.minerals.some((m) => minerals.has(m))) continue;
    let score = 0;
    for (const c of s.claims) {
      for (const r of fact.roles ?? []) if (r.agent === c.subject.mineral && (r.target === c.object.target || r.target === c.target)) score += 10;
      for (const e of fact.effects ?? [])
        if (e.mineral === c.subject.mineral && e.level === c.subject.level && (e.target === c.object.target || e.target === c.target)) score += 10;
    }
    // A role or effect whose target the sentence names, with its mineral (or the antagonist) named too.
    for (const r of fact.roles ?? []) if (named.has(r.target) && (minerals.has(r.agent) || (r.antagonist && minerals.has(r.antagonist)))) score += 4;
    for (const e of fact.effects ?? []) if (named.has(e.target) && minerals.has(e.mineral)) score += 3;
    for (const term of terms.get(fact) ?? fact.terms.map((t) => ({ ...hashed(t.toLowerCase()), length: t.length }))) if (mayContain(term) && text.includes(term.lower)) score += 2 + term.length / 20;
    // Facts about every mineral the sentence names together ("calcium and magnesium … opposing roles").
    if (score === 0 && minerals.size > 1 && [...minerals].every((m) => fact.minerals.includes(m)) && fact.roles?.some((r) => r.antagonist && minerals.has(r.antagonist))) score = 1;
    if (score > 0) scored.push({ fact, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.fact);
}

/** A journal article a reader can look up by DOI or PMID. */
function isIdentifiedArticle(ref: CslItem): boolean {
  const r = ref as CslItem & { DOI?: string; PMID?: string; PMCID?: string };
  return r.type === 'article-journal' && !!(r.DOI || r.PMID || r.PMCID);
}

/**
 * Verified reference ids for a sentence, best first, without duplicates: the references of the most
 * relevant facts, journal articles with a DOI or PMID before web pages and books.
 */
export function suggestedReferences(s: AnalyzedSentence, facts: FactBase, limit = 3): string[] {
  const pool: string[] = [];
  for (const f of relevantFacts(s, facts)) {
    for (const id of f.references) {
      const ref = facts.references.get(id);
      if (ref && ref.verified !== false && !pool.includes(id)) pool.push(id);
    }
    if (pool.length >= limit * 2) break;
  }
  const articles = pool.filter((id) => isIdentifiedArticle(facts.references.get(id)!));
  const others = pool.filter((id) => !articles.includes(id));
  return [...articles, ...others].slice(0, limit);
}
