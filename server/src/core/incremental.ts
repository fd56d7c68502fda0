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
import { carryReplaced } from './editOrigin';
import { createHash } from 'node:crypto';
import { BlockwiseExtractor, type BlockResult, type BlockwiseOptions, type DocBlock } from './blockwise';
import type { AnalyzedSentence } from './rules/rule';
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

/** Findings and sentences of a document, in document offsets. */
export interface DocumentResult {
  findings: Finding[];
  sentences: AnalyzedSentence[];
}

interface WindowResult {
  /** Findings and sentences at offset `at` (only the copy at the block's last position is kept). */
  findings: Finding[];
  sentences: AnalyzedSentence[];
  /** Where the block started when `findings` and `sentences` were made or last moved (0 when new). */
  at?: number;
  /** The last prose sentence after the block, and its fingerprint (what the next block may read). */
  after?: { sentence?: AnalyzedSentence; key: string };
}

/** Options of a document analyzer. */
export interface DocumentAnalyzerOptions extends BlockwiseOptions {
  /** Bound on cached block windows (default 1,000; raised to twice the blocks of the document being analysed). */
  maxWindows?: number;
  /** Work between two yields of `analyzeAsync`, in milliseconds (default 15). */
  sliceMs?: number;
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
  private readonly sliceMs: number;
  private definitionsKey = '';
  private definitionsVersion = 0;
  /** Windows analysed by the last call (for benchmarks and tests). */
  lastAnalysed = 0;

  constructor(
    private readonly pipeline: SegmentPipeline,
    options: DocumentAnalyzerOptions = {},
  ) {
    this.extractor = new BlockwiseExtractor(options);
    this.maxWindows = options.maxWindows ?? 1_000;
    this.sliceMs = options.sliceMs ?? 15;
  }

  /** Blocks parsed by the last call. */
  get lastParsed(): number {
    return this.extractor.lastParsed;
  }

  /** Analyse a document in one go. */
  analyze(text: string): DocumentResult {
    const steps = this.steps(text);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Analyse a document, yielding to the event loop every `sliceMs` so that other requests are
   * served meanwhile. Rejects with `AnalysisCancelled` as soon as `cancelled()` returns true.
   */
  async analyzeAsync(text: string, cancelled: () => boolean = () => false): Promise<DocumentResult> {
    const steps = this.steps(text);
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
  private *steps(text: string): Generator<void, DocumentResult> {
    const blocks = yield* this.extractor.blockSteps(text);
    this.lastAnalysed = 0;
    const defVersion = this.definitions(blocks);
    const findings: Finding[] = [];
    const sentences: AnalyzedSentence[] = [];
    let defs: Map<string, string> | undefined;
    // The last prose sentence so far: a sentence may refer back to it ("This influx …").
    let previous: { sentence?: AnalyzedSentence; key: string } = NO_PREVIOUS;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (!b.result.segments.length) {
        // A skipped block may hold prose without anything that matters: it still ends the reference back.
        if (previous.sentence && !b.result.parsed && this.extractor.reparse(text, b).segments.length) previous = NO_PREVIOUS;
        continue;
      }
      const window = lookAhead(blocks, i, (x) => this.extractor.reparse(text, x));
      const usesDefinitions = window.some(hasBracket);
      const key = `${window.map((r) => r.id).join(',')}${usesDefinitions ? `#${defVersion}` : ''}|${previous.key}`;
      let w = this.windows.get(key);
      if (w) {
        // Most recently used last (eviction drops the oldest).
        this.windows.delete(key);
        this.windows.set(key, w);
      } else {
        this.lastAnalysed++;
        const segs = window.flatMap((r) => r.segments);
        if (usesDefinitions) defs ??= this.pipeline.definitions(blocks.flatMap((x) => x.result.segments.filter((s) => s.refLabel !== undefined)));
        w = this.pipeline.analyzeSegments(segs, b.result.segments.length, usesDefinitions && defs ? defs : new Map(), previous.sentence);
        w.after = lastProseAfter(b.result.segments, w.sentences, previous);
        // Kept for hovers, code actions and citation keys: sentences with a mention or a citation (the others hold nothing they read).
        w.sentences = w.sentences.filter((s) => s.mentions.length || s.citations.length);
        this.windows.set(key, w);
        yield;
      }
      previous = w.after ?? NO_PREVIOUS;
      shift(w, b.start);
      for (const f of w.findings) findings.push(f);
      for (const s of w.sentences) sentences.push(s);
    }
    this.evict(blocks.length);
    return { findings, sentences };
  }

  /** A version number that changes whenever the document's reference definitions change. */
  private definitions(blocks: DocBlock[]): number {
    const parts: string[] = [];
    for (const b of blocks) for (const s of b.result.segments) if (s.refLabel !== undefined) parts.push(`${s.refLabel}\u0001${s.text}\u0001${s.links.map((l) => l.url).join(' ')}`);
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
    let n = this.windows.size - Math.max(this.maxWindows, 2 * blocks);
    if (n <= 0) return;
    for (const k of this.windows.keys()) {
      if (n-- <= 0) break;
      this.windows.delete(k);
    }
  }
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

/**
 * The block's result plus following results while a sentence could still continue into them (lists).
 * When the block's last segment is an unfinished paragraph sentence, blocks without prose in between
 * (definitions, code, HTML; skipped ones are parsed to know) are passed over, as whole-document
 * segments do.
 */
function lookAhead(blocks: DocBlock[], i: number, parsed: (b: DocBlock) => BlockResult): BlockResult[] {
  const out = [blocks[i].result];
  const segs = blocks[i].result.segments;
  const last = segs[segs.length - 1];
  const open = !!last && last.kind === 'paragraph' && last.listItem === undefined && !FINAL_PUNCTUATION.test(last.text);
  for (let j = i + 1; j < blocks.length && out.length < 32; j++) {
    const r = open ? parsed(blocks[j]) : blocks[j].result;
    if (!r.parsed) break;
    out.push(r);
    if (open && !r.segments.length) continue;
    if (!r.segments.length || !r.segments.every((s) => s.listItem !== undefined)) break;
  }
  return out;
}

/** Move a window's findings and sentences to a block starting at `at` (replacing the old copy, so only one is kept). */
function shift(w: WindowResult, at: number): void {
  const delta = at - (w.at ?? 0);
  if (!delta) return;
  const segments = new Map<Segment, Segment>();
  const moveSeg = (s: Segment): Segment => {
    let m = segments.get(s);
    if (!m) segments.set(s, (m = { ...s, base: at }));
    return m;
  };
  const move = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + delta, end: span.end + delta });
  const findings = w.findings.map((f) => {
    const g = move(f);
    if (f.sentence) g.sentence = move(f.sentence);
    if (f.fixes) g.fixes = f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => carryReplaced(e, move(e))) }));
    return g;
  });
  w.sentences = w.sentences.map((s) => ({ ...s, segment: moveSeg(s.segment), source: move(s.source) }));
  w.findings = findings;
  w.at = at;
}
