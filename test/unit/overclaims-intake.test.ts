/**
 * Mixed science stated as certain (F33), and intake figures that are no adult's RDA (F34/F35), judged
 * from fact data. Wordings are our own; the negatives must stay free of error findings.
 */
import { strict as assert } from 'node:assert';
import { createClaimChecker, createFactBase } from '../../server/src/core';
import { checker, errors } from '../helpers/findings';


describe('overclaims of mixed science (F33: magnesium and cramps)', () => {
  it('flags a certain remedy and signs taken as proof of deficiency, at the overclaiming words', () => {
    assert.deepEqual(errors('Magnesium supplements reliably prevent muscle cramps.'), [['contradicted-claim', 'reliably']]);
    assert.deepEqual(errors('Taking magnesium will always cure night-time leg cramps.'), [['contradicted-claim', 'will']]);
    assert.deepEqual(errors('Leg cramps mean you are magnesium deficient.'), [['contradicted-claim', 'mean']]);
    assert.deepEqual(errors("If you get cramps, it's a sure sign you are low in magnesium."), [['contradicted-claim', 'a sure sign']]);
  });

  it('leaves hedged, negated and plain statements of the mixed science alone', () => {
    for (const md of [
      'Cramps are not proof that you are low in magnesium.',
      'Magnesium may help some people with night cramps.',
      'Magnesium supplements are unlikely to prevent ordinary cramps in older adults.',
      'A true magnesium deficiency can cause cramps and tetany.',
      'Magnesium eases cramps in some pregnant women, though the evidence is weak.',
      'Magnesium sulfate reliably prevents eclamptic seizures.',
    ]) assert.deepEqual(errors(md), [], md);
  });

  it('decides from the data: without overclaims the same sentence is no error', () => {
    const base = checker.facts;
    const facts = createFactBase([{ minerals: base.minerals, targets: base.targets, facts: base.facts.map((f) => ({ ...f, overclaims: undefined })), references: [...base.references.values()] }]);
    assert.deepEqual(errors('Magnesium supplements reliably prevent muscle cramps.', createClaimChecker({ facts })), []);
  });
});

describe('intake figures that are no adult RDA (F34, F35)', () => {
  it('flags the supplement upper limit given as the RDA, and upper limits given as needs', () => {
    assert.deepEqual(errors('The RDA for magnesium is simply 350 mg for everyone.'), [['contradicted-claim', '350 mg']]);
    assert.deepEqual(errors('Adults should aim for 350 mg of magnesium a day, the recommended intake.'), [['contradicted-claim', '350 mg']]);
    assert.deepEqual(errors('Most adults need 2,500 mg of calcium daily.'), [['contradicted-claim', '2,500 mg']]);
  });

  it('accepts the real RDAs, ranges that span them and the pregnancy figure', () => {
    for (const md of [
      'The recommended intake of magnesium is 310–420 mg a day for adults.',
      'Women over 30 need about 320 mg of magnesium a day.',
      'Men need 400–420 mg of magnesium daily, women 310–320 mg.',
      'Adults need about 1,000 mg of calcium a day, and 1,200 mg after 50 for women.',
      'Pregnant women need about 350 mg of magnesium a day.',
      'Most adults need roughly 300 to 400 mg of magnesium a day.',
    ]) assert.deepEqual(errors(md), [], md);
  });
});
