import { strict as assert } from 'node:assert';
import { BlockwiseExtractor } from '../../server/src/core/blockwise';
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

  it('maps text around a GFM autolink literal to its own source, also at the start of a paragraph', () => {
    // remark-gfm splits the text node around "www.…"/"https://…" and the new nodes carry no position.
    for (const md of ['Intro.\n\n[2: https://example.org/ca ends calcium talk.\n', 'Calcium: see www.example.org/mg then magnesium.\n']) {
      for (const seg of [...extractSegments(md), ...new BlockwiseExtractor().segments(md)]) {
        for (const word of ['calcium', 'magnesium', '[2:', 'ends', 'see']) {
          const at = seg.text.indexOf(word);
          if (at < 0) continue;
          const src = toSource(seg, at, at + word.length);
          assert.equal(md.slice(src.start, src.end), word, `${JSON.stringify(md)}: ${word}`);
        }
      }
    }
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

  it('keeps exact offsets after a byte order mark, also with front matter, whole-document and block-wise', () => {
    for (const md of ['\uFEFFCalcium rises.\n\nMagnesium falls.\n', '\uFEFF---\ntitle: x\n\nauthor: y\n---\n\nCalcium *rises*.\n', '\uFEFF```\ncalcium code\n\nmore\n```\n\nCalcium rises.\n']) {
      for (const segs of [extractSegments(md), new BlockwiseExtractor().segments(md)]) {
        assert.ok(segs.length > 0);
        for (const seg of segs) {
          const span = toSource(seg, 0, seg.text.length);
          assert.equal(md.slice(span.start, span.end).replace(/\*/g, ''), seg.text, JSON.stringify(md));
        }
      }
    }
  });

  it('reads a first-line --- that never closes as a thematic break, not as broken front matter', () => {
    const md = '---\n\nIntro.\n\n- calcium item\n- magnesium item\n\nText.[^1]\n\n[^1]: A note.\n';
    const view = (segs: ReturnType<typeof extractSegments>) => segs.map((s) => [s.kind, s.text, s.listItem !== undefined]);
    assert.deepEqual(view(extractSegments(md)), [
      ['paragraph', 'Intro.', false],
      ['paragraph', 'calcium item', true],
      ['paragraph', 'magnesium item', true],
      ['paragraph', 'Text.[^1]', false],
      ['footnoteDefinition', 'A note.', false],
    ]);
    assert.deepEqual(view(new BlockwiseExtractor().segments(md)), view(extractSegments(md)));
  });
});
