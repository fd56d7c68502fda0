import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DiagnosticSeverity,
  ExecuteCommandRequest,
  HoverRequest,
  DocumentDiagnosticRequest,
  WorkspaceDiagnosticRequest,
  FileChangeType,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/core';
import { applyWorkspaceEdit, findingKeys, tempWorkspace, uriOf } from '../helpers/lsp';
import { TestClient } from '../helpers/lsp-client';
import { generate } from '../../bench/generate';

const CAPS = { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create' as const] }, configuration: true } };
let counter = 0;

/** Open `text` as a new document in `dir` and return its diagnostics. */
async function check(client: TestClient, dir: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = uriOf(join(dir, `doc-${++counter}.md`));
  const p = await client.open(uri, text);
  return { uri, diagnostics: p.diagnostics };
}

async function actionsFor(client: TestClient, uri: string, d: Diagnostic): Promise<CodeAction[]> {
  return (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
}

/** Snapshot of the non-Markdown files of a folder (bibliographies), to undo a fix's file edits. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((f) => !f.endsWith('.md')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}
function restore(dir: string, snap: Map<string, string>): void {
  for (const f of readdirSync(dir)) if (!f.endsWith('.md') && !snap.has(f)) rmSync(join(dir, f));
  for (const [f, t] of snap) writeFileSync(join(dir, f), t);
}

/**
 * Apply every quick fix of every diagnostic of a document and check the result again: the finding
 * is gone and no finding appears that was not there before. Returns the titles applied.
 */
async function applyEveryFix(client: TestClient, dir: string, text: string): Promise<string[]> {
  const { uri, diagnostics } = await check(client, dir, text);
  assert.ok(diagnostics.length, 'the fixture has findings');
  const before = findingKeys(text, diagnostics);
  const titles: string[] = [];
  for (const d of diagnostics) {
    const actions = await actionsFor(client, uri, d);
    assert.ok(actions.length >= 2, `actions for ${d.code}`);
    for (const a of actions) {
      const snap = snapshot(dir);
      const fixed = applyWorkspaceEdit(a.edit!, { uri, text });
      const after = await check(client, dir, fixed);
      const keys = findingKeys(fixed, after.diagnostics);
      const target = findingKeys(text, [d])[0];
      // Disabling a rule for a line also hides its other findings there; a sentence whose swapped or
      // contradicted claim is corrected becomes a correct claim that may still need a citation.
      const allowed = (k: string) =>
        (k.startsWith(`${d.code}:`) && a.title.startsWith('Disable')) ||
        (k.startsWith('uncited-claim:') && (d.code === 'reversed-role' || d.code === 'contradicted-claim') && !a.title.startsWith('Disable'));
      assert.ok(!keys.includes(target) || before.filter((k) => k === target).length > keys.filter((k) => k === target).length, `"${a.title}" removes ${target}\n${fixed}`);
      for (const k of keys) assert.ok(before.includes(k) || allowed(k), `"${a.title}" added ${k}\n${fixed}`);
      restore(dir, snap);
      titles.push(a.title);
    }
  }
  return titles;
}

describe('language server features over stdio', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace();
    client = new TestClient();
    await client.initialize(CAPS, uriOf(dir));
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the findings of its first part before the whole check ends, each list part of the final one; edits publish once', async () => {
    const text = generate('mixed', 150_000);
    const uri = uriOf(join(dir, 'large.md'));
    const fresh = uriOf(join(dir, 'fresh.md'));
    const published: { version?: number; diagnostics: Diagnostic[] }[] = [];
    client.published.push((p) => {
      if (p.uri === uri || p.uri === fresh) published.push(p);
    });
    /** Every publication for `uri` until the analysis of the current version has ended (a hover waits for it). */
    const settled = async (): Promise<void> => {
      await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
      for (let n = published.length; ; n = published.length) {
        await new Promise((r) => setTimeout(r, 300));
        if (published.length === n) return;
      }
    };
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await settled();
    const key = (d: Diagnostic): string => JSON.stringify(d);
    const final = published[published.length - 1];
    assert.ok(published.length >= 2, `${published.length} publication(s): no preview`);
    assert.ok(published.every((p) => p.version === 1));
    const all = new Set(final.diagnostics.map(key));
    assert.ok(final.diagnostics.length > 100);
    assert.ok(published[0].diagnostics.length < final.diagnostics.length);
    for (const p of published) for (const d of p.diagnostics) assert.ok(all.has(key(d)), `previewed ${key(d)} is not in the final list`);

    published.length = 0;
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'x' }],
    });
    await settled();
    assert.deepEqual(
      published.map((p) => p.version),
      [2],
    );
    // The diagnostics after the edit (those before it reused as they were) are those of the edited text opened afresh.
    const edited = text.split('\n');
    edited[8] = `x${edited[8]}`;
    const afterEdit = published[0].diagnostics;
    published.length = 0;
    await client.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fresh, languageId: 'markdown', version: 1, text: edited.join('\n') } });
    await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: fresh }, position: { line: 0, character: 0 } });
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(afterEdit, published[published.length - 1].diagnostics);
  });

  it('the example article: vague PubMed with a verified fix, contradicted and reversed sentences, calcium hover with a link', async () => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'calcium-magnesium-nerves.md'), 'utf8');
    const { uri, diagnostics } = await check(client, dir, text);
    const index = new LineIndex(text);
    const at = (d: Diagnostic) => text.slice(index.offsetAt(d.range.start), index.offsetAt(d.range.end));
    const vague = diagnostics.filter((d) => d.code === 'vague-citation' && at(d) === 'PubMed');
    assert.equal(vague.length, 2);
    // The first "PubMed" stands for a contradicted claim ("high calcium increases excitability"): no study supports
    // it, so none is offered (the studies of the fact found the opposite).
    assert.ok(!(await actionsFor(client, uri, vague[0])).some((a) => a.title.startsWith('Replace "PubMed"')));
    const fixes = await actionsFor(client, uri, vague[1]);
    const replace = fixes.find((a) => a.title.startsWith('Replace "PubMed"'))!;
    assert.ok(replace.isPreferred);
    const snap = snapshot(dir);
    const fixed = applyWorkspaceEdit(replace.edit!, { uri, text });
    // The article cites with pandoc keys, so the fix does too, adding the entry to a new references.bib.
    const key = /story backwards\. \[@([^\]]+)\]/.exec(fixed)?.[1];
    assert.ok(key && readFileSync(join(dir, 'references.bib'), 'utf8').includes(`{${key},`), fixed);
    assert.ok(!(await check(client, dir, fixed)).diagnostics.some((d) => d.code === 'vague-citation' && d.range.start.line === vague[1].range.start.line + 3));
    restore(dir, snap);
    assert.ok(diagnostics.some((d) => d.code === 'contradicted-claim'));
    // A reversed sentence stated as fact (the article only reports one) gets a swap fix.
    const rtext = `${text}\nMagnesium influx triggers neurotransmitter release at the nerve terminal.\n`;
    const r = await check(client, dir, rtext);
    const reversed = r.diagnostics.find((d) => d.code === 'reversed-role')!;
    const swap = (await actionsFor(client, r.uri, reversed)).find((a) => a.title.startsWith('Swap'))!;
    assert.ok(swap, 'swap fix');
    const swapped = applyWorkspaceEdit(swap.edit!, { uri: r.uri, text: rtext });
    assert.ok(!(await check(client, dir, swapped)).diagnostics.some((d) => d.code === 'reversed-role'));
    const calcium = index.positionAt(text.indexOf('calcium channels') + 2);
    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: calcium });
    assert.match((hover!.contents as MarkupContent).value, /https:\/\/(?:doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//);
  });

  for (const name of ['pandoc.md', 'footnote.md', 'numeric.md', 'link.md']) {
    it(`every quick fix in ${name} removes its finding and adds none`, async () => {
      const titles = await applyEveryFix(client, dir, readFileSync(join(dir, name), 'utf8'));
      assert.ok(titles.some((t) => t.startsWith('Insert citation: ')), titles.join('\n'));
    });
  }

  it('writes each citation style: pandoc key + bib entry, footnote + definition, numeric + list entry, inline link', async () => {
    const claim = 'Calcium entry triggers neurotransmitter release at the nerve terminal.';
    const expect: Record<string, RegExp> = {
      'pandoc.md': /nerve terminal \[@(?:sudhof2012|dodge1967)\]\./,
      'footnote.md': /nerve terminal\[\^2\]\.[^]*\n\[\^2\]: .*https:\/\/doi\.org\//,
      'numeric.md': /nerve terminal \[2\]\.[^]*\n2\. .*https:\/\/doi\.org\//,
      'link.md': /nerve terminal \(\[[^\]]+\]\(https:\/\/doi\.org\/[^)]+\)\)\./,
    };
    for (const [name, re] of Object.entries(expect)) {
      const text = readFileSync(join(dir, name), 'utf8').replace('When a spike invades the terminal, calcium entry triggers neurotransmitter release.', claim);
      const { uri, diagnostics } = await check(client, dir, text);
      const d = diagnostics.find((x) => x.code === 'uncited-claim')!;
      const best = (await actionsFor(client, uri, d)).find((a) => a.isPreferred)!;
      const snap = snapshot(dir);
      const fixed = applyWorkspaceEdit(best.edit!, { uri, text });
      assert.match(fixed, re, name);
      if (name === 'pandoc.md') {
        const key = /\[@(\w+)\]/.exec(fixed.slice(fixed.indexOf(claim.slice(0, 20))))![1];
        assert.match(readFileSync(join(dir, 'refs.bib'), 'utf8'), new RegExp(`@article\\{${key},`));
      }
      restore(dir, snap);
    }
  });

  it('creates references.bib and links it in front matter for a pandoc document without a bibliography', async () => {
    const text = 'Calcium entry triggers neurotransmitter release at the nerve terminal.\n\nMagnesium blocks NMDA receptors at rest [@nowak1984].\n';
    const { uri, diagnostics } = await check(client, dir, text);
    const d = diagnostics.find((x) => x.code === 'uncited-claim')!;
    const best = (await actionsFor(client, uri, d)).find((a) => a.isPreferred)!;
    const snap = snapshot(dir);
    rmSync(join(dir, 'references.bib'), { force: true });
    const fixed = applyWorkspaceEdit(best.edit!, { uri, text });
    assert.match(fixed, /^---\nbibliography: references\.bib\n---\n\n/);
    assert.ok(existsSync(join(dir, 'references.bib')));
    const after = await check(client, dir, fixed);
    // The new bibliography now decides which keys resolve: the older key is reported, the new one is not.
    assert.deepEqual(after.diagnostics.map((x) => x.message), ['Unknown citation key "@nowak1984": not in references.bib.']);
    restore(dir, snap);
  });

  it('unknown-citation-key: flags a missing key, re-reads the bibliography when it changes, jumps to the entry', async () => {
    const text = readFileSync(join(dir, 'pandoc.md'), 'utf8');
    const { uri, diagnostics } = await check(client, dir, text);
    const keys = diagnostics.filter((d) => d.code === 'unknown-citation-key').map((d) => d.message);
    assert.deepEqual(keys, ['Unknown citation key "@smith2020": not in refs.bib.', 'Unknown citation key "@dodge1967": not in refs.bib.']);
    const dodge = diagnostics.find((d) => String(d.message).includes('dodge1967'))!;
    const add = (await actionsFor(client, uri, dodge)).find((a) => a.title === 'Add dodge1967 to refs.bib')!;
    const snap = snapshot(dir);
    applyWorkspaceEdit(add.edit!, { uri, text });
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, 'refs.bib')), type: FileChangeType.Changed }] });
    const again = await check(client, dir, text);
    assert.deepEqual(again.diagnostics.filter((d) => d.code === 'unknown-citation-key').map((d) => d.message), ['Unknown citation key "@smith2020": not in refs.bib.']);
    const index = new LineIndex(text);
    const pos = index.positionAt(text.indexOf('@dodge1967') + 3);
    const loc = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: again.uri }, position: pos })) as Location;
    assert.equal(loc.uri, uriOf(join(dir, 'refs.bib')));
    const bib = readFileSync(join(dir, 'refs.bib'), 'utf8');
    const bi = new LineIndex(bib);
    assert.equal(bib.slice(bi.offsetAt(loc.range.start), bi.offsetAt(loc.range.end)), 'dodge1967');
    restore(dir, snap);
  });

  it('reads CSL-JSON and CSL-YAML bibliographies', async () => {
    writeFileSync(join(dir, 'refs.json'), JSON.stringify([{ id: 'jsonkey', type: 'book', title: 'A book' }], null, 2));
    writeFileSync(join(dir, 'refs.yaml'), 'references:\n  - id: yamlkey\n    title: A paper\n');
    const text = '---\nbibliography: [refs.json, refs.yaml]\n---\n\nSee [@jsonkey; @yamlkey; @nokey].\n';
    const { uri, diagnostics } = await check(client, dir, text);
    assert.deepEqual(diagnostics.map((d) => d.message), ['Unknown citation key "@nokey": not in refs.json, refs.yaml.']);
    const index = new LineIndex(text);
    const loc = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: index.positionAt(text.indexOf('@yamlkey') + 2) })) as Location;
    assert.equal(loc.uri, uriOf(join(dir, 'refs.yaml')));
    assert.deepEqual(loc.range.start, { line: 1, character: 8 });
  });

  it('hovers: a citation key shows its entry, a flagged sentence says why with references', async () => {
    const text = readFileSync(join(dir, 'pandoc.md'), 'utf8');
    const { uri } = await check(client, dir, text);
    const index = new LineIndex(text);
    const hover = async (needle: string, delta = 1) =>
      ((await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: index.positionAt(text.indexOf(needle) + delta) }))?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(await hover('@nowak1984'), /^\*\*Nowak et al\. 1984\*\*[^]*Magnesium gates glutamate-activated channels/);
    const flagged = await hover('magnesium influx', 3);
    assert.match(flagged.split('\n')[0], /Roles reversed/);
    assert.match(flagged, /https:\/\/doi\.org\//);
    assert.equal(await hover('# Ions', 0), '');
    // On a mineral word inside an uncited sentence: the finding first, then the mineral's roles and references.
    const term = await hover('calcium entry', 2);
    assert.match(term, /^\*\*Uncited claim[^]*\*\*Calcium\*\* \(Ca²⁺\): drives [^]*https:\/\/(?:doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//);
  });

  it('hovers on an error finding: what the sentence claims and what is true, the claim as read, and the fact', async () => {
    const text = '# Glands\n\nParathyroid hormone lowers blood calcium.\n';
    const { uri, diagnostics } = await check(client, dir, text);
    const error = diagnostics.find((d) => d.code === 'contradicted-claim');
    assert.equal(error?.message, 'Contradicts physiology: Parathyroid hormone raises blood calcium; it does not lower it.');
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 4 } });
    const lines = (h!.contents as MarkupContent).value.split('\n');
    assert.equal(lines[0], '**Contradicts physiology: Parathyroid hormone raises blood calcium; it does not lower it.**');
    assert.equal(lines[2], 'Read as: Parathyroid hormone → lowers → blood calcium');
    assert.match(lines[4], /^The fact base: .*parathyroid/i);
    assert.equal(lines[lines.length - 1], '*Check: `contradicted-claim/relations`*');
  });

  it('citation-mismatch: hover on an identified citation, replace an off-topic one in the style of the list, pandoc keys through the bibliography', async () => {
    const text = [
      '# Ions',
      '',
      'Extracellular magnesium blocks the NMDA receptor channel at resting potential [1].',
      '',
      'At rest, extracellular magnesium plugs the NMDA receptor channel [2].',
      '',
      '## References',
      '',
      '1. Nowak L, et al. Magnesium gates glutamate-activated channels in mouse central neurones. Nature. 1984. doi:10.1038/307462a0',
      '2. Cooper MS, Gittoes NJL. Diagnosis and management of hypocalcaemia. BMJ. 2008. PMID: 18535072',
      '',
    ].join('\n');
    const { uri, diagnostics } = await check(client, dir, text);
    const index = new LineIndex(text);
    const at = (d: Diagnostic) => text.slice(index.offsetAt(d.range.start), index.offsetAt(d.range.end));
    const mismatch = diagnostics.filter((d) => d.code === 'citation-mismatch');
    assert.deepEqual(mismatch.map((d) => [at(d), d.severity]), [['[2]', DiagnosticSeverity.Information]]);
    const hover = async (t: string, u: string, offset: number) =>
      ((await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: u }, position: new LineIndex(t).positionAt(offset) }))?.contents as MarkupContent | undefined)?.value ?? '';
    // The right citation: the reference with its links and the facts it supports, one line each.
    const right = await hover(text, uri, text.indexOf('[1].') + 1);
    assert.match(right, /^\*\*Nowak et al\. 1984\*\*: Magnesium gates glutamate-activated channels[^]*https:\/\/doi\.org\/10\.1038\/307462a0/);
    assert.match(right, /In the fact base it supports:\n- Extracellular magnesium at about 1 mM plugs the NMDA-receptor channel/);
    // The off-topic one: the finding first, then what the reference is about.
    assert.match(await hover(text, uri, text.indexOf('[2].') + 1), /^\*\*The cited study \(Cooper & Gittoes 2008[^]*\*\*Cooper & Gittoes 2008\*\*: Diagnosis and management of hypocalcaemia/);
    // Replace: the reference list already holds Nowak et al. as [1], so the fix cites [1] and adds no entry.
    const replace = (await actionsFor(client, uri, mismatch[0])).find((a) => a.title.startsWith('Replace [2] with '))!;
    assert.ok(replace?.isPreferred, 'a preferred replace fix');
    const fixed = applyWorkspaceEdit(replace.edit!, { uri, text });
    assert.match(fixed, /plugs the NMDA receptor channel \[1\]\./);
    assert.ok(!(await check(client, dir, fixed)).diagnostics.some((d) => d.code === 'citation-mismatch'), fixed);
    // A pandoc key whose entry in refs.bib carries the DOI: judged with the bibliography, hover adds the facts.
    const ptext = '---\nbibliography: refs.bib\n---\n\nMagnesium opens the NMDA receptor channel at rest [@nowak1984].\n';
    const p = await check(client, dir, ptext);
    const opposite = p.diagnostics.find((d) => d.code === 'citation-mismatch')!;
    assert.match(String(opposite.message), /^The cited study \(Nowak et al\. 1984\) found the opposite: magnesium blocks NMDA receptors/);
    assert.equal(opposite.severity, DiagnosticSeverity.Warning);
    assert.match(await hover(ptext, p.uri, ptext.indexOf('@nowak1984') + 1), /^\*\*The cited study[^]*`@nowak1984`[^]*In the fact base it supports:/);
  });

  it('hovers on a lab value: verdict against the reference range and conversions to mg/dL and mEq/L', async () => {
    const text = 'A serum magnesium of 0.5 mmol/L is common in hospital patients.\n';
    const { uri } = await check(client, dir, text);
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 22 } });
    const value = (h!.contents as MarkupContent).value;
    assert.match(value.split('\n')[0], /^\*\*0\.5 mmol\/L magnesium: below the reference range\*\* 0\.7–1(?:\.0)? mmol\/L/);
    assert.match(value, /0\.5 mmol\/L = 1\.2\d* mg\/dL = 1 mEq\/L/);
    assert.deepEqual(h!.range, { start: { line: 0, character: 21 }, end: { line: 0, character: 31 } });
  });

  it('completes citation keys after "[@": bibliography keys, then built-ins that add their entry', async () => {
    const text = '---\nbibliography: refs.bib\n---\n\nCalcium triggers release [@\n';
    const { uri } = await check(client, dir, text);
    const items = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 27 } })) as CompletionItem[];
    assert.equal(items[0].label, 'nowak1984');
    const dodge = items.find((i) => i.label === 'dodge1967')!;
    assert.equal(dodge.command?.command, 'mineralClaims.addReference');
    assert.ok(!items.some((i) => i.label === 'katz1968'), 'unverified references are never offered');
    const none = await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 4, character: 10 } });
    assert.deepEqual(none, []);
    const snap = snapshot(dir);
    client.applied.length = 0;
    await client.conn.sendRequest(ExecuteCommandRequest.type, { command: dodge.command!.command, arguments: dodge.command!.arguments });
    assert.equal(client.applied.length, 1);
    applyWorkspaceEdit(client.applied[0], { uri, text });
    assert.match(readFileSync(join(dir, 'refs.bib'), 'utf8'), /@article\{dodge1967,/);
    restore(dir, snap);
  });

  it('honours inline suppression comments and front matter', async () => {
    const base = 'Magnesium influx triggers neurotransmitter release at the nerve terminal.\n';
    assert.deepEqual((await check(client, dir, base)).diagnostics.map((d) => d.code), ['reversed-role']);
    for (const text of [
      `<!-- mineral-claims-disable-next-line reversed-role -->\n${base}`,
      `<!-- mineral-claims-disable -->\n\n${base}`,
      `---\nmineral-claims:\n  disable: [reversed-role]\n---\n${base}`,
    ]) {
      assert.deepEqual((await check(client, dir, text)).diagnostics.map((d) => d.code), [], text);
    }
    const reenabled = `<!-- mineral-claims-disable reversed-role -->\n\n${base}\n<!-- mineral-claims-enable reversed-role -->\n\n${base}`;
    assert.deepEqual((await check(client, dir, reenabled)).diagnostics.map((d) => d.range.start.line), [6]);
    const inCode = '```\n<!-- mineral-claims-disable -->\n```\n\n' + base;
    assert.deepEqual((await check(client, dir, inCode)).diagnostics.map((d) => d.code), ['reversed-role']);
  });

  it('fix-all applies the safe fixes (role swaps) and nothing else', async () => {
    const text = 'Magnesium influx triggers neurotransmitter release.\n\nMg²⁺ influx triggers neurotransmitter release at the terminal.\n\nCalcium entry triggers neurotransmitter release. PubMed\n';
    const { uri, diagnostics } = await check(client, dir, text);
    const [fixAll] = (await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.kind, 'source.fixAll.mineral-claims');
    const fixed = applyWorkspaceEdit(fixAll.edit!, { uri, text });
    assert.equal(fixed, text.replace('Magnesium influx', 'Calcium influx').replace('Mg²⁺ influx', 'Ca²⁺ influx'));
    const after = await check(client, dir, fixed);
    assert.ok(diagnostics.some((d) => d.code === 'reversed-role'));
    assert.ok(!after.diagnostics.some((d) => d.code === 'reversed-role'));
  });

  it('uses UTF-16 positions with emoji, Ca²⁺ and CRLF, and fixes apply exactly', async () => {
    const text = '# Nerves 🧠🧠\r\n\r\n🧠 Then Mg²⁺ influx triggers neurotransmitter release at the terminal.\r\n';
    const { uri, diagnostics } = await check(client, dir, text);
    const rev = diagnostics.find((d) => d.code === 'reversed-role')!;
    assert.deepEqual(rev.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 12 } });
    const swap = (await actionsFor(client, uri, rev)).find((a) => a.title.startsWith('Swap'))!;
    assert.equal(applyWorkspaceEdit(swap.edit!, { uri, text }), text.replace('Mg²⁺', 'Ca²⁺'));
    const disable = (await actionsFor(client, uri, rev)).find((a) => a.title.includes('this line'))!;
    const disabled = applyWorkspaceEdit(disable.edit!, { uri, text });
    assert.ok(disabled.includes('-->\r\n🧠 Then') || disabled.includes('🧠🧠 <!--'), JSON.stringify(disabled));
    assert.deepEqual((await check(client, dir, disabled)).diagnostics.filter((d) => d.code === 'reversed-role'), []);
  });

  it('custom requests: references, insertCitation and the fact base page', async () => {
    const text = readFileSync(join(dir, 'numeric.md'), 'utf8');
    const { uri } = await check(client, dir, text);
    const refs = (await client.conn.sendRequest('mineralClaims/references', { textDocument: { uri } })) as { id: string; source: string; doi?: string }[];
    assert.ok(refs.length > 5 && refs.every((r) => r.source === 'builtin'));
    const byQuery = (await client.conn.sendRequest('mineralClaims/references', { textDocument: { uri }, query: 'magnesium gates 1984' })) as { id: string }[];
    assert.ok(byQuery.some((r) => r.id === 'nowak1984') && byQuery.length < refs.length);
    const edit = await client.conn.sendRequest('mineralClaims/insertCitation', { textDocument: { uri }, position: { line: 4, character: 69 }, referenceId: 'sudhof2012' });
    const fixed = applyWorkspaceEdit(edit as never, { uri, text });
    assert.match(fixed, /nerve terminal \[2\]\./);
    assert.equal(await client.conn.sendRequest('mineralClaims/insertCitation', { textDocument: { uri }, position: { line: 4, character: 0 }, referenceId: 'katz1968' }), null);
    const page = (await client.conn.sendRequest('mineralClaims/factBase', {})) as { markdown: string };
    assert.match(page.markdown, /^# Mineral Claims fact base/);
    assert.match(page.markdown, /https:\/\/doi\.org\//);
  });
});

