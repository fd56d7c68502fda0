/**
 * Markdown → prose segments. Parses with unified + remark-parse (+ GFM, front matter) and keeps
 * exact source offsets for every character of prose. Code blocks, inline code, HTML, front matter,
 * images and bare URLs are left out; link text is kept and the link URL recorded.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Segment, SegmentKind, SegmentLink } from './types';
import { frontMatterEnd } from './blocks';
import { limitNesting } from './nesting';
import { OffsetMapBuilder } from './offsets';

/** An mdast node, as far as this module reads it. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  label?: string;
  depth?: number;
  start?: number | null;
  ordered?: boolean;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
/** For documents whose first line opens front matter that never closes (see `unclosedFrontMatter`). */
const noFrontMatter = unified().use(remarkParse).use(remarkGfm);

const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)[ \t]*\r?(?:\n|$)/;

/**
 * Does the text open front matter (`---` or `+++` on its first line) without closing it? Such a
 * fence is a thematic break, but remark-frontmatter's failed attempt would break the rest of the
 * parse (later list items read as plain text, footnote definitions lost): parse it without front matter.
 */
export function unclosedFrontMatter(text: string): boolean {
  return FRONT_MATTER_FENCE.test(text) && frontMatterEnd(text) === 0;
}

/** Inline HTML tags that only format text (so `Ca<sup>2+</sup>` reads as "Ca2+"). */
const FORMAT_TAG = /^<\/?(?:sup|sub|em|strong|b|i|u|span|mark|small|abbr|cite)(?:\s[^<>]*)?>$/i;

/** An inline HTML link's opening tag, capturing its URL. */
const HTML_LINK_OPEN = { exec: (tag: string): [string, string] | null => htmlHref(tag) };

/** The href of an `<a …>` opening tag, read without a backtracking pattern. */
function htmlHref(tag: string): [string, string] | null {
  if (!/^<a\s/i.test(tag) || !tag.endsWith('>')) return null;
  const at = tag.toLowerCase().indexOf('href');
  if (at < 0) return null;
  let i = at + 4;
  while (i < tag.length && (tag[i] === ' ' || tag[i] === '=')) i++;
  const q = tag[i];
  if (q !== '"' && q !== "'") return null;
  const end = tag.indexOf(q, i + 1);
  return end > i + 1 ? [tag, tag.slice(i + 1, end)] : null;
}

/** Headings whose following lists are reference lists, not claims. */
const REFERENCE_HEADING = /^(?:references?|bibliography|sources?|works cited|literature(?: cited)?|citations?|further reading|end ?notes|footnotes)\s*:?$/i;

/**
 * Parse a whole document. The parser drops a byte order mark: the tree is that of `text` (the source
 * without it), and `bom` (0 or 1) must be added to its offsets.
 */
export function parseDocument(source: string): { tree: MdNode; text: string; bom: number } {
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = bom ? source.slice(1) : source;
  return { tree: (unclosedFrontMatter(text) ? noFrontMatter : processor).parse(limitNesting(text)) as MdNode, text, bom };
}

/** Parse Markdown and return its prose segments in document order. */
export function extractSegments(source: string): Segment[] {
  return segmentsOfDocument(parseDocument(source));
}

/** The prose segments of a parsed document (`parseDocument`), in document offsets. */
export function segmentsOfDocument({ tree, text, bom }: { tree: MdNode; text: string; bom: number }): Segment[] {
  const segments = segmentsOfTree(tree, text).segments;
  if (bom) for (const seg of segments) seg.srcOf = seg.srcOf.shifted(bom);
  return segments;
}

/** Options of `segmentsOfTree` for block-wise analysis (blockwise.ts). */
export interface SegmentOptions {
  /** The text follows a "References" heading (its paragraphs and lists are reference entries). */
  referenceSection?: boolean;
  /** List item and block quote counters, shared so that numbers stay unique across blocks. */
  counters?: { listItem: number; blockquote: number };
}

/** The prose segments of a parsed tree, and whether its text ends inside a references section. */
export function segmentsOfTree(tree: MdNode, source: string, options: SegmentOptions = {}): { segments: Segment[]; referenceSection: boolean } {
  const segments: Segment[] = [];
  const counters = options.counters ?? { listItem: 0, blockquote: 0 };
  const referenceSection = walkBlocks(tree, source, segments, counters, {}, options.referenceSection ?? false);
  return { segments, referenceSection };
}

interface Ctx {
  listItem?: number;
  blockquote?: number;
  footnote?: boolean;
  referenceList?: boolean;
  /** "^label" of a footnote definition or "#n" of a numbered reference-list item. */
  refLabel?: string;
}

