/**
 * "Mineral Claims: Insert Citation…": pick a reference (bibliography entries first, then the
 * built-in verified references; searchable by author, year, title and topic) and insert it at the
 * cursor in the document's citation style. The server computes the edit, bibliography included.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { InsertCitationRequest, ReferencesRequest, type InsertCitationParams, type ReferenceItem, type ReferencesParams } from '../protocol';
import { sendOptionalRequest } from '../requests';
import { isServed } from '../statusBar';

interface ReferencePick extends vscode.QuickPickItem {
  reference?: ReferenceItem;
}

/** QuickPick rows for references: a separator per source, label = short citation. */
export function toPicks(references: ReferenceItem[]): ReferencePick[] {
  const picks: ReferencePick[] = [];
  for (const [source, heading] of [
    ['bibliography', 'Bibliography'],
    ['builtin', 'Verified references'],
  ] as const) {
    const group = references.filter((r) => r.source === source);
    if (group.length === 0) continue;
    picks.push({ label: heading, kind: vscode.QuickPickItemKind.Separator });
    for (const r of group) {
      const ids = [r.doi && `doi:${r.doi}`, r.pmid && `PMID ${r.pmid}`].filter(Boolean).join(' · ');
      picks.push({
        label: r.label,
        description: [source === 'bibliography' ? `@${r.id}` : r.container, ids].filter(Boolean).join(' — '),
        detail: [r.authors, r.title, r.topics?.length ? `Topics: ${r.topics.join(', ')}` : undefined].filter(Boolean).join(' · '),
        reference: r,
      });
    }
  }
  return picks;
}

/** Let the user choose a reference; undefined if dismissed. */
async function pickReference(load: Promise<ReferenceItem[] | undefined>): Promise<ReferenceItem | undefined | 'unsupported'> {
  const qp = vscode.window.createQuickPick<ReferencePick>();
  qp.title = 'Insert Citation';
  qp.placeholder = 'Search references by author, year, title or topic';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.busy = true;
  qp.show();
  try {
    const chosen = new Promise<ReferenceItem | undefined>((resolve) => {
      qp.onDidAccept(() => resolve(qp.selectedItems[0]?.reference));
      qp.onDidHide(() => resolve(undefined));
    });
    const references = await load;
    if (references === undefined) return 'unsupported';
    qp.items = toPicks(references);
    qp.busy = false;
    return await chosen;
  } finally {
    qp.dispose();
  }
}

/**
 * Run the command. With `referenceId` (for keybindings, scripts and tests) no picker is shown.
 * Resolves to true when a citation was inserted.
 */
export async function insertCitation(client: LanguageClient, referenceId?: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isServed(editor.document)) {
    void vscode.window.showInformationMessage('Mineral Claims: open a Markdown document to insert a citation.');
    return false;
  }
  const document = editor.document;
  const position = editor.selection.active;
  const textDocument = { uri: client.code2ProtocolConverter.asUri(document.uri) };

  let id = referenceId;
  if (id === undefined) {
    const params: ReferencesParams = { textDocument };
    const picked = await pickReference(sendOptionalRequest<ReferenceItem[]>(client, ReferencesRequest.method, params));
    if (picked === 'unsupported') {
      void vscode.window.showWarningMessage('Mineral Claims: this version of the language server cannot list references.');
      return false;
    }
    if (!picked) return false;
    id = picked.id;
  }

  const params: InsertCitationParams = { textDocument, position: client.code2ProtocolConverter.asPosition(position), referenceId: id };
  const edit = await sendOptionalRequest<Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]>(
    client,
    InsertCitationRequest.method,
    params,
  );
  if (!edit) {
    void vscode.window.showWarningMessage(
      edit === undefined
        ? 'Mineral Claims: this version of the language server cannot insert citations.'
        : `Mineral Claims: no reference with id "${id}".`,
    );
    return false;
  }
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
}
