import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import type * as Sarif from 'sarif';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github';
import { allRuleMeta } from '../../server/src/core';
import { runCli, tempTree, TEXT } from '../helpers/cli';
import { SEED } from '../helpers/paths';

// The SARIF 2.1.0 schema (draft-04) from @microsoft/jest-sarif; its language-tag pattern is not a
// valid Unicode regular expression, hence unicodeRegExp: false.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

function assertValidSarif(log: unknown): asserts log is Sarif.Log {
  assert.ok(validateSarif(log), ajv.errorsText(validateSarif.errors));
}

const ANSI = /\u001b\[/;

describe('CLI output formats', () => {
  const dir = tempTree({
    'doc.md': `# Title\n\n🧪 Ca²⁺\t${TEXT.reversed}\r\n\n${TEXT.uncited}\n`,
    'sub dir/b.md': `${TEXT.contradicted}\n`,
  });

  it('sarif: valid SARIF 2.1.0 with rule metadata, helpUri and 1-based UTF-16 regions', () => {
    const r = runCli(['check', '.', '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.out);
    assertValidSarif(log);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const rules = run.tool.driver.rules ?? [];
    assert.deepEqual(rules.map((x) => x.id), allRuleMeta().map((m) => m.id));
    for (const rule of rules) {
      assert.match(rule.helpUri ?? '', new RegExp(`/docs/rules/${rule.id}\\.md$`));
      assert.ok(rule.shortDescription?.text && rule.help?.markdown?.startsWith(`# ${rule.id}`), rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level ?? ''));
    }
    const results = run.results ?? [];
    const reversed = results.find((x) => x.ruleId === 'reversed-role');
    assert.ok(reversed, r.out);
    assert.equal(reversed.level, 'error');
    assert.equal(rules[reversed.ruleIndex ?? -1].id, 'reversed-role');
    const loc = reversed.locations?.[0].physicalLocation;
    assert.deepEqual(loc?.artifactLocation, { uri: 'doc.md', uriBaseId: '%SRCROOT%' });
    // Line 3; "🧪 Ca²⁺\t" is 8 UTF-16 code units (🧪 is two), so "Magnesium" starts at column 9.
    assert.deepEqual([loc?.region?.startLine, loc?.region?.startColumn, loc?.region?.endLine, loc?.region?.endColumn], [3, 9, 3, 18]);
    assert.equal(loc?.region?.snippet?.text, 'Magnesium');
    assert.equal(reversed.fixes?.[0].artifactChanges[0].replacements[0].insertedContent?.text, 'Calcium');
    const other = results.find((x) => x.locations?.[0].physicalLocation?.artifactLocation?.uri === 'sub%20dir/b.md');
    assert.ok(other, 'paths with spaces are URI-encoded');
  });

  it('sarif: the seed article has its findings with rule metadata and 1-based regions', function () {
    if (!existsSync(SEED)) {
      console.log(`      (skipped: ${SEED} is absent)`);
      this.skip();
    }
    const r = runCli(['check', SEED, '-f', 'sarif']);
    const log = JSON.parse(r.out);
    assertValidSarif(log);
    const results = log.runs[0].results ?? [];
    const lines = readFileSync(SEED, 'utf8').split(/\r\n|\n|\r/);
    const byRule = (id: string) => results.filter((x) => x.ruleId === id);
    assert.ok(byRule('vague-citation').length >= 2, 'both "PubMed" citations');
    assert.ok(byRule('uncited-claim').length >= 1);
    assert.ok(byRule('contradicted-claim').length >= 1);
    for (const res of results) {
      const reg = res.locations?.[0].physicalLocation?.region;
      assert.ok(reg && reg.startLine! >= 1 && reg.startColumn! >= 1, JSON.stringify(reg));
      // The 1-based region points at the snippet in the file.
      const line = lines[reg.startLine! - 1];
      if (reg.startLine === reg.endLine) assert.equal(line.slice(reg.startColumn! - 1, reg.endColumn! - 1), reg.snippet?.text);
      assert.ok(log.runs[0].tool.driver.rules?.[res.ruleIndex!]?.id === res.ruleId);
    }
    for (const pubmed of byRule('vague-citation').filter((x) => /PubMed/.test(x.message.text ?? ''))) {
      assert.equal(pubmed.locations?.[0].physicalLocation?.region?.snippet?.text, 'PubMed');
    }
  });

  it('sarif: skipped files become tool notifications', () => {
    const d = tempTree({ 'bin.md': Buffer.from([0, 1, 2]) });
    const log = JSON.parse(runCli(['check', '.', '-f', 'sarif'], { cwd: d }).out);
    assertValidSarif(log);
    const n = log.runs[0].invocations?.[0].toolExecutionNotifications ?? [];
    assert.equal(n.length, 1);
    assert.match(n[0].message.text ?? '', /binary/);
  });

  it('json: fix data with LSP ranges', () => {
    const json = JSON.parse(runCli(['check', 'doc.md', '-f', 'json'], { cwd: dir }).out);
    const reversed = json.find((f: { rule: string }) => f.rule === 'reversed-role');
    assert.deepEqual(reversed.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 17 } });
    assert.deepEqual(reversed.fixes[0].edits, [{ range: reversed.range, newText: 'Calcium' }]);
    assert.equal(reversed.fixes[0].safe, true);
  });

  it('json: an error finding carries its claim as read and its sub-check; a sub-check can be set on its own', () => {
    const tree = tempTree({
      'errors.md': 'Parathyroid hormone lowers blood calcium.\n\nAdults should get about 2,000 mg of calcium a day.\n\nMagnesium supplements cure night cramps.\n',
    });
    const run = (...flags: string[]) =>
      (JSON.parse(runCli(['check', 'errors.md', '-f', 'json', ...flags], { cwd: tree }).out) as { rule: string; severity: string; message: string; check?: string; claim?: Record<string, unknown> }[])
        .filter((f) => f.rule === 'contradicted-claim');
    const all = run();
    assert.deepEqual(all.map((f) => f.check), ['relations', 'quantities', 'overclaims']);
    assert.deepEqual(all[0].claim, {
      subject: 'Parathyroid hormone', subjectId: 'pth', verb: 'lowers', relation: 'down', object: 'blood calcium',
      target: 'calcium-level', direction: 'down', polarity: 'affirmed', hedged: false,
    });
    assert.equal(all[0].message, 'Contradicts physiology: Parathyroid hormone raises blood calcium; it does not lower it.');
    // A sentence-level check reads no single claim.
    assert.equal(all[1].claim, undefined);
    const some = run('--rule', 'contradicted-claim/quantities=off', '--rule', 'contradicted-claim/overclaims=warning');
    assert.deepEqual(some.map((f) => [f.check, f.severity]), [['relations', 'error'], ['overclaims', 'warning']]);
    assert.match(runCli(['check', 'errors.md', '--rule', 'contradicted-claim/spelling=off'], { cwd: tree }).err, /unknown rule "contradicted-claim\/spelling"/);
  });

  it('github: workflow-command annotations with 1-based positions and escaping', () => {
    const out = runCli(['check', 'doc.md', '-f', 'github'], { cwd: dir }).out;
    const line = out.split('\n').find((l) => l.includes('reversed-role'));
    assert.ok(line, out);
    assert.match(line, /^::error file=doc\.md,line=3,col=9,endLine=3,endColumn=18,title=mineral-claims reversed-role::Roles reversed/);
    assert.match(out, /^::warning file=doc\.md,line=5,col=1,/m);
    assert.equal(escapeData('50%\r\nnext'), '50%25%0D%0Anext');
    assert.equal(escapeProperty('a,b:c'), 'a%2Cb%3Ac');
  });

  it('stylish: grouped by file; colour only on a terminal, never with NO_COLOR or --no-color', () => {
    const plain = runCli(['check', '.'], { cwd: dir });
    assert.doesNotMatch(plain.out, ANSI);
    assert.match(plain.out, /^doc\.md$/m);
    assert.match(plain.out, /^ {2}3:9 +error +Roles reversed.*reversed-role$/m);
    assert.match(plain.out, /✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    assert.match(plain.out, /fixable with the `--fix` option/);
    assert.match(runCli(['check', '.'], { cwd: dir, stdoutIsTTY: true }).out, ANSI);
    assert.doesNotMatch(runCli(['check', '.'], { cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } }).out, ANSI);
    assert.doesNotMatch(runCli(['check', '.', '--no-color'], { cwd: dir, stdoutIsTTY: true }).out, ANSI);
    assert.match(runCli(['check', '.'], { cwd: dir, env: { FORCE_COLOR: '1' } }).out, ANSI);
    assert.equal(runCli(['check', 'sub dir/b.md', '--rule', 'contradicted-claim=off', '--rule', 'uncited-claim=off'], { cwd: dir }).out, '');
  });

  it('shows a progress line on standard error on a terminal when checking many files', () => {
    const many = tempTree(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}.md`, TEXT.clean])));
    assert.match(runCli(['check', '.'], { cwd: many, stderrIsTTY: true }).err, /Checking 1\/25 f0\.md/);
    assert.equal(runCli(['check', '.'], { cwd: many }).err, '');
    assert.equal(runCli(['check', 'f1.md', 'f2.md'], { cwd: many, stderrIsTTY: true }).err, '');
  });
});
