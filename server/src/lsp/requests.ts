/**
 * Custom requests for the VS Code client (names and types in protocol.ts): the citable references,
 * the edit that inserts a citation at a position, and the fact base as a Markdown page.
 */
import type { Position, WorkspaceEdit } from 'vscode-languageserver';
import { authorList, inTextLabel, linkList, yearOf } from '../core/bibliography/format';
import { buildCitation } from '../core/citefix';
import { factsByTopic, type FactBase } from '../core/facts/factbase';
import type { CslItem } from '../core/facts/types';
import { citationContext, type DocAnalysis } from './analysis';
import { toWorkspaceEdit } from './convert';
import type { ReferenceItem } from './protocol';

function toItem(item: CslItem, source: ReferenceItem['source'], facts: FactBase): ReferenceItem {
  const topics = source === 'builtin' ? facts.facts.filter((f) => f.references.includes(item.id)).map((f) => f.title) : undefined;
  return {
    id: item.id,
    label: inTextLabel(item),
    title: item.title,
    authors: authorList(item) || undefined,
    year: yearOf(item),
    container: (item['container-title'] as string | undefined) ?? item.publisher,
    doi: item.DOI,
    pmid: item.PMID,
    topics,
    source,
  };
}

/** Bibliography entries, then built-in verified references; filtered by `query` words when given. */
export function listReferences(d: DocAnalysis, query?: string): ReferenceItem[] {
  const facts = d.checker.facts;
  const out: ReferenceItem[] = [];
  for (const f of d.bibliography.files) for (const e of f.entries.values()) if (!out.some((o) => o.id === e.item.id)) out.push(toItem(e.item, 'bibliography', facts));
  for (const ref of facts.references.values()) if (ref.verified === true) out.push(toItem(ref, 'builtin', facts));
  const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return out;
  return out.filter((r) => {
    const hay = [r.id, r.label, r.title, r.authors, r.year, r.container, ...(r.topics ?? [])].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The edit that cites a reference at a position in the document's style (null if not citable). */
export function insertCitationEdit(d: DocAnalysis, position: Position, referenceId: string): WorkspaceEdit | null {
  const edit = buildCitation(citationContext(d), referenceId, { insert: d.index.offsetAt(position) });
  return edit ? toWorkspaceEdit(d.uri, d.version, d.index, edit.edits, edit.files) : null;
}

/** The fact base as one Markdown page: facts grouped by topic, each with its minerals and linked references. */
export function factBaseMarkdown(facts: FactBase): string {
  const lines = ['# Mineral Claims fact base', ''];
  for (const group of factsByTopic(facts.facts)) {
    lines.push(`## ${group.topic}`, '');
    for (const f of group.facts) {
      const minerals = f.minerals.map((id) => facts.mineralById.get(id)?.symbol ?? id).join(', ');
      lines.push(`### ${f.id}: ${f.title}${f.mixed ? ' (mixed evidence)' : ''}`, '', `*${minerals}*`, '', f.statement, '', f.explanation, '');
      for (const id of f.references) {
        const ref = facts.references.get(id);
        if (ref?.verified === true) lines.push(`- ${inTextLabel(ref)}: ${ref.title}. ${linkList(ref)}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
