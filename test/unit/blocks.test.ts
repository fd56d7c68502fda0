import { strict as assert } from 'node:assert';
import { frontMatterEnd, nextBlock, scanBlocks } from '../../server/src/core/blocks';
import { BlockwiseExtractor } from '../../server/src/core/blockwise';
import { extractSegments } from '../../server/src/core/markdown';

/** The text of each scanned block. */
const parts = (md: string) => scanBlocks(md).map((b) => md.slice(b.start, b.end));
/** Segment kind and text, with offsets resolved to the document. */
const view = (segs: ReturnType<typeof extractSegments>) => segs.map((s) => [s.kind, s.text, s.srcOf.at(0) + (s.base ?? 0)]);

describe('block scanner', () => {
  it('splits at a blank line before a column-0 line, and covers the whole text', () => {
    const md = '# Title\n\nFirst paragraph\nstill first.\n\nSecond.\n';
    assert.deepEqual(parts(md), ['# Title\n\n', 'First paragraph\nstill first.\n\n', 'Second.\n']);
    assert.equal(parts(md).join(''), md);
  });

  it('does not split inside fenced code, HTML comments or front matter that contain blank lines', () => {
    const fence = '```\ncode\n\nCalcium in code.\n```\n\nAfter.\n';
    assert.deepEqual(parts(fence), ['```\ncode\n\nCalcium in code.\n```\n\n', 'After.\n']);
    const tilde = '~~~~\n\nx\n~~~\nstill code\n~~~~\n\nAfter.\n';
    assert.deepEqual(parts(tilde), ['~~~~\n\nx\n~~~\nstill code\n~~~~\n\n', 'After.\n']);
    const comment = '<!-- a\n\nCalcium in a comment.\n-->\n\nAfter.\n';
    assert.deepEqual(parts(comment), ['<!-- a\n\nCalcium in a comment.\n-->\n\n', 'After.\n']);
    const fm = '---\ntitle: x\n\nauthor: y\n---\n\nBody.\n';
    assert.equal(frontMatterEnd(fm), '---\ntitle: x\n\nauthor: y\n---\n'.length);
    assert.deepEqual(parts(fm), ['---\ntitle: x\n\nauthor: y\n---\n\n', 'Body.\n']);
  });

  it('never splits a list, and never before indented or lazy lines', () => {
    assert.deepEqual(parts('1. a\n\n1. b\n\n- c\n\n  more c\n\nEnd.\n'), ['1. a\n\n1. b\n\n- c\n\n  more c\n\n', 'End.\n']);
    assert.deepEqual(parts('> quote\nlazy line\n\n    code\n\nEnd.\n'), ['> quote\nlazy line\n\n    code\n\n', 'End.\n']);
  });

  it('marks an indented fence opener as uncertain, a column-0 one as certain', () => {
    assert.equal(nextBlock('- item\n  ```\n  code\n\nText.\n', 0).certain, false);
    assert.equal(nextBlock('```\ncode\n```\n\nText.\n', 0).certain, true);
  });

  it('handles CRLF line endings', () => {
    const md = 'One.\r\n\r\n```\r\n\r\nx\r\n```\r\n\r\nTwo.\r\n';
    assert.deepEqual(parts(md), ['One.\r\n\r\n', '```\r\n\r\nx\r\n```\r\n\r\n', 'Two.\r\n']);
  });
});

describe('block-wise extraction', () => {
  it('gives the segments of whole-document parsing for definitions used before they are defined', () => {
    const md = 'See [the review][rev] and a note[^1].\n\nMore text.\n\n[rev]: https://doi.org/10.1/x\n\n[^1]: The note.\n';
    assert.deepEqual(view(new BlockwiseExtractor().segments(md)), view(extractSegments(md)));
    assert.equal(new BlockwiseExtractor().segments(md)[0].text, 'See the review and a note[^1].');
  });

  it('resolves references before a fence left open to the end, and keeps an indented block after a footnote reference as code', () => {
    const open = '[rev]: https://doi.org/10.1113/x\n\nSee [the review][rev] on calcium.\n\n```\nSee [the review][rev].\n\ncode\n';
    assert.deepEqual(view(new BlockwiseExtractor().segments(open)), view(extractSegments(open)));
    const lastOpen = '[rev]: https://doi.org/10.1113/x\n\nSee [the review][rev] on calcium.\n```\ncode\n';
    assert.deepEqual(view(new BlockwiseExtractor().segments(lastOpen)), view(extractSegments(lastOpen)));
    const indented = 'Calcium.[^1]\n\n    Calcium in indented code.[^1]\n\n[^1]: Bers DM.\n';
    assert.deepEqual(view(new BlockwiseExtractor().segments(indented)), view(extractSegments(indented)));
  });

  it('verifies an uncertain block end by parsing, so prose in a real fence stays code', () => {
    const md = '- item\n  ```\n  code\n\nText.\n\n```\nfenced\n\nCalcium in the fence.\n```\n\nAfter.\n';
    const segs = new BlockwiseExtractor().segments(md);
    assert.deepEqual(view(segs), view(extractSegments(md)));
    assert.ok(!segs.some((s) => s.text.includes('Calcium')));
  });

  it('carries the references-section context from a heading to later blocks', () => {
    const md = 'Calcium entry triggers release.\n\n## References\n\n1. Dodge 1967.\n\nA later entry.\n\n## Next\n\nProse again.\n';
    const kinds = new BlockwiseExtractor().segments(md).map((s) => s.kind);
    assert.deepEqual(kinds, extractSegments(md).map((s) => s.kind));
    assert.deepEqual(kinds, ['paragraph', 'heading', 'referenceEntry', 'referenceEntry', 'heading', 'paragraph']);
  });

  it('parses only the block an edit touched, and reuses the others', () => {
    const ex = new BlockwiseExtractor();
    const blocks = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} about calcium.`);
    ex.segments(blocks.join('\n\n'));
    assert.ok(ex.lastParsed >= 1);
    blocks[20] = 'Paragraph twenty about magnesium, edited.';
    const segs = ex.segments(blocks.join('\n\n'));
    assert.equal(ex.lastParsed, 1);
    assert.equal(segs[20].text, blocks[20]);
    ex.segments(blocks.join('\n\n'));
    assert.equal(ex.lastParsed, 0);
  });

  it('does not parse blocks whose prose cannot matter', () => {
    const ex = new BlockwiseExtractor({ mayMatter: (t) => /calcium/i.test(t) });
    const md = 'Install the tool.\n\nRun it.\n\nCalcium entry triggers release.\n';
    const blocks = ex.blocks(md);
    assert.deepEqual(blocks.map((b) => b.result.parsed), [false, false, true]);
  });
});
