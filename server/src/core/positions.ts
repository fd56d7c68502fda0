/**
 * The one place that converts document offsets (UTF-16 code units) into LSP-style positions
 * (0-based line, UTF-16 character). Line ends are \n, \r\n and \r, as in the LSP specification.
 */

/** A 0-based line / UTF-16 character position. */
export interface Position {
  line: number;
  character: number;
}

/** A range of positions. */
export interface PositionRange {
  start: Position;
  end: Position;
}

/** Line-start index of a text, for offset → position conversion in O(log n). */
export class LineIndex {
  private readonly starts: number[];

  /**
   * `starts`: the line starts of `text` when already known (see `after`); else they are found (one pass over the text).
   */
  constructor(
    private readonly text: string,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    starts = [0];
    if (!text.includes('\r')) {
      // The common case, several times faster than testing every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10 /* \n */) {
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  /**
   * The index of `text`, which differs from the text of `earlier` only after its first `prefix` and before its
   * last `suffix` characters (an edit): line starts in the unchanged parts are taken over (moved by the change in
   * length), only the changed part is scanned.
   */
  static after(earlier: LineIndex, text: string, prefix: number, suffix: number): LineIndex {
    const old = earlier.text;
    if (!(prefix >= 0 && suffix >= 0 && prefix + suffix <= Math.min(old.length, text.length))) return new LineIndex(text);
    const oldEnd = old.length - suffix;
    const newEnd = text.length - suffix;
    const starts = [0];
    // A line starts at p when the line break before it ends at p - 1 ("\r" only when text[p] is not "\n"): kept where
    // both p - 1 and p are unchanged.
    let i = 1;
    for (; i < earlier.starts.length && earlier.starts[i] < prefix; i++) starts.push(earlier.starts[i]);
    for (let p = Math.max(1, prefix); p <= newEnd; p++) {
      const c = text.charCodeAt(p - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(p) !== 10)) starts.push(p);
    }
    const delta = text.length - old.length;
    for (; i < earlier.starts.length; i++) if (earlier.starts[i] > oldEnd) starts.push(earlier.starts[i] + delta);
    return new LineIndex(text, starts);
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset → position; offsets are clamped into the text and never split a surrogate pair. */
  positionAt(offset: number): Position {
    let off = Math.max(0, Math.min(offset, this.text.length));
    if (off > 0 && off < this.text.length && isLowSurrogate(this.text.charCodeAt(off)) && isHighSurrogate(this.text.charCodeAt(off - 1))) {
      off--;
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: off - this.starts[lo] };
  }

  /** Position → offset (clamped to the line's content). */
  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    let lineEnd = next;
    if (pos.line + 1 < this.starts.length) {
      lineEnd--;
      if (this.text.charCodeAt(lineEnd) === 10 && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    }
    return Math.max(lineStart, Math.min(lineStart + pos.character, lineEnd));
  }

  /** Span → range. */
  rangeOf(start: number, end: number): PositionRange {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
