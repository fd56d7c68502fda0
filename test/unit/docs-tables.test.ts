/** `npm run docs:tables` rewrites only the marked table blocks, and the docs keep the blocks it writes. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceBlock } from '../../scripts/docs-tables';
import { ROOT } from '../helpers/paths';

describe('docs tables (scripts/docs-tables.ts)', () => {
  it('replaces the text between a block\'s markers and nothing else', () => {
    const text = 'intro\n<!-- tables:x:start -->\nold\n<!-- tables:x:end -->\noutro\n';
    assert.equal(replaceBlock(text, 'x', '| a |\n'), 'intro\n<!-- tables:x:start -->\n| a |\n<!-- tables:x:end -->\noutro\n');
    assert.equal(replaceBlock(text, 'y', '| a |'), undefined);
  });

  it('README.md, docs/evaluation.md and docs/performance.md hold the blocks the script writes', () => {
    for (const [file, names] of [['README.md', ['quality', 'speed']], ['docs/evaluation.md', ['eval']], ['docs/performance.md', ['bench']]] as const) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const n of names) assert.notEqual(replaceBlock(text, n, ''), undefined, `${file}: tables:${n}`);
    }
  });

  it('README.md stays a user document of about 12 KB at most', () => {
    assert.ok(readFileSync(join(ROOT, 'README.md')).length <= 12_500);
  });
});
