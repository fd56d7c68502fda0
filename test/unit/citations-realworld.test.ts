/**
 * Vague citations and non-claims of the kinds real web pages use (issue 16), on wordings of our own:
 * organisations and sites named without a work, evidence in general ("in animal studies"), agentless
 * reporting ("has been linked to"), unnamed theories, asides, denials of evidence, teasers and advice.
 */
import { strict as assert } from 'node:assert';
import { vagueAttributions } from '../../server/src/core/citations';
import { flagged, ruleIds } from '../helpers/findings';

const rules = (md: string): string[] => [...new Set(ruleIds(md))];
const vagueText = (md: string): string[] => flagged(md, 'vague-citation');

describe('vague-citation on real-world wordings', () => {
  it('an organisation named by its kind, or a site named as text, without a work', () => {
    for (const md of [
      'Adults need about 310 to 420 mg of magnesium a day, according to the National Academy of Medicine.',
      'The Linus Pauling Institute explains that magnesium keeps nerves from firing too readily.',
      'According to MedicineNet.com, calcium gluconate reverses magnesium toxicity.',
      'Calcium is needed for the heart to contract, RxList.com also says.',
    ]) assert.deepEqual(rules(md), ['vague-citation'], md);
  });

  it('evidence in general: "in animal studies", "from clinical trials"', () => {
    assert.deepEqual(vagueText('In rodent studies, a low-magnesium diet raises calcium in soft tissue.'), ['In rodent studies']);
    assert.deepEqual(rules('From clinical trials, magnesium shortens the duration of cramps.'), ['vague-citation']);
    // A determiner points at studies named nearby; a real reference makes it a citation.
    assert.deepEqual(rules('In these studies, magnesium lowered the frequency of night cramps [3].'), []);
  });

  it('agentless reporting, unnamed theories and thoughts', () => {
    for (const md of [
      'A low magnesium intake has been linked to stronger muscle cramps.',
      'Calcium has been shown to speed the release of transmitter at the synapse.',
      'A popular theory holds that magnesium calms the brain by blocking calcium channels.',
      'Its exact role is unclear, but it is thought that magnesium steadies the heartbeat.',
    ]) assert.deepEqual(rules(md), ['vague-citation'], md);
  });

  it('an appeal to evidence beside a vaguely named source is one problem, reported once (at the source)', () => {
    assert.deepEqual(vagueText('Low magnesium has been shown to worsen night cramps (Google Scholar).'), ['Google Scholar']);
    assert.deepEqual(vagueText('Calcium gluconate has been found to reverse magnesium toxicity, according to Drugs.com.'), ['according to Drugs.com']);
    // Alone, the appeal is still the finding.
    assert.deepEqual(vagueText('Low magnesium has been shown to worsen night cramps.'), ['has been shown to']);
  });

  it("one's own search is no source", () => {
    // (A sentence in the first person is an anecdote, not a claim; the appeal is found all the same.)
    assert.deepEqual(vagueAttributions('Hypocalcaemia is a common cause of seizures, based on my own research.').map((v) => v.text), ['based on my own research']);
  });

  it('an aside between the source and its verb', () => {
    assert.deepEqual(vagueText('Several trials, in fact, suggest that magnesium eases leg cramps.'), ['Several trials, in fact, suggest']);
  });

  it('a denial of evidence is no appeal to it', () => {
    assert.deepEqual(vagueText('Claims that calcium cures insomnia are not always backed by evidence.'), []);
    assert.deepEqual(vagueText('That magnesium cures anxiety is not clinically proven.'), []);
  });
});

describe('citation styles of real pages', () => {
  it('author–year with two years joined by "&" or "and" is a citation', () => {
    assert.deepEqual(rules('Magnesium may dampen the fear response in rodents (Kowalski, 2011 & 2015).'), []);
    assert.deepEqual(rules('Magnesium may dampen the fear response in rodents (Kowalski, 2011 and 2015).'), []);
  });
});

describe('non-claims an appeal to evidence does not rescue', () => {
  it('a teaser and advice to the reader', () => {
    assert.deepEqual(rules("Here's what the researchers say about calcium and sleep."), []);
    assert.deepEqual(rules('The Mayo Clinic notes that it is wise to ask a pharmacist before combining calcium with antacids.'), []);
    assert.deepEqual(rules('It is advisable to take magnesium with food to avoid loose stools.'), []);
    assert.deepEqual(rules('You can raise your magnesium intake with a handful of almonds.'), []);
  });

  it('exhortations, fill-in-the-blank items, analogies, familiarity and monitoring instructions', () => {
    for (const md of [
      'Magnesium is a mineral you must not overlook.',
      'Low calcium makes ___ more excitable.',
      'The calcium-magnesium balance can be likened to a seesaw.',
      'Everyone has heard of calcium for strong bones.',
      'Serum magnesium should be closely monitored during the infusion.',
      'Example: "Magnesium Pills Tied to Better Sleep" (a newspaper headline).',
    ]) assert.deepEqual(rules(md), [], md);
    // A monitoring instruction with its reason states the reason.
    assert.deepEqual(rules('Serum magnesium should be monitored, because a high level depresses the tendon reflexes.'), ['uncited-claim']);
  });

  it('a claim beside the advice is still flagged', () => {
    assert.deepEqual(rules('Magnesium relaxes smooth muscle in the airways.'), ['uncited-claim']);
  });
});
