import { strict as assert } from 'node:assert';
import { extractSegments, toSource } from '../../server/src/core/markdown';
import { offsetMapOf, offsetsOf } from '../../server/src/core/offsets';

describe('offset maps (compact segment text → source offsets)', () => {
  it('returns every offset it was built from, shifted on request, NaN outside', () => {
    const offsets = [3, 4, 5, 9, 9, 9, 10, 20, 21, 0, 1];
    const map = offsetMapOf(offsets);
    assert.equal(map.length, offsets.length);
    assert.deepEqual(offsetsOf(map), offsets);
    assert.deepEqual(offsetsOf(map.shifted(-3)), offsets.map((x) => x - 3));
    assert.ok(Number.isNaN(map.at(-1)) && Number.isNaN(map.at(offsets.length)));
  });

  it('maps prose after escapes, entities, quote markers and CRLF to the exact source characters', () => {
    const md = '> Low \\*calcium\\* &amp; **magnesium**\r\n> cause Ca²⁺ 🧪 tetany.';
    const [seg] = extractSegments(md);
    for (const word of ['calcium', 'magnesium', 'Ca²⁺', '🧪', 'tetany']) {
      const i = seg.text.indexOf(word);
      const span = toSource(seg, i, i + word.length);
      assert.equal(md.slice(span.start, span.end), word);
    }
    assert.equal(seg.srcOf.length, seg.text.length + 1);
  });
});
