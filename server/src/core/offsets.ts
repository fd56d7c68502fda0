/**
 * Compact maps from a segment's text offsets to source offsets. Prose text mostly copies the
 * source character by character, so the map is stored as runs (a text offset where consecutive
 * characters start mapping to consecutive source offsets, and that source offset) and read with a
 * binary search: a few numbers per segment instead of one per character.
 */
import type { OffsetMap } from './types';

/** An offset map stored as runs `[textStart0, sourceStart0, textStart1, sourceStart1, …]`. */
class RunMap implements OffsetMap {
  constructor(
    /** Text starts ascending, the first one 0. */
    private readonly runs: readonly number[],
    readonly length: number,
  ) {}

  at(i: number): number {
    if (!(i >= 0 && i < this.length)) return NaN;
    const runs = this.runs;
    let lo = 0;
    let hi = (runs.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[2 * mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[2 * lo + 1] + (i - runs[2 * lo]);
  }

  shifted(delta: number): OffsetMap {
    if (!delta) return this;
    return new RunMap(
      this.runs.map((x, k) => (k & 1 ? x + delta : x)),
      this.length,
    );
  }
}

/** Builds an offset map one text character at a time. */
export class OffsetMapBuilder {
  private readonly runs: number[] = [];
  private last = 0;
  /** Number of offsets pushed. */
  length = 0;

  /** The source offset of the next text character. */
  push(source: number): void {
    if (!this.length || source !== this.last + 1) this.runs.push(this.length, source);
    this.last = source;
    this.length++;
  }

  /** The source offset pushed last (undefined before the first push). */
  get lastOffset(): number | undefined {
    return this.length ? this.last : undefined;
  }

  /** The finished map. */
  finish(): OffsetMap {
    return new RunMap(this.runs.slice(), this.length);
  }
}

/** An offset map of the given offsets (for tests and tools). */
export function offsetMapOf(offsets: readonly number[]): OffsetMap {
  const b = new OffsetMapBuilder();
  for (const x of offsets) b.push(x);
  return b.finish();
}

/** Every offset of a map, in order (for tests and tools). */
export function offsetsOf(map: OffsetMap): number[] {
  return Array.from({ length: map.length }, (_, i) => map.at(i));
}
