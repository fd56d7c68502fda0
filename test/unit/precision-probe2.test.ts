import { strict as assert } from 'node:assert';
import { errors, errorRules as rules } from '../helpers/findings';

// Error findings the second probe corpus (test/corpora/probe-2) showed on correct or unasserted text, in new
// wording. Each case pairs the sentence that must stay silent with a plain assertion of the same wrong relation,
// which must still be flagged.
describe('precision on real-page frames (probe 2): no error where the writer does not assert the wrong relation', () => {
  it('a negation typed without its apostrophe still denies', () => {
    assert.deepEqual(errors('Hypercalcaemia leaves people weary, it doesnt bring on muscle spasms.'), []);
    assert.deepEqual(errors('Too much calcium dont cause twitching, whatever the forums say.'), []);
    assert.deepEqual(rules('Hypercalcaemia brings on muscle spasms.'), ['contradicted-claim']);
  });

  it('"too low to <relation>" says the level falls short of the effect, neither the relation nor its opposite', () => {
    assert.deepEqual(errors('Brisk knee jerks mean the serum magnesium is too low to guard against convulsions.'), []);
    // Not a denial of the agent's role either.
    assert.deepEqual(errors('When the calcium in the dish is too low to set off release, the terminal falls quiet.'), []);
    assert.deepEqual(rules('Calcium does not set off transmitter release.'), ['contradicted-claim']);
    assert.deepEqual(rules('Low magnesium guards against convulsions.'), ['contradicted-claim']);
  });

  it('a belief introduced as the most popular one, or a figure called a misprint, is not asserted', () => {
    assert.deepEqual(errors('The most common theory on running forums is that low magnesium raises blood calcium.'), []);
    assert.deepEqual(errors('One old handbook lists normal serum magnesium as 2.3–2.5 mmol/L, but that is a typo.'), []);
    assert.deepEqual(rules('Low magnesium raises blood calcium.'), ['contradicted-claim']);
    assert.deepEqual(rules('Normal serum magnesium is 2.3–2.5 mmol/L.'), ['contradicted-claim']);
  });

  it('a particle after the object that turns the verb the other way is read, or the claim is left alone', () => {
    assert.deepEqual(errors('Calcitonin pushes the serum calcium down after a meal.'), []);
    // The particle that agrees with the verb keeps the reading.
    assert.deepEqual(rules('Calcitonin pushes the serum calcium up after a meal.'), ['contradicted-claim']);
  });

  it('"lifts" a threshold raises it: no down reading of "lift"', () => {
    assert.deepEqual(errors('More calcium outside the cell lifts the spike threshold.'), []);
    assert.deepEqual(rules('More calcium outside the cell lowers the spike threshold.'), ['contradicted-claim']);
  });

  it('magnesium needed for contraction (as Mg-ATP) is no role swap; magnesium driving it is', () => {
    assert.deepEqual(errors('Magnesium is essential for muscle contraction and for nerve signalling.'), []);
    assert.deepEqual(errors('Every cross-bridge cycle burns ATP, so magnesium is required for contraction as well.'), []);
    assert.deepEqual(rules('Magnesium switches on muscle contraction.'), ['reversed-role']);
    // Requirement wordings still read a swap where the antagonist is not needed.
    assert.deepEqual(rules('Calcium is needed for the muscle to relax.'), ['reversed-role']);
    assert.deepEqual(rules('Magnesium is required for neurotransmitter release.'), ['reversed-role']);
  });

  it('an amount given as a share of the daily need is a portion, not the need', () => {
    assert.deepEqual(errors('A cup of cooked spinach has 150 mg of magnesium, nearly half of what adults need.'), []);
    assert.deepEqual(errors('Each bar supplies 80 mg (20 % of the magnesium adults need daily).'), []);
    assert.deepEqual(rules('Adults need 150 mg of magnesium a day.'), ['contradicted-claim']);
  });
});
