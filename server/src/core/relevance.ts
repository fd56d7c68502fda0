/**
 * Which facts a sentence is about, best first: facts whose roles or effects match its claims,
 * then facts whose trigger terms it contains. Used for suggested references and hovers.
 */
import type { FactBase } from './facts/factbase';
import type { FactDef } from './facts/types';
import type { AnalyzedSentence } from './rules/rule';

/** Facts relevant to a sentence, best first. */
export function relevantFacts(s: AnalyzedSentence, facts: FactBase): FactDef[] {
  const text = s.text.toLowerCase();
  const minerals = new Set(s.mentions.map((m) => m.mineral));
  const scored: { fact: FactDef; score: number }[] = [];
  for (const fact of facts.facts) {
    if (!fact.minerals.some((m) => minerals.has(m))) continue;
    let score = 0;
    for (const c of s.claims) {
      for (const r of fact.roles ?? []) if (r.agent === c.subject.mineral && (r.target === c.object.target || r.target === c.target)) score += 10;
      for (const e of fact.effects ?? [])
        if (e.mineral === c.subject.mineral && e.level === c.subject.level && (e.target === c.object.target || e.target === c.target)) score += 10;
    }
    for (const term of fact.terms) if (text.includes(term.toLowerCase())) score += 2 + term.length / 20;
    if (score > 0) scored.push({ fact, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.fact);
}

/** Verified reference ids for a sentence, best first, without duplicates. */
export function suggestedReferences(s: AnalyzedSentence, facts: FactBase, limit = 3): string[] {
  const out: string[] = [];
  for (const f of relevantFacts(s, facts)) {
    for (const id of f.references) {
      const ref = facts.references.get(id);
      if (ref && ref.verified !== false && !out.includes(id)) out.push(id);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
