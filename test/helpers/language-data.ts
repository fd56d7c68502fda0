/** The phrase templates of the word data files (server/language/{citations,genres}.json), found through their schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = join(__dirname, '..', '..', 'server', 'language');
const read = (p: string): unknown => JSON.parse(readFileSync(join(WORDS, p), 'utf8'));
/** The word data files, by name. */
export const WORD_FILES = ['citations', 'genres'] as const;

/** Every string of a data file that sits in a list of templates (by the schema's template reference). */
function templates(value: unknown, schema: Record<string, unknown>): string[] {
  if (schema.$ref === '#/definitions/template') return [value as string];
  // Other definitions (the plain claim cues, verb groups) hold no templates.
  if (schema.$ref) return [];
  if (Array.isArray(value)) return value.flatMap((v) => templates(v, schema.items as Record<string, unknown>));
  if (value && typeof value === 'object') {
    const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.entries(value).flatMap(([k, v]) => (props[k] ? templates(v, props[k]) : []));
  }
  return [];
}

/** Every phrase template of one word data file. */
export function dataTemplates(name: (typeof WORD_FILES)[number]): string[] {
  const schema = read(`schema/${name}.schema.json`) as Record<string, unknown>;
  return templates(read(`${name}.json`), schema);
}
