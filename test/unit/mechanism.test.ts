/**
 * Mechanism facts (F01–F06, F25–F29, F32): paraphrase families of each wrong version must be flagged,
 * and correct, negated and hedged wordings must stay silent. Every sentence here is written for this
 * test (none is taken from the evaluation corpora).
 */
import { strict as assert } from 'node:assert';
import { createClaimChecker, createFactBase } from '../../server/src/core';
import { checker, errorRules as errors } from '../helpers/findings';

const expectRule = (rule: string, sentences: string[]) => {
  for (const md of sentences) assert.deepEqual(errors(md), [rule], md);
};
const expectSilent = (sentences: string[]) => {
  for (const md of sentences) assert.deepEqual(errors(md), [], md);
};

describe('mechanism facts: voltage dependence of the magnesium block (F05, F47)', () => {
  it('flags a block said to be strongest when depolarised or weakened by hyperpolarisation', () => {
    expectRule('contradicted-claim', [
      'The Mg²⁺ block of NMDA channels is strongest when the membrane is depolarised.',
      'In practice the magnesium block is greatest at depolarized potentials.',
      'Hyperpolarizing the neuron weakens the Mg block.',
      'Hyperpolarisation relieves the magnesium block.',
      'Depolarisation deepens the voltage-dependent block.',
    ]);
  });

  it('stays silent on the right direction, negations and unrelated uses', () => {
    expectSilent([
      'The magnesium block is strongest at hyperpolarised potentials [@nowak1984].',
      'Depolarization relieves the Mg²⁺ block of NMDA receptors [@mayer1984].',
      'As the neuron depolarises, the magnesium block is lifted [@nowak1984].',
      'Hyperpolarisation strengthens the magnesium block [@nowak1984].',
      'Depolarisation does not deepen the magnesium block [@nowak1984].',
    ]);
  });

  it('stays silent on a release verb that is no target, an unrelated state "thanks to" a mineral, and a falling effect', () => {
    expectSilent([
      'The kidney releases magnesium into the urine.',
      'The heartbeat stays regular thanks to magnesium.',
      'When magnesium floods in, acetylcholine release falls [@dodge1967].',
    ]);
    expectRule('reversed-role', ['When magnesium floods in, acetylcholine release rises.']);
  });

  it('reads coordinated voltage statements each with its own cause, and a temporal "as the …" as its own clause', () => {
    expectSilent([
      'The Mg²⁺ block is strongest at negative potentials and weakest when the cell depolarises [@nowak1984].',
      'Calcium leaves troponin C as the muscle relaxes [@bers2002].',
    ]);
    expectRule('contradicted-claim', ['The Mg²⁺ block is strongest when the cell depolarises and weakest at negative potentials.']);
  });

  it('flags calcium in the blocking ion\'s place: lodged in or driven out of the pore', () => {
    expectRule('reversed-role', [
      'Ca²⁺ ions lodged in the NMDA receptor pore are what keep it silent at rest.',
      'Depolarising the membrane pushes calcium out of the NMDA channel pore.',
      'At rest the NMDA channel is shut. Depolarisation then expels the calcium out of the pore.',
      'Calcium, trapped inside the NMDA receptor pore, is forced from the channel when the cell fires.',
    ]);
    expectSilent([
      'Depolarising the membrane pushes magnesium out of the NMDA channel pore [@nowak1984].',
      'Mg²⁺ lodged in the NMDA receptor pore keeps it silent at rest [@mayer1984].',
      'Calcium ions flow through the NMDA receptor pore once the block is relieved [@nowak1984].',
    ]);
  });

  it('flags calcium-free solution as the condition that removes NMDA voltage dependence (F06 swap)', () => {
    expectRule('reversed-role', [
      'Bathed in calcium-free saline, NMDA currents lose their voltage dependence.',
      'Taking calcium out of the bath strips NMDA responses of their voltage sensitivity.',
    ]);
    expectSilent(['In magnesium-free saline, NMDA currents lose their voltage dependence [@nowak1984].']);
  });
});

describe('mechanism facts: the magnesium block and calcium at the neuromuscular junction (F04)', () => {
  it('flags calcium said to strengthen the magnesium block', () => {
    expectRule('contradicted-claim', [
      'Extra calcium only deepens the magnesium block at the end-plate.',
      'Calcium potentiates the blocking action of magnesium on the motor nerve terminal.',
      'The magnesium blockade is strengthened by calcium.',
    ]);
    expectSilent(['Calcium relieves the magnesium block of neuromuscular transmission [@fawcett1999].']);
  });
});

