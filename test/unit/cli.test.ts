import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';

function runCli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = run(args, { out: (s) => (out += s), err: (s) => (err += s), stdin: () => stdin });
  return { code, out, err };
}

describe('CLI check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-cli-'));
  const bad = join(dir, 'bad.md');
  writeFileSync(bad, '# Title\n\nHypercalcaemia causes tetany and cramps.\n');
  const good = join(dir, 'good.md');
  writeFileSync(good, 'Hypocalcaemia causes tetany and cramps [@cooper2008].\n');

  it('prints a flat JSON array with file, rule, severity, message and LSP range; exits 1 on errors', () => {
    const r = runCli(['check', bad, '--format', 'json']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    assert.equal(json[0].rule, 'contradicted-claim');
    assert.equal(json[0].severity, 'error');
    assert.deepEqual(json[0].range.start, { line: 2, character: 0 });
  });

  it('exits 0 on a clean file and checks folders', () => {
    assert.equal(runCli(['check', good]).code, 0);
    const r = runCli(['check', dir, '--format', 'json']);
    assert.equal(JSON.parse(r.out).length, 1);
  });

  it('reads standard input with -', () => {
    const r = runCli(['check', '-', '--format', 'json'], 'Magnesium influx triggers neurotransmitter release.');
    assert.equal(JSON.parse(r.out)[0].rule, 'reversed-role');
  });

  it('exits 2 with a message on unknown flags and unreadable files', () => {
    const a = runCli(['check', '--nope', good]);
    assert.equal(a.code, 2);
    assert.match(a.err, /nope/);
    const b = runCli(['check', join(dir, 'missing.md')]);
    assert.equal(b.code, 2);
    assert.match(b.err, /cannot read/);
  });
});
