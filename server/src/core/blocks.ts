/**
 * A fast line scanner for top-level Markdown block boundaries, so that the checker can parse a
 * document one block at a time (remark's whole-document parse is superlinear in document size).
 *
 * A boundary is only ever placed at the start of a line that (1) follows a blank line, (2) starts
 * in column 0 with a character that is not white space, and (3) does not start a list item. After
 * a blank line such a line ends every container (block quote, list item, footnote definition) and
 * every construct that stops at a blank line (paragraph, table, HTML block types 6–7, indented
 * code), so parsing the text before and after it separately gives the same blocks as parsing the
 * whole. Lists are never split, because their item numbers and the looseness of a list depend on
 * all items. Only three things run across blank lines into column-0 text: fenced code, HTML blocks
 * of types 1–5 (`<!--`, `<script`, `<?`, …) and front matter; the scanner follows them.
 *
 * A fence or HTML opener indented by 1–3 spaces may be top-level or the content of a list item;
 * the scanner cannot tell without parsing, so it treats it as top-level and marks the block
 * `certain: false`. The caller then parses the block and checks that it does not end inside an
 * open fence or HTML block (see blockwise.ts); if it does, the block is extended to the next
 * candidate boundary.
 */

/** One scanned block: source offsets [start, end). */
export interface ScannedBlock {
  start: number;
  end: number;
  /** False if an indented fence/HTML opener makes the end uncertain: verify by parsing. */
  certain: boolean;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const BACKTICK = 96;
const TILDE = 126;
const LT = 60;

/** End of the line starting at `i` (index of its "\n", or text.length). */
export function lineEndAt(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

/** Number of leading spaces of a line (a tab counts as 4, i.e. "too indented"). */
function indentOf(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) n++;
    else if (c === TAB) n += 4;
    else break;
  }
  return n;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== CR) return false;
  }
  return true;
}

/** "- ", "* ", "+ ", "1. ", "12) " (or the marker alone on its line) at the start of a line. */
function isListMarker(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  let i = start;
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    while (i < end && i - start < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
    const d = text.charCodeAt(i);
    if (d !== 46 && d !== 41) return false;
    i++;
  }
  if (i >= end) return true;
  const after = text.charCodeAt(i);
  return after === SPACE || after === TAB || after === CR;
}

interface Fence {
  char: number;
  length: number;
}

/** A fence opener (``` or ~~~, length ≥ 3) at `at`, or undefined. */
function fenceOpen(text: string, at: number, end: number): Fence | undefined {
  const c = text.charCodeAt(at);
  if (c !== BACKTICK && c !== TILDE) return undefined;
  let i = at;
  while (i < end && text.charCodeAt(i) === c) i++;
  const length = i - at;
  if (length < 3) return undefined;
  // A backtick fence's info string may not contain a backtick.
  if (c === BACKTICK && text.slice(i, end).includes('`')) return undefined;
  return { char: c, length };
}

function isFenceClose(text: string, start: number, end: number, fence: Fence): boolean {
  const indent = indentOf(text, start, end);
  if (indent > 3) return false;
  let i = start + indent;
  let n = 0;
  while (i < end && text.charCodeAt(i) === fence.char) {
    i++;
    n++;
  }
  return n >= fence.length && isBlank(text, i, end);
}

/** HTML block types 1–5: opener pattern → the text that ends the block. */
const HTML_LITERAL: [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Za-z]/, />/],
];

/** If a line (without indentation) opens an HTML block of type 1–5, the pattern that closes it. */
export function htmlOpen(line: string): { close: RegExp; openerLength: number } | undefined {
  for (const [open, close] of HTML_LITERAL) {
    const m = open.exec(line);
    if (m) return { close, openerLength: m[0].length };
  }
  return undefined;
}

/** End offset of front matter (after its closing fence line), or 0 if the document has none. */
export function frontMatterEnd(text: string): number {
  // A byte order mark before the fence (the parser drops it).
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEndAt(text, bom);
  const first = trimLineEnd(text.slice(bom, firstEnd));
  if (first !== '---' && first !== '+++') return 0;
  let i = firstEnd + 1;
  while (i < text.length) {
    const e = lineEndAt(text, i);
    if (trimLineEnd(text.slice(i, e)) === first) return Math.min(text.length, e + 1);
    i = e + 1;
  }
  return 0;
}

/**
 * The next block from `start` (a true block boundary): scans lines, following fences, HTML blocks
 * of types 1–5 and front matter, until a candidate boundary (see the module comment).
 */
