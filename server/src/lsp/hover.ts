/**
 * Hover content, short Markdown with the most useful line first: a finding (what is wrong, what the
 * fact base says, references), a citation key (its bibliography entry), or a mineral term (its roles,
 * key facts and references with doi.org / PubMed links).
 */
import type { Finding } from '../core';
import { findEntry } from '../core/bibliography';
import { inTextLabel, linkList, referenceLine } from '../core/bibliography/format';
import { verifiedReference } from '../core/citefix';
import { referenceIndex, resolveItem } from '../core/citerefs';
import type { FactBase } from '../core/facts/factbase';
import type { FactDef } from '../core/facts/types';
import { describeReading, type ClaimReading } from '../core/judge/reading';
import { toSource } from '../core/markdown';
import { relevantFacts } from '../core/relevance';
import type { AnalyzedSentence } from '../core/rules/rule';
import type { Span } from '../core/types';
import type { DocAnalysis } from './analysis';
import { labValueHover } from './labHover';

/** Hover Markdown and the source span it is about. */
export interface HoverContent extends Span {
  markdown: string;
}

const SUPERSCRIPT: Record<string, string> = { '1': '¹', '2': '²', '3': '³' };

/** The sentence that contains a source offset. */
export function sentenceAt(d: DocAnalysis, offset: number): AnalyzedSentence | undefined {
  return d.analysis.sentences.find((s) => s.source.start <= offset && offset < s.source.end);
}

/** The pandoc citation key under a source offset, with its source span (including "@"). */
export function citationKeyAt(d: DocAnalysis, offset: number): { key: string; start: number; end: number } | undefined {
  const s = sentenceAt(d, offset);
  for (const c of s?.citations ?? []) {
    if (c.kind !== 'pandoc') continue;
    for (const m of c.text.matchAll(/(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu)) {
      const key = m[1].replace(/[.:;,]+$/, '');
      const at = c.start + m.index + m[0].indexOf('@');
      const span = toSource(s!.segment, at, at + 1 + key.length);
      if (span.start <= offset && offset <= span.end) return { key, ...span };
    }
  }
  return undefined;
}

/** A citation identified as fact-base references (citerefs.ts) under a source offset, with its source span. */
function resolvedCitationAt(s: AnalyzedSentence | undefined, offset: number): (Span & { references: string[] }) | undefined {
  for (const c of s?.citations ?? []) {
    if (!c.references?.length) continue;
    const span = toSource(s!.segment, c.start, c.end);
    if (span.start <= offset && offset < span.end) return { ...span, references: c.references };
  }
  return undefined;
}

/** The hover at a source offset, if any. */
export function hoverAt(d: DocAnalysis, offset: number): HoverContent | undefined {
  const key = citationKeyAt(d, offset);
  if (key) return { ...key, markdown: keyHover(d, key.key) };
  const facts = d.checker.facts;
  const s = sentenceAt(d, offset);
  const cited = resolvedCitationAt(s, offset);
  if (cited) {
    // A finding on the citation itself (citation-mismatch) comes first.
    const on = d.findings.find((f) => f.start <= offset && offset < f.end && f.start >= cited.start && f.end <= cited.end);
    return { start: cited.start, end: cited.end, markdown: [...(on ? [`**${on.message}**`, ''] : []), citedReferencesHover(cited.references, facts)].join('\n') };
  }
  const lab = s && labValueHover(s, offset, facts, (ids) => referenceLines(ids, facts));
  if (lab) return lab;
  const finding = d.findings.find((f) => f.start <= offset && offset < f.end);
  const mention = s?.mentions.map((m) => ({ m, span: toSource(s.segment, m.start, m.end) })).find((x) => x.span.start <= offset && offset < x.span.end);
  // On a mineral word inside a sentence-wide finding (uncited claim), the term explains most: show it under the finding line.
  if (finding && mention && finding.end - finding.start > mention.span.end - mention.span.start && !finding.factIds?.length) {
    return { ...mention.span, markdown: `**${finding.message}**\n\n${mineralHover(mention.m.mineral, s!, facts)}` };
  }
  if (finding) return { start: finding.start, end: finding.end, markdown: findingHover(finding, facts) };
  if (mention) return { ...mention.span, markdown: mineralHover(mention.m.mineral, s!, facts) };
  return undefined;
}

function referenceLines(ids: string[], facts: FactBase, limit = 3): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const ref = verifiedReference(facts, id);
    if (ref && !out.some((l) => l.includes(ref.title))) out.push(`- ${inTextLabel(ref)}: ${ref.title}. ${linkList(ref)}`);
    if (out.length >= limit) break;
  }
  return out;
}

/** Most facts listed under a cited reference. */
const MAX_CITED_FACTS = 5;