/** Walks block children; returns whether the last heading among them was a references heading. */
function walkBlocks(node: MdNode, source: string, out: Segment[], state: { listItem: number; blockquote: number }, ctx: Ctx, afterReference = false): boolean {
  const children = node.children ?? [];
  let afterReferenceHeading = afterReference;
  for (const child of children) {
    switch (child.type) {
      case 'paragraph': {
        const kind: SegmentKind = ctx.footnote ? 'footnoteDefinition' : ctx.referenceList || afterReferenceHeading ? 'referenceEntry' : 'paragraph';
        pushSegment(child, source, out, kind, ctx);
        break;
      }
      case 'heading': {
        const before = out.length;
        pushSegment(child, source, out, 'heading', ctx);
        // An empty heading pushes nothing and ends a references section (block-wise parsing needs this to be local).
        const seg = out.length > before ? out[out.length - 1] : undefined;
        // Everything up to the next heading under "References" is a reference list, not claims.
        afterReferenceHeading = !!seg && seg.kind === 'heading' && REFERENCE_HEADING.test(seg.text.trim());
        break;
      }
      case 'blockquote':
        walkBlocks(child, source, out, state, { ...ctx, blockquote: state.blockquote++ });
        break;
      case 'list': {
        const referenceList = ctx.referenceList || afterReferenceHeading;
        if (!referenceList || !child.ordered) {
          walkBlocks(child, source, out, state, { ...ctx, referenceList });
          break;
        }
        // Numbered reference list: item n is what "[n]" in the text points to.
        let n = child.start ?? 1;
        for (const item of child.children ?? []) walkBlocks({ type: 'root', children: [item] }, source, out, state, { ...ctx, referenceList, refLabel: `#${n++}` });
        break;
      }
      case 'listItem': {
        const before = out.length;
        walkBlocks(child, source, out, state, { ...ctx, listItem: state.listItem++ });
        if (out.length > before) out[out.length - 1].lastInListItem = true;
        break;
      }
      case 'footnoteDefinition':
        walkBlocks(child, source, out, state, { ...ctx, footnote: true, refLabel: `^${child.label ?? child.identifier ?? ''}` });
        break;
      case 'table':
        (child.children ?? []).forEach((row, r) => {
          const tableRow = state.listItem++;
          (row.children ?? []).forEach((cell, c) => {
            const before = out.length;
            pushSegment(cell, source, out, 'tableCell', ctx);
            if (out.length > before) Object.assign(out[out.length - 1], { tableRow, tableColumn: c, tableHeader: r === 0 });
          });
        });
        break;
      default:
        // code, html, yaml, toml, definition, thematicBreak: not prose.
        break;
    }
  }
  return afterReferenceHeading;
}

function pushSegment(node: MdNode, source: string, out: Segment[], kind: SegmentKind, ctx: Ctx): void {
  const b = new SegmentBuilder(source);
  b.inline(node);
  const seg = b.finish(kind);
  if (!seg.text.trim()) return;
  if (ctx.listItem !== undefined) seg.listItem = ctx.listItem;
  if (ctx.blockquote !== undefined) seg.blockquote = ctx.blockquote;
  if (ctx.refLabel !== undefined) seg.refLabel = ctx.refLabel;
  out.push(seg);
}

class SegmentBuilder {
  private text = '';
  private srcOf = new OffsetMapBuilder();
  private links: SegmentLink[] = [];
  private lastEnd = 0;
  /** End offset of the node whose children are being added. */
  private parentEnd = 0;
  private openLink: { start: number; url: string } | undefined;

  constructor(private readonly source: string) {}

  inline(node: MdNode): void {
    const outer = this.parentEnd;
    this.parentEnd = node.position?.end.offset ?? outer;
    // Children start at or after their parent: a first child made by a transform (no position) starts here.
    if (node.position?.start.offset !== undefined) this.lastEnd = Math.max(this.lastEnd, node.position.start.offset);
    for (const child of node.children ?? []) this.node(child);
    this.parentEnd = outer;
  }

