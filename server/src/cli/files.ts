/**
 * Which files a check covers: named files, folders searched for Markdown (core/markdownFiles.ts, the search the
 * language server uses too), and glob patterns.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { GitIgnores, markdownFilesIn } from '../core/markdownFiles';

/** A file to check and how it was found. */
export interface Target {
  /** Absolute path. */
  path: string;
  /** Named on the command line (not found by searching a folder or glob). */
  explicit: boolean;
}

/** Result of {@link collectFiles}. */
export interface Collected {
  targets: Target[];
  /** Inputs that name nothing: a missing file or a pattern that matches nothing. */
  missing: string[];
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

function kind(p: string): 'file' | 'dir' | undefined {
  try {
    const st = statSync(p);
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

/**
 * Expand command-line inputs into files, in input order without duplicates. Folders yield their
 * Markdown files (`markdownFilesIn`) and globs their matches, both less the files that .gitignore or
 * `isIgnored` exclude; named files are only filtered by `isIgnored`.
 * `-` (standard input) is not handled here.
 */
export function collectFiles(inputs: string[], cwd: string, isIgnored: (file: string) => boolean): Collected {
  const git = new GitIgnores();
  const seen = new Set<string>();
  const targets: Target[] = [];
  const missing: string[] = [];
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (isIgnored(path) || (!explicit && git.ignores(path))) return;
    targets.push({ path, explicit });
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const k = kind(abs);
    if (k === 'file') add(abs, true);
    else if (k === 'dir') {
      for (const f of markdownFilesIn(abs, { isIgnored, gitIgnores: git })) add(f, false);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, absolute: true, ignore: ALWAYS_SKIPPED });
      if (!found.length) missing.push(input);
      for (const f of found.map((f) => resolve(f)).sort()) add(f, false);
    } else missing.push(input);
  }
  return { targets, missing };
}
