/**
 * Vague citations and what counts as a claim, on wordings of our own (issue 5): the engine must
 * recognise appeals to unnamed evidence and real citation styles it has never seen, and keep quiet on
 * recipes, instructions, anecdotes, sales talk, definitions, captions and meta text.
 */
import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { checker, flagged, ruleIds } from '../helpers/findings';

/** The rule ids found in a Markdown snippet, without repeats, in order. */
const rules = (md: string): string[] => [...new Set(ruleIds(md))];
const vagueText = (md: string): string[] => flagged(md, 'vague-citation');

describe('vague-citation: appeals to unnamed evidence', () => {
  it('a quantifier, a generic source and a reporting verb, in any wording', () => {
    for (const md of [
      'Numerous studies have linked low magnesium intake to muscle twitching.',
      'Clinical trials prove that magnesium lowers blood pressure in adults.',
      'Scientists have discovered that magnesium helps muscles relax after contraction.',
      'Evidence suggests that magnesium deficiency raises nerve excitability.',
      'Doctors agree that magnesium is essential for healthy nerves.',
      'Medical research confirms that low calcium causes tetany.',
      'Studies in older adults consistently show that calcium intake falls with age.',
      'Research published in a nutrition journal shows that magnesium calms the nerves.',
      'Magnesium deficiency is common, experts estimate.',
    ]) assert.deepEqual(rules(md), ['vague-citation'], md);
  });

  it('"according to", "as per", indefinite studies, common knowledge and proof talk', () => {
    for (const md of [
      'As per studies, calcium is needed for every heartbeat.',
      'A 2019 study showed that calcium supplements do not prevent fractures in older women.',
      'According to a recent review, magnesium helps regulate blood pressure.',
      'In one small trial, magnesium eased restless legs in pregnancy.',
      'It is well documented that magnesium deficiency causes tremor.',
      "It's a well-known fact that magnesium relaxes muscles.",
      'The science is clear: low calcium makes nerves fire more easily.',
      'Magnesium is clinically proven to calm an overactive nervous system.',
      'Magnesium blocks NMDA receptors at rest, as shown in many studies.',
    ]) assert.deepEqual(rules(md), ['vague-citation'], md);
  });

  it('a well-known site or agency named without a link or identifier', () => {
    assert.deepEqual(vagueText('According to the NIH, adults need about 400 mg of magnesium a day.'), ['According to the NIH']);
    assert.deepEqual(vagueText('The Mayo Clinic says that low magnesium can cause tremor.'), ['The Mayo Clinic says']);
    assert.deepEqual(vagueText('Magnesium is the second most abundant intracellular cation (Source: NIH).'), ['(Source: NIH)']);
    // "who" the pronoun is not the WHO.
    assert.deepEqual(rules('People who lack magnesium can develop tremor and tetany.'), ['uncited-claim']);
    // A link to the agency's page is a citation, whatever its label says.
    assert.deepEqual(rules('Adults need about 400 mg of magnesium a day ([NIH ODS](https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/)).'), []);
  });

  it('search pages and home pages of any site or journal', () => {
    for (const url of [
      'https://www.ncbi.nlm.nih.gov/pmc/?term=calcium+exocytosis',
      'https://www.semanticscholar.org/search?q=calcium%20release',
      'https://europepmc.org/search?query=calcium',
      'https://www.mayoclinic.org/',
      'https://physoc.onlinelibrary.wiley.com/journal/14697793',
      'https://www.mdpi.com/journal/nutrients',
    ]) assert.deepEqual(rules(`Calcium entry triggers exocytosis ([source](${url})).`), ['vague-citation'], url);
    assert.deepEqual(rules('Calcium entry triggers exocytosis ([source](https://www.mdpi.com/2072-6643/7/9/5388)).'), []);
  });

  it('counted studies, "the studies are clear", and reference entries whose only address is a home or search page', () => {
    assert.deepEqual(rules('More than 300 studies show that magnesium supports healthy nerves.'), ['vague-citation']);
    assert.deepEqual(rules('The trials are clear: magnesium sulfate prevents eclamptic seizures.'), ['vague-citation']);
    assert.deepEqual(rules('Magnesium lowers blood pressure.[^1]\n\n[^1]: Mayo Clinic, https://www.mayoclinic.org/\n'), ['vague-citation']);
    assert.deepEqual(rules('Magnesium lowers blood pressure.[^1]\n\n[^1]: PubMed search, https://pubmed.ncbi.nlm.nih.gov/?term=magnesium+blood+pressure\n'), ['vague-citation']);
    assert.deepEqual(rules('Magnesium lowers blood pressure.[^1]\n\n[^1]: Mayo Clinic, https://www.mayoclinic.org/diseases-conditions/high-blood-pressure/in-depth/art-20046974\n'), []);
  });

  it('stays silent when a real citation names the source, or the source is made specific', () => {
    assert.deepEqual(rules('Studies show that calcium entry triggers release (Dodge & Rahamimoff, 1967).'), []);
    assert.deepEqual(rules('A 1984 study showed that magnesium blocks NMDA channels [@nowak1984].'), []);
    assert.deepEqual(rules('Calcium triggers transmitter release (Südhof, 2012). These studies show that its calcium sensor is synaptotagmin.'), ['uncited-claim']);
    assert.ok(!rules('The researchers found that magnesium blocked the channel at rest.').includes('vague-citation'));
    // "it is known as" names a thing; it claims no evidence.
    assert.ok(!rules('Low blood calcium is a common problem after thyroid surgery, and it is known as hypocalcaemia.').includes('vague-citation'));
    // A question or a news lede with researchers in it asks or announces; it is no claim.
    assert.deepEqual(rules('Do studies show that magnesium helps with sleep?'), []);
  });
});

