/**
 * Inline suppression comments, honoured by every adapter (server and CLI) as a post-filter on
 * findings:
 *
 * - `<!-- mineral-claims-disable [rule-id …] -->` … `<!-- mineral-claims-enable [rule-id …] -->`
 *   (no ids: all rules) turn rules off for a region;
 * - `<!-- mineral-claims-disable-next-line [rule-id …] -->` for the line after the comment;
 * - front matter `mineral-claims: { disable: [rule-id, …] }` for the whole file (`all` or `true`: every rule).
 *
 * Only real HTML comments count: a directive inside a code block or inline code is text. The checker
 * finds them in the trees of the blocks it parses anyway (blockwise.ts, `directivesOfNodes`), cached
 * per block; `findDirectives` parses a whole document (the reference for tests, and the checker's
 * whole-document mode).
 */
import { readFrontMatter, stringList } from './frontmatter';
import { parseDocument, type MdNode } from './markdown';

/** The prefix of every directive. */
export const DIRECTIVE_PREFIX = 'mineral-claims-';

/** One suppression comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Source span of the comment. */
  start: number;
  end: number;
}

const COMMENT = /<!--\s*mineral-claims-(disable-next-line|disable|enable)\b([^]*?)-->/g;

/**
 * The directives in parsed nodes (and their descendants), in document order, with offsets relative
 * to `from` (the offset in the parsed source where the caller's text starts).
 */
export function directivesOfNodes(nodes: MdNode[], from = 0): Directive[] {
  const out: Directive[] = [];
  const visit = (n: MdNode): void => {
    if (n.type === 'html' && n.value && n.position?.start.offset !== undefined) {
      const base = n.position.start.offset - from;
      for (const m of n.value.matchAll(COMMENT)) {
        const rules = m[2].split(/[\s,]+/).filter(Boolean);
        out.push({ kind: m[1] as Directive['kind'], rules, start: base + m.index, end: base + m.index + m[0].length });
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  for (const n of nodes) visit(n);
  return out;
}

/** The directives of a document, in order, from a parse of the whole text (or its tree, `parseDocument`). Cheap when the document has none. */
export function findDirectives(text: string, parsed?: ReturnType<typeof parseDocument>): Directive[] {
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const { tree, bom } = parsed ?? parseDocument(text);
  return directivesOfNodes([tree], -bom);
}

/** Rule ids disabled for the whole file by front matter (`['*']` for every rule). */
export function frontMatterDisabled(text: string): string[] {
  const fm = readFrontMatter(text);
  const own = fm?.data['mineral-claims'];
  if (!own || typeof own !== 'object') return [];
  const value = (own as Record<string, unknown>).disable;
  if (value === true || value === 'all') return ['*'];
  return stringList(value);
}

/** Drop the findings that suppression comments or front matter turn off (parses the whole document: see `Suppression`). */
export function filterSuppressed<T extends { ruleId: string; start: number }>(text: string, findings: T[]): T[] {
  if (!findings.length || !text.includes('mineral-claims')) return findings;
  return new Suppression(text, findDirectives(text)).filter(findings);
}

/** What the disable/enable comments before a point leave switched off. */
interface RegionState {
  all: boolean;
  off: Set<string>;
  except: Set<string>;
}

/**
 * The suppression of one document version, from its directives (in document order) and front matter:
 * `filter` costs one binary search per finding, and nothing when the document has neither.
 */
export class Suppression {
  private readonly fileOff: Set<string>;
  /** Ends of the disable/enable comments, and the state after each (`states[i]`: after the first i + 1). */
  private readonly regionEnds: number[] = [];
  private readonly states: RegionState[] = [];
  /** The lines disable-next-line comments cover, as offset spans [from, to), sorted by `from`. */
  private readonly lines: { from: number; to: number; rules: string[] }[] = [];
  private readonly length: number;
  /** Does it turn anything off? */
  readonly active: boolean;

  constructor(text: string, directives: readonly Directive[]) {
    this.length = text.length;
    this.fileOff = new Set(text.charCodeAt(0) === 45 /* - */ || text.charCodeAt(0) === 0xfeff ? frontMatterDisabled(text) : []);
    let state: RegionState = { all: false, off: new Set(), except: new Set() };
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        // The line after the comment's end (lines end at \n, \r\n or \r, as in positions.ts): [from, to).
        const from = lineAfter(text, d.end);
        if (from !== undefined) this.lines.push({ from, to: lineAfter(text, from) ?? Infinity, rules: d.rules });
        continue;
      }
      state = { all: state.all, off: new Set(state.off), except: new Set(state.except) };
      if (d.kind === 'disable') {
        if (!d.rules.length) {
          state.all = true;
          state.except.clear();
        }
        for (const r of d.rules) {
          state.off.add(r);
          state.except.delete(r);
        }
      } else {
        if (!d.rules.length) {
          state.all = false;
          state.off.clear();
          state.except.clear();
        }
        for (const r of d.rules) {
          state.off.delete(r);
          if (state.all) state.except.add(r);
        }
      }
      this.regionEnds.push(d.end);
      this.states.push(state);
    }
    this.lines.sort((a, b) => a.from - b.from);
    this.active = this.fileOff.size > 0 || this.states.length > 0 || this.lines.length > 0;
  }

  /** The findings not turned off (the same array when nothing is turned off). */
  filter<T extends { ruleId: string; start: number }>(findings: T[]): T[] {
    if (!this.active || !findings.length) return findings;
    if (this.fileOff.has('*')) return [];
    // Findings come in document order (nearly always): the comments before each are found by walking on from the
    // last finding's (a keystroke filters every finding of the document again), by a binary search when it starts before.
    const out: T[] = [];
    let line = -1;
    let lineAt = -Infinity;
    let region = -1;
    let regionAt = -Infinity;
    for (const f of findings) {
      if (this.fileOff.has(f.ruleId)) continue;
      // Offsets as positions.ts reads them: clamped into the text (a low surrogate never starts a line).
      const at = Math.max(0, Math.min(f.start, this.length));
      if (!(at >= lineAt)) line = lastAtOrBefore(this.lines, at, (l) => l.from);
      else while (line + 1 < this.lines.length && this.lines[line + 1].from <= at) line++;
      lineAt = at;
      if (!(f.start >= regionAt)) region = lastAtOrBefore(this.regionEnds, f.start, (e) => e);
      else while (region + 1 < this.regionEnds.length && this.regionEnds[region + 1] <= f.start) region++;
      regionAt = f.start;
      if (!this.off(f.ruleId, at, line, region)) out.push(f);
    }
    return out;
  }

  /**
   * Is `ruleId` turned off at `at` (clamped into the text), given the last next-line span starting at or before it
   * (`line`) and the last disable/enable comment ending at or before it (`region`)?
   */
  private off(ruleId: string, at: number, line: number, region: number): boolean {
    // Comments on the same line cover the same next line: every span that starts at the same place.
    for (let i = line; i >= 0 && this.lines[i].to > at; i--) if (!this.lines[i].rules.length || this.lines[i].rules.includes(ruleId)) return true;
    if (region < 0) return false;
    const s = this.states[region];
    return (s.all && !s.except.has(ruleId)) || s.off.has(ruleId);
  }
}

/** Suppresses nothing (a document that is not analysed). */
export const NO_SUPPRESSION = new Suppression('', []);

/** Index of the last element whose key is ≤ `x` (keys ascending), or -1. */
function lastAtOrBefore<T>(xs: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The start of the line after the one holding `offset`, or undefined on the last line. */
function lineAfter(text: string, offset: number): number | undefined {
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return undefined;
}
