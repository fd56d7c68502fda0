/**
 * A user's fact file can add relation words (its `relations` and `irregular` parts, the shape of
 * server/language/relations.json): the checker built on that fact base reads them, every other checker does not.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClaimChecker } from '../../server/src/core';
import { loadFactFiles } from '../../server/src/core/facts/load';
import { ROOT } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'mc-relations-'));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(content, null, 2));
  return p;
}
const errorsOf = (md: string, checker = createClaimChecker()) => checker.check(md).filter((f) => f.ruleId === 'reversed-role').map((f) => md.slice(f.start, f.end));

describe('relation words in a user fact file', () => {
  const { base, errors } = loadFactFiles([
    file('words.facts.json', {
      relations: [
        { lemma: 'spur', direction: 'up' },
        { lemma: 'beget', direction: 'up', forms: ['3sg', 'past'] },
      ],
      irregular: { beget: { past: 'begot' } },
    }),
  ]);
  const checker = createClaimChecker({ facts: base });

  it('are read in every generated form, irregular ones included', () => {
    assert.deepEqual(errors, []);
    for (const verb of ['spurs', 'spurred', 'begets', 'begot']) {
      assert.deepEqual(errorsOf(`Magnesium influx ${verb} neurotransmitter release.`, checker), ['Magnesium'], verb);
    }
  });

  it('are not read by checkers on other fact bases (the built-in words stay as they were)', () => {
    assert.deepEqual(errorsOf('Magnesium influx spurs neurotransmitter release.'), []);
    assert.deepEqual(errorsOf('Magnesium influx triggers neurotransmitter release.', checker), ['Magnesium']);
    assert.deepEqual(errorsOf('Magnesium influx triggers neurotransmitter release.'), ['Magnesium']);
  });

  it('are schema-checked: a bad entry is reported with its place and the rest of the file still loads', () => {
    const { base: b, errors: e } = loadFactFiles([file('bad.facts.json', { relations: [{ lemma: 'spur', direction: 'sideways' }] })]);
    assert.ok(e.some((x) => x.pointer.startsWith('/relations/0')), JSON.stringify(e));
    assert.deepEqual(b.relations, []);
  });

  it('the fact-file schema defines relations exactly as server/language/schema/relations.schema.json does', () => {
    const facts = JSON.parse(readFileSync(join(ROOT, 'server', 'facts', 'schema', 'facts.schema.json'), 'utf8'));
    const relations = JSON.parse(readFileSync(join(ROOT, 'server', 'language', 'schema', 'relations.schema.json'), 'utf8'));
    for (const [name, def] of Object.entries(relations.definitions)) assert.deepEqual(facts.definitions[name], def, `definitions/${name} differs: copy it from relations.schema.json`);
    assert.deepEqual(facts.properties.relations.items, relations.properties.relations.items);
    assert.deepEqual(facts.properties.irregular.additionalProperties, relations.properties.irregular.additionalProperties);
  });
});
