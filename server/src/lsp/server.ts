#!/usr/bin/env node
/**
 * The language server: a thin adapter over the analysis core. Start with `--stdio` (any LSP
 * editor) or `--node-ipc` (the VS Code client). Each handler gets the document, calls the shared
 * analysis (analysis.ts) and a feature module, and returns.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type Finding, type TextChange } from '../core';
import { addToBibliography } from '../core/bibliography/append';
import { findEntry } from '../core/bibliography';
import { verifiedReference } from '../core/citefix';
import { AnalysisCancelled, findingOrigin } from '../core/incremental';
import { Analyzer, type DocAnalysis } from './analysis';
import { ChangeTracker } from './changes';
import { diagnosticList, messageEncoder, sameDiagnostic, withRange } from './encode';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { completeCitationKey } from './completion';
import { editSupport, toDiagnostic, toWorkspaceEdit } from './convert';
import { citationKeyAt, hoverAt } from './hover';
import {
  CheckFilesRequest,
  FactBaseRequest,
  InsertCitationRequest,
  MarkdownFilesRequest,
  ReferencesRequest,
  SERVER_COMMANDS,
  type CheckFilesParams,
  type InitializationOptions,
  type InsertCitationParams,
  type MarkdownFilesParams,
  type MarkdownFilesResult,
  type ReferencesParams,
} from './protocol';
import { factBaseMarkdown, insertCitationEdit, listReferences } from './requests';
import { MAX_WORKSPACE_FILES, SettingsCache, uriToPath } from './settings';
import { MARKDOWN_FILE } from '../core/markdownFiles';

const markdownFile = (path: string): boolean => MARKDOWN_FILE.test(path);

/** Longest debounce before re-checking a changed document, in milliseconds (see `Analyzer.debounce`). */
export const CHANGE_DEBOUNCE_MS = 150;
/**
 * Documents at least this long (UTF-16 code units) publish the findings of their first part while
 * their first analysis goes on (small documents are checked about as fast as a preview would come).
 */
export const PREVIEW_MIN_CHARS = 20_000;
/** Longest wait of a workspace diagnostics request with nothing new before the files are scanned again. */
export const WORKSPACE_POLL_MS = 30_000;

/** Result ids of this server process (a client may still hold ids of an earlier one). */
const RESULT_ID_PREFIX = `${randomBytes(4).toString('hex')}-`;

