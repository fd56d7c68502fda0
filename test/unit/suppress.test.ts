import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unified } from 'unified';
import { generate } from '../../bench/generate';
import { DocumentChecker } from '../../server/src/cli/document';
import { createClaimChecker, LineIndex } from '../../server/src/core';
import { BlockwiseExtractor } from '../../server/src/core/blockwise';
import { filterSuppressed, findDirectives, frontMatterDisabled, Suppression, type Directive } from '../../server/src/core/suppress';
import { runAnalysisAsync } from '../../server/src/lsp/analysis';

const f = (ruleId: string, text: string, needle: string) => ({ ruleId, start: text.indexOf(needle) });

describe('suppression comments', () => {
  const body = 'Alpha claim.\n\nBeta claim.\n\nGamma claim.\n';

  it('disable/enable regions per rule and for all rules', () => {
    const text = `Alpha claim.\n\n<!-- mineral-claims-disable uncited-claim -->\n\nBeta claim.\n\n<!-- mineral-claims-enable uncited-claim -->\n\nGamma claim.\n`;
    const all = ['Alpha', 'Beta', 'Gamma'].flatMap((w) => [f('uncited-claim', text, w), f('vague-citation', text, w)]);
    const kept = filterSuppressed(text, all).map((x) => `${x.ruleId}@${text.slice(x.start, x.start + 4)}`);
    assert.deepEqual(kept, ['uncited-claim@Alph', 'vague-citation@Alph', 'vague-citation@Beta', 'uncited-claim@Gamm', 'vague-citation@Gamm']);
    const off = `<!-- mineral-claims-disable -->\n\n${body}<!-- mineral-claims-enable vague-citation -->\n\nDelta claim.\n`;
    const kept2 = filterSuppressed(off, [f('uncited-claim', off, 'Beta'), f('uncited-claim', off, 'Delta'), f('vague-citation', off, 'Delta')]);
    assert.deepEqual(kept2.map((x) => x.ruleId), ['vague-citation']);
  });

  it('disable-next-line covers only the next line, with or without rule ids', () => {
    const text = `<!-- mineral-claims-disable-next-line reversed-role, uncited-claim -->\nAlpha claim.\nBeta claim.\n<!-- mineral-claims-disable-next-line -->\nGamma claim.\n`;
    const all = [f('reversed-role', text, 'Alpha'), f('vague-citation', text, 'Alpha'), f('reversed-role', text, 'Beta'), f('vague-citation', text, 'Gamma')];
    assert.deepEqual(filterSuppressed(text, all).map((x) => `${x.ruleId}@${text.slice(x.start, x.start + 4)}`), ['vague-citation@Alph', 'reversed-role@Beta']);
  });

  it('front matter disables rules for the file; directives in code are text', () => {
    const fm = `---\nmineral-claims:\n  disable: [uncited-claim]\n---\n${body}`;
    assert.deepEqual(filterSuppressed(fm, [f('uncited-claim', fm, 'Beta'), f('vague-citation', fm, 'Beta')]).map((x) => x.ruleId), ['vague-citation']);
    const code = '```\n<!-- mineral-claims-disable -->\n```\n\nAlpha `<!-- mineral-claims-disable -->` claim.\n';
    assert.deepEqual(findDirectives(code), []);
    assert.equal(filterSuppressed(code, [f('uncited-claim', code, 'Alpha')]).length, 1);
    const bad = `---\nmineral-claims: [unclosed\n---\n${body}`;
    assert.equal(filterSuppressed(bad, [f('uncited-claim', bad, 'Beta')]).length, 1);
  });
});

/** The semantics of suppression comments as first written (a linear replay over line numbers): the reference for `Suppression`. */
function referenceFilter(text: string, directives: Directive[], findings: { ruleId: string; start: number }[], fileOff: string[]): { ruleId: string; start: number }[] {
  const lines = new LineIndex(text);
  const nextLine = directives.filter((d) => d.kind === 'disable-next-line').map((d) => ({ line: lines.positionAt(d.end).line + 1, rules: d.rules }));
  const regions = directives.filter((d) => d.kind !== 'disable-next-line');
  return findings.filter((f) => {
    if (fileOff.includes('*') || fileOff.includes(f.ruleId)) return false;
    const line = lines.positionAt(f.start).line;
    if (nextLine.some((d) => d.line === line && (!d.rules.length || d.rules.includes(f.ruleId)))) return false;
    let all = false;
    const off = new Set<string>();
    const except = new Set<string>();
    for (const d of regions) {
      if (d.end > f.start) break;
      if (d.kind === 'disable') {
        if (!d.rules.length) {
          all = true;
          except.clear();
        }
        for (const r of d.rules) {
          off.add(r);
          except.delete(r);
        }
      } else {
        if (!d.rules.length) {
          all = false;
          off.clear();
          except.clear();
        }
        for (const r of d.rules) {
          off.delete(r);
          if (all) except.add(r);
        }
      }
    }
    return !((all && !except.has(f.ruleId)) || off.has(f.ruleId));
  });
}

