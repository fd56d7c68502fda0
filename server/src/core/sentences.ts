/**
 * Segment text → sentences, with Intl.Segmenter and a merge step for abbreviations that do not end
 * a sentence ("et al.", "e.g.", "Fig.", "mmol/L.") and for trailing citation-only fragments
 * ("… transmission. PubMed", "… release. [3]").
 */
import type { Span } from './types';

/** The sentence segmenter, made on first use: making one loads ICU's break rules (milliseconds and megabytes that server start-up need not pay). */
let segmenter: Intl.Segmenter | undefined;
const sentenceSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));

/** Abbreviations after which a sentence never ends. */
const NEVER_ENDS = /(?:\b(?:e\.g|i\.e|cf|vs|Fig|Figs|Eq|Ref|Refs|approx|ca|No|Dr|Prof|Mr|Mrs|Ms|St|Vol|pp|p)\.)$/i;
/** Abbreviations after which a sentence ends only if the next one starts with a capital letter. */
const USUALLY_CONTINUES = /(?:\bet al\.|\b(?:mmol|mg|µmol|umol|mEq|mmol\/L|mg\/dL|mEq\/L|mg\/day|g\/dL|L|dL|mL|mM|µM|nM|kg|mg\/kg)\.|\b[A-Z]\.)$/;
/** A fragment that is only a citation, to be merged into the sentence before it. */
const CITATION_ONLY = /^\s*(?:PubMed|Google Scholar|\[[^\]]{1,80}\]|\([^()]{1,80}\d{4}[a-z]?\)|\(?(?:doi:|https?:\/\/)\S+\)?|(?:\[\^[^\]]+\])+)[\s.;,]*$/i;

/** Window of text handed to Intl.Segmenter at once: V8's segmenter costs O(length) per sentence, so one call on a long paragraph is quadratic. */
const WINDOW = 4096;
/** Sentence breaks this close to a window's end may lack look-ahead context; they are re-read in the next window. */
const MARGIN = 256;

/** Intl.Segmenter sentence spans of `text`, segmented window by window in linear time. */
export function segmentWindowed(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  while (from < text.length) {
    let end = Math.min(text.length, from + WINDOW);
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
    const spans = [...sentenceSegmenter().segment(text.slice(from, end))].map((s) => ({ start: from + s.index, end: from + s.index + s.segment.length }));
    if (end === text.length) {
      out.push(...spans);
      break;
    }
    // Keep the sentences that end well before the window's end; the rest is segmented again with more context.
    const keep = spans.filter((s) => s.end <= end - MARGIN);
    if (!keep.length) {
      // One sentence longer than the window: cut it, at a space if there is one.
      const space = text.lastIndexOf(' ', end - 1);
      keep.push({ start: from, end: space > from + WINDOW / 2 ? space + 1 : end });
    }
    out.push(...keep);
    from = keep[keep.length - 1].end;
  }
  return out;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Superscript or pandoc-superscript reference numbers at the start of a span: "¹²", "^3^", "¹⁻³". */
const LEADING_MARKER = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,⁻–-][¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|\^\d{1,3}(?:[,–-]\d{1,3}){0,6}\^)(?![⁺⁻])/u;

/** Split text into sentence spans (offsets into `text`), trailing white space excluded. */
export function splitSentences(text: string): Span[] {
  const raw = segmentWindowed(text);
  reattachBrackets(text, raw);
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end).trimEnd();
      const cur = text.slice(span.start, span.end);
      const next = cur.trimStart();
      if (
        NEVER_ENDS.test(prevText) ||
        (USUALLY_CONTINUES.test(prevText) && /^[a-z0-9(\[]/.test(next)) ||
        CITATION_ONLY.test(cur) ||
        insideParentheses(prevText, cur) ||
        /^[a-z]/.test(next)
      ) {
        prev.end = span.end;
        continue;
      }
    }
    // "… release.¹ Next" / "… release.^2^ Next": a reference marker after the full stop belongs to the sentence before.
    const lead = prev ? LEADING_MARKER.exec(text.slice(span.start, span.end)) : null;
    if (prev && lead && lead[0].length < span.end - span.start) {
      prev.end = span.start + lead[0].length;
      merged.push({ start: span.start + lead[0].length, end: span.end });
      continue;
    }
    if (prev && lead) {
      prev.end = span.end;
      continue;
    }
    merged.push({ ...span });
  }
  return merged
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start);
}

/** "… release.[^1] Next" is split after "[" by Intl.Segmenter: move the bracketed marker back to its sentence. */
function reattachBrackets(text: string, raw: Span[]): void {
  for (let i = 1; i < raw.length; i++) {
    const prev = raw[i - 1];
    const open = text[prev.end - 1];
    if (open !== '[' && open !== '(') continue;
    const close = text.indexOf(open === '[' ? ']' : ')', prev.end);
    if (close < 0 || close >= raw[i].end) continue;
    let cut = close + 1;
    while (cut < raw[i].end && /\s/.test(text[cut])) cut++;
    prev.end = cut;
    raw[i].start = cut;
  }
  for (let i = raw.length - 1; i >= 0; i--) if (raw[i].end <= raw[i].start) raw.splice(i, 1);
}

/** A break inside parentheses ("(Garrison et al., doi:10.1002/14651858.CD009402.pub3)" split at ".CD"): the previous part opens more than it closes, and this one closes it. */
function insideParentheses(prev: string, cur: string): boolean {
  let depth = 0;
  for (const ch of prev.slice(-400)) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  if (depth <= 0) return false;
  const close = cur.indexOf(')');
  const open = cur.indexOf('(');
  return close >= 0 && (open < 0 || close < open) && close < 200;
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
