/**
 * One benchmark measurement in its own process (so that peak RSS belongs to one size and mode),
 * printing one JSON line:
 *
 * - `node measure.js bare <kind> <bytes>`: bare `unified().use(remarkParse).parse` of the text;
 * - `node measure.js once <kind> <bytes>`: a one-shot check as the command line checks a file
 *   (`oneShot: true`, cli/document.ts) and the peak RSS of a process that does nothing else;
 * - `node measure.js check <kind> <bytes>`: the whole-document check of a fresh checker (block-wise,
 *   cold caches), block-wise segment extraction alone, and re-checks after single-character edits
 *   (warm caches), with the peak RSS of the process.
 *
 * `<kind>`: an input of inputs.ts (`mixed`, `prose`, `real`, each optionally `+comments`).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { createClaimChecker } from '../server/src/core';
import { BlockwiseExtractor } from '../server/src/core/blockwise';
import { DocumentChecker } from '../server/src/cli/document';
import { prng } from './generate';
import { benchText } from './inputs';

const [mode, kind, bytesArg] = process.argv.slice(2);
const text = benchText(kind, Number(bytesArg));

/** CPU time (user + system) of `f` in ms: unlike wall time, hardly affected by other processes on a busy machine. */
function time<T>(f: () => T): [number, T] {
  const t = process.cpuUsage();
  const v = f();
  const d = process.cpuUsage(t);
  return [(d.user + d.system) / 1000, v];
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

if (mode === 'once') {
  // A one-shot check as the command line runs it (no caches kept, see CheckerOptions.oneShot), alone in its process.
  const [onceMs, found] = time(() => new DocumentChecker(() => undefined).check(text, '/bench/document.md', createClaimChecker({ oneShot: true })));
  process.stdout.write(`${JSON.stringify({ onceMs, onceFindings: found.length, onceRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
}

if (mode === 'bare') {
  const [bareMs] = time(() => unified().use(remarkParse).parse(text));
  process.stdout.write(`${JSON.stringify({ bareMs, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
}

const [createMs, checker] = time(() => createClaimChecker());
const [checkMs, findings] = time(() => checker.check(text));
const [extractMs] = time(() => new BlockwiseExtractor().segments(text));

// Keystrokes: insert one character at spread-out positions, each followed by a re-check (warm caches).
const r = prng(7);
const edits: number[] = [];
let current = text;
for (let i = 0; i < 40; i++) {
  const at = Math.floor(r() * current.length);
  current = current.slice(0, at) + 'x' + current.slice(at);
  edits.push(time(() => checker.check(current))[0]);
}

process.stdout.write(
  `${JSON.stringify({
    kind,
    bytes: Buffer.byteLength(text, 'utf8'),
    findings: findings.length,
    createMs,
    checkMs,
    extractMs,
    editP50: percentile(edits, 50),
    editP95: percentile(edits, 95),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
