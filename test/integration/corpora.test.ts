/** The corpus manifest describes the corpora as they are: every folder listed, sizes and statuses true. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, corpusPresent, loadManifest, resolveCorpusArg } from '../../scripts/corpora';
import { ROOT } from '../helpers/paths';

const STATUSES = new Set(['development', 'reviewed', 'blind']);

describe('corpus manifest (test/corpora/manifest.json)', () => {
  const manifest = loadManifest();

  it('lists every corpus folder of test/corpora once, with a status and a source', () => {
    const folders = readdirSync(join(ROOT, 'test', 'corpora')).filter((f) => statSync(join(ROOT, 'test', 'corpora', f)).isDirectory());
    const listed = manifest.filter((c) => c.path.startsWith('test/corpora/')).map((c) => c.path.slice('test/corpora/'.length));
    assert.deepEqual([...listed].sort(), [...folders].sort());
    assert.equal(new Set(manifest.map((c) => c.name)).size, manifest.length, 'names are unique');
    for (const c of manifest) {
      assert.ok(STATUSES.has(c.status), `${c.name}: status ${c.status}`);
      assert.ok(c.name.startsWith(c.status) || c.optional, `${c.name}: a corpus in the repository is named by its status`);
      assert.ok(c.source.length > 20, `${c.name}: source`);
    }
  });

  for (const c of manifest) {
    it(`${c.name}: passage and label counts match the folder`, function () {
      if (!corpusPresent(c)) {
        if (c.optional) this.skip();
        assert.fail(`${c.name}: ${corpusDir(c)} has no labels.jsonl or passages/`);
      }
      const dir = corpusDir(c);
      assert.equal(readdirSync(join(dir, 'passages')).filter((f) => f.endsWith('.md')).length, c.passages);
      assert.equal(readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).length, c.labels);
    });
  }

  it('resolves a corpus by name, by its environment variable, and leaves a folder argument alone', () => {
    assert.equal(resolveCorpusArg('development-1'), join(ROOT, 'test', 'corpora', 'development-1'));
    const external = manifest.find((c) => c.env)!;
    assert.equal(resolveCorpusArg(external.name, { [external.env!]: '/elsewhere/rw' }), '/elsewhere/rw');
    assert.equal(resolveCorpusArg('some/folder'), 'some/folder');
  });
});
