/**
 * The word data of citation and genre detection (server/language/{citations,genres}.json): each file matches its JSON Schema,
 * the schemas reject malformed data, and phrase templates compile to the patterns they describe.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newAjv } from '../../server/src/core/ajv';
import { REPORTING_VERB_FORMS } from '../../server/src/core/language/lists';
import { alternation, phraseSource } from '../../server/src/core/language/phrases';
import { dataTemplates, WORD_FILES } from '../helpers/language-data';

const WORDS = join(__dirname, '..', '..', 'server', 'language');
const read = (p: string): unknown => JSON.parse(readFileSync(join(WORDS, p), 'utf8'));
const validator = (name: string) => newAjv({ allErrors: true, strict: true }).compile(read(`schema/${name}.schema.json`) as object);

describe('word data (server/language)', () => {
  for (const name of WORD_FILES) {
    it(`${name}.json matches its schema`, () => {
      const validate = validator(name);
      assert.ok(validate(read(`${name}.json`)), JSON.stringify(validate.errors, null, 2));
    });

    it(`${name}.json: every template compiles`, () => {
      const all = dataTemplates(name);
      assert.ok(all.length > 50, `only ${all.length} templates found`);
      for (const t of all) assert.doesNotThrow(() => new RegExp(phraseSource(t), 'iu'), t);
    });
  }

  it('reporting verbs listed by lemma give their forms, irregular ones from the table of relations.json', () => {
    const forms = new Set(REPORTING_VERB_FORMS);
    for (const f of ['show', 'shows', 'shown', 'showed', 'proved', 'proven', 'found', 'said', 'says', 'told us', 'points to', 'identifies', 'identified', 'agreed', 'teaches', 'backs this up', 'have long known']) {
      assert.ok(forms.has(f), f);
    }
    for (const f of ['finded', 'sayed', 'telled us', 'showen', 'identifyed', 'knows']) assert.ok(!forms.has(f), f);
    assert.equal(forms.size, REPORTING_VERB_FORMS.length, 'a form listed twice');
  });

  it('the schemas reject malformed data', () => {
    const genres = read('genres.json') as Record<string, Record<string, string[]>>;
    const validate = validator('genres');
    const broken = (change: (g: Record<string, Record<string, string[]>>) => void): boolean => {
      const copy = JSON.parse(JSON.stringify(genres)) as Record<string, Record<string, string[]>>;
      change(copy);
      return validate(copy);
    };
    assert.equal(broken((g) => g.fluff.phrases.push('{unclosed')), false, 'an unbalanced brace');
    assert.equal(broken((g) => g.fluff.phrases.push('{a|{b}}')), false, 'a nested group');
    assert.equal(broken((g) => g.fluff.phrases.push('hands down')), false, 'a duplicate');
    assert.equal(broken((g) => (g.fluff.typo = ['x'])), false, 'an unknown list');
    assert.equal(broken((g) => delete (g as Record<string, unknown>).caption), false, 'a missing genre');
    const citations = read('citations.json') as { sites: { vagueSources: unknown[] } };
    const verbs = read('citations.json') as { evidence: { reportingVerbs: unknown[] } };
    verbs.evidence.reportingVerbs.push({ lemmas: ['show'], forms: ['perfect'] });
    assert.equal(validator('citations')(verbs), false, 'an unknown verb form');
    verbs.evidence.reportingVerbs.splice(-1, 1, { lemmas: ['Show'], forms: ['base'] });
    assert.equal(validator('citations')(verbs), false, 'a lemma in upper case');
    citations.sites.vagueSources.push(3);
    assert.equal(validator('citations')(citations), false, 'a number among the names');
  });
});

describe('phrase templates', () => {
  const matches = (template: string, text: string) => new RegExp(`^${phraseSource(template)}$`, 'iu').test(text);
  const cases: [string, string[], string[]][] = [
    ['rich in', ['rich in', 'rich   in', 'Rich\nin'], ['richin', 'rich on']],
    ['{our|the} {very|} best pick', ['our best pick', 'the very best pick'], ['very best pick', 'our very pick']],
    ['{the|} data', ['data', 'the data'], ['thedata']],
    ['look {up|}', ['look', 'look up'], ['look  down']],
    ['top{-| }rated', ['top-rated', 'top rated'], ['toprated']],
    ['top-rated', ['top-rated'], ['top rated']],
    ["don't stop", ["don't stop", 'don’t stop'], ['dont stop']],
    ['fig. #', ['fig. 3', 'fig.12b', 'Fig. 4'], ['fig. x', 'fig 3']],
    ['the word * comes from', ['the word "salt" comes from', 'the word calx comes from'], ['the word comes from']],
    ['recogni{s|z}ed', ['recognised', 'recognized'], ['recognied']],
    ['gumm*', ['gummies', 'gummy'], ['gumm']],
    ['q&a (part)', ['q&a (part)'], ['q&a part']],
  ];
  for (const [template, yes, no] of cases) {
    it(`"${template}"`, () => {
      for (const t of yes) assert.ok(matches(template, t), `should match "${t}": /${phraseSource(template)}/`);
      for (const t of no) assert.ok(!matches(template, t), `should not match "${t}": /${phraseSource(template)}/`);
    });
  }

  it('alternation keeps the order given', () => {
    assert.equal(alternation(['a b', 'c']), '(?:a\\s+b|c)');
  });
});
