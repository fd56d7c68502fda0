/**
 * Property-based tests of the analysis core (fast-check, fixed seed, bounded runs). The longer
 * campaign with random seeds is `npm run fuzz` (scripts/fuzz.ts).
 */
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { segmentWindowed } from '../../server/src/core/sentences';
import { anyDocument, claim, markdownDocument } from '../helpers/markdown-arbitraries';
import { assertAllProperties, assertRanges } from '../helpers/properties';

/** Seed and run count for `npm test`; `FUZZ_SEED` / `FUZZ_RUNS` override them to replay a failure. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

describe('reliability: property-based tests of the core', function () {
  const checker = createClaimChecker();

  it('never throws; ranges stay inside the document and never split a surrogate pair; results are deterministic; fixes and fix-all behave', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => assertAllProperties(checker, doc)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('paragraph-scope citations and every rule at "error" keep the same properties', () => {
    const strict = createClaimChecker({ config: { citationScope: 'paragraph', rules: { 'uncited-claim': 'error', 'vague-citation': 'error' } } });
    fc.assert(
      fc.property(markdownDocument, (doc) => assertAllProperties(strict, doc)),
      { seed: SEED + 1, numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('finds claims in generated documents (the generator reaches the rules)', () => {
    // Guards the tests above against a generator that only ever produces clean text.
    const docs = fc.sample(markdownDocument, { seed: SEED, numRuns: 40 });
    const rules = new Set(docs.flatMap((d) => checker.check(d).map((f) => f.ruleId)));
    for (const id of ['uncited-claim', 'vague-citation', 'reversed-role', 'contradicted-claim']) assert.ok(rules.has(id), `no ${id} finding in 40 generated documents`);
    assert.ok(docs.some((d) => checker.check(d).some((f) => f.fixes?.some((x) => x.safe))), 'no generated document had a safe fix');
  });

  it('segments long paragraphs window by window exactly as Intl.Segmenter does in one call', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const longParagraph = fc.array(fc.oneof(claim, fc.constantFrom('e.g. ', 'et al. ', '  ', 'a'.repeat(300), 'Ca²⁺. ', '😀. ')), { minLength: 50, maxLength: 400 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(longParagraph, (text) => {
        const whole = [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
        assert.deepEqual(segmentWindowed(text), whole);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('keeps ranges valid on CR-only, CRLF and astral-heavy documents (regression shapes)', () => {
    for (const doc of [
      'Magnesium influx triggers neurotransmitter release.\r\rHypercalcaemia causes tetany.\r',
      '> 😀 Magnesium influx triggers neurotransmitter release.\r\n> 𝔸 Hypercalcaemia causes tetany.\r\n',
      '- \ud83d Magnesium influx triggers neurotransmitter release \udc00.\n',
      '\ufeff# Ca²⁺\n\nCa²⁺\u0301 entry triggers neurotransmitter release. [^1]\n\n[^1]: PubMed\n',
      // Found by `npm run fuzz`: text nodes without positions (made by the GFM autolink transform) were mapped to offset 0.
      '😀- - - - low calcium triggers neurotransmitter release [@. calcium triggers neurotransmitter release.\n      -     calcium triggers neurotransmitter release https://doi.org/10.1038/nature12345. *neurotransmitter release*\n    - <details><summary>x\n- [^1]: calcium triggers neurotransmitter release.',
    ]) {
      const findings = checker.check(doc);
      assert.ok(findings.length > 0, `expected findings in ${JSON.stringify(doc)}`);
      assertRanges(doc, findings);
    }
  });
});
