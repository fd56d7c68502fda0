import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInside, parseConfigText, workspaceRootOf } from '../../server/src/core/configFile';
import { jsonErrorReason } from '../../server/src/core/jsonError';
import { parseFactFile } from '../../server/src/core/facts/load';
import { run } from '../../server/src/cli/main';

describe('paths from workspace configuration stay inside the workspace', () => {
  const root = mkdtempSync(join(tmpdir(), 'mc-confine-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'docs', 'facts'), { recursive: true });
  const configFile = join(root, 'docs', '.mineral-claims.json');

  it('finds the workspace root from the nearest .git folder', () => {
    assert.equal(workspaceRootOf(join(root, 'docs', 'facts')), root);
    assert.ok(isInside(join(root, 'a', 'b'), root));
    assert.ok(!isInside(join(root, '..', 'elsewhere'), root));
  });

  it('keeps relative paths inside the workspace, also above the config folder', () => {
    const r = parseConfigText(JSON.stringify({ factFiles: ['facts/x.facts.json', '../shared.facts.json'] }), configFile);
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.config.factFiles, [join(root, 'docs', 'facts', 'x.facts.json'), join(root, 'shared.facts.json')]);
  });

  it('rejects ../../etc/passwd-style and absolute paths outside, naming the key', () => {
    const r = parseConfigText(JSON.stringify({ factFiles: ['../../../../../../etc/passwd'], bibliography: ['/etc/hosts'] }), configFile);
    assert.deepEqual(
      r.errors.map((e) => e.pointer),
      ['/factFiles/0', '/bibliography/0'],
    );
    assert.match(r.errors[0].message, /outside the workspace/);
    assert.equal(r.config.factFiles, undefined);
  });

  it('the CLI exits 2 with one clear message and never reads the outside file', () => {
    writeFileSync(configFile, JSON.stringify({ factFiles: ['../../../../../../../etc/passwd'] }));
    const doc = join(root, 'docs', 'a.md');
    writeFileSync(doc, 'Calcium entry triggers neurotransmitter release [@sudhof2012].\n');
    let err = '';
    const code = run(['check', doc], { out: () => undefined, err: (s) => void (err += s), stdin: () => '' });
    assert.equal(code, 2);
    assert.match(err, /factFiles/);
    assert.doesNotMatch(err, /root:/);
  });
});

describe('JSON errors never quote file content', () => {
  it('drops the snippet V8 puts in the message', () => {
    let e: unknown;
    try {
      JSON.parse('root:x:0:0:root:/root:/bin/bash');
    } catch (x) {
      e = x;
    }
    const reason = jsonErrorReason(e);
    assert.ok(reason.length > 0);
    assert.doesNotMatch(reason, /root/);
    const parsed = parseFactFile('root:x:0:0:root:/root:/bin/bash', '/tmp/x.facts.json');
    assert.equal(parsed.errors.length, 1);
    assert.doesNotMatch(parsed.errors[0].message, /root/);
  });
});
