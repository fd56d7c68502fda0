#!/usr/bin/env node
// Soak benchmark: 10,000 random edits through the real language server (dist/server.js --stdio).
// Every edit is followed by a hover and a code-action request; every response must arrive (error
// responses are counted by code: a request overtaken by an edit may be cancelled). Reports
// the server's resident memory (VmRSS) after opening the document and at the end, and checks that the
// last published diagnostics are those of the final text.
//   node scripts/soak.mjs [edits=10000] [seed=1]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const EDITS = Number(process.argv[2] ?? 10000);
let seed = Number(process.argv[3] ?? 1);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(random() * a.length)];

const root = join(import.meta.dirname, '..');
const proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const diagnostics = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => diagnostics.set(p.version, p.diagnostics));
conn.onRequest(() => null); // workspace/configuration, client/registerCapability …
conn.listen();

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))[1]) / 1024;
const uri = 'file:///tmp/mineral-claims-soak.md';
const PIECES = [
  'Magnesium influx triggers neurotransmitter release. ', 'Calcium entry triggers release [@katz1967]. ', 'Studies show hypocalcaemia causes tetany. ',
  'High calcium causes tetany. ', '\n\n', '\n- ', '\n> ', '😀', 'Ca²⁺ ', '\r\n', '```\n', '[^1]', '\n\n[^1]: PubMed\n', '(', '[@', '**', ' ',
];

let text = readFileSync(join(root, 'examples', 'calcium-magnesium-nerves.md'), 'utf8');
const started = Date.now();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }, workspaceFolders: null });
conn.sendNotification('initialized', {});
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await new Promise((r) => setTimeout(r, 1000));
const rssStart = rss();

/** Offset → LSP position (UTF-16). */
function positionAt(offset) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
/** An offset that does not split a surrogate pair or a CRLF. */
function safeOffset() {
  let o = Math.floor(random() * (text.length + 1));
  const c = text.charCodeAt(o);
  if ((c >= 0xdc00 && c <= 0xdfff) || (text[o] === '\n' && text[o - 1] === '\r')) o--;
  return Math.max(0, o);
}

let requests = 0;
let answered = 0;
/** Error responses by code and message (a response all the same). */
const errors = {};
const settle = (p) =>
  p.then(
    () => answered++,
    (e) => {
      answered++;
      const k = `${e.code} ${e.message}`;
      errors[k] = (errors[k] ?? 0) + 1;
    },
  );
const pending = [];
for (let v = 2; v <= EDITS + 1; v++) {
  const start = safeOffset();
  let end = random() < 0.4 ? Math.min(text.length, start + Math.floor(random() * 40)) : start;
  if (text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end--;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  if (end < start) end = start;
  const insert = random() < 0.8 ? pick(PIECES) : '';
  const range = { start: positionAt(start), end: positionAt(end) };
  text = text.slice(0, start) + insert + text.slice(end);
  if (text.length > 200_000) text = text.slice(0, 100_000); // (full resync below keeps the server in step)
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: text.length === 100_000 ? [{ text }] : [{ range, text: insert }] });
  const position = positionAt(safeOffset());
  requests += 2;
  pending.push(settle(conn.sendRequest('textDocument/hover', { textDocument: { uri }, position })));
  pending.push(settle(conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })));
  if (pending.length >= 200) await Promise.all(pending.splice(0));
}
await Promise.all(pending);
// Wait for the diagnostics of the last version.
const last = EDITS + 1;
for (let i = 0; i < 100 && !diagnostics.has(last); i++) await new Promise((r) => setTimeout(r, 100));
const rssEnd = rss();
const seconds = (Date.now() - started) / 1000;
await conn.sendRequest('shutdown');
conn.sendNotification('exit');
conn.dispose();
proc.kill();

const ok = answered === requests && diagnostics.has(last);
console.log(JSON.stringify({ edits: EDITS, requests, answered, errorResponses: errors, finalDiagnostics: diagnostics.get(last)?.length ?? null, finalLength: text.length, rssStartMB: +rssStart.toFixed(1), rssEndMB: +rssEnd.toFixed(1), seconds }, null, 2));
process.exit(ok ? 0 : 1);