  private node(n: MdNode): void {
    let start = n.position?.start.offset ?? this.lastEnd;
    // Nodes made by transforms (GFM autolinks split text nodes) have no position: find their literal text
    // after the previous node, else align them within the parent.
    let end = n.position?.end.offset ?? Math.max(start, this.parentEnd);
    if (!n.position) {
      const literal = n.type === 'text' ? n.value : n.children?.length === 1 && n.children[0].type === 'text' ? n.children[0].value : undefined;
      // Bounded search: such nodes sit right after the previous node.
      const rel = literal ? this.source.slice(start, Math.min(end, start + 4096)).indexOf(literal) : -1;
      const at = start + rel;
      if (literal && rel >= 0 && at + literal.length <= end) {
        start = at;
        end = at + literal.length;
      }
    }
    switch (n.type) {
      case 'text':
        this.addAligned(n.value ?? '', start, end, !n.position);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
        this.inline(n);
        break;
      case 'link':
      case 'linkReference': {
        const textStart = this.text.length;
        const onlyChild = n.children?.length === 1 ? n.children[0] : undefined;
        const isBareUrl = n.type === 'link' && onlyChild?.type === 'text' && (onlyChild.value === n.url || /^(?:https?:\/\/|www\.)/i.test(onlyChild.value ?? ''));
        if (isBareUrl) this.addLinkSpan(start, end);
        else {
          this.inline(n);
          if (this.text.length === textStart) this.addLinkSpan(start, end); // "[](url)"
        }
        if (n.type === 'link' && n.url) this.links.push({ start: textStart, end: this.text.length, url: n.url });
        break;
      }
      case 'footnoteReference':
        // Keep the marker as text so citation detection sees "[^id]".
        this.addVerbatim(`[^${n.label ?? n.identifier ?? ''}]`, start, end);
        break;
      case 'html': {
        const tag = (n.value ?? '').trim();
        const open = HTML_LINK_OPEN.exec(tag);
        if (open) {
          // <a href="…">text</a>: the text stays prose, the URL is recorded like a Markdown link.
          this.openLink = { start: this.text.length, url: open[1] };
          this.lastEnd = end;
        } else if (/^<\/a\s*>$/i.test(tag) && this.openLink) {
          this.links.push({ start: this.openLink.start, end: this.text.length, url: this.openLink.url });
          this.openLink = undefined;
          this.lastEnd = end;
        } else if (FORMAT_TAG.test(tag)) this.lastEnd = end;
        else this.addPlaceholder(start, end);
        break;
      }
      case 'break':
        this.addPlaceholder(start, end);
        break;
      default:
        // inlineCode, image, imageReference, inlineMath …: not prose.
        this.addPlaceholder(start, end);
        break;
    }
  }

  /** A single space standing for skipped source [start, end). */
  private addPlaceholder(start: number, end: number): void {
    if (this.text.length && this.text[this.text.length - 1] !== ' ') {
      this.text += ' ';
      this.srcOf.push(start);
    }
    this.lastEnd = end;
  }

  /**
   * Two spaces standing for a link that leaves no words in the prose (a bare URL, "[](url)"), mapped onto its
   * source [start, end): the link keeps a span of its own, so a finding on it covers the link, not the next character.
   */
  private addLinkSpan(start: number, end: number): void {
    this.addVerbatim('  ', start, end);
  }

  /** Text that maps onto source [start, end) as a whole (every char maps to start, last to end). */
  private addVerbatim(value: string, start: number, end: number): void {
    for (let i = 0; i < value.length; i++) {
      this.text += value[i];
      this.srcOf.push(i === value.length - 1 ? Math.max(start, end - 1) : start + Math.min(i, Math.max(0, end - start - 1)));
    }
    this.lastEnd = end;
  }

  /**
   * Append a text node's value, aligning each character with its source offset. The source may hold
   * extra characters the value lacks (block quote markers, indentation, escapes, entities): they are skipped.
   * `unplaced`: the node has no position and [start, end) is only where it must lie (up to its parent's end): the
   * next node starts where this one's text was found to end, not at `end`.
   */
  private addAligned(value: string, start: number, end: number, unplaced = false): void {
    let s = start;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i];
      let found = -1;
      for (let k = s; k < end && k < s + 64; k++) {
        if (this.source[k] === ch || (isLineEnd(ch) && isLineEnd(this.source[k]))) {
          found = k;
          break;
        }
      }
      const at = found >= 0 ? found : Math.min(s, Math.max(start, end - 1));
      this.text += ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
      this.srcOf.push(at);
      s = found >= 0 ? found + 1 : s;
    }
    // A node without a position whose text spans lines inside a block quote or list item is not found verbatim (the
    // markers between its lines are missing from its value), so it is given the rest of its parent. Ending it there
    // put every later node of the paragraph at the paragraph's end: their findings landed on its line break.
    this.lastEnd = unplaced ? s : end;
  }

  finish(kind: SegmentKind): Segment {
    const last = this.srcOf.lastOffset;
    this.srcOf.push(last !== undefined ? last + 1 : this.lastEnd);
    return { kind, text: this.text, srcOf: this.srcOf.finish(), links: this.links };
  }
}

function isLineEnd(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/** Map a span of segment text to document offsets. */
export function toSource(seg: Segment, start: number, end: number): { start: number; end: number } {
  // `base` shifts segments of a cached block to where the block sits now (blockwise.ts).
  const base = seg.base ?? 0;
  const s = seg.srcOf.at(Math.max(0, Math.min(start, seg.text.length))) + base;
  const e = end <= 0 ? s : seg.srcOf.at(Math.min(end - 1, seg.text.length - 1)) + 1 + base;
  return { start: s, end: Math.max(s, e) };
}
