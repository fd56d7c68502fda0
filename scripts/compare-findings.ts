/**
 * Snapshots what the engine reads and reports on every corpus, to show that a refactoring changes nothing:
 *
 *     npm run compare -- snapshot before.json      # on the old code
 *     npm run compare -- snapshot after.json       # on the new code
 *     npm run compare -- diff before.json after.json
 *     npm run compare -- check before.json         # snapshot now and diff against before.json
 *
 * For each Markdown document of the corpora (every corpus of test/corpora/manifest.json that is present, examples/,
 * and, when present, the seed article) plus generated benchmark text,
 * the snapshot holds: the CLI's JSON findings (`check --format json`), and from the core every finding
 * with its data and every analysed sentence with its claims (subject, relation, verb, object, target,
 * direction, negation, hedging), so a change in a claim that no rule reports still shows.
 * The snapshot holds no passage text (only offsets and the words a claim was read from), but keep
 * snapshots out of the repository all the same: write them to a temporary folder.
 * `diff` exits 1 and lists the first differences when the snapshots differ.
 * In a worktree (/work/wt/<name>), ../shared is not next to the repository: set MINERAL_CLAIMS_REALWORLD_DEV to the
 * realworld-dev folder (the manifest reads it); the seed article is also looked for in ../../shared, or set
 * MINERAL_CLAIMS_SEED_ARTICLE. Compare snapshots taken from the same place (document names are relative paths).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generate } from '../bench/generate';
import { createClaimChecker } from '../server/src/core';
import { corpusDir, loadManifest } from './corpora';

const ROOT = resolve(__dirname, '..');
/** The seed article: MINERAL_CLAIMS_SEED_ARTICLE, else ../shared next to the repository (or next to the folder of worktrees). */
const SEED = process.env.MINERAL_CLAIMS_SEED_ARTICLE ?? [resolve(ROOT, '../shared/reference/seed-article.md'), resolve(ROOT, '../../shared/reference/seed-article.md')].find(existsSync) ?? resolve(ROOT, '../shared/reference/seed-article.md');

/** The corpora: folders searched for Markdown, and single files. */
function corpusFiles(): string[] {
  const roots = [...loadManifest().map((c) => corpusDir(c)), join(ROOT, 'examples'), SEED];
  const out: string[] = [];
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
    else if (/\.(?:md|markdown|qmd|rmd)$/i.test(p)) out.push(p);
  };
  for (const r of roots) walk(r);
  return out;
}

type Snapshot = Record<string, unknown>;

function snapshot(): Snapshot {
  const files = corpusFiles();
  const checker = createClaimChecker({ wholeDocument: true });
  const out: Snapshot = {};
  const docs: [string, string][] = files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]);
  for (const kind of ['mixed', 'prose'] as const) docs.push([`(generated ${kind} 200 KB)`, generate(kind, 200_000)]);
  for (const [name, text] of docs) {
    const analysis = checker.analyze(text);
    out[name] = {
      findings: analysis.findings,
      sentences: analysis.sentences.map((s) => ({
        at: [s.source.start, s.source.end],
        factual: s.factual,
        checkable: s.checkable,
        cited: s.cited,
        claims: s.claims.map((c) => ({
          subject: [c.subject.mineral, c.subject.level ?? null, c.subject.start, c.subject.end],
          relation: c.relation,
          verb: [c.verb.text, c.verb.start, c.verb.end],
          object: [c.object.target, c.object.start, c.object.end, c.object.implied ?? null],
          target: c.target,
          direction: c.direction,
          negated: c.negated,
          hedged: c.hedged,
          weak: c.weak ?? false,
          treatment: c.treatment ?? null,
        })),
      })),
    };
  }
  // The command line's JSON over every corpus file at once (the CLI from source, so no build is needed).
  const cli = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'server/src/cli/main.ts'), 'check', '--format', 'json', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`the CLI failed (exit ${cli.status}): ${cli.stderr}`);
  out['(cli json)'] = JSON.parse(cli.stdout);
  return out;
}

/** The paths where two JSON values differ, at most `max`. */
function differences(a: unknown, b: unknown, path: string, out: string[], max = 20): void {
  if (out.length >= max) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`, out, max);
    return;
  }
  out.push(`${path}: ${JSON.stringify(a)?.slice(0, 200)} → ${JSON.stringify(b)?.slice(0, 200)}`);
}

function diff(before: Snapshot, after: Snapshot): number {
  const out: string[] = [];
  differences(before, after, '', out);
  if (!out.length) {
    console.log(`identical: ${Object.keys(after).length} documents`);
    return 0;
  }
  console.log(`DIFFERENT (first ${out.length}):\n${out.join('\n')}`);
  return 1;
}

const read = (f: string): Snapshot => JSON.parse(readFileSync(f, 'utf8')) as Snapshot;
const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'snapshot' && a) {
  const s = snapshot();
  writeFileSync(a, JSON.stringify(s));
  console.log(`wrote ${a}: ${Object.keys(s).length} documents`);
} else if (cmd === 'diff' && a && b) process.exitCode = diff(read(a), read(b));
else if (cmd === 'check' && a) process.exitCode = diff(read(a), snapshot());
else {
  console.error('usage: compare-findings snapshot <out.json> | diff <before.json> <after.json> | check <before.json>');
  process.exitCode = 2;
}
