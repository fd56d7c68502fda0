/**
 * Benchmark through the real language server over stdio (dist/server.js --stdio), with a JSON-RPC
 * client from vscode-jsonrpc: idle RSS (in a server of its own), start → initialize reply, start →
 * first diagnostics of a 100 KB document opened right after `initialized`, then keystroke →
 * diagnostics latency for single-character edits spread over large documents (each edit waits for
 * the diagnostics of its version). Each keystroke input is measured beside the same text with
 * suppression comments (inputs.ts), both open, their edits interleaved (same places, same moments).
 * Prints one JSON line.
 *
 * `node server.js <server.js> <smallBytes> <edits> <kind>:<bytes>[,<kind>:<bytes> …] [plain]` (the first input is
 * the one reported as "keystroke"; kinds as in inputs.ts, without `+comments`; `plain`: without the texts with
 * comments, e.g. for a build from before they were cheap).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generate, prng } from './generate';
import { benchText } from './inputs';

const [serverJs, smallArg, editsArg, inputsArg, plainArg] = process.argv.slice(2);

const rssMB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
/** CPU time (user + system) of a process so far, in ms (10 ms ticks: summed over many keystrokes it is steadier than wall time on a busy machine). */
const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Start a server over stdio and wait for its initialize reply. */
async function start(): Promise<{
  t0: number;
  initializeMs: number;
  child: ChildProcess;
  conn: MessageConnection;
  diagnosticsFor: (uri: string, version: number) => Promise<number>;
  completeDiagnostics: (uri: string) => Promise<{ at: number; count: number }>;
}> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const last = new Map<string, { at: number; count: number }>();
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, { version: number; resolve: (count: number) => void }>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
    last.set(p.uri, { at: performance.now(), count: p.diagnostics.length });
    const w = waiting.get(p.uri);
    if (w && (p.version === undefined || p.version >= w.version)) {
      waiting.delete(p.uri);
      w.resolve(p.diagnostics.length);
    }
  });
  conn.onRequest(() => null); // client/registerCapability, workspace/configuration …
  conn.listen();
  const diagnosticsFor = (uri: string, version: number) => new Promise<number>((resolve) => waiting.set(uri, { version, resolve }));
  /**
   * When the diagnostics of a document are complete: a large document first publishes those of its
   * first part (a preview). A hover is answered once the analysis has ended; the last publication
   * received by then (or within 200 ms after) is the complete one.
   */
  const completeDiagnostics = async (uri: string): Promise<{ at: number; count: number }> => {
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    for (;;) {
      const seen = last.get(uri);
      await new Promise((r) => setTimeout(r, 200));
      if (last.get(uri) === seen && seen) return seen;
    }
  };

  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  const initializeMs = performance.now() - t0;
  conn.sendNotification('initialized', {});
  return { t0, initializeMs, child, conn, diagnosticsFor, completeDiagnostics };
}

async function stop(child: ChildProcess, conn: MessageConnection): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  conn.dispose();
  child.kill();
}