describe('language server: pull diagnostics and configuration', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace();
    client = new TestClient();
    await client.initialize({ ...CAPS, textDocument: { diagnostic: { dynamicRegistration: false } } }, uriOf(dir));
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers textDocument/diagnostic and workspace/diagnostic for the Markdown files of the folder', async () => {
    const uri = uriOf(join(dir, 'link.md'));
    const report = await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual((report as { items: Diagnostic[] }).items.map((d) => d.code).sort(), ['contradicted-claim', 'reversed-role', 'uncited-claim', 'vague-citation']);
    const ws = await client.conn.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const names = ws.items.map((i) => i.uri.split('/').pop()).sort();
    assert.deepEqual(names, ['footnote.md', 'link.md', 'numeric.md', 'pandoc.md']);
    // With nothing new the request waits (long poll); a new file answers it, the others unchanged.
    let answered = false;
    const againP = client.conn
      .sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: ws.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId })) })
      .then((r) => ((answered = true), r));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(answered, false);
    writeFileSync(join(dir, 'new.md'), 'Magnesium influx triggers neurotransmitter release at the nerve terminal.\n');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, 'new.md')), type: FileChangeType.Created }] });
    const again = await againP;
    assert.deepEqual(again.items.filter((i) => i.kind === 'full').map((i) => i.uri.split('/').pop()), ['new.md']);
    assert.equal(again.items.filter((i) => i.kind === 'unchanged').length, 4);
    rmSync(join(dir, 'new.md'));
    // "Check all files" in a pulling client: the workspace pull covers the files, nothing is pushed twice.
    assert.deepEqual(await client.conn.sendRequest('mineralClaims/checkFiles', { uris: [uriOf(join(dir, 'link.md'))] }), { checked: 1 });
  });

  it('reads settings through workspace/configuration and .mineral-claims.json, refreshed on change', async () => {
    const uri = uriOf(join(dir, 'link.md'));
    const codes = async () => ((await client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { items: Diagnostic[] }).items.map((d) => `${d.code}:${d.severity}`).sort();
    client.settings = { rules: { 'uncited-claim': 'off', 'vague-citation': 'hint' } };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    assert.deepEqual(await codes(), ['contradicted-claim:1', 'reversed-role:1', 'vague-citation:4']);
    writeFileSync(join(dir, '.mineral-claims.json'), JSON.stringify({ rules: { 'reversed-role': 'off' } }));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, '.mineral-claims.json')), type: FileChangeType.Created }] });
    assert.deepEqual(await codes(), ['contradicted-claim:1', 'vague-citation:4']);
    writeFileSync(join(dir, '.mineral-claims.json'), '{ "rules": { "reversed-role": "loud" } }');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(join(dir, '.mineral-claims.json')), type: FileChangeType.Changed }] });
    assert.deepEqual(await codes(), ['contradicted-claim:1', 'reversed-role:1', 'vague-citation:4'], 'a bad config file falls back to defaults');
    rmSync(join(dir, '.mineral-claims.json'));
    copyFileSync(join(__dirname, '..', 'fixtures', 'lsp', 'link.md'), join(dir, 'link.md'));
  });
});

