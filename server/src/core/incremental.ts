/**
 * Incremental document analysis on top of block-wise extraction (blockwise.ts): after an edit only
 * the blocks whose text or context changed are parsed again, only their analysis windows are
 * analysed again, and the findings and sentences of every other block are reused with shifted
 * offsets. Works from the text alone (content-keyed caches), so it needs no change events and
 * cannot drift from the document; the block scan itself is one fast linear pass.
 *
 * A block's findings are computed over a window: the block's segments plus look-ahead segments of
 * the following block(s) (a sentence may continue into a list that follows it), with the
 * document-wide reference definitions (footnote and numbered reference-list entries). The cache
 * key is the ids of the window's block results plus a version of the definitions.
 */
import { createHash } from 'node:crypto';
import { BlockwiseExtractor, type BlockProgress, type BlockResult, type BlockwiseOptions, type DocBlock, type TextChange } from './blockwise';
import type { AnalyzedSentence } from './rules/rule';
import type { Directive } from './suppress';
import type { Finding, Segment } from './types';

/** The sentence pipeline and rules of the checker, applied to a window of segments. */
export interface SegmentPipeline {
  /**
   * Analyse the first `count` segments (the rest are look-ahead context only) with the given
   * document-wide reference definitions. Offsets are those of the segments.
   */
  analyzeSegments(
    segments: Segment[],
    count: number,
    definitions: Map<string, string>,
    previous?: AnalyzedSentence,
  ): { findings: Finding[]; sentences: AnalyzedSentence[] };
  /** Document-wide reference definitions from the segments that define them (`refLabel`). */
  definitions(segments: Segment[]): Map<string, string>;
}

/**
 * Findings and sentences of a document, in document offsets. `sentences` may be a getter: the
 * sentences of blocks that moved are moved when first read (only hovers, code actions and citation
 * keys read them, not every keystroke).
 */
export interface DocumentResult {
  findings: Finding[];
  readonly sentences: AnalyzedSentence[];
  /** The suppression comments of the document, in order, found in the blocks' trees (blockwise.ts). */
  directives: Directive[];
}

/** What a call made of each block: ends of its findings and placements, the sentence read back after it, the last block its window read. */
interface Run {
  blocks: DocBlock[];
  defVersion: number;
  findings: Finding[];
  placements: Placement[];
  findingsEnd: number[];
  placementsEnd: number[];
  previousAfter: { sentence?: AnalyzedSentence; key: string }[];
  reach: number[];
}

/** Sentences of windows placed at block starts, moved when first read. */
interface Placement {
  w: WindowResult;
  list: AnalyzedSentence[];
  from: number;
  to: number;
}

interface WindowResult {
  /** Findings and sentences at offset `at` (only the copy at the block's last position is kept). */
  findings: Finding[];
  sentences: AnalyzedSentence[];
  /** Where the block started when `findings` were made or last moved (0 when new). */
  at?: number;
  /** The findings as first made, at offset 0 (kept once they are moved; see `shift`). */
  origins?: Finding[];
  /** The same for `sentences` (moved only when they are read, see `DocumentResult.sentences`). */
  sentencesAt?: number;
  /** The analysis that last used it (for eviction). */
  used?: number;
  /** The last prose sentence after the block, and its fingerprint (what the next block may read). */
  after?: { sentence?: AnalyzedSentence; key: string };
}

/** Options of a document analyzer. */
export interface DocumentAnalyzerOptions extends BlockwiseOptions {
  /** Bound on cached block windows (default 1,000; raised to twice the blocks of the document being analysed). */
  maxWindows?: number;
  /** Work between two yields of `analyzeAsync`, in milliseconds (default 15). */
  sliceMs?: number;
  /** When a preview reports first, and then at most how often, in milliseconds (default 50 and 500; see `Preview`). */
  preview?: { afterMs: number; everyMs: number };
}

/** Thrown by `analyzeAsync` when a newer request made the result useless. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/** Analyses documents block by block, reusing everything an edit did not change. */
export class DocumentAnalyzer {
  private readonly extractor: BlockwiseExtractor;
  private readonly windows = new Map<string, WindowResult>();
  private readonly maxWindows: number;
  private readonly retain: boolean;
  private readonly sliceMs: number;
  private readonly previewTimes: { afterMs: number; everyMs: number };
  private definitionsKey = '';
  private definitionsVersion = 0;
  private defs?: { version: number; map: Map<string, string> };
  /** The last complete call (see `reusablePrefix`). */
  private last?: Run;
  private calls = 0;
  /** Windows analysed by the last call (for benchmarks and tests). */
  lastAnalysed = 0;

