import { strict as assert } from 'node:assert';
import { applyEdits, safeFixOf, selectSafeFixEdits } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core';

const finding = (start: number, end: number, newText: string, safe = true, preferred?: boolean): Finding => ({
  ruleId: 'reversed-role',
  severity: 'error',
  message: '',
  start,
  end,
  fixes: [{ title: newText, safe, preferred, edits: [{ start, end, newText }] }],
});

describe('safe fix selection (shared by fix-all and --fix)', () => {
  it('takes the preferred safe fix and ignores unsafe ones', () => {
    const f: Finding = { ...finding(0, 1, 'a'), fixes: [{ title: 'u', safe: false, preferred: true, edits: [{ start: 0, end: 1, newText: 'u' }] }, { title: 's', safe: true, edits: [{ start: 0, end: 1, newText: 's' }] }] };
    assert.equal(safeFixOf(f)?.title, 's');
    assert.equal(safeFixOf(finding(0, 1, 'x', false)), undefined);
  });

  it('skips fixes that overlap or insert at the same place as an earlier one, and out-of-range edits', () => {
    const r = selectSafeFixEdits([finding(0, 3, 'X'), finding(2, 5, 'Y'), finding(6, 6, 'I'), finding(6, 6, 'J'), finding(8, 99, 'Z')], 10);
    assert.equal(r.applied, 2);
    assert.deepEqual(r.edits.map((e) => e.newText), ['X', 'I']);
    assert.equal(applyEdits('abcdefghij', r.edits), 'XdefIghij');
  });
});

describe('swap fixes of reversed treatments', () => {
  it('offers no swap that would create another reversed treatment of the same fact', () => {
    const { createClaimChecker } = require('../../server/src/core') as typeof import('../../server/src/core');
    const checker = createClaimChecker();
    const alone = checker.check('Calcium prevents eclamptic seizures.').find((f) => f.ruleId === 'reversed-role');
    assert.equal(alone?.fixes?.[0]?.edits[0].newText, 'Magnesium');
    // With a magnesium overdose named just before, a swap is offered only if "magnesium prevents …" is then no
    // reversed treatment (the sentence's own condition, eclampsia, decides; the sentence before is read only when the
    // sentence names no condition).
    for (const md of ['Hypermagnesaemia follows magnesium overdose. Calcium prevents eclamptic seizures.', 'Magnesium toxicity is rare. Calcium gluconate is the standard drug for eclampsia.']) {
      const f = checker.check(md).find((x) => x.ruleId === 'reversed-role');
      assert.ok(f, md);
      for (const fix of f.fixes ?? []) assert.deepEqual(checker.check(applyEdits(md, fix.edits)).filter((x) => x.ruleId === 'reversed-role'), [], md);
    }
  });
});
