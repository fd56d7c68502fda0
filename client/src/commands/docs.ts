/**
 * "Mineral Claims: Show Fact Base" and "Mineral Claims: Open Rule Documentation": readable
 * Markdown previews of the fact base and of the rule pages shipped in docs/.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, FactBaseRequest, type FactBaseResult } from '../protocol';
import { sendOptionalRequest } from '../requests';

/** Scheme of the read-only virtual documents the extension shows (not checked by the server). */
export const VIRTUAL_SCHEME = 'mineral-claims';
const FACT_BASE_URI = vscode.Uri.from({ scheme: VIRTUAL_SCHEME, path: '/Fact Base.md' });

/** Serves the virtual documents' text. */
export class VirtualDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  /** Set a document's text. */
  set(uri: vscode.Uri, text: string): void {
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Open a Markdown preview of `uri` beside the editor. */
function preview(uri: vscode.Uri): Thenable<unknown> {
  return vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** Show the fact base: the server's rendering (with workspace fact files) or the shipped docs/facts.md. */
export async function showFactBase(client: LanguageClient, extensionUri: vscode.Uri, documents: VirtualDocuments): Promise<vscode.Uri | undefined> {
  const result = await sendOptionalRequest<FactBaseResult>(client, FactBaseRequest.method, {});
  if (result?.markdown) {
    documents.set(FACT_BASE_URI, result.markdown);
    await preview(FACT_BASE_URI);
    return FACT_BASE_URI;
  }
  const shipped = vscode.Uri.joinPath(extensionUri, 'docs', 'facts.md');
  if (await exists(shipped)) {
    await preview(shipped);
    return shipped;
  }
  void vscode.window.showWarningMessage('Mineral Claims: this version has no readable fact base page.');
  return undefined;
}

/** Rule ids and one-line descriptions, from the `mineralClaims.rules` setting in package.json. */
export function ruleCatalogue(packageJSON: unknown): { id: string; description: string }[] {
  const rules = (packageJSON as { contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, { markdownDescription?: string }> }> } } })
    .contributes?.configuration?.properties?.['mineralClaims.rules']?.properties;
  return Object.entries(rules ?? {}).map(([id, s]) => ({ id, description: (s.markdownDescription ?? '').replace(/ Default: .*$/, '') }));
}

/** The rule of a Mineral Claims diagnostic under the cursor, if any. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const here = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === DIAGNOSTIC_SOURCE && d.range.contains(editor.selection.active));
  const code = typeof here?.code === 'object' ? here.code.value : here?.code;
  return code === undefined ? undefined : String(code);
}

/**
 * Open a rule's page: `ruleId` if given, else the rule of the finding under the cursor, else one
 * the user picks. Resolves to the page opened.
 */
export async function openRuleDocumentation(extension: vscode.Extension<unknown>, ruleId?: string): Promise<vscode.Uri | undefined> {
  const catalogue = ruleCatalogue(extension.packageJSON);
  let id = ruleId ?? ruleAtCursor();
  if (!id || !catalogue.some((r) => r.id === id)) {
    const picked = await vscode.window.showQuickPick(
      catalogue.map((r) => ({ label: r.id, detail: r.description })),
      { title: 'Open Rule Documentation', placeHolder: 'Choose a rule', matchOnDetail: true },
    );
    if (!picked) return undefined;
    id = picked.label;
  }
  const page = vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', `${id}.md`);
  await preview(page);
  return page;
}
