// Helpers for the extension-host tests: open fixture documents, wait for diagnostics to change
// (never sleep for a fixed time), find text positions.
const vscode = require('vscode');

const EXTENSION_ID = 'mineral-claims.mineral-claims';
const SOURCE = 'mineral-claims';

/** The fixture workspace folder (a temp copy of test/editor/fixtures/workspace). */
function workspaceUri(...parts) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...parts);
}

/** Open a fixture file in an editor. */
async function open(name) {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** The extension's API after activation (waits for the server to start). */
async function api() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  const exports = await extension.activate();
  await exports.ready;
  return exports;
}

/** Mineral Claims diagnostics of a document. */
function findings(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** The rule id of a diagnostic. */
function ruleOf(d) {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Resolve with the findings once `predicate(findings)` holds; fail after `ms` showing what there was. */
function waitForFindings(uri, predicate, what, ms = 45_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = findings(uri);
      if (predicate(current)) {
        done();
        resolve(current);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const seen = findings(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`);
      reject(new Error(`timed out waiting for ${what}; findings: [${seen.join(', ')}]`));
    }, ms);
    function done() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/** Position of the `nth` occurrence of `text` in a document (inside it by `offset` characters). */
function positionOf(document, text, offset = 0, nth = 0) {
  const all = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = all.indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" not found in ${document.uri.path}`);
  }
  return document.positionAt(at + offset);
}

/** The finding of `rule` whose range's line contains `text`. */
function findingOn(document, rule, text) {
  return findings(document.uri).find((d) => ruleOf(d) === rule && document.lineAt(d.range.start.line).text.includes(text));
}

/** Markdown text of hover results. */
function hoverText(hovers) {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Apply a code action the way VS Code does: its edit, then its command. */
async function applyAction(action) {
  if (action.edit) {
    const ok = await vscode.workspace.applyEdit(action.edit);
    if (!ok) throw new Error(`applying "${action.title}" failed`);
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Undo all unsaved changes of the active editor. */
async function revert() {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

module.exports = { EXTENSION_ID, SOURCE, workspaceUri, open, api, findings, ruleOf, waitForFindings, positionOf, findingOn, hoverText, applyAction, revert };
