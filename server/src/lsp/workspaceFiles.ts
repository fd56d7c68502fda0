/** Markdown files of the workspace folders, for workspace diagnostics and "check all files". */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Extensions of the documents the server checks. */
export const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd|qmd|rmd|mdx)$/i;
const SKIP_DIR = /^(?:node_modules|\.git|\.hg|\.svn|dist|out|\..+)$/;

/** Markdown files under the folders (at most `limit`), skipping dependency and hidden folders. */
export function markdownFiles(folders: string[], limit = 5000): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (out.length >= limit) return;
      if (e.isDirectory()) {
        if (!SKIP_DIR.test(e.name)) walk(join(dir, e.name));
      } else if (e.isFile() && MARKDOWN_FILE.test(e.name)) out.push(join(dir, e.name));
    }
  };
  for (const f of folders) walk(f);
  return out;
}
