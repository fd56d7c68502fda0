import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/positions';

describe('LineIndex (UTF-16 positions)', () => {
  it('counts LF, CRLF and CR line ends', () => {
    const text = 'a\nb\r\nc\rd';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(text.indexOf('b')), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(text.indexOf('c')), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(text.indexOf('d')), { line: 3, character: 0 });
  });

  it('measures characters in UTF-16 code units (emoji count 2, Ca²⁺ superscripts 1)', () => {
    const text = '🧪 Ca²⁺ rises\n\tMg²⁺';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.positionAt(text.indexOf('Ca')), { line: 0, character: 3 });
    assert.deepEqual(idx.positionAt(text.indexOf('rises')), { line: 0, character: 8 });
    assert.deepEqual(idx.positionAt(text.indexOf('Mg')), { line: 1, character: 1 });
  });

  it('never splits a surrogate pair and round-trips offsets', () => {
    const text = 'x😀y';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.positionAt(2), { line: 0, character: 1 });
    for (const off of [0, 1, 3, 4]) assert.equal(idx.offsetAt(idx.positionAt(off)), off);
  });
});

describe('LineIndex.after (an index updated near an edit)', () => {
  it('equals the index of the edited text built afresh (property)', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\n', ' ', '🧠');
    const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(5), text, (before, at, del, ins) => {
        const start = at % (before.length + 1);
        const end = Math.min(before.length, start + del);
        const after = before.slice(0, start) + ins + before.slice(end);
        const updated = LineIndex.after(new LineIndex(before), after, start, before.length - end);
        const fresh = new LineIndex(after);
        assert.equal(updated.lineCount, fresh.lineCount, JSON.stringify([before, after]));
        for (let o = 0; o <= after.length; o++) assert.deepEqual(updated.positionAt(o), fresh.positionAt(o), JSON.stringify([before, after, o]));
      }),
      { seed: 20261208, numRuns: 2000 },
    );
  });
});
