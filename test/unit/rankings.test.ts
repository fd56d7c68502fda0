/**
 * Rankings judged from fact data (F31): the place a sentence gives a mineral among the cations of a
 * compartment, compared with the `rankings` of the fact base. Wordings are our own.
 */
import { strict as assert } from 'node:assert';
import { createClaimChecker, createFactBase } from '../../server/src/core';
import { checker, errors } from '../helpers/findings';


describe('rankings: abundance of cations (F31)', () => {
  it('calls giving calcium magnesium\'s place inside cells a swap, at the mineral word', () => {
    assert.deepEqual(errors('Inside cells, calcium ranks second only to potassium among the cations.'), [['reversed-role', 'calcium']]);
    assert.deepEqual(errors('Calcium is the second-most abundant intracellular cation, right behind potassium.'), [['reversed-role', 'Calcium']]);
  });

  it('calls a place held by another ion a contradiction', () => {
    assert.deepEqual(errors('Calcium is the main intracellular cation.'), [['contradicted-claim', 'Calcium']]);
    assert.deepEqual(errors('Magnesium is the most plentiful cation in the blood plasma.'), [['contradicted-claim', 'Magnesium']]);
    assert.deepEqual(errors('Magnesium is the most abundant cation inside our cells.'), [['contradicted-claim', 'Magnesium']]);
    assert.deepEqual(errors('In the human body, magnesium is the most abundant cation.'), [['contradicted-claim', 'magnesium']]);
  });

  it('stays silent on correct, negated, hedged and other-class rankings', () => {
    for (const md of [
      'Magnesium is the second most abundant cation inside cells, after potassium.',
      'Among the cations inside cells, magnesium ranks second.',
      'Magnesium is the fourth most abundant cation in the body.',
      'Calcium is the most abundant mineral in the body.',
      'Magnesium is the most abundant intracellular divalent cation.',
      'Magnesium is not the most abundant extracellular cation; sodium is.',
      'Magnesium is one of the most abundant cations inside cells.',
      'Calcium is the most abundant cation in the body by weight.',
      'Potassium is the main intracellular cation, and magnesium comes second.',
    ]) assert.deepEqual(errors(md), [], md);
  });

  it('decides from the data: without rankings nothing is judged, and a user file can add one', () => {
    const md = 'Calcium is the main intracellular cation.';
    const base = checker.facts;
    const fact = { id: 'R1', title: 't', minerals: ['calcium'], terms: [], statement: 's', explanation: 'e', references: [] };
    const none = createFactBase([{ minerals: base.minerals, targets: base.targets, facts: [] }]);
    assert.deepEqual(errors(md, createClaimChecker({ facts: none })), []);
    const own = createFactBase([{ minerals: base.minerals, targets: base.targets, facts: [{ ...fact, rankings: [{ quantity: 'abundance', among: 'cation', compartment: 'intracellular', places: [{ ion: 'calcium', rank: 1 }] }] }] as never }]);
    assert.deepEqual(errors(md, createClaimChecker({ facts: own })), []);
    assert.deepEqual(errors('Magnesium is the main intracellular cation.', createClaimChecker({ facts: own })), [['reversed-role', 'Magnesium']]);
  });
});
