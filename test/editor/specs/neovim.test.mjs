// Neovim 0.7 (Debian) as a second, independent LSP client of dist/server.js over stdio:
// pushed diagnostics, a hover with a verified reference, and quick fixes (issue 6).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionDir } from '../lib/env.mjs';
import { artifact, copyWorkspace, E2E_DIR, runCommand } from '../lib/util.mjs';

const RULES = ['uncited-claim', 'vague-citation', 'reversed-role', 'contradicted-claim', 'unknown-citation-key', 'citation-mismatch'];

describe('Neovim 0.7 as an LSP client', function () {
  this.timeout(90_000);
  /** What the probe saw (see neovim/probe.lua). */
  let seen;

  before(async function () {
    const ws = copyWorkspace();
    const out = artifact('neovim-result.json');
    const started = Date.now();
    await runCommand('nvim', ['--headless', '--clean', '-c', `luafile ${join(E2E_DIR, 'neovim', 'probe.lua')}`], {
      env: { MC_SERVER: join(extensionDir(), 'dist', 'server.js'), MC_FILE: join(ws, 'article.md'), MC_OUT: out, MC_HOVER_WORD: 'calcium' },
      timeoutMs: 60_000,
    });
    seen = JSON.parse(readFileSync(out, 'utf8'));
    console.log(`      (nvim ${seen.nvim.major}.${seen.nvim.minor}.${seen.nvim.patch}, probe ran in ${Date.now() - started} ms)`);
    assert.deepEqual(seen.errors, [], 'the probe reported errors');
  });

  it('receives pushed diagnostics with rule codes, source and docs links', function () {
    assert.ok(seen.diagnostics_arrived, 'no diagnostics arrived');
    for (const d of seen.diagnostics) {
      assert.equal(d.source, 'mineral-claims');
      assert.ok(RULES.includes(d.code), `unexpected code ${d.code}`);
      assert.match(String(d.href), new RegExp(`docs/rules/${d.code}\\.md$`));
    }
  });

  it('flags the seed-case problems and leaves correct sentences alone', function () {
    const on = (rule) => seen.diagnostics.filter((d) => d.code === rule).map((d) => d.text);
    assert.deepEqual(on('vague-citation'), ['PubMed', 'PubMed'], 'both "PubMed" citations');
    const lineOf = (rule, re) => seen.diagnostics.some((d) => d.code === rule && re.test(d.line) && /calcium|magnesium/i.test(d.text));
    assert.ok(lineOf('reversed-role', /Magnesium entering the terminal is what triggers/), `reversed-role: ${on('reversed-role')}`);
    assert.ok(lineOf('contradicted-claim', /^Too much calcium .* hyperexcitability/), `contradicted-claim: ${on('contradicted-claim')}`);
    // Correct physiology is never reversed or contradicted, and a question is not a claim.
    const flagged = seen.diagnostics.filter((d) => /reversed|contradicted/.test(d.code)).map((d) => d.text).join('\n');
    assert.doesNotMatch(flagged, /The rise in calcium inside the terminal|Mg²⁺ competes with calcium|[Ee]xtra magnesium reduces/);
    assert.ok(!seen.diagnostics.some((d) => /How much magnesium/.test(d.text)));
  });

  it('hovers on "calcium" with a doi.org or PubMed link of a verified reference', function () {
    assert.ok(seen.hover, 'no hover (textDocument/hover returned nothing)');
    const contents = seen.hover.contents;
    const text = typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((c) => c.value ?? c).join('\n') : contents.value;
    assert.match(text, /https:\/\/(doi\.org\/10\.|pubmed\.ncbi\.nlm\.nih\.gov\/\d+)/);
  });

  it('offers quick fixes: an insert-citation for an uncited claim and a real citation for "PubMed"', function () {
    const titles = (rule) => seen.code_actions.filter((a) => a.rule === rule).map((a) => a.title);
    assert.ok(titles('uncited-claim').some((t) => /^Insert citation: /.test(t)), `uncited-claim actions: ${titles('uncited-claim')}`);
    assert.ok(titles('vague-citation').some((t) => /^(Replace|Insert citation)\b/.test(t)), `vague-citation actions: ${titles('vague-citation')}`);
    assert.ok(titles('reversed-role').some((t) => /swap|calcium|magnesium/i.test(t)), `reversed-role actions: ${titles('reversed-role')}`);
  });
});
