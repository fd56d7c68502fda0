#!/usr/bin/env node
// Writes schemas/mineral-claims.schema.json (the `.mineral-claims.json` file) from the settings that
// package.json contributes, so the file and the Settings UI cannot drift apart.
// `--check` only compares and exits 1 when the committed schema is stale (run by `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const target = new URL('schemas/mineral-claims.schema.json', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const PREFIX = 'mineralClaims.';
/** Keys of a VS Code setting that are not JSON Schema, or that only matter in the Settings UI. */
const EDITOR_ONLY = new Set(['scope', 'order', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions']);

/** A VS Code setting as JSON Schema: drop editor-only keys, keep Markdown text as the description too. */
function toSchema(setting) {
  const out = {};
  if (setting.markdownDescription) out.description = setting.markdownDescription.replace(/\*\*|`/g, '');
  for (const [k, v] of Object.entries(setting)) {
    if (k === 'properties') out.properties = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, toSchema(s)]));
    else if (k === 'items') out.items = toSchema(v);
    else if (!EDITOR_ONLY.has(k)) out[k] = v;
  }
  if (setting.markdownDescription) out.markdownDescription = setting.markdownDescription;
  if (setting.enumDescriptions) out.markdownEnumDescriptions = setting.enumDescriptions;
  return out;
}

const properties = {};
for (const [key, setting] of Object.entries(pkg.contributes.configuration.properties)) {
  if (!key.startsWith(PREFIX) || key.startsWith(`${PREFIX}trace.`)) continue;
  properties[key.slice(PREFIX.length)] = toSchema(setting);
}
// Keys only the command line and workspace checks read (not VS Code settings).
properties.ignore = {
  description: 'Files to skip, in .gitignore syntax, relative to this file (e.g. "drafts/", "*.generated.md"). The command line and workspace checks honour it.',
  type: 'array',
  items: { type: 'string', minLength: 1 },
  default: [],
};
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Mineral Claims configuration (.mineral-claims.json)',
  description:
    'Configuration for the Mineral Claims checker, found upwards from each document. It takes the same keys as the VS Code settings mineralClaims.*. Generated from package.json by schemas/build.mjs.',
  type: 'object',
  properties: { $schema: { type: 'string', description: 'The schema of this file.' }, ...properties },
  additionalProperties: false,
};
const text = JSON.stringify(schema, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('schemas/mineral-claims.schema.json is out of date with package.json: run `node schemas/build.mjs`.');
    process.exit(1);
  }
  console.log('schemas/mineral-claims.schema.json matches package.json contributes.configuration');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