/** Start serving on a connection. */
export function startServer(connection: Connection): void {
  // Change events also record which part of a document changed (the analysis re-scans only near it).
  const changes = new ChangeTracker();
  const documents = new TextDocuments(changes.documents());
  const settings = new SettingsCache(connection);
  const analyzer = new Analyzer(settings);
  const pending = new Map<string, NodeJS.Timeout>();
  /** Answer textDocument/diagnostic and workspace/diagnostic (clients that support pull). */
  let pull = false;
  /** Publish diagnostics: for every client, unless it asked for pull only (the VS Code client does, to avoid duplicates). */
  let push = true;
  let refreshSupport = false;
  let watchDynamic = false;
  let configDynamic = false;
  // Workspace diagnostics are long-polled: with nothing new, the request waits for a change (the VS Code
  // client re-sends it as soon as it returns, so answering at once would re-scan the workspace non-stop).
  let signalChange: () => void = () => undefined;
  let nextChange = new Promise<void>((r) => (signalChange = r));
  function changed(): void {
    const signal = signalChange;
    nextChange = new Promise<void>((r) => (signalChange = r));
    signal();
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    const mode = (params.initializationOptions as Partial<InitializationOptions> | undefined)?.diagnosticsMode;
    pull = !!caps.textDocument?.diagnostic && mode !== 'push';
    push = !(pull && mode === 'pull');
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    settings.configurationSupport = !!caps.workspace?.configuration;
    configDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    watchDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    editSupport.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    editSupport.createFiles = editSupport.documentChanges && !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create');
    settings.trusted = (params.initializationOptions as Partial<InitializationOptions> | undefined)?.workspaceTrusted !== false;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    settings.folders = folders.map(uriToPath).filter((p): p is string => !!p).sort((a, b) => b.length - a.length);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        completionProvider: { triggerCharacters: ['@'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [SERVER_COMMANDS.addReference] },
        ...(pull ? { diagnosticProvider: { identifier: 'mineral-claims', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'mineral-claims', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configDynamic) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mineralClaims' });
    if (watchDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{bib,bibtex,json,yaml,yml}' }, { globPattern: '**/.mineral-claims.json' }, { globPattern: '**/*.{md,markdown,qmd,rmd,mdx}' }],
      });
    }
  });

  /** Analyse an open document, or a file from disk. */
  async function analyzeUri(uri: string): Promise<DocAnalysis | undefined> {
    const doc = documents.get(uri);
    if (doc) {
      try {
        const text = doc.getText();
        const version = doc.version;
        // The first analysis of a large document publishes the findings of its first part while it goes on, whichever
        // request started it; each partial list is part of the final one (incremental.ts `Preview`). An edit re-analyses
        // a few blocks: nothing to wait for.
        let partial: ((found: Finding[], index: LineIndex) => void) | undefined;
        if (push && text.length >= PREVIEW_MIN_CHARS && !analyzer.analysed(uri)) {
          partial = (found, index) => {
            if (documents.get(uri)?.version !== version) return;
            void connection.sendDiagnostics({ uri, version, diagnostics: diagnosticList(found.map((f) => diagnosticOf(f, index, text))) });
          };
        }
        return await analyzer.analyze(uri, text, version, changes.take(uri, text), partial);
      } catch (e) {
        // A newer version of the document superseded this one: the protocol's answer is ContentModified
        // (the client re-asks), not an internal error.
        if (e instanceof AnalysisCancelled) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed while it was analysed');
        throw e;
      }
    }
    const path = uriToPath(uri);
    if (!path) return undefined;
    try {
      return await analyzer.analyze(uri, readFileSync(path, 'utf8'), -1);
    } catch {
      return undefined;
    }
  }

  /**
   * Findings of blocks an edit did not touch are the same objects in the next version, or copies that
   * differ only in offsets (incremental.ts `findingOrigin`), and a diagnostic holds no offsets besides
   * its range: it is reused (and so is its serialised form, encode.ts) while the range is the same.
   */
  const diagnostics = new WeakMap<Finding, Diagnostic>();
  function diagnosticOf(f: Finding, index: LineIndex, text: string): Diagnostic {
    const origin = findingOrigin(f);
    const hit = diagnostics.get(origin);
    let d: Diagnostic;
    if (hit) {
      const range = index.rangeOf(f.start, f.end);
      const { start, end } = range;
      const r = hit.range;
      if (r.start.line === start.line && r.start.character === start.character && r.end.line === end.line && r.end.character === end.character) return hit;
      // Moved: the same diagnostic at another range (serialised again from the bytes of the last one, encode.ts).
      d = withRange(hit, range);
    } else d = toDiagnostic(f, index, text);
    diagnostics.set(origin, d);
    return d;
  }

  /** The last findings of each document turned into diagnostics, with their text (see `diagnosticsOf`). */
  const converted = new Map<string, Converted>();

  async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    try {
      const d = await analyzeUri(uri);
      if (!d) return diagnosticList([]);
      // Findings before an edit are the very objects of the last analysis (incremental.ts) on unchanged text: so
      // are their diagnostics (no ranges computed again). So are those on the lines after an edit that moved
      // no line (`movedOnly`); in between, diagnostics are reused by finding origin where the range is the same.
      const last = converted.get(uri);
      const change = last && d.change && last.text === d.change.base ? d.change : undefined;
      const unchanged = !last ? 0 : last.text === d.text ? Infinity : change ? change.prefix : 0;
      const out: Diagnostic[] = [];
      let i = 0;
      if (last) {
        const n = Math.min(d.findings.length, last.findings.length);
        while (i < n && d.findings[i] === last.findings[i] && d.findings[i].end < unchanged) out.push(last.diagnostics[i++]);
      }
      const tail = last && change ? movedOnly(last, d.findings, d.text, change, i) : d.findings.length;
      for (; i < tail; i++) out.push(diagnosticOf(d.findings[i], d.index, d.text));
      for (let k = last ? last.findings.length - (d.findings.length - tail) : 0; i < d.findings.length; i++, k++) out.push(last!.diagnostics[k]);
      converted.set(uri, { text: d.text, findings: d.findings, diagnostics: out });
      return diagnosticList(out, last?.diagnostics);
    } catch (e) {
      // A newer version arrived and cancelled the analysis (incremental.ts): answer for the newest one.
      if (e instanceof AnalysisCancelled) return diagnosticsOf(uri);
      connection.console.error(`mineral-claims: analysis failed for ${uri}: ${(e as Error).stack ?? e}`);
      return [];
    }
  }

  async function publish(uri: string): Promise<void> {
    const version = documents.get(uri)?.version;
    const diagnostics = await diagnosticsOf(uri);
    const current = documents.get(uri);
    if (current && current.version !== version) return; // a newer version is scheduled
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        if (documents.get(uri)) void publish(uri);
      }, delay),
    );
  }

  /** Settings or bibliographies changed: check everything again. */
  function refreshAll(): void {
    changed();
    analyzer.clear();
    if (pull && refreshSupport) void connection.languages.diagnostics.refresh();
    if (push) for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  documents.onDidOpen((e) => {
    if (push) schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    // Incremental checks of a small edit take milliseconds: no debounce unless the last check was slow.
    if (push) schedule(e.document.uri, analyzer.debounce(e.document.uri, CHANGE_DEBOUNCE_MS));
    if (pull) changed();
  });
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    analyzer.clear(e.document.uri);
    changes.forget(e.document.uri);
    converted.delete(e.document.uri);
    reported.delete(e.document.uri);
    settings.forget(e.document.uri);
    if (push) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  documents.onDidSave(() => {
    // Saving may change a .mineral-claims.json or bibliography edited in the editor.
    settings.clear();
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    refreshAll();
  });
  connection.onDidChangeWatchedFiles((p) => {
    for (const c of p.changes) {
      const path = uriToPath(c.uri);
      if (path) analyzer.store.invalidate(path);
      if (path && markdownFile(path)) analyzer.clear(c.uri);
    }
    settings.clear();
    refreshAll();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    const items = await diagnosticsOf(uri);
    if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const id = resultId(uri, items);
    if (params.previousResultId === id) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items };
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const cancelled = new Promise<void>((r) => token.onCancellationRequested(() => r()));
    for (;;) {
      const wake = nextChange;
      const uris = new Set(documents.all().map((d) => d.uri));
      for (const f of settings.markdownFiles()) uris.add(pathToFileURL(f).toString());
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        const diags = await diagnosticsOf(uri);
        const id = resultId(uri, diags);
        const version = documents.get(uri)?.version ?? null;
        items.push(previous.get(uri) === id ? { kind: 'unchanged', uri, version, resultId: id } : { kind: 'full', uri, version, resultId: id, items: diags });
      }
      if (token.isCancellationRequested || !previous.size || items.some((i) => i.kind === 'full')) return { items };
      await Promise.race([wake, cancelled, new Promise((r) => setTimeout(r, WORKSPACE_POLL_MS))]);
    }
  });

  /**
   * Result ids: a new one whenever a document's diagnostics differ from the last ones reported for it.
   * Unchanged diagnostics are mostly the same objects (`diagnosticOf`), so comparing is cheap; others
   * are compared by their serialised form (which encode.ts keeps for sending them).
   */
  const reported = new Map<string, { items: Diagnostic[]; id: string }>();
  let nextResultId = 1;
  function resultId(uri: string, items: Diagnostic[]): string {
    const last = reported.get(uri);
    if (last && last.items.length === items.length && last.items.every((d, i) => sameDiagnostic(d, items[i]))) {
      last.items = items;
      return last.id;
    }
    const id = `${RESULT_ID_PREFIX}${nextResultId++}`;
    reported.set(uri, { items, id });
    return id;
  }

  connection.onHover(async (p, token) => {
    const d = await analyzeUri(p.textDocument.uri);
    if (!d || token.isCancellationRequested) return null;
    const h = hoverAt(d, d.index.offsetAt(p.position));
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: d.index.rangeOf(h.start, h.end) } : null;
  });

  connection.onDefinition(async (p, token) => {
    const d = await analyzeUri(p.textDocument.uri);
    if (!d || token.isCancellationRequested) return null;
    const key = citationKeyAt(d, d.index.offsetAt(p.position));
    const found = key && findEntry(d.bibliography, key.key);
    if (!found) return null;
    return { uri: pathToFileURL(found.file.path).toString(), range: new LineIndex(found.file.text).rangeOf(found.entry.keyStart, found.entry.keyEnd) };
  });

  connection.onCompletion(async (p, token) => {
    const d = await analyzeUri(p.textDocument.uri);
    if (!d || token.isCancellationRequested) return null;
    return completeCitationKey(d, p.position);
  });

  connection.onCodeAction(async (p, token) => {
    const d = await analyzeUri(p.textDocument.uri);
    if (!d || token.isCancellationRequested) return null;
    return codeActions(d, p.context.diagnostics, p.context.only);
  });

  connection.onExecuteCommand(async (p) => {
    if (p.command !== SERVER_COMMANDS.addReference) return null;
    const [uri, id] = (p.arguments ?? []) as [string, string];
    const d = typeof uri === 'string' ? await analyzeUri(uri) : undefined;
    const ref = d && typeof id === 'string' ? verifiedReference(d.checker.facts, id) : undefined;
    const add = d && ref ? addToBibliography(d.text, d.path, d.bibliography, ref) : undefined;
    if (!d || !add || (!add.files.length && !add.documentEdits.length)) return null;
    const result = await connection.workspace.applyEdit({ label: `Add ${id} to the bibliography`, edit: toWorkspaceEdit(d.uri, null, d.index, add.documentEdits, add.files) });
    return result.applied;
  });

  connection.onRequest(ReferencesRequest.method, async (p: ReferencesParams) => {
    const d = await analyzeUri(p.textDocument.uri);
    return d ? listReferences(d, p.query) : [];
  });
  connection.onRequest(InsertCitationRequest.method, async (p: InsertCitationParams) => {
    const d = await analyzeUri(p.textDocument.uri);
    return d ? insertCitationEdit(d, p.position, p.referenceId) : null;
  });
  connection.onRequest(FactBaseRequest.method, async () => {
    const d = documents.all()[0];
    const facts = d ? (await analyzer.analyze(d.uri, d.getText(), d.version)).checker.facts : settings.checkerFor({ config: (await settings.get('untitled:fact-base')).config }).facts;
    return { markdown: factBaseMarkdown(facts) };
  });
  connection.onRequest(MarkdownFilesRequest.method, (p: MarkdownFilesParams | undefined): MarkdownFilesResult => {
    const limit = typeof p?.limit === 'number' && p.limit > 0 ? Math.min(p.limit, MAX_WORKSPACE_FILES) : MAX_WORKSPACE_FILES;
    return { uris: settings.markdownFiles(limit).map((f) => pathToFileURL(f).toString()) };
  });
  connection.onRequest(CheckFilesRequest.method, async (p: CheckFilesParams, token) => {
    if (!push) {
      // The client pulls workspace diagnostics for every Markdown file already: wake that request
      // instead of pushing a second, duplicate set.
      changed();
      return { checked: p.uris.length };
    }
    let checked = 0;
    for (const uri of p.uris) {
      if (token.isCancellationRequested) break;
      await publish(uri);
      checked++;
    }
    return { checked };
  });

  documents.listen(connection);
  connection.listen();
}

