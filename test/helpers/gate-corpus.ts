/**
 * Text for the gate tests (speed gates must never change a result): every sentence the checker reads in the
 * corpora, examples and fixtures and in generated benchmark documents, plus the raw lines of those files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../bench/generate';
import { loadManifest } from '../../scripts/corpora';
import { createClaimChecker } from '../../server/src/core';
import { ROOT } from './paths';

/** The corpora kept in the repository, then examples and fixtures. */
const DIRS = [...loadManifest().filter((c) => !c.optional).map((c) => c.path), 'examples', 'test/fixtures', 'test/editor/fixtures'];

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (/\.md$/.test(f)) out.push(p);
  }
  return out;
}

let cached: string[] | undefined;
let cachedDocs: string[] | undefined;

/** The documents: corpora, examples, fixtures, generated documents and the facts' own sentences. */
export function gateDocuments(): string[] {
  if (cachedDocs) return cachedDocs;
  const facts = createClaimChecker().facts;
  cachedDocs = DIRS.flatMap((d) => markdownFiles(join(ROOT, d))).map((p) => readFileSync(p, 'utf8'));
  cachedDocs.push(generate('mixed', 100_000), generate('prose', 100_000));
  cachedDocs.push(facts.facts.flatMap((f) => [f.statement, f.suggestion ?? '', ...(f.wrong ?? [])]).join('\n\n'));
  return cachedDocs;
}

/** Distinct sentences and lines of the documents (computed once per test run). */
export function gateCorpus(): string[] {
  if (cached) return cached;
  const checker = createClaimChecker();
  const out = new Set<string>();
  for (const d of gateDocuments()) {
    for (const s of checker.analyze(d).sentences) out.add(s.text);
    for (const line of d.split('\n')) if (line.trim()) out.add(line);
  }
  cached = [...out];
  return cached;
}

/**
 * A regex source fast-check can generate from: word boundaries and lookarounds dropped, `\p{L}`/`\p{N}` as
 * ASCII letters and digits, lazy quantifiers made greedy. Strings it yields mostly match the original.
 */
export function relaxedSource(src: string): string {
  let out = src.replace(/\\b/g, '').replace(/\\p\{L\}/g, 'a-z').replace(/\\p\{N\}/g, '0-9');
  for (;;) {
    const i = out.search(/\(\?<?[=!]/);
    if (i < 0) break;
    let depth = 0;
    let j = i;
    for (; j < out.length; j++) {
      if (out[j] === '\\') j++;
      else if (out[j] === '(') depth++;
      else if (out[j] === ')' && --depth === 0) break;
    }
    out = out.slice(0, i) + out.slice(j + 1);
  }
  return out.replace(/\\s/g, ' ').replace(/([}+*])\?/g, '$1');
}
