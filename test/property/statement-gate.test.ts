/**
 * statements.ts skips the `distinct` and `indicators` checks of a sentence in which `leadTermsOf` finds no lead
 * term (speed). That gate must be a necessary condition: wherever findTerm finds a pair's first term or a
 * measure, the gate finds something too. Checked on the corpus and on random text made of the terms.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { builtInFactBase } from '../../server/src/core/facts/factbase';
import { findTerm, leadTermsOf } from '../../server/src/core/judge/statements';
import { gateCorpus } from '../helpers/gate-corpus';

describe('statements.ts lead-term gate', function () {
  this.timeout(60_000);
  const facts = builtInFactBase();
  const lists = facts.facts.filter((f) => !f.mixed).flatMap((f) => [...(f.distinct ?? []).map((d) => d.first), ...(f.indicators ?? []).filter((x) => !x.reliable).map((x) => x.measure)]);
  const words = lists.flat();
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => w.toUpperCase()), fc.constantFrom(' ', 's', 'es', '-', 'x', 'ſ', '\u212A', 'İ'));
  const random = fc.sample(fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(' ')), { numRuns: 3000, seed: 9 });
  /** A text where findTerm finds a lead term and `gate` finds none. */
  const counterexample = (gate: RegExp, texts: string[]) => texts.find((t) => lists.some((terms) => findTerm(t, terms)) && !gate.test(t));

  it('guards every distinct pair and unreliable measure', () => {
    assert.ok(words.length > 2, `${words.length} terms`);
    assert.ok(random.filter((t) => lists.some((terms) => findTerm(t, terms))).length > 1000);
  });

  it('matches wherever a first term or measure is found (corpus and random text of the terms)', () => {
    assert.equal(counterexample(leadTermsOf(facts), gateCorpus()), undefined);
    assert.equal(counterexample(leadTermsOf(facts), random), undefined);
  });

  it('would catch a gate that misses a term', () => {
    const gate = leadTermsOf(facts);
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const w of [words[0], words[words.length - 1]]) {
      const bad = new RegExp(gate.source.replace(new RegExp(`(?<=[:|])${esc(esc(w))}(?=[|)])`), '(?!)'), gate.flags);
      assert.notEqual(bad.source, gate.source);
      assert.notEqual(counterexample(bad, random), undefined, `without "${w}"`);
    }
  });
});
