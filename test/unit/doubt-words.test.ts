/**
 * Doubt words as data (server/language/doubt-words.json, compiled by server/src/core/language/doubt.ts for
 * judge/abstain.ts): the file validates against its schema, the schema rejects malformed lists, verbs listed by
 * lemma give exactly the forms the checks read (irregular ones from relations.json's table), and each compiled
 * pattern reads every word of its list.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newAjv } from '../../server/src/core/ajv';
import { DOUBT, DOUBT_WORDS } from '../../server/src/core/language/doubt';
import { verbWords } from '../../server/src/core/language/verbs';
import { ROOT } from '../helpers/paths';

const schema = JSON.parse(readFileSync(join(ROOT, 'server', 'language', 'schema', 'doubt-words.schema.json'), 'utf8'));
const validate = newAjv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const D = DOUBT_WORDS;

describe('doubt words (language/doubt-words.json)', () => {
  it('the built-in file validates against its schema, and the schema rejects malformed lists', () => {
    assert.ok(validate(D), JSON.stringify(validate.errors));
    assert.equal(validate({ ...D, hypothetical: ['Suppose'] }), false, 'upper case');
    assert.equal(validate({ ...D, jointly: ['and', 'and'] }), false, 'a duplicate');
    assert.equal(validate({ ...D, levelVerbs: [{ lemmas: ['raise'], forms: ['gerund'] }] }), false, 'an unknown verb form');
    assert.equal(validate({ ...D, levelVerbs: [{ lemmas: ['raises'], extra: true }] }), false, 'an unknown key in a verb group');
    assert.equal(validate({ ...D, typo: [] }), false, 'an unknown list');
    const { newClause: _, ...missing } = D;
    assert.equal(validate(missing), false, 'a missing list');
  });

  it('verbs listed by lemma give the forms the checks read, irregular ones from the table', () => {
    assert.deepEqual(verbWords(D.reportedBelief.passiveVerbs), ['believed', 'thought', 'assumed', 'held']);
    assert.deepEqual(verbWords(D.negatedReport.reportVerbs.slice(0, 1)), ['proven', 'proved', 'shown', 'established', 'demonstrated']);
    assert.deepEqual(verbWords([{ lemmas: ['mean', 'imply', 'say'], forms: ['base', '3sg'] }]), ['mean', 'means', 'imply', 'implies', 'say', 'says']);
    assert.deepEqual(verbWords([{ lemmas: ['tell', 'mean', 'make', 'let', 'add', 'lower'], forms: ['past', 'ing'] }]), [
      'told', 'telling', 'meant', 'meaning', 'made', 'making', 'let', 'letting', 'added', 'adding', 'lowered', 'lowering',
    ]);
    assert.deepEqual(verbWords([{ lemmas: ['point'], particle: 'to' }]), ['point to', 'points to', 'pointed to', 'pointing to']);
  });

  it('each check reads every word of its list', () => {
    for (const w of D.hypothetical) assert.ok(DOUBT.hypothetical.test(`So ${w} zinc blocks it.`), w);
    for (const w of D.reportedBelief.holders) assert.ok(DOUBT.reportedBelief.test(`${w} wrongly think zinc helps`), w);
    for (const w of verbWords(D.reportedBelief.verbs)) assert.ok(DOUBT.reportedBelief.test(`many ${w} zinc helps`), w);
    for (const w of verbWords(D.reportedBelief.passiveVerbs)) assert.ok(DOUBT.reportedBelief.test(`it is widely ${w} that`), w);
    for (const w of D.reportedBelief.beliefNouns) assert.ok(DOUBT.reportedBelief.test(`a popular ${w}`), w);
    for (const w of D.reportedBelief.phrases) assert.ok(DOUBT.reportedBelief.test(`as in ${w}`), w);
    for (const w of D.refuted.thatNouns) assert.ok(DOUBT.refuted.test(`the ${w} that zinc`), w);
    for (const w of D.refuted.mistakeNouns) for (const c of D.refuted.copulas) assert.ok(DOUBT.refuted.test(`it${c === 'is' || c === 'are' ? ' ' : ''}${c} a ${w}`), `${c} ${w}`);
    for (const w of D.refuted.leads) assert.ok(DOUBT.refutedLead.test(`three ${w}`), w);
    for (const w of D.agentLevel) assert.ok(DOUBT.agentLevel.test(`caused by ${w} `), w);
    for (const w of D.modifiedHeads) assert.ok(DOUBT.modifiedHead.test(`-${w} to zinc`), w);
    // "n't" is read only as a word of its own ("n't"): after a word ("isn't") \b does not hold. A known gap, kept
    // as it was when the words moved to data.
    for (const n of ['not', 'never']) for (const w of D.negatedDegree.degrees) assert.ok(DOUBT.negatedDegree.test(`it is ${n} ${w} cause`), `${n} ${w}`);
    for (const w of [...D.negatedReport.reports, ...verbWords(D.negatedReport.reportVerbs)]) assert.ok(DOUBT.complement.test(` been ${w} that zinc`), w);
    for (const w of D.relativeClause.pronouns) assert.equal([...`a gate ${w} opens`.matchAll(DOUBT.relative)].length, 1, w);
    for (const w of D.relativeClause.notAfter) assert.equal([...`${w} that it opens`.matchAll(DOUBT.relative)].length, 0, w);
    for (const w of D.relativeClause.copulas) assert.ok(DOUBT.copula.test(`zinc ${w} the one`), w);
    for (const w of D.jointly) assert.ok(DOUBT.jointly.test(` ${w} `), w);
    for (const w of [...D.notObjectLead.phrases, ...verbWords(D.notObjectLead.verbs)]) assert.ok(DOUBT.notObjectLead.test(w), w);
    for (const w of ['raise', 'raises', 'raised', 'raising', 'adds', 'elevating']) assert.ok(DOUBT.levelVerb.test(w), w);
    assert.equal(DOUBT.levelVerb.test('raiseed'), false);
    for (const w of D.newClause) assert.ok(DOUBT.newClause.test(`zinc ${w} iron`), w);
    for (const side of ['up', 'down', 'unknown'] as const) for (const w of D.modifiers[side]) assert.ok(DOUBT[`modifier${side === 'up' ? 'Up' : side === 'down' ? 'Down' : 'Unknown'}`].has(w), w);
  });
});
