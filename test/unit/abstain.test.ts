import { strict as assert } from 'node:assert';
import { errors, errorRules as rules } from '../helpers/findings';

const table = (...rows: string[]) => ['| Condition | Signs |', '| --- | --- |', ...rows.map((r) => `| ${r} |`), ''].join('\n');

// Each case pairs a sentence the claim model used to misread (an error finding on correct or unasserted text)
// with a plain sentence of the same relation, which must still be flagged.
describe('abstention: an error finding only where the reading is unambiguous', () => {
  it('a mention right after a relation word is its object, not the next verb\'s subject', () => {
    assert.deepEqual(errors('Toxins that target Ca²⁺ channels block Ca²⁺ entry and so reduce transmitter output.'), []);
    assert.deepEqual(errors('Very high magnesium can blunt PTH output leading to low blood calcium.'), []);
    assert.deepEqual(rules('Ca²⁺ entry reduces transmitter output.'), ['reversed-role']);
    assert.deepEqual(rules('PTH output leads to low blood calcium.'), ['contradicted-claim']);
    // Causatives and level verbs keep the mention the subject of what follows.
    assert.deepEqual(rules('Each spike lets magnesium reach the vesicle and trigger transmitter release.'), ['reversed-role']);
  });

  it('a verb in a relative clause of another noun is not the mineral\'s', () => {
    assert.deepEqual(errors('Busy people often lack magnesium, which creates a tension that hinders relaxation.'), []);
    assert.deepEqual(rules('Magnesium hinders relaxation.'), ['reversed-role']);
    // A copula makes the noun the mineral itself: "magnesium is the mineral that …".
    assert.deepEqual(rules('Magnesium is the mineral that triggers transmitter release.'), ['reversed-role']);
  });

  it('both antagonists as one subject give neither a role', () => {
    assert.deepEqual(errors('Magnesium and calcium spark every muscle contraction.'), []);
    assert.deepEqual(rules('Magnesium sparks every muscle contraction.'), ['reversed-role']);
  });

  it('a negated degree ("not the main cause", "not only") denies no relation', () => {
    assert.deepEqual(errors('Low magnesium can bring on cramps, but it is not the main cause of tetany.'), []);
    assert.deepEqual(errors('Calcium does not only trigger contraction of skeletal muscle.'), []);
    assert.deepEqual(rules('Low magnesium does not cause tetany.'), ['contradicted-claim']);
  });

  it('a negated report ("has not proven that …") denies no relation', () => {
    assert.deepEqual(errors('Research has not proven that night cramps are caused by low magnesium.'), []);
    assert.deepEqual(rules('Night cramps are not caused by low magnesium.'), ['contradicted-claim']);
  });

  it('a direction word before the object that the reading left out', () => {
    // A table row pairs a condition with signs of other cells; a sign with no direction of its own is a guess.
    assert.deepEqual(errors(table('hypermagnesaemia | flushing, decreased jerk reflexes')), []);
    assert.deepEqual(rules(table('hypermagnesaemia | flushing, tetany')), ['contradicted-claim']);
    assert.deepEqual(errors('High magnesium leads to poor muscle contraction.'), []);
    assert.deepEqual(rules('High magnesium leads to muscle contraction.'), ['reversed-role']);
  });

  it('a list of signs the facts mostly confirm is no error for its odd item', () => {
    assert.deepEqual(errors('Signs of hypercalcaemia include weakness, lethargy, constipation, tingling and confusion.'), []);
    // Two signs, one wrong: the writer gives the condition a sign of the opposite one.
    assert.deepEqual(rules('Signs of hypercalcaemia include tingling and weakness.'), ['contradicted-claim']);
  });

  it('hypotheticals, reported beliefs and quoted slogans are not asserted', () => {
    assert.deepEqual(errors('Imagine that magnesium triggered transmitter release.'), []);
    assert.deepEqual(errors('Many people believe calcium blocks NMDA receptors at rest.'), []);
    assert.deepEqual(errors('A supplement advert ran the slogan “magnesium triggers every muscle contraction” on buses.'), []);
    assert.deepEqual(rules('Magnesium triggered transmitter release.'), ['reversed-role']);
    assert.deepEqual(rules('A supplement advert claimed that magnesium triggers every muscle contraction.'), ['reversed-role']);
  });

  it('an overclaim acts on the sign, not on its cause', () => {
    assert.deepEqual(errors('Magnesium supplements cure the root cause of night cramps – a true magnesium shortage.'), []);
    assert.deepEqual(rules('Magnesium supplements cure night cramps.'), ['contradicted-claim']);
  });
});
