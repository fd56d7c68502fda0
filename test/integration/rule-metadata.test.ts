/**
 * The rule modules are the one source of truth for each rule's id, description, default severity and docs page.
 * Everything else that states them must agree: package.json's settings, the configuration schema, the docs pages'
 * headers and the eval script's kinds. Fix a failure with `npm run rules:sync` (it rewrites package.json, the
 * schema and the docs headers from the modules), or by changing the module.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_KINDS } from '../../scripts/eval';
import { docsHeader, ruleSetting } from '../../scripts/rules-sync';
import { RULES } from '../../server/src/core';
import { ROOT } from '../helpers/paths';

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
/** Rules the corpora do not label, and why. */
const NOT_LABELLED: Record<string, string> = { 'unknown-citation-key': 'needs a bibliography file; corpus passages have none' };

describe('rule metadata: one source of truth (the rule modules)', () => {
  const pkgRules = json('package.json').contributes.configuration.properties['mineralClaims.rules'];
  const schemaRules = json('schemas/mineral-claims.schema.json').properties.rules;

  it('package.json has one setting per rule, in priority order, with the module\'s default severity', () => {
    assert.deepEqual(Object.keys(pkgRules.properties), RULES.map((r) => r.id));
    for (const r of RULES) {
      assert.equal(pkgRules.properties[r.id].default, r.defaultSeverity, `${r.id}: default severity in package.json differs from its module (npm run rules:sync)`);
      assert.equal(pkgRules.default[r.id], r.defaultSeverity, `${r.id}: mineralClaims.rules default in package.json differs from its module (npm run rules:sync)`);
    }
    assert.deepEqual(Object.keys(pkgRules.default), RULES.map((r) => r.id));
  });

  it('package.json settings carry the module\'s description and the severity choices', () => {
    for (const r of RULES) assert.deepEqual(pkgRules.properties[r.id], ruleSetting(r), `${r.id} (npm run rules:sync)`);
  });

  it('the configuration schema (.mineral-claims.json) has the same defaults', () => {
    assert.deepEqual(Object.keys(schemaRules.properties), RULES.map((r) => r.id));
    for (const r of RULES) assert.equal(schemaRules.properties[r.id].default, r.defaultSeverity, `${r.id} (npm run rules:sync)`);
  });

  it('every rule has its docs page, whose header states its id and default severity', () => {
    for (const r of RULES) {
      assert.equal(r.docs, `docs/rules/${r.id}.md`, `${r.id}: docs pages are shipped from docs/rules/<id>.md`);
      assert.ok(existsSync(join(ROOT, r.docs)), `${r.docs} is missing (npm run rules:sync starts it)`);
      assert.ok(readFileSync(join(ROOT, r.docs), 'utf8').startsWith(docsHeader(r)), `${r.docs}: header (npm run rules:sync)`);
    }
  });

  it('the eval script scores every labelled rule, in the rules\' priority order', () => {
    assert.deepEqual([...FINDING_KINDS], RULES.map((r) => r.id).filter((id) => !(id in NOT_LABELLED)));
  });
});
