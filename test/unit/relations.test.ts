/**
 * Relation words as data (server/language/relations.json): the file validates against its schema, word
 * forms are generated from the lemma by the English rules and the irregular table, and every generated
 * word is one the claim engine finds and reads with the entry's direction.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verbMatches } from '../../server/src/core/claims';
import { BUILT_IN_RELATIONS, braces, entryWords, relationWords, verbForms, type RelationEntry } from '../../server/src/core/language/relations';
import { newAjv } from '../../server/src/core/ajv';
import { RESULT_DOWN, RESULT_ONLY, RESULTATIVE_VERB } from '../../server/src/core/language/vocabulary';
import { verbWords, type VerbGroup } from '../../server/src/core/language/verbs';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'server', 'language', 'schema', 'relations.schema.json'), 'utf8'));
const validate = newAjv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

describe('relation words (language/relations.json)', () => {
  it('the built-in file validates against its schema, and the schema rejects malformed entries', () => {
    assert.ok(validate(BUILT_IN_RELATIONS), JSON.stringify(validate.errors));
    const bad: unknown[] = [
      { relations: [{ lemma: 'trigger' }] }, // no direction
      { relations: [{ lemma: 'trigger', phrase: 'due to', direction: 'up' }] }, // both a lemma and a phrase
      { relations: [{ phrase: 'due to', forms: ['past'], direction: 'up' }] }, // forms of a phrase
      { relations: [{ lemma: 'Trigger', direction: 'up' }] }, // not lower case
      { relations: [{ lemma: 'trigger', direction: 'sideways' }] },
      { relations: [{ lemma: 'trigger', direction: 'up', tense: 'past' }] }, // unknown key
      { irregular: { drive: { past: 'drove', future: 'will drive' } }, relations: [] },
    ];
    for (const b of bad) assert.equal(validate(b), false, JSON.stringify(b));
  });

  it('every {a|b} group of the data is closed and not nested', () => {
    for (const e of BUILT_IN_RELATIONS.relations) {
      for (const w of [e.lemma, e.phrase, e.particle]) {
        if (w === undefined) continue;
        assert.match(w, /^[^{}]*(?:\{[^{}]*\}[^{}]*)*$/, w);
      }
    }
  });

  it('generates regular forms by the English spelling rules', () => {
    const forms = (lemma: string) => (['base', '3sg', 'past', 'ing'] as const).map((f) => verbForms(lemma, f).join('/'));
    assert.deepEqual(forms('trigger'), ['trigger', 'triggers', 'triggered', 'triggering']);
    assert.deepEqual(forms('cause'), ['cause', 'causes', 'caused', 'causing']);
    assert.deepEqual(forms('stop'), ['stop', 'stops', 'stopped', 'stopping']);
    assert.deepEqual(forms('plug'), ['plug', 'plugs', 'plugged', 'plugging']);
    assert.deepEqual(forms('amplify'), ['amplify', 'amplifies', 'amplified', 'amplifying']);
    assert.deepEqual(forms('suppress'), ['suppress', 'suppresses', 'suppressed', 'suppressing']);
    assert.deepEqual(forms('switch'), ['switch', 'switches', 'switched', 'switching']);
    assert.deepEqual(forms('free'), ['free', 'frees', 'freed', 'freeing']);
    assert.deepEqual(forms('display'), ['display', 'displays', 'displayed', 'displaying']);
    assert.deepEqual(forms('limit'), ['limit', 'limits', 'limited', 'limiting']);
    assert.deepEqual(forms('underlie'), ['underlie', 'underlies', 'underlied', 'underlying']);
  });

  it('takes irregular forms from the table, the participle defaulting to the past', () => {
    const irregular = BUILT_IN_RELATIONS.irregular;
    assert.deepEqual(verbForms('drive', 'past', irregular), ['drove']);
    assert.deepEqual(verbForms('drive', 'participle', irregular), ['driven']);
    assert.deepEqual(verbForms('hold', 'participle', irregular), ['held']);
    assert.deepEqual(verbForms('drive', 'ing', irregular), ['driving']);
    assert.deepEqual(verbForms('fuel', 'past', irregular), ['fuelled', 'fueled']);
  });

  it('builds words from particles, voice, adverbs and {a|b} alternatives', () => {
    const irregular = BUILT_IN_RELATIONS.irregular;
    const words = (e: Omit<RelationEntry, 'direction'>) => entryWords({ direction: 'up', ...e }, irregular).sort();
    assert.deepEqual(braces('{is|are} {a|b} x'), ['is a x', 'is b x', 'are a x', 'are b x']);
    assert.deepEqual(words({ lemma: 'lead', particle: 'to' }), ['lead to', 'leading to', 'leads to', 'led to']);
    assert.deepEqual(words({ lemma: 'bring', particle: 'on', voice: 'passive' }), ['brought on by']);
    assert.deepEqual(words({ lemma: 'scale', particle: 'with', adverbs: ['steeply'], forms: ['3sg'] }), ['scales steeply with', 'scales with']);
    assert.deepEqual(words({ phrase: '{typical|characteristic} of' }), ['characteristic of', 'typical of']);
    // The passive reads effect-cause unless the entry says otherwise.
    const [w] = relationWords([{ relations: [{ lemma: 'cause', voice: 'passive', direction: 'up' }] }]);
    assert.deepEqual(w, { text: 'caused by', direction: 'up', order: 'effect-cause' });
  });

  it('resultatives: verbs by lemma, and the result words that make them lower', () => {
    const R = (BUILT_IN_RELATIONS as unknown as { resultatives: { verbs: VerbGroup[]; resultOnly: VerbGroup[]; degrees: string[]; down: string[] } }).resultatives;
    assert.deepEqual(verbWords(R.resultOnly), ['hold', 'holds', 'held', 'holding', 'spare', 'spares', 'spared', 'sparing', 'leave', 'leaves']);
    for (const w of verbWords(R.verbs)) assert.ok(RESULTATIVE_VERB.test(w), w);
    for (const w of ['kept', 'left', 'made', 'leaving']) assert.equal(RESULT_ONLY.test(w), false, w);
    for (const w of R.down) assert.ok(RESULT_DOWN.test(` ${R.degrees[0]} ${w}.`), w);
    for (const w of R.degrees) assert.ok(RESULT_DOWN.test(` ${w} quieter`), w);
  });

  it('no word has two meanings in the built-in data (a repeated word would silently keep its first)', () => {
    const seen = new Map<string, string>();
    const irregular = BUILT_IN_RELATIONS.irregular;
    const conflicts: string[] = [];
    for (const e of BUILT_IN_RELATIONS.relations) {
      const meaning = `${e.direction} ${e.order ?? (e.voice === 'passive' ? 'effect-cause' : 'cause-effect')} ${e.role ?? ''}`;
      for (const t of entryWords(e, irregular)) {
        const before = seen.get(t);
        if (before !== undefined && before !== meaning) conflicts.push(`${t}: ${before} / ${meaning}`);
        seen.set(t, meaning);
      }
    }
    assert.deepEqual(conflicts, []);
  });

  it('the claim engine finds every generated word as a whole relation word', () => {
    const missed: string[] = [];
    for (const w of relationWords([BUILT_IN_RELATIONS])) {
      const text = `Calcium ${w.text} release.`;
      const found = verbMatches(text).map((m) => m[0].toLowerCase());
      if (!found.includes(w.text)) missed.push(`${w.text} → ${found.join(', ')}`);
    }
    assert.deepEqual(missed, []);
  });
});
