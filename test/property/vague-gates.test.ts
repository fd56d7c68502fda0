/**
 * citations.ts gates each attribution pattern behind a cheap test (VAGUE_GATES) for speed. A gate must be a
 * necessary condition: whenever its pattern matches a sentence, the gate matches it too. Checked on every
 * sentence of the corpora and generated documents, and on strings generated from the patterns themselves
 * (fast-check), set in random context with random case.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DIGIT_GATED, VAGUE_GATES, VAGUE_PATTERNS, vagueAttributions } from '../../server/src/core/citations';
import { gateCorpus, relaxedSource } from '../helpers/gate-corpus';

const P = VAGUE_PATTERNS;
const fresh = (re: RegExp) => new RegExp(re.source, re.flags);
/** Does the pattern yield something in `s` (SOURCE_ATTRIBUTIONS count only with a name in its exact case)? */
const yields = (re: RegExp, s: string, exactName = false) => [...s.matchAll(fresh(re))].some((m) => !exactName || P.SOURCE_NAME_EXACT.test(m[0]));

/** Each gate with the patterns it stands for. */
const CASES: { gate: keyof typeof VAGUE_GATES; patterns: RegExp[]; exactName?: boolean }[] = [
  { gate: 'sourceNoun', patterns: [P.ATTRIBUTION, P.ACCORDING] },
  { gate: 'studyNoun', patterns: [P.INDEFINITE_SOURCE, P.INDEFINITE_STUDY] },
  { gate: 'reportingVerb', patterns: [P.ATTRIBUTION, P.INDEFINITE_STUDY] },
  { gate: 'accordingLead', patterns: [P.ACCORDING] },
  { gate: 'publishedIn', patterns: [P.PUBLISHED_IN] },
  { gate: 'commonKnowledge', patterns: [P.COMMON_KNOWLEDGE] },
  { gate: 'sourceName', patterns: P.SOURCE_ATTRIBUTIONS, exactName: true },
  { gate: 'sourceVia', patterns: [P.SOURCE_ATTRIBUTIONS[0]], exactName: true },
  { gate: 'sourceSays', patterns: [P.SOURCE_ATTRIBUTIONS[1]], exactName: true },
  { gate: 'sourceParen', patterns: [P.SOURCE_ATTRIBUTIONS[2]], exactName: true },
  { gate: 'sourceLabel', patterns: [P.SOURCE_ATTRIBUTIONS[3]], exactName: true },
];

/** A counterexample to "pattern yields ⇒ gate matches" among `texts`, if any. */
function counterexample(gate: RegExp, patterns: RegExp[], texts: Iterable<string>, exactName = false): string | undefined {
  for (const s of texts) if (!gate.test(s) && patterns.some((re) => yields(re, s, exactName))) return s;
  return undefined;
}

const CONTEXT = ['', ' ', 'Magnesium blocks NMDA receptors, and ', 'In 2019, ', '(', ' and so', '. ', ' calcium.', ', which', 'The'];
/** Strings matching (mostly) one of the patterns, with random context and case; `count` per pattern. */
function generated(patterns: RegExp[], count: number, seed: number): string[] {
  const out: string[] = [];
  for (const re of patterns) {
    const core = fc.stringMatching(new RegExp(`^(?:${relaxedSource(re.source)})$`, 'u'));
    const text = fc.tuple(fc.constantFrom(...CONTEXT), core, fc.constantFrom(...CONTEXT), fc.nat(3)).map(([a, s, b, caseMode]) => {
      const t = caseMode === 1 ? s.toUpperCase() : caseMode === 2 ? s.replace(/\b\w/g, (c) => c.toUpperCase()) : s;
      return `${a}${t}${b}`;
    });
    out.push(...fc.sample(text, { numRuns: count, seed }));
  }
  return out;
}

describe('vague attribution gates (citations.ts VAGUE_GATES)', function () {
  this.timeout(120_000);
  let corpus: string[] = [];
  before(() => {
    corpus = gateCorpus();
  });

  for (const c of CASES) {
    it(`${c.gate}: matches wherever its patterns yield (corpus and generated strings)`, () => {
      const gate = VAGUE_GATES[c.gate];
      assert.equal(counterexample(gate, c.patterns, corpus, c.exactName), undefined);
      const strings = generated(c.patterns, 1500, 7);
      // The generated strings exercise the patterns (most of them match), so the check has teeth.
      const matching = strings.filter((s) => c.patterns.some((re) => yields(re, s, c.exactName)));
      assert.ok(matching.length > strings.length / 5, `${matching.length} of ${strings.length} generated strings match`);
      assert.equal(counterexample(gate, c.patterns, strings, c.exactName), undefined);
    });
  }

  it('digit: the numeric citation patterns match only where a digit is', () => {
    assert.equal(counterexample(DIGIT_GATED.gate, DIGIT_GATED.patterns, corpus), undefined);
    const strings = generated(DIGIT_GATED.patterns, 1000, 3);
    assert.ok(strings.filter((s) => DIGIT_GATED.patterns.some((re) => yields(re, s))).length > strings.length / 3);
    assert.equal(counterexample(DIGIT_GATED.gate, DIGIT_GATED.patterns, strings), undefined);
  });

  it('would catch a gate that misses a word of its pattern', () => {
    // Break each gate by dropping one alternative its patterns need: the same check must find a counterexample.
    const broken: [keyof typeof VAGUE_GATES, string, string][] = [
      ['sourceNoun', '|data)', ')'],
      ['studyNoun', '|report|', '|'],
      ['commonKnowledge', 'there\\s+is\\b', 'there\\s+was\\b'],
      ['sourceName', '|Google|', '|'],
      ['publishedIn', '[Pp]ublished', 'published'],
      ['sourceVia', '|via|', '|'],
      ['reportingVerb', '|warn|warns|warned|', '|'],
      ['accordingLead', '|based\\s+on|', '|'],
      ['sourceSays', '|found|', '|'],
      ['sourceLabel', '|refs|', '|'],
    ];
    for (const [name, from, to] of broken) {
      const good = VAGUE_GATES[name];
      assert.ok(good.source.includes(from), `${name} holds ${from}`);
      const bad = new RegExp(good.source.replace(from, to), good.flags);
      const c = CASES.find((x) => x.gate === name)!;
      const found = counterexample(bad, c.patterns, corpus, c.exactName) ?? counterexample(bad, c.patterns, generated(c.patterns, 1500, 7), c.exactName);
      assert.notEqual(found, undefined, `a broken ${name} gate goes unnoticed`);
    }
  });

  it('leaves findings of vagueAttributions as they were on the corpus (spot check of gated and ungated sentences)', () => {
    assert.deepEqual(
      vagueAttributions('Studies show that magnesium relaxes muscle, according to the NIH.').map((v) => v.text),
      ['Studies show', 'according to the NIH'],
    );
    assert.deepEqual(vagueAttributions('Magnesium blocks NMDA receptors at rest.'), []);
  });
});
