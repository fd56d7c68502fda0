/**
 * The lexicon's word patterns are factored into a trie (lexicon.ts `wordAlternation`) for speed: they
 * must match exactly what the plain alternation of the same words matches, in the same places.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { builtInFactBase } from '../../server/src/core/facts/factbase';
import { wordAlternation } from '../../server/src/core/lexicon';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plain = (words: string[]) => words.map(esc).join('|');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

/** Text built from pieces of the words (so that prefixes, near misses and neighbours occur), with case changes. */
function textOf(words: string[]) {
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).chain((w) => fc.nat(w.length).map((n) => w.slice(0, n))),
    fc.constantFrom(' ', 's ', 'es', '-', ', ', 'x', '²⁺', 'İ', 'K'),
  );
  return fc.array(fc.tuple(piece, fc.boolean()).map(([p, up]) => (up ? p.toUpperCase() : p)), { maxLength: 12 }).map((ps) => ps.join(''));
}

function assertSame(words: string[], flags: string, wrap: (alt: string) => string, runs = 300) {
  const fast = new RegExp(wrap(wordAlternation(words, flags)), flags);
  const slow = new RegExp(wrap(`(?:${plain(words)})`), flags);
  fc.assert(fc.property(textOf(words), (t) => assert.deepEqual(matches(fast, t), matches(slow, t))), { numRuns: runs, seed: 42 });
}

describe('wordAlternation (trie-factored word patterns)', () => {
  const facts = builtInFactBase();
  const terms = [...new Set(facts.targets.flatMap((t) => t.terms.map((x) => x.toLowerCase())))].sort((a, b) => b.length - a.length);
  const names = facts.minerals.flatMap((m) => [...m.conditions.low, ...m.conditions.high, ...m.names].map((x) => x.toLowerCase()));

  it('is factored for the built-in target terms and matches exactly as the plain alternation', () => {
    assert.notEqual(wordAlternation(terms, 'giu'), `(?:${plain(terms)})`);
    assert.notEqual(wordAlternation(terms, 'giu'), plain(terms));
    assertSame(terms, 'giu', (a) => `\\b${a}(?:s|es)?\\b`, 1000);
  });

  it('matches exactly as the plain alternation for mineral names and condition words', () => {
    assertSame(names, 'giu', (a) => `\\b${a}\\b`, 1000);
  });

  it('keeps the first of a word and a longer word after it (order decides) by not factoring', () => {
    const words = ['cal', 'calcium', 'calm'];
    assert.equal(wordAlternation(words, 'gi'), plain(words));
    assertSame(words, 'gi', (a) => a);
  });

  it('does not factor characters that match each other under the flags (Kelvin sign and k)', () => {
    const words = ['\u212Aa', 'ka'];
    assert.equal(wordAlternation(words, 'giu'), plain(words));
    assertSame(words, 'giu', (a) => a);
    // Micro sign and Greek mu, long s and s.
    for (const pair of [['\u00B5g', '\u03BCg'], ['\u017Fa', 'sa']]) assert.equal(wordAlternation(pair, 'giu'), plain(pair));
    // Without the i flag they are different characters and may share a trie node.
    assert.notEqual(wordAlternation(['\u212Aa', 'ka'], 'gu'), plain(['\u212Aa', 'ka']));
    assertSame(['\u212Aa', 'ka'], 'gu', (a) => a);
  });

  it('ignores repeated words and matches nothing for no words', () => {
    assertSame(['release', 'release', 'rel'], 'gi', (a) => `\\b${a}\\b`);
    assert.deepEqual(matches(new RegExp(wordAlternation([], 'g'), 'g'), 'anything'), []);
  });
});
