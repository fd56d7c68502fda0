/**
 * JSON-RPC message encoding (over --stdio) in which every diagnostic is serialised once: the server
 * reuses a Diagnostic object while its finding and range are unchanged (server.ts `diagnosticOf`), so
 * after a keystroke only the diagnostics that moved or are new are turned into JSON again, and the
 * message is assembled from cached UTF-8 bytes: the diagnostics a list shares with the document's last
 * list, at its start and at its end, are copied from that list's bytes in one piece each. Output is
 * byte for byte `JSON.stringify(message)`.
 */
import { randomBytes } from 'node:crypto';
import type { Diagnostic } from 'vscode-languageserver';

/** Diagnostic lists built by the server (only these are assembled from cached bytes). */
const lists = new WeakSet<Diagnostic[]>();
const bytes = new WeakMap<Diagnostic, Buffer>();
/** A list as encoded: `[`, its items joined by `,`, `]`; `ends[i]`: the offset just after item i. */
const encoded = new WeakMap<Diagnostic[], { buffer: Buffer; ends: Uint32Array }>();
/** The list a list replaces (the last one of the same document), until the new one is encoded. */
const replaces = new WeakMap<Diagnostic[], Diagnostic[]>();

/**
 * Mark a list of diagnostics as the server's own (its elements are never mutated). `previous`: the last list of
 * the same document, whose encoded bytes the new one copies where it holds the same diagnostics in the same order
 * (on a keystroke: those before the edit and those after it that only moved, usually all but a few).
 */
export function diagnosticList(items: Diagnostic[], previous?: Diagnostic[]): Diagnostic[] {
  lists.add(items);
  // Only a list already encoded (else a chain of lists never sent, e.g. over node-ipc, would be kept alive).
  if (previous && previous !== items && encoded.has(previous)) replaces.set(items, previous);
  return items;
}

/** Where a list goes in the serialised message: a string no message can contain by chance. */
const TOKEN = `\u0000mineral-claims-diagnostics-${randomBytes(8).toString('hex')}-`;
const OPEN = 0x5b; // [
const COMMA = 0x2c; // ,
const CLOSE = 0x5d; // ]

/** Lists of `msg` (publishDiagnostics params, a document or workspace diagnostic report) replaced by tokens. */
function substitute(msg: Record<string, unknown>, found: Diagnostic[][]): Record<string, unknown> {
  const token = (items: Diagnostic[]): string => `${TOKEN}${found.push(items) - 1}`;
  const params = msg.params as { diagnostics?: Diagnostic[] } | undefined;
  if (params && typeof params === 'object' && Array.isArray(params.diagnostics) && lists.has(params.diagnostics)) {
    return { ...msg, params: { ...params, diagnostics: token(params.diagnostics) } };
  }
  const result = msg.result as { items?: unknown[] } | undefined;
  if (!result || typeof result !== 'object' || !Array.isArray(result.items)) return msg;
  const items = result.items;
  if (lists.has(items as Diagnostic[])) return { ...msg, result: { ...result, items: token(items as Diagnostic[]) } };
  const reports = items as { items?: Diagnostic[] }[];
  if (!reports.some((r) => r && Array.isArray(r.items) && lists.has(r.items))) return msg;
  return { ...msg, result: { ...result, items: reports.map((r) => (r && Array.isArray(r.items) && lists.has(r.items) ? { ...r, items: token(r.items) } : r)) } };
}

function bytesOf(d: Diagnostic): Buffer {
  let b = bytes.get(d);
  if (!b) {
    const tail = tails.get(d);
    if (tail) {
      // Only the range is turned into JSON (ASCII: numbers and keys); the rest is the bytes it shares with the diagnostic it moved from.
      const head = `${RANGE_KEY}${rangeJson(d.range)}`;
      b = Buffer.allocUnsafe(head.length + tail.length);
      b.write(head, 0, 'latin1');
      tail.copy(b, head.length);
    } else b = Buffer.from(JSON.stringify(d), 'utf8');
    bytes.set(d, b);
  }
  return b;
}

/** `JSON.stringify(range)`, several times faster for the integers of a range. */
function rangeJson(r: Diagnostic['range']): string {
  const { start, end } = r;
  if (!(Number.isInteger(start.line) && Number.isInteger(start.character) && Number.isInteger(end.line) && Number.isInteger(end.character)) || Object.keys(r).length !== 2) {
    return JSON.stringify(r);
  }
  return `{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}}`;
}