describe('mechanism facts: sensors, triggers and stores (F01, F25–F27)', () => {
  it('flags synaptotagmin or troponin trigger sites given to magnesium', () => {
    expectRule('reversed-role', [
      'Synaptotagmin, the terminal\'s magnesium sensor, launches vesicle fusion.',
      'Each terminal relies on magnesium detectors such as synaptotagmin-1.',
      'During systole Mg²⁺ occupies the regulatory site of troponin C.',
      'Contraction starts once magnesium binds to the trigger site on troponin.',
      'Binding of magnesium to site II is what activates the thin filament.',
    ]);
    expectSilent([
      'Synaptotagmin is the calcium sensor for fast vesicle fusion [@sudhof2012].',
      'Synaptotagmin is not a magnesium sensor [@sudhof2012].',
      'Magnesium fills the structural sites III and IV of troponin C, not the regulatory site [@fuchs2011].',
      'Contraction starts once calcium binds to the trigger site on troponin [@fuchs2011].',
    ]);
  });

  it('reads a purpose after an arrival, and binding troponin C outside its trigger site as no claim (F26)', () => {
    expectRule('reversed-role', ['At the end of each beat calcium rushes in to relax the heart.', 'Magnesium comes in to trigger vesicle fusion.']);
    expectSilent([
      'Magnesium binds to troponin C at its structural sites III and IV [@fuchs2011].',
      'Magnesium attaches to troponin C at the Ca²⁺/Mg²⁺ sites [@fuchs2011].',
      'Calcium comes in to trigger vesicle fusion [@sudhof2012].',
    ]);
  });

  it('flags the sarcoplasmic reticulum releasing magnesium and relaxation by pumping magnesium back', () => {
    expectRule('reversed-role', [
      'Each beat, the sarcoplasmic reticulum spills its magnesium through the ryanodine receptors.',
      'Magnesium floods out of the sarcoplasmic reticulum and switches on cross-bridge cycling.',
      'The heart relaxes when SERCA pumps the magnesium back into the SR.',
    ]);
    expectSilent([
      'Each beat, the sarcoplasmic reticulum releases its calcium through the ryanodine receptors [@bers2002].',
      'The heart relaxes when SERCA pumps the calcium back into the SR [@bers2002].',
      // The store itself is not its release: uptake and storage say nothing about what the SR releases.
      'During relaxation, SERCA moves calcium back into the sarcoplasmic reticulum, which lowers cytosolic calcium [@bers2002].',
      'Calcium is stored in the sarcoplasmic reticulum between beats, and less of it leaks out when magnesium is high [@bers2002].',
    ]);
  });

  it('flags relaxation tied to calcium arriving as a contradiction of F28, not a swap', () => {
    expectRule('contradicted-claim', [
      'Relaxation sets in as calcium floods into the myoplasm.',
      'The muscle relaxes when Ca²⁺ streams into the cytosol.',
    ]);
  });

  it('flags a denial of the heart\'s dependence on extracellular calcium as a contradiction', () => {
    expectRule('contradicted-claim', [
      'Cardiac muscle does not depend on extracellular calcium.',
      'Heart muscle contraction does not rely on calcium entry from outside.',
    ]);
    expectSilent(['Cardiac contraction depends on extracellular calcium [@bers2002].']);
  });

  it('does not read a dependence on a ratio or pair as one mineral\'s role', () => {
    expectSilent(['Transmitter release depends on the ratio of calcium to magnesium [@dodge1967].']);
  });
});

describe('mechanism facts: Mg-ATP and the calcium blocker (F29, F32)', () => {
  it('flags calcium–ATP as the substrate and ATP working without magnesium', () => {
    expectRule('reversed-role', ['Kinases actually use the Ca–ATP complex as their substrate.', 'The calcium-ATP complex powers every ATPase.']);
    expectRule('contradicted-claim', [
      'ATP is perfectly usable without any magnesium.',
      'Enzymes handle ATP independently of magnesium.',
    ]);
    expectSilent([
      'Kinases use the Mg-ATP complex as their substrate [@iom1997].',
      'ATP is useless to enzymes without magnesium [@iom1997].',
      'No kinase can use ATP without magnesium [@iom1997].',
    ]);
  });

  it('flags calcium called nature\'s calcium blocker', () => {
    expectRule('reversed-role', ["Calcium is nature's own calcium-channel blocker.", 'Calcium acts as a natural calcium blocker in arteries.']);
    expectSilent(["Magnesium is often likened to a physiological calcium blocker [@fawcett1999].", 'Verapamil is a calcium channel blocker.']);
  });
});

