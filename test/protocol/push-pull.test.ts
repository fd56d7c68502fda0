import { strict as assert } from 'node:assert';
import { DidOpenTextDocumentNotification, DocumentDiagnosticRequest, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client';

const TEXT = 'Magnesium influx triggers neurotransmitter release at the nerve terminal.\n';
const PULL_CAPS = { textDocument: { diagnostic: { dynamicRegistration: false } } };

describe('language server: push for every client, pull where supported', function () {
  it('pushes diagnostics to a client that also supports pull, and answers its pull requests', async () => {
    const client = new TestClient();
    try {
      await client.initialize(PULL_CAPS);
      const pushed = await client.open('file:///tmp/mc-push-pull-a.md', TEXT);
      assert.deepEqual(pushed.diagnostics.map((d) => d.code), ['reversed-role']);
      const pulled = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'file:///tmp/mc-push-pull-a.md' } });
      assert.deepEqual((pulled as { items: { code: string }[] }).items.map((d) => d.code), ['reversed-role']);
    } finally {
      await client.stop();
    }
  });

  it('does not push to a client that asked for pull only (the VS Code client), so nothing shows twice', async () => {
    const client = new TestClient();
    try {
      await client.initialize(PULL_CAPS, null, { workspaceTrusted: true, diagnosticsMode: 'pull' });
      let pushes = 0;
      client.conn.onNotification(PublishDiagnosticsNotification.type, () => void pushes++);
      const uri = 'file:///tmp/mc-push-pull-b.md';
      await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT } });
      const pulled = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.deepEqual((pulled as { items: { code: string }[] }).items.map((d) => d.code), ['reversed-role']);
      await new Promise((r) => setTimeout(r, 400));
      assert.equal(pushes, 0);
    } finally {
      await client.stop();
    }
  });
});
