/**
 * The real-world case: a wellness-blog article (kept outside the repository, at
 * ../shared/reference/seed-article.md). The expected findings below are what a science editor
 * would mark, sentence by sentence; the article's text is not copied here, only short anchors.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { SEED } from '../helpers/paths';
import { createClaimChecker } from '../../server/src/core';


/** [rule, exact flagged text, the sentence it belongs to starts with]. */
const EXPECTED: [string, string, string][] = [
  // Opening claim about "opposing roles": a general physiology claim with no source.
  ['uncited-claim', 'Calcium and magnesium are essential minerals', 'Calcium and magnesium are essential minerals'],
  // Voltage-gated channels open and calcium enters: correct mechanism, uncited.
  ['uncited-claim', 'When a nerve impulse reaches the end of a neuron', 'When a nerve impulse reaches the end of a neuron'],
  // "This influx of calcium triggers the release of neurotransmitters": correct, uncited.
  ['uncited-claim', 'This influx of calcium triggers', 'This influx of calcium triggers'],
  // Raised extracellular calcium lowers intrinsic excitability: the claim is backwards (F08).
  ['contradicted-claim', 'Elevated extracellular calcium concentrations', 'Elevated extracellular calcium concentrations'],
  // The trailing "PubMed" names a search engine, not a study.
  ['vague-citation', 'PubMed', 'Elevated extracellular calcium concentrations'],
  // Mg as a calcium antagonist: correct, uncited.
  ['uncited-claim', 'Magnesium ions (Mg²⁺) act as natural antagonists', 'Magnesium ions (Mg²⁺) act as natural antagonists'],
  // "They compete with calcium … block calcium channels": correct (They = magnesium), uncited.
  ['uncited-claim', 'They compete with calcium', 'They compete with calcium'],
  // "Studies have demonstrated" and the second "PubMed": both vague; the claim itself is right.
  ['vague-citation', 'Studies have demonstrated', 'Studies have demonstrated'],
  ['vague-citation', 'PubMed', 'Studies have demonstrated'],
  // "The delicate balance … is crucial": a general claim, uncited.
  ['uncited-claim', 'The delicate balance between calcium and magnesium', 'The delicate balance between calcium and magnesium'],
  // High calcium does not cause hyperexcitability or cramps; magnesium deficiency does (F12 vs F17).
  ['contradicted-claim', 'elevated calcium levels', 'An imbalance, such as elevated calcium levels'],
  // Adequate magnesium regulating calcium's actions: a claim, uncited.
  ['uncited-claim', 'Conversely, adequate magnesium levels', 'Conversely, adequate magnesium levels'],
  // The summary restates the mechanism claims without a source.
  ['uncited-claim', 'In summary, calcium facilitates', 'In summary, calcium facilitates'],
];

describe('seed article (real-world case)', function () {
  before(function () {
    if (!existsSync(SEED)) {
      console.warn(`    (skipped: ${SEED} is not present)`);
      this.skip();
    }
  });

  it('gives exactly the findings an editor would give, sentence by sentence', () => {
    const text = readFileSync(SEED, 'utf8');
    const findings = createClaimChecker().check(text);
    const actual = findings.map((f) => {
      const flagged = text.slice(f.start, f.end);
      const sentence = f.sentence ? text.slice(f.sentence.start, f.sentence.end) : '';
      return { rule: f.ruleId, flagged, sentence };
    });
    assert.equal(actual.length, EXPECTED.length, `got:\n${actual.map((a) => `${a.rule}: ${a.flagged.slice(0, 60)}`).join('\n')}`);
    EXPECTED.forEach(([rule, flagged, sentenceStart], i) => {
      const a = actual[i];
      assert.equal(a.rule, rule, `finding ${i}: ${a.flagged.slice(0, 60)}`);
      assert.ok(a.flagged.startsWith(flagged), `finding ${i}: expected "${flagged}", got "${a.flagged.slice(0, 60)}"`);
      assert.ok(a.sentence.startsWith(sentenceStart), `finding ${i}: in the sentence "${a.sentence.slice(0, 60)}"`);
    });
  });

  it('flags nothing on headings and no error on a correct sentence', () => {
    const text = readFileSync(SEED, 'utf8');
    const findings = createClaimChecker().check(text);
    for (const f of findings) {
      const line = text.slice(text.lastIndexOf('\n', f.start) + 1, f.start);
      assert.ok(!line.startsWith('#'), `finding on a heading: ${text.slice(f.start, f.end)}`);
    }
    const errors = findings.filter((f) => f.severity === 'error').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(errors, ['Elevated extracellular calcium concentrations', 'elevated calcium levels']);
  });
});
