/**
 * Adversarial documents: each completes quickly through the core and through the real command line
 * (dist/cli.js) with exit 0/1 and valid JSON, or is skipped with a note (binary, over maxFileSize).
 * Large inputs are generated at test time into a temporary folder, never committed.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClaimChecker } from '../../server/src/core';
import { MAX_NESTING, limitNesting } from '../../server/src/core/nesting';
import { CLI } from '../helpers/paths';
import { assertRanges } from '../helpers/properties';

const CLAIM = 'Magnesium influx triggers neurotransmitter release.';

/** Full sizes (`RELIABILITY_FULL=1`, and `npm run fuzz`); `npm test` runs the size-driven cases at a tenth. */
const FULL = process.env.RELIABILITY_FULL === '1';
const size = (n: number) => (FULL ? n : Math.ceil(n / 10));

/** The adversarial documents of issue 10, each with a claim the checker must still see where it can. */
export const ADVERSARIAL: Record<string, () => string> = {
  'NUL bytes after the first 8 KB': () => `${'Calcium and magnesium. '.repeat(400)}\n\n${CLAIM}\u0000\u0000 Ca\u0000Mg\n`,
  [FULL ? 'a 2 MB single line' : 'a 200 KB single line']: () => `${CLAIM} `.repeat(Math.ceil(size(2_000_000) / (CLAIM.length + 1))),
  '5,000-deep block quote': () => `${'> '.repeat(5000)}${CLAIM}\n\n${CLAIM}\n`,
  'block quotes one level deeper on every line': () => Array.from({ length: FULL ? 5000 : 500 }, (_, i) => `${'>'.repeat(Math.min(i + 1, FULL ? 1000 : 100))} ${CLAIM}`).join('\n'),
  '5,000-deep list': () => `${'- '.repeat(5000)}${CLAIM}\n\n${CLAIM}\n`,
  '5,000-deep mixed list and quote': () => `${'1. > * '.repeat(1700)}${CLAIM}\n`,
  '100,000 × "Ca "': () => 'Ca '.repeat(size(100_000)),
  // A first line of spaces: trimming it with /[ \t\r]+$/ was quadratic (minutes at this size).
  '200,000 spaces on the first line, then a claim': () => `a${' '.repeat(200_000)}.\n\n${CLAIM}\n`,
  '30,000 unmatched "("': () => `${'('.repeat(30_000)} ${CLAIM}`,
  '30,000 unmatched "["': () => `${'['.repeat(30_000)} ${CLAIM}`,
  '30,000 unmatched "[@"': () => `${'[@'.repeat(30_000)} ${CLAIM}`,
  '20,000 nested links': () => `${'['.repeat(20_000)}${CLAIM}${'](x)'.repeat(20_000)}`,
  '20,000 emphasis marks': () => `${'*'.repeat(20_000)}${CLAIM}${'*'.repeat(20_000)}`,
  'unclosed fences': () => `${CLAIM}\n\n\`\`\`\n${CLAIM}\n\n~~~~\n${'```\n'.repeat(1000)}`,
  'broken YAML front matter': () => `---\ntitle: [unclosed\n  - : : {\nbibliography: ../../etc/passwd\n\t\u0000\n---\n\n${CLAIM}\n`,
  'unterminated front matter': () => `---\ntitle: "never closed\n\n${CLAIM}\n`,
  'HTML soup': () => `<div><p><span>${'<b><i>'.repeat(3000)}${CLAIM}<!-- ${'<'.repeat(5000)}\n\n${CLAIM}\n`,
  'lone surrogates and combining marks': () => `\ud800${CLAIM}\udfff ${'e\u0301'.repeat(5000)} ${'😀'.repeat(5000)}\r${CLAIM}\r`,
};

