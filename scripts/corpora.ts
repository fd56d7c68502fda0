/**
 * The corpus manifest (test/corpora/manifest.json): every labelled corpus with its status, size, source and
 * path. The eval tests, the gate tests and `npm run docs:tables` read it; the label format is docs/labels.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The repository root. */
const ROOT = resolve(__dirname, '..');
/** The manifest file. */
export const MANIFEST = join(ROOT, 'test', 'corpora', 'manifest.json');

/** How far a corpus is from unseen text. */
export type CorpusStatus = 'development' | 'reviewed' | 'blind';

/** One entry of the manifest. */
export interface CorpusEntry {
  name: string;
  status: CorpusStatus;
  /** Folder with `passages/` and `labels.jsonl`, relative to the repository root (or absolute). */
  path: string;
  /** Environment variable that, when set, gives the folder instead of `path`. */
  env?: string;
  /** The corpus may be absent (kept outside the repository): tests skip it then. */
  optional?: boolean;
  /** Where the corpus used to live. */
  formerly?: string;
  passages: number;
  labels: number;
  source: string;
  /** F1 floors per finding kind that the eval tests hold the engine to. */
  f1Floors?: Record<string, number>;
  /** For a corpus written for citation-mismatch: the precision and recall the eval tests hold that rule to. */
  citationMismatch?: { precision: number; recall: number };
}

/** The corpora of the manifest, in the order they were written. */
export function loadManifest(): CorpusEntry[] {
  return (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { corpora: CorpusEntry[] }).corpora;
}

/**
 * The team's shared folder outside the repository (real-world corpus, seed article, shared reference list):
 * `$MINERAL_CLAIMS_SHARED`, else `../shared` beside the repository, else `../../shared` (beside the folder of a
 * git worktree such as /work/wt/<name>, where a plain `../shared` would silently skip the tests that need it).
 */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MINERAL_CLAIMS_SHARED) return resolve(env.MINERAL_CLAIMS_SHARED);
  const candidates = [resolve(ROOT, '..', 'shared'), resolve(ROOT, '..', '..', 'shared')];
  return candidates.find(existsSync) ?? candidates[0];
}

/** The folder of a corpus: its environment variable if set, else its path from the repository root (`../shared/…` from the shared folder). */
export function corpusDir(entry: CorpusEntry, env: NodeJS.ProcessEnv = process.env): string {
  const override = entry.env ? env[entry.env] : undefined;
  if (override) return resolve(override);
  if (entry.path.startsWith('../shared/')) return join(sharedDir(env), entry.path.slice('../shared/'.length));
  return isAbsolute(entry.path) ? entry.path : join(ROOT, entry.path);
}

/** True when the corpus folder holds labels and passages. */
export function corpusPresent(entry: CorpusEntry, env: NodeJS.ProcessEnv = process.env): boolean {
  const dir = corpusDir(entry, env);
  return existsSync(join(dir, 'labels.jsonl')) && existsSync(join(dir, 'passages'));
}

/** A corpus argument: a manifest name ("development-1") or a folder. */
export function resolveCorpusArg(arg: string, env: NodeJS.ProcessEnv = process.env): string {
  const entry = loadManifest().find((c) => c.name === arg);
  return entry ? corpusDir(entry, env) : arg;
}
