/**
 * Writes the tables of the docs from the eval and bench outputs:
 *
 *     npm run docs:tables            # eval tables (runs the CLI on every corpus of the manifest that is present)
 *     npm run docs:tables -- --bench # also the speed tables, from bench/results/latest.json (run `npm run bench` first)
 *
 * Tables sit between `<!-- tables:<name>:start -->` and `<!-- tables:<name>:end -->` in README.md,
 * docs/evaluation.md and docs/performance.md; the text around them is left alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusDir, corpusPresent, loadManifest } from './corpora';
import { evaluateCorpus, FINDING_KINDS, markdownTable, type EvalResult } from './eval';

const ROOT = resolve(__dirname, '..');
const pct = (x: number): string => (x * 100).toFixed(1);

/** Replace the block `name` of a file; false when the file has no such block. */
export function replaceBlock(text: string, name: string, body: string): string | undefined {
  const re = new RegExp(`(<!-- tables:${name}:start -->\\n)[\\s\\S]*?(<!-- tables:${name}:end -->)`);
  return re.test(text) ? text.replace(re, (_m, a: string, b: string) => `${a}${body.trimEnd()}\n${b}`) : undefined;
}

function write(file: string, blocks: Record<string, string>): void {
  const path = join(ROOT, file);
  let text = readFileSync(path, 'utf8');
  for (const [name, body] of Object.entries(blocks)) {
    const next = replaceBlock(text, name, body);
    if (next === undefined) throw new Error(`${file} has no tables:${name} block`);
    text = next;
  }
  writeFileSync(path, text);
}

/** The README's short quality table: one row per corpus. */
export function qualityTable(results: { name: string; status: string; r: EvalResult }[]): string {
  const rows = [
    '| corpus | status | error findings: precision / recall | false errors | `vague-citation` F1 | `uncited-claim` F1 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, status, r } of results) {
    const e = r.errors;
    rows.push(`| ${name} | ${status} | ${pct(e.precision)} % / ${pct(e.recall)} % | ${e.fp} | ${r.scores['vague-citation'].f1.toFixed(2)} | ${r.scores['uncited-claim'].f1.toFixed(2)} |`);
  }
  return rows.join('\n');
}

function evalTables(date: string): void {
  const results = loadManifest()
    .filter((c) => corpusPresent(c))
    .map((c) => ({ name: c.name, status: c.status, r: evaluateCorpus(corpusDir(c)) }));
  const detail = results.map(({ name, status, r }) => `### ${name} (${status})\n\n${markdownTable(r)}`).join('\n\n');
  const note = `Scored ${date} with \`npm run docs:tables\` (kinds: ${FINDING_KINDS.map((k) => `\`${k}\``).join(', ')}; a kind a corpus does not label scores 0 labels).`;
  write('docs/evaluation.md', { eval: `${note}\n\n${detail}` });
  write('README.md', { quality: `${qualityTable(results)}\n\nScored ${date}; every kind and corpus: [docs/evaluation.md](docs/evaluation.md).` });
}

function benchTables(): void {
  const path = join(ROOT, 'bench', 'results', 'latest.json');
  if (!existsSync(path)) throw new Error('no bench/results/latest.json: run `npm run bench` first');
  const b = JSON.parse(readFileSync(path, 'utf8'));
  const n = (x: number | undefined, d = 0) => (x === undefined || x === null ? 'n/a' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
  const rows = [
    '| input | size | findings | check (ms CPU) | bare remark-parse (ms CPU) | ratio | re-check p50 / p95 (ms) | peak RSS (MB) | one-shot check (ms CPU) | one-shot peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...b.rows.map((r: Record<string, number & string>) => `| ${r.kind} | ${r.size} | ${n(r.findings)} | ${n(r.checkMs)} | ${n(r.bareMs)}${r.bareNote === 'extrapolated' ? ' (extrapolated)' : ''} | ${n(r.ratio, 2)}× | ${n(r.editP50, 1)} / ${n(r.editP95, 1)} | ${n(r.maxRssMB)} | ${n(r.onceMs)} | ${n(r.onceRssMB)} |`),
  ];
  const s = b.server;
  const machine = `${b.machine.cpu}, ${b.machine.cores} cores, Node ${b.machine.node}, ${b.date.slice(0, 10)}`;
  write('docs/performance.md', { bench: `${machine}\n\n${rows.join('\n')}` });
  const mixed1m = b.rows.find((r: Record<string, string>) => r.size === '1m' && r.kind === 'mixed');
  // Real prose (bench/inputs.ts), when the bench had the shared corpus: p50 at 100 KB / 1 MB, without and with suppression comments.
  const keystrokes: Record<string, number | string>[] = s.keystrokes ?? [];
  const real = (input: string) => {
    const at = (bytes: number) => keystrokes.find((k) => k.input === input && Math.abs((k.bytes as number) - bytes) < bytes / 10);
    const [small, large] = [at(100_000), at(1_000_000)];
    return small && large ? `${n(small.p50 as number, 1)} / ${n(large.p50 as number, 1)} ms` : undefined;
  };
  const realRows = ['real', 'real+comments'].flatMap((input) => {
    const v = real(input);
    return v ? [`| keystroke → diagnostics, real prose${input === 'real' ? '' : ' with suppression comments'}, 100 KB / 1 MB (p50) | ${v} |`] : [];
  });
  write('README.md', {
    speed: [
      '| measure | result |',
      '| --- | ---: |',
      `| keystroke → diagnostics, 1 MB document (p50 / p95) | ${n(s.keystrokeP50, 1)} / ${n(s.keystrokeP95, 1)} ms |`,
      ...realRows,
      `| server start → first diagnostics, 100 KB | ${n(s.firstDiagnosticsMs)} ms |`,
      `| check of a 1 MB document (CPU) | ${mixed1m ? `${n(mixed1m.checkMs)} ms` : 'n/a'} |`,
      `| idle server memory | ${n(s.idleRssMB)} MB |`,
      '',
      `Measured with \`npm run bench\` (${machine}${b.load ? `, load average ${n(b.load.before, 1)}–${n(b.load.after, 1)}` : ''}); method and every size: [docs/performance.md](docs/performance.md).`,
    ].join('\n'),
  });
}

if (require.main === module) {
  const date = new Date().toISOString().slice(0, 10);
  evalTables(date);
  if (process.argv.includes('--bench')) benchTables();
  process.stdout.write('tables written\n');
}
