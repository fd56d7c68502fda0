import { strict as assert } from 'node:assert';
import { errors, errorRules as rules } from '../helpers/findings';

// General shapes of real misconceptions that were missed, each with a correct sentence of the same shape.
describe('recall: real-world wordings of wrong physiology', () => {
  it('"required for" without a copula, and "occur with" (effect before cause)', () => {
    assert.deepEqual(rules('Calcium ranks among the nutrients required for muscle relaxation.'), ['reversed-role']);
    assert.deepEqual(errors('Magnesium ranks among the nutrients required for muscle relaxation.'), []);
    assert.deepEqual(rules('Tremor can appear with elevated magnesium.'), ['contradicted-claim']);
    assert.deepEqual(errors('Tremor can appear with low magnesium.'), []);
  });

  it('a high level named by "high levels of" or by building up', () => {
    assert.deepEqual(rules('Extremely high levels of magnesium bring on tremor.'), ['contradicted-claim']);
    assert.deepEqual(errors('Extremely high levels of magnesium bring on weakness.'), []);
    assert.deepEqual(rules('In renal failure magnesium may build up and trigger twitches.'), ['contradicted-claim']);
    assert.deepEqual(errors('In renal failure magnesium may build up and depress the reflexes.'), []);
  });

  it('"side effects including …" keeps the effects the objects of the verb before', () => {
    assert.deepEqual(rules('Excess calcium produces problems including muscle spasms.'), ['contradicted-claim']);
    assert.deepEqual(errors('Too little calcium produces problems including muscle spasms.'), []);
  });

  it('a pronoun finds the mineral across a sentence that only continues it', () => {
    assert.deepEqual(rules('Calcium is plentiful in milk. It is stored in bone. It also blocks NMDA receptors at rest.'), ['reversed-role']);
    assert.deepEqual(errors('Magnesium is plentiful in nuts. It is stored in bone. It also blocks NMDA receptors at rest.'), []);
  });

  it('"recommended daily allowance" is an intake figure; a sex named after the amount is the one it is for; doses are no intake', () => {
    assert.deepEqual(errors('Begin at the recommended daily allowance of magnesium (350 mg daily for women; 420 mg daily for men).'), [['contradicted-claim', '350 mg']]);
    assert.deepEqual(errors('Begin at the recommended daily allowance of magnesium (320 mg daily for women; 420 mg daily for men).'), []);
    assert.deepEqual(errors('Very large doses of magnesium (900 to 5000 mg daily) are given in some trials, and the RDA for women is 320 mg.'), []);
  });

  it('a dose above a figure is a high level; "transmission of neuromuscular activity" is transmitter release', () => {
    assert.deepEqual(rules('Taking more than 500 mg of supplemental magnesium in one go can cause muscle twitching.'), ['contradicted-claim']);
    assert.deepEqual(errors('Taking more than 500 mg of magnesium in one go can cause diarrhoea and weakness.'), []);
    assert.deepEqual(rules('Option B: magnesium is responsible for the transmission of neuromuscular activity.'), ['reversed-role']);
    assert.deepEqual(errors('Option B: calcium is responsible for the transmission of neuromuscular activity.'), []);
  });

  it('a sign\'s cause stated as proven is an overclaim', () => {
    assert.deepEqual(errors('Science has proven that night cramps are caused by low magnesium.'), [['contradicted-claim', 'has proven']]);
    assert.deepEqual(errors('Night cramps are sometimes caused by low magnesium.'), []);
  });

  it('a lab measure read as a dependable guide through "to clearly assess", with the measure and stores in other words', () => {
    assert.deepEqual(rules('Your doctor can use the magnesium in the serum to reliably judge the status of magnesium in your tissues.'), ['contradicted-claim']);
    assert.deepEqual(rules('The level of magnesium in plasma lets a clinician accurately determine total body magnesium.'), ['contradicted-claim']);
    assert.deepEqual(errors('Clinicians use the magnesium in the serum to assess the status of magnesium.'), []);
    assert.deepEqual(errors('Magnesium in the serum cannot reliably tell the status of magnesium in the body.'), []);
    assert.deepEqual(errors('Magnesium in the serum is a poor way to accurately judge total body magnesium.'), []);
    assert.deepEqual(errors('Researchers now clearly understand how magnesium in the serum is regulated.'), []);
  });

  it('a bare "This" opening a sentence stands for the condition of the sentence before, when that is the only one', () => {
    assert.deepEqual(rules('Hypermagnesaemia slows the firing of nerves. This may then cause muscle twitching.'), ['contradicted-claim']);
    assert.deepEqual(rules('Too much magnesium in the plasma blunts the reflexes. This can unexpectedly set off tremor.'), ['contradicted-claim']);
    assert.deepEqual(errors('Hypermagnesaemia slows the firing of nerves. This may then cause muscle weakness.'), []);
    assert.deepEqual(errors('Hypocalcaemia lowers the firing threshold. This can cause muscle twitching.'), []);
    // Not certain, so not read: another paragraph, a denial, two minerals, a treatment, no condition, a noun after "This".
    assert.deepEqual(errors('Hypermagnesaemia slows the firing of nerves.\n\nThis may then cause muscle twitching.'), []);
    assert.deepEqual(errors('Hypermagnesaemia does not speed up the firing of nerves. This may cause muscle twitching.'), []);
    assert.deepEqual(errors('Hypermagnesaemia blunts calcium entry at the terminal. This may cause muscle twitching.'), []);
    assert.deepEqual(errors('Hypermagnesaemia is reversed with intravenous calcium. This may cause muscle twitching.'), []);
    assert.deepEqual(errors('Magnesium is stored mostly in bone. This may cause muscle twitching.'), []);
    assert.deepEqual(errors('Hypermagnesaemia slows the firing of nerves. This drug may cause muscle twitching.'), []);
  });

  it('a sign of another condition given to a calcium disorder (peaked T waves belong to high potassium)', () => {
    assert.deepEqual(rules('Severe hypercalcemia brings on tall, tented T waves.'), ['contradicted-claim']);
    assert.deepEqual(rules('Hypocalcaemia typically produces peaked T waves on the ECG.'), ['contradicted-claim']);
    assert.deepEqual(rules('ECG findings in severe hypercalcaemia:\n- a very short QT\n- peaking T waves'), ['contradicted-claim']);
    // The sign given to its own condition, denied, contrasted, or named beside a calcium disorder: silent.
    assert.deepEqual(errors('Tented T waves are an early clue to hyperkalaemia.'), []);
    assert.deepEqual(errors('Unlike hyperkalaemia, hypercalcaemia does not produce peaked T waves.'), []);
    assert.deepEqual(errors('Hypercalcaemia shortens the QT, while peaked T waves point to high potassium.'), []);
    assert.deepEqual(errors('Peaked T waves suggest hyperkalaemia rather than hypocalcaemia.'), []);
    assert.deepEqual(errors('Someone with hypercalcaemia and renal failure may also be hyperkalaemic, with peaked T waves.'), []);
    assert.deepEqual(errors('ECG findings in hypocalcaemia:\n- a long QT interval\n- no peaked T waves'), []);
    assert.deepEqual(errors('ECG findings in hypocalcaemia:\n- a long QT interval\n- peaked T waves only if hypercalcaemia is mistaken for it'), []);
    assert.deepEqual(errors('Common causes of hypercalcaemia:\n- peaked T waves'), []);
    assert.deepEqual(errors('ECG findings in hypokalaemia and hypocalcaemia:\n- peaked T waves'), []);
  });

  it('a pump said to be powered by the gradient it works against (SERCA runs on ATP)', () => {
    assert.deepEqual(errors('Enough calcium sustains the gradient which fuels the SERCA pumps, so the store refills quickly.'), [['contradicted-claim', 'gradient which fuels the SERCA pumps']]);
    assert.deepEqual(rules('The SR calcium pump is mainly driven by the concentration gradient.'), ['contradicted-claim']);
    assert.deepEqual(errors('The SERCA pump spends ATP to push calcium up its concentration gradient.'), []);
    assert.deepEqual(errors('SERCA returns calcium to the store against the gradient, powered by ATP.'), []);
    assert.deepEqual(errors('Unlike SERCA, the sodium-calcium exchanger is powered by the sodium gradient.'), []);
    assert.deepEqual(errors('The gradient that SERCA builds drives calcium out again when the release channels open.'), []);
    assert.deepEqual(errors('SERCA is not powered by the calcium gradient but by ATP.'), []);
  });

  it('"a classic sign of", "common features of" name a sign; the cause on the rejected side of a contrast is none', () => {
    assert.deepEqual(rules('Involuntary twitching is an early symptom of hypermagnesemia.'), ['contradicted-claim']);
    assert.deepEqual(rules('Muscle cramps are common features of hypercalcaemia.'), ['contradicted-claim']);
    assert.deepEqual(errors('Sluggish reflexes are a telltale sign of hypermagnesemia.'), []);
    assert.deepEqual(errors('Numbness and tingling are a classic sign of hypocalcaemia, not of hypercalcaemia.'), []);
    assert.deepEqual(errors('Tetany is a sign of hypocalcaemia rather than hypercalcaemia.'), []);
    assert.deepEqual(errors('Muscle weakness is a usual finding of hypermagnesemia, not hypomagnesemia.'), []);
  });
});