describe('citation styles that count as real citations', () => {
  it('recognises author–year in brackets, locators, superscripts, caret and anchor numbers, PMC ids, inline Vancouver and trailing attributions', () => {
    for (const cite of [
      ' [Südhof 2012].',
      ' (Südhof et al. 2012, p. 4).',
      '.¹',
      '.²⁻⁴',
      '^3^.',
      '<sup>2</sup>.',
      ' (1).',
      ' (refs 2, 5).',
      ' (PMC3249630).',
      ' [Dodge & Rahamimoff, 1967].',
      ' (Katz, 1969, *The Release of Neural Transmitter Substances*).',
      ' ([1](#ref-1)).',
      ' (Südhof TC, Cold Spring Harb Perspect Biol 2012;4:a011353).',
      ' — Südhof, 2012.',
    ]) assert.deepEqual(rules(`Calcium entry triggers transmitter release${cite}`), [], cite);
  });

  it('does not read ion charges, powers or gene names as reference numbers', () => {
    assert.deepEqual(rules('Entry of Ca²⁺ triggers transmitter release.'), ['uncited-claim']);
    assert.deepEqual(rules('Magnesium moves through TRPM6 channels in the gut and is absorbed there.'), ['uncited-claim']);
  });

  it('a superscript number after the full stop stays with its sentence', () => {
    const md = 'Calcium entry triggers transmitter release.¹ Magnesium reduces it.';
    const { sentences } = checker.analyze(md);
    assert.equal(sentences[0].text, 'Calcium entry triggers transmitter release.¹');
    assert.ok(sentences[0].cited);
  });

  it('a numbered reference whose entry has journal, year, volume and pages is identified', () => {
    const md = 'Most magnesium is stored in bone.[1]\n\n## References\n\n1. Jahnen-Dechent W, Ketteler M. Magnesium basics. Clin Kidney J. 2012;5(Suppl 1):i3–i14.\n';
    assert.deepEqual(rules(md), []);
    const bare = 'Most magnesium is stored in bone.[1]\n\n## References\n\n1. Smith J. Magnesium and bones. A nutrition journal.\n';
    assert.deepEqual(rules(bare), ['vague-citation']);
  });
});

