import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { BlockwiseExtractor, type TextChange } from '../../server/src/core/blockwise';

const para = (i: number) => (i % 4 === 0 ? `Magnesium entry sets off transmitter release at synapse ${i}.` : `Paragraph ${i} describes the build.`);
const body = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('\n\n') + '\n';
const spans = (ex: BlockwiseExtractor, text: string, change?: TextChange) => ex.blocks(text, change).map((b) => [b.start, b.end]);
const fresh = (text: string) => new BlockwiseExtractor().blocks(text).map((b) => [b.start, b.end]);
/** Replace [start, end) of `text` by `insert`, with the change as the server's tracker reports it. */
function edit(text: string, start: number, end: number, insert: string): [string, TextChange] {
  return [text.slice(0, start) + insert + text.slice(end), { base: text, prefix: start, suffix: text.length - end }];
}

describe('block re-scan near a change', () => {
  it('scans only the blocks around a one-character edit, from the change range or by comparing texts', () => {
    const ex = new BlockwiseExtractor();
    let text = body(200);
    ex.blocks(text);
    assert.equal(ex.lastScanned, 200);
    let change: TextChange;
    [text, change] = edit(text, text.indexOf('Paragraph 101') + 4, text.indexOf('Paragraph 101') + 4, 'x');
    assert.deepEqual(spans(ex, text, change), fresh(text));
    assert.ok(ex.lastScanned <= 2, String(ex.lastScanned));
    // Without a change range: compared with the last text seen.
    [text] = edit(text, text.indexOf('Paragraph 150'), text.indexOf('Paragraph 150'), 'y');
    assert.deepEqual(spans(ex, text), fresh(text));
    assert.ok(ex.lastScanned <= 2, String(ex.lastScanned));
  });

  it('an opened fence or HTML comment re-scans as far as it reaches, and closing it again splits the rest into blocks', () => {
    const ex = new BlockwiseExtractor();
    let text = body(100);
    ex.blocks(text);
    for (const [open, close] of [['```\n', '\n```\n'], ['<!-- note\n', '\n-->\n']]) {
      const at = text.indexOf('Paragraph 50');
      let change: TextChange;
      [text, change] = edit(text, at, at, open);
      const after = spans(ex, text, change);
      assert.deepEqual(after, fresh(text));
      // The block before (its end was decided by the changed line) and the open block that runs to the end.
      assert.ok(ex.lastScanned <= 2 && after[after.length - 1][0] <= at && after[after.length - 1][1] === text.length, `${open}: ${ex.lastScanned}`);
      const end = text.indexOf('Paragraph 60');
      [text, change] = edit(text, end, end, close);
      // The last layout had one block to the end: the blocks after the closing line are all new.
      const closed = spans(ex, text, change);
      assert.deepEqual(closed, fresh(text));
      assert.ok(ex.lastScanned <= closed.filter(([start]) => start >= end).length + 2, `${close}: ${ex.lastScanned}`);
    }
  });

  it('closing front matter far below the first block re-scans from the start', () => {
    const ex = new BlockwiseExtractor();
    let text = `---\ntitle: draft\n\n${body(40)}`;
    ex.blocks(text);
    const at = text.indexOf('Paragraph 30');
    let change: TextChange;
    [text, change] = edit(text, at, at, '---\n\n');
    assert.deepEqual(spans(ex, text, change), fresh(text));
    assert.equal(fresh(text)[0][1] > at, true, 'the front matter now runs to the inserted line');
  });

  it('a change against a text it never saw (or a lone CR) falls back to a full scan', () => {
    const ex = new BlockwiseExtractor();
    const text = body(30);
    ex.blocks(text);
    const other = body(31);
    assert.deepEqual(spans(ex, other, { base: 'some other text', prefix: 5, suffix: 5 }), fresh(other));
    assert.equal(ex.lastScanned, 31);
    const [cr, change] = edit(other, 10, 11, '\r');
    assert.deepEqual(spans(ex, cr, change), fresh(cr));
  });

  it('findings after change-range analyses equal a fresh whole-document check, CRLF and emoji included', () => {
    const checker = createClaimChecker();
    const whole = createClaimChecker({ wholeDocument: true });
    let text = body(60).replace(/\n/g, '\r\n');
    checker.analyze(text);
    const steps: [string, string][] = [['Paragraph 21', '😀 '], ['Paragraph 33', '```\r\n'], ['Paragraph 45', '```\r\n\r\n'], ['synapse 8', 'Calcium entry through channels sets off transmitter release. '], ['Paragraph 10', '\r\n\r\n- ']];
    for (const [where, insert] of steps) {
      const at = text.indexOf(where);
      let change: TextChange;
      [text, change] = edit(text, at, at + 1, insert);
      assert.deepEqual(checker.analyze(text, change).findings, whole.analyze(text).findings, where);
    }
  });
});
