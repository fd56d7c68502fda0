import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticList, encodeMessage, withRange } from '../../server/src/lsp/encode';

const diag = (line: number, message: string): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 9 } },
  severity: 1,
  code: 'reversed-role',
  source: 'mineral-claims',
  message,
  data: { ruleId: 'reversed-role', extra: { note: 'Ca²⁺ 😀 "quoted" \\ back' } },
});

describe('message encoding with diagnostics serialised once', () => {
  const items = diagnosticList([diag(0, 'Magnesium does not trigger release 😀.'), diag(3, 'Second \u2028 line'), diag(7, 'Third')]);
  const messages: unknown[] = [
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a%20b.md', version: 3, diagnostics: items } },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.md', diagnostics: diagnosticList([]) } },
    { jsonrpc: '2.0', id: 4, result: { kind: 'full', resultId: 'x-1', items } },
    { jsonrpc: '2.0', id: 5, result: { items: [{ kind: 'full', uri: 'file:///a.md', version: null, resultId: 'x-2', items }, { kind: 'unchanged', uri: 'file:///b.md', version: 2, resultId: 'x-3' }, { kind: 'full', uri: 'file:///c.md', version: 1, resultId: 'x-4', items: diagnosticList([diag(1, 'c')]) }] } },
    // Lists the server did not build are encoded as they are.
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///d.md', diagnostics: [diag(2, 'not marked')] } },
    { jsonrpc: '2.0', id: 6, result: null },
    { jsonrpc: '2.0', id: 7, result: { contents: { kind: 'markdown', value: '**Calcium** \u0000' } } },
  ];

  it('is byte for byte JSON.stringify of the message', () => {
    for (const m of messages) {
      assert.equal(encodeMessage(m).toString('utf8'), JSON.stringify(m));
      assert.deepEqual(encodeMessage(m), Buffer.from(JSON.stringify(m), 'utf8'));
    }
  });

  it('reuses the bytes of a diagnostic object it has encoded (diagnostics are never changed once sent)', () => {
    const d = diag(9, 'before');
    const m = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///e.md', diagnostics: diagnosticList([d]) } };
    const first = encodeMessage(m).toString('utf8');
    d.message = 'after';
    assert.equal(encodeMessage(m).toString('utf8'), first);
    assert.notEqual(JSON.stringify(m), first);
  });

  it('a list that replaces another (its start and end copied from that list\'s bytes) is JSON.stringify of it, whatever changed', () => {
    // Lists derived from the last by random removals, insertions and replacements, as edits change a document's diagnostics.
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    let last = diagnosticList([]);
    let made = 0;
    const send = (items: Diagnostic[]) => {
      const m = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///f.md', diagnostics: items } };
      assert.equal(encodeMessage(m).toString('utf8'), JSON.stringify(m));
    };
    send(last);
    for (let round = 0; round < 300; round++) {
      const next = [...last];
      for (let k = random(4); k >= 0; k--) {
        const at = random(next.length + 1);
        const op = random(3);
        if (op === 0 && next.length) next.splice(Math.min(at, next.length - 1), 1);
        else if (op === 1) next.splice(at, 0, diag(random(50), `new ${++made} Ca²⁺`));
        else if (next.length) next[Math.min(at, next.length - 1)] = diag(random(50), `replaced ${++made}`);
      }
      // Now and then the same list again, or one sent without its predecessor.
      const items = round % 37 === 0 ? last : diagnosticList(next, round % 11 === 0 ? undefined : last);
      send(items);
      last = items;
    }
  });

  it('a diagnostic moved to another range (only the range serialised again) is JSON.stringify of it', () => {
    const send = (items: Diagnostic[]) => {
      const m = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///g.md', diagnostics: diagnosticList(items) } };
      assert.equal(encodeMessage(m).toString('utf8'), JSON.stringify(m));
    };
    const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line: line + (to < from ? 1 : 0), character: to } });
    const d = diag(3, 'Ca²⁺ 😀 moved');
    send([d]);
    // Moved once, then again from the moved one (sent or not in between), to ranges of other lengths.
    const once = withRange(d, range(12345, 7, 2));
    const twice = withRange(once, range(0, 0, 1));
    const unsent = withRange(d, range(99, 10, 11));
    const again = withRange(unsent, range(5, 1, 2));
    send([once, d, twice]);
    send([again]);
    // (A range that is not all integers is serialised as JSON.stringify does it.)
    send([withRange(d, { start: { line: NaN, character: 1.5 }, end: { line: 2, character: -0 } })]);
    assert.deepEqual(twice, { ...d, range: range(0, 0, 1) });
    // A diagnostic whose JSON does not start with its range is serialised in full.
    const other = { message: 'range later "quoted"', range: range(1, 0, 4), data: 'k' } as Diagnostic;
    send([withRange(other, range(2, 3, 5)), withRange(withRange(other, range(2, 3, 5)), range(4, 0, 1))]);
  });
});