describe('mechanism facts: cooperativity of release (F02)', () => {
  it('flags linear, proportional, doubling and single-ion wordings', () => {
    expectRule('contradicted-claim', [
      'Evoked transmitter release is simply proportional to extracellular calcium.',
      'Release grows linearly as bath calcium is raised.',
      'If you double the calcium, you double the acetylcholine release.',
      'One calcium ion is all it takes to trigger the release of a quantum.',
      'Just one Ca²⁺ ion per vesicle is needed for fusion.',
      'Quantal release follows the square of the calcium concentration.',
    ]);
  });

  it('stays silent on the steep relation, denials and comparisons', () => {
    expectSilent([
      'Release rises with about the fourth power of extracellular calcium [@dodge1967].',
      'Roughly four calcium ions act together to release each quantum [@dodge1967].',
      'Transmitter release is not proportional to extracellular calcium [@dodge1967].',
      'Release is far steeper than linear in calcium [@dodge1967].',
      'Synaptotagmin binds one calcium ion at each of its sites, and fusion follows [@sudhof2012].',
    ]);
  });

  it('reads the exponent from the fact data', () => {
    const base = checker.facts;
    const facts = base.facts.map((f) => (f.cooperativity ? { ...f, cooperativity: f.cooperativity.map((c) => ({ ...c, order: 1.2 })) } : f));
    const linear = createClaimChecker({ facts: createFactBase([{ minerals: base.minerals, targets: base.targets, facts, references: [...base.references.values()] }]) });
    const md = 'Evoked transmitter release is simply proportional to extracellular calcium.';
    assert.deepEqual(errors(md), ['contradicted-claim']);
    assert.deepEqual(linear.check(md).filter((f) => f.severity === 'error'), []);
  });
});

describe('mechanism facts: role nouns, halts, agonists and what magnesium spares (F01, F04, F32)', () => {
  it('reads role nouns after a copula and "brings … to a halt"', () => {
    expectRule('reversed-role', [
      'Magnesium ions are the go-signal for vesicle fusion.',
      'Magnesium entry serves as the cue for acetylcholine release.',
      'A burst of calcium entry grinds transmitter release to a standstill.',
    ]);
    expectSilent(['Calcium entry is the signal for transmitter release [@sudhof2012].', 'Magnesium is key to ATP use [@iom1997].']);
  });

  it('flags magnesium called a calcium agonist', () => {
    expectRule('contradicted-claim', ['In the vessel wall magnesium behaves as a calcium agonist.']);
  });

  it('flags magnesium said to stop nerve conduction, but not a block that spares it', () => {
    expectRule('contradicted-claim', [
      'Magnesium stops the nerve action potential in the motor axon.',
      'At the end-plate, magnesium abolishes axonal conduction.',
    ]);
    expectSilent([
      'Magnesium depresses acetylcholine release at doses too low to slow nerve conduction [@fawcett1999].',
      'Magnesium reduces evoked release and leaves axonal conduction intact [@fawcett1999].',
      'Magnesium does not block nerve conduction [@fawcett1999].',
    ]);
  });

  it('reads "the magnesium block works by …" as magnesium acting, and a motion of the object as the object', () => {
    expectRule('contradicted-claim', ['The magnesium block works by stopping nerve action potentials from spreading along the axon.']);
    expectSilent(['The magnesium block works by curbing acetylcholine release [@fawcett1999].']);
  });

  it('flags calcium said to potentiate magnesium\'s neuromuscular block', () => {
    expectRule('contradicted-claim', ["Giving calcium only worsens magnesium's neuromuscular block."]);
  });

  it('a generic "the channel" is the channel target named before, not the last target word', () => {
    const md = 'NMDA responses grew once the magnesium block was gone. The calcium we removed could be what plugs the channel.';
    assert.deepEqual(errors(md), ['reversed-role']);
  });
});

