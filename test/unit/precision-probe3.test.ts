import { strict as assert } from 'node:assert';
import { errors, errorRules as rules } from '../helpers/findings';

// Error findings the third probe corpus (test/corpora/probe-3, a held-out set for the probe-2 fixes) showed on
// correct or unasserted text, in new wording. Each case pairs the sentence that must stay silent with a plain
// assertion of the same wrong relation, which must still be flagged.
describe('precision on real-page frames (probe 3): no error where the writer does not assert the wrong relation', () => {
  it('a counterfactual ("If …, … would …") supposes, it does not assert', () => {
    assert.deepEqual(errors('If magnesium were the trigger, adding it to the bath would boost transmitter release.'), []);
    assert.deepEqual(errors('If low calcium calmed nerves, patients with hypocalcaemia could never get tetany.'), []);
    assert.deepEqual(rules('Magnesium boosts transmitter release.'), ['reversed-role']);
    // A conditional with no modal of the unreal still asserts its relation.
    assert.deepEqual(rules('If the serum calcium is low, the nerves become calmer.'), ['contradicted-claim']);
  });

  it('a view reported as "the reverse/the opposite" of the writer\'s is not the writer\'s claim', () => {
    assert.deepEqual(errors('One colleague argued the opposite: that low calcium is what brings on low magnesium.'), []);
    assert.deepEqual(rules('Low calcium brings on low magnesium.'), ['reversed-role']);
  });

  it('a level word "less"/"fewer" before the agent is read as its level, or the claim is left alone', () => {
    assert.deepEqual(errors('Less PTH in the blood means less calcium pulled out of the skeleton.'), []);
    assert.deepEqual(rules('PTH means less calcium in the blood.'), ['contradicted-claim']);
  });

  it('an intake figure under a negation ("nobody needs", "you don\'t need") is no stated requirement', () => {
    assert.deepEqual(errors('No one needs 900 mg of magnesium tablets daily.'), []);
    assert.deepEqual(errors("You don't really need 2,500 mg of calcium each day."), []);
    assert.deepEqual(rules('Adults need 900 mg of magnesium daily.'), ['contradicted-claim']);
  });

  it('a mineral bound to a carrier protein is its bound share, not its level', () => {
    assert.deepEqual(errors('Once the blood becomes alkaline, more calcium clings to albumin and the ionised fraction drops.'), []);
    assert.deepEqual(errors('Once the blood becomes alkaline, more calcium is bound to albumin.'), []);
    assert.deepEqual(rules('Once the blood becomes alkaline, ionised calcium rises.'), ['contradicted-claim']);
  });

  it('a relation word past a clause break after the object belongs to a clause of its own', () => {
    assert.deepEqual(errors('Calcium coming in through L-type channels sets off release from the sarcoplasmic reticulum, so inhibiting it weakens contraction.'), []);
    assert.deepEqual(rules('Calcium coming in through L-type channels inhibits release from the sarcoplasmic reticulum.'), ['contradicted-claim']);
  });

  it('a mineral the kidneys pass or excrete is the amount lost, not the blood level', () => {
    assert.deepEqual(errors('Bumetanide and furosemide make the kidneys excrete more calcium.'), []);
    assert.deepEqual(errors('Furosemide makes the kidney pass more calcium and more magnesium.'), []);
    assert.deepEqual(rules('Furosemide raises blood calcium.'), ['contradicted-claim']);
  });

  it('an object in a later coordinate clause with a copula of its own is not the first verb\'s object', () => {
    assert.deepEqual(errors('Magnesium keeps the heart in rhythm, and an infusion of magnesium is the usual first-line therapy for torsade de pointes.'), []);
    assert.deepEqual(rules('Magnesium brings on torsade de pointes.'), ['contradicted-claim']);
  });

  it('a state after the object ("keeps the heartbeat regular") holds it there: no rise read', () => {
    assert.deepEqual(errors('Magnesium keeps the heartbeat regular.'), []);
    assert.deepEqual(rules('Magnesium drives the heartbeat.'), ['reversed-role']);
  });
});
