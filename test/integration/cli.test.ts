import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCli, tempTree, TEXT } from '../helpers/cli';

describe('CLI check', () => {
  const dir = tempTree({ 'bad.md': `# Title\n\n${TEXT.contradicted}\n`, 'good.md': `${TEXT.clean}\n`, 'warn.md': `${TEXT.uncited}\n` });
  const bad = join(dir, 'bad.md');
  const good = join(dir, 'good.md');
  const warn = join(dir, 'warn.md');

  it('prints a flat JSON array with file, rule, severity, message and LSP range; exits 1 on errors', () => {
    const r = runCli(['check', bad, '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    assert.equal(json[0].file, 'bad.md');
    assert.equal(json[0].rule, 'contradicted-claim');
    assert.equal(json[0].severity, 'error');
    assert.deepEqual(json[0].range.start, { line: 2, character: 0 });
  });

  it('exits 0 on a clean file and checks folders', () => {
    assert.equal(runCli(['check', good]).code, 0);
    const r = runCli(['check', dir, '--format', 'json']);
    assert.deepEqual(JSON.parse(r.out).map((f: { rule: string }) => f.rule).sort(), ['contradicted-claim', 'uncited-claim']);
  });

  it('exits 0 with warnings only, and 1 when warnings exceed --max-warnings', () => {
    assert.equal(runCli(['check', warn]).code, 0);
    assert.equal(runCli(['check', warn, '--max-warnings', '1']).code, 0);
    const r = runCli(['check', warn, '--max-warnings', '0']);
    assert.equal(r.code, 1);
    assert.match(r.err, /1 warning found; --max-warnings is 0/);
    assert.equal(runCli(['check', warn, '--max-warnings', 'lots']).code, 2);
  });

  it('reads standard input with -, named by --stdin-filename', () => {
    const r = runCli(['check', '-', '--format', 'json'], { stdinText: TEXT.reversed });
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out)[0].rule, 'reversed-role');
    assert.equal(JSON.parse(r.out)[0].file, '<stdin>');
    const named = runCli(['check', '-', '--stdin-filename', 'drafts/a.md', '--format', 'json'], { stdinText: TEXT.reversed, cwd: dir });
    assert.equal(JSON.parse(named.out)[0].file, 'drafts/a.md');
  });

  it('exits 2 with a message on unknown flags, unknown commands, missing files and no input', () => {
    const a = runCli(['check', '--nope', good]);
    assert.equal(a.code, 2);
    assert.match(a.err, /unknown option '--nope'/);
    const b = runCli(['check', join(dir, 'missing.md'), good]);
    assert.equal(b.code, 2);
    assert.match(b.err, /cannot read .*missing\.md: no such file or folder/);
    assert.equal(runCli(['chekc', good]).code, 2);
    assert.equal(runCli(['check']).code, 2);
    assert.equal(runCli([]).code, 2);
    const c = runCli(['check', good, '--format', 'xml']);
    assert.equal(c.code, 2);
    assert.match(c.err, /xml/);
  });

  it('honours <!-- mineral-claims-disable-next-line --> comments', () => {
    const text = `<!-- mineral-claims-disable-next-line -->\n${TEXT.reversed}\n\n${TEXT.reversed}\n`;
    const r = runCli(['check', '-', '-f', 'json'], { stdinText: text });
    assert.deepEqual(JSON.parse(r.out).map((f: { rule: string; range: { start: { line: number } } }) => `${f.range.start.line} ${f.rule}`), ['3 reversed-role']);
  });

  it('--quiet reports errors only', () => {
    const r = runCli(['check', dir, '--quiet', '--format', 'json']);
    assert.deepEqual(JSON.parse(r.out).map((f: { rule: string }) => f.rule), ['contradicted-claim']);
  });

  it('--rule sets a severity; a bad --rule is a usage error', () => {
    const off = runCli(['check', bad, '--rule', 'contradicted-claim=off', '--format', 'json']);
    assert.equal(off.code, 0);
    assert.deepEqual(JSON.parse(off.out).filter((f: { rule: string }) => f.rule === 'contradicted-claim'), []);
    const warnOnly = runCli(['check', bad, '--rule', 'contradicted-claim=warning', '--format', 'json']);
    assert.equal(warnOnly.code, 0);
    assert.equal(JSON.parse(warnOnly.out)[0].severity, 'warning');
    const upgraded = runCli(['check', warn, '--rule', 'uncited-claim=error']);
    assert.equal(upgraded.code, 1);
    const unknown = runCli(['check', bad, '--rule', 'no-such-rule=off']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown rule "no-such-rule"/);
    assert.equal(runCli(['check', bad, '--rule', 'uncited-claim=loud']).code, 2);
    assert.equal(runCli(['check', bad, '--rule', 'uncited-claim']).code, 2);
  });

  it('prints help and version', () => {
    const h = runCli(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /Usage: mineral-claims/);
    assert.match(h.out, /check/);
    const ch = runCli(['check', '--help']);
    assert.equal(ch.code, 0);
    assert.match(ch.out, /--max-warnings <n>/);
    assert.match(ch.out, /Exit codes/);
    const v = runCli(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.out, /^\d+\.\d+\.\d+/);
  });

  it('lists rules with their docs and prints one rule\'s docs page', () => {
    const r = runCli(['rules', '--json']);
    assert.equal(r.code, 0);
    const rules = JSON.parse(r.out) as { id: string; docs: string }[];
    assert.ok(rules.some((x) => x.id === 'reversed-role' && x.docs.endsWith('reversed-role.md')));
    const list = runCli(['rules']);
    assert.match(list.out, /uncited-claim\s+warning/);
    const one = runCli(['rules', 'reversed-role']);
    assert.match(one.out, /^# reversed-role/);
    assert.equal(runCli(['rules', 'nope']).code, 2);
  });
});
