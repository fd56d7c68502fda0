import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { AnalysisCancelled, DocumentAnalyzer, findingOrigin } from '../../server/src/core/incremental';

const CLAIM = 'Magnesium influx triggers neurotransmitter release at the nerve terminal.';
const doc = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `${CLAIM}` : `Section ${i} explains the build step.`)).join('\n\n');

describe('incremental analysis', () => {
  it('after an edit, equals a fresh whole-document check, with findings after the edit shifted', () => {
    const checker = createClaimChecker();
    const whole = createClaimChecker({ wholeDocument: true });
    let text = doc(30);
    const before = checker.check(text);
    text = `Intro 😀 Ca²⁺.\r\n\r\n${text}`;
    const after = checker.check(text);
    assert.deepEqual(after, whole.check(text));
    const shift = 'Intro 😀 Ca²⁺.\r\n\r\n'.length;
    assert.deepEqual(
      after.filter((f) => f.start >= shift).map((f) => [f.ruleId, f.start - shift, f.end - shift]),
      before.map((f) => [f.ruleId, f.start, f.end]),
    );
    for (const f of after) assert.equal(text.slice(f.start, f.end).length > 0, true);
  });

  it('re-analyses only the windows an edit touched', () => {
    const seen: number[] = [];
    const analyzer = new DocumentAnalyzer({
      analyzeSegments: (segments, count) => {
        seen.push(count);
        return { findings: [], sentences: [] };
      },
      definitions: () => new Map(),
    });
    const blocks = Array.from({ length: 40 }, (_, i) => `Block ${i} text.`);
    analyzer.analyze(blocks.join('\n\n'));
    assert.equal(analyzer.lastAnalysed, 40);
    blocks[10] = 'Block ten, edited.';
    analyzer.analyze(blocks.join('\n\n'));
    // The edited block, and the next one (its "previous sentence" input is new).
    assert.ok(analyzer.lastAnalysed >= 1 && analyzer.lastAnalysed <= 2, String(analyzer.lastAnalysed));
  });

  it('moves reused findings forth and back (only one copy kept) and still equals a fresh check', () => {
    const checker = createClaimChecker();
    const whole = createClaimChecker({ wholeDocument: true });
    const body = doc(12);
    for (const prefix of ['', 'Intro.\n\n', 'A much longer introduction 😀.\n\n', '', 'Intro.\n\n']) {
      const text = prefix + body;
      assert.deepEqual(checker.check(text), whole.check(text), JSON.stringify(prefix));
    }
  });

  it('bounds its block cache by text size, but never evicts the blocks of the document being checked', () => {
    const seen: string[] = [];
    const analyzer = new DocumentAnalyzer(
      {
        analyzeSegments: (segments, count) => {
          seen.push(segments.slice(0, count).map((s) => s.text).join('|'));
          return { findings: [], sentences: [] };
        },
        definitions: () => new Map(),
      },
      { maxCachedChars: 200, maxWindows: 5 },
    );
    const a = Array.from({ length: 60 }, (_, i) => `Block a${i} text.`).join('\n\n');
    const b = Array.from({ length: 10 }, (_, i) => `Block b${i} text.`).join('\n\n');
    analyzer.analyze(a);
    analyzer.analyze(a);
    assert.equal(analyzer.lastParsed, 0, 'a document larger than the bound keeps its own blocks');
    assert.equal(analyzer.lastAnalysed, 0, 'and its own windows');
    analyzer.analyze(b);
    analyzer.analyze(a);
    assert.ok(analyzer.lastParsed > 0, 'blocks of the other document were evicted');
    assert.ok(seen.some((t) => t.startsWith('Block a')));
  });

  it('analyzeAsync yields to the event loop and is cancelled by a newer request', async () => {
    // A pipeline that takes 2 ms per block, so that the analysis of 200 blocks outlasts the cancellation at 30 ms
    // whatever the speed of the checker.
    const analyzer = new DocumentAnalyzer({
      analyzeSegments: () => {
        const until = performance.now() + 2;
        while (performance.now() < until);
        return { findings: [], sentences: [] };
      },
      definitions: () => new Map(),
    });
    const text = Array.from({ length: 200 }, (_, i) => `Block ${i} text.`).join('\n\n');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let stale = false;
    const run = analyzer.analyzeAsync(text, () => stale);
    setTimeout(() => (stale = true), 30);
    await assert.rejects(run, AnalysisCancelled);
    clearInterval(timer);
    assert.ok(ticks > 0, 'timers ran while the analysis was under way');
    assert.ok(analyzer.lastAnalysed < 200, 'the rest of the analysis was not done');
    // Not cancelled: the same findings as the synchronous check.
    const checker = createClaimChecker();
    const full = await checker.analyzeAsync(doc(300));
    assert.deepEqual(full.findings, createClaimChecker().check(doc(300)));
  });
  it('moved findings know the finding they were first made as, invisibly to JSON, equality and spread copies', () => {
    const checker = createClaimChecker();
    // (A block at the very start is parsed in another context, front matter: start with a heading.)
    const body = `# Title\n\n${doc(6)}`;
    const first = checker.check(body);
    assert.ok(first.length > 0);
    // Findings are made in block offsets and moved to their block: every copy points at the first-made finding,
    // never at the copy before it.
    const origins = first.map(findingOrigin);
    for (const o of origins) assert.equal(findingOrigin(o), o);
    // Headings: the first block's window (which reads the prose before it) stays the same.
    for (const prefix of ['# Intro\n\n', '# A longer intro 😀\n\n']) {
      const moved = checker.check(prefix + body);
      assert.equal(moved.length, first.length);
      // Windows an edit did not touch are reused: their findings are copies of the same first-made findings.
      assert.ok(moved.filter((g, i) => findingOrigin(g) === origins[i]).length >= moved.length - 1);
      moved.forEach((g, i) => {
        assert.notEqual(g, first[i]);
        assert.equal(findingOrigin(findingOrigin(g)), findingOrigin(g), 'an origin is never a copy');
        assert.equal(g.start, first[i].start + prefix.length);
        assert.deepEqual(Object.keys(g), Object.keys(first[i]));
        assert.ok(Object.getOwnPropertySymbols(g).every((k) => !Object.getOwnPropertyDescriptor(g, k)!.enumerable), 'no enumerable extra key');
        const spread = { ...g, message: 'changed' };
        assert.equal(findingOrigin(spread), spread, 'a spread copy is its own origin');
      });
    }
  });
  it('reuses the blocks before an edit only while no window over them reads the edited block (look-ahead into a list, or to the end)', () => {
    const checker = createClaimChecker();
    const whole = createClaimChecker({ wholeDocument: true });
    // (A comment between them keeps the sentence and the list in blocks of their own.)
    const versions = [
      'Intro.\n\nPatients with hypercalcaemia typically develop\n\n<!-- note -->\n\n- weakness\n- constipation\n\nOther text.',
      // The list the unfinished sentence continues into changes: its window must be analysed again.
      'Intro.\n\nPatients with hypercalcaemia typically develop\n\n<!-- note -->\n\n- tetany\n- constipation\n\nOther text.',
      'Intro.\n\nPatients with hypercalcaemia typically develop\n\n<!-- note -->\n\n- weakness\n- constipation\n\nOther text.',
      // The document ends after the sentence, then a list is added after it.
      'Intro.\n\nPatients with hypercalcaemia typically develop\n\n<!-- note -->\n\n',
      'Intro.\n\nPatients with hypercalcaemia typically develop\n\n<!-- note -->\n\n- tetany',
      'Intro.\n\nPatients with hypercalcaemia typically develop\n\n<!-- note -->\n\n- tetany\n\nMore text after it.',
    ];
    for (const text of versions) assert.deepEqual(checker.check(text), whole.check(text), JSON.stringify(text));
    assert.ok(whole.check(versions[1]).some((f) => f.ruleId === 'contradicted-claim'));
    assert.ok(whole.check(versions[4]).some((f) => f.ruleId === 'contradicted-claim'));
  });

  it('an edit after a block keeps its sentences (moved once when first read, then the same objects)', () => {
    const checker = createClaimChecker();
    const tail = doc(9);
    checker.analyze(`# T\n\n${CLAIM}\n\n${tail}`);
    // The claim's block moves (a longer title), and its sentences are read there.
    const moved = checker.analyze(`# Title\n\n${CLAIM}\n\n${tail}`).sentences.find((s) => s.text === CLAIM)!;
    assert.equal(moved.source.start, '# Title\n\n'.length);
    // An edit at the end: the claim's block is as before, and so are its sentence objects.
    const again = checker.analyze(`# Title\n\n${CLAIM}\n\n${tail} More.`).sentences.find((s) => s.text === CLAIM)!;
    assert.equal(again, moved);
  });
});
