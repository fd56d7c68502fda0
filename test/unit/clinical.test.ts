import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { checker, errorRules, errors } from '../helpers/findings';
import { loadFactFiles } from '../../server/src/core/facts/load';

const silent = (md: string) => assert.deepEqual(errors(md), [], md);

describe('clinical claims: signs given to the wrong condition', () => {
  it('reads presentation verbs ("presents with", "is marked by", "manifests as")', () => {
    assert.deepEqual(errorRules('Hypercalcaemia usually presents with perioral tingling and carpal spasm.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Magnesium toxicity is marked by jumpy reflexes and tetany.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Severe hypocalcemia manifests as areflexia and flaccid weakness.'), ['contradicted-claim']);
    silent('Hypercalcaemia usually presents with weakness, constipation and polyuria.');
    silent('Hypomagnesaemia may present with tremor and a positive Trousseau sign.');
  });

  it('reads "signs of <condition> include …"', () => {
    assert.deepEqual(errorRules('Typical signs of hypermagnesemia include muscle cramps and twitching.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('The symptoms of hypercalcaemia are tingling fingers and carpopedal spasms.'), ['contradicted-claim']);
    silent('Signs of hypocalcaemia include a positive Chvostek sign and tingling around the mouth.');
    silent('Early signs of hypermagnesaemia include loss of the patellar reflex.');
  });

  it('takes "patients with <condition>" as the condition, also before a list', () => {
    assert.deepEqual(errorRules('People with hypercalcemia tend to develop tetany.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Patients with severe hypomagnesaemia commonly develop:\n\n- hyporeflexia\n- sedation\n'), ['contradicted-claim']);
    silent('Patients with severe hypomagnesaemia commonly develop:\n\n- tremor\n- tetany\n');
  });

  it('reads a condition used as a label ("Hypocalcaemia: tetany, …")', () => {
    assert.deepEqual(errorRules('Hypercalcemia: twitching, cramps and tingling.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('- **Hypomagnesaemia** — flaccid paralysis and sedation'), ['contradicted-claim']);
    silent('Hypocalcemia: twitching, cramps and tingling.');
    silent('- **Hypermagnesaemia** — flaccid paralysis and hyporeflexia');
    silent('Hypercalcaemia: not tetany but weakness.');
  });

  it('reads "more/less excitable", "harder to fire", overdoses, and level words that look like verbs', () => {
    assert.deepEqual(errorRules('Hypocalcaemia leaves nerves less excitable.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Raising plasma calcium makes axons fire more readily.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('An overdose of magnesium brings on convulsions.'), ['contradicted-claim']);
    silent('Raising plasma calcium makes axons harder to fire.');
    silent('Lowering plasma calcium makes axons more excitable.');
  });
});

describe('clinical claims: treatments (fact data "treatments")', () => {
  it('flags the agent writers swap in (calcium for torsade or eclampsia, magnesium for magnesium toxicity)', () => {
    assert.deepEqual(errors('In torsades de pointes the first step is to give IV calcium chloride.'), [['reversed-role', 'calcium']]);
    assert.deepEqual(errorRules('Torsade de pointes is best treated with intravenous calcium.'), ['reversed-role']);
    assert.deepEqual(errorRules('Calcium gluconate is the drug of choice for preventing eclamptic fits.'), ['reversed-role']);
    assert.deepEqual(errorRules('An infusion of magnesium quickly reverses hypermagnesemia.'), ['reversed-role']);
    silent('Torsades de pointes responds to intravenous magnesium sulfate even when serum magnesium is normal.');
    silent('Magnesium sulfate is the usual treatment for preventing eclamptic seizures.');
    silent('Intravenous calcium gluconate counteracts hypermagnesaemia.');
    silent('Hypermagnesemia is managed by stopping magnesium and giving calcium gluconate.');
  });

  it('does not call a cause of the condition its treatment, nor advice right for another condition named beside it', () => {
    silent('People taking magnesium-containing antacids with poor kidney function can develop hypermagnesemia.');
    silent('Magnesium toxicity is uncommon. Magnesium sulfate is still the drug given for pre-eclampsia.');
    silent('When magnesium sulfate is given to prevent eclamptic seizures, hypermagnesaemia can follow.');
    assert.deepEqual(errorRules('In hypermagnesaemia, give intravenous magnesium.'), ['reversed-role']);
  });

  it('offers the swap as the fix', () => {
    const md = 'For torsade de pointes, give intravenous calcium sulfate.';
    const f = checker.check(md).find((x) => x.ruleId === 'reversed-role');
    assert.equal(f?.fixes?.[0]?.edits[0]?.newText, 'magnesium');
  });

  it('flags avoiding the agent that works, also when the condition is in the sentence before', () => {
    assert.deepEqual(errorRules('Magnesium must be avoided in torsades de pointes.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Never give magnesium to a patient in torsade de pointes.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('She was admitted with hypermagnesemia. Intravenous calcium was contraindicated.'), ['contradicted-claim']);
    silent('Calcium should never be given for torsade de pointes.');
    silent('She was admitted with hypermagnesemia. Intravenous calcium was started at once.');
  });

  it('flags "X alone corrects it" where the facts say X alone does not', () => {
    assert.deepEqual(errorRules('With magnesium depletion, oral potassium on its own corrects the hypokalaemia.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Hypomagnesaemia lowers calcium. Calcium by itself corrects the problem.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('In hypomagnesemic hypocalcemia, just give calcium alone and it resolves.'), ['contradicted-claim']);
    silent('With magnesium depletion, potassium on its own does not correct the hypokalaemia.');
    silent('Hypomagnesaemia lowers calcium. Calcium by itself fails to correct the problem.');
    silent('Hypocalcaemia from hypoparathyroidism is treated with oral calcium.');
    silent('In hypokalaemia, potassium chloride alone usually corrects the deficit.');
  });

  it('a user fact file can add treatments, and a bad one is reported', () => {
    const file = {
      targets: [{ id: 'house-poisoning', label: 'house poisoning', terms: ['house poisoning'] }],
      facts: [{
        id: 'X9', title: 'Calcium treats house poisoning', minerals: ['calcium'], terms: ['house poisoning'], statement: 'Calcium treats house poisoning.',
        explanation: 'A test fact.', references: ['bers2002'],
        treatments: [{ condition: { target: 'house-poisoning' }, agent: 'calcium', effective: true, confusedWith: 'magnesium' }],
      }],
    };
    const { base, errors: problems } = loadFactFiles(['house.json'], { readFile: () => JSON.stringify(file) });
    assert.deepEqual(problems, []);
    const c = createClaimChecker({ facts: base });
    assert.deepEqual(c.check('House poisoning is treated with magnesium.').filter((f) => f.severity === 'error').map((f) => f.ruleId), ['reversed-role']);
    const bad = { ...file, facts: [{ ...file.facts[0], treatments: [{ condition: { target: 'nowhere' }, agent: 'calcium', effective: 'yes' }] }] };
    const r = loadFactFiles(['bad.json'], { readFile: () => JSON.stringify(bad) });
    assert.ok(r.errors.some((e) => e.pointer.startsWith('/facts/0/treatments/0/effective')), JSON.stringify(r.errors));
    const unknown = { ...file, facts: [{ ...file.facts[0], treatments: [{ condition: { target: 'nowhere' }, agent: 'calcium', effective: true }] }] };
    assert.ok(loadFactFiles(['u.json'], { readFile: () => JSON.stringify(unknown) }).errors.some((e) => e.pointer === '/facts/0/treatments/0/condition/target'));
  });
});

describe('clinical claims: measures and causes (fact data "distinct", "indicators", "causes")', () => {
  it('flags total and ionised calcium taken for one measure', () => {
    assert.deepEqual(errorRules('Free calcium is identical to total calcium in a healthy adult.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Ionized and total calcium are interchangeable, so either test will do.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('In practice the ionised calcium is just another name for the total calcium.'), ['contradicted-claim']);
    silent('Ionised calcium is about half of the total calcium.');
    silent('Total calcium is not the same as ionised calcium, because almost half is bound to albumin.');
    silent('Total calcium equals the ionised plus the bound and complexed calcium.');
  });

  it('flags a normal serum magnesium read as proof of normal stores', () => {
    assert.deepEqual(errorRules('Once the plasma magnesium is back within the reference range, the magnesium stores are replete.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('A magnesium blood test in the normal range excludes magnesium deficiency.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Serum magnesium is an accurate gauge of tissue magnesium.'), ['contradicted-claim']);
    silent('A normal plasma magnesium does not exclude magnesium deficiency.');
    silent('Serum magnesium tracks total body magnesium poorly.');
    silent('Serum magnesium may stay in range while tissue stores fall.');
  });

  it('flags a minor cause given most cases', () => {
    assert.deepEqual(errorRules('The commonest cause of hypercalcemia is simply too much dairy.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Hypercalcaemia worries many readers. Most of these cases stem from calcium supplements.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Cheese and milk account for most cases of hypercalcaemia.'), ['contradicted-claim']);
    silent('The commonest cause of hypercalcemia is primary hyperparathyroidism, not diet.');
    silent('Hypercalcaemia is seldom caused by dairy.');
    silent('Most hypercalcaemia is due to hyperparathyroidism or malignancy; supplements are a rare cause.');
    silent('Hypercalcaemia worries many readers. Dairy is the main source of calcium in most diets.');
  });
});

describe('clinical claims: pH, albumin and calcium hormones', () => {
  it('reads calcium moved onto or off albumin as a change of the ionised level', () => {
    assert.deepEqual(errorRules('Acidosis drives more calcium onto plasma proteins.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Alkalosis liberates calcium from albumin, raising the free fraction.'), ['contradicted-claim']);
    silent('Alkalosis shifts calcium onto albumin, so less of it is free.');
    silent('Acidosis displaces calcium from albumin.');
  });

  it('reads a relative clause and a result clause after a condition', () => {
    assert.deepEqual(errorRules('Low free calcium is typical of metabolic acidosis, which pulls calcium onto albumin.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('If you start overbreathing, your blood turns alkaline and the ionised calcium climbs.'), ['contradicted-claim']);
    silent('If you start overbreathing, your blood turns alkaline and the ionised calcium drops.');
    silent('Severe hypomagnesaemia, which suppresses PTH secretion, causes hypocalcaemia.');
  });

  it('reads a hormone at a low level and the hormones acting on bone', () => {
    assert.deepEqual(errorRules('Too little vitamin D boosts calcium absorption from the gut.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Parathyroid hormone inhibits osteoclasts.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Calcitonin activates bone resorption.'), ['contradicted-claim']);
    silent('Vitamin D deficiency reduces calcium absorption from the gut.');
    silent('A lack of PTH leads to hypocalcaemia.');
    silent('Calcitonin curbs bone resorption by osteoclasts.');
  });
});

describe('clinical claims: conversions and ranges in words and tables', () => {
  it('checks unit tables row by row with the mineral molar mass and charge', () => {
    const table = (row: string) => `| Electrolyte | mmol/L | mg/dL | mEq/L |\n|---|---|---|---|\n| Calcium | 1 | 4.01 | 2 |\n${row}\n`;
    assert.deepEqual(errors(table('| Magnesium | 1 | 4.0 | 2 |')), [['contradicted-claim', 'Magnesium']]);
    assert.deepEqual(errors(table('| Magnesium | 1 | 2.43 | 1 |')), [['contradicted-claim', 'Magnesium']]);
    silent(table('| Magnesium | 0.5 | 1.2 | 1.0 |'));
  });

  it('checks a normal-range column against the facts, for the measure the row names', () => {
    const table = (row: string) => `| Analyte | Usual adult reference range |\n|---|---|\n${row}\n`;
    assert.deepEqual(errorRules(table('| Serum magnesium | 2.2–2.6 mmol/L |')), ['contradicted-claim']);
    assert.deepEqual(errorRules(table('| Free (ionised) calcium | 2.1–2.6 mmol/L |')), ['contradicted-claim']);
    silent(table('| Serum magnesium | 0.7–1.0 mmol/L |'));
    silent(table('| Free (ionised) calcium | 1.1–1.3 mmol/L |'));
    silent('| Analyte | Patient value |\n|---|---|\n| Serum magnesium | 2.4 mmol/L |\n');
  });

  it('checks conversion factors stated in words', () => {
    assert.deepEqual(errors('To get mg/dL from a magnesium value in mmol/L, multiply it by four.').map(([r, t]) => [r, t]), [['contradicted-claim', 'four']]);
    assert.deepEqual(errors('Magnesium results can be converted with the 4.008 conversion factor.'), [['contradicted-claim', '4.008']]);
    silent('To get mg/dL from a calcium value in mmol/L, multiply it by four.');
    silent('To get mg/dL from a magnesium value in mmol/L, multiply it by 2.43.');
    silent('Calcium results are converted with a factor of 4.008, magnesium results with a factor of 2.43.');
  });
});

describe('clinical claims: more paraphrases of the wrong versions', () => {
  it('reads patients described by their condition, fronted conditions and "has a … effect"', () => {
    assert.deepEqual(errorRules('Hypercalcemic patients are usually twitchy and crampy.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('In hypermagnesaemia, patients typically experience tetany.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('A calcium shortage has a calming effect on the nerves.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Adults low in magnesium tend to have depressed reflexes.'), ['contradicted-claim']);
    silent('Hypocalcemic patients are usually twitchy and crampy.');
    silent('In hypomagnesaemia, patients typically experience tremor and tetany.');
    silent('Hypercalcaemia causes depressed reflexes and lethargy.');
  });

  it('reads a minor cause named the commonest one, a denied deficiency as a conclusion, and giving an agent called dangerous', () => {
    assert.deepEqual(errorRules('Calcium supplements are by far the most common cause of hypercalcaemia.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('When plasma magnesium comes back normal, there is no magnesium depletion.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Administering calcium during magnesium toxicity is dangerous.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Hypermagnesemia should be treated with extra magnesium.'), ['reversed-role']);
    silent('Primary hyperparathyroidism is by far the most common cause of hypercalcaemia.');
    silent('Even when plasma magnesium comes back normal, there may be magnesium depletion.');
    silent('Treat hypomagnesaemia with extra magnesium.');
  });
});

describe('clinical claims: mixed science stays silent (F09)', () => {
  it('does not judge calcium and network activity either way, but still judges intrinsic excitability', () => {
    silent('Adding calcium can boost synaptically driven network activity in a slice.');
    silent('More extracellular calcium damps network activity in some preparations.');
    assert.deepEqual(errorRules('More extracellular calcium makes single neurons fire more readily.'), ['contradicted-claim']);
  });
});

describe('clinical claims: drugs, ECG, antidotes and toxins from the broader fact base', () => {
  it('judges drugs and other causes acting on the blood levels, in either direction', () => {
    assert.deepEqual(errorRules('Omeprazole taken for years tends to raise serum magnesium.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Gentamicin boosts blood magnesium.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Chronic renal failure reduces serum magnesium.'), ['contradicted-claim']);
    silent('Long courses of pantoprazole can deplete magnesium and lower serum magnesium.');
    silent('Hydrochlorothiazide can raise blood calcium in older women.');
    silent('Low levels of magnesium in the blood may point to alcoholism or chronic diarrhoea.');
    assert.deepEqual(errorRules('Long-term prednisolone increases calcium absorption from the gut.'), ['contradicted-claim']);
    silent('Corticosteroids cut calcium absorption in the gut and raise urinary calcium.');
  });

  it('reads QT wording on the ECG as a direction of the QT interval', () => {
    assert.deepEqual(errorRules('A high serum calcium produces a prolonged QT interval.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Low calcium typically results in QT shortening.'), ['contradicted-claim']);
    silent('Hypercalcaemia produces a short QT interval.');
  });

  it('knows the antidotes and anticonvulsants, and the toxins acting on release', () => {
    assert.deepEqual(errorRules('Intravenous calcium is contraindicated in hyperkalemia.'), ['contradicted-claim']);
    assert.deepEqual(errorRules('Botox works by boosting acetylcholine release at the motor end plate.'), ['contradicted-claim']);
    silent('Magnesium sulphate is the drug of choice for eclamptic fits.');
    silent('In Lambert-Eaton syndrome, antibodies reduce acetylcholine release from the nerve terminal.');
  });

  it('reads common misspellings as the same target', () => {
    assert.deepEqual(errorRules('Magnesium deficiency prevents ventricular arrythmias.'), errorRules('Magnesium deficiency prevents ventricular arrhythmias.'));
    assert.deepEqual(errorRules('Magnesium deficiency prevents ventricular arrythmias.'), ['contradicted-claim']);
  });
});
