/**
 * Bibliography files → CSL items with key positions. BibTeX/BibLaTeX go through
 * biblatex-csl-converter (a maintained BibLaTeX parser with a CSL exporter); CSL-JSON and CSL-YAML
 * through `yaml` (JSON is YAML), whose node ranges give each key's position. Never throws.
 */
import type * as BiblatexCsl from 'biblatex-csl-converter';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { CslItem } from '../facts/types';
import type { BibEntry, BibFormat } from './types';

/** The result of parsing one file's text. */
export interface ParsedBibliography {
  entries: Map<string, BibEntry>;
  errors: string[];
}

/** The format of a bibliography path, from its extension (BibTeX when unknown). */
export function formatOf(path: string): BibFormat {
  if (/\.json$/i.test(path)) return 'csl-json';
  if (/\.ya?ml$/i.test(path)) return 'csl-yaml';
  return 'bibtex';
}

/** Parse a bibliography text of the given format. */
export function parseBibliography(text: string, format: BibFormat): ParsedBibliography {
  try {
    return format === 'bibtex' ? parseBibtex(text) : parseCsl(text);
  } catch (e) {
    return { entries: new Map(), errors: [`cannot parse: ${(e as Error).message}`] };
  }
}

interface RawBibEntry {
  entry_key: string;
  fields: Record<string, unknown>;
  unknown_fields?: Record<string, unknown>;
}

const ENTRY_HEAD = /@[A-Za-z]+\s*[{(]\s*([^\s,{}()]+)\s*,/g;

/** The BibTeX converter, loaded on first use: it and xregexp take tens of milliseconds to load, which server start-up need not pay. */
let biblatex: typeof BiblatexCsl | undefined;
function biblatexCsl(): typeof BiblatexCsl {
  return (biblatex ??= require('biblatex-csl-converter') as typeof BiblatexCsl);
}

function parseBibtex(text: string): ParsedBibliography {
  const { BibLatexParser, CSLExporter } = biblatexCsl();
  const parsed = new BibLatexParser(text, { processUnexpected: true, processUnknown: true }).parse();
  const raw = parsed.entries as unknown as Record<string, RawBibEntry>;
  const csl = new CSLExporter(parsed.entries).parse() as Record<string, Record<string, unknown>>;
  const positions = new Map<string, number>();
  for (const m of text.matchAll(ENTRY_HEAD)) if (!positions.has(m[1])) positions.set(m[1], m.index + m[0].lastIndexOf(m[1]));
  const entries = new Map<string, BibEntry>();
  for (const [id, item] of Object.entries(csl)) {
    const rawEntry = raw[id];
    if (!rawEntry) continue;
    const key = rawEntry.entry_key;
    const keyStart = positions.get(key) ?? 0;
    entries.set(key, { item: bibtexToCsl(key, item, rawEntry), keyStart, keyEnd: keyStart + key.length });
  }
  const errors = (parsed.errors as { type: string; line?: number; entry?: string }[]).map(
    (e) => `${e.type.replace(/_/g, ' ')}${e.entry ? ` in ${e.entry}` : ''}${e.line ? ` (line ${e.line})` : ''}`,
  );
  return { entries, errors };
}

function bibtexToCsl(key: string, item: Record<string, unknown>, raw: RawBibEntry): CslItem {
  const out: CslItem = { ...(item as Partial<CslItem>), id: key, type: String(item.type ?? 'article'), title: stripTags(String(item.title ?? '')) };
  for (const f of ['container-title', 'publisher'] as const) if (typeof out[f] === 'string') out[f] = stripTags(out[f] as string);
  const journal = plain(raw.fields.journaltitle);
  if (journal) out['container-title'] = journal;
  const pmid = plain(raw.unknown_fields?.pmid) ?? (/pubmed/i.test(plain(raw.fields.eprinttype) ?? '') ? plain(raw.fields.eprint) : undefined);
  if (pmid && !out.PMID) out.PMID = pmid;
  return out;
}

/** Text of a parsed BibLaTeX field value (string or rich-text node list). */
function plain(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((n) => (n && typeof n === 'object' && 'text' in n ? String((n as { text: unknown }).text) : plain(n) ?? '')).join('');
  return undefined;
}

function stripTags(s: string): string {
  return s.replace(/<[^>]+>/g, '');
}

function parseCsl(text: string): ParsedBibliography {
  const doc = parseDocument(text, { uniqueKeys: false });
  const errors = doc.errors.map((e) => e.message.split('\n')[0]);
  const root = doc.contents;
  const list = isSeq(root) ? root : isMap(root) && isSeq(root.get('references', true)) ? (root.get('references', true) as YamlNode) : undefined;
  const entries = new Map<string, BibEntry>();
  if (!list || !isSeq(list)) {
    if (!errors.length && root) errors.push('expected a list of CSL items (or a `references:` list)');
    return { entries, errors };
  }
  for (const node of list.items) {
    if (!isMap(node)) continue;
    const idNode = node.get('id', true);
    const item = (node as YamlNode).toJSON() as CslItem;
    if (!isScalar(idNode) || item.id === undefined || item.id === null) continue;
    const key = String(item.id);
    const [s, e] = idNode.range ?? [0, 0];
    // A quoted scalar's range includes its quotes.
    const quoted = /^["']/.test(text.slice(s, s + 1));
    const keyStart = quoted ? s + 1 : s;
    const keyEnd = quoted ? Math.max(keyStart, e - 1) : e;
    entries.set(key, { item: { ...item, id: key, type: String(item.type ?? 'article'), title: String(item.title ?? '') }, keyStart, keyEnd });
  }
  return { entries, errors };
}
