/**
 * The benchmark's input documents:
 *
 * - `mixed` and `prose`: generated (generate.ts);
 * - `real`: real prose, built at run time from the passages of the real-world development corpus and
 *   the seed article, read from the team's shared folder (never copied into the project), repeated to
 *   size. The folder is `$MINERAL_CLAIMS_SHARED`, else `../shared` or `../../shared` from the
 *   repository root (a worktree); without it the real-prose inputs are left out (`sharedDir` says why);
 * - any of them `+comments`: the same text with suppression comments (`withComments`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generate } from './generate';

export type BenchKind = 'mixed' | 'prose' | 'real';

/** The repository root: the nearest folder up with a package.json (the scripts also run bundled from bench/results/.build). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The shared folder holding the corpus and the seed article, or why there is none. */
export function sharedDir(): { dir?: string; why?: string } {
  const candidates = process.env.MINERAL_CLAIMS_SHARED ? [resolve(process.env.MINERAL_CLAIMS_SHARED)] : [resolve(repoRoot(), '../shared'), resolve(repoRoot(), '../../shared')];
  const dir = candidates.find((d) => existsSync(join(d, 'corpus', 'realworld-dev', 'passages')) && existsSync(join(d, 'reference', 'seed-article.md')));
  return dir ? { dir } : { why: `no corpus/realworld-dev/passages and reference/seed-article.md in ${candidates.join(' or ')} (set MINERAL_CLAIMS_SHARED)` };
}

/** The real passages and the seed article, one after another, repeated to at least `bytes` characters. */
export function realProse(bytes: number, dir: string): string {
  const passages = join(dir, 'corpus', 'realworld-dev', 'passages');
  const texts = readdirSync(passages)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(passages, f), 'utf8').trim());
  texts.push(readFileSync(join(dir, 'reference', 'seed-article.md'), 'utf8').trim());
  const one = texts.join('\n\n');
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(one);
    size += one.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * The text with suppression comments as a writer adds them: a disable-next-line comment before every
 * 20th block, and a region of every 100 blocks (from its 50th to its 80th) with vague-citation turned off.
 */
export function withComments(text: string): string {
  return text
    .split('\n\n')
    .map((b, i) => {
      if (i % 100 === 50) return `<!-- mineral-claims-disable vague-citation -->\n\n${b}`;
      if (i % 100 === 80) return `<!-- mineral-claims-enable vague-citation -->\n\n${b}`;
      if (i % 20 === 10) return `<!-- mineral-claims-disable-next-line uncited-claim -->\n${b}`;
      return b;
    })
    .join('\n\n');
}

/** The input `kind` (optionally `+comments`) of about `bytes` characters. */
export function benchText(kind: string, bytes: number): string {
  const [base, extra] = kind.split('+');
  let text: string;
  if (base === 'real') {
    const { dir, why } = sharedDir();
    if (!dir) throw new Error(`real-prose input: ${why}`);
    text = realProse(bytes, dir);
  } else if (base === 'mixed' || base === 'prose') text = generate(base, bytes);
  else throw new Error(`unknown input ${kind}`);
  if (extra === 'comments') return withComments(text);
  if (extra) throw new Error(`unknown input ${kind}`);
  return text;
}
