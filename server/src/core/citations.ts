/**
 * Citations in a sentence: pandoc `[@key]`, footnote markers `[^1]`, numeric `[1]`, author–year,
 * DOI / PubMed links and identifiers, and vague citations ("PubMed", "studies show", search pages).
 */
import { boundaryScanner, regexScanner, type ScanMatch, type Scanner } from './lexicon';
import { alternation, phraseSource } from './language/phrases';
import type { Citation, SegmentLink, Span } from './types';
import { CITATION_WORDS, REPORTING_VERB_FORMS } from './language/lists';
import { FUNCTION_WORDS } from './language/words';

const PANDOC = /\[[^\[\]\n]{0,300}?@[\p{L}\p{N}_][^\[\]\n]{0,300}\]/gu;
const PANDOC_KEY = /(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
const BARE_PANDOC = /(?<![\p{L}\p{N}_.@\[;-])@[\p{L}_][\p{L}\p{N}_:-]*?(?:19|20)\d{2}[a-z]?(?![\p{L}\p{N}_])/gu;
const FOOTNOTE = /\[\^[^\]\s[^]{1,64}\]/g;
const NUMERIC = /\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3}){0,20})\]/g;
const AUTHOR = "(?:(?:van|von|de|der|da|di|du|le|la)\\s)?[A-Z][\\p{L}'’-]+(?:\\s(?:(?:van|von|de|der|da|di|du|le|la|of|for|and|the)\\s)?[A-Z][\\p{L}'’-]+){0,3}";
const AUTHOR_GROUP = `${AUTHOR}(?:\\set\\sal\\.?|,?\\s(?:and|&)\\s${AUTHOR})?`;
const YEAR = '(?:19|20)\\d{2}[a-z]?';
/** A page, figure or chapter after the year: "(Smith 2012, p. 4)". */
const LOCATOR = '(?:,\\s?(?:pp?|figs?|table|ch|chap|sec|para)(?:\\.\\s?|\\s)\\d{1,5}(?:[–-]\\d{1,5})?)?';
const AUTHOR_YEAR_PAREN = new RegExp(`[([](?:see\\s|e\\.g\\.,?\\s|cf\\.\\s)?${AUTHOR_GROUP},?\\s${YEAR}${LOCATOR}(?:(?:[;,]|\\s(?:&|and))\\s?(?:${AUTHOR_GROUP},?\\s)?${YEAR}${LOCATOR})*[)\\]]`, 'gu');
/** "(Katz, 1969, *The Release of Neural Transmitter Substances*)": author, year, then a title. */
const AUTHOR_YEAR_TITLE = new RegExp(`\\((?:see\\s)?${AUTHOR_GROUP},\\s${YEAR},\\s[^()\\n]{3,120}\\)`, 'gu');
/** "(Südhof TC, Cold Spring Harb Perspect Biol 2012;4:a011353)": a Vancouver-style reference inline (year;volume:page). */
const INLINE_VANCOUVER = /\([^()\n]{0,120}?\b(?:19|20)\d{2}\s?;\s?\d{1,4}(?:\(\d{1,4}\))?\s?:\s?[\p{L}\p{N}–-]{1,12}\)/gu;
/** "… release — Südhof, 2012." at the end of a sentence. */
const TRAILING_AUTHOR = new RegExp(`^[—–-]\\s?${AUTHOR_GROUP},?\\s${YEAR}\\.?$`, 'u');
/** Superscript reference numbers ("release.¹", "release²³"), not ion charges ("Ca²⁺") or powers ("10⁻³", "m²"). */
const SUPERSCRIPT = /(?<![\d⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻A-Z]|\b(?:[mck]?m|µm|Ca|Mg|Na|K|Cl))[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,⁻–-][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*(?![⁺⁻⁰¹²³⁴⁵⁶⁷⁸⁹])/gu;
/** A reference number glued to a word, where `<sup>1</sup>` or `^1^` was (the prose text drops the markup): "release1." */
const GLUED_NUMBER = /\b[a-z]{3,}[.,;]?(\d{1,3}(?:[,–-]\d{1,3}){0,6})(?![\p{L}\p{N}+⁺])/gu;
/** "(1)", "(2, 5)", "(3–6)" before the end of a clause, "(ref. 3)", "[ref 3]". */
const PAREN_NUMERIC = /\s\((?:refs?\.?\s?)?(\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,10})\)(?=\s*[.;,:!?]|\s*$)|[([]refs?\.?\s?(\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,10})[)\]]/gi;
/** Pandoc superscript reference numbers: "release^1^". */
const CARET_NUMERIC = /\^(\d{1,3}(?:[,–-]\d{1,3}){0,6})\^/g;
/** Any superscript digit (a cheap test before SUPERSCRIPT). */
const SUPERSCRIPT_DIGIT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
/** Plain-text PMC ids: "PMC3249630". */
const PMC_TEXT = /\bPMC\d{5,9}\b/g;
const AUTHOR_YEAR_NARRATIVE = new RegExp(`(?<![\\p{L}'’-])${AUTHOR_GROUP}\\s\\(${YEAR}\\)`, 'gu');
/** "(Lewis, MSD Manual, 2023)": an author, a title and a year in parentheses. */
const AUTHOR_TITLE_YEAR = new RegExp(`\\((?:see\\s)?${AUTHOR},\\s[^()\\n]{1,80}?,\\s${YEAR}\\)`, 'gu');
const DOI_TEXT = /\b(?:doi:\s?|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s"<>\])]+[^\s"<>\]).,;])/gi;
const PMID_TEXT = /\bPMID:?\s?(\d{5,9})\b/g;
/** Cheap tests for what the patterns above need: a year in parentheses, "doi" in any case. */
const YEAR_DIGITS = /(?:19|20)\d\d/;
const HAS_DOI = /doi/i;
const DIGIT = /\d/;

