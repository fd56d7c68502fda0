import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectFiles } from '../../server/src/cli/files';
import { runCli, tempTree, TEXT } from '../helpers/cli';

function collect(dir: string, inputs: string[], isIgnored = (_: string) => false) {
  const r = collectFiles(inputs, dir, isIgnored);
  return { files: r.targets.map((t) => relative(dir, t.path).split('\\').join('/')), missing: r.missing };
}

describe('CLI file search', () => {
  it('searches folders for .md, .markdown, .qmd and .Rmd files, not hidden folders or node_modules', () => {
    const dir = tempTree({
      'a.md': '',
      'b.markdown': '',
      'c.qmd': '',
      'd.Rmd': '',
      'E.MD': '',
      'notes.txt': '',
      'sub/f.md': '',
      'node_modules/pkg/readme.md': '',
      '.hidden/g.md': '',
    });
    assert.deepEqual(collect(dir, ['.']).files.sort(), ['E.MD', 'a.md', 'b.markdown', 'c.qmd', 'd.Rmd', 'sub/f.md']);
  });

  it('honours .gitignore files up to the repository root, deeper ones winning', () => {
    const dir = tempTree({
      '.gitignore': 'build/\n*.draft.md\n',
      'keep.md': '',
      'x.draft.md': '',
      'build/out.md': '',
      'docs/.gitignore': '!y.draft.md\nprivate.md\n',
      'docs/y.draft.md': '',
      'docs/private.md': '',
      'docs/public.md': '',
    });
    mkdirSync(join(dir, '.git'));
    assert.deepEqual(collect(dir, ['.']).files.sort(), ['docs/public.md', 'docs/y.draft.md', 'keep.md']);
    // Searching a subfolder still applies the .gitignore above it.
    assert.deepEqual(collect(dir, ['docs']).files.sort(), ['docs/public.md', 'docs/y.draft.md']);
  });

  it('checks a file named explicitly even when .gitignore lists it, but not when the config ignore does', () => {
    const dir = tempTree({ '.gitignore': '*.draft.md\n', 'x.draft.md': '', 'y.md': '' });
    mkdirSync(join(dir, '.git'));
    assert.deepEqual(collect(dir, ['x.draft.md']).files, ['x.draft.md']);
    assert.deepEqual(collect(dir, ['x.draft.md', 'y.md'], (f) => f.endsWith('y.md')).files, ['x.draft.md']);
  });

  it('expands glob patterns, lists each file once, and reports inputs that name nothing', () => {
    const dir = tempTree({ 'docs/a.md': '', 'docs/b.md': '', 'docs/c.txt': '' });
    assert.deepEqual(collect(dir, ['docs/*.md', 'docs/a.md', 'docs/**/*.txt']).files, ['docs/a.md', 'docs/b.md', 'docs/c.txt']);
    assert.deepEqual(collect(dir, ['nothing/*.md', 'missing.md']).missing, ['nothing/*.md', 'missing.md']);
  });

  it('skips binary and oversized files with a note, without failing', () => {
    const dir = tempTree({
      'bin.md': Buffer.from([0x43, 0x61, 0x00, 0x01, 0x02]),
      'big.md': `${TEXT.contradicted}\n`.repeat(50),
      'ok.md': TEXT.clean,
      [`.mineral-claims.json`]: JSON.stringify({ maxFileSize: 1000 }),
    });
    const r = runCli(['check', dir, '-f', 'json'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out), []);
    assert.match(r.err, /bin\.md: skipped: binary file/);
    assert.match(r.err, /big\.md: skipped: 2050 bytes is more than maxFileSize \(1000\)/);
  });

  it('skips binary and oversized standard input the same way', () => {
    const bin = runCli(['check', '-', '-f', 'json'], { stdinText: `${TEXT.contradicted}\u0000` });
    assert.deepEqual([bin.code, JSON.parse(bin.out)], [0, []]);
    assert.match(bin.err, /<stdin>: skipped: binary file/);
    const dir = tempTree({ 'small.json': JSON.stringify({ maxFileSize: 10 }) });
    const big = runCli(['check', '-', '-c', join(dir, 'small.json')], { stdinText: TEXT.contradicted });
    assert.equal(big.code, 0);
    assert.match(big.err, /<stdin>: skipped: 40 bytes is more than maxFileSize \(10\)/);
  });

  it('a glob that matches nothing exits 2; a folder without Markdown is only a note', () => {
    const dir = tempTree({ 'empty/readme.txt': '' });
    const glob = runCli(['check', 'nothing/**/*.md'], { cwd: dir });
    assert.equal(glob.code, 2);
    assert.match(glob.err, /no files match "nothing\/\*\*\/\*\.md"/);
    const empty = runCli(['check', 'empty'], { cwd: dir });
    assert.equal(empty.code, 0);
    assert.match(empty.err, /no Markdown files found/);
  });
});
