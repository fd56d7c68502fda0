/**
 * The status bar item: the active file's Mineral Claims finding count; a click opens the Problems
 * panel. When the server has stopped for good, it says so and a click restarts it.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, LANGUAGES } from './protocol';

/** Command the item runs when the server is stopped. */
const RESTART_COMMAND = 'mineralClaims.restartServer';
const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/** Findings of Mineral Claims on a document, by severity. */
export function countFindings(uri: vscode.Uri): { total: number; errors: number; warnings: number; other: number } {
  const mine = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const errors = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = mine.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  return { total: mine.length, errors, warnings, other: mine.length - errors - warnings };
}

/** Whether the extension serves this document's language. */
export function isServed(document: vscode.TextDocument | undefined): boolean {
  return !!document && (LANGUAGES as readonly string[]).includes(document.languageId);
}

/** Owns the status bar item and keeps it current. */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mineralClaims.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private serverStopped = false;

  constructor() {
    this.item.name = 'Mineral Claims';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
    );
    this.update();
  }

  /** Show whether the server is running. */
  setServerStopped(stopped: boolean): void {
    this.serverStopped = stopped;
    this.update();
  }

  /** Recompute text, tooltip and command for the active editor. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!isServed(document)) {
      this.item.hide();
      return;
    }
    if (this.serverStopped) {
      this.item.text = '$(error) Mineral Claims';
      this.item.tooltip = 'The Mineral Claims language server has stopped. Click to restart it.';
      this.item.command = RESTART_COMMAND;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      const { total, errors, warnings, other } = countFindings(document!.uri);
      this.item.text = total === 0 ? '$(pass) Claims' : `$(beaker) ${total} claim${total === 1 ? '' : 's'}`;
      this.item.tooltip =
        total === 0
          ? 'Mineral Claims: no findings in this file.'
          : `Mineral Claims: ${total} finding${total === 1 ? '' : 's'} in this file ` +
            `(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${other} other). ` +
            'Click to open the Problems panel.';
      this.item.command = PROBLEMS_COMMAND;
      this.item.backgroundColor = undefined;
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
