/** The rule documentation pages shipped beside the bundle (dist/../docs/rules). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let dir: string | undefined;

/** Folder of the rule docs: next to dist/ when bundled, at the repository root when run from source. */
export function docsDir(): string {
  dir ??= [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')].find((d) => existsSync(d)) ?? join(__dirname, '..', 'docs', 'rules');
  return dir;
}

/** Absolute path of a rule's docs page. */
export function ruleDocsPath(ruleId: string): string {
  return join(docsDir(), `${ruleId}.md`);
}

/** URL of a rule's docs page (a file: URL of the shipped page). */
export function ruleDocsUrl(ruleId: string): string {
  return pathToFileURL(ruleDocsPath(ruleId)).toString();
}

/** The Markdown of a rule's docs page, or undefined when it is not shipped. */
export function ruleDocsText(ruleId: string): string | undefined {
  try {
    return readFileSync(ruleDocsPath(ruleId), 'utf8');
  } catch {
    return undefined;
  }
}