  constructor(
    private readonly pipeline: SegmentPipeline,
    options: DocumentAnalyzerOptions = {},
  ) {
    this.extractor = new BlockwiseExtractor(options);
    this.maxWindows = options.maxWindows ?? 1_000;
    this.retain = options.retain ?? true;
    this.sliceMs = options.sliceMs ?? 15;
    this.previewTimes = options.preview ?? { afterMs: 50, everyMs: 500 };
  }

  /** Blocks parsed by the last call. */
  get lastParsed(): number {
    return this.extractor.lastParsed;
  }

  /** Analyse a document in one go. */
  analyze(text: string, change?: TextChange): DocumentResult {
    const steps = this.steps(text, change);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Analyse a document, yielding to the event loop every `sliceMs` so that other requests are
   * served meanwhile. Rejects with `AnalysisCancelled` as soon as `cancelled()` returns true.
   * `onPartial` (optional) is told findings before the analysis ends (see `Preview`): each list holds
   * only findings of the final result (in document offsets, before suppression comments are applied),
   * with the suppression comments of the blocks up to the last of them.
   */
  async analyzeAsync(text: string, cancelled: () => boolean = () => false, change?: TextChange, onPartial?: PartialListener): Promise<DocumentResult> {
    const steps = this.steps(text, change, onPartial);
    let since = performance.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() - since < this.sliceMs) continue;
      await new Promise((resolve) => setImmediate(resolve));
      if (cancelled()) throw new AnalysisCancelled();
      since = performance.now();
    }
  }

  /** The analysis as a generator that yields after each block's work (sync and async drivers above). */
  private *steps(text: string, change?: TextChange, onPartial?: PartialListener): Generator<void, DocumentResult> {
    // A preview (see `Preview`) only where its windows are kept for the in-order pass below.
    const preview = onPartial && this.retain ? new Preview(onPartial, this.previewTimes) : undefined;
    const blocks = preview ? yield* this.previewSteps(text, change, preview) : yield* this.extractor.blockSteps(text, change);
    this.lastAnalysed = 0;
    const call = ++this.calls;
    const defVersion = this.definitions(blocks);
    const findings: Finding[] = [];
    const placements: Placement[] = [];
    // The last prose sentence so far: a sentence may refer back to it ("This influx …").
    let previous: { sentence?: AnalyzedSentence; key: string } = NO_PREVIOUS;
    // Per block, as the last call left it (for the next call's `reusablePrefix`).
    const run: Run = { blocks, defVersion, findings, placements, findingsEnd: [], placementsEnd: [], previousAfter: [], reach: [] };
    let i = this.reusablePrefix(blocks, defVersion);
    if (i > 0) {
      // Blocks before the change, and every window that reads only them, are what the last call made of them.
      const last = this.last!;
      for (let j = 0; j < last.findingsEnd[i - 1]; j++) findings.push(last.findings[j]);
      for (let j = 0; j < last.placementsEnd[i - 1]; j++) placements.push(last.placements[j]);
      previous = last.previousAfter[i - 1];
      run.findingsEnd = last.findingsEnd.slice(0, i);
      run.placementsEnd = last.placementsEnd.slice(0, i);
      run.previousAfter = last.previousAfter.slice(0, i);
      run.reach = last.reach.slice(0, i);
    }
    for (; i < blocks.length; i++) {
      const b = blocks[i];
      const step = this.window(text, blocks, i, undefined, previous, defVersion, call);
      run.reach[i] = Math.max(i, lookAheadReach);
      // (Every block is final here: no window is incomplete.)
      if (step && !('incomplete' in step)) {
        if ('reset' in step) previous = NO_PREVIOUS;
        else {
          const w = step.w;
          if (step.analysed) yield;
          previous = w.after ?? NO_PREVIOUS;
          shift(w, b.start);
          for (const f of w.findings) findings.push(f);
          if (w.sentences.length) placements.push({ w, list: w.sentences, from: w.sentencesAt ?? 0, to: b.start });
        }
      }
      run.findingsEnd[i] = findings.length;
      run.placementsEnd[i] = placements.length;
      run.previousAfter[i] = previous;
    }
    if (this.retain) {
      this.last = run;
      this.evict(blocks.length);
    } else this.extractor.release();
    const directives: Directive[] = [];
    for (const b of blocks) if (b.result.directives) addDirectives(directives, b);
    let sentences: AnalyzedSentence[] | undefined;
    return {
      findings,
      directives,
      get sentences(): AnalyzedSentence[] {
        return (sentences ??= placedSentences(placements));
      },
    };
  }

  /**
   * How many leading blocks are as the last call left them, with every window over them: the same
   * results at the same offsets, the same reference definitions, and no window reading a block from
   * the first changed one on (look-ahead). Their findings, sentences and the sentence a following block
   * reads back to are the last call's, so the loop over them is skipped (on a keystroke, about half
   * the blocks of the document).
   */
  private reusablePrefix(blocks: DocBlock[], defVersion: number): number {
    const last = this.last;
    if (!last || last.defVersion !== defVersion) return 0;
    const n = Math.min(blocks.length, last.blocks.length);
    let changed = 0;
    while (changed < n && blocks[changed].result === last.blocks[changed].result && blocks[changed].start === last.blocks[changed].start) changed++;
    let i = 0;
    while (i < changed && last.reach[i] < changed) i++;
    return i;
  }

  /**
   * The window of block `i` (analysed, or reused when its inputs are unchanged), reading blocks before
   * `limit` only (all when undefined: the blocks are complete and final): undefined when the block has no
   * prose of its own (`reset` when it ends the reference back), `incomplete` when its look-ahead needs a
   * block at or after `limit`.
   */
  private window(
    text: string,
    blocks: DocBlock[],
    i: number,
    limit: number | undefined,
    previous: { sentence?: AnalyzedSentence; key: string },
    defVersion: number,
    call: number,
  ): { w: WindowResult; analysed: boolean } | { reset: true } | { incomplete: true } | undefined {
    const b = blocks[i];
    lookAheadReach = i;
    if (!b.result.segments.length) {
      // A skipped block may hold prose without anything that matters: it still ends the reference back.
      return previous.sentence && !b.result.parsed && this.extractor.hasProse(text, b) ? RESET : undefined;
    }
    const window = lookAhead(blocks, i, (x) => this.extractor.reparse(text, x), limit);
    if (!window) return INCOMPLETE;
    const usesDefinitions = window.some(hasBracket);
    const def = usesDefinitions ? defVersion : 0;
    // The window this block had last time, if its inputs are the same objects (saves building and hashing the
    // key; a window evicted from `windows` meanwhile is still the right result for them).
    const m = memo.get(b.result);
    let w = m && m.previous === previous && m.def === def && sameResults(m.window, window) ? m.w : undefined;
    const key = w ? m!.key : `${window.map((r) => r.id).join(',')}${usesDefinitions ? `#${defVersion}` : ''}|${previous.key}`;
    if (!w && (w = this.windows.get(key))) memo.set(b.result, { previous, def, window, key, w });
    let analysed = false;
    if (!w) {
      this.lastAnalysed++;
      analysed = true;
      const segs = window.flatMap((r) => r.segments);
      w = this.pipeline.analyzeSegments(segs, b.result.segments.length, usesDefinitions ? this.definitionMap(blocks, defVersion) : new Map(), previous.sentence);
      w.after = lastProseAfter(b.result.segments, w.sentences, previous);
      // Kept for hovers, code actions and citation keys: sentences with a mention or a citation (the others hold nothing they read);
      // a one-shot check keeps only those with a pandoc citation (unknown-citation-key reads them) and caches nothing.
      w.sentences = w.sentences.filter(this.retain ? (s) => s.mentions.length > 0 || s.citations.length > 0 : (s) => s.citations.some((c) => c.kind === 'pandoc'));
      if (this.retain) {
        this.windows.set(key, w);
        memo.set(b.result, { previous, def, window, key, w });
      }
    }
    w.used = call;
    return { w, analysed };
  }

  /**
   * `blockSteps` that analyses each block's window as soon as the blocks it reads are final, and tells
   * `preview.onPartial` the findings so far now and then. The reference definitions are known before
   * any block is (`BlockProgress.definitionBlocks`), so every window is computed with the inputs the
   * in-order pass will give it: that pass finds them all cached, and each partial list is part of the
   * final one (test/property/blockwise.test.ts).
   */
  private *previewSteps(text: string, change: TextChange | undefined, preview: Preview): Generator<void, DocBlock[]> {
    const progress: BlockProgress = { blocks: [], final: 0 };
    const extraction = this.extractor.blockSteps(text, change, progress);
    const call = this.calls + 1;
    let defVersion: number | undefined;
    let previous: { sentence?: AnalyzedSentence; key: string } = NO_PREVIOUS;
    let i = 0;
    for (;;) {
      const r = extraction.next();
      // Extraction done: the windows left are analysed here too (the in-order pass then finds every window cached).
      if (r.done) progress.final = progress.blocks.length;
      if (progress.definitionBlocks && defVersion === undefined) {
        defVersion = this.definitions(progress.definitionBlocks);
        this.definitionMap(progress.definitionBlocks, defVersion);
      }
      if (defVersion !== undefined) {
        for (; i < progress.final; i++) {
          const b = progress.blocks[i];
          const step = this.window(text, progress.blocks, i, r.done ? undefined : progress.final, previous, defVersion, call);
          if (step && 'incomplete' in step) break;
          if (b.result.directives) preview.directives(b);
          if (!step) continue;
          if ('reset' in step) {
            previous = NO_PREVIOUS;
            continue;
          }
          previous = step.w.after ?? NO_PREVIOUS;
          shift(step.w, b.start);
          preview.add(step.w.findings);
          if (step.analysed) {
            preview.maybeReport();
            yield;
          }
        }
        preview.maybeReport();
      }
      if (r.done) return r.value;
      yield;
    }
  }

  /**
   * The document's reference definitions for `version` (see `definitions`): built from every block's
   * segments once per version, not for every edit of a block that cites them.
   */
  private definitionMap(blocks: DocBlock[], version: number): Map<string, string> {
    if (this.defs?.version !== version) {
      this.defs = { version, map: this.pipeline.definitions(blocks.flatMap((x) => x.result.segments.filter((s) => s.refLabel !== undefined))) };
    }
    return this.defs.map;
  }

  /** A version number that changes whenever the document's reference definitions change. */
  private definitions(blocks: DocBlock[]): number {
    const parts: string[] = [];
    for (const b of blocks) {
      let own = definitionParts.get(b.result);
      if (own === undefined) {
        own = b.result.segments
          .filter((s) => s.refLabel !== undefined)
          .map((s) => `${s.refLabel}\u0001${s.text}\u0001${s.links.map((l) => l.url).join(' ')}`)
          .join('\u0000');
        definitionParts.set(b.result, own);
      }
      if (own) parts.push(own);
    }
    const key = parts.join('\u0000');
    if (key !== this.definitionsKey) {
      this.definitionsKey = key;
      this.definitionsVersion++;
    }
    return this.definitionsVersion;
  }

  /**
   * Keep at most `maxWindows` windows, or twice the blocks of the document just analysed when that is
   * more (so that a long document never evicts its own windows), dropping the least recently used.
   */
  private evict(blocks: number): void {
    const bound = Math.max(this.maxWindows, 2 * blocks);
    if (this.windows.size <= bound) return;
    // Least recently used first (insertion order among equals), down to three quarters of the bound (so that
    // sorting is rare); windows of this analysis are never dropped.
    const byUse = [...this.windows].filter(([, w]) => w.used !== this.calls).sort((x, y) => (x[1].used ?? 0) - (y[1].used ?? 0));
    for (const [k] of byUse.slice(0, this.windows.size - Math.floor(0.75 * bound))) this.windows.delete(k);
  }
}

