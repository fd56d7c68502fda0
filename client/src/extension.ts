/**
 * The Mineral Claims VS Code extension: starts the bundled language server over IPC for
 * Markdown-family documents and adds the commands, the status bar item and workspace-trust handling.
 * Diagnostics, hovers and quick fixes all come from the server.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './commands/checkWorkspace';
import { openRuleDocumentation, showFactBase, VIRTUAL_SCHEME, VirtualDocuments } from './commands/docs';
import { insertCitation } from './commands/insertCitation';
import { CappedRestartPolicy } from './crashPolicy';
import { createLanguageClient } from './server';
import { FindingsStatusBar } from './statusBar';
import { noticeUntrusted, onTrustGranted } from './trust';

/** What `activate` returns: lets tests and other extensions wait for the server. */
export interface MineralClaimsApi {
  /** Resolves once the language server has started (rejects if it could not). */
  ready: Promise<void>;
  /** The running language client. */
  readonly client: LanguageClient;
}

let client: LanguageClient | undefined;

/** Activate: start the server and register commands. */
export function activate(context: vscode.ExtensionContext): MineralClaimsApi {
  const output = vscode.window.createOutputChannel('Mineral Claims', { log: true });
  const statusBar = new FindingsStatusBar();
  const policy = new CappedRestartPolicy({
    maxRestarts: 4,
    windowMs: 3 * 60_000,
    log: (line) => output.warn(line),
    onGiveUp: () => {
      statusBar.setServerStopped(true);
      return "Mineral Claims: the language server stopped 5 times in 3 minutes and won't be restarted. Run 'Mineral Claims: Restart Language Server' to try again; details are in the Mineral Claims output.";
    },
  });
  const lc = createLanguageClient(context, output, policy);
  client = lc;
  const documents = new VirtualDocuments();

  const restart = async (): Promise<void> => {
    policy.reset();
    statusBar.setServerStopped(false);
    if (lc.state === State.Stopped) await lc.start();
    else await lc.restart();
  };

  context.subscriptions.push(
    output,
    statusBar,
    vscode.workspace.registerTextDocumentContentProvider(VIRTUAL_SCHEME, documents),
    lc.onDidChangeState((e) => statusBar.setServerStopped(e.newState === State.Stopped && policy.stopped)),
    vscode.commands.registerCommand('mineralClaims.insertCitation', (referenceId?: unknown) =>
      insertCitation(lc, typeof referenceId === 'string' ? referenceId : undefined),
    ),
    vscode.commands.registerCommand('mineralClaims.checkWorkspace', () => checkWorkspace(lc)),
    vscode.commands.registerCommand('mineralClaims.showFactBase', () => showFactBase(lc, context.extensionUri, documents)),
    vscode.commands.registerCommand('mineralClaims.openRuleDocumentation', (ruleId?: unknown) =>
      openRuleDocumentation(context.extension, typeof ruleId === 'string' ? ruleId : undefined),
    ),
    vscode.commands.registerCommand('mineralClaims.restartServer', restart),
    onTrustGranted(() => {
      output.info('Workspace trusted: restarting the server with workspace fact and config files.');
      return restart();
    }),
  );

  noticeUntrusted(context);
  const ready = lc.start().catch((e: unknown) => {
    output.error(`The language server could not start: ${e instanceof Error ? e.message : String(e)}`);
    statusBar.setServerStopped(true);
    throw e;
  });
  // The API consumer may not await `ready`; avoid an unhandled rejection (already logged above).
  ready.catch(() => undefined);
  return { ready, client: lc };
}

/** Deactivate: stop the server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
