/**
 * Property test: analysis driven by the editor's change events (ranges → unchanged prefix and suffix,
 * lsp/changes.ts; blocks re-scanned only near the change, blockwise.ts) gives exactly the findings and
 * sentences of a fresh whole-document check, for random edits that open and close fences, HTML
 * comments and front matter, with CRLF line ends and emoji (surrogate pairs), several changes per
 * event, and analyses skipped between events (changes accumulate).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createClaimChecker, type Analysis } from '../../server/src/core';
import { BlockwiseExtractor } from '../../server/src/core/blockwise';
import { ChangeTracker } from '../../server/src/lsp/changes';

const PARTS = [
  'Calcium entry through voltage-gated channels sets off transmitter release at the synapse.',
  'Magnesium entry sets off transmitter release at the nerve ending.',
  'Too little magnesium in the blood makes nerves fire more easily 😀.',
  'Research shows calcium relaxes the heart muscle.',
  'Serum calcium above the reference range can cause constipation [@smith2019].',
  'See [the review][rev] on how calcium binds troponin.',
  '- muscle twitching\n- calcium loss',
  '```\nmagnesium blocks NMDA receptors\n\nstill code\n```',
  '<!-- hidden\n\nCalcium causes tetany.\n-->',
  '# Calcium and 🧠 excitability',
  '## References',
  '[rev]: https://doi.org/10.1113/jphysiol.1967.sp008367',
  '> Magnesium triggers contraction of skeletal muscle.',
  'Plain text about the build step.',
];
const INSERTS = ['', 'x', '\n', '\n\n', '\r\n', '```', '```\n', '~~~\n', '---\n', '---', '+++\n', '<!--', '-->', '\n\n<!-- a\n\n', '😀', '# ', '- ', 'calcium ', '[rev]', '[^1]: note\n\n', 'Magnesium triggers release. '];

const doc = fc
  .tuple(fc.constantFrom('', '---\ntitle: x\n---\n\n', '---\ntitle: open\n\n'), fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([fm, parts, crlf]) => {
    const text = fm + parts.join('\n\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
/** One change event: 1–3 range replacements (positions as fractions of the text, resolved when applied). */
// Where a change starts: anywhere, or at the start or end of a line (where block boundaries are decided).
const where = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((x) => ({ x })),
  fc.tuple(fc.nat(), fc.boolean()).map(([line, atEnd]) => ({ line, atEnd })),
);
const event = fc.tuple(fc.array(fc.tuple(where, fc.nat(8), fc.constantFrom(...INSERTS)), { minLength: 1, maxLength: 3 }), fc.boolean());

/** A range change of `d` at a random place, or at the start or end of a line. */
function rangeChange(d: TextDocument, at: { x: number } | { line: number; atEnd: boolean }, del: number, text: string) {
  const line = 'line' in at ? at.line % d.lineCount : 0;
  const start = 'x' in at ? d.positionAt(Math.floor(at.x * d.getText().length)) : at.atEnd ? d.positionAt(d.offsetAt({ line: line + 1, character: 0 }) - 1) : { line, character: 0 };
  const end = d.positionAt(d.offsetAt(start) + del);
  return { range: { start, end }, text };
}

/** The changes of one event: each one's positions are in the text the previous ones left (as in LSP). */
function eventChanges(d: TextDocument, changes: [{ x: number } | { line: number; atEnd: boolean }, number, string][]) {
  const scratch = TextDocument.create(d.uri, 'markdown', 0, d.getText());
  return changes.map(([at, del, insert]) => {
    const c = rangeChange(scratch, at, del, insert);
    TextDocument.update(scratch, [c], 0);
    return c;
  });
}

function view(a: Analysis): unknown {
  return {
    findings: a.findings,
    sentences: a.sentences.filter((s) => s.mentions.length || s.citations.length).map((s) => ({ source: s.source, text: s.text, claims: s.claims.length })),
  };
}

const SEED = process.env.BLOCKWISE_SEED === 'random' ? Date.now() : Number(process.env.BLOCKWISE_SEED ?? 20261125);

describe('analysis driven by change ranges equals a fresh check (property)', function () {
  this.timeout(300_000);
  const whole = createClaimChecker({ wholeDocument: true });

  it('findings and sentences are identical after random edits sent as change events', () => {
    const checker = createClaimChecker();
    fc.assert(
      fc.property(doc, fc.array(event, { minLength: 1, maxLength: 6 }), (text, events) => {
        const uri = 'file:///fuzz.md';
        const tracker = new ChangeTracker();
        const config = tracker.documents();
        let d = config.create(uri, 'markdown', 1, text);
        checker.analyze(text, tracker.take(uri, d.getText()));
        for (const [changes, analyse] of events) {
          d = config.update(d, eventChanges(d, changes), d.version + 1);
          if (!analyse) continue;
          const now = d.getText();
          const change = tracker.take(uri, now);
          assert.deepEqual(view(checker.analyze(now, change)), view(whole.analyze(now)), JSON.stringify({ text, now }));
        }
      }),
      { seed: SEED + 2, numRuns: 150 },
    );
  });

  it('blocks re-scanned near a change are exactly the blocks of a full scan', () => {
    fc.assert(
      fc.property(doc, fc.array(event, { minLength: 1, maxLength: 6 }), (text, events) => {
        const uri = 'file:///fuzz-blocks.md';
        const tracker = new ChangeTracker();
        const config = tracker.documents();
        const extractor = new BlockwiseExtractor();
        let d = config.create(uri, 'markdown', 1, text);
        extractor.blocks(text, tracker.take(uri, text));
        for (const [changes, analyse] of events) {
          d = config.update(d, eventChanges(d, changes), d.version + 1);
          if (!analyse) continue;
          const now = d.getText();
          const spans = extractor.blocks(now, tracker.take(uri, now)).map((b) => [b.start, b.end]);
          assert.deepEqual(spans, new BlockwiseExtractor().blocks(now).map((b) => [b.start, b.end]), JSON.stringify({ text, now }));
        }
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it('a whole-text replacement (no range) also resets what is known', () => {
    const checker = createClaimChecker();
    const tracker = new ChangeTracker();
    const config = tracker.documents();
    const uri = 'file:///whole.md';
    let d = config.create(uri, 'markdown', 1, 'Calcium entry sets off transmitter release.\n\nMore text here.\n');
    checker.analyze(d.getText(), tracker.take(uri, d.getText()));
    d = config.update(d, [{ text: '```\nCalcium entry sets off transmitter release.\n\nMagnesium entry sets off transmitter release at the nerve ending.\n' }], 2);
    const now = d.getText();
    assert.deepEqual(view(checker.analyze(now, tracker.take(uri, now))), view(whole.analyze(now)));
  });
});
