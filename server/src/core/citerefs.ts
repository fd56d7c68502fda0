/**
 * Which fact-base references a citation names, where the identity is certain:
 * - a DOI, PMID or PMCID written in the text or carried by a link (doi.org, PubMed, PMC), or the
 *   reference's own URL;
 * - a footnote or numbered reference whose definition (footnote text, reference-list line) carries one;
 * - a pandoc key whose bibliography entry carries one (adapters, which know the bibliography: `resolveItem`);
 * - an author–year ("Nowak et al. 1984", "Dodge & Rahamimoff, 1967") that matches exactly one reference.
 * Anything else stays unresolved. Only `verified: true` references are ever resolved to.
 */
import type { FactBase } from './facts/factbase';
import type { CslItem } from './facts/types';
import { CITATION_LEAD } from './language/words';
import type { Citation } from './types';

/** Verified references of a fact base by identifier and by first author and year. */
export interface ReferenceIndex {
  byDoi: Map<string, string>;
  byPmid: Map<string, string>;
  byPmcid: Map<string, string>;
  byUrl: Map<string, string>;
  /** Per verified reference: its year and its authors' names, normalised (see `norm`). */
  byAuthor: { id: string; year: string; names: string[] }[];
}

/** What a citation resolves to. */
export interface Resolution {
  /** Verified fact-base reference ids, in citation order. */
  references: string[];
  /** True when some work the citation names could not be identified. */
  unresolved: boolean;
}

const indexes = new WeakMap<FactBase, ReferenceIndex>();

/** The index of a fact base's verified references (built once per fact base). */
export function referenceIndex(facts: FactBase): ReferenceIndex {
  let ix = indexes.get(facts);
  if (ix) return ix;
  ix = { byDoi: new Map(), byPmid: new Map(), byPmcid: new Map(), byUrl: new Map(), byAuthor: [] };
  for (const [id, r] of facts.references) {
    if (r.verified !== true) continue;
    if (r.DOI) ix.byDoi.set(r.DOI.toLowerCase(), id);
    if (r.PMID) ix.byPmid.set(String(r.PMID), id);
    if (r.PMCID) ix.byPmcid.set(String(r.PMCID).toUpperCase(), id);
    if (r.URL) ix.byUrl.set(normUrl(r.URL), id);
    const year = String(r.issued?.['date-parts']?.[0]?.[0] ?? '');
    const names = (r.author ?? []).map((a) => norm(a.family ?? (a.literal ?? '').split(',')[0])).filter(Boolean);
    if (/^\d{4}$/.test(year) && names.length) ix.byAuthor.push({ id, year, names });
  }
  indexes.set(facts, ix);
  return ix;
}

/** Lower case, accents dropped, white space folded: "Südhof" → "sudhof". */
function norm(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function normUrl(u: string): string {
  return trimEnd(u.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, ''), '/#').toLowerCase();
}

/** `s` without trailing characters of `chars` (a loop: a regex like /[.,]+$/ backtracks on long runs). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

const DOI = /\b10\.\d{4,9}\/[^\s"<>\]()]+/g;
const PMID = /\bPMID:?\s?(\d{5,9})\b|pubmed\.ncbi\.nlm\.nih\.gov\/(\d{5,9})\b|ncbi\.nlm\.nih\.gov\/pubmed\/(\d{5,9})\b/gi;
const PMCID = /\bPMC\d{4,9}\b/gi;
const URL_TEXT = /https?:\/\/[^\s<>()\]]+/gi;

/** The fact-base references named by identifiers in a text (a footnote, a reference-list line, a link). */
function referencesByIdentifier(text: string, ix: ReferenceIndex): { ids: Set<string>; identified: boolean } {
  const ids = new Set<string>();
  let identified = false;
  for (const m of text.matchAll(DOI)) {
    identified = true;
    const id = ix.byDoi.get(trimEnd(m[0], '.,;:').toLowerCase());
    if (id) ids.add(id);
  }
  for (const m of text.matchAll(PMID)) {
    identified = true;
    const id = ix.byPmid.get(m[1] ?? m[2] ?? m[3]);
    if (id) ids.add(id);
  }
  for (const m of text.matchAll(PMCID)) {
    identified = true;
    const id = ix.byPmcid.get(m[0].toUpperCase());
    if (id) ids.add(id);
  }
  for (const m of text.matchAll(URL_TEXT)) {
    const id = ix.byUrl.get(normUrl(trimEnd(m[0], '.,;:')));
    if (id) {
      identified = true;
      ids.add(id);
    }
  }
  return { ids, identified };
}

/** One work from one piece of text: the single reference it identifies, if exactly one. */
function single(found: { ids: Set<string> }): string | undefined {
  return found.ids.size === 1 ? [...found.ids][0] : undefined;
}

