import { strict as assert } from 'node:assert';
import { createClaimChecker, createFactBase } from '../../server/src/core';

const base = createClaimChecker().facts;
const fact = { title: 't', terms: [], statement: 's', explanation: 'e', references: [] };
/** Ranges and intakes given inline, so the test does not depend on the built-in data. */
const facts = createFactBase([
  {
    minerals: base.minerals,
    targets: base.targets,
    facts: [
      { ...fact, id: 'Q14', minerals: ['calcium'], ranges: [{ mineral: 'calcium', measure: 'serum total', low: 2.2, high: 2.6, unit: 'mmol/L' }] },
      { ...fact, id: 'Q37', minerals: ['calcium'], ranges: [{ mineral: 'calcium', measure: 'serum ionised', low: 1.1, high: 1.3, unit: 'mmol/L' }] },
      { ...fact, id: 'Q23', minerals: ['magnesium'], ranges: [{ mineral: 'magnesium', measure: 'serum', low: 0.7, high: 1.0, unit: 'mmol/L' }] },
      {
        ...fact,
        id: 'Q35',
        minerals: ['magnesium'],
        intake: [
          { mineral: 'magnesium', kind: 'rda', population: 'men 31+', value: 420, unit: 'mg/day', sex: 'male' },
          { mineral: 'magnesium', kind: 'rda', population: 'women 31+', value: 320, unit: 'mg/day', sex: 'female' },
          { mineral: 'magnesium', kind: 'ul', population: 'adults, supplemental', value: 350, unit: 'mg/day', scope: 'supplemental' },
        ],
      },
    ] as never,
  },
]);
const checker = createClaimChecker({ facts });
const contradicted = (md: string) => checker.check(md).filter((f) => f.ruleId === 'contradicted-claim').map((f) => md.slice(f.start, f.end));

describe('contradicted-claim: numbers judged from ranges, molar masses and intakes', () => {
  it('flags a normal range that belongs to the other mineral or measure, at the value', () => {
    assert.deepEqual(contradicted('Normal serum magnesium is 2.2–2.6 mmol/L.'), ['2.2–2.6 mmol/L']);
    assert.deepEqual(contradicted('A normal total calcium is 1.1–1.3 mmol/L.'), ['1.1–1.3 mmol/L']);
    assert.deepEqual(contradicted('Normal serum magnesium is about 0.7–1.0 mmol/L [@x].'), []);
    assert.deepEqual(contradicted('Normal ionised calcium is 1.1–1.3 mmol/L [@x].'), []);
  });

  it('leaves case values and abnormal thresholds alone', () => {
    assert.deepEqual(contradicted('Her calcium this morning was 3.1 mmol/L.'), []);
    assert.deepEqual(contradicted('Hypercalcaemia is a total calcium above 2.6 mmol/L [@x].'), []);
  });

  it('flags a value given for a condition that lies on the other side of the normal range, and only then', () => {
    assert.deepEqual(contradicted('Tetany sets in with hypocalcaemia when the free calcium is 1.6–2.0 mmol/L [@x].'), ['1.6–2.0 mmol/L']);
    assert.deepEqual(contradicted('During hypercalcemia the total calcium usually measures 1.9 mmol/L.'), ['1.9 mmol/L']);
    assert.deepEqual(contradicted('Hypomagnesaemia means a serum magnesium of 1.4 mmol/L.'), ['1.4 mmol/L']);
    // The right side of the range, typical values of the condition, bounds, goals, changes and denials stay silent.
    assert.deepEqual(contradicted('Tetany sets in with hypocalcaemia when the free calcium is 0.8 mmol/L [@x].'), []);
    assert.deepEqual(contradicted('In hypocalcaemia the ionised calcium is typically 0.9–1.0 mmol/L [@x].'), []);
    assert.deepEqual(contradicted('Hypocalcaemia is an ionised calcium below 1.1 mmol/L, hypercalcaemia one above 1.3 mmol/L [@x].'), []);
    assert.deepEqual(contradicted('Treat hypocalcaemia until the ionised calcium reaches 1.2 mmol/L [@x].'), []);
    assert.deepEqual(contradicted('In hypocalcaemia, calcium gluconate raised the ionised calcium to 1.4 mmol/L [@x].'), []);
    assert.deepEqual(contradicted('In hypocalcaemia the free calcium is not 1.6 mmol/L but far lower [@x].'), []);
    // Calcium has a total and an ionised range: a value with no measure named is not judged.
    assert.deepEqual(contradicted('In hypercalcaemia the calcium reading was 1.4 mmol/L [@x].'), []);
    // Two levels of one mineral in a sentence: which value is whose is not read.
    assert.deepEqual(contradicted('Unlike hypocalcaemia, hypercalcaemia comes with an ionised calcium of 1.5 mmol/L [@x].'), []);
  });

  it('checks conversions with the molar mass and charge', () => {
    assert.deepEqual(contradicted('For magnesium, 1 mmol/L equals 1 mEq/L.'), ['1 mEq/L']);
    assert.deepEqual(contradicted('Remember that 1 mmol/L of magnesium = 4 mg/dL.'), ['4 mg/dL']);
    assert.deepEqual(contradicted('To convert calcium from mmol/L to mg/dL, multiply by 2.43.'), ['2.43']);
    assert.deepEqual(contradicted('0.5 mmol/L of magnesium corresponds to 1.0 mEq/L and about 1.2 mg/dL [@x].'), []);
  });

  it('checks intake figures by population and the supplemental scope of the upper limit', () => {
    assert.deepEqual(contradicted('Women need the same 420 mg of magnesium as men.'), ['420 mg']);
    assert.deepEqual(contradicted('Men over 30 need about 420 mg of magnesium a day [@x].'), []);
    assert.deepEqual(contradicted('The 350 mg upper limit for magnesium counts everything you eat, food included.').length, 1);
    assert.deepEqual(contradicted('The 350 mg upper limit for magnesium applies to supplements only, not food [@x].'), []);
  });
});