/** Findings of a document version turned into diagnostics (server.ts `diagnosticsOf`). */
interface Converted {
  text: string;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/**
 * Where the findings start that an edit (`change`, from `last.text` to `text`) only moved: when it added or
 * removed no line break, the findings that start on a line after the edited one, copies of the same findings
 * as the last ones at the end of the list (same origin, offsets moved by the change in length), have the same
 * ranges, and so the same diagnostics. Returns the index of the first such finding (at least `from`).
 */
export function movedOnly(last: Converted, findings: Finding[], text: string, change: TextChange, from: number): number {
  const oldEnd = last.text.length - change.suffix;
  const newEnd = text.length - change.suffix;
  if (lineBreakIn(last.text, change.prefix, oldEnd) || lineBreakIn(text, change.prefix, newEnd)) return findings.length;
  // A line break just before the edit could be the "\r" of a "\r\n" the edit split or joined.
  if (change.prefix > 0 && text.charCodeAt(change.prefix - 1) === 13) return findings.length;
  // The first line after the edited one starts after the first line break from the end of the edit.
  let next = newEnd;
  while (next < text.length && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13) next++;
  if (text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10) next++;
  const delta = text.length - last.text.length;
  let j = findings.length - 1;
  for (let k = last.findings.length - 1; j >= from && k >= 0; j--, k--) {
    const f = findings[j];
    const g = last.findings[k];
    if (f.start <= next || f.start !== g.start + delta || f.end !== g.end + delta || findingOrigin(f) !== findingOrigin(g)) break;
  }
  return j + 1;
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * A connection over stdin/stdout (what `createConnection` makes for --stdio) whose messages are
 * encoded with diagnostics serialised once (encode.ts).
 */
function stdioConnection(): Connection {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: messageEncoder }));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = (): never => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  // Anything written to stdout would corrupt the protocol: console output goes to the client's log.
  const text = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = (...args: unknown[]) => connection.console.log(text(args));
  console.debug = console.trace = (...args: unknown[]) => connection.console.log(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
  return connection;
}

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write('mineral-claims-language-server 0.1.0\n');
  } else {
    startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all)); // reads --node-ipc / --socket
  }
}
