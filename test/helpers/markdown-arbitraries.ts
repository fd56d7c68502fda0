/**
 * fast-check arbitraries for Markdown drafts: a structure-aware generator (front matter, headings,
 * paragraphs of mineral claims, nested lists and block quotes, fences, tables, HTML, footnotes,
 * reference lists, citations of every style) mixed with hostile Unicode (astral characters, lone
 * surrogates, combining marks, NUL, tabs) and every line-end convention (LF, CRLF, CR, mixed).
 *
 * Vocabulary comes from the built-in fact base, so the generator follows the data rather than the
 * wording of any example.
 */
import fc from 'fast-check';
import { builtInFactBase } from '../../server/src/core';

const facts = builtInFactBase();

/** Mineral words: names, symbols with every charge notation, condition words. */
const MINERAL_WORDS = facts.minerals.flatMap((m) => [
  ...m.names,
  ...m.names.map((n) => n[0].toUpperCase() + n.slice(1)),
  m.symbol,
  `${m.symbol}²⁺`,
  `${m.symbol}2+`,
  `${m.symbol}++`,
  `${m.symbol}(2+)`,
  ...m.conditions.low,
  ...m.conditions.high,
]);
/** Target terms of the fact base. */
const TARGET_WORDS = facts.targets.flatMap((t) => t.terms);
/** Reference ids of the fact base (used as pandoc keys, some of them unknown on purpose). */
const KEYS = [...facts.references.keys(), 'unknown2020', 'a', 'x_y:z'];
const VERBS = ['triggers', 'blocks', 'causes', 'increases', 'reduces', 'lowers', 'raises', 'inhibits', 'drives', 'prevents', 'is required for', 'leads to', 'is linked to'];
const LEVELS = ['low', 'high', 'elevated', 'reduced', 'excess', 'deficient', 'too much', 'lack of'];
const FILLER = ['the', 'and', 'but', 'not', 'in', 'nerve', 'cells', 'muscle', 'may', 'often', 'e.g.', 'et al.', 'Fig.', 'mmol/L.', 'i.e.', 'vs.', 'which', 'it', 'this'];

/** Random Unicode that breaks naive code: astral, lone surrogates, combining marks, controls, RTL, BOM. */
export const hostileChar: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('😀', '𝔸', '🧪', '👩‍🔬', 'Ca²⁺', 'µ', 'é', 'e\u0301', '\u0301', '\u20dd', '\u200b', '\u200d', '\ufeff', '\u202e', '\u00a0', '\t', '\u0000', '\u2028', '\u2029', '\\', '`', '*', '_', '<', '>', '&amp;', '&#x1F600;', '|', '~'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 3, arbitrary: fc.constantFrom(...MINERAL_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TARGET_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 1, arbitrary: fc.constantFrom(...LEVELS) },
  { weight: 1, arbitrary: hostileChar },
);

/** A citation in any style the tool knows, plus vague ones and broken ones. */
export const citation: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...KEYS).map((k) => `[@${k}]`),
  fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...KEYS)).map(([a, b]) => `[see @${a}, p. 3; -@${b}]`),
  fc.constantFrom(...KEYS).map((k) => `@${k}`),
  fc.integer({ min: 1, max: 12 }).map((n) => `[^${n}]`),
  fc.constantFrom('[1]', '[2, 3]', '[1-4]', '[12–14]'),
  fc.constantFrom('(Smith et al., 2001)', '(Dodge & Rahamimoff 1967; Katz 1969)', 'Cooper and Gittoes (2008)', '(see van der Berg, 2015a)'),
  fc.constantFrom('doi:10.1113/jphysiol.1967.sp008367', 'https://doi.org/10.1038/nature12345', 'PMID: 6048998', 'PMID 123'),
  fc.constantFrom('[paper](https://pubmed.ncbi.nlm.nih.gov/6048998/)', '[PubMed](https://pubmed.ncbi.nlm.nih.gov/?term=calcium)', '<https://doi.org/10.1/x>', '[journal](https://www.nature.com)'),
  fc.constantFrom('PubMed', 'Google Scholar', 'studies show', 'experts say', 'research suggests', 'according to research'),
  fc.constantFrom('[@', '[^', '(Smith,', 'doi:', '[', '(', '[@]', '[^]'),
);

