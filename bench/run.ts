/**
 * `npm run bench [-- --sizes 100k,1m,10m] [-- --ci] [-- --bare-10m] [-- --no-vsix] [-- --server-only [--server <server.js>] [--plain]]`
 *
 * Builds the server, bundles the measurement scripts, runs each measurement in its own child
 * process (peak RSS per size and mode), prints a table and writes bench/results/<time>.json and
 * bench/results/latest.json. `--ci` runs only the smallest input (to keep the benchmark working).
 * Inputs (inputs.ts): generated `mixed` and `prose`, and `real` prose from the shared corpus when its
 * folder is there, each also `+comments` (with suppression comments). `--server-only` measures only
 * the language server (`--server`: another build of it, e.g. to compare before and after; `--plain`: without
 * the texts with comments).
 * Times of the core are CPU times of the measuring process (steadier than wall time on a busy
 * machine); server latencies are wall times.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sharedDir } from './inputs';

const args = process.argv.slice(2);
const ci = args.includes('--ci');
const SIZES: Record<string, number> = { '100k': 100_000, '1m': 1_000_000, '10m': 10_000_000 };
const sizeArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : ci ? '100k' : '100k,1m,10m';
const sizes = sizeArg.split(',').map((s) => s.trim().toLowerCase());
for (const s of sizes) if (!SIZES[s]) throw new Error(`unknown size ${s}: use 100k, 1m or 10m`);
const bare10m = args.includes('--bare-10m');
const serverOnly = args.includes('--server-only');
const root = join(__dirname, '..');
const out = join(root, 'bench', 'results');
const buildDir = join(out, '.build');

function json(script: string, ...argv: string[]): Record<string, number> {
  // A one-shot check runs with Node's default heap settings, as the command line does.
  const flags = argv[0] === 'once' ? [] : ['--max-old-space-size=4096'];
  const text = execFileSync(process.execPath, [...flags, join(buildDir, script), ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(text.trim().split('\n').pop()!) as Record<string, number>;
}

const fmt = (x: number | undefined, digits = 0): string => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));

/** The measurement with the median `key` of several. */
function median(xs: Record<string, number>[], key: string): Record<string, number> {
  return [...xs].sort((a, b) => a[key] - b[key])[Math.floor(xs.length / 2)];
}

