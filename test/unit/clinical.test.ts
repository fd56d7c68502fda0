import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';

const checker = createClaimChecker();
/** Error findings as [rule, flagged text]. */
const errors = (md: string) => checker.check(md).filter((f) => f.severity === 'error').map((f) => [f.ruleId, md.slice(f.start, f.end)]);
const errorRules = (md: string) => errors(md).map(([r]) => r);
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