/** Inline content: words, citations, emphasis, code, links, inline HTML. */
export const inline: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: word },
      { weight: 2, arbitrary: citation },
      { weight: 1, arbitrary: word.map((w) => `*${w}*`) },
      { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
      { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
      { weight: 1, arbitrary: word.map((w) => `[${w}](https://example.org/${w.replace(/[^A-Za-z0-9]+/g, "-")})`) },
      { weight: 1, arbitrary: fc.constantFrom('Ca<sup>2+</sup>', '<span class="x">', '</span>', '<br>', '<!-- note -->', '<!-- mineral-claims-disable -->', '$x^2$') },
      { weight: 1, arbitrary: fc.constantFrom('.', '. ', '? ', '! ', ', ', '; ', ' — ', ':', '\\.', '  \n') },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

/** A sentence-shaped claim: [level] mineral verb target [citation]. */
export const claim: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
    fc.constantFrom(...MINERAL_WORDS),
    fc.constantFrom(...VERBS),
    fc.constantFrom(...TARGET_WORDS),
    fc.option(citation, { nil: undefined }),
  )
  .map(([lvl, m, v, t, c]) => `${lvl ? `${lvl} ` : ''}${m} ${v} ${t}${c ? ` ${c}` : ''}.`);

const paragraph = fc.array(fc.oneof({ weight: 2, arbitrary: claim }, { weight: 1, arbitrary: inline }), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

const frontMatter = fc.oneof(
  fc.constant('---\ntitle: Calcium\nbibliography: refs.bib\n---\n'),
  fc.constant('---\ntitle: [unclosed\n  - : :\n---\n'),
  fc.constant('---\ntitle: "never closed\n'),
  fc.constant('---\n\t- tab: indented\n---\n'),
  fc.constant('+++\ntitle = "toml"\n+++\n'),
  fc.constant('---\nmineral-claims: {rules: {uncited-claim: off}\n---\n'),
);

const leaf = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: fc.constantFrom('## References', 'References:', '# Sources') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'md'), paragraph, fc.boolean()).map(([f, lang, body, close]) => `${f}${lang}\n${body}\n${close ? f : ''}`) },
  { weight: 1, arbitrary: paragraph.map((p) => `    ${p}`) },
  { weight: 1, arbitrary: fc.tuple(inline, inline, inline, inline).map(([a, b, c, d]) => `| ${a} | ${b} |\n| --- | :-: |\n| ${c} | ${d} |`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), paragraph).map(([n, p]) => `[^${n}]: ${p}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), paragraph).map(([n, p]) => `${n}. ${p}`) },
  { weight: 1, arbitrary: paragraph.map((p) => `<div>\n${p}\n</div>`) },
  { weight: 1, arbitrary: fc.constantFrom('<details><summary>x', '<!--', '-->', '***', '---', '[ref]: https://doi.org/10.1/abc', '$$\nCa^{2+}\n$$') },
);

/** A block: a leaf, or a list / block quote of blocks (nesting bounded by fast-check's depth control). */
const { block } = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '- [ ] '), fc.array(tie('block'), { minLength: 1, maxLength: 3 })).map(([marker, items]) =>
      items.map((b) => marker + b.replace(/\n/g, `\n${' '.repeat(marker.length)}`)).join('\n'),
    ),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((bs) => bs.join('\n\n').replace(/^/gm, '> ')),
  ),
}));

/** Line-end conventions; "mixed" picks per line. */
export type LineEnd = 'lf' | 'crlf' | 'cr' | 'mixed';

function withLineEnds(text: string, style: LineEnd, picks: number[]): string {
  if (style === 'lf') return text;
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][picks[i++ % picks.length] % 3]);
}

/** A whole Markdown document. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { nil: undefined }),
    fc.array(block, { minLength: 1, maxLength: 6 }),
    fc.constantFrom<LineEnd>('lf', 'crlf', 'cr', 'mixed'),
    fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n\n', '\n', '\n\n\n', '\n \t\n'),
    fc.boolean(),
  )
  .map(([fm, blocks, le, picks, sep, finalNewline]) => withLineEnds((fm ?? '') + blocks.join(sep) + (finalNewline ? '\n' : ''), le, picks));

/** Structured documents, and structured documents with hostile characters spliced in anywhere. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: markdownDocument },
  {
    weight: 1,
    arbitrary: fc.tuple(markdownDocument, fc.array(fc.tuple(fc.nat(), hostileChar), { maxLength: 6 })).map(([doc, inserts]) => {
      let out = doc;
      for (const [at, s] of inserts) {
        const i = at % (out.length + 1);
        out = out.slice(0, i) + s + out.slice(i);
      }
      return out;
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
