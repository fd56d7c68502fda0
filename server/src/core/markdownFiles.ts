/**
 * The one Markdown file search of the command line and the language server: the Markdown files under a folder,
 * less hidden folders and files, node_modules, what `.gitignore` files exclude (up to the repository root, deeper
 * files winning) and what the configuration's `ignore` list excludes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { loadConfigFor, type LoadedConfig } from './configFile';

/** Extensions of the documents checked (case-insensitive). */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkd', 'qmd', 'rmd', 'mdx'];
/** A path with one of {@link MARKDOWN_EXTENSIONS}. */
export const MARKDOWN_FILE = new RegExp(`\\.(?:${MARKDOWN_EXTENSIONS.join('|')})$`, 'i');
/** Folders never searched (besides hidden ones). */
const SKIP_DIRS = new Set(['node_modules']);

/** .gitignore files from a file's folder up to the repository root, read once per folder. */
export class GitIgnores {
  private readonly byDir = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, boolean>();

  /** True if git would ignore `file` (absolute path). Deeper .gitignore files win over outer ones. */
  ignores(file: string): boolean {
    return this.test(file, '');
  }

  /** True if git would ignore the folder `dir` (absolute path) and so everything in it. */
  ignoresDir(dir: string): boolean {
    return this.test(dir, '/');
  }

  private test(path: string, suffix: string): boolean {
    const chain: string[] = [];
    for (let dir = dirname(path); ; ) {
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
      const r = ig.test(relative(dir, path).split(sep).join('/') + suffix);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }

  private isRepoRoot(dir: string): boolean {
    let root = this.roots.get(dir);
    if (root === undefined) this.roots.set(dir, (root = existsSync(join(dir, '.git'))));
    return root;
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

/** The `ignore` lists of configuration files (`.mineral-claims.json`), each compiled once. */
export class ConfigIgnores {
  private readonly compiled = new Map<string, Ignore>();

  /** @param configOf the configuration that applies to a file (default: the nearest configuration file) */
  constructor(private readonly configOf: (file: string) => LoadedConfig = (file) => loadConfigFor(file, { cache: new Map() })) {}

  /** True if the `ignore` list of the file's configuration excludes it (patterns relative to the configuration's folder). */
  ignores(file: string): boolean {
    const { file: configFile, ignore: patterns } = this.configOf(file);
    if (!configFile || !patterns.length) return false;
    const rel = relative(dirname(configFile), file);
    if (rel.startsWith('..')) return false;
    let ig = this.compiled.get(configFile);
    if (!ig) this.compiled.set(configFile, (ig = ignore().add(patterns)));
    return ig.ignores(rel.split(sep).join('/'));
  }
}

/** Options of {@link markdownFilesIn}. */
export interface SearchOptions {
  /** Excludes a file (absolute path) besides .gitignore: the configuration's `ignore` list. */
  isIgnored?: (file: string) => boolean;
  /** .gitignore files already read (shared across searches of one run). */
  gitIgnores?: GitIgnores;
  /** Stop after this many files. */
  limit?: number;
}

/** The Markdown files under `folder` (absolute), sorted, less hidden, node_modules, .gitignore'd and `isIgnored` files. */
export function markdownFilesIn(folder: string, opts: SearchOptions = {}): string[] {
  const git = opts.gitIgnores ?? new GitIgnores();
  const limit = opts.limit ?? Infinity;
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (found.length >= limit) return;
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        // A folder git ignores is not searched: git cannot re-include a file below it either.
        if (!SKIP_DIRS.has(e.name) && !git.ignoresDir(path)) walk(path);
      } else if (MARKDOWN_FILE.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(path)))) {
        if (!opts.isIgnored?.(path) && !git.ignores(path)) found.push(path);
      }
    }
  };
  walk(folder);
  return found.sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