async function main(): Promise<void> {
  // Idle memory in a server of its own (waiting for it to settle must not count in the latencies below).
  const idle = await start();
  await new Promise((r) => setTimeout(r, 300));
  const idleRssMB = rssMB(idle.child.pid!);
  await stop(idle.child, idle.conn);

  // Start → initialize reply, and start → first diagnostics of a 100 KB document opened right after `initialized`.
  const { t0, initializeMs, child, conn, diagnosticsFor, completeDiagnostics } = await start();
  const small = generate('mixed', Number(smallArg));
  const smallUri = 'file:///bench/small.md';
  const firstDone = diagnosticsFor(smallUri, 1);
  const opened = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'markdown', version: 1, text: small } });
  const firstDiagnostics = await firstDone;
  const firstDiagnosticsMs = performance.now() - t0;
  const openToFirstMs = performance.now() - opened;
  const smallComplete = await completeDiagnostics(smallUri);
  const smallDiagnostics = smallComplete.count;
  const completeDiagnosticsMs = smallComplete.at - t0;

  conn.sendNotification('textDocument/didClose', { textDocument: { uri: smallUri } });

  const edits = Number(editsArg);
  const keystrokes: Record<string, number | string>[] = [];
  let loadedRssMB = 0;
  for (const input of inputsArg.split(',')) {
    const [kind, bytes] = input.split(':');
    // The input and the same text with suppression comments, both open; edit i goes to the same relative place in both.
    const docs = (plainArg === 'plain' ? [kind] : [kind, `${kind}+comments`]).map((k, n) => {
      const text = benchText(k, Number(bytes));
      return { kind: k, doc: TextDocument.create(`file:///bench/${kind}-${bytes}-${n}.md`, 'markdown', 1, text), latencies: [] as number[], serverCpu: 0, clientCpu: 0, openMs: 0, diagnostics: 0 };
    });
    for (const d of docs) {
      const t = performance.now();
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.doc.uri, languageId: 'markdown', version: 1, text: d.doc.getText() } });
      const complete = await completeDiagnostics(d.doc.uri);
      d.openMs = complete.at - t;
      d.diagnostics = complete.count;
    }
    const warmup = 5;
    const r = prng(11);
    for (let i = 0; i < edits + warmup; i++) {
      // Spread over the document: the i-th edit lands in the i-th slice, at a random place in it.
      const where = (i + r()) / (edits + warmup);
      // Alternating which document goes first, so that neither always follows the other's edit.
      for (const d of i % 2 ? [...docs].reverse() : docs) {
        const pos = d.doc.positionAt(Math.floor(d.doc.getText().length * where));
        const change = { range: { start: pos, end: pos }, text: 'x' };
        d.doc = TextDocument.update(d.doc, [change], d.doc.version + 1);
        const done = diagnosticsFor(d.doc.uri, d.doc.version);
        const cpu = [cpuMs(child.pid!), process.cpuUsage()] as const;
        const t = performance.now();
        conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.doc.uri, version: d.doc.version }, contentChanges: [change] });
        await done;
        if (i >= warmup) {
          d.latencies.push(performance.now() - t);
          d.serverCpu += cpuMs(child.pid!) - cpu[0];
          const client = process.cpuUsage(cpu[1]);
          d.clientCpu += (client.user + client.system) / 1000;
        }
        await new Promise((res) => setTimeout(res, 20));
      }
    }
    loadedRssMB = Math.max(loadedRssMB, rssMB(child.pid!));
    for (const d of docs) {
      keystrokes.push({
        input: d.kind,
        bytes: d.doc.getText().length,
        openMs: d.openMs,
        diagnostics: d.diagnostics,
        p50: percentile(d.latencies, 50),
        p95: percentile(d.latencies, 95),
        max: Math.max(...d.latencies),
        edits: d.latencies.length,
        // Mean CPU per keystroke of the server (analysis, diagnostics, JSON) and of this client (receiving and parsing them).
        serverCpuMs: d.serverCpu / d.latencies.length,
        clientCpuMs: d.clientCpu / d.latencies.length,
      });
      conn.sendNotification('textDocument/didClose', { textDocument: { uri: d.doc.uri } });
    }
  }
  await stop(child, conn);
  const first = keystrokes[0];
  process.stdout.write(
    `${JSON.stringify({
      initializeMs,
      firstDiagnosticsMs,
      firstDiagnostics,
      openToFirstMs,
      completeDiagnosticsMs,
      smallDiagnostics,
      largeOpenMs: first.openMs,
      largeDiagnostics: first.diagnostics,
      keystrokeP50: first.p50,
      keystrokeP95: first.p95,
      keystrokeMax: first.max,
      edits: first.edits,
      keystrokes,
      idleRssMB,
      loadedRssMB,
    })}\n`,
  );
  process.exit(0);
}

void main();
