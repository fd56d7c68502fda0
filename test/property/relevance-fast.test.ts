/**
 * relevance.ts answers "which facts is this sentence about" with shortcuts (fact terms and target words found in
 * one pass over the text through an index of their first three characters, only the facts those words and the
 * sentence's claims lead to scored, ASCII word characters without a pattern). They must give the same facts in
 * the same order as the plain computation, kept here as the reference.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createClaimChecker } from '../../server/src/core';
import type { FactBase } from '../../server/src/core/facts/factbase';
import type { FactDef } from '../../server/src/core/facts/types';
import { relevantFacts } from '../../server/src/core/relevance';
import type { AnalyzedSentence } from '../../server/src/core/rules/rule';
import { gateDocuments } from '../helpers/gate-corpus';

/** The reference: every target tested up front, every term searched. */
function reference(s: AnalyzedSentence, facts: FactBase): FactDef[] {
  const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
  const hasWord = (text: string, term: string): boolean => {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
      const after = text[i + term.length];
      const endOk = !isWordChar(after) || ((after === 's' || after === 'e') && !isWordChar(text[i + term.length + (after === 'e' ? 2 : 1)]));
      if (!isWordChar(text[i - 1]) && endOk) return true;
    }
    return false;
  };
  const text = s.text.toLowerCase();
  const minerals = new Set(s.mentions.map((m) => m.mineral));
  const named = new Set<string>();
  for (const t of facts.targets) if ([...t.terms, t.label].filter((x) => x.length > 2).some((x) => hasWord(text, x.toLowerCase()))) named.add(t.id);
  const scored: { fact: FactDef; score: number }[] = [];
  for (const fact of facts.facts) {
    if (!fact.minerals.some((m) => minerals.has(m))) continue;
    let score = 0;
    for (const c of s.claims) {
      for (const r of fact.roles ?? []) if (r.agent === c.subject.mineral && (r.target === c.object.target || r.target === c.target)) score += 10;
      for (const e of fact.effects ?? []) if (e.mineral === c.subject.mineral && e.level === c.subject.level && (e.target === c.object.target || e.target === c.target)) score += 10;
    }
    for (const r of fact.roles ?? []) if (named.has(r.target) && (minerals.has(r.agent) || (r.antagonist && minerals.has(r.antagonist)))) score += 4;
    for (const e of fact.effects ?? []) if (named.has(e.target) && minerals.has(e.mineral)) score += 3;
    for (const term of fact.terms) if (text.includes(term.toLowerCase())) score += 2 + term.length / 20;
    if (score === 0 && minerals.size > 1 && [...minerals].every((m) => fact.minerals.includes(m)) && fact.roles?.some((r) => r.antagonist && minerals.has(r.antagonist))) score = 1;
    if (score > 0) scored.push({ fact, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.fact);
}

describe('relevantFacts shortcuts give the plain answer', function () {
  this.timeout(120_000);
  const checker = createClaimChecker();
  const ids = (fs: FactDef[]) => fs.map((f) => f.id);

  it('on every sentence of the corpora, examples and generated documents', () => {
    let n = 0;
    for (const t of gateDocuments()) for (const s of checker.analyze(t).sentences) {
      if (!s.mentions.length) continue;
      n++;
      assert.deepEqual(ids(relevantFacts(s, checker.facts)), ids(reference(s, checker.facts)), s.text);
    }
    assert.ok(n > 1000, `${n} sentences`);
  });

  it('on random sentences of fact terms, target words and odd characters', () => {
    const words = [...new Set([...checker.facts.facts.flatMap((f) => f.terms), ...checker.facts.targets.flatMap((t) => [...t.terms, t.label])])];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.slice(0, 3)), fc.constantFrom(' ', 's ', 'es ', '-', 'é', 'İ', 'calcium ', 'Magnesium ', 'high calcium ', '.'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (ps) => {
        for (const s of checker.analyze(ps.join(' ')).sentences) assert.deepEqual(ids(relevantFacts(s, checker.facts)), ids(reference(s, checker.facts)));
      }),
      { numRuns: 400, seed: 5 },
    );
  });
});
