import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { factsCommand, factsJson, type FactsJson } from '../../server/src/cli/facts';
import { run } from '../../server/src/cli/main';
import { createClaimChecker } from '../../server/src/core';
import { builtInFactBase, builtInFactFiles, factsByTopic, OTHER_TOPIC } from '../../server/src/core/facts/factbase';
import { factBaseMarkdown } from '../../server/src/lsp/requests';
import { unresolved, validateFactFile } from '../../server/src/core/facts/load';
import type { CslItem, FactFile } from '../../server/src/core/facts/types';
import { FACTS_DOC, renderFactsDoc } from '../../scripts/gen-facts-doc';
import { ROOT, SHARED } from '../helpers/paths';

const sharedRefs = join(SHARED, 'facts', 'references.json');
const base = builtInFactBase();

function runFacts(args: string[]) {
  let out = '';
  let err = '';
  const code = factsCommand(args, { out: (s) => (out += s), err: (s) => (err += s) }, base);
  return { code, out, err };
}

/** Every string anywhere in a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('fact base data', () => {
  it('validates against the shipped JSON Schema (built-in files and the example)', () => {
    for (const name of ['vocabulary', 'facts', 'references']) {
      const data = JSON.parse(readFileSync(join(ROOT, 'server', 'facts', `${name}.json`), 'utf8')) as unknown;
      assert.deepEqual(validateFactFile(data), [], `server/facts/${name}.json`);
    }
    const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'facts', 'sodium-potassium.facts.json'), 'utf8')) as unknown;
    assert.deepEqual(validateFactFile(example), []);
  });

  it('registers the schema for *.facts.json in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string | string[]; url: string }[] } };
    const entry = pkg.contributes.jsonValidation.find((j) => [j.fileMatch].flat().includes('*.facts.json'));
    assert.ok(entry, 'jsonValidation entry for *.facts.json');
    assert.ok(existsSync(join(ROOT, entry.url)), entry.url);
  });

  it('has all 36 facts of the shared claims list and at least 40 in all, each with a verified reference', () => {
    for (let i = 1; i <= 36; i++) assert.ok(base.factById.has(`F${String(i).padStart(2, '0')}`), `F${i}`);
    assert.ok(base.facts.length >= 40, `${base.facts.length} facts`);
    for (const f of base.facts) {
      assert.ok(f.references.length >= 1, `${f.id} has no reference`);
      for (const id of f.references) assert.equal(base.references.get(id)?.verified, true, `${f.id} cites ${id}, which is not a verified reference`);
    }
  });

  it('resolves every mineral, target, agent and reference id a fact uses', () => {
    for (const f of base.facts) assert.deepEqual(unresolved(f, base), [], f.id);
    for (const t of base.targets) if (t.implies) assert.ok(base.targetById.has(t.implies.target), `${t.id} implies unknown ${t.implies.target}`);
  });

  it('keeps mineral and target ids apart and maps each term to one target', () => {
    for (const m of base.minerals) assert.ok(!base.targetById.has(m.id), `${m.id} is both a mineral and a target`);
    const owner = new Map<string, string>();
    for (const t of base.targets)
      for (const term of t.terms) {
        assert.ok(!owner.has(term) || owner.get(term) === t.id, `"${term}" belongs to ${owner.get(term)} and ${t.id}`);
        owner.set(term, t.id);
      }
  });

  it('marks the mixed claims as mixed and says so in their explanations', () => {
    for (const id of ['F09', 'F10', 'F20', 'F30', 'F33']) assert.equal(base.factById.get(id)?.mixed, true, id);
    for (const f of base.facts.filter((x) => x.mixed)) assert.match(f.explanation, /\bmixed\b/i, f.id);
  });

  it('keeps recognise-only references out of the insertable list', () => {
    for (const id of ['delcastillo1954', 'frankenhaeuser1957', 'jenkinson1957', 'iseri1984', 'katz1968']) {
      assert.ok(base.recognised.has(id), `${id} recognised`);
      assert.ok(!base.references.has(id), `${id} must not be insertable`);
    }
    for (const r of base.references.values()) assert.equal(r.verified, true, r.id);
  });

  it('every reference in server/facts is a verified item of ../shared/facts/references.json or carries its own verification record', function () {
    if (!existsSync(sharedRefs)) {
      console.warn(`      skipped: ${sharedRefs} is not present (CI has ../shared beside the clone)`);
      this.skip();
    }
    const shared = new Map((JSON.parse(readFileSync(sharedRefs, 'utf8')) as CslItem[]).map((r) => [r.id, r]));
    const files = builtInFactFiles() as FactFile[];
    const items = files.flatMap((f) => [...(f.references ?? []), ...(f.unverifiedReferences ?? [])]);
    // References the team verified itself (not in the shared list) must say where: at least one address of the
    // record they were checked against (PubMed, PMC, doi.org, the publisher, an official fact sheet).
    const ownVerified = new Map<string, CslItem>();
    for (const r of items) {
      const s = shared.get(r.id);
      if (!s) {
        if (r.verified === false) continue;
        const records = ((r as { verified_by?: unknown }).verified_by ?? []) as unknown[];
        assert.ok(
          Array.isArray(records) && records.some((v) => typeof v === 'string' && /https?:\/\/\S+/.test(v)),
          `${r.id} is not in the shared reference list and names no record it was verified against (verified_by)`,
        );
        ownVerified.set(r.id, r);
        continue;
      }
      if (r.verified !== false) assert.equal(s.verified, true, `${r.id} is not verified in the shared list`);
      if (r.DOI || r.PMID) {
        assert.equal(s.verified, true, `${r.id} has identifiers but is not verified in the shared list`);
        assert.equal(r.DOI, s.DOI, `${r.id} DOI`);
        assert.equal(r.PMID, s.PMID, `${r.id} PMID`);
      }
    }
    // No DOI or PubMed id hides elsewhere in the data (notes, explanations).
    const verified = [...[...shared.values()].filter((s) => s.verified === true), ...ownVerified.values()];
    const verifiedDois = new Set(verified.filter((s) => s.DOI).map((s) => s.DOI!.toLowerCase()));
    const verifiedPmids = new Set(verified.filter((s) => s.PMID).map((s) => s.PMID!));
    for (const f of files)
      for (const s of strings(f.facts ?? [])) {
        for (const m of s.matchAll(/\b10\.\d{4,9}\/[^\s"')]+/g)) assert.ok(verifiedDois.has(m[0].toLowerCase()), `unverified DOI ${m[0]} in facts`);
        for (const m of s.matchAll(/pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)|PMID:?\s*(\d+)/gi)) assert.ok(verifiedPmids.has(m[1] ?? m[2]), `unverified PMID in "${s}"`);
      }
  });

  it('judges from the data: low magnesium lowers blood calcium (F19), read with "low" before the target', () => {
    const checker = createClaimChecker({ config: { rules: { 'uncited-claim': 'off' } } });
    const verdicts = (s: string) => checker.check(s).map((f) => f.ruleId);
    assert.deepEqual(verdicts('Hypomagnesaemia causes low calcium levels.'), []);
    assert.deepEqual(verdicts('Severe magnesium deficiency lowers blood calcium.'), []);
    assert.deepEqual(verdicts('Low magnesium raises blood calcium.'), ['contradicted-claim']);
    assert.ok(verdicts('Calcitonin raises blood calcium.').some((r) => r === 'reversed-role' || r === 'contradicted-claim'));
  });

  it('never lets the rules call a mixed claim contradicted', () => {
    const checker = createClaimChecker({ config: { rules: { 'uncited-claim': 'off' } } });
    for (const s of ['Low magnesium raises PTH secretion.', 'Low magnesium suppresses PTH secretion.', 'Magnesium supplements prevent muscle cramps.'])
      assert.deepEqual(checker.check(s).filter((f) => f.ruleId === 'contradicted-claim' || f.ruleId === 'reversed-role'), [], s);
  });
});

describe('mineral-claims facts', () => {
  it('--json lists at least 40 facts with references that resolve to CSL items with DOI/PMID', () => {
    const r = runFacts(['--json']);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out) as FactsJson;
    assert.ok(json.facts.length >= 40);
    const refs = new Map(json.references.map((x) => [x.id, x]));
    for (const f of json.facts) {
      assert.equal(typeof f.id, 'string');
      assert.equal(typeof f.statement, 'string');
      assert.ok(f.references.length >= 1, f.id);
      for (const id of f.references) assert.ok(refs.has(id), `${f.id}: ${id}`);
    }
    const dodge = refs.get('dodge1967')!;
    assert.equal(dodge.DOI, '10.1113/jphysiol.1967.sp008367');
    assert.equal(dodge.PMID, '6065887');
    assert.equal(dodge.verified_by, undefined, 'verification bookkeeping is not CSL');
    assert.ok(!refs.has('iseri1984'), 'recognise-only items are not listed');
    assert.deepEqual(JSON.parse(r.out), JSON.parse(JSON.stringify(factsJson(base))));
  });

  it('groups facts by topic for browsing: every built-in fact has one, --json lists it, the list and the view print each topic once', () => {
    const untopiced = base.facts.filter((f) => !f.topic).map((f) => f.id);
    assert.deepEqual(untopiced, []);
    const json = JSON.parse(runFacts(['--json']).out) as FactsJson;
    assert.ok(json.facts.every((f) => typeof f.topic === 'string' && f.topic.length > 0));
    const groups = factsByTopic(base.facts);
    assert.ok(groups.length >= 8, `${groups.length} topics`);
    assert.equal(groups.reduce((n, g) => n + g.facts.length, 0), base.facts.length);
    const text = runFacts([]).out;
    const view = factBaseMarkdown(base);
    for (const g of groups) {
      assert.equal(text.split(`== ${g.topic} (${g.facts.length}) ==`).length, 2, g.topic);
      assert.equal(view.split(`\n## ${g.topic}\n`).length, 2, g.topic);
      // A topic's facts follow its heading, before the next heading.
      const section = text.slice(text.indexOf(`== ${g.topic} `)).split('\n== ')[0];
      for (const f of g.facts) assert.match(section, new RegExp(`\\n${f.id} +`), `${f.id} under ${g.topic}`);
    }
  });

  it('puts facts without a topic last, under "Other", keeping the order of first appearance', () => {
    const grouped = factsByTopic([{ id: 'a', topic: 'X' }, { id: 'b' }, { id: 'c', topic: 'Y' }, { id: 'd', topic: 'X' }]);
    assert.deepEqual(
      grouped.map((g) => [g.topic, g.facts.map((f) => f.id)]),
      [['X', ['a', 'd']], ['Y', ['c']], [OTHER_TOPIC, ['b']]],
    );
  });

  it('prints a readable list, a BibTeX file, and rejects unknown options', () => {
    const text = runFacts([]);
    assert.equal(text.code, 0);
    assert.match(text.out, /^49 facts|^\d+ facts/);
    assert.match(text.out, /F01 +Calcium entry triggers transmitter release/);
    assert.match(text.out, /References: \(Südhof, 2012\) sudhof2012; \(Dodge & Rahamimoff, 1967\) dodge1967/);
    assert.match(text.out, /F33 .*\[mixed\]/);
    const bib = runFacts(['--bibtex']);
    assert.match(bib.out, /@article\{dodge1967,\n {2}author = \{Dodge, Jr, F\. A\. and Rahamimoff, R\.\}/);
    const bad = runFacts(['--yaml']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown option "--yaml"/);
  });

  it('is wired into the command line, with --facts files merged in and broken ones reported (exit 2)', () => {
    let out = '';
    let err = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), stdin: () => '' };
    assert.equal(run(['facts', '--json'], io), 0);
    assert.ok((JSON.parse(out) as FactsJson).facts.length >= 40);
    out = '';
    const example = join(ROOT, 'examples', 'facts', 'sodium-potassium.facts.json');
    assert.equal(run(['facts', '--json', '--facts', example], io), 0);
    assert.ok((JSON.parse(out) as FactsJson).references.some((r) => r.id === 'hodgkin1952'));
    const bad = join(mkdtempSync(join(tmpdir(), 'mc-facts-cli-')), 'bad.facts.json');
    writeFileSync(bad, JSON.stringify({ facts: [{ id: 'X' }] }));
    assert.equal(run(['facts', '--facts', bad], io), 2);
    assert.match(err, /bad\.facts\.json \/facts\/0: missing required property "title"/);
  });

  it(`${FACTS_DOC} is up to date with the data (npm run docs:facts)`, () => {
    const current = readFileSync(join(ROOT, FACTS_DOC), 'utf8');
    assert.ok(current === renderFactsDoc(base), `${FACTS_DOC} is stale: run \`npm run docs:facts\``);
  });

  it(`${FACTS_DOC} lists every fact, mixed note and reference link`, () => {
    const doc = renderFactsDoc(base);
    for (const f of base.facts) {
      assert.ok(doc.includes(`### ${f.id} — ${f.title}`), f.id);
      assert.ok(doc.includes(f.statement), f.id);
    }
    assert.equal(doc.match(/\*\*Mixed science\.\*\*/g)?.length, base.facts.filter((f) => f.mixed).length);
    assert.ok(doc.includes('[DOI 10.1038/415198a](https://doi.org/10.1038/415198a)'));
    assert.ok(doc.includes('[PubMed 11805843](https://pubmed.ncbi.nlm.nih.gov/11805843/)'));
  });
});
