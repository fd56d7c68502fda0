import { strict as assert } from 'node:assert';
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
