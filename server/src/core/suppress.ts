/**
 * Inline suppression comments, honoured by every adapter (server and CLI) as a post-filter on
 * findings:
 *
 * - `<!-- mineral-claims-disable [rule-id …] -->` … `<!-- mineral-claims-enable [rule-id …] -->`
 *   (no ids: all rules) turn rules off for a region;
 * - `<!-- mineral-claims-disable-next-line [rule-id …] -->` for the line after the comment;
 * - front matter `mineral-claims: { disable: [rule-id, …] }` for the whole file (`all` or `true`: every rule).
 *
 * Only real HTML comments count: a directive inside a code block or inline code is text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { readFrontMatter, stringList } from './frontmatter';
import { LineIndex } from './positions';

/** The prefix of every directive. */
export const DIRECTIVE_PREFIX = 'mineral-claims-';

/** One suppression comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Source span of the comment. */
  start: number;
  end: number;
}

interface HtmlNode {
  type: string;
  value?: string;
  children?: HtmlNode[];
  position?: { start: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
const COMMENT = /<!--\s*mineral-claims-(disable-next-line|disable|enable)\b([^]*?)-->/g;

/** The directives of a document, in order. Cheap when the document has none. */
export function findDirectives(text: string): Directive[] {
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const out: Directive[] = [];
  const visit = (n: HtmlNode): void => {
    if (n.type === 'html' && n.value && n.position?.start.offset !== undefined) {
      const base = n.position.start.offset;
      for (const m of n.value.matchAll(COMMENT)) {
        const rules = m[2].split(/[\s,]+/).filter(Boolean);
        out.push({ kind: m[1] as Directive['kind'], rules, start: base + m.index, end: base + m.index + m[0].length });
      }
    }
    for (const c of n.children ?? []) visit(c);
  };
  visit(parser.parse(text) as HtmlNode);
  return out;
}

/** Rule ids disabled for the whole file by front matter (`['*']` for every rule). */
export function frontMatterDisabled(text: string): string[] {
  const fm = readFrontMatter(text);
  const own = fm?.data['mineral-claims'];
  if (!own || typeof own !== 'object') return [];
  const value = (own as Record<string, unknown>).disable;
  if (value === true || value === 'all') return ['*'];
  return stringList(value);
}

/** Drop the findings that suppression comments or front matter turn off. */
export function filterSuppressed<T extends { ruleId: string; start: number }>(text: string, findings: T[]): T[] {
  if (!findings.length || !text.includes('mineral-claims')) return findings;
  const fileOff = new Set(frontMatterDisabled(text));
  const directives = findDirectives(text);
  if (!fileOff.size && !directives.length) return findings;
  const lines = new LineIndex(text);
  const nextLine = directives.filter((d) => d.kind === 'disable-next-line').map((d) => ({ line: lines.positionAt(d.end).line + 1, rules: d.rules }));
  const regions = directives.filter((d) => d.kind !== 'disable-next-line');
  return findings.filter((f) => {
    if (fileOff.has('*') || fileOff.has(f.ruleId)) return false;
    if (nextLine.length) {
      const line = lines.positionAt(f.start).line;
      if (nextLine.some((d) => d.line === line && (!d.rules.length || d.rules.includes(f.ruleId)))) return false;
    }
    return !disabledAt(regions, f.ruleId, f.start);
  });
}

/** Replays disable/enable comments before `offset` and says whether `ruleId` is off there. */
function disabledAt(regions: Directive[], ruleId: string, offset: number): boolean {
  let all = false;
  const off = new Set<string>();
  const except = new Set<string>();
  for (const d of regions) {
    if (d.end > offset) break;
    if (d.kind === 'disable') {
      if (!d.rules.length) {
        all = true;
        except.clear();
      }
      for (const r of d.rules) {
        off.add(r);
        except.delete(r);
      }
    } else {
      if (!d.rules.length) {
        all = false;
        off.clear();
        except.clear();
      }
      for (const r of d.rules) {
        off.delete(r);
        if (all) except.add(r);
      }
    }
  }
  return (all && !except.has(ruleId)) || off.has(ruleId);
}
