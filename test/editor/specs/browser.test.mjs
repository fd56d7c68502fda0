// End to end in VS Code for the Web: code-server with the packaged VSIX installed, driven by
// Debian's Chromium through playwright-core (shared e2e README §1). Every step waits on selectors;
// screenshots go to test/editor/artifacts/.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCodeServer, openFile, problems } from '../lib/codeServer.mjs';
import { artifact, copyWorkspace } from '../lib/util.mjs';

const STEP_MS = 60_000;

describe('VS Code for the Web (code-server + Chromium) with the VSIX installed', function () {
  this.timeout(STEP_MS * 3);
  let session;
  /** @type {import('playwright-core').Page} */
  let page;
  const log = [];

  const shot = (name) => page.screenshot({ path: artifact(`browser-${name}.png`) });
  /** A screenshot of the editor area, widened to take in overlays (hovers, menus) given as locators. */
  async function editorShot(name, ...overlays) {
    const boxes = [];
    for (const l of [page.locator('.monaco-workbench .part.editor'), ...overlays]) {
      const box = await l.first().boundingBox({ timeout: 5_000 }).catch(() => null);
      if (box) boxes.push(box);
      else log.push(`[test] editor screenshot ${name}: ${l} not found`); // an artefact, not an assertion
    }
    if (boxes.length === 0) return;
    const x = Math.min(...boxes.map((b) => b.x));
    const y = Math.min(...boxes.map((b) => b.y));
    const right = Math.max(...boxes.map((b) => b.x + b.width));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    await page.screenshot({ path: artifact(`editor-${name}.png`), clip: { x, y, width: right - x, height: bottom - y } });
  }
  /** The text the editor shows (word wrap is on, so whole lines are rendered). */
  const editorText = () => page.locator('.monaco-editor .view-lines').first().innerText();
  /** Run a command from the palette (F1), choosing the row that matches `label`. */
  async function runCommandFromPalette(label) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await page.keyboard.press('Enter');
  }
  /** Put the cursor at a 1-based line and column with "Go to Line". */
  async function goTo(line, column) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  before(async function () {
    this.timeout(180_000);
    session = await openCodeServer({ workspace: copyWorkspace(), log, stepMs: STEP_MS });
    page = session.page;
  });

  after(async () => {
    writeFileSync(artifact('browser.log'), log.join('\n') + '\n');
    if (page) await shot('last').catch(() => undefined);
    await session?.close();
  });

  it('opens the article and shows squiggles, Problems rows and the status bar count', async () => {
    await openFile(page, 'article.md', 'Two Ions, One Synapse');

    await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();

    const all = await problems(page, 6);
    for (const rule of ['vague-citation', 'reversed-role', 'contradicted-claim', 'uncited-claim']) assert.match(all, new RegExp(rule), `Problems rows:\n${all}`);
    assert.match(all, /mineral-claims/);

    // The injection grammar gives ion notation its own tokens: "Mg²⁺" is not part of the prose span.
    const ionToken = await page.locator('.monaco-editor .view-line span > span').evaluateAll((spans) => spans.some((s) => /^Mg(²⁺)?$/.test(s.textContent)));
    assert.ok(ionToken, 'Mg²⁺ is tokenized apart from the prose around it');

    const status = page.locator('.statusbar-item', { hasText: /\d+ claims?/ });
    await status.waitFor();
    await shot('1-diagnostics');
  });

  it('hovers a flagged sentence and reads the fact and its reference', async () => {
    await goTo(15, 12); // "Too much calcium in the blood leads to nerve hyperexcitability …"
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /calcium/i }).first();
    await hover.waitFor();
    await hover.locator('a[href*="doi.org"], a[data-href*="doi.org"], a[href*="pubmed"], a[data-href*="pubmed"]').first().waitFor();
    const text = await hover.innerText();
    assert.match(text, /contradicted-claim|Contradicts/i, text);
    await shot('2-hover');
    await editorShot('hover', hover);
    await page.keyboard.press('Escape');
  });

  it('applies an "Insert citation: …" quick fix and the text changes', async () => {
    await goTo(7, 10); // "When an action potential invades …" (uncited)
    const before = await editorText();
    await page.keyboard.press('Control+.');
    const row = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert citation:' }).first();
    await row.waitFor();
    const title = (await row.innerText()).trim();
    const author = /Insert citation: ([^\s,&]+)/.exec(title)?.[1];
    assert.ok(author, `quick fix title: ${title}`);
    await shot('3-quickfix-menu');
    await editorShot('quickfix', page.locator('.action-widget:not(.action-list-submenu-panel)'));
    await row.click();
    await page.waitForFunction(
      ([b, a]) => {
        const t = document.querySelector('.monaco-editor .view-lines')?.innerText ?? '';
        return t !== b && t.includes(a);
      },
      [before, author],
    );
    await shot('4-quickfix-applied');
  });

  it('runs "Mineral Claims: Insert Citation…" from the palette', async () => {
    await goTo(17, 1); // "How much magnesium do you eat in a day?"
    await page.keyboard.press('End');
    const before = await editorText();
    await runCommandFromPalette('Mineral Claims: Insert Citation');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Citation' }).waitFor();
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await input.fill('Nowak');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Nowak' }).first().waitFor();
    await shot('5-insert-citation-picker');
    await editorShot('insert-citation', page.locator('.quick-input-widget'));
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => {
      const t = document.querySelector('.monaco-editor .view-lines')?.innerText ?? '';
      return t !== b && /Nowak/.test(t);
    }, before);
    await shot('6-insert-citation-done');
  });
});

describe('VS Code for the Web in an untrusted workspace', function () {
  this.timeout(STEP_MS * 3);
  let session;
  const log = [];

  before(async function () {
    this.timeout(180_000);
    const workspace = copyWorkspace();
    // A workspace config that would turn vague-citation off, if the workspace were trusted.
    writeFileSync(join(workspace, '.mineral-claims.json'), JSON.stringify({ rules: { 'vague-citation': 'off' } }));
    session = await openCodeServer({ workspace, trusted: false, log, stepMs: STEP_MS });
  });

  after(async () => {
    writeFileSync(artifact('browser-untrusted.log'), log.join('\n') + '\n');
    await session?.page.screenshot({ path: artifact('browser-untrusted.png') }).catch(() => undefined);
    await session?.close();
  });

  it('still checks with the built-in fact base, ignores .mineral-claims.json, and says so once', async () => {
    const { page } = session;
    await page.locator('.monaco-workbench .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await openFile(page, 'article.md', 'Two Ions, One Synapse');
    await page.locator('.notification-toast', { hasText: 'this workspace is not trusted' }).waitFor();
    const all = await problems(page, 6);
    assert.match(all, /vague-citation/, 'the workspace .mineral-claims.json must be ignored');
    assert.match(all, /reversed-role/);
  });
});
