#!/usr/bin/env node
// Runs the extension-host suite (suite/index.js) with @vscode/test-electron in a desktop VS Code:
// VSCODE_EXECUTABLE=/path/to/code node test/editor/desktop.mjs, or without it on a machine that may
// download VS Code. (Here, without internet, specs/extension-host.test.mjs runs the same suite in
// code-server's VS Code server instead.) Build first: npm run build.
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { copyWorkspace, E2E_DIR, REPO_DIR } from './lib/util.mjs';

try {
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: REPO_DIR,
    extensionTestsPath: join(E2E_DIR, 'suite', 'index.js'),
    launchArgs: [copyWorkspace(), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`extension-host suite failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
