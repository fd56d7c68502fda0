import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCorpus, loadLabels, score, type ScoredFinding } from '../../scripts/eval';

const REPO = join(__dirname, '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');

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

/** Development corpora and the F1 floors the engine reaches on them today (minus a small margin). */
const DEV_CORPORA: { dir: string; floors: Record<'reversed-role' | 'contradicted-claim' | 'vague-citation' | 'uncited-claim', number> }[] = [
  { dir: 'corpus', floors: { 'reversed-role': 0.95, 'contradicted-claim': 0.97, 'vague-citation': 0.98, 'uncited-claim': 0.96 } },
  // test/holdout was the first held-out measure; it has been a development corpus since 2026-11-25 (test/holdout2 now measures generalisation).
  { dir: 'holdout', floors: { 'reversed-role': 0.88, 'contradicted-claim': 0.85, 'vague-citation': 0.98, 'uncited-claim': 0.95 } },
];

for (const { dir, floors } of DEV_CORPORA) {
  describe(`dev corpus evaluation (test/${dir})`, function () {
    const dev = join(REPO, 'test', dir);
    before(function () {
      if (!existsSync(join(dev, 'labels.jsonl')) || !existsSync(CLI)) this.skip();
    });

    it('scores the CLI output: no reversed-role/contradicted-claim on correct sentences, and per-kind F1 floors', function () {
      this.timeout(60000);
      const r = evaluateCorpus(dev, CLI);
      assert.deepEqual(r.errorsOnCorrect.map((e) => `${e.finding.file}:${e.finding.line} ${e.finding.rule}`), []);
      // The goal is 0.90 for every kind (issue 5). These floors record what the engine reaches today so a
      // regression fails; raise them as the engine improves.
      for (const [kind, floor] of Object.entries(floors)) {
        const s = r.scores[kind as keyof typeof floors];
        assert.ok(s.f1 >= floor, `${kind}: F1 ${s.f1.toFixed(3)} < ${floor}`);
        assert.ok(s.precision >= 0.9, `${kind}: precision ${s.precision.toFixed(3)}`);
      }
    });
  });
}