const W = CITATION_WORDS;
const E = W.evidence;

/** Phrases that only gesture at evidence (the default of the `vaguePhrases` setting). */
export const DEFAULT_VAGUE_PHRASES = W.vaguePhrases;

/**
 * Attributions to an unnamed body of evidence, as a grammar rather than a phrase list: an optional
 * quantifier or adjective ("numerous", "recent", "clinical"), a generic source noun ("studies",
 * "researchers", "the literature", "experts") and a reporting verb ("have shown", "prove", "found",
 * "agree"). A source made specific by a determiner ("these studies", "the researchers") is not vague.
 * The words are data (server/language/citations.json); this is the grammar that joins them.
 */
const EVIDENCE_ADJ = `(?:(?:${alternation(E.countPrefixes)}\\s)?\\d[\\d,]*\\+?|${E.adjectives.map(phraseSource).join('|')})`;
const SOURCE_NOUN = alternation(E.sourceNouns);
const REPORTING_VERB = alternation(REPORTING_VERB_FORMS);
const HAVE = `(?:${alternation(E.reportingAdverbs)}\\s+){0,3}`;
const DETERMINED = new RegExp(`\\b${alternation(E.specifyingDeterminers)}\\s+$`, 'i');
/** Person and study nouns, which a determiner makes specific ("the researchers found" is about a named study). */
const SPECIFIC_WITH_DETERMINER = new RegExp(`^${alternation(E.countableSources)}\\b`, 'i');
/** "in rats", "of magnesium supplements", "at Harvard": a short phrase between the source noun and its verb. */
const SOURCE_QUALIFIER = `(?:(?:${alternation(E.qualifierParticiples)}\\s+)?${alternation(E.qualifierPrepositions)}\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?)?`;
/** An aside between a source and its verb: "studies, in fact, show". */
const ASIDE = '(?:,\\s?(?:\\p{L}+\\s){0,2}\\p{L}+,)?';
const ATTRIBUTION = new RegExp(`\\b(?:${EVIDENCE_ADJ}\\s+){0,2}${SOURCE_NOUN}${ASIDE}\\s+${SOURCE_QUALIFIER}${HAVE}${REPORTING_VERB}\\b`, 'giu');
/** "according to research", "as per studies", "as shown in numerous trials", "backed by science". */
const ACCORDING_LEAD = `${alternation(E.accordingLeads)}\\s+`;
const ACCORDING = new RegExp(
  `\\b${ACCORDING_LEAD}(?:the\\s+)?(?:(?:${E.currentAdjectives.map(phraseSource).join('|')}|${EVIDENCE_ADJ})\\s+){0,2}${SOURCE_NOUN}\\b`,
  'giu',
);
/** "in animal studies", "from rodent trials": evidence in general, not a study (a determiner would make it one). */
const IN_STUDIES = new RegExp(
  `\\b${alternation(E.inLeads)}\\s+(?:${EVIDENCE_ADJ}\\s+){0,2}(?:(?!${alternation(E.specifyingDeterminers)}\\s)[\\p{L}-]+\\s+)?${alternation(E.studyPlurals)}\\b(?!\\s+by\\b)`,
  'giu',
);
/** A denial just before an appeal to evidence: "… are not always backed by evidence". */
const DENIED = new RegExp(`\\b${alternation(FUNCTION_WORDS.negation.words)}\\s+(?:\\p{L}+\\s+)?$`, 'iu');
/** A single study or report, named without saying which one. */
const STUDY_NOUN = alternation(E.studyNouns);
/** "according to a 2018 review", "in one small trial", "published in the journal Nutrients": a study or journal, not which article. */
const INDEFINITE_SOURCE = new RegExp(
  `\\b${alternation(E.indefiniteSourceLeads)}\\s+${alternation(E.indefiniteArticles)}\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?${STUDY_NOUN}\\b(?!\\s+by\\b)`,
  'giu',
);
/** "published in the journal Nutrients" (capitalised names: case matters here). */
const PUBLISHED_IN_CORE = '[Pp]ublished\\s+in\\s+';
const PUBLISHED_IN = new RegExp(
  `\\b${PUBLISHED_IN_CORE}(?:the\\s+)?(?:journal\\s+)?(?:(?:[A-Z][\\p{L}&.-]*|of|and|for|the)\\s?){1,6}`,
  'gu',
);
/** "a recent study found", "one 2019 trial showed", "a study published in a journal suggests". */
const INDEFINITE_STUDY = new RegExp(
  `\\b${alternation(E.indefiniteStudyArticles)}\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?${STUDY_NOUN}\\s+(?:${alternation(E.studyConnectors)}\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,5}?)?${HAVE}${REPORTING_VERB}\\b`,
  'giu',
);
/** "it is well documented", "it has been proven", "a well-known fact", "the science is clear", "clinically proven". */
// Each alternative as [before, core, after]: the alternative is their concatenation, so no match lacks its core.
const K = W.commonKnowledge;
const COMMON_KNOWLEDGE_PARTS: [string, string, string][] = [
  [`\\b${alternation(K.itIs)}\\s+(?:${alternation(K.itIsAdverbs)}\\s+){0,2}`, `${alternation(K.itIsParticiples)}\\b`, `(?!\\s+${alternation(K.itIsNotBefore)}\\b)`],
  ...K.phrases.map((p): [string, string, string] => [
    `\\b${p.before ? `${phraseSource(p.before)}\\s+` : ''}`,
    `${phraseSource(p.core)}\\b`,
    p.after ? `\\s+${phraseSource(p.after)}\\b` : '',
  ]),
];
const COMMON_KNOWLEDGE = new RegExp(COMMON_KNOWLEDGE_PARTS.map((p) => p.join('')).join('|'), 'giu');
/**
 * Well-known sites and agencies named as the source of a claim with no link or identifier:
 * "according to the NIH", "Mayo Clinic says", "(Source: WebMD)".
 */
