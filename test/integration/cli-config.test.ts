import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUB_CHECKS } from '../../server/src/core';
import { CONFIG_FILE_NAME, formatConfigError, loadConfigFor, parseConfigFile, parseConfigText, pointerToKey } from '../../server/src/core/configFile';
import { runCli, tempTree, TEXT } from '../helpers/cli';
import { ROOT } from '../helpers/paths';

describe('configuration file (.mineral-claims.json)', () => {
  it('is found upwards from a file; the nearest one wins; relative paths resolve from its folder', () => {
    const dir = tempTree({
      [CONFIG_FILE_NAME]: JSON.stringify({ rules: { 'uncited-claim': 'off' }, factFiles: ['facts/extra.json'] }),
      [`sub/${CONFIG_FILE_NAME}`]: JSON.stringify({ citationScope: 'paragraph', bibliography: ['refs.bib', '../shared/refs.json'] }),
      'a/b/doc.md': '',
      'sub/deep/doc.md': '',
      // A repository: paths in a nested config may reach up to its root, not beyond.
      '.git/HEAD': '',
    });
    const cache = new Map();
    const top = loadConfigFor(join(dir, 'a/b/doc.md'), { cache });
    assert.equal(top.file, join(dir, CONFIG_FILE_NAME));
    assert.deepEqual(top.config, { rules: { 'uncited-claim': 'off' }, factFiles: [join(dir, 'facts/extra.json')] });
    assert.deepEqual(top.errors, []);
    const sub = loadConfigFor(join(dir, 'sub/deep/doc.md'), { cache });
    assert.equal(sub.file, join(dir, 'sub', CONFIG_FILE_NAME));
    assert.deepEqual(sub.config, { citationScope: 'paragraph', bibliography: [join(dir, 'sub/refs.bib'), join(dir, 'shared/refs.json')] });
    // The cache answers for every folder on the way up.
    assert.equal(cache.get(join(dir, 'a')), top);
  });

  it('finds nothing above stopAt', () => {
    const dir = tempTree({ [CONFIG_FILE_NAME]: '{}', 'ws/doc.md': '' });
    assert.equal(loadConfigFor(join(dir, 'ws/doc.md'), { stopAt: join(dir, 'ws') }).file, undefined);
    assert.equal(loadConfigFor(join(dir, 'ws/doc.md')).file, join(dir, CONFIG_FILE_NAME));
  });

  it('reports invalid JSON, unknown keys and bad values with a JSON pointer', () => {
    assert.match(parseConfigText('{ "rules": ', '/x/c.json').errors[0].message, /not valid JSON/);
    const unknown = parseConfigText('{ "rulez": {} }', '/x/c.json');
    assert.deepEqual(unknown.errors, [{ file: '/x/c.json', pointer: '/rulez', message: 'unknown key' }]);
    const bad = parseConfigText('{ "rules": { "uncited-claim": "loud" } }', '/x/c.json');
    assert.equal(bad.errors[0].pointer, '/rules/uncited-claim');
    assert.match(bad.errors[0].message, /must be one of "off", "hint", "info", "warning", "error"/);
    assert.deepEqual(bad.config, {});
    assert.equal(formatConfigError(bad.errors[0]), '/x/c.json: "rules.uncited-claim" must be one of "off", "hint", "info", "warning", "error"');
    assert.equal(pointerToKey('/a~1b/c~0d'), 'a/b.c~d');
    assert.match(parseConfigText('{ "maxFileSize": -1 }', '/x/c.json').errors[0].message, />= 0/);
    assert.match(parseConfigText('{ "ignore": "drafts/" }', '/x/c.json').errors[0].message, /array/);
  });

  it('accepts each error rule\'s sub-checks as rule keys, and no other', () => {
    for (const key of SUB_CHECKS) assert.deepEqual(parseConfigText(JSON.stringify({ rules: { [key]: 'off' } }), '/x/c.json').errors, [], key);
    const unknown = parseConfigText('{ "rules": { "contradicted-claim/spelling": "off" } }', '/x/c.json');
    assert.equal(unknown.errors[0].pointer, '/rules/contradicted-claim~1spelling');
  });

  it('accepts every documented key and a BOM', () => {
    const r = parseConfigText(
      '\uFEFF' +
        JSON.stringify({
          $schema: './node_modules/mineral-claims/schemas/mineral-claims.schema.json',
          rules: { 'reversed-role': 'warning' },
          citationScope: 'sentence',
          citationStyle: 'pandoc',
          vaguePhrases: ['word on the street'],
          factFiles: [],
          bibliography: [],
          maxFileSize: 1000,
          ignore: ['drafts/'],
        }),
      '/x/c.json',
    );
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.ignore, ['drafts/']);
    assert.equal(r.config.maxFileSize, 1000);
    assert.equal('$schema' in r.config, false);
  });

  it('says when a --config file is missing or a folder', () => {
    const dir = tempTree({});
    assert.match(parseConfigFile(join(dir, 'nope.json')).errors[0].message, /not found/);
    assert.match(parseConfigFile(dir).errors[0].message, /folder/);
  });
});

