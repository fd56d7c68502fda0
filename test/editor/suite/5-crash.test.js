// A crashed language server is restarted by the client (capped restart policy) without a message.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const h = require('./helpers');

const RUNNING = 2; // vscode-languageclient State.Running

/** Pids of the server processes this extension host started (Linux /proc). */
function serverPids() {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.some((a) => a.endsWith('/dist/server.js')) && args.includes(`--clientProcessId=${process.pid}`)) pids.push(Number(entry));
  }
  return pids;
}

describe('crash recovery', () => {
  before(function () {
    if (process.platform !== 'linux') this.skip(); // finds the server through /proc
  });

  it('restarts a killed server and publishes diagnostics again', async () => {
    const { document } = await h.open('article.md');
    const api = await h.api();
    await h.waitForFindings(document.uri, (f) => f.length > 0, 'findings before the crash');
    const [pid] = serverPids();
    assert.ok(pid, 'the server process');
    const restarted = new Promise((resolve) => {
      const sub = api.client.onDidChangeState((e) => {
        if (e.newState === RUNNING) {
          sub.dispose();
          resolve();
        }
      });
    });
    process.kill(pid, 'SIGKILL');
    await restarted;
    assert.equal(api.client.isRunning(), true);
    const [newPid] = serverPids();
    assert.ok(newPid && newPid !== pid, `a new server process (old ${pid}, new ${newPid})`);
    // Edit to make sure the new server analyses the document (it was re-opened on restart).
    const { editor } = await h.open('article.md');
    const line = document.lineAt(h.positionOf(document, 'Too much calcium').line);
    await editor.edit((e) => e.insert(line.range.end, ' '));
    await h.waitForFindings(document.uri, () => !!h.findingOn(document, 'contradicted-claim', 'Too much calcium'), 'findings from the new server');
    await h.revert();
  });
});
