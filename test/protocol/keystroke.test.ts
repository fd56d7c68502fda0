import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from '../helpers/lsp';
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
    } finally {
      await client.stop();
    }
  });
});

describe('language server: quick fixes from the diagnostic a client was sent', function () {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(async () => client.stop());

  const actionsFor = async (uri: string, d: Diagnostic): Promise<CodeAction[]> =>
    (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  /** The text after a document's code action with this title (or the first that matches) for the diagnostic. */
  const applied = async (uri: string, text: string, d: Diagnostic, title: RegExp): Promise<string> => {
    const actions = await actionsFor(uri, d);
    const action = actions.find((a) => title.test(a.title));
    assert.ok(action?.edit, `${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
    return applyWorkspaceEdit(action.edit, { uri, text });
  };
  let n = 0;
  /** What the same action does on the text opened afresh as a new document, its diagnostic found by its range (the expected result). */
  const fresh = async (text: string, pick: (ds: Diagnostic[]) => Diagnostic, title: RegExp): Promise<string> => {
    const uri = pathToFileURL(`/tmp/mc-protocol-fix-fresh-${++n}.md`).toString();
    const opened = await client.open(uri, text);
    return applied(uri, text, { ...pick(opened.diagnostics), data: undefined }, title);
  };

  /** Apply an insertion at a position to an open document and wait for its diagnostics; returns the new text. */
  const insert = async (uri: string, text: string, version: number, line: number, character: number, newText: string): Promise<string> => {
    const index = new LineIndex(text);
    const at = index.offsetAt({ line, character });
    const next = client.diagnostics(uri, version);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: index.rangeOf(at, at), text: newText }] });
    await next;
    return text.slice(0, at) + newText + text.slice(at);
  };

  it('after edits that moved its finding (lines added above, text typed before it on its line), fixes the finding where it is now', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-fix-moved.md').toString();
    let text = 'A note on the build.\n\nMagnesium entry sets off transmitter release at the nerve ending.\n\nIn muscle, magnesium triggers contraction.\n';
    const sent = (await client.open(uri, text)).diagnostics.filter((d) => d.code === 'reversed-role');
    assert.equal(sent.length, 2);
    // A diagnostic carries a short key of its finding, nothing more.
    for (const d of sent) assert.ok(typeof d.data === 'string' && d.data.length <= 8, JSON.stringify(d.data));
    text = await insert(uri, text, 2, 0, 0, '# Title\n\nIntro.\n\n'); // four lines added above
    text = await insert(uri, text, 3, 6, 0, 'Note: '); // typed before the first finding, on its line
    for (const [i, d] of sent.entries()) {
      // The diagnostics as sent for version 1, asked for in version 3: each fixes its finding where it is now.
      for (const title of [/calcium/i, /^Disable reversed-role for this line$/]) {
        const expected = await fresh(text, (ds) => ds.filter((x) => x.code === 'reversed-role')[i], title);
        assert.notEqual(expected, text);
        assert.equal(await applied(uri, text, d, title), expected, `${title} for finding ${i + 1}`);
      }
    }
  });

  it('the same finding at several places: each diagnostic fixes its own, after an edit moved them', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-fix-repeated.md').toString();
    const para = 'Magnesium entry sets off transmitter release at the nerve ending.';
    let text = `A note.\n\n${para}\n\n${para}\n\n${para}\n`;
    const sent = (await client.open(uri, text)).diagnostics.filter((d) => d.code === 'reversed-role');
    assert.equal(sent.length, 3);
    text = await insert(uri, text, 2, 0, 2, 'short ');
    for (const [i, d] of sent.entries()) {
      const expected = await fresh(text, (ds) => ds.filter((x) => x.code === 'reversed-role')[i], /calcium/i);
      assert.equal(await applied(uri, text, d, /calcium/i), expected, `paragraph ${i + 1}`);
    }
  });

  it('finds the finding by its range when the client sends no data, and offers no fix for a finding that is gone', async () => {
    const uri = pathToFileURL('/tmp/mc-protocol-fix-gone.md').toString();
    let text = 'Magnesium entry sets off transmitter release at the nerve ending.\n';
    const sent = (await client.open(uri, text)).diagnostics.find((d) => d.code === 'reversed-role')!;
    const bare = { ...sent, data: undefined };
    assert.equal(await applied(uri, text, bare, /calcium/i), await fresh(text, (ds) => ds.find((x) => x.code === 'reversed-role')!, /calcium/i));
    // The writer fixes the sentence by hand: the finding is gone, its old diagnostic gets only the disable actions.
    const next = client.diagnostics(uri, 2);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } }, text: 'Calcium' }],
    });
    text = `Calcium${text.slice(9)}`;
    assert.ok(!(await next).diagnostics.some((d) => d.code === 'reversed-role'));
    for (const d of [sent, bare]) {
      const actions = await actionsFor(uri, d);
      assert.ok(actions.length && actions.every((a) => a.title.startsWith('Disable')), JSON.stringify(actions.map((a) => a.title)));
    }
  });
});
