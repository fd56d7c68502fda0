/**
 * Creates the language client that runs the bundled server (dist/server.js) over Node IPC.
 */
import type { ExtensionContext, LogOutputChannel } from 'vscode';
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CappedRestartPolicy } from './crashPolicy';
import { LANGUAGES, type InitializationOptions } from './protocol';

/** The client's id: also the prefix of its `mineralClaims.trace.server` setting. */
export const CLIENT_ID = 'mineralClaims';

/** Documents the server checks: Markdown-family languages, on disk or untitled. */
export const DOCUMENT_SELECTOR = LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/** Files whose changes the server hears about (configuration, fact files, bibliographies). */
const WATCHED_FILES = '**/{.mineral-claims.json,*.facts.json,*.bib,*.bibtex,*.biblatex,*.csl.json,*.csl.yaml,*.csl.yml}';

/** Create (not start) the language client. */
export function createLanguageClient(
  context: ExtensionContext,
  output: LogOutputChannel,
  policy: CappedRestartPolicy,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(WATCHED_FILES);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    // Errors go to the output channel; the user is told only when the restart policy gives up.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: policy,
    // Re-evaluated on every (re)start, so granting trust takes effect after a restart.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted, diagnosticsMode: 'pull' }),
    synchronize: { configurationSection: 'mineralClaims', fileEvents: watcher },
  };
  return new LanguageClient(CLIENT_ID, 'Mineral Claims', serverOptions, clientOptions);
}
