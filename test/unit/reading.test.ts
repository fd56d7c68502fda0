import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { describeReading, type ClaimReading } from '../../server/src/core/judge/reading';
import { checker } from '../helpers/findings';

/** The error findings of a text with their message, sub-check and reading. */
const read = (md: string) =>
  checker
    .check(md)
    .filter((f) => f.severity === 'error')
    .map((f) => ({ rule: f.ruleId, message: f.message, check: f.data?.check, claim: f.data?.claim as ClaimReading | undefined }));

describe('the reading of an error finding', () => {
  it('carries subject, relation with direction, object and polarity, shown as "Read as"', () => {
    const [f] = read('Calcitonin raises serum calcium.');
    assert.equal(f.rule, 'contradicted-claim');
    assert.equal(f.check, 'relations');
    assert.equal(f.message, 'Contradicts physiology: Calcitonin lowers serum calcium; it does not raise it.');
    assert.deepEqual([f.claim?.subject, f.claim?.relation, f.claim?.object, f.claim?.polarity], ['Calcitonin', 'up', 'serum calcium', 'affirmed']);
    assert.equal(describeReading(f.claim!, checker.facts), 'Calcitonin → raises → serum calcium');
  });

  it('a swap of minerals reads as drives/blocks; a pronoun names what it stands for', () => {
    const [f] = read('Magnesium is abundant in seeds. It triggers the release of neurotransmitters at the synapse.');
    assert.equal(f.rule, 'reversed-role');
    assert.equal(f.check, 'relations');
    assert.equal(describeReading(f.claim!, checker.facts), 'It (magnesium) → drives → release of neurotransmitters');
  });

  it('a denial reads as "does not", and its message says the relation holds', () => {
    const [f] = read('Low magnesium does not raise neuronal excitability.');
    assert.equal(f.claim?.polarity, 'negated');
    assert.equal(describeReading(f.claim!, checker.facts), 'Low magnesium → does not raise → excitability');
    assert.match(f.message, /^Contradicts physiology: Low magnesium does raise excitability \(low magnesium raises/);
    const [g] = read('Heart muscle contraction does not depend on calcium.');
    assert.equal(g.message, 'Contradicts physiology: Calcium does drive heart muscle contraction (calcium drives muscle contraction).');
  });

  it('a sign with a direction of its own: the fact, and the sentence in its own words', () => {
    const [f] = read('Hypermagnesaemia brings on muscle twitching.');
    assert.equal(f.message, 'Contradicts physiology: high magnesium lowers neuronal and neuromuscular excitability, so “Hypermagnesaemia brings on muscle twitching” is the wrong way round.');
    // A mineral at a level raises or lowers what it acts on.
    assert.equal(describeReading(f.claim!, checker.facts), 'Hypermagnesaemia → raises → twitching');
  });

  it('sub-checks can be turned off or given their own severity, each on its own', () => {
    const md = 'Calcitonin raises serum calcium.\n\nAdults should get about 2,000 mg of calcium a day.\n';
    const checks = (rules: Record<string, string>) =>
      createClaimChecker({ config: { rules: rules as never } })
        .check(md)
        .filter((f) => f.ruleId === 'contradicted-claim')
        .map((f) => `${f.data?.check}:${f.severity}`);
    assert.deepEqual(checks({}), ['relations:error', 'quantities:error']);
    assert.deepEqual(checks({ 'contradicted-claim/quantities': 'off' }), ['relations:error']);
    assert.deepEqual(checks({ 'contradicted-claim/relations': 'info' }), ['relations:info', 'quantities:error']);
  });
});
