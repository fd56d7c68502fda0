// The extension's commands through vscode.commands.executeCommand.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const h = require('./helpers');

const COMMANDS = [
  'mineralClaims.insertCitation',
  'mineralClaims.checkWorkspace',
  'mineralClaims.showFactBase',
  'mineralClaims.openRuleDocumentation',
  'mineralClaims.restartServer',
];

/** Labels of all open tabs. */
function tabLabels() {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
}

/** Wait until a tab whose label matches appears (tabs change events, no sleeping). */
function waitForTab(re, ms = 45_000) {
  return new Promise((resolve, reject) => {
    const check = () => tabLabels().some((l) => re.test(l)) && (finish(), resolve(), true);
    const sub = vscode.window.tabGroups.onDidChangeTabs(check);
    const timer = setTimeout(() => (finish(), reject(new Error(`no tab matching ${re}; tabs: ${tabLabels()}`))), ms);
    function finish() {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

describe('commands', () => {
  before(async () => {
    await h.open('article.md');
    await h.api();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('are all registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of COMMANDS) assert.ok(all.includes(c), c);
  });

  it('"Open Rule Documentation" previews the rule page', async () => {
    const page = await vscode.commands.executeCommand('mineralClaims.openRuleDocumentation', 'vague-citation');
    assert.ok(page.path.endsWith('/docs/rules/vague-citation.md'), page.toString());
    await waitForTab(/vague-citation/);
  });

  it('"Show Fact Base" previews the facts with their references', async () => {
    const page = await vscode.commands.executeCommand('mineralClaims.showFactBase');
    assert.ok(page, 'no fact base page (server mineralClaims/factBase or docs/facts.md)');
    const text = (await vscode.workspace.openTextDocument(page)).getText();
    assert.match(text, /calcium/i);
    assert.match(text, /https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//);
  });

  it('"Insert Citation…" inserts a chosen reference at the cursor', async () => {
    const { document, editor } = await h.open('article.md');
    const end = document.lineAt(h.positionOf(document, 'How much magnesium').line).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = document.getText();
    const inserted = await vscode.commands.executeCommand('mineralClaims.insertCitation', 'dodge1967');
    assert.equal(inserted, true);
    assert.notEqual(document.getText(), before);
    assert.match(document.getText(), /dodge1967|Dodge|10\.1113\/jphysiol\.1967\.sp008367/);
    await h.revert();
  });

  it('"Check All Markdown Files in Workspace" reports findings of files never opened, not of .gitignored ones', async () => {
    // (A server with workspace pull diagnostics may have reported them already; the command must work either way.)
    const notes = h.workspaceUri('notes.md');
    const ignored = h.workspaceUri('build/generated.md');
    fs.mkdirSync(path.dirname(ignored.fsPath), { recursive: true });
    fs.writeFileSync(ignored.fsPath, 'Magnesium influx triggers neurotransmitter release at the nerve terminal.\n');
    fs.writeFileSync(h.workspaceUri('.gitignore').fsPath, 'build/\n');
    try {
      const checked = await vscode.commands.executeCommand('mineralClaims.checkWorkspace');
      // Every Markdown file of the workspace but the ignored one (earlier tests may have added some).
      const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
      const markdown = fs.readdirSync(root, { recursive: true }).filter((f) => /\.md$/.test(f) && !f.startsWith('build'));
      assert.ok(markdown.length >= 3);
      assert.equal(checked, markdown.length, `checked ${checked} of ${markdown.join(', ')}`);
      await h.waitForFindings(notes, (f) => f.length > 0, 'findings in notes.md');
      assert.deepEqual(vscode.languages.getDiagnostics(ignored), []);
    } finally {
      fs.rmSync(path.dirname(ignored.fsPath), { recursive: true, force: true });
      fs.rmSync(h.workspaceUri('.gitignore').fsPath, { force: true });
    }
  });

  it('"Restart Language Server" brings the server back with fresh diagnostics', async () => {
    const { document } = await h.open('article.md');
    const api = await h.api();
    await h.waitForFindings(document.uri, (f) => f.length > 0, 'findings before restart');
    await vscode.commands.executeCommand('mineralClaims.restartServer');
    assert.equal(api.client.isRunning(), true);
    await h.waitForFindings(document.uri, (f) => f.some((d) => h.ruleOf(d) === 'reversed-role'), 'findings after restart');
  });
});