describe('CLI configuration', () => {
  it('applies the nearest .mineral-claims.json to each file', () => {
    const dir = tempTree({
      'a/doc.md': TEXT.contradicted,
      'b/doc.md': TEXT.contradicted,
      [`b/${CONFIG_FILE_NAME}`]: JSON.stringify({ rules: { 'contradicted-claim': 'off' } }),
    });
    const r = runCli(['check', dir, '--format', 'json'], { cwd: dir });
    const contradicted = JSON.parse(r.out).filter((f: { rule: string }) => f.rule === 'contradicted-claim');
    assert.deepEqual(contradicted.map((f: { file: string }) => f.file), [join('a', 'doc.md')]);
  });

  it('--config replaces the search; --rule overrides both', () => {
    const dir = tempTree({
      'doc.md': TEXT.contradicted,
      [CONFIG_FILE_NAME]: JSON.stringify({ rules: { 'contradicted-claim': 'off' } }),
      'strict.json': JSON.stringify({ rules: { 'contradicted-claim': 'warning' } }),
    });
    const doc = join(dir, 'doc.md');
    const contradicted = (args: string[]) => JSON.parse(runCli(['check', doc, '-f', 'json', ...args]).out).filter((f: { rule: string }) => f.rule === 'contradicted-claim');
    assert.deepEqual(contradicted([]), []);
    assert.equal(contradicted(['--config', join(dir, 'strict.json')])[0].severity, 'warning');
    assert.equal(contradicted(['-c', join(dir, 'strict.json'), '--rule', 'contradicted-claim=error'])[0].severity, 'error');
  });

  it('standard input uses the configuration found from --stdin-filename', () => {
    const dir = tempTree({ [`quiet/${CONFIG_FILE_NAME}`]: JSON.stringify({ rules: { 'reversed-role': 'off' } }) });
    const rules = (args: string[]) => JSON.parse(runCli(['check', '-', '-f', 'json', ...args], { cwd: dir, stdinText: TEXT.reversed }).out).map((f: { rule: string }) => f.rule);
    assert.ok(rules([]).includes('reversed-role'));
    assert.ok(!rules(['--stdin-filename', 'quiet/draft.md']).includes('reversed-role'));
  });

  it('a bad configuration prints one message naming the file and key, and exits 2', () => {
    const dir = tempTree({ 'doc.md': TEXT.clean, [CONFIG_FILE_NAME]: JSON.stringify({ rules: { 'uncited-claim': 'loud' } }) });
    const r = runCli(['check', join(dir, 'doc.md')]);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.ok(lines[0].includes(join(dir, CONFIG_FILE_NAME)), lines[0]);
    assert.match(lines[0], /"rules\.uncited-claim" must be one of/);
    const missing = runCli(['check', join(dir, 'doc.md'), '--config', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json: not found/);
  });

  it('honours the ignore list of the configuration', () => {
    const dir = tempTree({
      [CONFIG_FILE_NAME]: JSON.stringify({ ignore: ['drafts/', '*.generated.md'] }),
      'doc.md': TEXT.contradicted,
      'x.generated.md': TEXT.contradicted,
      'drafts/d.md': TEXT.contradicted,
    });
    const r = runCli(['check', dir, '-f', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(r.out).map((f: { file: string }) => f.file), ['doc.md']);
  });

  it('--facts adds a user fact file: its antagonist pair is checked like Ca/Mg', () => {
    const dir = tempTree({ 'doc.md': 'Potassium entry drives depolarisation of the neuron.\n' });
    const example = join(ROOT, 'examples', 'facts', 'sodium-potassium.facts.json');
    const rules = (args: string[]) => JSON.parse(runCli(['check', join(dir, 'doc.md'), '-f', 'json', ...args]).out).map((f: { rule: string }) => f.rule);
    assert.ok(!rules([]).includes('reversed-role'));
    assert.ok(rules(['--facts', example]).includes('reversed-role'));
    // The same file named in .mineral-claims.json (relative to it, inside the workspace) works the same way.
    writeFileSync(join(dir, 'na-k.facts.json'), readFileSync(example));
    writeFileSync(join(dir, CONFIG_FILE_NAME), JSON.stringify({ factFiles: ['na-k.facts.json'] }));
    assert.ok(rules([]).includes('reversed-role'));
  });

  it('--bibliography checks pandoc citation keys; a missing bibliography file is a usage error', () => {
    const dir = tempTree({ 'doc.md': 'As shown before [@known; @unknownkey].\n', 'refs.bib': '@article{known, title={T}, author={Doe, A}, year={1967}}\n' });
    const r = runCli(['check', 'doc.md', '-f', 'json', '--bibliography', 'refs.bib'], { cwd: dir });
    const keys = JSON.parse(r.out).filter((f: { rule: string }) => f.rule === 'unknown-citation-key');
    assert.equal(keys.length, 1, r.out);
    assert.match(keys[0].message, /@unknownkey/);
    assert.deepEqual(JSON.parse(runCli(['check', 'doc.md', '-f', 'json'], { cwd: dir }).out).filter((f: { rule: string }) => f.rule === 'unknown-citation-key'), []);
    const missing = runCli(['check', 'doc.md', '--bibliography', 'nope.bib'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read bibliography nope\.bib/);
  });

  it('reports a broken --facts file as a usage error', () => {
    const dir = tempTree({ 'doc.md': TEXT.clean, 'bad.json': '{ nope' });
    const r = runCli(['check', join(dir, 'doc.md'), '--facts', join(dir, 'bad.json')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.json/);
  });
});
