#!/usr/bin/env node
// `npm run test:editor`: installs what the editor tests need (setup.sh; cached outside the repo),
// builds the VSIX, then runs the editor specs with mocha:
//   specs/neovim.test.mjs          Neovim 0.7 as an LSP client of dist/server.js
//   specs/extension-host.test.mjs  the vscode-API suite (suite/) inside the VS Code server of code-server
//   specs/browser.test.mjs         code-server + Chromium with the VSIX installed (playwright-core)
// Arguments are passed to mocha (e.g. `npm run test:editor -- --grep Neovim`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { artifact, E2E_DIR, REPO_DIR, tempDir } from './lib/util.mjs';

function step(title, fn) {
  const started = Date.now();
  process.stdout.write(`[e2e] ${title}…\n`);
  const result = fn();
  process.stdout.write(`[e2e] ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...options });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    console.error(`[e2e] ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    cleanUp();
    process.exit(1);
  }
  return r.stdout;
}

// Every temp folder of this run (workspace copies, editor profiles, the unpacked VSIX) lives
// under one root, removed at the end unless E2E_KEEP_TMP is set.
process.env.E2E_TMP_ROOT = mkdtempSync(join(tmpdir(), 'mineral-claims-e2e-'));
function cleanUp() {
  if (!process.env.E2E_KEEP_TMP) rmSync(process.env.E2E_TMP_ROOT, { recursive: true, force: true, maxRetries: 3 });
}

const paths = step('install editors and tools', () =>
  Object.fromEntries(
    run('bash', [join(E2E_DIR, 'setup.sh')])
      .split('\n')
      .filter((l) => /^[A-Z0-9_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  ),
);
const vsix = artifact('mineral-claims.vsix');
step('package the extension', () => run('npm', ['run', '--silent', 'package', '--', '--out', vsix], { cwd: REPO_DIR }));

// Unpack the VSIX the way VS Code installs it; the specs run this copy, not the working tree,
// so they test the package and are not disturbed by rebuilds of dist/ in the checkout.
const extensions = tempDir('installed');
step('unpack the VSIX with code-server --install-extension', () =>
  run(join(paths.NODE24_BIN, 'node'), [join(paths.CODE_SERVER_PKG, 'out', 'node', 'entry.js'), '--extensions-dir', extensions, '--install-extension', vsix]),
);
const [installed] = readdirSync(extensions).filter((d) => d.startsWith('mineral-claims.mineral-claims-'));
if (!installed) throw new Error(`the VSIX did not install into ${extensions}`);

const mocha = spawnSync(join(E2E_DIR, 'node_modules', '.bin', 'mocha'), process.argv.slice(2), {
  cwd: E2E_DIR,
  stdio: 'inherit',
  env: { ...process.env, E2E_NODE24_BIN: paths.NODE24_BIN, E2E_CODE_SERVER: paths.CODE_SERVER_PKG, E2E_VSIX: vsix, E2E_EXTENSION_DIR: join(extensions, installed) },
});
cleanUp();
process.exit(mocha.status ?? 1);
