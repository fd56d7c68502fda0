import { strict as assert } from 'node:assert';
import { errors, errorRules as rules } from '../helpers/findings';

// Error findings the probe corpus (test/corpora/probe-1) showed on correct or unasserted text, in new wording.
// Each case pairs the sentence that must stay silent with a plain assertion of the same wrong relation, which
// must still be flagged.
describe('precision on real-page frames: no error where the writer does not assert the wrong relation', () => {
  it('an option of a multiple-choice question is offered, not asserted', () => {
    const mcq = [
      'Which of these describes calcitonin correctly?',
      '',
      'A. Calcitonin increases blood calcium levels.',
      'B. Calcitonin reduces osteoclast activity.',
      '(c) Low magnesium increases blood calcium.',
      'D) Vitamin D reduces calcium absorption in the intestine.',
      '',
    ].join('\n');
    assert.deepEqual(errors(mcq), []);
    assert.deepEqual(rules('Calcitonin increases blood calcium levels.'), ['contradicted-claim']);
    assert.deepEqual(rules('Vitamin D reduces calcium absorption in the intestine.'), ['contradicted-claim']);
    // One lettered answer in its own paragraph is asserted.
    assert.deepEqual(rules('(b) Extra magnesium speeds up transmitter release.'), ['reversed-role']);
    // A capital letter ending a word before the sentence is no option label.
    assert.deepEqual(rules('People often lack vitamin D. Calcitonin increases blood calcium levels.'), ['contradicted-claim']);
  });

  it('a clause offered as a myth or a mistake is refuted, not asserted', () => {
    assert.deepEqual(errors('The notion that magnesium brings on torsades probably comes from drug labels.'), []);
    assert.deepEqual(errors("It's a myth that calcitonin pushes blood calcium up."), []);
    assert.deepEqual(errors('A classic mistake on exam papers: parathyroid hormone reduces serum calcium.'), []);
    assert.deepEqual(rules('Magnesium brings on torsades.'), ['contradicted-claim']);
    assert.deepEqual(rules('Parathyroid hormone reduces serum calcium.'), ['contradicted-claim']);
  });

  it('an agent that only modifies another noun ("PTH resistance") is not the agent', () => {
    assert.deepEqual(errors('The low calcium of these patients reflects skeletal PTH resistance.'), []);
    assert.deepEqual(errors('Their hypocalcaemia is caused by poor PTH secretion and renal PTH unresponsiveness.'), []);
    assert.deepEqual(rules('Their hypocalcaemia is caused by PTH.'), ['contradicted-claim']);
    assert.deepEqual(rules('Their hypocalcaemia is caused by PTH secretion.'), ['contradicted-claim']);
  });

  it('an intake figure belongs to the group named right after it', () => {
    assert.deepEqual(errors('The recommended allowance of magnesium is 420 mg for men and 320 mg for women over thirty.'), []);
    assert.deepEqual(errors('Recommended intakes run to 310–320 mg in women and 400–420 mg in men.'), []);
    assert.deepEqual(rules('The recommended allowance of magnesium is 320 mg for men and 420 mg for women over thirty.'), ['contradicted-claim']);
    // Without a group after the figure, the nearest one before it still counts.
    assert.deepEqual(rules('Men need about 320 mg of magnesium a day, women 310 mg.'), ['contradicted-claim']);
  });

  it('a share and cause said of another condition are not said of hypercalcaemia', () => {
    assert.deepEqual(errors('Vitamin D poisoning nearly always stems from supplements, and the high calcium it brings is the danger.'), []);
    assert.deepEqual(errors('Hypervitaminosis D is usually due to supplement overuse and leads to hypercalcaemia.'), []);
    assert.deepEqual(errors('Taking megadose vitamin D tablets is the commonest cause of hypercalcaemia in patients with vitamin D intoxication.'), []);
    assert.deepEqual(rules('Hypercalcaemia usually stems from supplements.'), ['contradicted-claim']);
    assert.deepEqual(rules('High blood calcium is mostly due to eating too much dairy.'), ['contradicted-claim']);
    // A sentence continuing about the condition of the one before is still read.
    assert.deepEqual(rules('Hypercalcaemia is often found on routine blood tests. Most cases come from drinking too much milk.'), ['contradicted-claim']);
  });
});
