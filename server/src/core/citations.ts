/**
 * Citations in a sentence: pandoc `[@key]`, footnote markers `[^1]`, numeric `[1]`, author–year,
 * DOI / PubMed links and identifiers, and vague citations ("PubMed", "studies show", search pages).
 */
import type { Citation, SegmentLink, Span } from './types';

const PANDOC = /\[[^\[\]\n]{0,300}?@[\p{L}\p{N}_][^\[\]\n]{0,300}\]/gu;
const PANDOC_KEY = /(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
const BARE_PANDOC = /(?<![\p{L}\p{N}_.@\[;-])@[\p{L}_][\p{L}\p{N}_:-]*?(?:19|20)\d{2}[a-z]?(?![\p{L}\p{N}_])/gu;
const FOOTNOTE = /\[\^[^\]\s[^]{1,64}\]/g;
const NUMERIC = /\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3}){0,20})\]/g;
const AUTHOR = "(?:(?:van|von|de|der|da|di|du|le|la)\\s)?[A-Z][\\p{L}'’-]+(?:\\s(?:(?:van|von|de|der|da|di|du|le|la|of|for|and|the)\\s)?[A-Z][\\p{L}'’-]+){0,3}";
const AUTHOR_GROUP = `${AUTHOR}(?:\\set\\sal\\.?|,?\\s(?:and|&)\\s${AUTHOR})?`;
const YEAR = '(?:19|20)\\d{2}[a-z]?';
const AUTHOR_YEAR_PAREN = new RegExp(`\\((?:see\\s|e\\.g\\.,?\\s)?${AUTHOR_GROUP},?\\s${YEAR}(?:[;,]\\s?(?:${AUTHOR_GROUP},?\\s)?${YEAR})*\\)`, 'gu');
const AUTHOR_YEAR_NARRATIVE = new RegExp(`(?<![\\p{L}'’-])${AUTHOR_GROUP}\\s\\(${YEAR}\\)`, 'gu');
/** "(Lewis, MSD Manual, 2023)": an author, a title and a year in parentheses. */
const AUTHOR_TITLE_YEAR = new RegExp(`\\((?:see\\s)?${AUTHOR},\\s[^()\\n]{1,80}?,\\s${YEAR}\\)`, 'gu');
const DOI_TEXT = /\b(?:doi:\s?|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s"<>\])]+[^\s"<>\]).,;])/gi;
const PMID_TEXT = /\bPMID:?\s?(\d{5,9})\b/g;
/** Cheap tests for what the patterns above need: a year in parentheses, "doi" in any case. */
const YEAR_DIGITS = /(?:19|20)\d\d/;
const HAS_DOI = /doi/i;

/** Phrases that only gesture at evidence. */
export const DEFAULT_VAGUE_PHRASES = [
  'studies show',
  'studies have shown',
  'studies have demonstrated',
  'studies demonstrate',
  'studies suggest',
  'studies have found',
  'research shows',
  'research suggests',
  'research has shown',
  'research has found',
  'research indicates',
  'experts say',
  'experts agree',
  'experts believe',
  'doctors say',
  'scientists say',
  'scientists have found',
  'science says',
  'science shows',
  'according to research',
  'according to studies',
  'according to science',
  'according to experts',
  'it is well known',
  'it has been proven',
  'evidence shows',
  'clinical studies show',
];

const SEARCH_URL = /^(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov\/?(?:\?|$)|ncbi\.nlm\.nih\.gov\/pubmed\/?(?:\?|$)|scholar\.google\.[a-z.]+|google\.[a-z.]+\/search|bing\.com\/search|duckduckgo\.com\/\?)/i;
const DOI_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)/i;
const PUBMED_URL = /^(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/)(\d{5,9})/i;
const PMC_URL = /^(?:https?:\/\/)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pmc\/articles\/|pmc\.ncbi\.nlm\.nih\.gov\/articles\/)(PMC\d+)/i;

/** Options for citation detection. */
export interface CitationOptions {
  vaguePhrases: string[];
}

