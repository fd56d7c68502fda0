/**
 * No catastrophic backtracking: every regular expression of the project is checked with recheck
 * (a ReDoS analyser). Sources: regex literals and `new RegExp("literal")` in server/src and
 * client/src (found with the TypeScript parser), plus every pattern the core compiles at run time
 * from the fact base and configuration (recorded by wrapping the RegExp constructor while a
 * checker is created and run).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { alternation } from '../../server/src/core/language/phrases';
import { ROOT } from '../helpers/paths';
import { projectSources } from '../helpers/sources';
import { dataTemplates, WORD_FILES } from '../helpers/language-data';


/**
 * recheck verdicts by pattern ("flags/source"), and the polynomial (quadratic-type) patterns known
 * when this test was written: debt to pay off by making them linear, listed so that any new one fails. `UPDATE_REDOS=1 npm run test:unit` rewrites the verdicts.
 */
const VERDICTS = join(ROOT, 'test', 'fixtures', 'adversarial', 'redos-verdicts.json');

interface VerdictFile {
  knownPolynomial: string[];
  verdicts: Record<string, string>;
}

function readVerdicts(): VerdictFile {
  return existsSync(VERDICTS) ? (JSON.parse(readFileSync(VERDICTS, 'utf8')) as VerdictFile) : { knownPolynomial: [], verdicts: {} };
}

const key = (p: { source: string; flags: string }) => `${p.flags}/${p.source}`;

interface Pattern {
  source: string;
  flags: string;
  where: string;
}


/** Regex literals and `new RegExp` / `RegExp` calls with literal arguments in a source file. */
function literalPatterns(file: string): Pattern[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: Pattern[] = [];
  const where = (n: ts.Node) => `${file.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const literal = (n: ts.Node | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      const slash = text.lastIndexOf('/');
      out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(n) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const source = literal(n.arguments?.[0]);
      if (source !== undefined) out.push({ source, flags: literal(n.arguments?.[1]) ?? '', where: where(n) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Patterns compiled at run time while a checker with extra vague phrases is created and checks a document. */
function runtimePatterns(): Pattern[] {
  const seen: Pattern[] = [];
  const Original = RegExp;
  const Recording = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      seen.push({ source: re.source, flags: re.flags, where: 'compiled at run time' });
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = target(...args);
      seen.push({ source: re.source, flags: re.flags, where: 'compiled at run time' });
      return re;
    },
  });
  // Load the core afresh so that module-level patterns are compiled while recording.
  for (const k of Object.keys(require.cache)) if (k.includes(`${join('server', 'src')}`)) delete require.cache[k];
  globalThis.RegExp = Recording;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require('../../server/src/core') as typeof import('../../server/src/core');
    const checker = core.createClaimChecker({ config: { vaguePhrases: ['some say', 'a.b (c)', 'x+ y*'] } });
    checker.check('---\ntitle: t\n---\n# Calcium\n\nMagnesium influx triggers neurotransmitter release [@a; @b]. Studies show hypocalcaemia causes tetany (Smith et al., 2001) [1] [^1] doi:10.1/x PMID: 123456.\n\n[^1]: PubMed\n');
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
}

describe('reliability: no catastrophic backtracking (recheck)', function () {
  this.timeout(120_000);

  it('finds the project\'s patterns (the extraction works)', () => {
    const lits = projectSources().flatMap(literalPatterns);
    assert.ok(lits.length > 50, `only ${lits.length} regex literals found`);
    assert.ok(lits.some((p) => p.where.startsWith(join('server', 'src', 'core', 'citations.ts'))));
    const rt = runtimePatterns();
    assert.ok(rt.some((p) => p.source.includes('some\\s+say')), 'the configured vague phrases were not seen compiled');
    // The lexicon's word lists are factored into a trie (lexicon.ts wordAlternation): look for a pattern that matches a condition word.
    assert.ok(rt.some((p) => p.source.includes('hyp') && new RegExp(p.source, p.flags.replace(/[gy]/g, '')).test('hypocalcaemia')), 'the lexicon patterns were not seen compiled');
    // The relation words of server/language/relations.json (claims.ts verbMatches), also factored into tries.
    assert.ok(rt.some((p) => new RegExp(`^(?:${p.source})$`, p.flags.replace(/[gy]/g, '')).test('is characterised by')), 'the relation-word patterns were not seen compiled');
    // Every phrase template of the word data (server/language) is part of a pattern compiled at run time, so all are checked.
    for (const name of WORD_FILES) {
      const unseen = dataTemplates(name).filter((t) => !rt.some((p) => p.source.includes(alternation([t]).slice(3, -1))));
      assert.deepEqual(unseen, [], `templates of ${name}.json not seen compiled`);
    }
  });

  it('no pattern is exponential, and no polynomial one beyond the reviewed list', () => {
    const all = [
      ...projectSources().flatMap(literalPatterns),
      ...runtimePatterns(),
    ];
    const unique = new Map<string, Pattern>();
    for (const p of all) if (!unique.has(key(p))) unique.set(key(p), p);
    const file = readVerdicts();
    const problems: string[] = [];
    let checked = 0;
    for (const [k, p] of unique) {
      // recheck takes ~0.4 s a pattern: verdicts of unchanged patterns are kept in the verdict file.
      let v = file.verdicts[k];
      if (!v) {
        checked++;
        const r = checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
        v = r.status === 'vulnerable' ? `${r.complexity.type}: ${r.attack.pattern.slice(0, 80)}` : r.status;
        file.verdicts[k] = v;
      }
      if (v.startsWith('exponential')) problems.push(`${p.where}: /${p.source.slice(0, 160)}/${p.flags} is ${v}`);
      else if (v.startsWith('polynomial') && !file.knownPolynomial.includes(k)) problems.push(`${p.where}: /${p.source.slice(0, 160)}/${p.flags} is ${v} (make it linear, or list it in knownPolynomial with a reason)`);
    }
    if (process.env.UPDATE_REDOS === '1') {
      file.verdicts = Object.fromEntries([...unique.keys()].sort().map((k) => [k, file.verdicts[k]]));
      writeFileSync(VERDICTS, JSON.stringify(file, null, 2) + '\n');
    }
    assert.deepEqual(problems, [], `${problems.length} of ${unique.size} patterns (${checked} newly checked) can backtrack catastrophically:\n${problems.join('\n')}`);
  });
});
