/**
 * A guard against pathological nesting, run on Markdown before it is parsed. The parser (micromark)
 * is quadratic in nesting depth and its tree walkers recurse: 5,000 nested block quotes or list
 * items, or 20,000 `*` or `[` in a row, take minutes or overflow the stack. No real draft nests
 * that deep, so structure beyond {@link MAX_NESTING} levels is blanked out with spaces before
 * parsing. Blanking keeps the length, so every offset into the document stays valid; the blanked
 * lines read as indented text (code), which the checker skips.
 */

/** Deepest container nesting (block quotes plus list items on one line) and longest marker run parsed as structure. */
export const MAX_NESTING = 32;
/** List markers indented further than this many columns are not parsed as list items. */
const MAX_INDENT = 4 * MAX_NESTING;
/** Characters whose long runs nest inline structure (emphasis, strikethrough, links). */
const RUN_CHARS = '*_~[]';

/** The source with over-deep nesting blanked out (the same string when there is none). */
export function limitNesting(source: string): string {
  const blank: [number, number][] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    i = limitLine(source, i, blank);
    // Runs of emphasis or bracket characters, anywhere in the line.
    while (i < n && source[i] !== '\n' && source[i] !== '\r') {
      const c = source[i];
      let j = i + 1;
      if (RUN_CHARS.includes(c)) {
        while (j < n && source[j] === c) j++;
        if (j - i > MAX_NESTING) blank.push([i + MAX_NESTING, j]);
      }
      i = j;
    }
    if (source[i] === '\r' && source[i + 1] === '\n') i++;
    i++;
  }
  if (!blank.length) return source;
  let out = '';
  let at = 0;
  for (const [s, e] of blank) {
    out += source.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + source.slice(at);
}

/** Scan the container markers at the start of a line; blank those beyond the limits. Returns where the line's content starts. */
function limitLine(source: string, start: number, blank: [number, number][]): number {
  let i = start;
  let depth = 0;
  let col = 0;
  for (;;) {
    while (source[i] === ' ' || source[i] === '\t') {
      col += source[i] === '\t' ? 4 - (col % 4) : 1;
      i++;
    }
    const len = markerLength(source, i);
    if (!len) return i;
    depth++;
    if (depth > MAX_NESTING || col > MAX_INDENT) blank.push([i, i + len]);
    i += len;
    col += len;
  }
}

/** Length of a block quote or list marker at `i` (0 if none). */
function markerLength(s: string, i: number): number {
  const c = s[i];
  if (c === '>') return 1;
  const after = (k: number) => s[k] === ' ' || s[k] === '\t' || s[k] === '\n' || s[k] === '\r' || k >= s.length;
  if ((c === '-' || c === '*' || c === '+') && after(i + 1)) return 1;
  let k = i;
  while (k < i + 9 && s[k] >= '0' && s[k] <= '9') k++;
  if (k > i && (s[k] === '.' || s[k] === ')') && after(k + 1)) return k + 1 - i;
  return 0;
}
