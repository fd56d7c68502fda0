import { strict as assert } from 'node:assert';
import { splitSentences } from '../../server/src/core/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end sentences at et al., e.g., Fig. or mmol/L.', () => {
    assert.deepEqual(split('Dodge et al. showed a steep slope (Fig. 2). Calcium, e.g. Ca²⁺ ions, enters.'), [
      'Dodge et al. showed a steep slope (Fig. 2).',
      'Calcium, e.g. Ca²⁺ ions, enters.',
    ]);
    assert.deepEqual(split('Serum magnesium is 0.7–1.0 mmol/L. in adults it varies. Calcium differs.'), [
      'Serum magnesium is 0.7–1.0 mmol/L. in adults it varies.',
      'Calcium differs.',
    ]);
  });

  it('keeps a trailing citation-only fragment with its sentence', () => {
    assert.deepEqual(split('Calcium triggers release. PubMed'), ['Calcium triggers release. PubMed']);
    assert.deepEqual(split('Calcium triggers release. [3]'), ['Calcium triggers release. [3]']);
  });

  it('does not end a sentence inside parentheses (a DOI with a dot and a capital)', () => {
    assert.deepEqual(split('A review (Garrison et al., doi:10.1002/14651858.CD009402.pub3) found no effect of magnesium. Next.'), [
      'A review (Garrison et al., doi:10.1002/14651858.CD009402.pub3) found no effect of magnesium.',
      'Next.',
    ]);
  });
});