describe('suppression from block-wise parsing (property)', () => {
  const RULES = ['uncited-claim', 'vague-citation', 'reversed-role'];
  const directive = fc.tuple(fc.constantFrom('disable', 'enable', 'disable-next-line'), fc.subarray(RULES, { maxLength: 2 })).map(([kind, rules]) => `<!-- mineral-claims-${kind} ${rules.join(', ')} -->`);
  const piece = fc.oneof(
    directive,
    fc.constantFrom('Calcium claim one.', 'Magnesium claim two 🧠.', '- item', '> quoted', '# Heading', '```\n<!-- mineral-claims-disable -->\n```', 'text `<!-- mineral-claims-disable -->`', ''),
  );
  const doc = fc
    .tuple(fc.constantFrom('', '\ufeff', '---\nmineral-claims:\n  disable: [vague-citation]\n---\n'), fc.array(fc.tuple(piece, fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\r', '\r\n\r\n')), { minLength: 1, maxLength: 12 }))
    .map(([head, parts]) => head + parts.map(([p, sep]) => p + sep).join(''));

  it('turns off exactly what the reference semantics over a parse of the whole document turns off', () => {
    let removed = 0;
    fc.assert(
      fc.property(doc, fc.array(fc.tuple(fc.constantFrom(...RULES), fc.integer({ min: -2, max: 400 })), { maxLength: 30 }), (text, raw) => {
        const findings = raw.map(([ruleId, start]) => ({ ruleId, start })).sort((a, b) => a.start - b.start);
        // Directives from the blocks as the checker parses them, in document offsets.
        const directives = new BlockwiseExtractor().blocks(text).flatMap((b) => (b.result.directives ?? []).map((d) => ({ ...d, start: d.start + b.start, end: d.end + b.start })));
        assert.deepEqual(directives, findDirectives(text), JSON.stringify(text));
        const expected = referenceFilter(text, findDirectives(text), findings, frontMatterDisabled(text));
        assert.deepEqual(new Suppression(text, directives).filter(findings), expected, JSON.stringify(text));
        // Out of document order too (each finding judged on its own).
        assert.deepEqual(new Suppression(text, directives).filter([...findings].reverse()), [...expected].reverse(), JSON.stringify(text));
        removed += findings.length - expected.length;
      }),
      { seed: 20261208, numRuns: 400 },
    );
    assert.ok(removed > 200, `only ${removed} findings turned off`);
  });
});

describe('suppression comments cost no parse of the whole document', function () {
  this.timeout(120_000);
  // Every remark parse (block-wise parsing and any whole-document parse) goes through unified's Processor.parse.
  const proto = Object.getPrototypeOf(unified()) as { parse: (this: unknown, file?: unknown) => unknown };
  const parse = proto.parse;
  let parsed: number[] = [];
  before(() => {
    proto.parse = function (this: unknown, file?: unknown) {
      parsed.push(String(file ?? '').length);
      return parse.call(this, file);
    };
  });
  after(() => {
    proto.parse = parse;
  });

  const base = generate('mixed', 200_000);
  const withComments = base
    .split('\n\n')
    .map((b, i) => (i % 40 === 5 ? `<!-- mineral-claims-disable-next-line -->\n${b}` : i % 40 === 20 ? `${b}\n\n<!-- mineral-claims-disable uncited-claim -->` : i % 40 === 30 ? `${b}\n\n<!-- mineral-claims-enable -->` : b))
    .join('\n\n');

  it('on a keystroke in the server: only the blocks near the edit are parsed', async () => {
    const checker = createClaimChecker();
    const bibliography = { files: [] };
    const first = await runAnalysisAsync(withComments, checker, bibliography, () => false);
    const at = withComments.indexOf('magnesium', withComments.length / 2);
    const edited = `${withComments.slice(0, at)}x${withComments.slice(at)}`;
    parsed = [];
    const second = await runAnalysisAsync(edited, checker, bibliography, () => false, { base: withComments, prefix: at, suffix: withComments.length - at });
    const total = parsed.reduce((a, b) => a + b, 0);
    assert.ok(total < 5_000, `parsed ${total} characters in ${parsed.length} calls for one keystroke`);
    // The comments did take effect.
    assert.ok(first.findings.length < checker.analyze(withComments.replace(/mineral-claims-/g, 'mineral-claimz-')).findings.length);
    assert.ok(second.findings.length > 0);
  });

  it('in a command-line check: no parse of the whole document', () => {
    parsed = [];
    const findings = new DocumentChecker(() => undefined).check(withComments, '/tmp/doc.md', createClaimChecker({ oneShot: true }));
    assert.ok(findings.length > 0);
    assert.ok(parsed.length > 1 && Math.max(...parsed) < 20_000, `largest parse ${Math.max(...parsed)} characters of ${withComments.length}`);
  });
});
