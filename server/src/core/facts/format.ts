/**
 * Citation formatters for CSL-JSON references: pandoc key, BibTeX entry, clean CSL-JSON item, short
 * in-text form "(Dodge & Rahamimoff, 1967)", a reference-list line, footnotes and links. Small and
 * dependency-free (a full citation processor would multiply the bundle size); tested against known
 * output in `test/unit/facts-format.test.ts`.
 */
import type { CslItem } from './types';

type Name = NonNullable<CslItem['author']>[number];

/** Fields of our CSL items that record verification, not bibliographic data. */
const PRIVATE_FIELDS = new Set(['verified', 'verified_by', 'identifiers_confidence', 'unverified_fields', 'note']);

/** The item as plain CSL-JSON (for pandoc, Zotero, citeproc): verification bookkeeping removed. */
export function cslItem(item: CslItem): CslItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!PRIVATE_FIELDS.has(k)) out[k] = v;
  if (item.author) out.author = item.author.map(splitSuffix);
  return out as CslItem;
}

/** The pandoc citation key, e.g. "dodge1967". */
export function pandocKey(item: CslItem): string {
  return item.id;
}

/** A pandoc citation, e.g. "[@dodge1967]". */
export function pandocCitation(item: CslItem): string {
  return `[@${pandocKey(item)}]`;
}

/** Year of issue, or undefined. */
export function year(item: CslItem): string | undefined {
  const y = item.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? undefined : String(y);
}

/** Authors with "et al." placeholders removed, and whether the list was cut short. */
function authorsOf(item: CslItem): { names: Name[]; truncated: boolean } {
  const all = (item.author ?? []).map(splitSuffix);
  const names = all.filter((a) => !isEtAl(a));
  return { names, truncated: names.length < all.length };
}

function isEtAl(a: Name): boolean {
  return !a.family && /^et al\.?$/i.test(a.literal?.trim() ?? '');
}

/** CSL "given" values such as "F. A., Jr" carry a suffix; move it to `suffix`. */
function splitSuffix(a: Name): Name {
  if (a.suffix || !a.given) return a;
  const m = /^(.*?),\s*(Jr\.?|Sr\.?|II|III|IV)$/.exec(a.given);
  return m ? { ...a, given: m[1], suffix: m[2] } : a;
}

function familyOf(a: Name): string {
  return a.family ?? a.literal ?? '';
}

/** The short in-text form without parentheses: "Bers, 2002", "Dodge & Rahamimoff, 1967", "Nowak et al., 1984". */
export function inTextBare(item: CslItem): string {
  const { names, truncated } = authorsOf(item);
  let who: string;
  if (!names.length) who = item['container-title'] ?? item.title;
  else if (names.length >= 3 || truncated) who = `${familyOf(names[0])} et al.`;
  else if (names.length === 2) who = `${familyOf(names[0])} & ${familyOf(names[1])}`;
  else who = familyOf(names[0]);
  return `${who}, ${year(item) ?? 'n.d.'}`;
}

/** The short in-text form: "(Dodge & Rahamimoff, 1967)". */
export function inText(item: CslItem): string {
  return `(${inTextBare(item)})`;
}

/** Links for a reference: doi.org, PubMed, PMC and the item's own URL, when known. */
export interface ReferenceLinks {
  doi?: string;
  pubmed?: string;
  pmc?: string;
  url?: string;
  /** The best single link: DOI, else PubMed, else the URL. */
  primary?: string;
}

/** Links of a reference. */
export function links(item: CslItem): ReferenceLinks {
  const out: ReferenceLinks = {};
  if (item.DOI) out.doi = `https://doi.org/${item.DOI}`;
  if (item.PMID) out.pubmed = `https://pubmed.ncbi.nlm.nih.gov/${item.PMID}/`;
  if (item.PMCID) out.pmc = `https://pmc.ncbi.nlm.nih.gov/articles/${item.PMCID}/`;
  if (item.URL) out.url = item.URL;
  const primary = out.doi ?? out.pubmed ?? out.url;
  if (primary) out.primary = primary;
  return out;
}

/** A Markdown link citation: "([Dodge & Rahamimoff, 1967](https://doi.org/…))". */
export function markdownLinkCitation(item: CslItem): string {
  const href = links(item).primary;
  return href ? `([${inTextBare(item)}](${href}))` : inText(item);
}

