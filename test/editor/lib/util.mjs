// Helpers shared by the editor-test runners: temp folders, free ports, child processes (started
// in their own process group so that only they, and everything they started, are ended), and
// waiting on HTTP health checks.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/editor/ */
export const E2E_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root (the extension's folder). */
export const REPO_DIR = join(E2E_DIR, '..', '..');
/** Screenshots, logs and JSON results (gitignored). */
export const ARTIFACTS_DIR = join(E2E_DIR, 'artifacts');
/** Chromium flags for a machine without network, GPU or sandbox. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** A fresh temp folder, inside the run's own temp root when run.mjs set one (it removes it at the end). */
export function tempDir(prefix) {
  return mkdtempSync(join(process.env.E2E_TMP_ROOT ?? tmpdir(), `mineral-claims-e2e-${prefix}-`));
}

/** A temp copy of the fixture workspace (tests edit documents). */
export function copyWorkspace() {
  const dir = join(tempDir('ws'), 'workspace');
  cpSync(join(E2E_DIR, 'fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}

/** Make sure the artefacts folder exists; returns a path inside it. */
export function artifact(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Start a long-running child in its own process group; its output goes to `logFile` lines via
 * `onLine`. Returns { child, stop() } where stop ends that group only.
 */
export function startProcess(cmd, args, { env, cwd, onLine } = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine?.(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  }
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Run a command to completion; rejects with its output on a non-zero exit or timeout. */
export function runCommand(cmd, args, { env, cwd, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      reject(new Error(`${cmd} ${args.join(' ')} timed out after ${timeoutMs / 1000}s\n${err}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ out, err });
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${out}\n${err}`));
    });
  });
}

/** Poll `url` until it answers 2xx, or fail after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`server for ${url} exited before answering`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (${last})`);
}

/** Reject after `ms` with `what` in the message, unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms);
    }),
  ]);
}