describe('what is a claim: recall on unusual verbs', () => {
  it('flags uncited claims whose verb is not in any list', () => {
    for (const md of [
      'Magnesium takes part in hundreds of enzyme reactions.',
      'Mg depletion prolongs the PR interval and widens the QRS complex.',
      'Magnesium helps our muscles relax after each contraction.',
      'Inside our cells, magnesium ranks second among the cations.',
      'Roughly one percent of total body magnesium circulates in the blood.',
      'Hypomagnesemia frequently accompanies alcoholism.',
      'The body stores about 25 grams of magnesium.',
      'Without enough calcium, the heart cannot contract properly.',
    ]) assert.deepEqual(rules(md), ['uncited-claim'], md);
  });
});

describe('what is not a claim: genres an editor would not ask a citation for', () => {
  it('recipes, meal plans and food lists', () => {
    for (const md of [
      'Stir two tablespoons of chia seeds into the oats for an easy magnesium boost.',
      'Good food sources of magnesium include spinach, almonds, cashews and black beans.',
      'Dairy, tofu and sardines are all good sources of calcium.',
      'Breakfast: overnight oats with fortified soy milk for extra calcium.',
    ]) assert.deepEqual(rules(md), [], md);
  });

  it('instructions, objectives and conditional advice', () => {
    for (const md of [
      'Explain why hypomagnesaemia causes hypocalcaemia',
      'Just google magnesium and sleep, there is plenty about it online.',
      'If you are worried, get your calcium and PTH checked.',
      'Talk to your pharmacist before combining calcium with thyroid tablets.',
    ]) assert.deepEqual(rules(md), [], md);
    // An instruction with a reason still carries the reason's claim.
    assert.deepEqual(rules('Check magnesium first, because low magnesium keeps PTH from rising.'), ['uncited-claim']);
  });

  it('quiz prompts state a proposition for the reader to judge', () => {
    assert.deepEqual(rules('True or false: calcium blocks NMDA receptors at rest.'), []);
    assert.deepEqual(rules('T/F: magnesium deficiency lowers the seizure threshold.'), []);
  });

  it('sales talk, opinions, definitions, captions, titles and meta text', () => {
    for (const md of [
      'This is the best magnesium on the market, hands down.',
      'Honestly, calcium gets far more attention than it deserves.',
      'Hypocalcaemia is the medical term for low blood calcium.',
      'Hypomagnesaemia simply means low magnesium in the blood.',
      'Figure 3: Calcium imaging of a hippocampal slice.',
      'Magnesium and sleep: what you need to know',
      'In this guide we break down what magnesium does and how much you need.',
      'Magnesium glycinate, citrate and oxide are the common forms on the shelf.',
      'Posted by a reader: "does calcium keep you awake?"',
      'Thanks to everyone who asked about magnesium in the comments!',
      'Great question: calcium and magnesium come up in almost every thread here.',
      '| Nutrient | Calcium | Magnesium |\n| --- | --- | --- |\n| Almonds, 30 g | 75 mg | 80 mg |',
    ]) assert.deepEqual(rules(md), [], md);
  });

  it('an appeal to evidence still makes a food or definition statement a claim', () => {
    assert.deepEqual(rules('Studies show that leafy greens are rich in magnesium.'), ['vague-citation']);
  });
  it('a phrase the user listed in vaguePhrases is flagged even in an anecdote', () => {
    const text = 'My neighbour swears magnesium at night settles the nerves.\n';
    const listed = createClaimChecker({ config: { vaguePhrases: ['my neighbour swears'] } }).check(text);
    assert.deepEqual(listed.filter((f) => f.ruleId === 'vague-citation').map((f) => text.slice(f.start, f.end)), ['My neighbour swears']);
  });
});
