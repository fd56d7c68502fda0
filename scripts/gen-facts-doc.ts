/**
 * Writes docs/facts.md from the fact base data (server/facts/*.json), so reviewers can check the
 * science without reading code. `npm run docs:facts` writes it; `--check` exits 1 when the
 * committed file is stale (a unit test checks the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInFactBase, factsByTopic, type FactBase } from '../server/src/core/facts/factbase';
import { inTextBare, links, referenceLine } from '../server/src/core/facts/format';
import type { CslItem, FactDef } from '../server/src/core/facts/types';
import { conversions, formatConversions } from '../server/src/core/facts/units';

/** Where the generated file lives, relative to the repository root. */
export const FACTS_DOC = 'docs/facts.md';

const ARROW = { up: '↑', down: '↓' } as const;

function anchor(id: string): string {
  return `ref-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function label(base: FactBase, id: string): string {
  return base.targetById.get(id)?.label ?? base.mineralById.get(id)?.id ?? id;
}

function refLink(base: FactBase, id: string): string {
  const r = base.references.get(id);
  return r ? `[${inTextBare(r)}](#${anchor(id)})` : `\`${id}\` (missing!)`;
}

function factSection(base: FactBase, f: FactDef): string {
  const out: string[] = [`#### ${f.id} — ${f.title}`, ''];
  if (f.mixed) out.push('> **Mixed science.** The rules never call this contradicted; hovers say the evidence is mixed.', '');
  out.push(`**Statement.** ${f.statement}`, '', `**Explanation.** ${f.explanation}`, '');
  const items: string[] = [];
  items.push(`Minerals: ${f.minerals.join(', ')}`);
  for (const r of f.roles ?? [])
    items.push(`Role: ${label(base, r.agent)} ${r.requirement ? 'is needed for' : ARROW[r.action]} ${label(base, r.target)}${r.requirement ? ' (judged only for "is needed for" wordings)' : ''}${r.antagonist ? `; giving this role to ${label(base, r.antagonist)} is a reversed role` : ''}`);
  for (const e of f.effects ?? []) items.push(`Effect: ${e.level} ${e.mineral} → ${label(base, e.target)} ${ARROW[e.direction]}`);
  const cond = (c: NonNullable<FactDef['treatments']>[number]['condition']): string => ('target' in c ? label(base, c.target) : `${c.level} ${c.mineral}`);
  for (const t of f.treatments ?? [])
    items.push(
      `Treatment: ${label(base, t.agent)}${t.alone ? ' alone' : ''} ${t.effective ? 'corrects' : 'does not correct'} ${cond(t.condition)}${t.setting ? ` in ${cond(t.setting)}` : ''}${t.confusedWith ? `; giving ${label(base, t.confusedWith)} instead is a reversed role` : ''}`,
    );
  for (const d of f.distinct ?? []) items.push(`Distinct measures: ${d.first[0]} ≠ ${d.second[0]}`);
  for (const x of f.indicators ?? []) items.push(`Indicator: ${x.measure[0]} is ${x.reliable ? 'a reliable' : 'not a reliable'} guide to ${x.of[0]}`);
  for (const c of f.causes ?? []) items.push(`Causes of ${cond(c.condition)}: mostly ${c.main.join(', ')}; rarely ${c.minor.join(', ')}`);
  for (const x of f.spares ?? []) items.push(`Spares: ${label(base, x.agent)} leaves ${label(base, x.target)} unchanged`);
  for (const x of f.poweredBy ?? []) items.push(`Powered by: ${x.pump[0]} runs on ${x.by[0]}; saying ${x.notBy[0]} drives it contradicts the fact`);
  for (const x of f.signs ?? []) items.push(`Sign: ${label(base, x.sign)} belongs to ${x.of.map(cond).join(', ')}; giving it to ${x.notOf.map(cond).join(' or ')} contradicts the fact`);
  for (const c of f.cooperativity ?? []) items.push(`Cooperativity: ${label(base, c.target)} grows with about the ${c.order}th power of ${c.mineral}`);
  const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
  for (const r of f.rankings ?? [])
    items.push(`Ranking (${r.quantity} of ${r.among}s, ${r.compartment}): ${r.places.map((p) => `${ORD[p.rank] ?? `#${p.rank}`} ${p.ion}`).join(', ')}`);
  for (const o of f.overclaims ?? [])
    items.push(o.proves ? `Overclaim: ${o.terms[0]} taken as proof of ${o.proves} ${o.mineral}` : `Overclaim: ${o.mineral} as a certain ${o.certain === 'down' ? 'remedy for' : 'cause of'} ${o.terms[0]}`);
  for (const r of f.ranges ?? []) items.push(`Range: ${r.measure} ${r.mineral} ${r.low}–${r.high} ${r.unit}${r.note ? ` (${r.note})` : ''}`);
  for (const x of f.intake ?? [])
    items.push(`Intake: ${x.kind.toUpperCase()} ${x.value} ${x.unit} — ${x.population}${x.scope === 'supplemental' ? ' (supplements and medicines only)' : ''}`);
  for (const w of f.wrong ?? []) items.push(`Wrong version: “${w}”`);
  if (f.suggestion) items.push(`Suggested wording: “${f.suggestion}”`);
  if (f.basedOn) items.push(`Split from ${f.basedOn} of the shared claims list`);
  for (const n of f.notes ?? []) items.push(`Note: ${n}`);
  out.push(...items.map((i) => `- ${i}`), '');
  out.push(`**References:** ${f.references.map((id) => refLink(base, id)).join('; ')}`, '');
  return out.join('\n');
}

function referenceSection(r: CslItem): string {
  const l = links(r);
  const out = [`<a id="${anchor(r.id)}"></a>`, `**${r.id}** — ${referenceLine(r, { markdown: true })}`, ''];
  const linkItems = [l.doi && `[DOI ${r.DOI}](${l.doi})`, l.pubmed && `[PubMed ${r.PMID}](${l.pubmed})`, l.pmc && `[${r.PMCID}](${l.pmc})`, !l.doi && l.url && `[web page](${l.url})`].filter(Boolean);
  if (linkItems.length) out.push(`- Links: ${linkItems.join(' · ')}`);
  const conf = r.identifiers_confidence;
  if (typeof conf === 'string') out.push(`- Identifiers: ${conf}`);
  // Only the records a reviewer can open; the data file keeps the full verification notes.
  for (const v of r.verified_by ?? []) if (/^https?:\/\//.test(v)) out.push(`- Checked against: <${v}>`);
  out.push('');
  return out.join('\n');
}

/** The whole of docs/facts.md for a fact base. */
export function renderFactsDoc(base: FactBase = builtInFactBase()): string {
  const mixed = base.facts.filter((f) => f.mixed);
  const out: string[] = [
    '# Fact base',
    '',
    '<!-- Generated from server/facts/*.json by `npm run docs:facts`. Do not edit by hand. -->',
    '',
    `The checker's explanations, verdicts and suggested citations all come from these ${base.facts.length} facts ` +
      `(${mixed.length} of them marked as mixed science) and ${base.references.size} references. Every reference was checked ` +
      'against a real record (PubMed, PMC, the publisher or the web page itself); the "Checked against" lines say where. ' +
      'References that could not be confirmed are listed at the end: an article may cite them and the checker recognises ' +
      'them, but it never inserts them.',
    '',
    'Facts F01–F36 follow the shared claims list; later facts split multi-part claims into atomic ones ("Split from …").',
    'Roles and effects are what the `reversed-role` and `contradicted-claim` rules compare sentences with; ranges and ' +
      'intake figures are what lab values and doses are checked against; rankings say which ion holds which place (F31), ' +
      'and overclaims which statements of mixed science are wrong only when made certain (F33). To add or override facts without code, write a ' +
      '`*.facts.json` file against [`server/facts/schema/facts.schema.json`](../server/facts/schema/facts.schema.json) and ' +
      'list it in `mineralClaims.factFiles` (or pass `--facts <file>` on the command line); see ' +
      '[`examples/facts/sodium-potassium.facts.json`](../examples/facts/sodium-potassium.facts.json). ' +
      'A fact file can also teach the checker relation words: a `relations` list in the shape of ' +
      '[`server/language/relations.json`](../server/language/relations.json) (for example `{ "lemma": "spur", "direction": "up" }` ' +
      'reads "spurs", "spurred" and "spurring"; irregular verbs go in `irregular`).',
    '',
    '## Unit conversions',
    '',
    '| mineral | molar mass (g/mol) | charge | 1 mmol/L equals |',
    '| --- | --- | --- | --- |',
    ...base.minerals.map((m) => `| ${m.id} | ${m.molarMass} | ${m.charge}+ | ${formatConversions(conversions(1, 'mmol/L', m).slice(1))} |`),
    '',
    '## Facts',
    '',
    'Facts are grouped by topic.',
    '',
    ...factsByTopic(base.facts).flatMap((g) => [`### ${g.topic}`, '', ...g.facts.map((f) => factSection(base, f))]),
    '## References',
    '',
    ...[...base.references.values()].map(referenceSection),
  ];
  if (base.recognised.size) {
    out.push('## Recognised but never inserted', '', 'Their details could not be confirmed, so the checker recognises a citation of them but never offers them as a fix.', '');
    for (const r of base.recognised.values()) {
      const missing = Array.isArray(r.unverified_fields) ? ` Unconfirmed: ${(r.unverified_fields as string[]).join(', ')}.` : '';
      out.push(`- **${r.id}** — ${r.title}.${missing}`);
    }
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function main(): void {
  const root = join(__dirname, '..');
  const target = join(root, FACTS_DOC);
  const text = renderFactsDoc();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`${FACTS_DOC} is out of date with server/facts: run \`npm run docs:facts\`.`);
      process.exit(1);
    }
    console.log(`${FACTS_DOC} matches server/facts`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${FACTS_DOC}`);
  }
}

if (require.main === module) main();
