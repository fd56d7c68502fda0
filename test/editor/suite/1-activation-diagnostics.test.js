// Activation and diagnostics through the vscode API.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const h = require('./helpers');

const RULES = ['uncited-claim', 'vague-citation', 'reversed-role', 'contradicted-claim', 'unknown-citation-key', 'citation-mismatch'];

describe('activation', () => {
  it('activates only for Markdown-family languages', () => {
    const { packageJSON } = vscode.extensions.getExtension(h.EXTENSION_ID);
    assert.deepEqual([...packageJSON.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:mdx', 'onLanguage:quarto', 'onLanguage:rmd']);
  });

  it('starts the bundled language server when a Markdown file opens', async () => {
    await h.open('article.md');
    const api = await h.api();
    assert.equal(vscode.extensions.getExtension(h.EXTENSION_ID).isActive, true);
    assert.equal(api.client.isRunning(), true);
  });

  it('tells the server whether the workspace is trusted and that it pulls diagnostics (initializationOptions)', async () => {
    const api = await h.api();
    const init = api.client.clientOptions.initializationOptions;
    // Pull only: the server would otherwise also push, and VS Code would show every finding twice.
    assert.deepEqual(typeof init === 'function' ? init() : init, { workspaceTrusted: vscode.workspace.isTrusted, diagnosticsMode: 'pull' });
  });
});

describe('diagnostics', () => {
  let document;
  before(async () => {
    ({ document } = await h.open('article.md'));
    await h.waitForFindings(document.uri, (f) => f.filter((d) => h.ruleOf(d) === 'vague-citation').length === 2, 'both vague citations');
  });

  it('carry the rule id as code, a link to the rule page and the source', () => {
    for (const d of h.findings(document.uri)) {
      const rule = h.ruleOf(d);
      assert.ok(RULES.includes(rule), rule);
      assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith(`/docs/rules/${rule}.md`), `code target of ${rule}`);
    }
  });

  it('flag the seed-case problems with their default severities', () => {
    const vague = h.findings(document.uri).filter((d) => h.ruleOf(d) === 'vague-citation');
    assert.deepEqual(vague.map((d) => document.getText(d.range)), ['PubMed', 'PubMed']);
    assert.ok(vague.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    const reversed = h.findingOn(document, 'reversed-role', 'Magnesium entering the terminal is what triggers');
    assert.ok(reversed, 'reversed magnesium sentence');
    assert.equal(reversed.severity, vscode.DiagnosticSeverity.Error);
    const contradicted = h.findingOn(document, 'contradicted-claim', 'Too much calcium in the blood leads to nerve hyperexcitability');
    assert.ok(contradicted, 'contradicted hyperexcitability sentence');
    assert.equal(contradicted.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(h.findingOn(document, 'uncited-claim', 'The rise in calcium inside the terminal'), 'uncited release claim');
  });

  it('leave correct physiology and questions alone', () => {
    for (const d of h.findings(document.uri)) {
      const text = document.getText(d.range);
      if (['reversed-role', 'contradicted-claim'].includes(h.ruleOf(d))) {
        assert.doesNotMatch(text, /The rise in calcium inside the terminal|competes with calcium|[Ee]xtra magnesium reduces/);
      }
      assert.doesNotMatch(document.lineAt(d.range.start.line).text, /^How much magnesium/);
    }
  });

  it('update while typing and clear when the problem is fixed', async () => {
    const { editor } = await h.open('article.md');
    const line = document.lineAt(h.positionOf(document, 'Too much calcium').line);
    await editor.edit((e) => e.replace(line.range, 'Too little calcium in the blood leads to nerve hyperexcitability and muscle cramps.'));
    await h.waitForFindings(document.uri, (f) => !f.some((d) => d.range.start.line === line.lineNumber && h.ruleOf(d) === 'contradicted-claim'), 'the contradiction to clear');
    await h.revert();
    await h.waitForFindings(document.uri, () => !!h.findingOn(document, 'contradicted-claim', 'Too much calcium'), 'the contradiction after revert');
  });

  it('flag a pandoc key missing from the bibliography (unknown-citation-key)', async () => {
    const { document: pandoc } = await h.open('pandoc.md');
    const found = await h.waitForFindings(pandoc.uri, (f) => f.some((d) => h.ruleOf(d) === 'unknown-citation-key'), 'unknown-citation-key');
    const keys = found.filter((d) => h.ruleOf(d) === 'unknown-citation-key').map((d) => pandoc.getText(d.range));
    assert.ok(keys.some((k) => k.includes('smith2099')), `flagged: ${keys}`);
    assert.ok(!keys.some((k) => /dodge1967|nowak1984/.test(k)), `known keys flagged: ${keys}`);
  });
});
