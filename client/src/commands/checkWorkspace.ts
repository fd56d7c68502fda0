/**
 * "Mineral Claims: Check All Markdown Files in Workspace": find the workspace's Markdown-family
 * files and have the server check them, so their findings show in the Problems panel.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckFilesRequest, MarkdownFilesRequest, type CheckFilesParams, type CheckFilesResult, type MarkdownFilesResult } from '../protocol';
import { sendOptionalRequest } from '../requests';

/** File patterns of the languages served (Markdown, Quarto, R Markdown, MDX). */
export const MARKDOWN_GLOB = '**/*.{md,markdown,mdown,mkd,qmd,rmd,Rmd,mdx}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
const MAX_FILES = 5000;
const BATCH = 25;

/** Run the command; resolves to the number of files checked. */
export async function checkWorkspace(client: LanguageClient): Promise<number> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Mineral Claims: open a folder to check its Markdown files.');
    return 0;
  }
  // The server lists the files as the command line would (honouring .gitignore and the `ignore` setting);
  // a server without that request gets VS Code's own file search.
  const listed = await sendOptionalRequest<MarkdownFilesResult>(client, MarkdownFilesRequest.method, { limit: MAX_FILES });
  const files = listed
    ? listed.uris.map((u) => client.protocol2CodeConverter.asUri(u))
    : await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, MAX_FILES);
  const checked = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Mineral Claims', cancellable: true },
    async (progress, token) => {
      let done = 0;
      let supported = true;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        progress.report({ message: `checking ${done}/${files.length} files`, increment: (100 * batch.length) / files.length });
        if (supported) {
          const params: CheckFilesParams = { uris: batch.map((u) => client.code2ProtocolConverter.asUri(u)) };
          const result = await sendOptionalRequest<CheckFilesResult>(client, CheckFilesRequest.method, params, token);
          supported = result !== undefined;
        }
        // A server without mineralClaims/checkFiles checks documents when they are opened.
        if (!supported) for (const uri of batch) await vscode.workspace.openTextDocument(uri);
        done += batch.length;
      }
      return done;
    },
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const capped = files.length === MAX_FILES ? ` (the first ${MAX_FILES})` : '';
  void vscode.window.showInformationMessage(`Mineral Claims: checked ${checked} Markdown file${checked === 1 ? '' : 's'}${capped}.`);
  return checked;
}
