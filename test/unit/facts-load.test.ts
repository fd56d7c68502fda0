import { strict as assert } from 'node:assert';
import { ROOT } from '../helpers/paths';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClaimChecker } from '../../server/src/core';
import { builtInFactBase } from '../../server/src/core/facts/factbase';
import { formatFactFileError, loadFactFiles, parseFactFile } from '../../server/src/core/facts/load';

const example = join(ROOT, 'examples', 'facts', 'sodium-potassium.facts.json');
const dir = mkdtempSync(join(tmpdir(), 'mc-facts-'));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}
const builtInCount = builtInFactBase().facts.length;
const fact = (over: Record<string, unknown> = {}) => ({
  id: 'X1',
  title: 'A house fact',
  minerals: ['calcium'],
  terms: ['house term'],
  statement: 'Calcium does a house thing.',
  explanation: 'Because of the house reasons.',
  references: ['bers2002'],
  ...over,
});

describe('user fact files', () => {
  it('merge over the built-ins: add facts, override a fact by id, add references', () => {
    const f = file('house.facts.json', {
      facts: [fact(), { ...builtInFactBase().factById.get('F12')!, explanation: 'Our house explanation of hypercalcaemia.' }, fact({ id: 'X2', references: ['house2020'] })],
      references: [{ id: 'house2020', type: 'article-journal', title: 'A house reference', DOI: '10.1234/house.2020', verified: true }],
    });
    const { base, errors } = loadFactFiles([f]);
    assert.deepEqual(errors, []);
    assert.equal(base.facts.length, builtInCount + 2);
    assert.equal(base.factById.get('F12')?.explanation, 'Our house explanation of hypercalcaemia.');
    assert.equal(base.references.get('house2020')?.DOI, '10.1234/house.2020');
    assert.equal(builtInFactBase().factById.get('F12')?.explanation.startsWith('Hypercalcaemia depresses'), true, 'built-ins untouched');
  });

  it('a schema error gives one clear message per problem (file, JSON pointer, what is wrong) and the built-ins keep working', () => {
    const f = file('broken.facts.json', {
      facts: [fact({ roles: [{ agent: 'calcium', action: 'upwards', target: 'transmitter-release' }], colour: 'red' }), { id: 'X3', title: 'No statement' }],
    });
    const { base, errors } = loadFactFiles([f]);
    const lines = errors.map(formatFactFileError);
    assert.deepEqual(lines, [
      `${f} /facts/0/colour: unexpected property "colour"`,
      `${f} /facts/0/roles/0/action: must be one of "up", "down" (got "upwards")`,
      `${f} /facts/1: missing required property "minerals"`,
      `${f} /facts/1: missing required property "terms"`,
      `${f} /facts/1: missing required property "statement"`,
      `${f} /facts/1: missing required property "explanation"`,
      `${f} /facts/1: missing required property "references"`,
    ]);
    assert.equal(base.facts.length, builtInCount);
    const checker = createClaimChecker({ facts: base });
    assert.ok(checker.check('Magnesium influx triggers neurotransmitter release.').some((x) => x.ruleId === 'reversed-role'));
  });

  it('reports invalid JSON with line and column, unreadable files, and still loads the good files', () => {
    const bad = file('bad-json.facts.json', '{\n  "facts": [\n    { "id": "X1", }\n  ]\n}\n');
    const good = file('good.facts.json', { facts: [fact()] });
    const missing = join(dir, 'missing.facts.json');
    const { base, errors } = loadFactFiles([bad, missing, good]);
    assert.equal(errors.length, 2);
    assert.equal(errors[0].file, bad);
    assert.equal(errors[0].pointer, '');
    assert.match(errors[0].message, /^not valid JSON: .+ \(line 3, column \d+\)$/);
    assert.equal(errors[1].file, missing);
    assert.match(errors[1].message, /^cannot read the file: .*ENOENT/);
    assert.ok(base.factById.has('X1'));
  });

  it('drops a fact whose ids do not resolve (keeping the built-in it would override) and says where', () => {
    const f = file('dangling.facts.json', {
      facts: [
        { ...builtInFactBase().factById.get('F05')!, references: ['nowhere2021'] },
        fact({ id: 'X4', references: ['iseri1984'], roles: [{ agent: 'calcium', action: 'up', target: 'no-such-target' }] }),
        fact({ id: 'X5' }),
      ],
    });
    const { base, errors } = loadFactFiles([f]);
    assert.deepEqual(
      errors.map((e) => `${e.pointer}: ${e.message}`),
      [
        '/facts/0/references/0: unknown reference "nowhere2021": add it to "references" in this or another fact file',
        '/facts/1/references/0: reference "iseri1984" is unverified (recognise-only) and cannot support a fact',
        '/facts/1/roles/0/target: unknown target "no-such-target"',
      ],
    );
    assert.deepEqual(base.factById.get('F05')?.references, ['nowak1984', 'mayer1984']);
    assert.ok(!base.factById.has('X4'));
    assert.ok(base.factById.has('X5'));
  });

  it('a ranking in a user file is schema-checked, and one place given to two ions is rejected', () => {
    const places = [{ ion: 'potassium', rank: 1 }, { ion: 'calcium', rank: 1 }];
    const f = file('rank.facts.json', { facts: [fact({ id: 'X6', rankings: [{ quantity: 'abundance', among: 'cation', compartment: 'intracellular', places }] })] });
    const { errors } = loadFactFiles([f]);
    assert.deepEqual(errors.map((e) => `${e.pointer}: ${e.message}`), ['/facts/0/rankings/0/places/1/rank: rank 1 is given to both "potassium" and "calcium"']);
    const bad = file('rank2.facts.json', { facts: [fact({ id: 'X7', rankings: [{ quantity: 'abundance', among: 'cation', compartment: 'cytosol', places }] })] });
    assert.ok(loadFactFiles([bad]).errors.some((e) => e.pointer.includes('/rankings/0/compartment')));
  });

  it('never executes a fact file: JavaScript is just invalid JSON', () => {
    const f = file('evil.facts.json', 'module.exports = (() => { globalThis.__pwned = true; return {}; })()');
    const { errors } = loadFactFiles([f]);
    assert.equal(errors.length, 1);
    assert.equal((globalThis as { __pwned?: boolean }).__pwned, undefined);
  });

  it('unverified references in a user file are recognised but never insertable', () => {
    const { data, errors } = parseFactFile(JSON.stringify({ unverifiedReferences: [{ id: 'rumour1999', type: 'article-journal', title: 'A rumour' }] }), 'x.json');
    assert.deepEqual(errors, []);
    const { base } = loadFactFiles(['x.json'], { readFile: () => JSON.stringify(data) });
    assert.ok(base.recognised.has('rumour1999'));
    assert.ok(!base.references.has('rumour1999'));
  });
});