describe('language server: untrusted workspaces, large files, checking files from disk', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace();
    writeFileSync(join(dir, '.mineral-claims.json'), JSON.stringify({ rules: { 'reversed-role': 'off' }, maxFileSize: 100 }));
    client = new TestClient();
    await client.initialize(CAPS, uriOf(dir), { workspaceTrusted: false });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ignores .mineral-claims.json and bibliography settings in an untrusted workspace', async () => {
    client.settings = { bibliography: ['refs.bib'] };
    const text = 'Magnesium influx triggers neurotransmitter release at the nerve terminal.\n\nSee [@nokey].\n';
    const { diagnostics } = await check(client, dir, text);
    assert.deepEqual(diagnostics.map((d) => d.code), ['reversed-role']);
  });

  it('skips documents larger than maxFileSize (client setting) and publishes diagnostics for files checked from disk', async () => {
    client.settings = { maxFileSize: 50 };
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const big = 'Magnesium influx triggers neurotransmitter release at the nerve terminal.\n';
    assert.deepEqual((await check(client, dir, big)).diagnostics, []);
    client.settings = {};
    await client.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const uri = uriOf(join(dir, 'link.md'));
    const published = client.diagnostics(uri);
    const result = await client.conn.sendRequest('mineralClaims/checkFiles', { uris: [uri] });
    assert.deepEqual(result, { checked: 1 });
    assert.ok((await published).diagnostics.some((d) => d.code === 'reversed-role'));
  });
});

describe('language server: the workspace file list of "Check All Markdown Files in Workspace"', function () {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = tempWorkspace();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'site', 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'site/\n');
    writeFileSync(join(dir, 'site', 'copy.md'), 'Magnesium influx triggers neurotransmitter release.\n');
    writeFileSync(join(dir, 'site', 'node_modules', 'pkg', 'readme.md'), 'Magnesium influx triggers neurotransmitter release.\n');
    writeFileSync(join(dir, '.mineral-claims.json'), JSON.stringify({ ignore: ['footnote.md'] }));
    client = new TestClient();
    await client.initialize(CAPS, uriOf(dir));
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the files the command line would check: no .gitignored, node_modules or config-ignored ones', async () => {
    const listed = (await client.conn.sendRequest('mineralClaims/markdownFiles', {})) as { uris: string[] };
    assert.deepEqual(listed.uris.map((u) => u.split('/').pop()).sort(), ['link.md', 'numeric.md', 'pandoc.md']);
    assert.ok(listed.uris.every((u) => u.startsWith('file://')));
    const capped = (await client.conn.sendRequest('mineralClaims/markdownFiles', { limit: 2 })) as { uris: string[] };
    assert.equal(capped.uris.length, 2);
  });
});
