import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/paths';
import { corpusDir, corpusPresent, loadManifest } from '../../scripts/corpora';
import { errorsLine, evaluateCorpus, loadLabels, markdownTable, score, type ScoredFinding } from '../../scripts/eval';


function corpus(passages: Record<string, string>, labels: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-eval-'));
  mkdirSync(join(dir, 'passages'));
  for (const [f, t] of Object.entries(passages)) writeFileSync(join(dir, 'passages', f), t);
  writeFileSync(join(dir, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return dir;
}

describe('eval scorer', () => {
  const text = 'Magnesium influx triggers transmitter release. Calcium entry triggers exocytosis [@sudhof2012].\nSee the recipe.\n';
  const dir = corpus({ 'a.md': text }, [
    { file: 'a.md', quote: 'Magnesium influx triggers transmitter release.', kind: 'reversed-role' },
    { file: 'a.md', quote: 'Calcium entry triggers exocytosis [@sudhof2012].', kind: 'ok-cited-claim' },
    { file: 'a.md', quote: 'not in the file', kind: 'no-claim' },
  ]);
  const f = (rule: string, quote: string, sub = quote): ScoredFinding => {
    const start = text.indexOf(quote) + quote.indexOf(sub);
    return { file: 'a.md', rule, message: '', start, end: start + sub.length, line: 1, text: sub };
  };

  it('locates quotes and reports labels it cannot place', () => {
    const { labels, problems } = loadLabels(dir);
    assert.equal(labels.length, 2);
    assert.equal(labels[1].start, text.indexOf('Calcium entry'));
    assert.match(problems[0], /quote not found/);
  });

  it('counts TP/FP/FN by overlap, excuses lower-priority findings and reports errors on correct sentences', () => {
    const { labels } = loadLabels(dir);
    const r = score(labels, [
      f('reversed-role', 'Magnesium influx triggers transmitter release.', 'Magnesium'),
      f('uncited-claim', 'Magnesium influx triggers transmitter release.'), // excused: the sentence is labelled reversed-role
      f('contradicted-claim', 'Calcium entry triggers exocytosis [@sudhof2012].', 'Calcium entry'),
      f('uncited-claim', 'See the recipe.'), // unlabelled text
    ]);
    assert.deepEqual([r.scores['reversed-role'].tp, r.scores['reversed-role'].fp, r.scores['reversed-role'].fn], [1, 0, 0]);
    assert.deepEqual([r.scores['uncited-claim'].findings, r.scores['uncited-claim'].fp], [1, 1]);
    assert.equal(r.scores['contradicted-claim'].fp, 1);
    assert.equal(r.scores['contradicted-claim'].precision, 0);
    assert.equal(r.errorsOnNegatives.length, 1);
    assert.equal(r.falseAlarms.length, 2);
  });

  it('counts a missed label as FN', () => {
    const { labels } = loadLabels(dir);
    const r = score(labels, []);
    assert.equal(r.scores['reversed-role'].fn, 1);
    assert.equal(r.scores['reversed-role'].recall, 0);
    assert.equal(r.misses[0].quote, 'Magnesium influx triggers transmitter release.');
  });
});

describe('eval scorer: alt kinds and the errors line', () => {
  const text = [
    'Potassium opens the gate of sodium pumps.',
    'Zinc quietly soothes every synapse.',
    'Iron speeds each nerve impulse.',
    'Copper is a metal.',
    'Selenium halts bone growth.',
    '',
  ].join('\n');
  const dir = corpus({ 'b.md': text }, [
    { file: 'b.md', quote: 'Potassium opens the gate of sodium pumps.', kind: 'contradicted-claim' },
    { file: 'b.md', quote: 'Zinc quietly soothes every synapse.', kind: 'uncited-claim', alt: ['reversed-role', 'contradicted-claim'] },
    { file: 'b.md', quote: 'Iron speeds each nerve impulse.', kind: 'reversed-role', alt: ['contradicted-claim'] },
    { file: 'b.md', quote: 'Copper is a metal.', kind: 'no-claim' },
    { file: 'b.md', quote: 'Selenium halts bone growth.', kind: 'reversed-role' },
  ]);
  const f = (rule: string, quote: string): ScoredFinding => {
    const start = text.indexOf(quote);
    return { file: 'b.md', rule, message: '', start, end: start + quote.length, line: 1, text: quote };
  };

  it('reads alt and rejects an alt that is not a list of finding kinds', () => {
    const bad = corpus({ 'c.md': 'Tin is soft.\n' }, [
      { file: 'c.md', quote: 'Tin is soft.', kind: 'no-claim', alt: 'uncited-claim' },
      { file: 'c.md', quote: 'Tin', kind: 'no-claim', alt: ['ok-cited-claim'] },
    ]);
    const { labels, problems } = loadLabels(bad);
    assert.equal(labels.length, 0);
    assert.equal(problems.length, 2);
    assert.match(problems[0], /"alt"/);
    const { labels: good } = loadLabels(dir);
    assert.deepEqual(good[1].alt, ['reversed-role', 'contradicted-claim']);
    assert.deepEqual(good[0].alt, []);
  });

  it('an alt finding is neither right nor wrong and satisfies its label', () => {
    const { labels } = loadLabels(dir);
    const r = score(labels, [f('reversed-role', 'Zinc quietly soothes every synapse.')]);
    assert.deepEqual([r.scores['reversed-role'].findings, r.scores['reversed-role'].fp], [0, 0]);
    assert.equal(r.scores['uncited-claim'].fn, 0, 'the uncited-claim label is satisfied by the alt finding');
    assert.deepEqual(r.errorsOnCorrect, []);
    assert.deepEqual([r.errors.findings, r.errors.fp], [0, 0]);
    // An alt of the finding's kind on a reversed-role label: the reversed-role label is satisfied, not missed.
    const r2 = score(labels, [f('contradicted-claim', 'Iron speeds each nerve impulse.')]);
    assert.equal(r2.scores['reversed-role'].fn, 1, 'only "Selenium …" is missed');
    assert.equal(r2.scores['contradicted-claim'].fp, 0);
  });

  it('scores reversed-role and contradicted-claim as one class', () => {
    const { labels } = loadLabels(dir);
    const r = score(labels, [
      f('reversed-role', 'Potassium opens the gate of sodium pumps.'), // right kind of class, other kind of error
      f('contradicted-claim', 'Copper is a metal.'), // a false error
      f('uncited-claim', 'Selenium halts bone growth.'), // not an error finding
    ]);
    assert.deepEqual(
      [r.errors.labels, r.errors.findings, r.errors.tp, r.errors.fp, r.errors.fn],
      [3, 2, 1, 1, 2],
    );
    assert.equal(r.errors.precision, 0.5);
    assert.equal(r.errors.recall, 1 / 3);
    assert.deepEqual(r.falseErrors.map((e) => e.finding.text), ['Copper is a metal.']);
    assert.match(errorsLine(r), /precision 50\.0 %, recall 33\.3 % \(1\/3 labels\), false errors 1/);
    assert.match(markdownTable(r), /\| \*\*errors\*\* \| 3 \| 2 \| 1 \| 1 \| 2 \| 50\.0 % \| 33\.3 % \|/);
  });
});

describe('eval scorer: citation-mismatch labels', () => {
  it('are satisfied only by a citation-mismatch finding, while an error finding their alt names is accepted', () => {
    const text = 'Magnesium opens NMDA channels (Nowak et al. 1984).\n';
    const dir = corpus({ 'm.md': text }, [{ file: 'm.md', quote: 'Magnesium opens NMDA channels (Nowak et al. 1984).', kind: 'citation-mismatch', alt: ['contradicted-claim'] }]);
    const { labels } = loadLabels(dir);
    const at = (rule: string, sub: string): ScoredFinding => ({ file: 'm.md', rule, message: '', start: text.indexOf(sub), end: text.indexOf(sub) + sub.length, line: 1, text: sub });
    const onlyError = score(labels, [at('contradicted-claim', 'Magnesium opens')]);
    assert.equal(onlyError.scores['citation-mismatch'].fn, 1);
    assert.equal(onlyError.scores['contradicted-claim'].fp, 0);
    assert.equal(onlyError.errorsOnCorrect.length, 0);
    const both = score(labels, [at('contradicted-claim', 'Magnesium opens'), at('citation-mismatch', '(Nowak et al. 1984)')]);
    assert.deepEqual([both.scores['citation-mismatch'].tp, both.scores['citation-mismatch'].fn], [1, 0]);
  });
});

// Corpora of the manifest with F1 floors: what the engine reaches on them today, minus a small margin.
for (const entry of loadManifest()) {
  const floors = entry.f1Floors;
  if (!floors) continue;
  describe(`corpus evaluation (${entry.name}, ${entry.status})`, function () {
    const dev = corpusDir(entry);
    before(function () {
      if (!corpusPresent(entry) || !existsSync(CLI)) this.skip();
    });

    it('scores the CLI output: no reversed-role/contradicted-claim on correct sentences, and per-kind F1 floors', function () {
      this.timeout(60000);
      const r = evaluateCorpus(dev, CLI);
      assert.deepEqual(r.errorsOnCorrect.map((e) => `${e.finding.file}:${e.finding.line} ${e.finding.rule}`), []);
      // The goal is 0.90 for every kind (issue 5). These floors record what the engine reaches today so a
      // regression fails; raise them as the engine improves.
      for (const [kind, floor] of Object.entries(floors)) {
        const s = r.scores[kind as keyof typeof r.scores];
        assert.ok(s.f1 >= floor, `${kind}: F1 ${s.f1.toFixed(3)} < ${floor}`);
        assert.ok(s.precision >= 0.9, `${kind}: precision ${s.precision.toFixed(3)}`);
      }
      // No citation-mismatch on a correctly cited sentence (nor anywhere it is not excused by a wrong claim).
      assert.deepEqual(r.falseAlarms.filter((a) => a.finding.rule === 'citation-mismatch').map((a) => `${a.finding.file}:${a.finding.line}`), []);
    });
  });
}

// Every other corpus: no citation-mismatch where it is not excused by a label of a higher kind (a correctly cited sentence above all).
for (const entry of loadManifest()) {
  if (entry.f1Floors || entry.citationMismatch) continue;
  describe(`corpus evaluation (${entry.name}, ${entry.status}): citations`, function () {
    before(function () {
      if (!corpusPresent(entry) || !existsSync(CLI)) this.skip();
    });

    it('no citation-mismatch finding on a correctly cited sentence', function () {
      this.timeout(60000);
      const r = evaluateCorpus(corpusDir(entry), CLI);
      assert.deepEqual(r.falseAlarms.filter((a) => a.finding.rule === 'citation-mismatch').map((a) => `${a.finding.file}:${a.finding.line}`), []);
    });
  });
}

// Corpora written for citation-mismatch (issue 18: precision ≥ 0.95, recall ≥ 0.80).
for (const entry of loadManifest()) {
  const goal = entry.citationMismatch;
  if (!goal) continue;
  describe(`corpus evaluation (${entry.name}, ${entry.status}): citation-mismatch`, function () {
    before(function () {
      if (!corpusPresent(entry) || !existsSync(CLI)) this.skip();
    });

    it(`citation-mismatch precision ≥ ${goal.precision} and recall ≥ ${goal.recall}`, function () {
      this.timeout(60000);
      const r = evaluateCorpus(corpusDir(entry), CLI);
      assert.deepEqual(r.labelProblems, []);
      const s = r.scores['citation-mismatch'];
      assert.ok(s.labels >= 20, `labels: ${s.labels}`);
      assert.ok(s.precision >= goal.precision, `precision ${s.precision.toFixed(3)}`);
      assert.ok(s.recall >= goal.recall, `recall ${s.recall.toFixed(3)}`);
    });
  });
}
