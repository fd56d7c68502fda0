/**
 * Phrase templates of the word data (server/language/{citations,genres}.json) compiled to regular-expression source.
 * A template is words separated by spaces, with a few marks:
 * - `{a|b c}` one of the alternatives (each a template without braces); an empty alternative makes the
 *   group optional: `{very|} best` matches "best" and "very best";
 * - `*` alone is any one word; `word*` is the word followed by one or more word characters ("gumm*");
 * - `#` is a number ("3", "12b"), and the space before it may be missing ("fig.3");
 * - a space matches any run of white space, an apostrophe a straight or a curly one ("don't", "don’t");
 *   write `top{-| }rated` for a word with or without its hyphen.
 * The compiled source has no flags of its own: the caller picks case sensitivity and `u`.
 */

/** Any one word, quoted or not. */
const ANY_WORD = "[\\p{L}\\p{N}'’‘\"“”-]+";

/** Split a template at spaces outside braces. */
function units(template: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of template.trim()) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth === 0 && /\s/.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Literal text: regex characters escaped, apostrophes widened (a straight or a curly one). */
function literal(text: string): string {
  return text.replace(/['’]|[.*+?^${}()|[\]\\/]/g, (ch) => (ch === "'" || ch === '’' ? "['’]" : `\\${ch}`));
}

/** One unit: its source, and whether it may be left out (a group with an empty alternative). */
function unit(u: string): { source: string; optional: boolean; number: boolean } {
  if (u === '*') return { source: ANY_WORD, optional: false, number: false };
  if (u === '#') return { source: '\\d+[a-z]?', optional: false, number: true };
  const group = /^\{([^{}]*)\}$/.exec(u);
  if (group) {
    const alts = group[1].split('|');
    const present = alts.filter((a) => a.trim());
    return { source: `(?:${present.map(phraseSource).join('|')})`, optional: present.length < alts.length, number: false };
  }
  // Literal text with groups inside a word ("recogni{s|z}ed", "{calcium|magnesium}-rich") or a trailing "*".
  let source = '';
  const star = u.length > 1 && u.endsWith('*');
  for (const part of (star ? u.slice(0, -1) : u).split(/(\{[^{}]*\})/)) {
    if (!part) continue;
    if (part.startsWith('{')) {
      const alts = part.slice(1, -1).split('|');
      const inner = `(?:${alts.filter(Boolean).map(literal).join('|')})`;
      source += alts.includes('') ? `${inner}?` : inner;
    } else source += literal(part);
  }
  return { source: star ? `${source}\\w+` : source, optional: false, number: false };
}

/** The regex source of one template. */
export function phraseSource(template: string): string {
  const us = units(template).map(unit);
  const last = us.length - 1;
  let out = '';
  us.forEach((u, i) => {
    if (i === last && u.optional && i > 0) {
      out += `(?:\\s+${u.source})?`;
      return;
    }
    // The space after a unit (none after the last, or before an optional last unit, which brings its own).
    const next = us[i + 1];
    const space = !next || (i + 1 === last && next.optional) ? '' : next.number ? '\\s*' : '\\s+';
    out += u.optional ? `(?:${u.source}${space})?` : `${u.source}${space}`;
  });
  return out;
}

/** One non-capturing alternation of templates, in the order given. */
export function alternation(templates: readonly string[]): string {
  return `(?:${templates.map(phraseSource).join('|')})`;
}
