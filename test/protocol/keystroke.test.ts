import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lsp-client';
import { LineIndex } from '../../server/src/core';

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

  it('after edits on the same line as findings, before them, and adding or joining lines, equal those of the text opened afresh', async function () {
    this.timeout(60_000);
    // Repeated paragraphs (the same findings at several places), a finding on the line after each edit, LF and CRLF.
    const para = 'Intro line. Magnesium influx triggers neurotransmitter release. Low calcium causes tetany.\nHigh calcium causes tetany in most patients.';
    for (const eol of ['\n', '\r\n']) {
      const uri = pathToFileURL(`/tmp/mc-protocol-moved-${eol.length}.md`).toString();
      let text = Array.from({ length: 16 }, () => para).join('\n\n').replace(/\n/g, eol);
      let version = 1;
      await client.open(uri, text);
      const edits: [() => number, number, string][] = [
        [() => text.indexOf('Magnesium', 1_000), 0, 'x'], // on a line with findings, before one of them
        [() => text.indexOf('tetany.', 500) + 7, 0, 'y'], // after the findings of a line
        [() => text.indexOf('Intro', 900), 0, `New${eol}`], // a line added
        [() => text.indexOf(eol, 1_200), eol.length, ' '], // two lines joined
        [() => text.indexOf('High', 300), 4, 'Raised'], // a word replaced on the line of a finding
      ];
      for (const [where, del, ins] of edits) {
        const at = where();
        assert.ok(at > 0 && at < text.length - 100);
        const index = new LineIndex(text);
        const next = client.diagnostics(uri, ++version);
        await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: index.rangeOf(at, at + del), text: ins }],
        });
        text = text.slice(0, at) + ins + text.slice(at + del);
        const afterEdit = (await next).diagnostics;
        const fresh = pathToFileURL(`/tmp/mc-protocol-fresh-${version}-${eol.length}.md`).toString();
        const opened = await client.open(fresh, text);
        assert.deepEqual(afterEdit, opened.diagnostics, JSON.stringify(ins));
      }
    }
  });
});

describe('language server: cheap results after an edit', function () {
  it('answers a pull with "unchanged" when an edit left every diagnostic as it was, and offers fixes for moved findings', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
      const uri = 'file:///tmp/mc-protocol-unchanged.md';
      const text = 'Magnesium entry sets off transmitter release at the nerve ending.\n\nA note on the build.\n';
      const first = await client.open(uri, text);
      const pull = (previousResultId?: string) => client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }) as Promise<{ kind: string; resultId?: string; items?: Diagnostic[] }>;
      const full = await pull();
      assert.equal(full.kind, 'full');
      assert.deepEqual(full.items, first.diagnostics);
      const change = async (version: number, line: number, character: number, newText: string) => {
        const next = client.diagnostics(uri, version);
        await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: newText }],
        });
        return next;
      };
      // Typing after the finding, on a later line: nothing moved.
      await change(2, 2, 4, 'x');
      assert.deepEqual(await pull(full.resultId), { kind: 'unchanged', resultId: full.resultId });
      // Typing before it: its range moves, a full report with a new id.
      const moved = await change(3, 0, 0, 'Note: ');
      const again = await pull(full.resultId);
      assert.equal(again.kind, 'full');
      assert.notEqual(again.resultId, full.resultId);
      const diagnostic = moved.diagnostics.find((d) => d.code === 'reversed-role')!;
      assert.equal(diagnostic.range.start.character, 6);
      const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      assert.ok(actions.some((a) => /calcium/i.test(a.title) && a.edit), JSON.stringify(actions.map((a) => a.title)));
      // A diagnostic whose range no longer matches a finding gets no fix (only the disable actions).
      const stale = { ...diagnostic, range: { start: { line: 0, character: 0 }, end: diagnostic.range.end } };
      const staleActions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] } })) as CodeAction[];
      assert.ok(staleActions.every((a) => a.title.startsWith('Disable')), JSON.stringify(staleActions.map((a) => a.title)));
    } finally {
      await client.stop();
    }
  });
});
