import { strict as assert } from 'node:assert';
import { errorRules as errors } from '../helpers/findings';

// General causes found by reviewing a blind corpus; every sentence here is new wording, with silent negatives.

describe('review: error findings on correct sentences (general causes)', () => {
  it('the patient of a passive is the block named before it ("the block" is a noun, not a verb), not the object of an earlier verb', () => {
    assert.deepEqual(errors('Magnesium depresses end-plate transmission while sparing nerve conduction, and this block is reversed by extra calcium.'), []);
    assert.deepEqual(errors('Mg²⁺ inhibits acetylcholine release at the junction, and the block can be relieved by raising calcium.'), []);
    assert.deepEqual(errors('High magnesium shuts down transmitter release, and the blockade is readily overcome by added calcium.'), []);
    // The wrong direction still fires.
    assert.equal(errors('Magnesium inhibits acetylcholine release at the junction, and the block is deepened by raising calcium.').length, 1);
  });

  it('a target past "…, and" plus a negation belongs to a predicate of its own', () => {
    assert.deepEqual(errors('Removing magnesium strongly enhances NMDA currents, and without it the receptor no longer shows voltage dependence.'), []);
    assert.deepEqual(errors('Low magnesium boosts NMDA receptor currents, and in Mg-free medium the channel does not display its voltage sensitivity.'), []);
    // Same verb, the target in its own clause: still judged.
    assert.deepEqual(errors('Low magnesium boosts the voltage dependence of NMDA receptor currents.'), ['contradicted-claim']);
  });

  it('"impaired / blunted / resistance to" an agent is that agent at a low level', () => {
    assert.deepEqual(errors('Low calcium in this context stems from impaired PTH secretion.'), []);
    assert.deepEqual(errors('The hypocalcaemia is caused by blunted parathyroid hormone release and end-organ resistance to PTH.'), []);
    // Hypercalcaemia from too little PTH is wrong.
    assert.deepEqual(errors('Hypercalcaemia is due to impaired PTH secretion.'), ['contradicted-claim']);
  });

  it('a target named as absent or lost is that target down', () => {
    assert.deepEqual(errors('| Condition | Findings |\n|---|---|\n| Hypermagnesaemia | absent tendon reflexes, drowsiness |\n'), []);
    assert.deepEqual(errors('Magnesium toxicity leads to a loss of deep tendon reflexes.'), []);
    assert.deepEqual(errors('High magnesium produces lost patellar reflexes.'), []);
    // Loss of reflexes from low magnesium is wrong.
    assert.deepEqual(errors('| Condition | Findings |\n|---|---|\n| Hypomagnesaemia | absent tendon reflexes |\n'), ['contradicted-claim']);
  });

  it('a normal range is judged only in the clause that says "normal" and names the mineral', () => {
    assert.deepEqual(errors('A result of 1.2 mmol/L is only plausible for an ionised calcium, because a normal total calcium in adults is about 2.2 to 2.6 mmol/L.'), []);
    assert.deepEqual(errors('A reading of 1.15 mmol/L fits free calcium, whereas normal total calcium runs at 2.2–2.6 mmol/L.'), []);
    assert.deepEqual(errors('Normal total calcium sits between 1.1 and 1.3 mmol/L.'), ['contradicted-claim']);
    assert.deepEqual(errors('A normal serum calcium is about 1.2 mmol/L, because the kidneys hold it there.'), ['contradicted-claim']);
  });
});

describe('review: recall from missing vocabulary and level words (general causes)', () => {
  it('"topping up / top up" a mineral is a high level', () => {
    assert.deepEqual(errors('Topping up serum calcium leaves neurons more excitable.'), ['contradicted-claim']);
    assert.deepEqual(errors('A drink that tops up blood calcium will make your muscles twitchy.'), ['contradicted-claim']);
    assert.deepEqual(errors('Topping up calcium makes nerves harder to excite.'), []);
  });

  it('"overexcitable" names hyperexcitability', () => {
    assert.deepEqual(errors('An excess of calcium leaves the muscles overexcitable.'), ['contradicted-claim']);
    assert.deepEqual(errors('High magnesium makes nerves over-excitable.'), ['contradicted-claim']);
    assert.deepEqual(errors('Low calcium makes nerves overexcitable.'), []);
  });

  it('"the share / fraction of calcium absorbed" is calcium absorption', () => {
    assert.deepEqual(errors('Calcitriol lowers the share of calcium absorbed in the intestine.'), ['contradicted-claim']);
    assert.deepEqual(errors('Vitamin D cuts the fraction of calcium absorbed from food.'), ['contradicted-claim']);
    assert.deepEqual(errors('Calcitriol increases the fraction of calcium absorbed from the gut.'), []);
  });

  it('", which are signs of …" relates the targets just before the relative pronoun', () => {
    assert.deepEqual(errors('Watch for muscle weakness and absent reflexes, which are typical signs of low calcium.'), ['contradicted-claim']);
    assert.deepEqual(errors('Look out for cramps and twitching, which are early signs of magnesium toxicity.'), ['contradicted-claim']);
    assert.deepEqual(errors('Expect tetany and tingling, which are the classic features of hypocalcaemia.'), []);
    assert.deepEqual(errors('Patients develop drowsiness and flaccid weakness, which are hallmarks of hypermagnesaemia.'), []);
  });

  it('"<mineral>-induced <effect>" is an effect of giving the mineral (a high level)', () => {
    assert.deepEqual(errors('The main danger is magnesium-induced hyperreflexia.'), ['contradicted-claim']);
    assert.deepEqual(errors('Calcium-induced tetany is common after an infusion.'), ['contradicted-claim']);
    assert.deepEqual(errors('Magnesium-induced relaxation of smooth muscle lowers blood pressure.'), []);
    assert.deepEqual(errors('Calcium-induced calcium release from the SR drives each beat.'), []);
  });

  it('a result adjective after an intensifier still gives the direction ("makes … much smaller")', () => {
    assert.deepEqual(errors('Removing magnesium makes NMDA currents far smaller.'), ['contradicted-claim']);
    assert.deepEqual(errors('Taking magnesium out of the bath makes NMDA responses a lot weaker.'), ['contradicted-claim']);
    assert.deepEqual(errors('Removing magnesium makes NMDA currents much larger.'), []);
    assert.deepEqual(errors('Extra magnesium keeps NMDA channels even quieter.'), []);
  });

  it('a sign "indicates / points to" a condition: the sign is an effect of that condition', () => {
    assert.deepEqual(errors('Tetany usually indicates that calcium is too high.'), ['contradicted-claim']);
    assert.deepEqual(errors('Brisk reflexes point to hypermagnesaemia.'), ['contradicted-claim']);
    assert.deepEqual(errors('Lost reflexes point to magnesium toxicity.'), []);
    assert.deepEqual(errors('Muscle weakness usually indicates a high calcium.'), []);
  });
});
