/**
 * Deterministic benchmark documents: realistic Markdown drafts built from a seeded PRNG.
 *
 * - `mixed`: mineral-physiology prose (claims with and without citations, vague citations, swapped
 *   roles, footnotes) interleaved with ordinary technical Markdown (headings, lists, tables, fenced
 *   and indented code, links, block quotes, HTML comments) and a references section at the end.
 * - `prose`: all mineral-physiology prose (paragraphs and headings only), the worst case for the
 *   claim and citation logic.
 *
 * The sentences are written for this generator from the fact base's vocabulary; the same seed and
 * size always give the same text.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const MINERAL = ['calcium', 'magnesium', 'Ca²⁺', 'Mg²⁺', 'extracellular calcium', 'serum magnesium', 'low magnesium', 'high calcium'];
const SUBJECT_CLAIMS = [
  'Calcium entry through voltage-gated channels triggers neurotransmitter release',
  'Magnesium blocks NMDA receptors at resting membrane potential',
  'Low extracellular calcium increases neuronal excitability',
  'Hypomagnesaemia is often accompanied by hypokalaemia',
  'Calcium binding to troponin C starts muscle contraction',
  'Magnesium is needed for the activity of Na⁺/K⁺-ATPase',
  'Parathyroid hormone raises blood calcium',
  'Severe hypocalcaemia can cause tetany and laryngospasm',
  'Magnesium influx triggers neurotransmitter release at the nerve terminal',
  'High calcium causes tetany in most patients',
  'Vitamin D increases intestinal calcium absorption',
  'Magnesium deficiency impairs parathyroid hormone secretion',
];
const TAILS = [
  ' [@dodge1967]',
  ' (Dodge & Rahamimoff, 1967)',
  ' ([review](https://doi.org/10.1113/jphysiol.1967.sp008367))',
  '[^1]',
  ' [2]',
  '',
  '',
  '',
  ' (see PubMed)',
];
const LEADS = ['', '', '', 'Studies show that ', 'In most adults, ', 'Clinically, ', 'As a rule, ', 'Experts say that '];
const SOFT = [
  'This matters for anyone writing about supplements.',
  'The details depend on the tissue and the species studied.',
  'Readers often ask how large the effect is in practice.',
  'We return to this point in the next section.',
  'The same pattern appears in several textbooks.',
];
const TECH = [
  'Install the dependencies with the package manager and run the build script before starting the server.',
  'The configuration file is read once at start-up; restart the process after changing it.',
  'Each request is logged with its duration, so slow handlers are easy to find in the output.',
  'The parser keeps exact source offsets, which makes precise error messages possible.',
  'Use the `--watch` flag during development to rebuild on every change.',
  'See the [contributing guide](https://example.org/contributing) for the review process.',
  'Tests run on every push; a red build blocks the merge.',
  'The cache is bounded, so memory use stays flat on long sessions.',
];
const WORDS = ['server', 'client', 'option', 'value', 'index', 'buffer', 'token', 'node', 'range', 'result', 'build', 'cache'];

function mineralSentence(r: Rand): string {
  const claim = pick(r, SUBJECT_CLAIMS);
  const lead = pick(r, LEADS);
  const body = lead ? lead + claim[0].toLowerCase() + claim.slice(1) : claim;
  return `${body}${pick(r, TAILS)}.`;
}

function mineralParagraph(r: Rand): string {
  const n = 2 + Math.floor(r() * 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r() < 0.75 ? mineralSentence(r) : pick(r, SOFT));
  return out.join(' ');
}

function techParagraph(r: Rand): string {
  const n = 2 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => pick(r, TECH)).join(' ');
}

function codeBlock(r: Rand): string {
  const lines = Array.from({ length: 3 + Math.floor(r() * 8) }, (_, i) => `  const ${pick(r, WORDS)}${i} = ${pick(r, WORDS)}(${Math.floor(r() * 100)});`);
  if (r() < 0.3) lines.splice(2, 0, '', '// calcium and magnesium in code are not claims', '');
  return ['```ts', 'function run() {', ...lines, '}', '```'].join('\n');
}

function table(r: Rand): string {
  const rows = Array.from({ length: 2 + Math.floor(r() * 4) }, () => `| ${pick(r, WORDS)} | ${Math.floor(r() * 1000)} | ${pick(r, MINERAL)} |`);
  return ['| name | value | note |', '| --- | ---: | --- |', ...rows].join('\n');
}

function list(r: Rand): string {
  const ordered = r() < 0.3;
  const items = Array.from({ length: 2 + Math.floor(r() * 5) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${r() < 0.4 ? mineralSentence(r) : pick(r, TECH)}`);
  return items.join('\n');
}

function block(r: Rand, kind: 'mixed' | 'prose', n: number): string {
  if (kind === 'prose') return n % 12 === 0 ? `## ${pick(r, ['Calcium', 'Magnesium', 'Nerves', 'Muscles', 'Heart'])} ${n}` : mineralParagraph(r);
  const x = r();
  if (n % 15 === 0) return `${'#'.repeat(2 + Math.floor(r() * 2))} Section ${n}`;
  if (x < 0.3) return mineralParagraph(r);
  if (x < 0.5) return techParagraph(r);
  if (x < 0.62) return codeBlock(r);
  if (x < 0.72) return list(r);
  if (x < 0.78) return table(r);
  if (x < 0.83) return `> ${mineralParagraph(r)}\n> ${pick(r, SOFT)}`;
  if (x < 0.86) return `    $ npm run ${pick(r, WORDS)}\n    ok`;
  if (x < 0.88) return `<!-- TODO: check the ${pick(r, WORDS)} numbers -->`;
  return techParagraph(r) + ` [${pick(r, WORDS)}](https://example.org/${pick(r, WORDS)})`;
}

const REFERENCES = [
  '## References',
  '',
  '1. Dodge FA, Rahamimoff R. Co-operative action of calcium ions in transmitter release. doi:10.1113/jphysiol.1967.sp008367',
  '2. A review of magnesium in medicine. PMID: 12345678',
  '',
  '[^1]: Dodge & Rahamimoff 1967, https://doi.org/10.1113/jphysiol.1967.sp008367',
  '',
].join('\n');

/** A document of about `bytes` UTF-8 bytes (characters, close enough for ASCII-heavy text). */
export function generate(kind: 'mixed' | 'prose', bytes: number, seed = 20_260_101): string {
  const r = prng(seed + (kind === 'prose' ? 1 : 0));
  const parts = ['---', 'title: Calcium and magnesium in nerves and muscles', '---', '', '# Calcium and magnesium', ''];
  let size = parts.join('\n').length + REFERENCES.length;
  for (let n = 1; size < bytes; n++) {
    const b = block(r, kind, n);
    parts.push(b, '');
    size += b.length + 2;
  }
  parts.push(REFERENCES);
  return parts.join('\n');
}
