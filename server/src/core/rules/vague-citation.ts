/** vague-citation: "PubMed", "studies show", search-page links — a gesture at evidence, not a source. */
import { suggestedReferences } from '../relevance';
import { ERROR_RULE_IDS, type Rule } from './rule';

const norm = (t: string): string => t.trim().replace(/\s+/g, ' ').toLowerCase();

export const vagueCitation: Rule = {
  id: 'vague-citation',
  description: 'A citation that points nowhere: "PubMed", "studies show", "experts say", a search-page link.',
  defaultSeverity: 'warning',
  docs: 'docs/rules/vague-citation.md',
  check(ctx) {
    let prev: (typeof ctx.sentences)[number] | undefined;
    for (const s of ctx.sentences) {
      const before = prev?.segment === s.segment ? prev : undefined;
      prev = s;
      if (s.segment.kind === 'heading') continue;
      const vague = s.citations.filter((c) => c.kind === 'vague');
      if (!vague.length) continue;
      // A vague phrase in a sentence that also carries a real citation is just wording.
      if (s.citations.some((c) => c.kind !== 'vague' && c.kind !== 'link')) continue;
      // Only a claim needs a source: a question, an anecdote or a news lede naming "researchers" is not one.
      // A bare "PubMed" or "Google Scholar" standing for the source of the sentence before is flagged anyway.
      // A phrase the user listed in `vaguePhrases` is flagged wherever it stands ("My aunt says …").
      const listed = (c: { text: string }) => ctx.config.vaguePhrases.some((p) => norm(p) === norm(c.text));
      if (!s.factual && !(!s.mentions.length && /PubMed|Google Scholar/.test(s.text)) && !vague.some(listed)) continue;
      // A claim found wrong (here, or in the sentence a bare "PubMed" stands for) has no supporting source to offer:
      // the references of the fact it contradicts found the opposite.
      const wrong = [s, s.mentions.length ? undefined : before].some((x) => x && ctx.reportsOf(x).some((r) => ERROR_RULE_IDS.has(r.ruleId)));
      const refs = wrong ? [] : suggestedReferences(s, ctx.facts);
      for (const c of vague) {
        ctx.report({
          sentence: s,
          span: c,
          message: `Vague citation: ${c.reason ?? `"${c.text}" names no source`}; cite the study itself (DOI or PMID).`,
          referenceIds: refs,
          data: { vagueText: c.text },
        });
      }
    }
  },
};
