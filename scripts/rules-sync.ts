/**
 * Writes what other files say about the rules from the rule modules (server/src/core/rules/*.ts, the one source
 * of truth for id, description, default severity and docs page):
 *
 *     npm run rules:sync
 *
 * - package.json: the `mineralClaims.rules` setting (one property per rule with its default and description, and the
 *   default object), in rule priority order;
 * - schemas/mineral-claims.schema.json, from package.json (schemas/build.mjs);
 * - each docs page's header (`# <id>` and `**Default severity:** <severity>`); a missing page is started with the
 *   header and the description, for you to finish.
 * test/integration/rule-metadata.test.ts fails while any of these disagree with the modules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../server/src/core/rules';
import type { RuleMeta } from '../server/src/core/rules/rule';

const ROOT = resolve(__dirname, '..');

/** Severity choices of every rule setting, with what each does in the editor. */
const CHOICES: [string, string][] = [
  ['off', 'Do not run this rule.'],
  ['hint', 'Report as a hint: faint dots under the text, not listed in the Problems panel.'],
  ['info', 'Report as information (blue squiggle).'],
  ['warning', 'Report as a warning (yellow squiggle).'],
  ['error', 'Report as an error (red squiggle).'],
];

/** The VS Code setting of one rule. */
export function ruleSetting(rule: RuleMeta): Record<string, unknown> {
  return {
    type: 'string',
    enum: CHOICES.map(([c]) => c),
    enumDescriptions: CHOICES.map(([, d]) => d),
    default: rule.defaultSeverity,
    markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`.`,
  };
}

/** The header a rule's docs page starts with. */
export function docsHeader(rule: RuleMeta): string {
  return `# ${rule.id}\n\n**Default severity:** ${rule.defaultSeverity}\n`;
}

function syncPackageJson(): boolean {
  const path = join(ROOT, 'package.json');
  const before = readFileSync(path, 'utf8');
  const pkg = JSON.parse(before);
  const setting = pkg.contributes.configuration.properties['mineralClaims.rules'];
  setting.properties = Object.fromEntries(RULES.map((r) => [r.id, ruleSetting(r)]));
  setting.default = Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity]));
  const after = JSON.stringify(pkg, null, 2) + '\n';
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}

function syncDocs(rule: RuleMeta): boolean {
  const path = join(ROOT, rule.docs);
  if (!existsSync(path)) {
    writeFileSync(path, `${docsHeader(rule)}\n${rule.description}\n\n## Incorrect\n\n## Correct\n`);
    return true;
  }
  const before = readFileSync(path, 'utf8');
  const rest = before.replace(/^# .*\n\n\*\*Default severity:\*\* .*\n/, '');
  const after = docsHeader(rule) + (rest === before ? `\n${before}` : rest);
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}

if (require.main === module) {
  const changed: string[] = [];
  if (syncPackageJson()) changed.push('package.json');
  for (const r of RULES) if (syncDocs(r)) changed.push(r.docs);
  execFileSync(process.execPath, [join(ROOT, 'schemas', 'build.mjs')], { stdio: 'inherit' });
  process.stdout.write(changed.length ? `updated: ${changed.join(', ')}\n` : 'package.json and docs headers already match the rule modules\n');
}