async function main(): Promise<void> {
  mkdirSync(buildDir, { recursive: true });
  execSync('node scripts/build.mjs', { cwd: root, stdio: 'inherit' });
  await build({
    entryPoints: { measure: join(root, 'bench/measure.ts'), server: join(root, 'bench/server.ts') },
    outdir: buildDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });

  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}` };
  // The machine may be shared: its load average (1 min) before and after the run goes with every number.
  const loadBefore = loadavg()[0];
  const shared = sharedDir();
  if (shared.dir) process.env.MINERAL_CLAIMS_SHARED = shared.dir;
  else process.stderr.write(`bench: real-prose inputs left out: ${shared.why}\n`);
  const kinds = ['mixed', 'prose', ...(shared.dir ? ['real'] : [])];
  const rows: Record<string, unknown>[] = [];
  let bare1m: number | undefined;
  let bare100k: number | undefined;
  for (const size of serverOnly ? [] : sizes) {
    for (const base of kinds) {
      // One-shot checks of the input with and without suppression comments, interleaved (3 times each up to 1 MB; the median counts).
      const repeats = size === '10m' || ci ? 1 : 3;
      const once: Record<string, Record<string, number>[]> = { [base]: [], [`${base}+comments`]: [] };
      for (let i = 0; i < repeats; i++) for (const kind of Object.keys(once)) once[kind].push(json('measure.js', 'once', kind, String(SIZES[size])));
      for (const kind of Object.keys(once)) {
        process.stderr.write(`bench: ${kind} ${size} …\n`);
        const check = { ...json('measure.js', 'check', kind, String(SIZES[size])), ...median(once[kind], 'onceMs') };
        if (check.onceFindings !== check.findings) throw new Error(`one-shot check found ${check.onceFindings} findings, the caching check ${check.findings}`);
        let bareMs: number | undefined;
        let bareNote = 'measured';
        // Suppression comments hardly change parsing: the ratio of a `+comments` input is to the bare parse of its input without them.
        if (kind !== base) bareMs = rows.find((r) => r.size === size && r.kind === base)?.bareMs as number | undefined;
        else if (size !== '10m' || bare10m) bareMs = json('measure.js', 'bare', kind, String(SIZES[size])).bareMs;
        if (size === '1m' && kind === 'mixed') bare1m = bareMs;
        if (size === '100k' && kind === 'mixed') bare100k = bareMs;
        if (bareMs === undefined && bare1m !== undefined && bare100k !== undefined) {
          // Extrapolated with the growth from 100 KB to 1 MB (bare parsing is superlinear, so this is low).
          bareMs = bare1m * (bare1m / bare100k);
          bareNote = 'extrapolated';
        } else if (bareMs === undefined) bareNote = 'not measured';
        rows.push({ size, kind, ...check, bareMs, bareNote, ratio: bareMs ? check.checkMs / bareMs : undefined });
        }
    }
  }
  const check1m = rows.find((r) => r.size === '1m' && r.kind === 'mixed')?.checkMs as number | undefined;
  const check10m = rows.find((r) => r.size === '10m' && r.kind === 'mixed')?.checkMs as number | undefined;

  process.stderr.write('bench: language server …\n');
  const large = sizes.includes('1m') ? SIZES['1m'] : SIZES[sizes[0]];
  // Keystrokes on the large generated document, then on real prose of 100 KB and the large size (each beside the same text with comments).
  const inputs = [`mixed:${large}`, ...(shared.dir ? [...new Set([SIZES['100k'], large])].map((n) => `real:${n}`) : [])];
  const serverJs = args.includes('--server') ? args[args.indexOf('--server') + 1] : join(root, 'dist', 'server.js');
  const server = json('server.js', serverJs, String(SIZES['100k']), ci ? '10' : '60', inputs.join(','), args.includes('--plain') ? 'plain' : '');
  const keystrokes = server.keystrokes as unknown as Record<string, number | string>[];

  let vsixKB: number | undefined;
  if (!ci && !serverOnly && !args.includes('--no-vsix')) {
    try {
      execSync('npm run package', { cwd: root, stdio: 'ignore' });
      const vsix = readdirSync(root).filter((f) => f.endsWith('.vsix')).map((f) => join(root, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
      if (vsix && existsSync(vsix)) vsixKB = statSync(vsix).size / 1024;
    } catch {
      vsixKB = undefined;
    }
  }

  const loadAfter = loadavg()[0];
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average ${fmt(loadBefore, 2)} before, ${fmt(loadAfter, 2)} after`,
    '',
    '| input | size | findings | check (ms CPU) | bare remark-parse (ms CPU) | ratio | re-check p50 / p95 (ms) | peak RSS (MB) | one-shot check (ms CPU) | one-shot peak RSS (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.kind} | ${r.size} | ${r.findings} | ${fmt(r.checkMs as number)} | ${fmt(r.bareMs as number)}${r.bareNote === 'extrapolated' ? ' (extrapolated)' : ''} | ${fmt(r.ratio as number, 2)}× | ${fmt(r.editP50 as number, 1)} / ${fmt(r.editP95 as number, 1)} | ${fmt(r.maxRssMB as number)} | ${fmt(r.onceMs as number)} | ${fmt(r.onceRssMB as number)} |`,
    ),
    '',
    check1m && check10m ? `10 MB check / 1 MB check: ${(check10m / check1m).toFixed(1)}×` : '10 MB / 1 MB: n/a (run with --sizes 1m,10m)',
    `Server: initialize ${fmt(server.initializeMs)} ms after start; 100 KB opened right after initialize: first diagnostics ${fmt(server.firstDiagnosticsMs)} ms after start (${fmt(server.openToFirstMs)} ms after opening; ${fmt(server.firstDiagnostics)} of ${fmt(server.smallDiagnostics)}), all ${fmt(server.completeDiagnosticsMs)} ms after start; open ${fmt(large / 1e6, 1)} MB → diagnostics ${fmt(server.largeOpenMs)} ms`,
    `Keystroke → diagnostics (${server.edits} edits per input; each input beside the same text with suppression comments, edits interleaved):`,
    '',
    '| input | size | diagnostics | open → all diagnostics (ms) | keystroke p50 (ms) | p95 (ms) | max (ms) | CPU per keystroke, server / client (ms, mean) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...keystrokes.map(
      (k) =>
        `| ${k.input} | ${fmt((k.bytes as number) / 1e3)} KB | ${k.diagnostics} | ${fmt(k.openMs as number)} | ${fmt(k.p50 as number, 1)} | ${fmt(k.p95 as number, 1)} | ${fmt(k.max as number, 1)} | ${fmt(k.serverCpuMs as number, 1)} / ${fmt(k.clientCpuMs as number, 1)} |`,
    ),
    '',
    `Server RSS: idle ${fmt(server.idleRssMB)} MB, with the documents open ${fmt(server.loadedRssMB)} MB; VSIX: ${vsixKB === undefined ? 'n/a' : `${fmt(vsixKB)} KB`}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const result = { date: new Date().toISOString(), machine, load: { before: loadBefore, after: loadAfter }, rows, server, vsixKB, check10mOver1m: check1m && check10m ? check10m / check1m : undefined };
  writeFileSync(join(out, `${result.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  writeFileSync(join(out, 'latest.json'), JSON.stringify(result, null, 2));
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
