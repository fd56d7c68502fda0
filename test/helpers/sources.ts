/** The project's TypeScript sources, for the tests that scan them (ReDoS, security). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/** TypeScript files under a folder (declaration files left out). */
export function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every source file of the server and the client. */
export function projectSources(): string[] {
  return [...tsFiles(join(ROOT, 'server', 'src')), ...tsFiles(join(ROOT, 'client', 'src'))];
}
