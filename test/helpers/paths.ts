/** Paths the tests share: the repository, the built CLI, and files outside the repository. */
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(__dirname, '..', '..');
/** The built command line (`npm run build`). */
export const CLI = join(ROOT, 'dist', 'cli.js');
/** The real-world seed article (outside the repository; tests skip when it is absent). */
export const SEED = resolve(ROOT, '..', 'shared', 'reference', 'seed-article.md');
