/**
 * `knownProse` (blocks.ts) lets block-wise analysis skip parsing a block only to learn whether it has
 * prose: whenever it answers, the answer must be what parsing says.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { knownProse } from '../../server/src/core/blocks';
import { extractSegments } from '../../server/src/core/markdown';

const parsed = (block: string) => extractSegments(block).length > 0;

const LINES = [
  'Install the package and run the build.',
  'www.example.org is a site',
  'user@example.org wrote this',
  'https://example.org',
  'mailto:someone@example.org',
  'Word',
  'a | b',
  '| --- | --- |',
  '===',
  '---',
  '```',
  '```js',
  '~~~',
  '````',
  '  ```',
  '    indented code',
  '\tcode with a tab',
  '<!-- a comment',
  '<!-- a comment -->',
  'ends here -->',
  '<!-->',
  '<div>',
  '# Heading',
  '- item',
  '1. item',
  '> quote',
  '[label]: https://example.org',
  '',
  '   ',
  'x',
];

describe('knownProse (blocks.ts)', () => {
  it('answers for the common cases', () => {
    const known = (block: string) => knownProse(block, 0, block.length);
    assert.equal(known('Some words here.\n\n'), true);
    assert.equal(known('```ts\nconst calcium = 1;\n\nmore();\n```\n\n'), false);
    assert.equal(known('<!-- TODO: check\n\nthe numbers -->\n\n'), false);
    assert.equal(known('    $ npm run build\n    ok\n\n'), false);
    assert.equal(known('www.example.org\n'), undefined);
    assert.equal(known('```\nunclosed\n'), undefined);
    assert.equal(known('```\ncode\n```\nAfter the fence.\n'), undefined);
    // An end past the text is read as the text's end.
    assert.equal(knownProse('```\ncode\n```\n', 0, 100), false);
  });

  it('agrees with parsing whenever it answers', () => {
    const block = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 6 }).map((ls) => `${ls.join('\n')}\n\n`);
    fc.assert(
      fc.property(block, (b) => {
        const k = knownProse(b, 0, b.length);
        if (k !== undefined) assert.equal(k, parsed(b), JSON.stringify(b));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('reads only the block between start and end', () => {
    const doc = 'Prose before.\n\n```\ncode\n```\n\nProse after.\n';
    const start = doc.indexOf('```');
    const end = doc.indexOf('Prose after');
    assert.equal(knownProse(doc, start, end), false);
    assert.equal(knownProse(doc, end, doc.length), true);
  });
});
