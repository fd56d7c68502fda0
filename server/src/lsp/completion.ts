/**
 * Citation key completion after `[@` and `@` inside brackets: keys from the document's bibliography,
 * then the built-in verified references. Choosing a built-in reference the bibliography lacks runs
 * {@link ADD_REFERENCE_COMMAND}, which adds its entry to the bibliography file.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { sameWork } from '../core/bibliography/append';
import { inTextLabel, referenceLine } from '../core/bibliography/format';
import type { DocAnalysis } from './analysis';
import { SERVER_COMMANDS } from './protocol';

/** Server command: add a built-in reference to a document's bibliography. Arguments: [documentUri, referenceId]. */
export const ADD_REFERENCE_COMMAND = SERVER_COMMANDS.addReference;

const KEY_BEFORE = /@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;

/** Completion items at a position, or [] when not typing a citation key inside brackets. */
export function completeCitationKey(d: DocAnalysis, pos: Position): CompletionItem[] {
  const offset = d.index.offsetAt(pos);
  const lineStart = d.index.offsetAt({ line: pos.line, character: 0 });
  const before = d.text.slice(lineStart, offset);
  const m = KEY_BEFORE.exec(before);
  if (!m) return [];
  const at = before.length - m[0].length;
  // Inside brackets: an unclosed "[" before the "@", and "@" starts a key ("[@", "; @", "[see @").
  const open = before.lastIndexOf('[', at);
  if (open < 0 || before.lastIndexOf(']', at) > open || (at > 0 && /[\p{L}\p{N}_.]/u.test(before[at - 1]))) return [];
  const range = { start: d.index.positionAt(offset - m[1].length), end: pos };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const file of d.bibliography.files) {
    for (const [key, e] of file.entries) {
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        label: key,
        kind: CompletionItemKind.Reference,
        detail: inTextLabel(e.item),
        documentation: { kind: MarkupKind.Markdown, value: referenceLine(e.item) },
        textEdit: { range, newText: key },
        sortText: `0${key}`,
        filterText: `${key} ${inTextLabel(e.item)} ${e.item.title}`,
      });
    }
  }
  for (const ref of d.checker.facts.references.values()) {
    if (ref.verified !== true) continue;
    const existing = sameWork(d.bibliography, ref);
    if (existing && seen.has(existing)) continue;
    items.push({
      label: ref.id,
      kind: CompletionItemKind.Reference,
      detail: `${inTextLabel(ref)} (built-in, added to the bibliography)`,
      documentation: { kind: MarkupKind.Markdown, value: referenceLine(ref) },
      textEdit: { range, newText: ref.id },
      sortText: `1${ref.id}`,
      filterText: `${ref.id} ${inTextLabel(ref)} ${ref.title}`,
      command: { title: 'Add to bibliography', command: ADD_REFERENCE_COMMAND, arguments: [d.uri, ref.id] },
    });
  }
  return items;
}
