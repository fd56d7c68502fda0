// Runs the @vscode/test-electron-format suite (test/editor/suite) inside the real Node extension
// host of the VS Code server bundled with code-server, driven by Chromium (shared e2e README §1b):
// the page's codeAutomationExit receives the suite's exit code.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { codeServerPkg, extensionDir, node24Bin } from '../lib/env.mjs';
import { artifact, CHROMIUM, CHROMIUM_ARGS, copyWorkspace, E2E_DIR, freePort, startProcess, tempDir, waitForHttp, withTimeout } from '../lib/util.mjs';

const SUITE_PREFIX = '[suite] ';
const SUITE_TIMEOUT_MS = Number(process.env.E2E_SUITE_TIMEOUT_MS ?? 360_000);

describe('extension-host suite in the VS Code server', function () {
  this.timeout(SUITE_TIMEOUT_MS + 60_000);
  let server;
  let context;
  const log = [];

  after(async () => {
    writeFileSync(artifact('extension-host.log'), log.join('\n') + '\n');
    await context?.close().catch(() => undefined);
    await server?.stop();
  });

  it('passes (test/editor/suite, exit code 0)', async () => {
    const port = await freePort();
    const data = tempDir('vscode-server');
    const workspace = copyWorkspace();
    const bin = node24Bin();
    server = startProcess(
      join(bin, 'node'),
      [
        join(codeServerPkg(), 'lib', 'vscode', 'out', 'server-main.js'),
        '--host', '127.0.0.1', '--port', String(port),
        '--without-connection-token', '--accept-server-license-terms',
        '--server-data-dir', join(data, 'server'), '--user-data-dir', join(data, 'user'), '--extensions-dir', join(data, 'extensions'),
        '--telemetry-level', 'off', '--enable-smoke-test-driver', '--disable-workspace-trust',
      ],
      { env: { PATH: `${bin}:${process.env.PATH}` }, onLine: (l) => log.push(`[server] ${l}`) },
    );
    await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, () => server.child.exitCode === null);

    context = await chromium.launchPersistentContext(tempDir('chromium'), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      log.push(`[${type}] ${line}`);
      // The suite's own output (suite/index.js prefixes it); the workbench's chatter stays in the log.
      for (const l of line.split('\n')) if (l.startsWith(SUITE_PREFIX)) process.stdout.write(`      ${l.slice(SUITE_PREFIX.length)}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDir())],
      ['extensionTestsPath', remote(join(E2E_DIR, 'suite', 'index.js'))],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await withTimeout(exited, SUITE_TIMEOUT_MS, 'the extension-host suite').catch(async (e) => {
      await page.screenshot({ path: artifact('extension-host-timeout.png') }).catch(() => undefined);
      throw e;
    });
    assert.equal(code, 0, `the extension-host suite failed (exit code ${code}); see test/editor/artifacts/extension-host.log`);
  });
});
