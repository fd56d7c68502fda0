import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

describe('language server: diagnostics reused between versions', function () {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => client.stop());

  it('moves the ranges of unchanged findings when an edit of the same length adds a line before them', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-keystroke.md').toString();
    const text = 'Intro about the build a step.\n\nMagnesium influx triggers neurotransmitter release.\n';
    const first = await client.open(uri, text);
    assert.deepEqual(first.diagnostics.find((d) => d.code === 'reversed-role')!.range.start, { line: 2, character: 0 });
    // Replace the space before "a" by a line break: offsets stay, lines move.
    const at = text.indexOf(' a step');
    const next = client.diagnostics(uri, 2);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 1 } }, text: '\n' }],
    });
    const p = await next;
    assert.deepEqual(p.diagnostics.find((d) => d.code === 'reversed-role')!.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } });
  });
});
