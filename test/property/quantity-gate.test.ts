/**
 * quantities.ts looks for quantities only in a sentence with an ASCII digit (speed): findQuantities must then
 * find none in a sentence without one. Checked on the corpus and on random text of numbers, units and look-alikes.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findQuantities } from '../../server/src/core/facts/units';
import { gateCorpus } from '../helpers/gate-corpus';

describe('quantities.ts digit gate', function () {
  this.timeout(60_000);
  const holds = (t: string) => findQuantities(t).length === 0 || /\d/.test(t);

  it('finds no quantity without a digit (corpus)', () => {
    for (const t of gateCorpus()) assert.ok(holds(t), t);
  });

  it('finds no quantity without a digit (random numbers, units and look-alikes)', () => {
    const piece = fc.constantFrom('2.2', '1,000', '٣', '²', '½', 'two', ' ', '–', ' to ', 'mmol/L', 'mg/dL', 'mEq/L', 'µM', 'mM', 'mg/day', 'g/day', 'mcg/day', 'per day', 'mg %', 'x');
    let found = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (ps) => {
        const t = ps.join('');
        if (findQuantities(t).length) found++;
        assert.ok(holds(t), t);
      }),
      { numRuns: 3000, seed: 4 },
    );
    assert.ok(found > 50, `${found} texts with a quantity`);
  });
});
