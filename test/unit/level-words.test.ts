/**
 * Level words as data (server/language/level-words.json, compiled by server/src/core/language/levels.ts): the file
 * validates against its schema, and the checker reads every listed word as the level it is listed under.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClaimChecker } from '../../server/src/core';
import { newAjv } from '../../server/src/core/ajv';
import { AGENT_LOW_AFTER, AGENT_LOW_BEFORE, ARRIVING_AFTER, LEVEL_LEAD, LEVEL_WORDS, LOST_BEFORE, PUMP_BACK } from '../../server/src/core/language/levels';
import { verbWords } from '../../server/src/core/language/verbs';
import { ROOT } from '../helpers/paths';

const schema = JSON.parse(readFileSync(join(ROOT, 'server', 'language', 'schema', 'level-words.schema.json'), 'utf8'));
const validate = newAjv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const lexicon = createClaimChecker().lexicon;
/** The level of the first magnesium mention of a text. */
const levelOf = (text: string) => lexicon.findMentions(text).find((m) => m.mineral === 'magnesium')?.level;

describe('level words (language/level-words.json)', () => {
  it('the built-in file validates against its schema, and the schema rejects malformed lists', () => {
    assert.ok(validate(LEVEL_WORDS), JSON.stringify(validate.errors));
    assert.equal(validate({ ...LEVEL_WORDS, lost: { before: ['Absent'], modifiers: ['the'] } }), false);
    assert.equal(validate({ ...LEVEL_WORDS, changeVerbs: { up: [{ lemmas: ['raise'], forms: ['infinitive'] }], down: LEVEL_WORDS.changeVerbs.down } }), false);
    assert.equal(validate({ ...LEVEL_WORDS, low: { ...LEVEL_WORDS.low, beyondNormal: { linking: ['is'], word: 'under' } } }), false);
  });

  it('every word before a mineral gives its level, with the listed places in between', () => {
    for (const side of ['low', 'high'] as const) {
      const words = LEVEL_WORDS[side];
      for (const w of words.before) assert.equal(levelOf(`Patients with ${w} magnesium`), side, w);
      for (const place of words.places) assert.equal(levelOf(`Patients with ${words.before[0]} ${place} magnesium`), side, place);
    }
  });

  it('every noun, change verb and predicate after a mineral gives its level', () => {
    for (const side of ['low', 'high'] as const) {
      const words = LEVEL_WORDS[side];
      for (const w of words.afterNouns) assert.equal(levelOf(`Magnesium ${w} matters.`), side, w);
      for (const w of words.afterVerbs) assert.equal(levelOf(`When magnesium ${w}, reflexes change.`), side, w);
      for (const w of words.linking) assert.equal(levelOf(`If magnesium ${w} ${words.predicates[0]}, reflexes change.`), side, w);
      assert.equal(levelOf(`Serum magnesium ${words.beyondNormal.linking[0]} ${words.beyondNormal.word} the normal range.`), side);
    }
    assert.equal(levelOf('A magnesium-free bath.'), 'low');
    assert.equal(levelOf('Magnesium was infused.'), 'high');
  });

  it('a target named as lost: every word before it', () => {
    for (const w of LEVEL_WORDS.lost.before) assert.ok(LOST_BEFORE.test(`${w} deep tendon `), w);
    assert.equal(LOST_BEFORE.test('lost them quickly '), false);
  });

  it('change verbs, listed by lemma, set the level of what follows them; agent words make an agent low', () => {
    assert.deepEqual(verbWords(LEVEL_WORDS.changeVerbs.up).slice(0, 4), ['raising', 'raise', 'raises', 'raised']);
    assert.deepEqual(verbWords(LEVEL_WORDS.changeVerbs.down).slice(-4), ['depleting', 'depleted', 'removing', 'removed']);
    for (const [side, group] of [['up', 1], ['down', 2]] as const) {
      for (const w of verbWords(LEVEL_WORDS.changeVerbs[side])) assert.ok(LEVEL_LEAD.exec(`by ${w} `)?.[group], w);
    }
    assert.equal(LEVEL_LEAD.test('by raiseing '), false);
    for (const w of LEVEL_WORDS.agentLow.before) assert.ok(AGENT_LOW_BEFORE.test(`with ${w} circulating `), w);
    for (const w of LEVEL_WORDS.agentLow.after) assert.ok(AGENT_LOW_AFTER.test(` ${w} of it`), w);
  });

  it('removal and arrival words make a mineral low or high', () => {
    assert.deepEqual(verbWords(LEVEL_WORDS.removal.backVerbs).slice(-3), ['carries', 'carrying', 'carried']);
    for (const w of verbWords(LEVEL_WORDS.removal.verbs)) assert.equal(levelOf(`Then ${w} magnesium out of the cell.`), 'low', w);
    for (const w of verbWords(LEVEL_WORDS.removal.backVerbs)) assert.ok(PUMP_BACK.test(`SERCA ${w} the `), w);
    for (const w of LEVEL_WORDS.arrival.before) assert.equal(levelOf(`It relaxes ${w} magnesium rushes into the cell.`), 'high', w);
    for (const w of verbWords(LEVEL_WORDS.arrival.verbs)) assert.equal(ARRIVING_AFTER.exec(` ${w} back into it`)?.[0], ` ${w} back into`, w);
    assert.ok(verbWords(LEVEL_WORDS.removal.verbs).includes('took') && !verbWords(LEVEL_WORDS.removal.backVerbs).includes('carry'));
  });
});
