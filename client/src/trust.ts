/**
 * Workspace trust: in an untrusted workspace the server ignores workspace fact files and
 * `.mineral-claims.json` (the client says so in initializationOptions); tell the user once per
 * workspace, and restart the server with full access when trust is granted.
 */
import * as vscode from 'vscode';

const NOTICE_SHOWN = 'mineralClaims.untrustedNoticeShown';

/** Tell the user, once per workspace, what an untrusted workspace means for the checks. */
export function noticeUntrusted(context: vscode.ExtensionContext): void {
  if (vscode.workspace.isTrusted || context.workspaceState.get<boolean>(NOTICE_SHOWN)) return;
  void context.workspaceState.update(NOTICE_SHOWN, true);
  void vscode.window
    .showInformationMessage(
      'Mineral Claims: this workspace is not trusted, so its fact files, bibliography settings and .mineral-claims.json are ignored. Only the built-in fact base is used.',
      'Manage Workspace Trust',
    )
    .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
}

/** Run `onTrusted` when the user grants trust to the workspace. */
export function onTrustGranted(onTrusted: () => unknown): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(onTrusted);
}