/** "Dodge, F. A., Jr" — APA-style name with initials. */
function apaName(a: Name): string {
  if (!a.family) return a.literal ?? '';
  const initials = (a.given ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((g) => (/^[A-Z]\.$/.test(g) ? g : g.split('-').map((p) => `${p[0]}.`).join('-')))
    .join(' ');
  return [a.family, initials, a.suffix].filter(Boolean).join(', ');
}

function apaAuthors(item: CslItem): string {
  const { names, truncated } = authorsOf(item);
  const parts = names.map(apaName);
  if (!parts.length) return '';
  if (truncated) return `${parts.join(', ')}, et al.`;
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')}, & ${parts[parts.length - 1]}`;
}

function pages(p: string | undefined): string | undefined {
  return p?.replace(/(\d)\s*[-–]\s*(\d)/, '$1–$2');
}

function endWithPeriod(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

/**
 * A reference-list line in APA-like style. With `markdown`, the journal or book title is in italics.
 * E.g. "Bers, D. M. (2002). Cardiac excitation–contraction coupling. Nature, 415(6868), 198–205. https://doi.org/10.1038/415198a"
 */
export function referenceLine(item: CslItem, options: { markdown?: boolean } = {}): string {
  const it = (s: string) => (options.markdown ? `*${s}*` : s);
  const authors = apaAuthors(item);
  const head = `${authors ? `${endWithPeriod(authors)} ` : ''}(${year(item) ?? 'n.d.'}).`;
  let body: string;
  if (item.type === 'book') {
    body = `${it(endWithPeriod(item.title))}${item.publisher ? ` ${endWithPeriod(item.publisher)}` : ''}`;
  } else if (item.type === 'webpage') {
    body = `${endWithPeriod(item.title)}${item['container-title'] ? ` ${it(endWithPeriod(item['container-title']))}` : ''}`;
  } else {
    const container = item['container-title'];
    let src = container ? it(container) : '';
    if (item.volume) src += `${src ? ', ' : ''}${options.markdown ? `*${item.volume}*` : item.volume}`;
    if (item.issue) src += `(${item.issue})`;
    const pg = pages(item.page);
    if (pg) src += `${src ? ', ' : ''}${pg}`;
    body = `${endWithPeriod(item.title)}${src ? ` ${src}.` : ''}`;
  }
  const l = links(item);
  const link = l.primary;
  return `${head} ${body}${link ? ` ${link}` : ''}`;
}

/** A Markdown footnote for a reference: marker "[^dodge1967]" and definition "[^dodge1967]: <reference line>". */
export function footnote(item: CslItem): { marker: string; definition: string } {
  const marker = `[^${item.id}]`;
  return { marker, definition: `${marker}: ${referenceLine(item, { markdown: true })}` };
}

const BIBTEX_TYPES: Record<string, string> = {
  'article-journal': 'article',
  article: 'article',
  review: 'article',
  book: 'book',
  chapter: 'incollection',
  'paper-conference': 'inproceedings',
  report: 'techreport',
  thesis: 'phdthesis',
  webpage: 'misc',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escape TeX specials in a field value (braces are kept balanced by escaping them). */
function tex(s: string): string {
  return s.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

function bibName(a: Name): string {
  if (!a.family) return `{${tex(a.literal ?? '')}}`;
  const family = tex(a.family);
  return [family, a.suffix ? tex(a.suffix) : undefined, a.given ? tex(a.given) : undefined].filter(Boolean).join(', ');
}

/**
 * A BibTeX entry with doi, pmid (and pmcid, url) fields. Titles are double-braced to keep their case.
 * E.g. `@article{bers2002,\n  author = {Bers, D. M.},\n  title = {{Cardiac excitation-contraction coupling}}, …}`.
 */
export function bibtex(item: CslItem): string {
  const type = BIBTEX_TYPES[item.type] ?? 'misc';
  const fields: [string, string][] = [];
  const { names, truncated } = authorsOf(item);
  if (names.length) fields.push(['author', [...names.map(bibName), ...(truncated ? ['others'] : [])].join(' and ')]);
  fields.push(['title', `{${tex(item.title)}}`]);
  const container = item['container-title'];
  if (container) {
    const key = type === 'article' ? 'journal' : type === 'incollection' || type === 'inproceedings' ? 'booktitle' : 'howpublished';
    fields.push([key, tex(container)]);
  }
  if (item.publisher) fields.push(['publisher', tex(item.publisher)]);
  if (item['publisher-place']) fields.push(['address', tex(item['publisher-place'])]);
  const y = year(item);
  if (y) fields.push(['year', y]);
  const month = item.issued?.['date-parts']?.[0]?.[1];
  if (typeof month === 'number' && month >= 1 && month <= 12) fields.push(['month', MONTHS[month - 1]]);
  if (item.volume) fields.push(['volume', tex(item.volume)]);
  if (item.issue) fields.push(['number', tex(item.issue)]);
  if (item.page) fields.push(['pages', tex(item.page.replace(/(\d)\s*[-–]\s*(\d)/, '$1--$2'))]);
  if (item.DOI) fields.push(['doi', item.DOI]);
  if (item.PMID) fields.push(['pmid', item.PMID]);
  if (item.PMCID) fields.push(['pmcid', item.PMCID]);
  if (item.URL) fields.push(['url', item.URL]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  // month is conventionally a macro (nov), not a braced string
  return `@${type}{${item.id},\n${body.replace(/ {2}month = \{(\w+)\}/, '  month = $1')}\n}`;
}

/** A whole BibTeX file for several references. */
export function bibtexFile(items: CslItem[]): string {
  return items.map(bibtex).join('\n\n') + '\n';
}
