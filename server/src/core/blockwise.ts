/**
 * Block-wise segment extraction: the document is split into top-level blocks (blocks.ts), each
 * block is parsed on its own and its segments are cached by content. The result equals
 * `extractSegments(text)` on the whole document, except that list item and block quote ids are
 * numbered per block, and segments carry a `base` offset (read them with `toSource`).
 *
 * What a block's parse depends on besides its own text, and how it is handled:
 * - link reference and footnote definitions anywhere in the document: the definitions a block
 *   refers to are appended to it before parsing (only their existence matters) and the segments
 *   they produce are dropped;
 * - a preceding "References" heading: passed in as context and part of the cache key;
 * - front matter: only the first block is parsed with front matter enabled.
 */
import { frontMatterEnd, htmlOpen, knownProse, lineEndAt, nextBlock, nextCandidate } from './blocks';
import { parseBlockMarkdown, syntaxMask } from './blockparse';
import { segmentsOfTree, type MdNode } from './markdown';
import { DIRECTIVE_PREFIX, directivesOfNodes, type Directive } from './suppress';
import type { Segment } from './types';

/** The position-independent result of one block (cached). */
export interface BlockResult {
  /** Unique id of this cache entry (for keys built from several blocks). */
  readonly id: number;
  /** Segments with offsets relative to the block start. */
  readonly segments: Segment[];
  /** Whether the text after the block is in a references section. */
  readonly referenceOut: boolean;
  /** Normalised labels of the definitions in the block ("^label" for footnotes) → raw label. */
  readonly defines: Map<string, string>;
  /** False when the block was skipped without parsing (its prose cannot matter). */
  readonly parsed: boolean;
  /** Suppression comments in the block (suppress.ts), offsets relative to the block start; absent when none. */
  readonly directives?: Directive[];
}

/**
 * What changed between a text the extractor saw before (`base`) and the text being analysed: the
 * lengths of the unchanged prefix and suffix (from the editor's change events). Only the blocks near
 * the change are scanned again; without it the extractor compares with the last text it saw.
 */
export interface TextChange {
  base: string;
  prefix: number;
  suffix: number;
}

