/**
 * unknown-citation-key: a pandoc key `[@key]` that none of the document's bibliography files has.
 * It needs the bibliography, which adapters load (the core stays free of file I/O): the checker runs it in
 * `findingsWith` with the loaded files. Nothing is reported when no bibliography file exists: keys cannot be
 * resolved then, and a zero-config document stays quiet.
 */
import { basename } from 'node:path';
import { allKeys } from '../bibliography/types';
import type { Rule } from './rule';

const KEY = /(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

export const unknownCitationKey: Rule = {
  id: 'unknown-citation-key',
  description: 'A pandoc citation key `[@key]` that is not in the bibliography.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/unknown-citation-key.md',
  needs: 'bibliography',
  check(ctx) {
    const files = (ctx.bibliography?.files ?? []).filter((f) => f.exists);
    if (!files.length) return;
    const keys = allKeys(ctx.bibliography);
    const names = files.map((f) => basename(f.path)).join(', ');
    for (const s of ctx.sentences) {
      for (const c of s.citations) {
        if (c.kind !== 'pandoc') continue;
        for (const m of c.text.matchAll(KEY)) {
          const key = m[1].replace(/[.:;,]+$/, '');
          if (keys.has(key)) continue;
          const at = c.start + m.index + m[0].indexOf('@');
          const builtIn = ctx.facts.references.get(key)?.verified === true;
          ctx.report({
            sentence: s,
            span: { start: at, end: at + 1 + key.length },
            message: `Unknown citation key "@${key}": not in ${names}.`,
            referenceIds: builtIn ? [key] : undefined,
            data: { key, builtIn },
          });
        }
      }
    }
  },
};
