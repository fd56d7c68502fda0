/**
 * YAML front matter at the very top of a Markdown document (`---` … `---` or `...`), parsed with
 * `yaml`. Bad YAML never throws: the data is then empty and `error` says why.
 */
import { parse } from 'yaml';

/** A document's front matter block. */
export interface FrontMatter {
  /** Parsed mapping ({} when absent, not a mapping, or invalid); read only (shared between calls for the same YAML). */
  data: Record<string, unknown>;
  /** Offset of the opening `---`. */
  start: number;
  /** Offset just after the closing fence's line break (where the body starts). */
  end: number;
  /** Offset of the closing fence line (where new keys can be inserted). */
  closeStart: number;
  /** The line break the block uses. */
  eol: string;
  error?: string;
}

const OPEN = /^---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/gm;

/** Read the front matter of a document, or undefined when it has none. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!open) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const bodyFrom = bom + open[0].length;
  CLOSE.lastIndex = bodyFrom;
  const close = CLOSE.exec(text);
  if (!close) return undefined;
  const { data, error } = parseYaml(text.slice(bodyFrom, close.index));
  return { data, start: bom, end: close.index + close[0].length, closeStart: close.index, eol: open[1], error };
}

/** The last YAML parsed: the server reads a document's front matter on every keystroke, and it rarely changes. */
let lastYaml: { text: string; data: Record<string, unknown>; error?: string } | undefined;

/** Front matter YAML → mapping (shared with the last call for the same text: callers only read it). */
function parseYaml(yamlText: string): { data: Record<string, unknown>; error?: string } {
  if (lastYaml?.text === yamlText) return lastYaml;
  let data: Record<string, unknown> = {};
  let error: string | undefined;
  try {
    const parsed: unknown = parse(yamlText);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch (e) {
    error = (e as Error).message;
  }
  lastYaml = { text: yamlText, data, error };
  return lastYaml;
}

/** A front matter value as a list of strings (a string, or an array of strings). */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  return [];
}

/** The most common line break of a text ("\n" when it has none). */
export function lineBreakOf(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}