/** How the JSON of a diagnostic built by the server starts (convert.ts `toDiagnostic`: the range is its first key). */
const RANGE_KEY = '{"range":';
/** Of a diagnostic made by `withRange`: the bytes of its JSON after its range. */
const tails = new WeakMap<Diagnostic, Buffer>();

/**
 * A diagnostic that differs from `d` (one the server built, never mutated) only in its range: when an edit moves
 * the lines of findings (a line break typed or deleted before them), every one of them is serialised again, and
 * this turns only the range into JSON.
 */
export function withRange(d: Diagnostic, range: Diagnostic['range']): Diagnostic {
  const moved = { ...d, range };
  let tail = tails.get(d);
  if (!tail) {
    const b = bytesOf(d);
    const head = `${RANGE_KEY}${rangeJson(d.range)}`;
    // (Only when its JSON starts with the range, as the server's diagnostics do; else it is serialised in full.)
    if (b.length > head.length && b.toString('latin1', 0, head.length) === head) tail = b.subarray(head.length);
  }
  if (tail) tails.set(moved, tail);
  return moved;
}

/** Do two diagnostics serialise the same (cheap for objects already sent: their bytes are cached)? */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a === b || bytesOf(a).equals(bytesOf(b));
}

/** `JSON.stringify(msg)` as UTF-8, diagnostics from their cached bytes. */
export function encodeMessage(msg: unknown): Buffer {
  const found: Diagnostic[][] = [];
  const value = msg && typeof msg === 'object' ? substitute(msg as Record<string, unknown>, found) : msg;
  const json = JSON.stringify(value);
  if (!found.length) return Buffer.from(json, 'utf8');
  const chunks: Buffer[] = [];
  let from = 0;
  found.forEach((list, i) => {
    const quoted = JSON.stringify(`${TOKEN}${i}`);
    const at = json.indexOf(quoted, from);
    chunks.push(Buffer.from(json.slice(from, at), 'utf8'), listBytes(list));
    from = at + quoted.length;
  });
  chunks.push(Buffer.from(json.slice(from), 'utf8'));
  return Buffer.concat(chunks);
}

/**
 * The JSON of a list (cached): the runs it shares with the list it replaces, at its start and at its end, are
 * copied from that list's bytes in one piece each; the rest is assembled from each diagnostic's bytes.
 */
function listBytes(items: Diagnostic[]): Buffer {
  const hit = encoded.get(items);
  if (hit) return hit.buffer;
  const before = replaces.get(items);
  replaces.delete(items);
  const last = before && encoded.get(before);
  const n = items.length;
  let head = 0;
  let tail = 0;
  if (last && before) {
    const m = before.length;
    while (head < n && head < m && items[head] === before[head]) head++;
    while (tail < n - head && tail < m - head && items[n - 1 - tail] === before[m - 1 - tail]) tail++;
  }
  // Sizes first: one buffer of the exact length, filled once.
  const ends = new Uint32Array(n);
  let size = 1;
  for (let i = 0; i < n; i++) {
    if (i) size++;
    size += i < head ? itemLength(last!.ends, i) : i >= n - tail ? itemLength(last!.ends, before!.length - n + i) : bytesOf(items[i]).length;
    ends[i] = size;
  }
  const buffer = Buffer.allocUnsafe(size + 1);
  buffer[0] = OPEN;
  if (head) last!.buffer.copy(buffer, 1, 1, last!.ends[head - 1]);
  for (let i = head; i < n - tail; i++) {
    const start = itemStart(ends, i);
    if (i) buffer[start - 1] = COMMA;
    bytesOf(items[i]).copy(buffer, start);
  }
  if (tail) {
    const first = n - tail;
    const from = itemStart(last!.ends, before!.length - tail);
    const start = itemStart(ends, first);
    if (first) buffer[start - 1] = COMMA;
    last!.buffer.copy(buffer, start, from, last!.ends[before!.length - 1]);
  }
  buffer[size] = CLOSE;
  encoded.set(items, { buffer, ends });
  return buffer;
}

/** Where item i starts in an encoded list (after `[` or the `,` before it). */
function itemStart(ends: Uint32Array, i: number): number {
  return i ? ends[i - 1] + 1 : 1;
}

function itemLength(ends: Uint32Array, i: number): number {
  return ends[i] - itemStart(ends, i);
}

/** The content type encoder for a vscode-jsonrpc stream writer (UTF-8, the LSP default). */
export const messageEncoder = {
  name: 'application/json',
  encode: (msg: unknown): Promise<Uint8Array> => Promise.resolve(encodeMessage(msg)),
};