describe('example: a second antagonist pair purely as data (sodium/potassium)', () => {
  const { base, errors } = loadFactFiles([example]);
  const checker = createClaimChecker({ facts: base });

  it('loads without errors and adds the minerals, targets, facts and reference', () => {
    assert.deepEqual(errors, []);
    assert.ok(base.mineralById.has('sodium') && base.mineralById.has('potassium'));
    assert.ok(base.targetById.has('depolarisation') && base.targetById.has('repolarisation'));
    assert.equal(base.references.get('hodgkin1952')?.DOI, '10.1113/jphysiol.1952.sp004764');
  });

  it('the existing reversed-role rule flags the swapped Na/K sentence and offers the swap', () => {
    const md = 'Potassium influx drives the depolarisation of the action potential.';
    const [f] = checker.check(md).filter((x) => x.ruleId === 'reversed-role');
    assert.ok(f, 'reversed-role finding');
    assert.equal(md.slice(f.start, f.end), 'Potassium');
    assert.deepEqual(f.factIds, ['NaK01']);
    assert.equal(f.fixes?.[0].edits[0].newText, 'Sodium');
    const k = 'Sodium efflux triggers repolarisation of the membrane.';
    assert.equal(checker.check(k).find((x) => x.ruleId === 'reversed-role')?.fixes?.[0].edits[0].newText, 'Potassium');
  });

  it('leaves the correct sentences alone, and the built-in facts keep working beside them', () => {
    const ok = 'Sodium influx drives the depolarisation of the action potential [@hodgkin1952].';
    assert.deepEqual(checker.check(ok).filter((x) => x.ruleId === 'reversed-role' || x.ruleId === 'contradicted-claim'), []);
    assert.ok(checker.check('Magnesium influx triggers neurotransmitter release.').some((x) => x.ruleId === 'reversed-role'));
    assert.deepEqual(createClaimChecker().check('Potassium influx drives the depolarisation of the action potential.').filter((x) => x.ruleId === 'reversed-role'), []);
  });
});
