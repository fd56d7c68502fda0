/** The one Markdown file search (core/markdownFiles.ts) that the command line and the language server share. */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { ConfigIgnores, markdownFilesIn } from '../../server/src/core/markdownFiles';
import { SettingsCache } from '../../server/src/lsp/settings';
import { tempTree } from '../helpers/cli';

const rel = (dir: string, files: string[]) => files.map((f) => relative(dir, f).split('\\').join('/'));

/** A repository with Markdown in every place the search must skip, and a configuration with `ignore`. */
function workspace(): string {
  const dir = tempTree({
    '.gitignore': 'build/\n*.draft.md\n',
    '.mineral-claims.json': JSON.stringify({ ignore: ['drafts/', 'CHANGELOG.md'] }),
    'README.md': '',
    'CHANGELOG.md': '',
    'notes.mdx': '',
    'x.draft.md': '',
    'build/out.md': '',
    'drafts/wip.md': '',
    'docs/guide.markdown': '',
    'docs/.gitignore': '!keep.draft.md\n',
    'docs/keep.draft.md': '',
    'docs/a.txt': '',
    'node_modules/pkg/readme.md': '',
    '.github/issue.md': '',
    '.hidden.md': '',
  });
  mkdirSync(join(dir, '.git'));
  return dir;
}

describe('Markdown file search (command line and language server)', () => {
  it('honours .gitignore (deeper files winning) and the configuration\'s ignore, skipping hidden and node_modules', () => {
    const dir = workspace();
    const found = markdownFilesIn(dir, { isIgnored: (f) => new ConfigIgnores().ignores(f) });
    assert.deepEqual(rel(dir, found), ['README.md', 'docs/guide.markdown', 'docs/keep.draft.md', 'notes.mdx']);
    // Without the configuration's list, only .gitignore applies.
    assert.deepEqual(rel(dir, markdownFilesIn(dir)), ['CHANGELOG.md', 'README.md', 'docs/guide.markdown', 'docs/keep.draft.md', 'drafts/wip.md', 'notes.mdx']);
  });

  it('stops at the limit', () => {
    const dir = workspace();
    assert.equal(markdownFilesIn(dir, { limit: 2 }).length, 2);
  });

  it('is what the language server lists for workspace diagnostics; an untrusted workspace does not read the configuration', () => {
    const dir = workspace();
    const settings = new SettingsCache({} as Connection);
    settings.folders = [dir];
    assert.deepEqual(rel(dir, settings.markdownFiles()), ['README.md', 'docs/guide.markdown', 'docs/keep.draft.md', 'notes.mdx']);
    settings.trusted = false;
    settings.clear();
    assert.deepEqual(rel(dir, settings.markdownFiles()), ['CHANGELOG.md', 'README.md', 'docs/guide.markdown', 'docs/keep.draft.md', 'drafts/wip.md', 'notes.mdx']);
  });
});
