import { strict as assert } from 'node:assert';
import { appendEntry, addToBibliography, linkBibliography } from '../../server/src/core/bibliography/append';
import { bibliographyPaths, BibliographyStore } from '../../server/src/core/bibliography/store';
import { parseBibliography } from '../../server/src/core/bibliography/parse';
import type { BibFile } from '../../server/src/core/bibliography/types';
import { builtInFactBase } from '../../server/src/core';
import { applySpanEdits } from '../helpers/findings';

const dodge = builtInFactBase().references.get('dodge1967')!;
const fileOf = (text: string, format: BibFile['format']): BibFile => ({ path: `/w/refs.${format}`, format, text, exists: true, ...parseBibliography(text, format) });

describe('bibliographies', () => {
  it('parses BibTeX with @string macros and LaTeX accents, with the key position', () => {
    const text = '@string{jp = {J Physiol}}\n\n@article{ab-1,\n  author = {M{\\"u}ller, Anna and Roe, R.},\n  title = {A {Title}},\n  journal = jp,\n  year = 2001,\n  doi = {10.1/x},\n  pmid = {123}\n}\n';
    const { entries, errors } = parseBibliography(text, 'bibtex');
    assert.deepEqual(errors, []);
    const e = entries.get('ab-1')!;
    assert.equal(text.slice(e.keyStart, e.keyEnd), 'ab-1');
    assert.equal(e.item.author?.[0].family, 'Müller');
    assert.equal(e.item.title, 'A Title');
    assert.equal(e.item['container-title'], 'J Physiol');
    assert.equal(e.item.DOI, '10.1/x');
    assert.equal(e.item.PMID, '123');
  });

  it('parses CSL-JSON and CSL-YAML with key positions, and reports bad files without throwing', () => {
    const json = '[\n  { "id": "k1", "title": "T" }\n]';
    const e = parseBibliography(json, 'csl-json').entries.get('k1')!;
    assert.equal(json.slice(e.keyStart, e.keyEnd), 'k1');
    const yaml = '---\nreferences:\n- id: "k2"\n  title: U\n';
    const y = parseBibliography(yaml, 'csl-yaml').entries.get('k2')!;
    assert.equal(yaml.slice(y.keyStart, y.keyEnd), 'k2');
    assert.ok(parseBibliography('[{"id": ', 'csl-json').errors.length);
    assert.ok(parseBibliography('{"a": 1}', 'csl-json').errors.length);
  });

  it('appends an entry in each format so that the result parses and contains the key', () => {
    for (const [format, text] of [
      ['bibtex', '@book{x, title={X}}'],
      ['csl-json', '[\n  {"id": "x", "title": "X"}\n]\n'],
      ['csl-json', '[]'],
      ['csl-yaml', 'references:\n  - id: x\n    title: X\n'],
    ] as const) {
      const file = fileOf(text, format);
      const out = applySpanEdits(text, appendEntry(file, dodge).edits);
      const parsed = parseBibliography(out, format);
      assert.deepEqual(parsed.errors, [], `${format}: ${out}`);
      assert.ok(parsed.entries.has('dodge1967'), `${format}: ${out}`);
      assert.equal(parsed.entries.get('dodge1967')!.item.DOI, dodge.DOI);
      if (text.includes('"x"') || text.includes('id: x') || text.includes('{x,')) assert.ok(parsed.entries.has('x'));
    }
  });

  it('reuses an entry for the same work, else creates references.bib and links it in front matter', () => {
    const bib = { files: [fileOf('@article{dr67, title={Co-op}, doi={10.1113/JPHYSIOL.1967.sp008367}}', 'bibtex')] };
    assert.deepEqual(addToBibliography('', '/w/a.md', bib, dodge), { key: 'dr67', documentEdits: [], files: [] });
    const created = addToBibliography('# T\n', '/w/a.md', { files: [] }, dodge)!;
    assert.equal(created.files[0].path, '/w/references.bib');
    assert.ok(created.files[0].create);
    assert.equal(applySpanEdits('# T\n', created.documentEdits), '---\nbibliography: references.bib\n---\n\n# T\n');
    assert.equal(addToBibliography('# T\n', undefined, { files: [] }, dodge), undefined);
    assert.equal(applySpanEdits('---\r\ntitle: x\r\n---\r\nBody', [linkBibliography('---\r\ntitle: x\r\n---\r\nBody', 'refs.bib')]), '---\r\ntitle: x\r\nbibliography: refs.bib\r\n---\r\nBody');
  });

  it('resolves front matter paths from the document and configured ones from the base folder; re-reads changed files', () => {
    const text = '---\nbibliography: [a.bib, /abs/b.json]\n---\n';
    assert.deepEqual(bibliographyPaths(text, '/w/docs/x.md', ['c.yaml'], '/w'), ['/w/docs/a.bib', '/abs/b.json', '/w/c.yaml']);
    assert.deepEqual(bibliographyPaths(text, undefined, [], undefined), ['/abs/b.json']);
    let content = '@book{one, title={One}}';
    let mtime = 1;
    let reads = 0;
    const store = new BibliographyStore({ stat: () => ({ mtimeMs: mtime, size: content.length }), read: () => (reads++, content) });
    assert.ok(store.load('/w/r.bib').entries.has('one'));
    store.load('/w/r.bib');
    assert.equal(reads, 1);
    content = '@book{two, title={Two}}';
    mtime = 2;
    assert.ok(store.load('/w/r.bib').entries.has('two'));
    const missing = new BibliographyStore({ stat: () => undefined, read: () => '' }).load('/w/none.bib');
    assert.equal(missing.exists, false);
  });
});
