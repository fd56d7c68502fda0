/**
 * Function words as data (server/language/function-words.json, compiled by server/src/core/language/words.ts):
 * the file validates against its schema, and each compiled pattern reads the words of its list — with the
 * exceptions the data gives ("not enough" is no negation, "because of" no clause break).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newAjv } from '../../server/src/core/ajv';
import { CLAUSE_BREAK, CONTRASTED, FUNCTION_WORDS, HEDGE, NEGATION_WORD, PRONOUN, REJECTED_AFTER_VERB, negatedBefore, BEARER_WITH, FRONTED_LEAD, HEAD_OF, OBJECT_BEFORE } from '../../server/src/core/language/words';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'server', 'language', 'schema', 'function-words.schema.json'), 'utf8'));
const validate = newAjv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const breaks = (s: string) => [...s.matchAll(CLAUSE_BREAK)].map((m) => m[0]);

describe('function words (language/function-words.json)', () => {
  it('the built-in file validates against its schema, and the schema rejects malformed lists', () => {
    assert.ok(validate(FUNCTION_WORDS), JSON.stringify(validate.errors));
    assert.equal(validate({ ...FUNCTION_WORDS, hedges: { words: ['May'], stems: [] } }), false);
    assert.equal(validate({ ...FUNCTION_WORDS, pronouns: { personal: ['it', 'it'], demonstrative: ['this'], anaphoricNouns: ['influx'] } }), false);
    assert.equal(validate({ ...FUNCTION_WORDS, extra: {} }), false);
  });

  it('every negation word negates a verb right after it; "not enough" does not', () => {
    for (const w of FUNCTION_WORDS.negation.words) assert.ok(negatedBefore(`Zinc ${w} `), w);
    for (const w of FUNCTION_WORDS.negation.notNegatingBefore.not) assert.equal(negatedBefore(`with not ${w} `), false, w);
    assert.equal(negatedBefore('Never, in any study, has it been shown that zinc '), false, 'a comma ends the negation');
    NEGATION_WORD.lastIndex = 0;
  });

  it('hedges, contrast and pronouns come from the lists', () => {
    for (const w of FUNCTION_WORDS.hedges.words) assert.ok(HEDGE.test(`zinc ${w} help`), w);
    assert.ok(HEDGE.test('it was hypothesised that zinc helps'));
    for (const w of FUNCTION_WORDS.contrast.rejectedAfter) assert.ok(REJECTED_AFTER_VERB.test(`slows it ${w} zinc`), w);
    for (const w of FUNCTION_WORDS.contrast.before) assert.ok(CONTRASTED.test(`${w} the `), w);
    const found = [...'It rises; this sudden influx of them matters, and such excess too.'.matchAll(PRONOUN)].map((m) => m[1]);
    assert.deepEqual(found, ['It', 'this sudden influx', 'such excess']);
  });

  it('clause breaks: conjunctions after a comma or between spaces, temporal ones before a subject', () => {
    assert.deepEqual(breaks('zinc rises, while iron falls'), [', while']);
    assert.deepEqual(breaks('zinc rises, because of iron'), [], '"because of" is no clause break');
    assert.deepEqual(breaks('zinc rises because iron falls'), [' because ']);
    assert.deepEqual(breaks('zinc rises as the cell fills'), [' as ']);
    assert.deepEqual(breaks('the block grows stronger as the cell fills'), [], 'not after a word of temporalNotAfter');
    assert.deepEqual(breaks('zinc rises as iron falls'), [], 'a temporal word needs a subject word after it');
    assert.deepEqual(breaks('zinc rises; iron falls'), [';']);
  });

  it('mention roles: an object after a preposition, unless a head noun or a bearer makes it the actor; a fronted condition', () => {
    const R = FUNCTION_WORDS.mentionRoles;
    for (const w of R.objectPrepositions) for (const m of ['', ...R.objectModifiers.map((x) => `${x} `)]) assert.ok(OBJECT_BEFORE.test(`zinc competes ${w} ${m}`), `${w} ${m}`);
    assert.equal(OBJECT_BEFORE.test('zinc and '), false);
    for (const w of R.headNouns) assert.ok(HEAD_OF.test(`the ${w} of the `), w);
    for (const w of R.bearers) assert.ok(BEARER_WITH.test(`${w} with severe `), w);
    for (const w of R.frontedLeads) assert.equal(FRONTED_LEAD.exec(`${w} chronic `)?.[0], `${w} chronic `, w);
    assert.equal(validate({ ...FUNCTION_WORDS, mentionRoles: { ...R, bearers: ['Patients'] } }), false);
  });
});
