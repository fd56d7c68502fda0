/**
 * Which files a check covers: named files, folders searched for Markdown (honouring .gitignore),
 * and glob patterns.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** Extensions searched for in folders (case-insensitive). */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'qmd', 'rmd'];
const MARKDOWN_GLOB = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

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

/** .gitignore files from a file's folder up to the repository root, read once per folder. */
export class GitIgnores {
  private readonly byDir = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string>();

  /** True if git would ignore `file` (absolute path). Deeper .gitignore files win over outer ones. */
  ignores(file: string): boolean {
    const chain: string[] = [];
    for (let dir = dirname(file); ; ) {
      chain.unshift(dir);
      if (this.isRepoRoot(dir)) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    let ignored = false;
    for (const dir of chain) {
      const ig = this.load(dir);
      if (!ig) continue;
      const r = ig.test(relative(dir, file).split(sep).join('/'));
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }

  private isRepoRoot(dir: string): boolean {
    let root = this.roots.get(dir);
    if (root === undefined) {
      root = existsSync(join(dir, '.git')) ? 'yes' : 'no';
      this.roots.set(dir, root);
    }
    return root === 'yes';
  }

  private load(dir: string): Ignore | null {
    let ig = this.byDir.get(dir);
    if (ig === undefined) {
      try {
        ig = ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8'));
      } catch {
        ig = null;
      }
      this.byDir.set(dir, ig);
    }
    return ig;
  }
}

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
 * Markdown files (not hidden ones, not node_modules) and globs their matches, both less the files
 * that .gitignore or `isIgnored` exclude; named files are only filtered by `isIgnored`.
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
      const found = globSync(MARKDOWN_GLOB, { cwd: abs, absolute: true, caseSensitiveMatch: false, ignore: ALWAYS_SKIPPED });
      for (const f of found.map((f) => resolve(f)).sort()) add(f, false);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, absolute: true, ignore: ALWAYS_SKIPPED });
      if (!found.length) missing.push(input);
      for (const f of found.map((f) => resolve(f)).sort()) add(f, false);
    } else missing.push(input);
  }
  return { targets, missing };
}