describe('mechanism facts: temporal clauses, requirements and moving the blocking ion', () => {
  it('reads "only after / once / as X arrives" as a rise of X and takes the direction from the main clause', () => {
    expectRule('reversed-role', [
      'Exocytosis happens only after magnesium enters the nerve ending.',
      'Once magnesium reaches the active zone, transmitter release follows.',
      'As calcium pours into the terminal, transmitter release comes to a halt.',
      'Acetylcholine release grows when magnesium is added to the saline.',
    ]);
    expectSilent([
      'Exocytosis happens only after calcium enters the nerve ending [@sudhof2012].',
      'Acetylcholine release falls when magnesium is added to the saline [@dodge1967].',
    ]);
  });

  it('reads fronted and denied requirements', () => {
    expectRule('reversed-role', ['Without magnesium, no acetylcholine release takes place.']);
    expectRule('contradicted-claim', ['Kinases do not need magnesium to handle ATP.', 'Cardiac muscle cells contract without any external calcium.']);
    expectSilent(['Without calcium, no acetylcholine release takes place [@sudhof2012].', 'Kinases cannot handle ATP without magnesium [@iom1997].']);
  });

  it('reads an agent moving the blocking ion out of or into the pore, and the block growing with voltage', () => {
    expectRule('contradicted-claim', [
      'Hyperpolarising the membrane expels magnesium from the NMDA channel.',
      'Depolarisation draws magnesium back into the NMDA pore.',
      'The Mg²⁺ block becomes stronger as the neuron depolarizes.',
    ]);
    expectSilent([
      'Depolarising the membrane expels magnesium from the NMDA channel [@mayer1984].',
      'The Mg²⁺ block becomes weaker as the neuron depolarizes [@mayer1984].',
    ]);
  });
});

describe('mechanism facts: figurative "tells / signals / thanks to" and bound ATP', () => {
  it('flags muscles told, signalled or powered by the wrong mineral', () => {
    expectRule('reversed-role', [
      'It is magnesium that tells the heart muscle to contract.',
      'Calcium signals tired muscles to relax after a workout.',
      'Calcium helps tired muscles relax after a workout.',
      'Each heartbeat happens thanks to magnesium.',
      'Magnesium gives the signal for the fibres to contract.',
    ]);
    expectSilent([
      'Magnesium signals tired muscles to relax after a workout.',
      'Magnesium helps tired muscles relax after a workout.',
      'IV magnesium helps with torsade de pointes even when serum magnesium is normal [@agus1999].',
      // "helps" is no relation word: "helps in torsade" is a treatment, "helps regulate" a vague role.
      'Adequate magnesium helps regulate calcium, ensuring steady transmitter release.',
      'Each heartbeat happens thanks to calcium [@bers2002].',
      'Magnesium helps your body absorb calcium.',
    ]);
  });

  it('flags calcium-bound ATP as the working form', () => {
    expectRule('reversed-role', ['Kinases work on calcium-bound ATP.', 'ATP has to be complexed with calcium before enzymes can use it.']);
    expectSilent(['ATP must be bound to magnesium before kinases can use it [@iom1997].']);
  });

  it('"because of" names a cause inside its clause', () => {
    expectRule('contradicted-claim', ['Tetany develops because of high calcium.']);
    expectSilent(['Tetany develops because of low calcium [@cooper2008].']);
  });
});

describe('mechanism facts come from data', () => {
  it('"magnesium blocks …" is a verb, not the plural of the target "magnesium block" (plural: false)', () => {
    const claims = (md: string) => checker.analyze(md).sentences.flatMap((s) => s.claims.map((c) => `${c.subject.mineral} ${c.direction} ${c.target}`));
    assert.deepEqual(claims('Magnesium blocks NMDA receptor channels.'), ['magnesium down nmda-receptor']);
    assert.deepEqual(claims('Mg blocks acetylcholine release.'), ['magnesium down transmitter-release']);
    assert.deepEqual(claims('Magnesium plugs NMDA channels.'), ['magnesium down nmda-receptor']);
  });

  it('"spares" data: without it, stopping nerve conduction is not judged', () => {
    const base = checker.facts;
    const md = 'Magnesium stops the nerve action potential in the motor axon.';
    const facts = base.facts.map((f) => ({ ...f, spares: undefined }));
    const none = createClaimChecker({ facts: createFactBase([{ minerals: base.minerals, targets: base.targets, facts, references: [...base.references.values()] }]) });
    assert.deepEqual(errors(md), ['contradicted-claim']);
    assert.deepEqual(none.check(md).filter((f) => f.severity === 'error'), []);
  });

  it('a target\'s "bound" direction decides binding shapes; without it binding states nothing', () => {
    const base = checker.facts;
    const md = 'During systole Mg²⁺ occupies the regulatory site of troponin C.';
    assert.deepEqual(errors(md), ['reversed-role']);
    const targets = base.targets.map((t) => (t.id === 'troponin-trigger-site' ? { ...t, bound: undefined } : t));
    const plain = createClaimChecker({ facts: createFactBase([{ minerals: base.minerals, targets, facts: base.facts }]) });
    assert.deepEqual(plain.check(md).filter((f) => f.severity === 'error'), []);
  });
});