/** Compile a phrase list into one case-insensitive, word-bounded pattern. */
export function compileVague(phrases: string[]): RegExp {
  const alts = phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${alts.join('|') || '(?!)'})\\b`, 'giu');
}

/**
 * Find the citations of a sentence. `text` is the segment text, [start, end) the sentence; links are
 * the segment's links. Returned spans are segment text offsets.
 */
export function findCitations(text: string, sentence: Span, links: SegmentLink[], vague: RegExp): Citation[] {
  const s = text.slice(sentence.start, sentence.end);
  const base = sentence.start;
  const out: Citation[] = [];
  const taken: Span[] = [];
  const add = (c: Citation): void => {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) return;
    taken.push(c);
    out.push(c);
  };
  // Each pattern below is tried only when the sentence holds the characters it cannot match without (speed).
  const at = s.includes('@');
  const year = s.includes('(') && YEAR_DIGITS.test(s);
  if (at) for (const m of s.matchAll(PANDOC)) {
    const keys = [...m[0].matchAll(PANDOC_KEY)].map((k) => trimPunctuation(k[1]));
    if (keys.length) add({ kind: 'pandoc', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys });
  }
  // Pandoc's in-text form without brackets ("@nicholson1980 showed …"): a key with a year-like number, not an e-mail or a handle.
  if (at) for (const m of s.matchAll(BARE_PANDOC)) {
    add({ kind: 'pandoc', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [trimPunctuation(m[0].slice(1))] });
  }
  if (s.includes('[^')) for (const m of s.matchAll(FOOTNOTE)) {
    add({ kind: 'footnote', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [m[0].slice(2, -1)] });
  }
  for (const link of links) {
    if (link.start < sentence.start || link.end > sentence.end) continue;
    const c = classifyLink(link.url);
    // A web link on a term ("[magnesium](…/glossary/magnesium)") explains a word; it does not cite a source.
    if (c?.kind === 'link' && isTermLink(text.slice(link.start, link.end), link.url)) continue;
    if (c) add({ ...c, start: link.start, end: Math.max(link.end, link.start + 1), text: text.slice(link.start, link.end) });
  }
  if (s.includes('[')) for (const m of s.matchAll(NUMERIC)) {
    add({ kind: 'numeric', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: m[1].split(',').map((k) => k.trim()) });
  }
  if (HAS_DOI.test(s)) for (const m of s.matchAll(DOI_TEXT)) {
    add({ kind: 'doi', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [m[1]] });
  }
  if (s.includes('PMID')) for (const m of s.matchAll(PMID_TEXT)) {
    add({ kind: 'pubmed', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [m[1]] });
  }
  if (year) for (const re of [AUTHOR_YEAR_PAREN, AUTHOR_YEAR_NARRATIVE, AUTHOR_TITLE_YEAR]) {
    for (const m of s.matchAll(re)) {
      add({ kind: 'author-year', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [] });
    }
  }
  // Bare "PubMed" / "Google Scholar" as a source (not the name of a linked article page).
  if (s.includes('PubMed') || s.includes('Google Scholar')) for (const m of s.matchAll(/\b(?:PubMed|Google Scholar)\b/g)) {
    const start = base + m.index;
    add({ kind: 'vague', start, end: start + m[0].length, text: m[0], keys: [], reason: `"${m[0]}" names a search engine, not a source` });
  }
  for (const m of s.matchAll(vague)) {
    const start = base + m.index;
    add({ kind: 'vague', start, end: start + m[0].length, text: m[0], keys: [], reason: `"${m[0]}" does not say which study` });
  }
  return out.sort((a, b) => a.start - b.start);
}

function classifyLink(url: string): Omit<Citation, 'start' | 'end' | 'text'> | undefined {
  let m = DOI_URL.exec(url);
  if (m) return { kind: 'doi', keys: [decodeURIComponent(m[1])] };
  m = PUBMED_URL.exec(url);
  if (m) return { kind: 'pubmed', keys: [m[1]] };
  m = PMC_URL.exec(url);
  if (m) return { kind: 'pubmed', keys: [m[1]] };
  if (SEARCH_URL.test(url)) return { kind: 'vague', keys: [], reason: 'a link to a search page is not a source' };
  if (/^(?:https?:\/\/)?[^/\s]+\/?$/i.test(url) && /\b(?:journal|nature|science|cell|nejm|thelancet|bmj|jamanetwork|physiology|plos|springer|wiley|elsevier|sciencedirect|frontiersin|mdpi|academic\.oup)\b/i.test(url)) {
    return { kind: 'vague', keys: [], reason: "a journal's home page is not a source" };
  }
  if (isGeneralWeb(url)) return { kind: 'vague', keys: [], reason: 'a general web page (encyclopedia, shop, social media) is not a scholarly source' };
  if (/^https?:\/\//i.test(url)) return { kind: 'link', keys: [url] };
  return undefined;
}

/**
 * Hosts of pages that are not sources for a physiology claim: encyclopedias anyone can edit, shops,
 * social media and video sites. Other web pages (clinical references, agencies, publishers) count as citations.
 */
const GENERAL_HOSTS = new Set([
  'wikipedia.org', 'wikihow.com', 'etsy.com', 'walmart.com', 'iherb.com', 'shopify.com', 'facebook.com', 'instagram.com',
  'tiktok.com', 'twitter.com', 'x.com', 'youtube.com', 'youtu.be', 'reddit.com', 'quora.com', 'medium.com', 'blogspot.com',
  'wordpress.com', 'substack.com',
]);
const GENERAL_BRANDS = new Set(['amazon', 'ebay', 'pinterest']);
const SHOP_PATH = new Set(['shop', 'store', 'product', 'products', 'cart', 'buy']);

function isGeneralWeb(url: string): boolean {
  let u: URL;
  try {
    u = new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return false;
  }
  const labels = u.hostname.toLowerCase().split('.');
  for (let i = 0; i + 1 < labels.length; i++) if (GENERAL_HOSTS.has(labels.slice(i).join('.'))) return true;
  if (labels.slice(0, -1).some((l) => GENERAL_BRANDS.has(l))) return true;
  return u.pathname.toLowerCase().split('/').some((seg) => SHOP_PATH.has(seg));
}

function trimPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && '.:;,'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** Does a reference-list entry or footnote definition carry something a reader can look up (DOI, PMID, URL, volume and pages)? */
export function hasIdentifier(text: string): boolean {
  return (
    /\b10\.\d{4,9}\/\S|\bPMID:?\s?\d{5,9}|\bPMC\d{4,}|\bISBN\b|https?:\/\/\S|\bwww\.\S|\[@[\w]|(?<![\w@])@[\w:.-]+\]/i.test(text) ||
    /\b(?:19|20)\d{2}\s?[;,:]\s?\d{1,4}\s?(?:\(\d{1,4}\))?\s?[:,]\s?[eE]?\d{1,6}|\b\d{1,4}\s?\(\d{1,4}\)\s?:\s?\d{1,6}|\bvol\.\s?\d+|\bpp?\.\s?\d+/.test(text)
  );
}

/**
 * Link text that names a term rather than a source: a few words, no year, no source word. A bare URL
 * (no text), an acronym ("ODS", "NIH") or a label naming the site ("StatPearls" on statpearls.com) is a source.
 */
function isTermLink(label: string, url = ''): boolean {
  const t = label.trim();
  if (!/\p{L}/u.test(t) || /^[A-Z]{2,8}s?$/.test(t)) return false;
  const host = /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const squashed = t.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (squashed.length >= 3 && host.replace(/[^a-z0-9]/g, '').includes(squashed)) return false;
  return t.split(/\s+/).length <= 3 && !/\d/.test(t) && !/\b(?:source|study|studies|review|paper|article|trial|report|guidelines?|manual|here|link|ref|reference|et al)\b/i.test(t);
}

/** True for citations that support a claim (everything but vague ones). */
export function isRealCitation(c: Citation): boolean {
  return c.kind !== 'vague';
}