/**
 * Findings of a long first analysis before it ends: a document opened in the editor shows the
 * findings at its top while the rest is still parsed and analysed. Reported when the analysis has
 * run `afterMs`, then at most every `everyMs` while new findings come in (`DocumentAnalyzerOptions.preview`).
 */
class Preview {
  private readonly findings: Finding[] = [];
  private readonly found: Directive[] = [];
  private readonly began = performance.now();
  private reportedAt = -Infinity;
  private reportedCount = 0;

  constructor(
    private readonly onPartial: PartialListener,
    private readonly times: { afterMs: number; everyMs: number },
  ) {}

  add(findings: Finding[]): void {
    for (const f of findings) this.findings.push(f);
  }

  /** The suppression comments of a block the preview has passed (those of every block before a finding are known). */
  directives(b: DocBlock): void {
    addDirectives(this.found, b);
  }

  maybeReport(): void {
    const now = performance.now();
    if (this.findings.length === this.reportedCount || now - this.began < this.times.afterMs || now - this.reportedAt < this.times.everyMs) return;
    this.reportedAt = now;
    this.reportedCount = this.findings.length;
    this.onPartial([...this.findings], [...this.found]);
  }
}

/** Told findings of a long first analysis before it ends, with the suppression comments of the blocks analysed so far. */
export type PartialListener = (findings: Finding[], directives: Directive[]) => void;

