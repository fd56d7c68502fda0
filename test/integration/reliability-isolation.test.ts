/**
 * Fault isolation: a rule that throws is reported once and the other rules still run; a broken
 * fact file is reported with its path and the built-in facts keep working.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClaimChecker, RULES } from '../../server/src/core';
import type { Rule } from '../../server/src/core/rules/rule';
import { run } from '../../server/src/cli/main';

const DOC = 'Magnesium influx triggers neurotransmitter release. PubMed\n\nHypercalcaemia causes tetany.\n';

describe('reliability: fault isolation', () => {
  it('a rule that throws is reported once; the other rules still report', () => {
    const rule = RULES.find((r) => r.id === 'reversed-role') as Rule;
    const original = rule.check;
    rule.check = () => {
      throw new Error('injected failure');
    };
    const errors: string[] = [];
    try {
      const checker = createClaimChecker({ onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
      const first = checker.check(DOC);
      const second = checker.check(`${DOC}\nMore text about calcium.\n`);
      assert.ok(!first.some((f) => f.ruleId === 'reversed-role'));
      assert.ok(first.some((f) => f.ruleId === 'vague-citation'), 'vague-citation did not run after the failing rule');
      assert.ok(first.some((f) => f.ruleId === 'contradicted-claim'), 'contradicted-claim did not run after the failing rule');
      assert.ok(second.length > 0);
      assert.deepEqual(errors, ['reversed-role: injected failure']);
    } finally {
      rule.check = original;
    }
    assert.ok(createClaimChecker().check(DOC).some((f) => f.ruleId === 'reversed-role'), 'the rule works again once restored');
  });

  it('a broken fact file is reported with its path and the CLI keeps to exit 2 without a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-isolation-'));
    const facts = join(dir, 'broken.facts.json');
    writeFileSync(facts, '{ "facts": [ { "id": ');
    writeFileSync(join(dir, 'a.md'), DOC);
    let out = '';
    let err = '';
    const code = run(['check', join(dir, 'a.md'), '--facts', facts, '--format', 'json'], { out: (s) => (out += s), err: (s) => (err += s), stdin: () => '', cwd: dir });
    assert.equal(code, 2);
    assert.ok(err.includes('broken.facts.json'), err);
  });
});
