/**
 * Formatting CSL items for citations: in-text labels, one-line reference entries, BibTeX and CSL
 * entries, and doi.org / PubMed links. Shared by hovers, quick fixes and completion.
 * (When the fact base's `facts/format.ts` lands these delegate to it; the shapes match.)
 */
import { stringify } from 'yaml';
import type { CslItem } from '../facts/types';

/** https://doi.org link of an item, if it has a DOI. */
export function doiUrl(item: CslItem): string | undefined {
  return item.DOI ? `https://doi.org/${item.DOI}` : undefined;
}

/** PubMed link of an item, if it has a PMID. */
export function pubmedUrl(item: CslItem): string | undefined {
  return item.PMID ? `https://pubmed.ncbi.nlm.nih.gov/${item.PMID}/` : undefined;
}

/** The best link: DOI, then PubMed, then URL. */
export function bestUrl(item: CslItem): string | undefined {
  return doiUrl(item) ?? pubmedUrl(item) ?? (typeof item.URL === 'string' ? item.URL : undefined);
}

/** Year of publication, if known. */
export function yearOf(item: CslItem): number | undefined {
  const y = Number(item.issued?.['date-parts']?.[0]?.[0]);
  return Number.isFinite(y) && y > 0 ? y : undefined;
}

function familyNames(item: CslItem): string[] {
  return (item.author ?? []).map((a) => a.family ?? a.literal ?? '').filter(Boolean);
}

/** Authors for in-text use: "Dodge & Rahamimoff", "Nowak et al.", "Südhof". */
export function authorLabel(item: CslItem): string {
  const names = familyNames(item);
  if (!names.length) return item.title.split(/\s+/).slice(0, 3).join(' ');
  if (names.length === 1) return names[0];
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names[0]} et al.`;
}

/** Short in-text label without punctuation: "Dodge & Rahamimoff 1967". */
export function inTextLabel(item: CslItem): string {
  const y = yearOf(item);
  return y ? `${authorLabel(item)} ${y}` : authorLabel(item);
}

/** Parenthetical form: "Dodge & Rahamimoff, 1967". */
export function authorYear(item: CslItem): string {
  const y = yearOf(item);
  return y ? `${authorLabel(item)}, ${y}` : authorLabel(item);
}

/** Vancouver-style authors: "Dodge FA, Rahamimoff R". */
export function authorList(item: CslItem, max = 6): string {
  const all = (item.author ?? []).map((a) => {
    if (a.literal) return a.literal;
    const initials = (a.given ?? '')
      .split(/[\s.,-]+/)
      .filter((p) => /^\p{Lu}/u.test(p) && !/^(?:Jr|Sr|II|III)$/.test(p))
      .map((p) => p[0])
      .join('');
    return [a.family, initials].filter(Boolean).join(' ');
  });
  return all.length > max ? `${all.slice(0, max).join(', ')}, et al.` : all.join(', ');
}

/** One reference-list line in Markdown, with DOI and PubMed links. */
export function referenceLine(item: CslItem): string {
  const parts: string[] = [];
  const authors = authorList(item);
  if (authors) parts.push(`${authors}.`);
  parts.push(`${item.title.replace(/\.$/, '')}.`);
  const y = yearOf(item);
  const where = [item['container-title'] ? `*${item['container-title']}*.` : item.publisher ? `${item.publisher}.` : '', y ? `${y}` : '']
    .filter(Boolean)
    .join(' ');
  const vol = item.volume ? `;${item.volume}${item.issue ? `(${item.issue})` : ''}${item.page ? `:${item.page}` : ''}` : '';
  if (where) parts.push(`${where}${vol}.`);
  const links = linkList(item);
  if (links) parts.push(links);
  return parts.join(' ');
}

/** "[doi:10.…](https://doi.org/…) · [PMID 123](https://pubmed…)". */
export function linkList(item: CslItem): string {
  const out: string[] = [];
  const doi = doiUrl(item);
  if (doi) out.push(`[doi:${item.DOI}](${doi})`);
  const pm = pubmedUrl(item);
  if (pm) out.push(`[PMID ${item.PMID}](${pm})`);
  if (!out.length && typeof item.URL === 'string' && /^https?:\/\//.test(item.URL)) out.push(`<${item.URL}>`);
  return out.join(' · ');
}

const BIBTEX_TYPE: Record<string, string> = { 'article-journal': 'article', book: 'book', chapter: 'incollection', 'paper-conference': 'inproceedings', report: 'techreport', thesis: 'phdthesis' };

function bibValue(s: string): string {
  return s.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** A BibTeX entry for an item, keyed by its id. */
export function bibtexEntry(item: CslItem, eol = '\n'): string {
  const fields: [string, string | undefined][] = [
    ['author', item.author?.map((a) => (a.literal ? `{${a.literal}}` : [a.family, a.given].filter(Boolean).join(', '))).join(' and ')],
    ['title', `{${item.title}}`],
    [item.type === 'book' ? 'publisher' : 'journal', (item['container-title'] as string | undefined) ?? item.publisher],
    ['year', yearOf(item)?.toString()],
    ['volume', item.volume],
    ['number', item.issue],
    ['pages', item.page?.replace(/-/g, '--')],
    ['doi', item.DOI],
    ['pmid', item.PMID],
  ];
  const body = fields
    .filter((f): f is [string, string] => !!f[1])
    .map(([k, v]) => `  ${k} = {${k === 'title' ? `{${bibValue(v.slice(1, -1))}}` : bibValue(v)}}`)
    .join(`,${eol}`);
  return `@${BIBTEX_TYPE[item.type] ?? 'misc'}{${item.id},${eol}${body}${eol}}${eol}`;
}

/** A CSL item without the fact base's bookkeeping fields (verification notes), for bibliography files. */
export function publicCsl(item: CslItem): CslItem {
  const keep = ['id', 'type', 'title', 'author', 'container-title', 'publisher', 'volume', 'issue', 'page', 'issued', 'DOI', 'PMID', 'PMCID', 'URL'];
  return Object.fromEntries(Object.entries(item).filter(([k]) => keep.includes(k))) as CslItem;
}

/** A CSL-YAML list item ("- id: …"), indented by `indent`. */
export function cslYamlItem(item: CslItem, indent = '', eol = '\n'): string {
  return stringify([publicCsl(item)])
    .split('\n')
    .filter(Boolean)
    .map((l) => indent + l)
    .join(eol) + eol;
}
