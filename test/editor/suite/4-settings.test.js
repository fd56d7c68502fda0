// Settings: contributed defaults, and changes that reach the server (workspace/configuration).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

const config = () => vscode.workspace.getConfiguration('mineralClaims');
const set = (key, value) => config().update(key, value, vscode.ConfigurationTarget.Workspace);

describe('settings', () => {
  afterEach(async () => {
    for (const key of ['rules', 'vaguePhrases', 'citationScope']) await set(key, undefined);
  });

  it('are contributed with their defaults', () => {
    const defaults = Object.fromEntries(
      ['rules', 'citationScope', 'citationStyle', 'vaguePhrases', 'factFiles', 'bibliography', 'maxFileSize', 'trace.server'].map((k) => [k, config().inspect(k)?.defaultValue]),
    );
    assert.deepEqual(defaults, {
      rules: { 'uncited-claim': 'warning', 'vague-citation': 'warning', 'reversed-role': 'error', 'contradicted-claim': 'error', 'unknown-citation-key': 'warning', 'citation-mismatch': 'warning' },
      citationScope: 'sentence',
      citationStyle: 'auto',
      vaguePhrases: [],
      factFiles: [],
      bibliography: [],
      maxFileSize: 5000000,
      'trace.server': 'off',
    });
  });

  it('rule severities and "off" apply to open documents', async () => {
    const { document } = await h.open('article.md');
    await h.api();
    await h.waitForFindings(document.uri, (f) => f.some((d) => h.ruleOf(d) === 'vague-citation'), 'vague citations');
    await set('rules', { 'vague-citation': 'off', 'uncited-claim': 'error' });
    const after = await h.waitForFindings(document.uri, (f) => !f.some((d) => h.ruleOf(d) === 'vague-citation'), 'vague-citation off');
    assert.ok(after.filter((d) => h.ruleOf(d) === 'uncited-claim').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('extra vague phrases are flagged', async () => {
    const { document } = await h.open('notes.md');
    await h.waitForFindings(document.uri, (f) => f.length > 0, 'findings in notes.md');
    await set('vaguePhrases', ['my aunt says']);
    await h.waitForFindings(document.uri, (f) => !!h.findingOn(document, 'vague-citation', 'My aunt says'), '"My aunt says" as vague');
  });

  it('citationScope "paragraph" lets a paragraph-final citation cover the paragraph', async () => {
    const { document } = await h.open('notes.md');
    const uncitedFirst = (f) => f.some((d) => h.ruleOf(d) === 'uncited-claim' && document.getText(d.range).startsWith('Magnesium deficiency'));
    await h.waitForFindings(document.uri, uncitedFirst, 'uncited first sentence (scope "sentence")');
    await set('citationScope', 'paragraph');
    await h.waitForFindings(document.uri, (f) => !uncitedFirst(f), 'first sentence covered (scope "paragraph")');
  });

  it('a .mineral-claims.json in a trusted workspace applies, and stops applying when deleted', async function () {
    // (The untrusted case, where the file is ignored, is specs/browser.test.mjs's last test.)
    if (!vscode.workspace.isTrusted) this.skip();
    const { document } = await h.open('article.md');
    const hasVague = (f) => f.some((d) => h.ruleOf(d) === 'vague-citation');
    await h.waitForFindings(document.uri, hasVague, 'vague citations');
    const file = h.workspaceUri('.mineral-claims.json');
    await vscode.workspace.fs.writeFile(file, Buffer.from(JSON.stringify({ rules: { 'vague-citation': 'off' } })));
    try {
      await h.waitForFindings(document.uri, (f) => !hasVague(f), 'vague-citation off by .mineral-claims.json');
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await h.waitForFindings(document.uri, hasVague, 'vague citations back');
  });
});
