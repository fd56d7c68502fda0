import { strict as assert } from 'node:assert';
import { chmodSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { applySafeFixes, fixUntilStable, writeIfUnchanged } from '../../server/src/cli/fix';
import type { Finding } from '../../server/src/core';
import { runCli, tempTree, TEXT } from '../helpers/cli';

function finding(start: number, end: number, newText: string, safe = true): Finding {
  return { ruleId: 'r', severity: 'error', message: 'm', start, end, fixes: [{ title: 't', safe, edits: [{ start, end, newText }] }] };
}

describe('CLI fixes', () => {
  describe('applySafeFixes', () => {
    it('applies safe fixes only, from the end so offsets stay valid', () => {
      const text = 'aaa bbb ccc';
      const r = applySafeFixes(text, [finding(0, 3, 'X'), finding(4, 7, 'YYYY', false), finding(8, 11, 'Z')]);
      assert.deepEqual(r, { text: 'X bbb Z', applied: 2 });
    });

    it('leaves overlapping fixes and out-of-range edits alone, and keeps all edits of one fix together', () => {
      const two: Finding = { ...finding(0, 1, ''), fixes: [{ title: 't', safe: true, edits: [{ start: 0, end: 1, newText: '1' }, { start: 6, end: 7, newText: '2' }] }] };
      const r = applySafeFixes('abcdefgh', [two, finding(6, 8, 'Q'), finding(3, 20, 'out of range')]);
      assert.deepEqual(r, { text: '1bcdef2h', applied: 1 });
    });

    it('prefers the preferred safe fix of a finding', () => {
      const f: Finding = {
        ...finding(0, 3, 'no'),
        fixes: [
          { title: 'a', safe: true, edits: [{ start: 0, end: 3, newText: 'first' }] },
          { title: 'b', safe: true, preferred: true, edits: [{ start: 0, end: 3, newText: 'best' }] },
        ],
      };
      assert.equal(applySafeFixes('abc', [f]).text, 'best');
    });

    it('fixUntilStable re-checks until no safe fix is left and stops on a fix that changes nothing', () => {
      const check = (t: string) => (t.includes('x') ? [finding(t.indexOf('x'), t.indexOf('x') + 1, 'y')] : []);
      const r = fixUntilStable('x x', check('x x'), check);
      assert.deepEqual(r, { text: 'y y', findings: [], applied: 2 });
      const noop = (t: string) => [finding(0, 1, t[0])];
      assert.equal(fixUntilStable('abc', noop('abc'), noop).applied, 0);
    });
  });

  describe('writeIfUnchanged', () => {
    it('replaces the content, keeps the mode and leaves no temporary file', () => {
      const dir = tempTree({ 'a.md': 'old' });
      const file = join(dir, 'a.md');
      chmodSync(file, 0o640);
      assert.equal(writeIfUnchanged(file, Buffer.from('old'), 'new ✓'), 'written');
      assert.equal(readFileSync(file, 'utf8'), 'new ✓');
      assert.equal(statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(readdirSync(dir), ['a.md']);
    });

    it('leaves a file alone when it changed on disk since it was read', () => {
      const dir = tempTree({ 'a.md': 'old' });
      const file = join(dir, 'a.md');
      writeFileSync(file, 'edited meanwhile');
      assert.equal(writeIfUnchanged(file, Buffer.from('old'), 'fixed'), 'changed');
      assert.equal(readFileSync(file, 'utf8'), 'edited meanwhile');
      assert.deepEqual(readdirSync(dir), ['a.md']);
    });

    it('writes through a symbolic link instead of replacing it', () => {
      const dir = tempTree({ 'real.md': 'old' });
      symlinkSync(join(dir, 'real.md'), join(dir, 'link.md'));
      assert.equal(writeIfUnchanged(join(dir, 'link.md'), Buffer.from('old'), 'new'), 'written');
      assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
      assert.equal(readFileSync(join(dir, 'real.md'), 'utf8'), 'new');
    });
  });

  describe('--fix and --fix-dry-run', () => {
    const original = `# Nerves\n\n${TEXT.reversed}\r\nThe Ca²⁺ 🧪 story\tgoes on.\n`;

    it('--fix rewrites a sentence with swapped Ca/Mg roles and the re-check is clean for that rule', () => {
      const dir = tempTree({ 'doc.md': original });
      const file = join(dir, 'doc.md');
      const before = runCli(['check', file, '-f', 'json']);
      assert.ok(JSON.parse(before.out).some((f: { rule: string }) => f.rule === 'reversed-role'), before.out);
      const r = runCli(['check', file, '--fix', '-f', 'json']);
      const fixed = readFileSync(file, 'utf8');
      assert.equal(fixed, original.replace('Magnesium influx', 'Calcium influx'));
      assert.deepEqual(JSON.parse(r.out).filter((f: { rule: string }) => f.rule === 'reversed-role'), []);
      const again = runCli(['check', file, '-f', 'json']);
      assert.deepEqual(JSON.parse(again.out).filter((f: { rule: string }) => f.rule === 'reversed-role'), []);
    });

    it('--fix-dry-run prints a unified diff and changes nothing', () => {
      const dir = tempTree({ 'doc.md': original });
      const file = join(dir, 'doc.md');
      const r = runCli(['check', 'doc.md', '--fix-dry-run'], { cwd: dir });
      assert.equal(readFileSync(file, 'utf8'), original);
      assert.match(r.out, /^--- a\/doc\.md/m);
      assert.match(r.out, /^\+\+\+ b\/doc\.md/m);
      assert.match(r.out, /^-Magnesium influx triggers neurotransmitter release\./m);
      assert.match(r.out, /^\+Calcium influx triggers neurotransmitter release\./m);
      assert.equal(r.code, 0, 'no error is left after the fixes');
      const stdin = runCli(['check', '-', '--fix-dry-run', '--stdin-filename', 'in.md'], { stdinText: TEXT.reversed });
      assert.match(stdin.out, /^\+Calcium influx/m);
    });

    it('never writes a file that is not valid UTF-8, and refuses --fix with --fix-dry-run', () => {
      const bytes = Buffer.concat([Buffer.from(`${TEXT.reversed}\n\n`), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
      const dir = tempTree({ 'doc.md': bytes });
      const r = runCli(['check', join(dir, 'doc.md'), '--fix']);
      assert.ok(readFileSync(join(dir, 'doc.md')).equals(bytes));
      assert.match(r.err, /not fixed: the file is not valid UTF-8/);
      assert.equal(runCli(['check', join(dir, 'doc.md'), '--fix', '--fix-dry-run']).code, 2);
    });
  });
});
