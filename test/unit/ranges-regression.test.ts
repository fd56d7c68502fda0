import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';

// Counterexamples of the `npm run fuzz` campaign: unclosed front matter and nested lists with CR-only line ends
// once produced ranges one past the end of the document.
const CASES = [
  '---\rtitle: "never closed\r- > calcium triggers neurotransmitter release [@. calcium triggers neurotransmitter release.\r  > \r  > calcium triggers neurotransmitter release https://doi.org/10.1038/nature12345.\r- [@\r    calcium triggers neurotransmitter release.',
  '---\rtitle: "never closed\r- - - <div>\r      calcium triggers neurotransmitter release [@.\r      </div>\r    - 1. https://doi.org/10.1038/nature12345 [@dodge1967] low calcium triggers neurotransmitter release.\r  - 1. calcium triggers neurotransmitter release.\r- <details><summary>x',
];

describe('every range lies inside the document (fuzz regressions)', () => {
  for (const [i, text] of CASES.entries()) {
    it(`case ${i + 1}: findings, sentences and fix edits stay inside`, () => {
      for (const citationScope of ['sentence', 'paragraph'] as const) {
        const checker = createClaimChecker({ config: { citationScope, rules: { 'uncited-claim': 'error', 'vague-citation': 'error' } } });
        for (const f of checker.check(text)) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} [${f.start}, ${f.end}) of ${text.length}`);
          if (f.sentence) assert.ok(f.sentence.end <= text.length, `${f.ruleId} sentence ends at ${f.sentence.end} of ${text.length}`);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length);
        }
      }
    });
  }
});

describe('fix edits replace exactly the words they were built from (fuzz regression)', () => {
  // In the campaign this document went wrong only after a shared checker had cached earlier documents (a
  // replace-"high" edit spanning 68 characters); `npm run fuzz` replays that. Here: the same document, fresh.
  it('never offers an edit that would swallow surrounding text', () => {
    const text =
      '> > > deficient calcium **high** calcium\n> \n> - [ ] <!--\n> - [ ] high calcium triggers overexcitability [@. calcium triggers neurotransmitter release https://doi.org/10.1038/nature12345. the\n> - [ ] [^1]: calcium triggers neurotransmitter release.\n> \n>     calcium triggers neurotransmitter release.\n\n<details><summary>x';
    for (const f of createClaimChecker().check(text)) {
      for (const fix of f.fixes ?? []) {
        for (const e of fix.edits) {
          const replaced = text.slice(e.start, e.end);
          // Word-level fixes (level words, mineral names): one short run of text, never across lines.
          assert.ok(!/[\n\r]/.test(replaced) && replaced.length <= 24, `${fix.title} would replace ${JSON.stringify(replaced)}`);
        }
      }
    }
  });

  it('still offers word fixes where the mapping is exact', () => {
    const text = '> Elevated calcium levels cause tetany and\n> muscle cramps.';
    const [f] = createClaimChecker().check(text).filter((x) => x.ruleId === 'contradicted-claim');
    assert.ok(f, 'contradicted-claim expected');
    const fix = f.fixes?.find((x) => /Elevated/.test(x.title));
    assert.ok(fix, 'a level fix expected');
    assert.equal(text.slice(fix.edits[0].start, fix.edits[0].end), 'Elevated');
  });
});

describe('a role swap replaces a mineral word or is not offered (fuzz regression, CRLF in nested quotes and lists)', () => {
  it('never swaps a line break for "Ca²⁺"', () => {
    const text =
      '    calcium triggers neurotransmitter release.\r\n\r\n> > - calcium triggers neurotransmitter release [@. calcium triggers neurotransmitter release https://doi.org/10.1038/nature12345. Mg²⁺ triggers neurotransmitter release.\r\n> > \r\n> > ```\r\n> > calcium triggers neurotransmitter release.\r\n> > \r\n> \r\n> calcium triggers neurotransmitter release.\r\n\r\n1. calcium triggers neurotransmitter release.';
    const checker = createClaimChecker({ config: { citationScope: 'paragraph', rules: { 'uncited-claim': 'error', 'vague-citation': 'error' } } });
    for (const f of checker.check(text).filter((x) => x.ruleId === 'reversed-role')) {
      for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.match(text.slice(e.start, e.end), /^(?:calcium|magnesium|Ca|Mg)/i, fix.title);
    }
  });
});

describe('text after a bare URL in a block quote or list item keeps its place (CRLF and LF)', () => {
  // A "[" that opens no link leaves the paragraph's text nodes without positions once a bare URL is linked; a node
  // spanning lines inside a container was then given the rest of the paragraph, and every later node (with the
  // finding on "Magnesium") was placed on the paragraph's final line break.
  const docs = [
    '> Muscles [need both\n> minerals, see https://doi.org/10.1038/nature12345. Magnesium entry triggers neurotransmitter release.\n',
    '- Muscles [need both\n  minerals, see https://doi.org/10.1038/nature12345. Magnesium entry triggers neurotransmitter release.\n',
    '> - Muscles [need both\n>   minerals, see https://doi.org/10.1038/nature12345. Magnesium entry triggers neurotransmitter release.\n',
  ];
  for (const [name, nl] of [['LF', '\n'], ['CRLF', '\r\n']]) {
    it(`flags the swapped mineral word, not a line break (${name})`, () => {
      for (const lf of docs) {
        const text = lf.replace(/\n/g, nl);
        for (const whole of [false, true]) {
          const found = createClaimChecker({ wholeDocument: whole }).check(text).filter((f) => f.ruleId === 'reversed-role');
          assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Magnesium'], JSON.stringify(text));
        }
      }
    });
  }
});

describe('a link that leaves no words in the prose', () => {
  // "[](url)" and a bare URL leave no text in the prose the engine reads; a finding on one once covered only the
  // character after it (or the URL's first character).
  it('gets a finding that covers the link itself, also after an emoji and with CRLF', () => {
    const befores = ['Magnesium relaxes smooth muscle ', 'Magnesium 💪 relaxes smooth muscle\r\nin arteries (see '];
    for (const link of ['[](https://www.example.org/)', 'https://www.example.org/']) for (const before of befores) {
      const text = `${before}${link} for more.\r\n`;
      const found = createClaimChecker().check(text).filter((f) => f.ruleId === 'vague-citation');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(text.slice(found[0].start, found[0].end), link);
    }
  });
});
