import { strict as assert } from 'node:assert';
import { extractSegments, toSource } from '../../server/src/core/markdown';

describe('extractSegments', () => {
  it('skips code blocks, inline code, front matter, HTML blocks and bare URLs', () => {
    const md = [
      '---',
      'title: calcium notes',
      '---',
      '',
      'Prose about calcium and `calcium()` code.',
      '',
      '```js',
      'const calcium = 1;',
      '```',
      '',
      '<div>calcium in html</div>',
      '',
      'See https://example.org/calcium for more.',
    ].join('\n');
    const segs = extractSegments(md);
    const texts = segs.map((s) => s.text);
    assert.equal(segs.length, 2);
    assert.match(texts[0], /^Prose about calcium and\s+code\.$/);
    assert.ok(!texts.join(' ').includes('example.org'));
    assert.ok(!texts.join(' ').includes('const'));
  });

  it('maps every prose character back to its exact source offset', () => {
    const md = '> Low **calcium** raises\n> excitability &amp; tetany.';
    const [seg] = extractSegments(md);
    const i = seg.text.indexOf('calcium');
    const span = toSource(seg, i, i + 'calcium'.length);
    assert.equal(md.slice(span.start, span.end), 'calcium');
    const j = seg.text.indexOf('excitability');
    const span2 = toSource(seg, j, j + 'excitability'.length);
    assert.equal(md.slice(span2.start, span2.end), 'excitability');
  });

  it('reads Ca<sup>2+</sup> as one token and keeps link text', () => {
    const [seg] = extractSegments('Ca<sup>2+</sup> enters via [channels](https://doi.org/10.1038/415198a).');
    assert.match(seg.text, /^Ca2\+ enters via channels\.$/);
    assert.equal(seg.links.length, 1);
    assert.equal(seg.links[0].url, 'https://doi.org/10.1038/415198a');
  });

  it('marks headings, footnote definitions and reference lists', () => {
    const md = '# Calcium\n\nText about calcium.[^1]\n\n[^1]: Bers DM. Nature 2002.\n\n## References\n\n1. Dodge FA. J Physiol 1967.\n';
    const kinds = extractSegments(md).map((s) => s.kind);
    assert.deepEqual(kinds, ['heading', 'paragraph', 'footnoteDefinition', 'heading', 'referenceEntry']);
  });
});
