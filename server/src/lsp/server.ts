#!/usr/bin/env node
/**
 * The language server: a thin adapter over the analysis core. Start with `--stdio` (any LSP
 * editor) or `--node-ipc` (the VS Code client).
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createClaimChecker, LineIndex } from '../core';
import { toDiagnostic } from './convert';

/** Start serving on a connection. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const checker = createClaimChecker();
  const pending = new Map<string, NodeJS.Timeout>();

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
    },
    serverInfo: { name: 'mineral-claims', version: '0.1.0' },
  }));

  function validate(doc: TextDocument): void {
    const text = doc.getText();
    let diagnostics: import("vscode-languageserver").Diagnostic[];
    try {
      const index = new LineIndex(text);
      diagnostics = checker.check(text).map((f) => toDiagnostic(f, index));
    } catch (e) {
      connection.console.error(`mineral-claims: analysis failed for ${doc.uri}: ${(e as Error).stack ?? e}`);
      diagnostics = [];
    }
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(pending.get(doc.uri));
    pending.set(
      doc.uri,
      setTimeout(() => {
        pending.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) validate(current);
      }, delay),
    );
  }

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, 150));
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write('mineral-claims-language-server 0.1.0\n');
  } else {
    // createConnection reads --stdio / --node-ipc / --socket from process.argv.
    startServer(createConnection(ProposedFeatures.all));
  }
}
