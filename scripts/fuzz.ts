/**
 * `npm run fuzz`: the longer property-based campaign. The same properties as the bounded tests in
 * `npm test` (test/property/reliability-fuzz.test.ts), with a random seed and many more runs, under two
 * configurations. A failure prints the seed and path to replay it:
 *   FUZZ_SEED=<seed> FUZZ_RUNS=<n> npm run test:unit -- --grep reliability
 *   tsx scripts/fuzz.ts [runs=2000] [seed=random]
 */
import fc from 'fast-check';
import { createClaimChecker } from '../server/src/core';
import { anyDocument, markdownDocument } from '../test/helpers/markdown-arbitraries';
import { assertAllProperties } from '../test/helpers/properties';

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const campaigns = [
  { name: 'default configuration, any document', checker: createClaimChecker(), docs: anyDocument, runs },
  {
    name: 'paragraph citation scope, every rule at error',
    checker: createClaimChecker({ config: { citationScope: 'paragraph', rules: { 'uncited-claim': 'error', 'vague-citation': 'error' } } }),
    docs: markdownDocument,
    runs: Math.ceil(runs / 4),
  },
];

let failed = false;
const started = Date.now();
let chars = 0;
let findings = 0;
for (const c of campaigns) {
  const t = Date.now();
  const r = fc.check(
    fc.property(c.docs, (doc) => {
      chars += doc.length;
      findings += c.checker.check(doc).length;
      assertAllProperties(c.checker, doc);
    }),
    { seed, numRuns: c.runs },
  );
  console.log(`${c.name}: ${c.runs} documents, seed ${seed}: ${r.failed ? 'FAILED' : 'ok'} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  if (r.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(r));
    console.log(`Cause: ${(r.errorInstance as Error)?.message ?? r.errorInstance}`);
  }
}
console.log(`${campaigns.reduce((n, c) => n + c.runs, 0)} documents, ${chars} characters, ${findings} findings checked in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
