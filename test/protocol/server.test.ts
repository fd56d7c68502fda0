import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DidChangeTextDocumentNotification, type CodeAction } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client';

export { TestClient };

describe('language server over stdio', function () {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => client.stop());

  it('publishes diagnostics with rule code, source and docs link on open', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-open.md').toString();
    const text = '# Nerves\n\nMagnesium influx triggers neurotransmitter release. PubMed\n';
    const p = await client.open(uri, text);
    const codes = p.diagnostics.map((d) => d.code).sort();
    assert.deepEqual(codes, ['reversed-role', 'vague-citation']);
    const rev = p.diagnostics.find((d) => d.code === 'reversed-role')!;
    assert.equal(rev.source, 'mineral-claims');
    assert.deepEqual(rev.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
    assert.match(rev.codeDescription!.href, /docs\/rules\/reversed-role\.md$/);
  });

  it('re-publishes after an incremental change', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-change.md').toString();
    await client.open(uri, 'Calcium entry triggers neurotransmitter release [@sudhof2012].\n');
    const next = client.diagnostics(uri, 2);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, text: 'Magnesium' }],
    });
    const p = await next;
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['reversed-role']);
  });

  it('offers citations that need no new file when the client cannot create files', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-nocreate/doc.md').toString();
    const text = 'Calcium entry triggers neurotransmitter release at the nerve terminal.\n\nSee [@somekey].\n';
    const { diagnostics } = await client.open(uri, text);
    const d = diagnostics.find((x) => x.code === 'uncited-claim')!;
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const best = actions.find((a) => a.isPreferred)!;
    assert.equal(best.edit?.documentChanges, undefined);
    assert.match(best.edit!.changes![uri][0].newText, /^ \(\[[^\]]+\]\(https:\/\/doi\.org\//);
  });
});