describe('reliability: adversarial documents', function () {
  this.timeout(120_000);
  const checker = createClaimChecker();

  describe('through the core', () => {
    for (const [name, make] of Object.entries(ADVERSARIAL)) {
      it(`${name}: completes with valid ranges`, () => {
        const text = make();
        const findings = checker.check(text);
        assertRanges(text, findings);
      });
    }

    it('still checks the prose next to over-deep nesting', () => {
      for (const name of ['5,000-deep block quote', '5,000-deep list']) {
        const text = ADVERSARIAL[name]();
        const f = checker.check(text);
        assert.ok(f.some((x) => x.ruleId === 'reversed-role' && text.slice(x.start, x.end) === 'Magnesium'), `${name}: the claim after the nesting was not checked`);
      }
    });
  });

  describe('the nesting guard', () => {
    it('blanks nesting beyond the limit with spaces and keeps every offset', () => {
      const deep = `${'> '.repeat(100)}x\n${'- '.repeat(100)}y\r\n${'*'.repeat(100)}z`;
      const out = limitNesting(deep);
      assert.equal(out.length, deep.length);
      for (let i = 0; i < deep.length; i++) assert.ok(out[i] === deep[i] || out[i] === ' ', `offset ${i} changed to ${JSON.stringify(out[i])}`);
      assert.equal(out.split('\n')[0].split('>').length - 1, MAX_NESTING);
      assert.equal(out.split('\n')[1].split('-').length - 1, MAX_NESTING);
      assert.equal(out.split('\n')[2].split('*').length - 1, MAX_NESTING);
    });

    it('leaves ordinary documents alone, nested lists and quotes included', () => {
      const doc = '---\ntitle: x\n---\n\n> - 1. Calcium *triggers* **release** [@a; @b].\n>   > nested\n\n* * *\n\n| a | b |\n| - | - |\n\n    - code\n';
      assert.equal(limitNesting(doc), doc);
    });
  });

  describe('through the command line (dist/cli.js)', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'mc-adversarial-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    function cli(args: string[], input?: string) {
      return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    }

    it('checks a folder of every adversarial document: exit 0/1 and valid JSON', () => {
      Object.values(ADVERSARIAL).forEach((make, i) => writeFileSync(join(dir, `adv-${String(i).padStart(2, '0')}.md`), make()));
      const r = cli(['check', '.', '--format', 'json']);
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      const json = JSON.parse(r.stdout) as { file: string; range: unknown }[];
      assert.ok(Array.isArray(json));
      assert.ok(json.some((f) => f.file.startsWith('adv-')), 'no findings at all in the adversarial folder');
    });

    it('skips a binary file (NUL in the first 8 KB) with a note', () => {
      writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x43, 0x61, 0x0a]));
      const r = cli(['check', 'binary.md', '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), []);
      assert.match(r.stderr, /binary\.md: skipped: binary/);
    });

    it('skips a file above maxFileSize with a note, and honours a smaller configured limit', () => {
      writeFileSync(join(dir, 'huge.md'), `${CLAIM}\n`.repeat(Math.ceil(5_100_000 / (CLAIM.length + 1))));
      const r = cli(['check', 'huge.md', '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), []);
      assert.match(r.stderr, /huge\.md: skipped: \d+ bytes is more than maxFileSize \(5000000\)/);
      const small = join(dir, 'small');
      rmSync(small, { recursive: true, force: true });
      require('node:fs').mkdirSync(small);
      writeFileSync(join(small, '.mineral-claims.json'), JSON.stringify({ maxFileSize: 10 }));
      writeFileSync(join(small, 'a.md'), `${CLAIM}\n`);
      const s = cli(['check', join(small, 'a.md'), '--format', 'json']);
      assert.equal(s.status, 0, s.stderr);
      assert.match(s.stderr, /maxFileSize \(10\)/);
    });

    it(`reads a ${FULL ? '2 MB' : '200 KB'} single line from standard input`, () => {
      const r = cli(['check', '-', '--format', 'json'], `${CLAIM} `.repeat(Math.ceil(size(2_000_000) / (CLAIM.length + 1))));
      assert.equal(r.status, 1, r.stderr);
      assert.ok((JSON.parse(r.stdout) as unknown[]).length > 100);
    });
  });
});
