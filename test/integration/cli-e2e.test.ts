import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnCli, tempTree, TEXT } from '../helpers/cli';
import { CLI, SEED } from '../helpers/paths';

describe('CLI end to end (dist/cli.js)', () => {
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  });

  it('prints the version and help', () => {
    const v = spawnCli(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.out.trim(), JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
    const h = spawnCli(['check', '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /Usage: mineral-claims check \[options\] \[paths\.\.\.\]/);
  });

  it('exits 2 for an unknown flag and for a missing file, 1 for errors, 0 when clean', () => {
    const dir = tempTree({ 'bad.md': TEXT.contradicted, 'good.md': TEXT.clean });
    const flag = spawnCli(['check', '--frobnicate', 'good.md'], { cwd: dir });
    assert.equal(flag.code, 2);
    assert.match(flag.err, /unknown option '--frobnicate'/);
    const missing = spawnCli(['check', 'nope.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read nope\.md/);
    assert.equal(spawnCli(['check', 'bad.md'], { cwd: dir }).code, 1);
    assert.equal(spawnCli(['check', 'good.md'], { cwd: dir }).code, 0);
  });

  it('checks standard input', () => {
    const r = spawnCli(['check', '-', '--format', 'json', '--stdin-filename', 'draft.md'], { input: `# Draft\n\n${TEXT.reversed}\n` });
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json[0].file, 'draft.md');
    assert.equal(json[0].rule, 'reversed-role');
    assert.deepEqual(json[0].range.start, { line: 2, character: 0 });
  });

  it('a disable-next-line comment silences the next line', () => {
    const r = spawnCli(['check', '-', '-f', 'json'], { input: `<!-- mineral-claims-disable-next-line -->\n${TEXT.reversed}\n` });
    assert.equal(r.code, 0, r.out);
    assert.deepEqual(JSON.parse(r.out), []);
  });

  it('--fix rewrites swapped roles in place; the re-check is clean for reversed-role', () => {
    const dir = tempTree({ 'doc.md': `Intro.\n\n${TEXT.reversed}\n` });
    const fix = spawnCli(['check', 'doc.md', '--fix'], { cwd: dir });
    assert.notEqual(fix.code, 2, fix.err);
    assert.equal(readFileSync(join(dir, 'doc.md'), 'utf8'), 'Intro.\n\nCalcium influx triggers neurotransmitter release.\n');
    const again = JSON.parse(spawnCli(['check', 'doc.md', '-f', 'json'], { cwd: dir }).out);
    assert.deepEqual(again.filter((f: { rule: string }) => f.rule === 'reversed-role'), []);
  });

  it('writes valid SARIF for the seed article', function () {
    if (!existsSync(SEED)) {
      console.log(`      (skipped: ${SEED} is absent)`);
      this.skip();
    }
    const r = spawnCli(['check', SEED, '--format', 'sarif']);
    assert.equal(r.code, 1, r.err);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    assert.ok(log.runs[0].results.length > 0);
  });
});