export const DEFAULT_VAGUE_SOURCES = W.sites.vagueSources;
/** A capitalised name word ("National", "Dietary"), and the small words inside a name ("of", "for"). */
const NAME_WORD = "[A-Z][\\p{L}'’&-]+";
const NAME_TOKEN = /^[A-Z][\p{L}'’&-]+$/u;
const NAME_SMALL_WORDS = new Set(['of', 'for', 'and', 'on']);
/** An institution word ("Institute", "Clinic"), case and all: the head of an organisation's name. */
const INSTITUTION_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${W.sites.institutionWords.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
const INSTITUTION_GATE = new RegExp(INSTITUTION_WORD.source, 'u');
/** What may follow the head: "… Institute of Food Technologists", "… Office on Women's Health". */
const INSTITUTION_TAIL = new RegExp(`^\\s(?:of|for|on)\\s(?:the\\s)?${NAME_WORD}(?:\\s(?:and\\s)?${NAME_WORD}){0,3}(?![\\p{L}\\p{N}-])`, 'u');

/**
 * The name of an organisation around an institution word at [start, end): up to four capitalised words
 * (and "of", "for" between them) and "the" before it, a short "of …" after it.
 */
function institutionName(s: string, start: number, end: number): { start: number; end: number } {
  const before = s.slice(Math.max(0, start - 80), start).split(/(\s)/);
  let from = start;
  let names = 0;
  // Tokens before, from the nearest: word, space, word, space …
  for (let i = before.length - 2, taken = 0; i >= 1 && taken < 5 && before[i] === ' '; i -= 2, taken++) {
    const w = before[i - 1];
    if (NAME_TOKEN.test(w)) names++;
    else if (!(NAME_SMALL_WORDS.has(w) && names > 0)) break;
    from -= w.length + 1;
  }
  // A name may not start with a small word ("of Medicine"): give those back.
  while (from < start && /^(?:of|for|and|on) /.test(s.slice(from, start))) from = s.indexOf(' ', from) + 1;
  if (s.slice(Math.max(0, from - 4), from) === 'the ') from -= 4;
  const tail = INSTITUTION_TAIL.exec(s.slice(end, end + 120));
  return { start: from, end: end + (tail ? tail[0].length : 0) };
}
/** A site's name written as text: "Drugs.com", "Healthline.com". */
/** A site's ending in lower or upper case ("Drugs.com", "DRUGS.COM"). */
const DOMAIN_ENDING = `(?:${W.sites.domainEndings.flatMap((d) => [d, d.toUpperCase()]).map((d) => d.replace(/\./g, '\\.')).join('|')})`;
const DOMAIN = `[A-Za-z][A-Za-z0-9-]{1,40}\\.${DOMAIN_ENDING}`;
/** The well-known names of the list. */
const KNOWN_SOURCE = `(?:${[...DEFAULT_VAGUE_SOURCES].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')).join('|')})`;
const SOURCE_NAME = `(?:${KNOWN_SOURCE}|${DOMAIN})`;
const S = W.sites;
// Each as [before, core, after] (the pattern is their concatenation, so no match lacks its core).
const SOURCE_ATTRIBUTION_PARTS: [string, string, string][] = [
  ['\\b', `${alternation(S.sourceLeads)}\\s`, `${SOURCE_NAME}(?![\\p{L}\\p{N}-])`],
  [`(?<![\\p{L}\\p{N}-])${SOURCE_NAME}\\s(?:\\p{L}+\\s)?`, `${alternation(S.sourceVerbs)}\\b`, ''],
  ['', '\\(', `(?:(?:${alternation(S.sourceLabels)}|${alternation(S.sourcePointers)})(?::\\s?|\\s))?${SOURCE_NAME}(?:\\s?[,;/&]\\s?(?:and\\s)?${SOURCE_NAME}){0,4}\\)`],
  ['\\b', `${alternation(S.sourceLabels)}\\s?:`, `\\s?${SOURCE_NAME}(?![\\p{L}\\p{N}-])`],
];
const SOURCE_ATTRIBUTIONS = SOURCE_ATTRIBUTION_PARTS.map((p) => new RegExp(p.join(''), 'giu'));
/** A lead just before a name ("according to"), or a verb just after it ("explains"). */
const LEAD_BEFORE = new RegExp(`\\b${SOURCE_ATTRIBUTION_PARTS[0][1]}$`, 'iu');
const VERB_AFTER = new RegExp(`^\\s(?:\\p{L}+\\s)?${SOURCE_ATTRIBUTION_PARTS[1][1]}`, 'iu');
/** A search engine named as a source ("PubMed", "Google Scholar"), case and all. */
const SEARCH_ENGINE_NAME = new RegExp(`\\b(?:${S.searchEngineNames.map(escapeRegExp).join('|')})\\b`, 'g');
/** The same names, case-sensitive: "WHO" is the agency, "who" a pronoun. */
const SOURCE_NAME_EXACT = new RegExp(`(?<![\\p{L}\\p{N}-])${SOURCE_NAME}(?![\\p{L}\\p{N}-])`, 'u');

/**
 * Gates of the attribution patterns (speed: most sentences hold none of their words). Each gate is a piece
 * of its pattern's source, with the same case flags, that every match must contain, so a gate that fails
 * on the sentence means the pattern cannot match in it (test/property/vague-gates.test.ts checks this).
 */
export const VAGUE_GATES = {
  /** ATTRIBUTION and ACCORDING: both need one of the generic source nouns. */
  sourceNoun: new RegExp(SOURCE_NOUN, 'iu'),
  /**
   * ATTRIBUTION (and INDEFINITE_STUDY) end in a reporting verb: the longest word of each of its forms
   * ("known" of "have long known"), a word its pattern always holds whole.
   */
  reportingVerb: new RegExp(`${alternation([...new Set(REPORTING_VERB_FORMS.map(longestWord))])}\\b`, 'iu'),
  /** ACCORDING opens with "according to", "as per", "shown in" …. */
  accordingLead: new RegExp(ACCORDING_LEAD, 'iu'),
  /** INDEFINITE_SOURCE and INDEFINITE_STUDY: both need a study noun. */
  studyNoun: new RegExp(STUDY_NOUN, 'iu'),
  publishedIn: new RegExp(PUBLISHED_IN_CORE, 'u'),
  /** COMMON_KNOWLEDGE: every alternative holds its core. */
  commonKnowledge: new RegExp(COMMON_KNOWLEDGE_PARTS.map((p) => p[1]).join('|'), 'iu'),
  /** SOURCE_ATTRIBUTIONS: a match counts only if SOURCE_NAME_EXACT finds a name in it, case and all: a known name or a site's ending. */
  sourceName: new RegExp(`${KNOWN_SOURCE}|\\.${DOMAIN_ENDING}`, 'u'),
  /** Each of SOURCE_ATTRIBUTIONS, in order: its core. */
  sourceVia: new RegExp(SOURCE_ATTRIBUTION_PARTS[0][1], 'iu'),
  sourceSays: new RegExp(SOURCE_ATTRIBUTION_PARTS[1][1], 'iu'),
  sourceParen: new RegExp(SOURCE_ATTRIBUTION_PARTS[2][1], 'iu'),
  sourceLabel: new RegExp(SOURCE_ATTRIBUTION_PARTS[3][1], 'iu'),
};
/** The longest word of a plain phrase. */
function longestWord(phrase: string): string {
  return phrase.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
}
const SOURCE_ATTRIBUTION_GATES = [VAGUE_GATES.sourceVia, VAGUE_GATES.sourceSays, VAGUE_GATES.sourceParen, VAGUE_GATES.sourceLabel];
/** The numeric citation patterns, which findCitations tries only in a sentence with a digit (for the gate test). */
export const DIGIT_GATED = { gate: DIGIT, patterns: [NUMERIC, PAREN_NUMERIC, CARET_NUMERIC, GLUED_NUMBER] };
/** The gated patterns, for the gate test. */
export const VAGUE_PATTERNS = { ATTRIBUTION, ACCORDING, IN_STUDIES, INDEFINITE_SOURCE, PUBLISHED_IN, INDEFINITE_STUDY, COMMON_KNOWLEDGE, SOURCE_ATTRIBUTIONS, SOURCE_NAME_EXACT };

const SEARCH_URL = /^(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov\/?(?:\?|$)|ncbi\.nlm\.nih\.gov\/pubmed\/?(?:\?|$)|scholar\.google\.[a-z.]+|google\.[a-z.]+\/search|bing\.com\/search|duckduckgo\.com\/\?)/i;
const DOI_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)/i;
const PUBMED_URL = /^(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov\/|ncbi\.nlm\.nih\.gov\/pubmed\/)(\d{5,9})/i;
const PMC_URL = /^(?:https?:\/\/)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pmc\/articles\/|pmc\.ncbi\.nlm\.nih\.gov\/articles\/)(PMC\d+)/i;

