// Starts code-server (with the packaged extension installed) and a headless Chromium page on it,
// for the browser tests. Each call gets its own port, user data, extensions folder and profile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { codeServerPkg, node24Bin, vsixPath } from './env.mjs';
import { CHROMIUM, CHROMIUM_ARGS, freePort, runCommand, startProcess, tempDir, waitForHttp } from './util.mjs';

/** Settings for a quiet, predictable workbench. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'editor.wordWrap': 'on',
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'chat.disableAIFeatures': true,
};

/**
 * Open `workspace` in code-server in Chromium. With `trusted: false` workspace trust is on and the
 * workspace stays in restricted mode (no startup prompt). Resolves to { page, close }.
 */
export async function openCodeServer({ workspace, trusted = true, log, stepMs = 60_000 }) {
  const port = await freePort();
  const root = tempDir('code-server');
  const bin = node24Bin();
  const config = join(root, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  mkdirSync(join(root, 'user', 'User'), { recursive: true });
  const trust = trusted ? { 'security.workspace.trust.enabled': false } : { 'security.workspace.trust.startupPrompt': 'never' };
  writeFileSync(join(root, 'user', 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...trust }, null, 2));
  const dirs = ['--config', config, '--user-data-dir', join(root, 'user'), '--extensions-dir', join(root, 'extensions')];
  const entry = join(codeServerPkg(), 'out', 'node', 'entry.js');
  const env = { PATH: `${bin}:${process.env.PATH}` };
  await runCommand(join(bin, 'node'), [entry, ...dirs, '--install-extension', vsixPath()], { env, timeoutMs: 120_000 });
  const flags = ['--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', ...(trusted ? ['--disable-workspace-trust'] : [])];
  const server = startProcess(join(bin, 'node'), [entry, ...dirs, ...flags, workspace], { env, onLine: (l) => log.push(`[code-server] ${l}`) });
  let context;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => server.child.exitCode === null);
    context = await chromium.launchPersistentContext(tempDir('chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    context.setDefaultTimeout(stepMs);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => log.push(`[console.${m.type()}] ${m.text()}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    return {
      page,
      async close() {
        await context.close().catch(() => undefined);
        await server.stop();
      },
    };
  } catch (e) {
    await context?.close().catch(() => undefined);
    await server.stop();
    throw e;
  }
}

/** Open a workspace file with Quick Open (Ctrl+P) and wait for its text. */
export async function openFile(page, name, expectedText) {
  await page.locator('.monaco-workbench .part.editor').click();
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: expectedText }).waitFor();
}

/** Open the Problems panel and return its rows' text once at least `min` rows show. */
export async function problems(page, min) {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction((n) => document.querySelectorAll('.markers-panel .monaco-list-row').length >= n, min);
  return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
}
