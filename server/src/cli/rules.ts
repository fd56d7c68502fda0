/** `mineral-claims rules [id] [--json]`: the rules with their default severity and docs. */
import { allRuleMeta } from '../core';
import { ruleDocsPath, ruleDocsText } from './docs';
import { EXIT, UsageError, type CliIo } from './io';

/** Run the rules command; returns the exit code. */
export function rulesCommand(id: string | undefined, opts: { json?: boolean }, io: CliIo): number {
  const rules = allRuleMeta().map((m) => ({ ...m, docs: ruleDocsPath(m.id) }));
  if (id) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new UsageError(`unknown rule "${id}" (rules: ${rules.map((r) => r.id).join(', ')})`);
    if (opts.json) io.out(JSON.stringify({ ...rule, text: ruleDocsText(id) ?? null }, null, 2) + '\n');
    else io.out(ruleDocsText(id) ?? `${rule.id} (${rule.defaultSeverity}): ${rule.description}\n`);
    return EXIT.clean;
  }
  if (opts.json) {
    io.out(JSON.stringify(rules, null, 2) + '\n');
    return EXIT.clean;
  }
  const w = Math.max(...rules.map((r) => r.id.length));
  let out = '';
  for (const r of rules) out += `${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}\n${' '.repeat(w + 11)}docs: ${r.docs}\n`;
  io.out(`${out}\nSet a severity with --rule <id>=<off|hint|info|warning|error> or "rules" in .mineral-claims.json.\nShow a rule's docs with: mineral-claims rules <id>\n`);
  return EXIT.clean;
}
