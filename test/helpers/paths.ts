/** Paths the tests share: the repository, the built CLI, and files outside the repository. */
import { join, resolve } from 'node:path';
import { sharedDir } from '../../scripts/corpora';

/** The repository root. */
export const ROOT = resolve(__dirname, '..', '..');
/** The built command line (`npm run build`). */
export const CLI = join(ROOT, 'dist', 'cli.js');
/** The team's shared folder outside the repository (see sharedDir: $MINERAL_CLAIMS_SHARED, ../shared or ../../shared). */
export const SHARED = sharedDir();
/** The real-world seed article (outside the repository; tests skip when it is absent). */
export const SEED = join(SHARED, 'reference', 'seed-article.md');