/** The change from `base` to `text` as unchanged prefix and suffix lengths (one pass of character comparisons). */
export function diffTexts(base: string, text: string): TextChange {
  const n = Math.min(base.length, text.length);
  let prefix = 0;
  while (prefix < n && base.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && base.charCodeAt(base.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { base, prefix, suffix };
}

/** The block spans of a text seen before, for re-scanning only near a change. */
interface Layout {
  text: string;
  spans: Span[];
  frontMatter: number;
  loneCr: boolean;
}

/** Layouts kept (most recent first): one per open document is enough; a few documents alternate. */
const MAX_LAYOUTS = 4;

/** A block of the current document. */
export interface DocBlock {
  start: number;
  end: number;
  result: BlockResult;
  /** The block's text (shared with the cache). */
  text?: string;
}

/**
 * How far `blockSteps` has got, for callers that analyse blocks while later ones are still parsed
 * (incremental.ts preview): `blocks` is the output array being filled; every entry before `final`
 * has its final result.
 */
export interface BlockProgress {
  blocks: DocBlock[];
  final: number;
  /**
   * Every block that can define a reference (a footnote definition, or any block in a references
   * section), parsed in the context the whole extraction gives it, in document order: set before the
   * first block is final, so that reference definitions are known before the blocks that cite them.
   */
  definitionBlocks?: DocBlock[];
}

/** Options of a block-wise extractor. */
export interface BlockwiseOptions {
  /**
   * Could prose in this block text matter to the analysis? Blocks for which this is false are not
   * parsed unless their structure matters (headings, definitions, uncertain ends, reference sections).
   * Default: every block matters.
   */
  mayMatter?: (text: string) => boolean;
  /**
   * Bound on the text of cached blocks, in characters (default 1,000,000), raised to twice the
   * document being checked: blocks of the current document are never evicted.
   */
  maxCachedChars?: number;
  /**
   * Keep block texts and parse results between calls (default true). False for a one-shot check (the
   * command line): block texts are not copied, and `release` drops everything after the call.
   */
  retain?: boolean;
  /** Most blocks parsed together in one remark call (default 64; small values for tests of chunk boundaries). */
  chunkBlocks?: number;
}

/** Lines that may be a top-level heading (ATX, or a setext underline). */
const HEADING_LIKE = /^\ufeff? {0,3}(?:#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/m;
/** Label inside brackets (link text, reference or footnote label). */
const BRACKETED = /\[((?:[^[\]\\]|\\.){1,999})\]/g;

const LONE_CR = /\r(?!\n)/;

let nextId = 1;
/** Shared so list item / block quote ids stay unique across every block ever parsed. */
const counters = { listItem: 0, blockquote: 0 };

/** Label normalisation of CommonMark / micromark (case fold, collapse white space). */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** A copy that does not keep the (large) document string alive. */
function detach(s: string): string {
  return s.length < 16 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/** What is known about one block text, whatever its context (cached by text). */
interface BlockInfo {
  /** The block text, detached from the document string. */
  text: string;
  /** May contain a top-level heading: its result can change the references context. */
  headingLike: boolean;
  /** May contain a link reference or footnote definition. */
  definitionLike: boolean;
  /** May contain a suppression comment (then it is always parsed, to find its directives). */
  directiveLike: boolean;
  /** Normalised bracketed labels (computed when the document has definitions). */
  labels?: string[];
  /** The `mayMatter` verdict. */
  matters?: boolean;
  /** The GFM extensions its text may need (blockparse.ts): only blocks with equal masks share a parse. */
  mask?: number;
  /** Results by context (first block, references section, appended definitions). */
  results: Map<string, BlockResult & { open?: boolean }>;
  /** The `blocks` call that last used it (for eviction). */
  used: number;
}

interface Pending {
  span: Span;
  /** Index of the block in the output. */
  index: number;
  refIn: boolean;
  suffix: string;
}

interface Span {
  start: number;
  end: number;
  info: BlockInfo;
  /** Scanned without certainty and verified by a parse. */
  verified: boolean;
}

/** Blocks parsed together in one remark call (after the first block), to share its fixed cost. */
const CHUNK_CHARS = 16_000;
const CHUNK_BLOCKS = 64;

/** Splits documents into blocks and parses changed blocks only. */
export class BlockwiseExtractor {
  private readonly infos = new Map<string, BlockInfo>();
  private readonly mayMatter: (text: string) => boolean;
  private readonly maxCachedChars: number;
  /** Characters of text in `infos`. */
  private cachedChars = 0;
  /** Remark parses done by the last `blocks` call (for benchmarks and tests). */
  lastParsed = 0;
  /** Blocks scanned by the last call (the others were reused from an earlier version; for tests). */
  lastScanned = 0;
  private calls = 0;
  private layouts: Layout[] = [];
  private readonly retain: boolean;
  private readonly chunkBlocks: number;

  constructor(options: BlockwiseOptions = {}) {
    this.chunkBlocks = options.chunkBlocks ?? CHUNK_BLOCKS;
    this.mayMatter = options.mayMatter ?? (() => true);
    this.maxCachedChars = options.maxCachedChars ?? 1_000_000;
    this.retain = options.retain ?? true;
  }

  /** Forget every cached block (after a one-shot check, see `retain`). */
  release(): void {
    this.infos.clear();
    this.cachedChars = 0;
    this.layouts = [];
  }

  /** The blocks of a document with their (cached) results, in order. */
  blocks(text: string, change?: TextChange): DocBlock[] {
    const steps = this.blockSteps(text, change);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /** `blocks` as a generator that yields after each remark parse (so that callers can yield to the event loop). */
  *blockSteps(text: string, change?: TextChange, progress?: BlockProgress): Generator<void, DocBlock[]> {
    this.lastParsed = 0;
    this.calls++;
    const spans = yield* this.spans(text, change);
    // Definitions anywhere in the document (only their labels matter to other blocks).
    const defined = new Map<string, string>();
    for (const s of spans) {
      if (!s.info.definitionLike) continue;
      const parsed = this.lastParsed;
      for (const [k, v] of this.result(s, false, '').defines) if (!defined.has(k)) defined.set(k, v);
      if (this.lastParsed > parsed) yield;
    }
    if (progress) progress.definitionBlocks = yield* this.definitionBlocks(spans, defined);
    // In order, with the references context; cache misses are parsed in chunks of adjacent blocks.
    const out: DocBlock[] = [];
    if (progress) {
      progress.blocks = out;
      progress.final = 0;
    }
    let refIn = false;
    let pending: Pending[] = [];
    let flushes = 0;
    const flush = (): boolean => {
      if (!pending.length) return false;
      flushes++;
      for (const { index, result } of this.parseChunk(text, pending)) out[index].result = result;
      pending = [];
      if (progress) progress.final = out.length;
      return true;
    };
    // Entries before the first one still waiting for its chunk are final.
    const settled = (): void => {
      if (progress) progress.final = pending.length ? pending[0].index : out.length;
    };
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i];
      const info = s.info;
      info.matters ??= this.mayMatter(info.text);
      if (!info.headingLike && !info.definitionLike && !info.directiveLike && !refIn && !info.matters && !s.verified) {
        out.push({ start: s.start, end: s.end, result: skipped(refIn), text: info.text });
        settled();
        continue;
      }
      const suffix = definitionsFor(info, defined);
      const hit = info.results.get(contextKey(s.start === 0, refIn, suffix));
      if (hit) {
        out.push({ start: s.start, end: s.end, result: hit });
        refIn = hit.referenceOut;
        settled();
        continue;
      }
      // A miss: parsed with its neighbours. The first block is parsed alone (front matter).
      if (s.start === 0) {
        out.push({ start: s.start, end: s.end, result: this.result(s, refIn, suffix) });
        refIn = out[out.length - 1].result.referenceOut;
        settled();
        yield;
        continue;
      }
      const last = pending[pending.length - 1];
      info.mask ??= syntaxMask(info.text);
      const apart = last && (last.index !== out.length - 1 || last.span.info.mask !== info.mask);
      // With a preview the first chunks are small (the first windows can be analysed sooner), doubling up to the full size.
      const grow = progress ? 2 ** Math.min(flushes, 6) : 64;
      const chunkBlocks = Math.min(this.chunkBlocks, 2 * grow);
      const chunkChars = Math.min(CHUNK_CHARS, 500 * grow);
      if (last && (apart || pending.length >= chunkBlocks || s.end - pending[0].span.start > chunkChars) && flush()) yield;
      pending.push({ span: s, index: out.length, refIn, suffix });
      out.push({ start: s.start, end: s.end, result: skipped(refIn) });
      // A heading decides the context of the next block: parse now.
      if (info.headingLike) {
        if (flush()) yield;
        refIn = out[out.length - 1].result.referenceOut;
      }
    }
    if (flush()) yield;
    settled();
    this.evict(text.length);
    return out;
  }

  /**
   * The blocks that can define references, parsed in the context the in-order pass gives them (see
   * `BlockProgress.definitionBlocks`): only a heading can start or end a references section, so the
   * context of every other block is that of the last heading-like block before it. Their results are
   * cached, so the in-order pass parses none of them again.
   */
  private *definitionBlocks(spans: Span[], defined: Map<string, string>): Generator<void, DocBlock[]> {
    const out: DocBlock[] = [];
    let refIn = false;
    for (const s of spans) {
      const info = s.info;
      if (!info.headingLike && !s.verified && !info.definitionLike && !refIn) continue;
      const suffix = definitionsFor(info, defined);
      const parsed = this.lastParsed;
      const result = this.result(s, refIn, suffix);
      if (info.definitionLike || refIn || result.segments.some((x) => x.refLabel !== undefined)) out.push({ start: s.start, end: s.end, result });
      refIn = result.referenceOut;
      if (this.lastParsed > parsed) yield;
    }
    return out;
  }

  /** Block-wise `extractSegments`: all segments of the document, shifted to document offsets, with
   * list item and block quote ids renumbered to be unique in the document (equal blocks share a
   * cached result, so their own ids repeat).
   */
  segments(text: string): Segment[] {
    const out: Segment[] = [];
    let n = 0;
    for (const b of this.blocks(text)) {
      const ids = new Map<string, number>();
      const renumber = (kind: string, id: number | undefined) => {
        if (id === undefined) return undefined;
        const key = kind + id;
        if (!ids.has(key)) ids.set(key, n++);
        return ids.get(key);
      };
      for (const seg of b.result.segments) {
        out.push({ ...seg, base: b.start, listItem: renumber('l', seg.listItem), blockquote: renumber('q', seg.blockquote) });
      }
    }
    return out;
  }

  /** Does a block have prose segments? From its text when that is certain (blocks.ts `knownProse`), else by parsing it. */
  hasProse(text: string, block: DocBlock): boolean {
    if (block.result.parsed) return block.result.segments.length > 0;
    return knownProse(text, block.start, block.end) ?? this.reparse(text, block).segments.length > 0;
  }

  /** The parsed result of a block that `blocks` skipped (its context is unchanged by it, see `blocks`). */
  reparse(text: string, block: DocBlock): BlockResult {
    if (block.result.parsed) return block.result;
    // Skipped blocks hold no "[" (see `mayMatter`), so no definitions to append.
    const span: Span = { start: block.start, end: block.end, info: this.info(block.text ?? text.slice(block.start, block.end)), verified: false };
    return this.result(span, block.result.referenceOut, '');
  }

  /**
   * Block boundaries, verified by parsing where the scanner is unsure. With an earlier layout of the
   * document (found by `change.base`, else the last text seen), blocks before the change are kept,
   * scanning starts at the last block the change may touch, and stops as soon as a boundary falls on
   * a block start of the unchanged suffix (the scan from a boundary reads only the text after it), so
   * an edit that opens a fence or comment re-scans as far as it reaches.
   */
  private *spans(text: string, change?: TextChange): Generator<void, Span[]> {
    const layout = change ? this.layouts.find((l) => l.text === change.base) : this.layouts[0];
    const diff = layout && (change ?? diffTexts(layout.text, text));
    const spans: Span[] = [];
    let suffix: { from: number; old: Span[]; at: number; delta: number } | undefined;
    let start = 0;
    let loneCr: boolean;
    const frontMatter = frontMatterEnd(text);
    if (layout && diff && Number.isFinite(diff.prefix) && Number.isFinite(diff.suffix) && !layout.loneCr && layout.frontMatter === frontMatter) {
      const prefix = Math.max(0, Math.min(diff.prefix, text.length, layout.text.length));
      const kept = Math.max(0, Math.min(diff.suffix, text.length - prefix, layout.text.length - prefix));
      const delta = text.length - layout.text.length;
      // A lone "\r" can only be new in the changed text or just before it.
      loneCr = false;
      for (let i = Math.max(0, prefix - 1); i < text.length - kept && !loneCr; i++) loneCr = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10;
      if (!loneCr) {
        // A kept block's end was decided by reading the line that starts at it: that line must be unchanged.
        for (const s of layout.spans) {
          if (s.end >= prefix || lineEndAt(text, s.end) >= prefix) break;
          spans.push(this.keep(s, 0));
          start = s.end;
        }
        suffix = { from: text.length - kept, old: layout.spans, at: spans.length, delta };
      }
    } else {
      loneCr = LONE_CR.test(text);
    }
    this.lastScanned = 0;
    // The scanner splits lines at "\n" only; a lone "\r" (also a line ending in Markdown) is rare enough
    // to parse such a document as one block.
    while (start < text.length) {
      if (suffix && start > 0 && start >= suffix.from) {
        // Back in step with the earlier layout: the rest is its blocks, moved.
        while (suffix.at < suffix.old.length && suffix.old[suffix.at].start + suffix.delta < start) suffix.at++;
        if (suffix.at < suffix.old.length && suffix.old[suffix.at].start + suffix.delta === start) {
          for (let j = suffix.at; j < suffix.old.length; j++) spans.push(this.keep(suffix.old[j], suffix.delta));
          break;
        }
      }
      this.lastScanned++;
      const scanned = loneCr ? { start, end: text.length, certain: true } : nextBlock(text, start);
      let end = scanned.end;
      let span: Span = { start, end, info: this.info(text.slice(start, end)), verified: !scanned.certain };
      while (!scanned.certain && end < text.length && this.result(span, false, '').open) {
        end = nextCandidate(text, end);
        span = { start, end, info: this.info(text.slice(start, end)), verified: true };
        yield;
      }
      spans.push(span);
      start = end;
    }
    this.layouts = [{ text, spans, frontMatter, loneCr }, ...this.layouts.filter((l) => l !== layout && l.text !== text)].slice(0, MAX_LAYOUTS);
    return spans;
  }

  /** A span of an earlier layout, moved by `delta`, its text info cached again (it may have been evicted meanwhile). */
  private keep(s: Span, delta: number): Span {
    const info = s.info;
    if (this.infos.get(info.text) !== info) {
      const known = this.infos.get(info.text);
      if (known) return { start: s.start + delta, end: s.end + delta, info: known, verified: s.verified };
      this.infos.set(info.text, info);
      this.cachedChars += info.text.length;
    }
    info.used = this.calls;
    return delta ? { start: s.start + delta, end: s.end + delta, info, verified: s.verified } : s;
  }

  private info(block: string): BlockInfo {
    let info = this.infos.get(block);
    if (!info) {
      const own = this.retain ? detach(block) : block;
      info = { text: own, headingLike: HEADING_LIKE.test(own), definitionLike: own.includes(']:'), directiveLike: own.includes(DIRECTIVE_PREFIX), results: new Map(), used: 0 };
      this.infos.set(own, info);
      this.cachedChars += own.length;
    }
    info.used = this.calls;
    return info;
  }

  /**
   * Over the bound on cached text, drop the least recently used blocks down to three quarters of it;
   * blocks of the document just checked (`used === calls`) stay.
   */
  private evict(documentChars: number): void {
    const bound = Math.max(this.maxCachedChars, 2 * documentChars);
    if (this.cachedChars <= bound) return;
    const byUse = [...this.infos.values()].filter((i) => i.used !== this.calls).sort((a, b) => a.used - b.used);
    for (const info of byUse) {
      if (this.cachedChars <= 0.75 * bound) break;
      this.infos.delete(info.text);
      this.cachedChars -= info.text.length;
    }
  }

  /** The result of one block parsed alone (cached). */
  private result(span: Span, refIn: boolean, suffix: string): BlockResult & { open?: boolean } {
    const first = span.start === 0;
    const key = contextKey(first, refIn, suffix);
    const hit = span.info.results.get(key);
    if (hit) return hit;
    this.lastParsed++;
    const own = span.info.text;
    // Definitions go before the block (after it, a fence left open by the block would swallow them);
    // in the first block they go after it, so that front matter stays at the start.
    const prefix = suffix && !first ? definitionsPrefix(suffix) : '';
    // The parser drops a byte order mark: parse without it, then count it in the offsets.
    const bom = first && own.charCodeAt(0) === 0xfeff ? 1 : 0;
    const source = (prefix ? prefix + own : suffix ? `${own}\n\n${suffix}` : own).slice(bom);
    const tree = parseBlockMarkdown(source, first);
    const from = prefix.length;
    const to = from + own.length - bom;
    const nodes = (tree.children ?? []).filter((n) => {
      const at = n.position?.start.offset ?? 0;
      return at >= from && at < to;
    });
    const result = blockResult(nodes, source, from, to, refIn, first, span.info.directiveLike ? bom : undefined);
    if (bom) for (const seg of result.segments) seg.srcOf = seg.srcOf.shifted(bom);
    span.info.results.set(key, result);
    return result;
  }

  /** Parse adjacent blocks in one call and split the tree into per-block results (cached as if parsed alone). */
  private parseChunk(text: string, pending: Pending[]): { index: number; result: BlockResult }[] {
    this.lastParsed++;
    const start = pending[0].span.start;
    const own = detach(text.slice(start, pending[pending.length - 1].span.end));
    const suffixes = new Set(pending.flatMap((p) => (p.suffix ? p.suffix.split('\n\n') : [])));
    const prefix = suffixes.size ? definitionsPrefix([...suffixes].sort().join('\n\n')) : '';
    const source = prefix + own;
    const tree = parseBlockMarkdown(source, false);
    const children = tree.children ?? [];
    let c = 0;
    const out: { index: number; result: BlockResult }[] = [];
    for (const p of pending) {
      const from = p.span.start - start + prefix.length;
      const to = p.span.end - start + prefix.length;
      const nodes: MdNode[] = [];
      for (; c < children.length && (children[c].position?.start.offset ?? 0) < to; c++) {
        if ((children[c].position?.start.offset ?? 0) >= from) nodes.push(children[c]);
      }
      const result = blockResult(nodes, source, from, to, p.refIn, false, p.span.info.directiveLike ? 0 : undefined);
      p.span.info.results.set(contextKey(false, p.refIn, p.suffix), result);
      out.push({ index: p.index, result });
    }
    return out;
  }
}

/** Definitions (link reference and footnote) anywhere in a tree: normalised label → raw label. */
function definitionsIn(tree: MdNode): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (n: MdNode): void => {
    if (n.type === 'definition' || n.type === 'footnoteDefinition') {
      const raw = n.label ?? n.identifier ?? '';
      const key = (n.type === 'footnoteDefinition' ? '^' : '') + normalizeLabel(raw);
      if (!out.has(key)) out.set(key, raw);
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Does a block whose last top-level node is `last` (offsets into `source`, block ends at `to`) end inside an open fence or HTML block (types 1–5)? */
function endsOpen(last: MdNode | undefined, source: string, to: number, first: boolean): boolean {
  if (!last) return false;
  let start = last.position?.start.offset ?? 0;
  // The node starts after its indentation: include it.
  while (start > 0 && source[start - 1] === ' ') start--;
  const text = source.slice(start, Math.min(to, last.position?.end.offset ?? to));
  if (last.type === 'code') {
    const open = FENCE.exec(text);
    if (!open) return false;
    const lines = text.replace(/\s+$/, '').split(/\r?\n/);
    if (lines.length < 2) return true;
    const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(lines[lines.length - 1]);
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
  }
  if (last.type === 'html') {
    const html = text.replace(/^ {0,3}/, '');
    const h = htmlOpen(html);
    return !!h && !h.close.test(html.slice(h.openerLength));
  }
  if (first && (last.type === 'yaml' || last.type === 'toml')) return frontMatterEnd(source.slice(0, to)) === 0;
  return false;
}

/**
 * The result of a block given its top-level nodes; `from`/`to` are its offsets in `source`.
 * `directives`: when the block's text may hold suppression comments, how far its offsets lie after
 * the parsed text's (a byte order mark the parser did not see).
 */
function blockResult(nodes: MdNode[], source: string, from: number, to: number, refIn: boolean, first: boolean, directives?: number): BlockResult & { open?: boolean } {
  const root: MdNode = { type: 'root', children: nodes };
  const parsed = segmentsOfTree(root, source, { referenceSection: refIn, counters });
  if (from) for (const seg of parsed.segments) seg.srcOf = seg.srcOf.shifted(-from);
  const result: BlockResult & { open?: boolean } = { id: nextId++, segments: parsed.segments, referenceOut: parsed.referenceSection, defines: definitionsIn(root), parsed: true };
  if (directives !== undefined) {
    const found = directivesOfNodes(nodes, from - directives);
    if (found.length) (result as { directives?: Directive[] }).directives = found;
  }
  if (endsOpen(nodes[nodes.length - 1], source, to, first)) result.open = true;
  return result;
}

function contextKey(first: boolean, refIn: boolean, suffix: string): string {
  // Without definitions (nearly every block) one of four constant strings: no string is built per block and edit.
  if (!suffix) return first ? (refIn ? 'FR' : 'F-') : refIn ? 'BR' : 'B-';
  return `${first ? 'F' : 'B'}${refIn ? 'R' : '-'}${suffix}`;
}

const SKIPPED = [false, true].map((referenceOut): BlockResult => ({ id: 0, segments: [], referenceOut, defines: new Map(), parsed: false }));

/** The result of a block that is not parsed: no segments, context unchanged. */
function skipped(refIn: boolean): BlockResult {
  return SKIPPED[refIn ? 1 : 0];
}

/**
 * Definitions placed before a block's text: a blank line, and an empty HTML comment that ends a
 * footnote definition (a block that starts indented must not continue it).
 */
function definitionsPrefix(definitions: string): string {
  return `${definitions}\n\n<!---->\n\n`;
}

/** The definitions text to append to a block: every defined label that appears bracketed in it. */
function definitionsFor(info: BlockInfo, defined: Map<string, string>): string {
  if (!defined.size || !info.text.includes('[')) return '';
  info.labels ??= [
    ...new Set([...info.text.matchAll(BRACKETED)].map((m) => (m[1].startsWith('^') ? `^${normalizeLabel(m[1].slice(1))}` : normalizeLabel(m[1])))),
  ].sort();
  const wanted = info.labels.filter((k) => defined.has(k));
  return wanted.map((k) => (k.startsWith('^') ? `[^${defined.get(k)}]: .` : `[${defined.get(k)}]: #`)).join('\n\n');
}