/** The fact-base reference of a bibliography entry (by DOI, PMID, PMCID or URL), if certain. */
export function resolveItem(item: CslItem, ix: ReferenceIndex): string | undefined {
  const ids = new Set<string>();
  if (item.DOI) {
    const id = ix.byDoi.get(String(item.DOI).replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').toLowerCase());
    if (id) ids.add(id);
  }
  const pmid = item.PMID && ix.byPmid.get(String(item.PMID));
  if (pmid) ids.add(pmid);
  const pmcid = item.PMCID && ix.byPmcid.get(String(item.PMCID).toUpperCase());
  if (pmcid) ids.add(pmcid);
  const url = item.URL && ix.byUrl.get(normUrl(String(item.URL)));
  if (url) ids.add(url);
  return single({ ids });
}

const YEAR = /\b((?:19|20)\d{2})[a-z]?\b/g;

/**
 * The references of an author–year citation: each part ("Nowak et al., 1984; Mayer et al., 1984") names
 * one work, identified when exactly one verified reference has that year and a first author whose name
 * opens the part (and, for "A & B" or "A and B", B as its second author).
 */
export function resolveAuthorYear(text: string, ix: ReferenceIndex): Resolution {
  const references: string[] = [];
  let unresolved = false;
  for (const raw of text.split(';')) {
    const years = [...raw.matchAll(YEAR)].map((m) => m[1]);
    if (!years.length) continue;
    const part = norm(raw.replace(/^[\s([—–-]+/, '').replace(CITATION_LEAD, ''));
    if (years.length > 1 || !/^\p{L}/u.test(part)) {
      unresolved = true;
      continue;
    }
    const second = secondAuthor(part);
    const hits = ix.byAuthor.filter(
      (r) => r.year === years[0] && startsWithName(part, r.names[0]) && (!second || (r.names.length > 1 && second === r.names[1])),
    );
    if (hits.length === 1) references.push(hits[0].id);
    else unresolved = true;
  }
  return { references: [...new Set(references)], unresolved };
}

/** "dodge & rahamimoff, 1967" → "rahamimoff": the name after the first "&" or "and", up to a comma, year or bracket. */
function secondAuthor(part: string): string | undefined {
  const m = /\s(?:&|and)\s/.exec(part);
  if (!m || part.slice(0, m.index).includes(',')) return undefined;
  const rest = part.slice(m.index + m[0].length);
  const stop = rest.search(/,|\s\(|\s(?:19|20)\d{2}/);
  return (stop < 0 ? rest : rest.slice(0, stop)).trim() || undefined;
}

function startsWithName(part: string, name: string): boolean {
  return part.startsWith(name) && !/[\p{L}\p{N}]/u.test(part.charAt(name.length));
}

/** The definition labels a footnote or numeric citation points to: "^label", "#n" (ranges expanded). */
export function citationLabels(c: Citation): string[] {
  if (c.kind === 'footnote') return c.keys.map((k) => `^${k}`);
  const out: string[] = [];
  for (const k of c.keys) {
    const m = /^(\d+)\s*[-–]\s*(\d+)$/.exec(k.trim());
    if (m) for (let i = Number(m[1]); i <= Number(m[2]) && out.length < 100; i++) out.push(`#${i}`);
    else if (/^\d+$/.test(k.trim())) out.push(`#${Number(k.trim())}`);
  }
  return out;
}

/**
 * The references a citation names (pandoc keys are left to the adapters, which know the bibliography).
 * `definitions`: footnote ("^label") and reference-list ("#n") texts with their link URLs.
 */
export function resolveCitationReferences(c: Citation, definitions: Map<string, string>, ix: ReferenceIndex): Resolution | undefined {
  switch (c.kind) {
    case 'doi':
    case 'pubmed':
    case 'link': {
      const key = c.keys[0] ?? '';
      const id =
        c.kind === 'doi'
          ? ix.byDoi.get(key.toLowerCase())
          : c.kind === 'pubmed'
            ? /^PMC/i.test(key)
              ? ix.byPmcid.get(key.toUpperCase())
              : ix.byPmid.get(key)
            : ix.byUrl.get(normUrl(key));
      if (c.kind === 'link' && !id) return undefined;
      return { references: id ? [id] : [], unresolved: !id };
    }
    case 'footnote':
    case 'numeric': {
      const labels = citationLabels(c);
      if (!labels.length) return undefined;
      const references: string[] = [];
      let unresolved = false;
      for (const l of labels) {
        const def = definitions.get(l);
        const id = def === undefined ? undefined : single(referencesByIdentifier(def, ix));
        if (id) references.push(id);
        else unresolved = true;
      }
      return { references: [...new Set(references)], unresolved };
    }
    case 'author-year':
      return resolveAuthorYear(c.text, ix);
    default:
      return undefined;
  }
}
