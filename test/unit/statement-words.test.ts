/**
 * The words of statements about lab measures (server/language/statements.json): the file matches its schema, the schema
 * rejects malformed data, and every adverb and verb reads a measure as a dependable guide (judge/statements.ts).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newAjv } from '../../server/src/core/ajv';
import { errorRules } from '../helpers/findings';

const WORDS = join(__dirname, '..', '..', 'server', 'language');
const read = (p: string): unknown => JSON.parse(readFileSync(join(WORDS, p), 'utf8'));
const data = read('statements.json') as { guide: { adverbs: string[]; verbs: string[] }; power: { verbs: string[]; passive: string[] } };

describe('statement words (server/language/statements.json)', () => {
  const validate = newAjv({ allErrors: true, strict: true }).compile(read('schema/statements.schema.json') as object);

  it('matches its schema, and the schema rejects malformed data', () => {
    assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
    const broken = (change: (d: typeof data) => void): boolean => {
      const copy = JSON.parse(JSON.stringify(data)) as typeof data;
      change(copy);
      return validate(copy) as boolean;
    };
    assert.equal(broken((d) => d.guide.adverbs.push('{unclosed')), false, 'an unbalanced brace');
    assert.equal(broken((d) => d.guide.adverbs.push(d.guide.adverbs[0])), false, 'a duplicate');
    assert.equal(broken((d) => (d.guide.verbs = [])), false, 'an empty list');
    assert.equal(broken((d) => ((d.guide as Record<string, unknown>).nouns = ['x'])), false, 'an unknown list');
  });

  it('every adverb with a verb of the list reads serum magnesium as a guide to the stores; without the adverb it is not', () => {
    const verb = (t: string): string => (/^\{([^|}]+)/.exec(t)?.[1] ?? t);
    for (const adverb of data.guide.adverbs) {
      const md = `A clinic can use the serum magnesium to ${adverb} ${verb(data.guide.verbs[0])} the magnesium stores.`;
      assert.deepEqual(errorRules(md), ['contradicted-claim'], md);
    }
    for (const v of data.guide.verbs) {
      const md = `A clinic can use the serum magnesium to reliably ${verb(v)} the magnesium stores.`;
      assert.deepEqual(errorRules(md), ['contradicted-claim'], md);
      assert.deepEqual(errorRules(`A clinic can use the serum magnesium to ${verb(v)} the magnesium stores.`), [], v);
    }
  });

  it('every power verb links a source before the pump, every passive link the pump before its source', () => {
    const first = (t: string): string => t.replace(/\{([^|}]*)[^}]*\}/g, '$1');
    for (const v of data.power.verbs) {
      const md = `Calcium keeps up the gradient that ${first(v)} the SERCA pump.`;
      assert.deepEqual(errorRules(md), ['contradicted-claim'], md);
    }
    for (const v of data.power.passive) {
      const md = `The SERCA pump ${first(v)} the calcium gradient.`;
      assert.deepEqual(errorRules(md), ['contradicted-claim'], md);
      assert.deepEqual(errorRules(`The SERCA pump ${first(v)} ATP.`), [], v);
    }
  });
});