/** Options for citation detection. */
export interface CitationOptions {
  vaguePhrases: string[];
}

/** Scanners with the same matches as the patterns compileVague made (lexicon.ts boundaryScanner), by pattern. */
const vagueScanners = new WeakMap<RegExp, Scanner>();

/** Compile a phrase list into one case-insensitive, word-bounded pattern. */
export function compileVague(phrases: string[]): RegExp {
  const alts = phrases
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`\\b(?:${alts.join('|') || '(?!)'})\\b`, 'giu');
  const scan = alts.length ? boundaryScanner(alts, '\\b', 'giu') : undefined;
  if (scan) vagueScanners.set(re, scan);
  return re;
}

/** The matches of a vague-phrase pattern: by its scanner if compileVague made one, else by the pattern. */
export function vagueMatches(vague: RegExp, s: string): ScanMatch[] {
  return (vagueScanners.get(vague) ?? regexScanner(vague))(s);
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
  // NUMERIC, PAREN_NUMERIC, CARET_NUMERIC and GLUED_NUMBER all need an ASCII digit.
  const digit = DIGIT.test(s);
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
    // "[1](#ref-1)": a numbered reference linked to its entry in the list.
    const label = text.slice(link.start, link.end).trim().replace(/^\[|\]$/g, '');
    if (/^#/.test(link.url) && /^\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,6}$/.test(label)) {
      add({ kind: 'numeric', start: link.start, end: Math.max(link.end, link.start + 1), text: text.slice(link.start, link.end), keys: label.split(',').map((k) => k.trim()) });
      continue;
    }
    const c = classifyLink(link.url);
    // A web link on a term ("[magnesium](…/glossary/magnesium)") explains a word; it does not cite a source.
    if ((c?.kind === 'link' || c?.reason === SITE_HOME) && isTermLink(text.slice(link.start, link.end), link.url)) continue;
    if (c) add({ ...c, start: link.start, end: Math.max(link.end, link.start + 1), text: text.slice(link.start, link.end) });
  }
  if (digit && s.includes('[')) for (const m of s.matchAll(NUMERIC)) {
    add({ kind: 'numeric', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: m[1].split(',').map((k) => k.trim()) });
  }
  if (HAS_DOI.test(s)) for (const m of s.matchAll(DOI_TEXT)) {
    add({ kind: 'doi', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [m[1]] });
  }
  if (s.includes('PMID')) for (const m of s.matchAll(PMID_TEXT)) {
    add({ kind: 'pubmed', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [m[1]] });
  }
  if (s.includes('PMC')) for (const m of s.matchAll(PMC_TEXT)) {
    add({ kind: 'pubmed', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [m[0]] });
  }
  if (digit && (s.includes('(') || s.includes('['))) for (const m of s.matchAll(PAREN_NUMERIC)) {
    const keys = (m[1] ?? m[2]).split(',').map((k) => k.trim());
    const start = base + m.index + (m[0].startsWith(' ') ? 1 : 0);
    add({ kind: 'numeric', start, end: base + m.index + m[0].length, text: m[0].trim(), keys });
  }
  if (digit && s.includes('^')) for (const m of s.matchAll(CARET_NUMERIC)) {
    add({ kind: 'numeric', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: m[1].split(',').map((k) => k.trim()) });
  }
  if (SUPERSCRIPT_DIGIT.test(s)) for (const m of s.matchAll(SUPERSCRIPT)) {
    const keys = superscriptDigits(m[0]).split(',').filter(Boolean);
    add({ kind: 'numeric', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys });
  }
  if (digit) for (const m of s.matchAll(GLUED_NUMBER)) {
    const start = base + m.index + m[0].length - m[1].length;
    add({ kind: 'numeric', start, end: base + m.index + m[0].length, text: m[1], keys: m[1].split(',').map((k) => k.trim()) });
  }
  // "… — Südhof, 2012." closing the sentence.
  const dash = Math.max(s.lastIndexOf(' — '), s.lastIndexOf(' – '), s.lastIndexOf(' - '));
  if (dash >= 0 && TRAILING_AUTHOR.test(s.slice(dash + 1).trimEnd())) {
    add({ kind: 'author-year', start: base + dash + 1, end: base + s.trimEnd().length, text: s.slice(dash + 1).trimEnd(), keys: [] });
  }
  // Author–year forms need a year and a bracket: "(Smith, 2001)", "[Smith 2001]", "Smith (2001)".
  if (year || (s.includes('[') && YEAR_DIGITS.test(s))) for (const re of [AUTHOR_YEAR_PAREN, AUTHOR_YEAR_NARRATIVE, AUTHOR_TITLE_YEAR, AUTHOR_YEAR_TITLE, INLINE_VANCOUVER]) {
    for (const m of s.matchAll(re)) {
      add({ kind: 'author-year', start: base + m.index, end: base + m.index + m[0].length, text: m[0], keys: [] });
    }
  }
  // Bare "PubMed" / "Google Scholar" as a source (not the name of a linked article page).
  if (S.searchEngineNames.some((n) => s.includes(n))) for (const m of s.matchAll(SEARCH_ENGINE_NAME)) {
    const start = base + m.index;
    add({ kind: 'vague', start, end: start + m[0].length, text: m[0], keys: [], reason: `"${m[0]}" names a search engine, not a source` });
  }
  for (const m of vagueMatches(vague, s)) {
    if (SPECIFIC_WITH_DETERMINER.test(m[0]) && DETERMINED.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = base + m.index;
    add({ kind: 'vague', start, end: start + m[0].length, text: m[0], keys: [], reason: `"${m[0]}" does not say which study` });
  }
  // An appeal to unnamed evidence ("has been shown to") beside a source named vaguely ("(PubMed)", "studies show")
  // is one problem, the source: the appeal is not reported twice.
  const attributions = vagueAttributions(s);
  const named = out.some((c) => c.kind === 'vague') || attributions.some((v) => !v.appeal);
  for (const v of attributions) if (!(v.appeal && named)) add({ kind: 'vague', start: base + v.start, end: base + v.end, text: v.text, keys: [], reason: v.reason });
  return out.sort((a, b) => a.start - b.start);
}

