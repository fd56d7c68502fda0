/**
 * Relation shapes (server/src/core/shapes): each shape of the registry, and the relation words read in claims.ts,
 * has a table of sentences and the claims read from them in the compact notation of `claimNotation`
 * ("calcium(low) up excitability"), in test/fixtures/shapes/<id>.txt. A row of a registry shape must depend on
 * that shape: with the shape switched off, the sentence reads differently.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClaimChecker } from '../../server/src/core';
import { SHAPES } from '../../server/src/core/shapes';
import { claimNotation, type RelationShape } from '../../server/src/core/shapes/shape';
import { ROOT } from '../helpers/paths';

const DIR = join(ROOT, 'test', 'fixtures', 'shapes');
/** The claims read in a one-sentence document, in notation (a fresh checker: a checker keeps what it read). */
function reading(sentence: string): string[] {
  return createClaimChecker().analyze(sentence).sentences.flatMap((s) => s.claims.map(claimNotation));
}

/** Rows of a fixture file: "sentence => claim; claim" (an empty right side: no claim), "#" comments; "\\n" in a sentence is a line break. */
function rows(id: string): { sentence: string; expected: string[]; line: number }[] {
  return readFileSync(join(DIR, `${id}.txt`), 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((r) => r.text && !r.text.startsWith('#'))
    .map(({ text, line }) => {
      const [sentence, right] = text.split(' => ');
      assert.ok(right !== undefined, `${id}.txt:${line}: no " => "`);
      return { sentence: sentence.replace(/\\n/g, '\n'), expected: right.split(';').map((x) => x.trim()).filter(Boolean), line };
    });
}

/** The reading with one shape switched off. */
function without(shape: RelationShape, sentence: string): string[] {
  const extract = shape.extract;
  shape.extract = () => [];
  try {
    return reading(sentence);
  } finally {
    shape.extract = extract;
  }
}

describe('relation shapes (registry and fixtures)', function () {
  this.timeout(60_000);
  it('the registry is in order, ids are unique, and every shape (and relation-word) has a fixture file and no file is left over', () => {
    assert.deepEqual(SHAPES.map((s) => s.order), [...SHAPES.map((s) => s.order)].sort((a, b) => a - b));
    const ids = ['relation-word', ...SHAPES.map((s) => s.id)];
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.ok(existsSync(join(DIR, `${id}.txt`)), `missing test/fixtures/shapes/${id}.txt`);
    assert.deepEqual(readdirSync(DIR).filter((f) => !ids.includes(f.replace(/\.txt$/, ''))), []);
  });

  for (const id of ['relation-word', ...SHAPES.map((s) => s.id)]) {
    it(`${id}: every fixture row reads as written${id === 'relation-word' ? '' : ', and only because of this shape'}`, () => {
      const shape = SHAPES.find((s) => s.id === id);
      const table = rows(id);
      assert.ok(table.length >= 2, 'at least two rows');
      for (const r of table) {
        assert.deepEqual(reading(r.sentence), r.expected, `${id}.txt:${r.line}: ${r.sentence}`);
        if (shape) assert.notDeepEqual(without(shape, r.sentence), r.expected, `${id}.txt:${r.line} reads the same without the shape: move it to the shape that reads it`);
      }
      for (const example of shape?.examples ?? []) assert.ok(reading(example).length > 0, `example reads no claim: ${example}`);
    });
  }
});
