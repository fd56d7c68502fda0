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