/** An attribution to unnamed evidence or to a site named without a link, in sentence offsets. */
export interface VagueAttribution {
  start: number;
  end: number;
  text: string;
  reason: string;
  /** An appeal to evidence that names no source at all ("it is well known", "has been shown to"). */
  appeal?: true;
}

/** Attributions to unnamed evidence or to a site named without a link, in sentence offsets. */
export function vagueAttributions(s: string): VagueAttribution[] {
  const out: VagueAttribution[] = [];
  const push = (m: RegExpMatchArray, reason: string, appeal?: true): void => {
    const text = m[0].trim();
    out.push({ start: m.index!, end: m.index! + text.length, text, reason, ...(appeal && { appeal }) });
  };
  const g = VAGUE_GATES;
  const verb = g.reportingVerb.test(s);
  if (g.sourceNoun.test(s)) {
    if (verb) {
      for (const m of s.matchAll(ATTRIBUTION)) {
        // "these studies show", "the researchers found": a determiner points at a study named nearby.
        if (SPECIFIC_WITH_DETERMINER.test(m[0]) && DETERMINED.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
        push(m, `"${m[0].trim()}" does not say which study`);
      }
    }
    if (g.accordingLead.test(s)) for (const m of s.matchAll(ACCORDING)) if (!DENIED.test(s.slice(0, m.index))) push(m, `"${m[0].trim()}" does not say which study`);
    for (const m of s.matchAll(IN_STUDIES)) push(m, `"${m[0].trim()}" does not say which study`);
  }
  const study = g.studyNoun.test(s);
  if (study && verb) for (const m of s.matchAll(INDEFINITE_STUDY)) push(m, `"${m[0].trim()}" does not say which study`);
  for (const m of [...(study ? s.matchAll(INDEFINITE_SOURCE) : []), ...(g.publishedIn.test(s) ? s.matchAll(PUBLISHED_IN) : [])]) {
    // "published in Nature in 1984, volume 307": a year after the journal narrows it to an article.
    const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 200);
    if (/^published/i.test(m[0]) && /\b(?:19|20)\d{2}\b/.test(rest.split('.')[0])) continue;
    push(m, `"${m[0].trim()}" does not say which article`);
  }
  if (g.commonKnowledge.test(s)) for (const m of s.matchAll(COMMON_KNOWLEDGE)) if (!DENIED.test(s.slice(0, m.index))) push(m, `"${m[0].trim()}" asserts evidence without naming it`, true);
  if (g.sourceName.test(s)) {
    SOURCE_ATTRIBUTIONS.forEach((re, i) => {
      if (SOURCE_ATTRIBUTION_GATES[i].test(s)) for (const m of s.matchAll(re)) if (SOURCE_NAME_EXACT.test(m[0])) push(m, `"${m[0].trim()}" names a website or agency, not the page or study`);
    });
  }
  if (INSTITUTION_GATE.test(s)) {
    for (const m of s.matchAll(INSTITUTION_WORD)) {
      const name = institutionName(s, m.index, m.index + m[0].length);
      const end = name.end;
      const lead = LEAD_BEFORE.exec(s.slice(Math.max(0, name.start - 20), name.start));
      const verb = VERB_AFTER.exec(s.slice(end, end + 40));
      if (!lead && !verb) continue;
      const start = lead ? name.start - lead[0].length : name.start;
      const text = s.slice(start, end + (verb ? verb[0].length : 0));
      out.push({ start, end: start + text.length, text, reason: `"${text}" names an organisation, not the page or study` });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function classifyLink(url: string): Omit<Citation, 'start' | 'end' | 'text'> | undefined {
  let m = DOI_URL.exec(url);
  if (m) return { kind: 'doi', keys: [decodeURIComponent(m[1])] };
  m = PUBMED_URL.exec(url);
  if (m) return { kind: 'pubmed', keys: [m[1]] };
  m = PMC_URL.exec(url);
  if (m) return { kind: 'pubmed', keys: [m[1]] };
  if (SEARCH_URL.test(url) || isSearchPage(url)) return { kind: 'vague', keys: [], reason: 'a link to a search page is not a source' };
  if (/^(?:https?:\/\/)?[^/\s]+\/?$/i.test(url) && JOURNAL_HOST.test(url)) {
    return { kind: 'vague', keys: [], reason: "a journal's home page is not a source" };
  }
  const home = homePage(url);
  if (home) return { kind: 'vague', keys: [], reason: home === 'journal' ? "a journal's home page is not a source" : SITE_HOME };
  if (isGeneralWeb(url)) return { kind: 'vague', keys: [], reason: 'a general web page (encyclopedia, shop, social media) is not a scholarly source' };
  if (/^https?:\/\//i.test(url)) return { kind: 'link', keys: [url] };
  return undefined;
}

const SITE_HOME = "a site's home page is not a source";
/** A journal's name in a host ("nature.com", "academic.oup.com"). */
const JOURNAL_HOST = new RegExp(`\\b(?:${S.journalHostWords.map(escapeRegExp).join('|')})\\b`, 'i');
/** Search engines' hosts ("bing.com", "scholar.google.co.uk"). */
const SEARCH_HOST = new RegExp(`(?:^|\\.)(?:${S.searchHosts.map(escapeRegExp).join('|')})\\.`);

/** Escape a plain string for a regex. */
function escapeRegExp(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  } catch {
    return undefined;
  }
}

/** Query parameters that carry a search (PubMed, PMC, Europe PMC, Semantic Scholar, a site's own search box). */
const SEARCH_PARAMS = S.searchParams;
const SEARCH_PATH_SEGMENTS = new Set(S.searchPathSegments);
/** A search results page: a search engine, or a path or query that runs a search. */
function isSearchPage(url: string): boolean {
  if (!/^(?:https?:\/\/|www\.)/i.test(url)) return false;
  const u = parseUrl(url);
  if (!u) return false;
  const host = u.hostname.toLowerCase();
  if (SEARCH_HOST.test(host)) return true;
  const segs = u.pathname.toLowerCase().split('/').filter(Boolean);
  if (segs.some((x) => SEARCH_PATH_SEGMENTS.has(x))) return true;
  const params = [...u.searchParams.keys()].map((k) => k.toLowerCase());
  // A query on a landing page ("pmc/?term=…", "/?q=…"): the page is a list of hits, not an article.
  return params.some((k) => SEARCH_PARAMS.includes(k)) && segs.length <= 2 && !segs.some((x) => /\d{4,}/.test(x));
}

const JOURNAL_LANDING = new Set(S.journalLandingPages);
/** A site's or a journal's home page: nothing after the host, or a journal's landing path. */
function homePage(url: string): 'site' | 'journal' | undefined {
  if (!/^(?:https?:\/\/|www\.)/i.test(url)) return undefined;
  const u = parseUrl(url);
  if (!u || u.hash.length > 1) return undefined;
  const segs = u.pathname.split('/').filter(Boolean);
  if (!segs.length || (segs.length === 1 && /^(?:index\.\w+|home|default\.\w+)$/i.test(segs[0]))) return u.search ? undefined : 'site';
  // "/journal/14697793", "/journals/jama", "/journal/nutrients/about", "/toc/jn/current".
  if (/^(?:journals?|toc)$/i.test(segs[0]) && segs.length <= 3 && !segs.slice(1).some((x) => /^(?:10\.\d|article|articles|doi|abs|full|pdf|vol|volume|issue)/i.test(x))) {
    if (segs.length < 3 || JOURNAL_LANDING.has(segs[2].toLowerCase())) return 'journal';
  }
  return undefined;
}

/**
 * Hosts of pages that are not sources for a physiology claim: encyclopedias anyone can edit, shops,
 * social media and video sites. Other web pages (clinical references, agencies, publishers) count as citations.
 */
const GENERAL_HOSTS = new Set(S.generalHosts);
const GENERAL_BRANDS = new Set(S.generalBrands);
const SHOP_PATH = new Set(S.shopPathSegments);

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

/** "¹²" → "12", "¹⁻³" → "1-3", "¹,²" → "1,2". */
function superscriptDigits(t: string): string {
  return [...t].map((ch) => { const i = '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(ch); return i >= 0 ? String(i) : ch === '⁻' ? '-' : ch; }).join('');
}

function trimPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && '.:;,'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** Does a reference-list entry or footnote definition carry something a reader can look up (DOI, PMID, URL, volume and pages)? */
export function hasIdentifier(text: string): boolean {
  // A web address counts unless it is a search page or a site's or journal's home page.
  const urls = text.match(/(?:https?:\/\/|\bwww\.)[^\s<>()\]]+/gi) ?? [];
  if (urls.map(trimPunctuation).some((u) => !isSearchPage(u) && !homePage(u) && !SEARCH_URL.test(u))) return true;
  const rest = urls.reduce((t, u) => t.replace(u, ' '), text);
  return (
    /\b10\.\d{4,9}\/\S|\bPMID:?\s?\d{5,9}|\bPMC\d{4,}|\bISBN\b|\[@[\w]|(?<![\w@])@[\w:.-]+\]/i.test(rest) ||
    /\b(?:19|20)\d{2}\s?[;,:]\s?\d{1,4}\s?(?:\([^()\n]{1,16}\))?\s?[:,]\s?[a-zA-Z]{0,2}\d{1,6}|\b\d{1,4}\s?\(\d{1,4}\)\s?:\s?\d{1,6}|\bvol\.\s?\d+|\bpp?\.\s?\d+/.test(rest)
  );
}

/** Link text words that name a source: "study", "here", "et al". */
const SOURCE_LINK_WORD = new RegExp(`\\b${alternation(S.sourceLinkWords)}\\b`, 'i');

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
  // "NIH ODS", "CDC": acronyms name an organisation; a label word that is the site's name ("NIH" on nih.gov) names the source.
  const words = t.split(/\s+/);
  if (words.every((w) => /^[A-Z]{2,8}s?$/.test(w))) return false;
  const hostLabels = host.split('.').slice(0, -1);
  if (words.some((w) => w.length >= 3 && hostLabels.includes(w.toLowerCase()))) return false;
  return t.split(/\s+/).length <= 3 && !/\d/.test(t) && !SOURCE_LINK_WORD.test(t);
}

/** True for citations that support a claim (everything but vague ones). */
export function isRealCitation(c: Citation): boolean {
  return c.kind !== 'vague';
}
