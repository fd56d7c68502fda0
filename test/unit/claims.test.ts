import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { checker, flagged, ruleIds } from '../helpers/findings';

/** Claims of the first sentence that has any, as "mineral(level) direction target". */
function claimsOf(md: string): string[] {
  const { sentences } = checker.analyze(md);
  const s = sentences.filter((x) => x.claims.length).pop();
  return (s?.claims ?? []).map((c) => `${c.subject.mineral}${c.subject.level ? `(${c.subject.level})` : ''} ${c.direction} ${c.target}`);
}

describe('claim model', () => {
  it('reads subject, direction and object, with negation', () => {
    assert.deepEqual(claimsOf('Calcium entry triggers neurotransmitter release.'), ['calcium up transmitter-release']);
    assert.deepEqual(claimsOf('Magnesium does not trigger neurotransmitter release.'), ['magnesium down transmitter-release']);
    assert.deepEqual(claimsOf('Magnesium reduces acetylcholine release at the end-plate.'), ['magnesium down transmitter-release']);
  });

  it('folds signs into their general target (tetany → excitability up, weakness → down)', () => {
    assert.deepEqual(claimsOf('Hypocalcaemia causes tetany.'), ['calcium(low) up excitability']);
    assert.deepEqual(claimsOf('Hypermagnesemia causes muscle weakness.'), ['magnesium(high) down excitability']);
    assert.deepEqual(claimsOf('A low calcium lowers the firing threshold of nerve membranes.'), ['calcium(low) up excitability']);
  });

  it('understands passive voice and "typical of"', () => {
    assert.deepEqual(claimsOf('Vesicle fusion is set off by the entry of Mg²⁺ through voltage-gated channels.'), ['magnesium up transmitter-release']);
    assert.deepEqual(claimsOf('Carpopedal spasm is typical of hypercalcaemia.'), ['calcium(high) up excitability']);
  });

  it('resolves pronouns and "the latter" to the right mineral, at the pronoun', () => {
    const md = 'Magnesium ions act as antagonists of calcium. They compete with calcium and reduce transmitter release.';
    assert.deepEqual(claimsOf(md), ['magnesium down transmitter-release']);
    const later = 'Magnesium ions act as antagonists of calcium. Later, they trigger transmitter release.';
    assert.deepEqual(flagged(later, 'reversed-role'), ['they']);
    const latter = 'Calcium and magnesium differ. At the synapse the latter triggers transmitter release.';
    assert.deepEqual(flagged(latter, 'reversed-role'), ['the latter']);
  });

  it('keeps coordinated subjects: "elevated calcium levels or magnesium deficiency"', () => {
    const md = 'An imbalance, such as elevated calcium levels or magnesium deficiency, can lead to muscle cramps.';
    assert.deepEqual(claimsOf(md), ['calcium(high) up excitability', 'magnesium(low) up excitability']);
    assert.deepEqual(flagged(md, 'contradicted-claim'), ['elevated calcium levels']);
  });

  it('reads levels after the noun and notation variants', () => {
    assert.deepEqual(claimsOf('Brisk reflexes are signs that the magnesium level is too high.'), ['magnesium(high) up excitability']);
    assert.deepEqual(claimsOf('Hypocalcemia causes tetany.'), ['calcium(low) up excitability']);
    assert.deepEqual(claimsOf('Entry of Ca(2+) triggers exocytosis.'), ['calcium up transmitter-release']);
    assert.deepEqual(claimsOf('Entry of Ca<sup>2+</sup> triggers exocytosis.'), ['calcium up transmitter-release']);
    assert.deepEqual(claimsOf('Entry of **calcium** triggers exocytosis.'), ['calcium up transmitter-release']);
  });

  it('does not take drug names or possessives as the acting mineral', () => {
    assert.deepEqual(claimsOf('Calcium channel blockers reduce muscle contraction in arteries.'), []);
    assert.deepEqual(ruleIds('Calcium channel blockers reduce transmitter release in some synapses [@x].'), []);
  });

  it('decides from fact data: a user fact file changes the verdict without code', () => {
    const md = 'Magnesium triggers neurotransmitter release.';
    assert.deepEqual(ruleIds(md), ['reversed-role']);
    const base = checker.facts;
    const { createFactBase } = require('../../server/src/core') as typeof import('../../server/src/core');
    const noRoles = createFactBase([{ minerals: base.minerals, targets: base.targets, facts: [] }]);
    assert.deepEqual(createClaimChecker({ facts: noRoles }).check(md).map((f) => f.ruleId), ['uncited-claim']);
  });

  it('does not judge questions, headings or refuted speech', () => {
    assert.deepEqual(ruleIds('Does magnesium trigger neurotransmitter release?'), []);
    assert.deepEqual(ruleIds('# Magnesium triggers neurotransmitter release'), []);
    assert.ok(!ruleIds('Some websites claim that magnesium triggers neurotransmitter release, but that is backwards.').includes('reversed-role'));
  });

  it('treats opinions, anecdotes and marketing as no claim', () => {
    assert.deepEqual(ruleIds('Honestly, I think magnesium is the most underrated mineral.'), []);
    assert.deepEqual(ruleIds('Our magnesium gummies are the tastiest way to get your daily dose.'), []);
    assert.deepEqual(ruleIds('She had been taking a magnesium-based laxative every day.'), []);
  });

  /** A checker whose only facts are the given ones (built-in minerals and targets). */
  const withFacts = (facts: object[]) => {
    const { createFactBase } = require('../../server/src/core') as typeof import('../../server/src/core');
    const fb = createFactBase([{ minerals: checker.facts.minerals, targets: checker.facts.targets, facts: facts as never }]);
    const c = createClaimChecker({ facts: fb });
    return (md: string) => c.check(md).map((f) => f.ruleId);
  };
  const fact = { title: 't', minerals: ['calcium', 'magnesium'], terms: [], statement: 's', explanation: 'e', references: [] };

  it('reverses cause and effect between conditions from effect data', () => {
    const r = withFacts([{ ...fact, id: 'T19', effects: [{ mineral: 'magnesium', level: 'low', target: 'calcium-level', direction: 'down' }] }]);
    assert.deepEqual(r('Severe hypocalcaemia produces hypomagnesaemia.'), ['reversed-role']);
    assert.deepEqual(r('Severe hypomagnesaemia can cause hypocalcaemia [@agus1999].'), []);
  });

  it('judges hormone agents from roles: PTH lowering calcium is contradicted', () => {
    const r = withFacts([{ ...fact, id: 'T16', roles: [{ agent: 'pth', action: 'up', target: 'calcium-level' }] }]);
    assert.deepEqual(r('Parathyroid hormone lowers blood calcium.'), ['contradicted-claim']);
    assert.deepEqual(r('Parathyroid hormone raises blood calcium [@x].'), []);
  });

  it('reads copulas with a role noun, arrows and "when" clauses', () => {
    assert.deepEqual(claimsOf('Calcium is the main trigger of muscle contraction.'), ['calcium up contraction']);
    assert.deepEqual(claimsOf('Magnesium is a calcium antagonist in muscle contraction.'), ['magnesium down contraction']);
    assert.deepEqual(claimsOf('Low magnesium → tetany.'), ['magnesium(low) up excitability']);
    // "is added" raises the level (F03: more magnesium, less release).
    assert.deepEqual(claimsOf('Transmitter release stops when magnesium is added.'), ['magnesium(high) down transmitter-release']);
    // Calcium arriving in a "when" clause is a rise of its level (F28: relaxation needs calcium to fall).
    assert.deepEqual(claimsOf('A muscle fibre relaxes when calcium rushes into the cytosol.'), ['calcium(high) down contraction']);
    assert.deepEqual(ruleIds('Transmitter release stops when magnesium is added [@dodge1967].'), []);
  });

  it('uses list items that continue a sentence', () => {
    const md = 'Patients who run low on magnesium typically develop\n\n- floppy, flaccid muscles,\n- absent reflexes.\n';
    assert.deepEqual(ruleIds(md), ['contradicted-claim']);
  });

  it('reads relation synonyms and figurative verbs in both directions', () => {
    assert.deepEqual(claimsOf('Calcium entry kick-starts transmitter release.'), ['calcium up transmitter-release']);
    assert.deepEqual(claimsOf('Magnesium puts the brakes on acetylcholine release.'), ['magnesium down transmitter-release']);
    assert.deepEqual(claimsOf('Magnesium reins in NMDA receptor currents.'), ['magnesium down nmda-receptor']);
    assert.deepEqual(claimsOf('Extra magnesium blunts neurotransmitter output.'), ['magnesium(high) down transmitter-release']);
    assert.deepEqual(claimsOf('Hypermagnesaemia quells the deep tendon reflexes.'), ['magnesium(high) down excitability']);
  });

  it('reads nominalisations: "calcium-triggered exocytosis", "Mg-blocked NMDA channels"', () => {
    assert.deepEqual(claimsOf('Neurons depend on calcium-triggered exocytosis.'), ['calcium up transmitter-release']);
    assert.deepEqual(flagged('Synapses rely on magnesium-triggered exocytosis.', 'reversed-role'), ['magnesium']);
  });

  it('reads fronted conditions: "If … is too high, …" and "When … runs low, …"', () => {
    assert.deepEqual(claimsOf('If your magnesium runs low, your muscles may twitch.'), ['magnesium(low) up excitability']);
    assert.deepEqual(ruleIds('If blood calcium climbs above the normal range, reflexes become hyperactive reflexes.'), ['contradicted-claim']);
    assert.deepEqual(claimsOf('When magnesium runs low, you do not get drowsy.'), ['magnesium(low) up excitability']);
  });

  it('takes the accepted side of a contrast as the subject: "calcium, not magnesium, …"', () => {
    assert.deepEqual(claimsOf('Magnesium, not calcium, plugs the NMDA receptor pore.'), ['magnesium down nmda-receptor']);
    assert.deepEqual(flagged('Calcium, not magnesium, plugs the NMDA receptor pore.', 'reversed-role'), ['Calcium']);
    assert.deepEqual(ruleIds('Magnesium rather than calcium plugs the NMDA receptor pore [@mayer1984].'), []);
  });

  it('resolves an object pronoun to the target named before: "… and magnesium damps it"', () => {
    assert.deepEqual(flagged('Transmitter release needs a trigger, and calcium damps it.', 'reversed-role'), ['calcium']);
  });

  it('needs no citation for methods, case data, motions, announcements, conditional instructions or title lines', () => {
    assert.deepEqual(ruleIds('Serum magnesium values were log-transformed before the regression.'), []);
    assert.deepEqual(ruleIds('Oral magnesium was started on day two.'), []);
    assert.deepEqual(ruleIds('In the high-calcium group, 9 of 12 recorded neurons fell silent.'), []);
    assert.deepEqual(ruleIds('Pt reports leg cramps at night and takes a calcium supplement.'), []);
    assert.deepEqual(ruleIds('Labs: Ca 2.9 mmol/L, Mg 0.8 mmol/L, albumin 40 g/L.'), []);
    assert.deepEqual(ruleIds('The motion is that calcium supplements are overhyped.'), []);
    assert.deepEqual(ruleIds('A new study offers new insights into how magnesium affects sleep.'), []);
    assert.deepEqual(ruleIds('It is often said that calcium builds strong bones.'), []);
    assert.deepEqual(ruleIds('For adults with hypomagnesaemia and tetany, give magnesium sulfate intravenously.'), []);
    assert.deepEqual(ruleIds('**Calcium, magnesium and the resting membrane**\n\nSome prose follows.\n'), []);
    // …but a claim in a reason clause, a title line that states a claim, and a reference range still need one.
    assert.deepEqual(ruleIds('Her magnesium should be checked, because low magnesium keeps calcium from recovering.'), ['uncited-claim']);
    assert.deepEqual(ruleIds('*Extracellular calcium shapes the afterhyperpolarisation*\n'), ['uncited-claim']);
    assert.deepEqual(ruleIds('Normal serum calcium is 2.2–2.6 mmol/L in adults.'), ['uncited-claim']);
    assert.deepEqual(ruleIds('I chose this drug because my aunt takes a calcium channel blocker.'), []);
  });

  it('reads arrow shorthand with ↑/↓ after the object', () => {
    assert.deepEqual(claimsOf('low Ca²⁺ₒ → threshold ↓ → spontaneous firing'), ['calcium(low) up excitability']);
    assert.deepEqual(ruleIds('high Ca²⁺ₒ → threshold ↓, more spikes'), ['contradicted-claim']);
  });

  it('reads particle verbs with the object inside and result-only verbs only with a result', () => {
    assert.deepEqual(claimsOf('Calcium starts transmitter release and magnesium holds it back.'), ['calcium up transmitter-release', 'magnesium down transmitter-release']);
    assert.deepEqual(claimsOf('Magnesium holds the NMDA receptor channel shut at rest.'), ['magnesium down nmda-receptor']);
    assert.deepEqual(claimsOf('Magnesium holds the NMDA receptor in its grip.'), []);
    assert.deepEqual(ruleIds('Calcium, not magnesium, switches contraction on.'), ['uncited-claim']);
    assert.deepEqual(flagged('Magnesium switches contraction on.', 'reversed-role'), ['Magnesium']);
  });

  it('gives a participle clause after a comma the sentence subject', () => {
    assert.deepEqual(ruleIds('Acidosis releases calcium from albumin, lowering the ionised fraction.'), ['contradicted-claim']);
  });

  it('reads comparatives: "the more …, the less …"', () => {
    assert.deepEqual(claimsOf('The more magnesium in the bath, the lower the excitability.'), ['magnesium(high) down excitability']);
    assert.deepEqual(claimsOf('The lower the magnesium, the more cramps.'), ['magnesium(low) up excitability']);
    assert.deepEqual(flagged('The more magnesium, the more transmitter release.', 'reversed-role'), ['magnesium']);
  });

  it('"not enough" is a level, not a negation; a verb is not its own object; the rejected side of a contrast acts on nothing', () => {
    assert.deepEqual(claimsOf('Not enough magnesium means weak muscles.'), ['magnesium(low) down excitability']);
    assert.deepEqual(claimsOf('Calcium overload quiets the nerves.'), ['calcium(high) down excitability']);
    assert.deepEqual(claimsOf('Calcium rather than magnesium gates NMDA receptors.'), []);
  });
});

