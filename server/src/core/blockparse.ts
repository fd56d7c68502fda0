/**
 * Parsing for block-wise analysis: the same Markdown dialect as markdown.ts (CommonMark + GFM +
 * front matter), but each GFM syntax extension is only switched on for text that contains the
 * character it starts with. A syntax that cannot occur in a text cannot change its tree, and
 * micromark otherwise tries every extension at every line or character: the autolink literal
 * extension alone makes parsing about 1.7 times slower. The property test
 * (test/property/blockwise.test.ts) checks that the trees give the same segments as the full dialect.
 */
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { unclosedFrontMatter, type MdNode } from './markdown';
import { limitNesting } from './nesting';

/** Each GFM extension with the test that says it may apply to a text. */
const EXTENSIONS = [
  { test: (t: string) => /www\.|:\/\/|@/i.test(t), make: () => gfmAutolinkLiteral() },
  { test: (t: string) => t.includes('[^'), make: () => gfmFootnote() },
  { test: (t: string) => t.includes('~'), make: () => gfmStrikethrough() },
  { test: (t: string) => t.includes('|'), make: () => gfmTable() },
  { test: (t: string) => t.includes('['), make: () => gfmTaskListItem() },
];
const FRONT_MATTER = 1 << EXTENSIONS.length;

const processors = new Map<number, Processor>();

function processorFor(mask: number): Processor {
  let p = processors.get(mask);
  if (!p) {
    const micromark = EXTENSIONS.filter((_, i) => mask & (1 << i)).map((e) => e.make());
    p = unified()
      .use(remarkParse)
      .use(function gfmSubset(this: Processor) {
        const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
        (data.micromarkExtensions ??= []).push(...micromark);
        (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
      }) as unknown as Processor;
    if (mask & FRONT_MATTER) p = p.use(remarkFrontmatter, ['yaml', 'toml']) as unknown as Processor;
    processors.set(mask, p);
  }
  return p;
}

/** Which GFM extensions a text may need, as a bit mask. */
export function syntaxMask(text: string): number {
  let mask = 0;
  EXTENSIONS.forEach((e, i) => {
    if (e.test(text)) mask |= 1 << i;
  });
  return mask;
}

/** Parse Markdown like `markdown.ts` does; `frontMatter: false` for text that does not start a document. */
export function parseBlockMarkdown(source: string, frontMatter: boolean): MdNode {
  const withFrontMatter = frontMatter && !unclosedFrontMatter(source);
  return processorFor(syntaxMask(source) | (withFrontMatter ? FRONT_MATTER : 0)).parse(limitNesting(source)) as MdNode;
}