export function nextBlock(text: string, start: number): ScannedBlock {
  let certain = true;
  let i = start;
  // Front matter, else the first line after a byte order mark (the parser drops it).
  if (start === 0) i = frontMatterEnd(text) || (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let fence: Fence | undefined;
  let html: RegExp | undefined;
  /** Inside what may be an HTML block of type 6–7 (ends at a blank line): fence lines there are ambiguous. */
  let looseHtml = false;
  let prevBlank = false;
  while (i < text.length) {
    const end = lineEndAt(text, i);
    const next = end + 1;
    if (fence) {
      if (isFenceClose(text, i, end, fence)) fence = undefined;
      i = next;
      continue;
    }
    if (html) {
      if (html.test(text.slice(i, end))) html = undefined;
      i = next;
      continue;
    }
    if (isBlank(text, i, end)) {
      prevBlank = true;
      looseHtml = false;
      i = next;
      continue;
    }
    const first = text.charCodeAt(i);
    if (prevBlank && i > start && first !== SPACE && first !== TAB && !isListMarker(text, i, end)) {
      return { start, end: i, certain };
    }
    prevBlank = false;
    const indent = indentOf(text, i, end);
    if (indent <= 3) {
      const at = i + indent;
      const f = fenceOpen(text, at, end);
      if (f) {
        fence = f;
        if (indent > 0 || looseHtml) certain = false;
      } else if (text.charCodeAt(at) === LT) {
        const line = text.slice(at, end);
        const h = htmlOpen(line);
        if (h) {
          if (indent > 0 || looseHtml) certain = false;
          if (!h.close.test(line.slice(h.openerLength))) html = h.close;
        } else if (/^<\/?[A-Za-z]/.test(line)) {
          looseHtml = true;
        }
      }
    }
    i = next;
  }
  return { start, end: text.length, certain };
}

/** The next candidate boundary after `from` ignoring fences and HTML (for extending a block that failed verification). */
export function nextCandidate(text: string, from: number): number {
  let i = lineEndAt(text, from) + 1;
  let prevBlank = false;
  while (i < text.length) {
    const end = lineEndAt(text, i);
    if (isBlank(text, i, end)) prevBlank = true;
    else {
      const first = text.charCodeAt(i);
      if (prevBlank && first !== SPACE && first !== TAB && !isListMarker(text, i, end)) return i;
      prevBlank = false;
    }
    i = end + 1;
  }
  return text.length;
}

/** All blocks of a document by the scanner alone (no verification): for tests and tools. */
export function scanBlocks(text: string): ScannedBlock[] {
  const out: ScannedBlock[] = [];
  for (let start = 0; start < text.length; ) {
    const b = nextBlock(text, start);
    out.push(b);
    start = b.end;
  }
  return out;
}

/**
 * Does the block [start, end) hold prose (a paragraph, heading or table cell with text), when that is
 * certain from its text alone? `undefined` when only parsing can tell. Certain: a line that starts
 * with a letter in column 0 (a paragraph, table or setext heading whose first word is text, unless
 * that word is an autolink literal: "www.", a scheme with ":" or an e-mail address with "@"); no prose
 * in a fenced code block, an HTML comment or indented code followed by nothing but blank lines.
 */
export function knownProse(text: string, start: number, blockEnd: number): boolean | undefined {
  const end = Math.min(blockEnd, text.length);
  if (start >= end) return false;
  const c = text.charCodeAt(start);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    let e = start;
    while (e < end && !/\s/.test(text[e])) e++;
    const word = text.slice(start, e);
    return word.includes('@') || word.includes(':') || /^www\./i.test(word) ? undefined : true;
  }
  const firstEnd = Math.min(lineEndAt(text, start), end);
  /** Only blank lines from `i` to the block's end. */
  const blankAfter = (i: number): boolean => {
    for (let j = i; j < end; ) {
      const e = Math.min(lineEndAt(text, j), end);
      if (!isBlank(text, j, e)) return false;
      j = e + 1;
    }
    return true;
  };
  const fence = fenceOpen(text, start, firstEnd);
  if (fence) {
    for (let i = firstEnd + 1; i < end; ) {
      const e = Math.min(lineEndAt(text, i), end);
      if (isFenceClose(text, i, e, fence)) return blankAfter(e + 1) ? false : undefined;
      i = e + 1;
    }
    return undefined;
  }
  if (text.startsWith('<!--', start) && !text.startsWith('<!-->', start) && !text.startsWith('<!--->', start)) {
    const close = text.indexOf('-->', start + 4);
    if (close < 0 || close + 3 > end) return undefined;
    return blankAfter(Math.min(lineEndAt(text, close), end) + 1) ? false : undefined;
  }
  // Indented code: every line that is not blank is indented by four columns or more.
  for (let i = start; i < end; ) {
    const e = Math.min(lineEndAt(text, i), end);
    if (!isBlank(text, i, e) && indentOf(text, i, e) < 4) return undefined;
    i = e + 1;
  }
  return false;
}


/** A line without trailing spaces, tabs and CR (a loop: `/[ \t\r]+$/` is quadratic on a long run of spaces). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--;
  return end === line.length ? line : line.slice(0, end);
}
