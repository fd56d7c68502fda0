/**
 * lexicon.ts `boundaryScanner` finds the matches of a big word alternation by trying, at each word start,
 * only the alternatives that can begin with the letter there (speed). It must find exactly what the
 * pattern finds: the lexicon's term and name patterns, the built-in relation words (relation words and arrows), on
 * the corpus and on random text with case changes, the characters that fold to ASCII letters under /iu
 * (ſ, Kelvin sign), other non-ASCII letters, digits, underscores and arrows.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { compileVague, DEFAULT_VAGUE_PHRASES, vagueMatches } from '../../server/src/core/citations';
import { verbMatches } from '../../server/src/core/claims';
import { builtInVocabulary } from '../../server/src/core/language/vocabulary';
import { builtInFactBase } from '../../server/src/core/facts/factbase';
import { boundaryScanner, regexScanner, wordPattern, type Scanner } from '../../server/src/core/lexicon';
import { gateCorpus } from '../helpers/gate-corpus';

const show = (ms: { index: number; 0: string }[]) => ms.map((m) => `${m.index}:${m[0]}`);
const viaRegex = (re: RegExp, t: string) => show([...t.matchAll(new RegExp(re.source, re.flags))]);

/** Text from pieces of the words (prefixes, near misses, neighbours), with odd characters and case changes. */
function textOf(words: string[]) {
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).chain((w) => fc.nat(w.length).map((n) => w.slice(0, n))),
    fc.constantFrom(' ', 's', 'es', '-', ', ', 'x', '_', '1', '²⁺', 'İ', '\u212A', '\u017F', 'é', '😀', ' → ', ' -> ', ' = ', '⇒', '\n'),
  );
  return fc.array(fc.tuple(piece, fc.nat(2)).map(([p, c]) => (c === 1 ? p.toUpperCase() : c === 2 ? p.replace(/^./, (x) => x.toUpperCase()) : p)), { maxLength: 14 }).map((ps) => ps.join(''));
}

function assertSame(scan: Scanner, re: RegExp, words: string[], corpus: string[], runs = 2000) {
  for (const t of corpus) assert.deepEqual(show(scan(t)), viaRegex(re, t), t);
  fc.assert(fc.property(textOf(words), (t) => assert.deepEqual(show(scan(t)), viaRegex(re, t))), { numRuns: runs, seed: 11 });
  // `first`: the first match, or none.
  for (const t of corpus.slice(0, 2000)) assert.deepEqual(show(scan(t, true)), viaRegex(re, t).slice(0, 1));
}

describe('boundaryScanner (word alternations without trying every word at every position)', function () {
  this.timeout(120_000);
  const facts = builtInFactBase();
  let corpus: string[] = [];
  before(() => {
    corpus = gateCorpus();
  });

  it('finds what the lexicon term pattern finds', () => {
    const terms = [...new Set(facts.targets.flatMap((t) => t.terms.map((x) => x.toLowerCase())))].sort((a, b) => b.length - a.length);
    const { re, scan } = wordPattern(terms, '(?:s|es)?');
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assert.ok(boundaryScanner(terms.map(esc), '(?:s|es)?\\b', 'giu'), 'the scanner is used, not the fallback');
    assertSame(scan, re, terms, corpus);
  });

  it('finds what the lexicon name pattern finds', () => {
    const names = facts.minerals.flatMap((m) => [...m.conditions.low, ...m.conditions.high, ...m.names].map((x) => x.toLowerCase())).sort((a, b) => b.length - a.length);
    const { re, scan } = wordPattern(names, '');
    assertSame(scan, re, names, corpus);
  });

  it('finds what the relation-word pattern finds (relation words, arrows and "=")', () => {
    const VERB_RE = builtInVocabulary().re;
    const words = [...new Set(corpus.flatMap((t) => [...t.matchAll(VERB_RE)].map((m) => m[0].toLowerCase())))];
    assert.ok(words.length > 100);
    assertSame(verbMatches, VERB_RE, [...words, 'trigger', 'block', 'sign of'], corpus);
  });

  it('finds what the vague-phrase pattern finds (default and configured phrases)', () => {
    for (const phrases of [DEFAULT_VAGUE_PHRASES, [...DEFAULT_VAGUE_PHRASES, 'my aunt says', 'trust me', 'K-experts say', 'ſcience'], ['(trust me)', 'experts say']]) {
      const re = compileVague(phrases);
      const words = phrases.flatMap((p) => [p, ...p.split(' ')]);
      assertSame((t, first) => vagueMatches(re, t).slice(0, first ? 1 : undefined), re, words, corpus, 1000);
    }
  });

  it('treats word characters and case like the pattern for every UTF-16 code unit', () => {
    for (const flags of ['giu', 'gi', 'g']) {
      const re = new RegExp('\\b(?:sb|kb|ab|_b|1b)\\b', flags);
      const scan = boundaryScanner(['sb', 'kb', 'ab', '_b', '1b'], '\\b', flags)!;
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        for (const t of [`${ch}ab`, `${ch}b`, `ab${ch}`, `${ch}sb`]) assert.deepEqual(show(scan(t)), viaRegex(re, t), `${flags} U+${c.toString(16)}`);
      }
    }
  });

  it('keeps the order of alternatives (the first that matches wins, as in the pattern)', () => {
    const alts = ['increases?', 'increases? with', '(?:grows?|gets?) (?:stronger|deeper) (?:when|as)', 'gets?'];
    const re = new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi');
    const scan = boundaryScanner(alts, '\\b', 'gi')!;
    for (const t of ['it increases with dose', 'Gets stronger when', 'gets stronger as it gets going', 'increase']) assert.deepEqual(show(scan(t)), viaRegex(re, t));
  });

  it('falls back to the pattern when first letters are not simply known', () => {
    assert.equal(boundaryScanner(['a?b', 'c'], '\\b', 'gi'), undefined);
    assert.equal(boundaryScanner(['[ab]c'], '\\b', 'gi'), undefined);
    assert.equal(boundaryScanner(['(?:a|b)?c'], '\\b', 'gi'), undefined);
    assert.equal(boundaryScanner(['ſa'], '\\b', 'giu'), undefined);
    assert.deepEqual(show(regexScanner(/\bab\b/g)('ab cab ab')), ['0:ab', '7:ab']);
  });
});
