/**
 * Citation text for hovers, quick fixes and completion, on top of the fact base's formatters
 * (`facts/format.ts`): a compact in-text label, Markdown links to doi.org and PubMed, a reference
 * line whose identifiers are Markdown links, and entries for BibTeX and CSL-YAML files.
 */
import { stringify } from 'yaml';
import { bibtex, cslItem, inTextBare, links, referenceLine as apaReferenceLine, year } from '../facts/format';
import type { CslItem } from '../facts/types';

export { cslItem as publicCsl, inTextBare as authorYear, markdownLinkCitation } from '../facts/format';

/** Year of publication as a number, if known. */
export function yearOf(item: CslItem): number | undefined {
  const y = Number(year(item));
  return Number.isFinite(y) && y > 0 ? y : undefined;
}

/** Short in-text label without punctuation, for titles and pickers: "Dodge & Rahamimoff 1967". */
export function inTextLabel(item: CslItem): string {
  return inTextBare(item).replace(/, n\.d\.$/, '').replace(/, (\d{4}[a-z]?)$/, ' $1');
}

/** Vancouver-style authors for display: "Dodge FA, Rahamimoff R". */
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

/** "[doi:10.…](https://doi.org/…) · [PMID 123](https://pubmed…)", or the item's URL when it has neither. */
export function linkList(item: CslItem): string {
  const l = links(item);
  const out: string[] = [];
  if (l.doi) out.push(`[doi:${item.DOI}](${l.doi})`);
  if (l.pubmed) out.push(`[PMID ${item.PMID}](${l.pubmed})`);
  if (!out.length && l.url && /^https?:\/\//.test(l.url)) out.push(`<${l.url}>`);
  return out.join(' · ');
}

/** A reference-list line in Markdown (APA-like, from the fact base formatter) with linked DOI and PMID. */
export function referenceLine(item: CslItem): string {
  const line = apaReferenceLine(item, { markdown: true });
  const primary = links(item).primary;
  const body = primary && line.endsWith(` ${primary}`) ? line.slice(0, -primary.length - 1) : line;
  const linked = linkList(item);
  return linked ? `${body} ${linked}` : body;
}

/** A BibTeX entry for an item (keyed by its id), with the given line break and a final one. */
export function bibtexEntry(item: CslItem, eol = '\n'): string {
  return bibtex(item).split('\n').join(eol) + eol;
}

/** A CSL-YAML list item ("- id: …"), indented by `indent`. */
export function cslYamlItem(item: CslItem, indent = '', eol = '\n'): string {
  return (
    stringify([cslItem(item)])
      .split('\n')
      .filter(Boolean)
      .map((l) => indent + l)
      .join(eol) + eol
  );
}
