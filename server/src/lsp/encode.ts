/**
 * JSON-RPC message encoding (over --stdio) in which every diagnostic is serialised once: the server
 * reuses a Diagnostic object while its finding and range are unchanged (server.ts `diagnosticOf`), so
 * after a keystroke only the diagnostics that moved or are new are turned into JSON again, and the
 * message is assembled from cached UTF-8 bytes. Output is byte for byte `JSON.stringify(message)`.
 */
import { randomBytes } from 'node:crypto';
import type { Diagnostic } from 'vscode-languageserver';

/** Diagnostic lists built by the server (only these are assembled from cached bytes). */
const lists = new WeakSet<Diagnostic[]>();
const bytes = new WeakMap<Diagnostic, Buffer>();

/** Mark a list of diagnostics as the server's own (its elements are never mutated). */
export function diagnosticList(items: Diagnostic[]): Diagnostic[] {
  lists.add(items);
  return items;
}

/** Where a list goes in the serialised message: a string no message can contain by chance. */
const TOKEN = `\u0000mineral-claims-diagnostics-${randomBytes(8).toString('hex')}-`;
const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

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
  if (!b) bytes.set(d, (b = Buffer.from(JSON.stringify(d), 'utf8')));
  return b;
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
    chunks.push(Buffer.from(json.slice(from, at), 'utf8'), OPEN);
    list.forEach((d, j) => {
      if (j) chunks.push(COMMA);
      chunks.push(bytesOf(d));
    });
    chunks.push(CLOSE);
    from = at + quoted.length;
  });
  chunks.push(Buffer.from(json.slice(from), 'utf8'));
  return Buffer.concat(chunks);
}

/** The content type encoder for a vscode-jsonrpc stream writer (UTF-8, the LSP default). */
export const messageEncoder = {
  name: 'application/json',
  encode: (msg: unknown): Promise<Uint8Array> => Promise.resolve(encodeMessage(msg)),
};
