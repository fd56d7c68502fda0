/**
 * One-shot checks (the command line without fixing): nothing is cached between calls and only the
 * sentences unknown-citation-key reads are kept, with the same findings as a caching checker.
 */
import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { DocumentAnalyzer } from '../../server/src/core/incremental';
import { generate } from '../../bench/generate';

describe('one-shot checks (retain: false)', () => {
  it('find exactly what a caching checker finds, call after call', () => {
    const caching = createClaimChecker();
    const once = createClaimChecker({ oneShot: true });
    for (const kind of ['mixed', 'prose'] as const) {
      const text = generate(kind, 40_000);
      const edited = `${text.slice(0, 20_000)}Low magnesium blocks NMDA receptors. ${text.slice(20_000)}`;
      for (const t of [text, edited, text]) assert.deepEqual(once.check(t), caching.check(t));
    }
  });

  it('keep only sentences with a pandoc citation', () => {
    const text = 'Calcium triggers release [@katz1967].\n\nMagnesium blocks NMDA receptors (Smith et al., 2001).\n\nHigh calcium causes tetany.\n';
    const all = createClaimChecker().analyze(text).sentences.map((s) => s.text);
    const once = createClaimChecker({ oneShot: true }).analyze(text).sentences.map((s) => s.text);
    assert.equal(all.length, 3);
    assert.deepEqual(once, ['Calcium triggers release [@katz1967].']);
  });

  it('analyse every window again on the next call (nothing retained)', () => {
    const pipeline = { analyzeSegments: () => ({ findings: [], sentences: [] }), definitions: () => new Map<string, string>() };
    const text = Array.from({ length: 20 }, (_, i) => `Block ${i} text.`).join('\n\n');
    const retaining = new DocumentAnalyzer(pipeline);
    const once = new DocumentAnalyzer(pipeline, { retain: false });
    for (const a of [retaining, once]) a.analyze(text);
    retaining.analyze(text);
    once.analyze(text);
    assert.equal(retaining.lastAnalysed, 0);
    assert.equal(retaining.lastParsed, 0);
    assert.equal(once.lastAnalysed, 20);
    assert.ok(once.lastParsed > 0);
  });
});