/** A block's suppression comments in document offsets, added to `out`. */
function addDirectives(out: Directive[], b: DocBlock): void {
  for (const d of b.result.directives ?? []) out.push(b.start ? { kind: d.kind, rules: d.rules, start: d.start + b.start, end: d.end + b.start } : d);
}

/** Per block result: its reference definitions as a key part ('' for none). */
const definitionParts = new WeakMap<BlockResult, string>();

/** Per block result: the inputs and window of its last analysis (see `steps`). */
const memo = new WeakMap<BlockResult, { previous: { sentence?: AnalyzedSentence; key: string }; def: number; window: BlockResult[]; key: string; w: WindowResult }>();

function sameResults(a: BlockResult[], b: BlockResult[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const bracketed = new WeakMap<BlockResult, boolean>();

/** Can a citation in the block point to a reference definition ("[^1]", "[2]")? Cached per result. */
function hasBracket(r: BlockResult): boolean {
  let v = bracketed.get(r);
  if (v === undefined) bracketed.set(r, (v = r.segments.some((s) => s.text.includes('['))));
  return v;
}

/** Fingerprint hash → id; ids are never reused, so clearing the map cannot confuse window keys. */
const fingerprints = new Map<string, number>();
let nextFingerprint = 1;

const NO_PREVIOUS: { sentence?: AnalyzedSentence; key: string } = { key: '' };

/**
 * The last prose sentence after a block, as `analyzeSentences` (checker.ts) tracks it: a heading ends
 * the reference back, any other segment's last sentence replaces it. The key says what a following
 * sentence can read from it (text, mentions, claims).
 */
function lastProseAfter(segments: Segment[], sentences: AnalyzedSentence[], before: { sentence?: AnalyzedSentence; key: string }): { sentence?: AnalyzedSentence; key: string } {
  const lastOf = new Map<Segment, AnalyzedSentence>();
  for (const s of sentences) lastOf.set(s.segment, s);
  let sentence = before.sentence;
  let changed = false;
  for (const seg of segments) {
    const last = seg.kind === 'heading' ? undefined : lastOf.get(seg) ?? sentence;
    if (last !== sentence) changed = true;
    sentence = last;
  }
  if (!changed) return before;
  if (!sentence) return NO_PREVIOUS;
  // Equal fingerprints share a short key, so window keys stay short.
  const fingerprint = JSON.stringify([sentence.segment.kind, sentence.segment.text, sentence.text, sentence.mentions, sentence.claims]);
  // Kept as a hash: the fingerprints themselves (sentence, mentions, claims as JSON) are large.
  const hash = createHash('sha1').update(fingerprint).digest('base64');
  let id = fingerprints.get(hash);
  if (id === undefined) {
    if (fingerprints.size > 100_000) fingerprints.clear();
    fingerprints.set(hash, (id = nextFingerprint++));
  }
  return { sentence, key: `p${id}` };
}

/** A sentence that does not end in final punctuation ("Patients typically develop"): a following list may continue it (checker.ts `listContinuation`). */
const FINAL_PUNCTUATION = /[.!?]["')\]]*\s*$/;
const unfinished = new WeakMap<BlockResult, boolean>();

/** What `window` says of a block without prose of its own that ends the reference back, and of a window not known yet. */
const RESET = { reset: true } as const;
const INCOMPLETE = { incomplete: true } as const;

/** The last block the last `lookAhead` call read (its caller records how far a window reaches). */
let lookAheadReach = 0;

/**
 * The block's result plus following results while a sentence could still continue into them (lists);
 * undefined when that needs a block at or after `limit` (blocks from there on are not final yet).
 * When the block's last segment is an unfinished paragraph sentence, blocks without prose in between
 * (definitions, code, HTML; skipped ones are parsed to know) are passed over, as whole-document
 * segments do.
 */
function lookAhead(blocks: DocBlock[], i: number, parsed: (b: DocBlock) => BlockResult, limit?: number): BlockResult[] | undefined {
  lookAheadReach = i;
  const out = [blocks[i].result];
  const segs = blocks[i].result.segments;
  const last = segs[segs.length - 1];
  let open = unfinished.get(blocks[i].result);
  if (open === undefined) unfinished.set(blocks[i].result, (open = !!last && last.kind === 'paragraph' && last.listItem === undefined && !FINAL_PUNCTUATION.test(last.text)));
  for (let j = i + 1; out.length < 32; j++) {
    // A block not final, or not even scanned yet (preview): the window is not known yet.
    if (limit !== undefined && j >= limit) return undefined;
    if (j >= blocks.length) {
      // Up to the end of the document: a block added after it may change the window.
      lookAheadReach = blocks.length;
      break;
    }
    lookAheadReach = j;
    const r = open ? parsed(blocks[j]) : blocks[j].result;
    if (!r.parsed) break;
    out.push(r);
    if (open && !r.segments.length) continue;
    if (!r.segments.length || !allListItems(r)) break;
  }
  return out;
}

const listOnly = new WeakMap<BlockResult, boolean>();

/** Are all of a block's segments list items (a sentence before it may continue into it)? Cached per result. */
function allListItems(r: BlockResult): boolean {
  let v = listOnly.get(r);
  if (v === undefined) listOnly.set(r, (v = r.segments.every((s) => s.listItem !== undefined)));
  return v;
}

/**
 * On a moved copy of a finding: the finding it was first made as (see `findingOrigin`). A non-enumerable
 * symbol property: left out of JSON, deep equality and spread copies, and cheaper per copy than a
 * WeakMap entry (thousands of findings move on every keystroke).
 */
const ORIGIN: unique symbol = Symbol('mineral-claims.findingOrigin');
type Moved = Finding & { [ORIGIN]?: Finding };

/**
 * The finding a moved finding was copied from when it was first made: every copy differs from it only
 * in its offsets (adapters can reuse what they derived from it that does not depend on offsets).
 */
export function findingOrigin(f: Finding): Finding {
  return (f as Moved)[ORIGIN] ?? f;
}

/**
 * The sentences of a document from their placements: each list (never changed once made) moved from
 * where it was made to its block; the moved copy replaces the window's, if that is still the same list.
 */
function placedSentences(placements: Placement[]): AnalyzedSentence[] {
  const out: AnalyzedSentence[] = [];
  for (const p of placements) {
    // Moved here when an earlier call's result was read (a placement reused by `reusablePrefix`).
    if (p.w.sentences !== p.list && p.w.sentencesAt === p.to) {
      for (const s of p.w.sentences) out.push(s);
      continue;
    }
    const delta = p.to - p.from;
    if (!delta) {
      for (const s of p.list) out.push(s);
      continue;
    }
    const segments = new Map<Segment, Segment>();
    const moveSeg = (s: Segment): Segment => {
      let m = segments.get(s);
      if (!m) segments.set(s, (m = { ...s, base: p.to }));
      return m;
    };
    const moved = p.list.map((s) => ({ ...s, segment: moveSeg(s.segment), source: { ...s.source, start: s.source.start + delta, end: s.source.end + delta } }));
    if (p.w.sentences === p.list) {
      p.w.sentences = moved;
      p.w.sentencesAt = p.to;
    }
    for (const s of moved) out.push(s);
  }
  return out;
}

/**
 * Move a window's findings to a block starting at `at` (replacing the old copy, so only one is kept). Copies are made
 * from the findings as first made (at offset 0, plain objects: spreading them is fast), each knowing that origin.
 */
function shift(w: WindowResult, at: number): void {
  if ((w.at ?? 0) === at) return;
  const origins = (w.origins ??= w.findings);
  // One copy site per kind of object (findings, sentence spans, edits), so that each stays monomorphic. A finding is
  // copied with Object.assign, not a spread: a spread copy that then gets the origin link is several times slower to
  // make and to read (every later finding is copied and read on each keystroke).
  w.findings = !at
    ? origins
    : origins.map((o) => {
        const g = Object.assign({}, o);
        g.start = o.start + at;
        g.end = o.end + at;
        Object.defineProperty(g, ORIGIN, { value: o });
        if (o.sentence) g.sentence = { ...o.sentence, start: o.sentence.start + at, end: o.sentence.end + at };
        if (o.fixes) g.fixes = o.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + at, end: e.end + at })) }));
        return g;
      });
  w.at = at;
}