/** Each cited reference (label, title, links) and the facts it supports in the fact base, one line each. */
function citedReferencesHover(ids: string[], facts: FactBase): string {
  const out: string[] = [];
  for (const id of ids) {
    const ref = verifiedReference(facts, id);
    if (!ref) continue;
    if (out.length) out.push('');
    out.push(`**${inTextLabel(ref)}**: ${ref.title}. ${linkList(ref)}`.trim(), ...supportedFacts(id, facts));
  }
  return out.join('\n');
}

/** "In the fact base it supports:" and the facts a reference supports, one line each. */
function supportedFacts(id: string, facts: FactBase): string[] {
  const supported = facts.facts.filter((f) => f.references.includes(id));
  if (!supported.length) return [];
  const out = ['', 'In the fact base it supports:'];
  for (const f of supported.slice(0, MAX_CITED_FACTS)) out.push(`- ${f.statement}${f.mixed ? ' *(mixed evidence)*' : ''}`);
  if (supported.length > MAX_CITED_FACTS) out.push(`- … and ${supported.length - MAX_CITED_FACTS} more (Show Fact Base).`);
  return out;
}

function keyHover(d: DocAnalysis, key: string): string {
  const found = findEntry(d.bibliography, key);
  if (found) {
    const id = resolveItem(found.entry.item, referenceIndex(d.checker.facts));
    const line = `**${inTextLabel(found.entry.item)}** \`@${key}\`\n\n${referenceLine(found.entry.item)}\n\n*${found.file.path.split(/[\\/]/).pop()}*`;
    const on = d.findings.find((f) => f.ruleId === 'citation-mismatch' && f.citedReferenceIds?.includes(id ?? '') && d.text.slice(f.start, f.end).includes(`@${key}`));
    return [...(on ? [`**${on.message}**`, ''] : []), line, ...(id && verifiedReference(d.checker.facts, id) ? supportedFacts(id, d.checker.facts) : [])].join('\n');
  }
  const ref = verifiedReference(d.checker.facts, key);
  const where = d.bibliography.files.length ? 'not in the bibliography' : 'no bibliography';
  if (ref) return `**${inTextLabel(ref)}** \`@${key}\` (${where}; built-in verified reference)\n\n${referenceLine(ref)}`;
  return `\`@${key}\`: ${where}.`;
}

function findingHover(f: Finding, facts: FactBase): string {
  const lines = [`**${f.message}**`];
  // An error finding's claim as the checker read it, next to the fact that contradicts it.
  const claim = f.data?.claim as ClaimReading | undefined;
  if (claim) lines.push('', `Read as: ${describeReading(claim, facts)}${claim.hedged ? ' *(hedged)*' : ''}`);
  const fact = f.factIds?.map((id) => facts.factById.get(id)).find((x): x is FactDef => !!x);
  if (fact) lines.push('', `The fact base: ${fact.statement}${fact.mixed ? ' *(The evidence here is mixed.)*' : ''}`);
  const refs = referenceLines(f.referenceIds ?? fact?.references ?? [], facts);
  if (refs.length) lines.push('', ...refs);
  // The sub-check that found it, under the key that sets it on its own (docs/rules/contradicted-claim.md).
  if (typeof f.data?.check === 'string') lines.push('', `*Check: \`${f.ruleId}/${f.data.check}\`*`);
  return lines.join('\n');
}

function mineralHover(mineralId: string, s: AnalyzedSentence, facts: FactBase): string {
  const m = facts.mineralById.get(mineralId);
  const name = m ? m.names[0][0].toUpperCase() + m.names[0].slice(1) : mineralId;
  const ion = m ? ` (${m.symbol}${m.charge > 1 ? (SUPERSCRIPT[String(m.charge)] ?? m.charge) : ''}⁺)` : '';
  const roles: string[] = [];
  for (const fact of facts.facts) {
    for (const r of fact.roles ?? []) {
      if (r.agent !== mineralId || r.requirement) continue;
      const target = facts.targetById.get(r.target)?.label ?? r.target;
      const phrase = `${r.action === 'up' ? 'drives' : 'blocks'} ${target}`;
      if (!roles.includes(phrase)) roles.push(phrase);
    }
  }
  const relevant = relevantFacts(s, facts).filter((f) => f.minerals.includes(mineralId));
  const others = facts.facts.filter((f) => f.minerals.includes(mineralId) && !relevant.includes(f));
  const key = [...relevant, ...others].slice(0, 2);
  const lines = [`**${name}**${ion}${roles.length ? `: ${roles.slice(0, 3).join('; ')}.` : ''}`];
  if (key.length) lines.push('', ...key.map((f) => `- ${f.statement}${f.mixed ? ' *(mixed evidence)*' : ''}`));
  const refs = referenceLines(key.flatMap((f) => f.references), facts);
  if (refs.length) lines.push('', ...refs);
  return lines.join('\n');
}
