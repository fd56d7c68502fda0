import { strict as assert } from 'node:assert';
import { createClaimChecker, type Finding } from '../../server/src/core';
import { referenceIndex, resolveAuthorYear, resolveItem } from '../../server/src/core/citerefs';
import { replaceCitationFixes, type InsertStyle } from '../../server/src/core/citefix';
import { parseBibliography } from '../../server/src/core/bibliography';
import type { Bibliography } from '../../server/src/core/bibliography';

const checker = createClaimChecker();
const ix = referenceIndex(checker.facts);

/** The references every citation of a text resolves to, in order ("-" for none, "?" marks unresolved parts). */
function resolved(text: string): string[] {
  return checker
    .analyze(text)
    .sentences.flatMap((s) => s.citations)
    .filter((c) => c.kind !== 'vague')
    .map((c) => `${(c.references ?? []).join('+') || '-'}${c.unresolved ? '?' : ''}`);
}

const mismatches = (text: string, config = {}): Finding[] =>
  createClaimChecker({ config }).check(text).filter((f) => f.ruleId === 'citation-mismatch');

describe('citation resolution (citerefs)', () => {
  it('identifies DOIs, PMIDs and PMCIDs in text and in doi.org, PubMed and PMC links', () => {
    assert.deepEqual(resolved('Calcium entry sets off exocytosis (doi:10.1101/cshperspect.a011353).'), ['sudhof2012']);
    assert.deepEqual(resolved('Calcium entry sets off exocytosis (PMID: 22068972).'), ['sudhof2012']);
    assert.deepEqual(resolved('Calcium entry sets off exocytosis (PMC3249630).'), ['sudhof2012']);
    assert.deepEqual(resolved('Magnesium plugs the pore ([paper](https://doi.org/10.1038/307462A0)).'), ['nowak1984']);
    assert.deepEqual(resolved('Magnesium plugs the pore ([abstract](https://pubmed.ncbi.nlm.nih.gov/6325946/)).'), ['mayer1984']);
    assert.deepEqual(resolved('Calcium entry sets off exocytosis ([full text](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3249630/)).'), ['sudhof2012']);
    assert.deepEqual(resolved('See the fact sheet ([ODS](https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/)).'), ['ods_magnesium']);
    // An identifier of a work outside the fact base is left unresolved.
    assert.deepEqual(resolved('Calcium entry sets off exocytosis (doi:10.1000/xyz123).'), ['-?']);
  });

  it('identifies footnotes and numbered references through the identifier of their entry', () => {
    const numbered = 'Magnesium plugs the NMDA channel [1]. Calcium triggers release [2-3].\n\n## References\n\n1. Nowak L et al. Nature 1984. https://doi.org/10.1038/307462a0\n2. Südhof TC. PMID 22068972.\n3. Some book, Springer 2001, pp. 4–9.\n';
    assert.deepEqual(resolved(numbered).slice(0, 2), ['nowak1984', 'sudhof2012?']);
    const footnote = 'Low calcium makes nerves twitchy.[^c]\n\n[^c]: Cooper MS, Gittoes NJL. BMJ 2008. PMID: 18535072.\n';
    assert.deepEqual(resolved(footnote).slice(0, 1), ['cooper2008']);
  });

  it('identifies an author–year only when exactly one reference has that first author and year', () => {
    const ay = (t: string) => resolveAuthorYear(t, ix);
    assert.deepEqual(ay('(Nowak et al. 1984)'), { references: ['nowak1984'], unresolved: false });
    assert.deepEqual(ay('(Dodge & Rahamimoff, 1967)'), { references: ['dodge1967'], unresolved: false });
    assert.deepEqual(ay('As Südhof (2012)'), { references: ['sudhof2012'], unresolved: false });
    // Lead words come from server/language/function-words.json (citationLeads).
    assert.deepEqual(ay('(e.g., Bers, 2002)'), { references: ['bers2002'], unresolved: false });
    assert.deepEqual(ay('(according to Agus, 1999)'), { references: ['agus1999'], unresolved: false });
    assert.deepEqual(ay('(see Nowak et al., 1984; Mayer et al., 1984)'), { references: ['nowak1984', 'mayer1984'], unresolved: false });
    assert.deepEqual(ay('(Institute of Medicine, 1997)'), { references: ['iom1997'], unresolved: false });
    // Wrong year, wrong second author, the first author named second: not certain.
    assert.equal(ay('(Nowak et al. 1985)').unresolved, true);
    assert.equal(ay('(Dodge & Miledi, 1967)').unresolved, true);
    assert.equal(ay('(Gittoes & Cooper, 2008)').unresolved, true);
  });

  it('identifies a bibliography entry by its DOI or PMID, never by its key alone', () => {
    assert.equal(resolveItem({ id: 'x', type: 'article-journal', title: 'T', DOI: 'https://doi.org/10.1038/307462a0' }, ix), 'nowak1984');
    assert.equal(resolveItem({ id: 'x', type: 'article-journal', title: 'T', PMID: '18535072' }, ix), 'cooper2008');
    assert.equal(resolveItem({ id: 'nowak1984', type: 'article-journal', title: 'Magnesium gates glutamate-activated channels' }, ix), undefined);
  });
});

describe('citation-mismatch', () => {
  it('a claim against the fact the cited study supports: the study found the opposite (a warning on the citation)', () => {
    const text = 'Magnesium opens the NMDA receptor channel at rest (Nowak et al. 1984).';
    const [f] = mismatches(text);
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.start, f.end), '(Nowak et al. 1984)');
    assert.match(f.message, /^The cited study \(Nowak et al\. 1984\) found the opposite: magnesium blocks NMDA receptors/);
    assert.deepEqual(f.citedReferenceIds, ['nowak1984']);
    // The error rule still flags the claim itself.
    assert.ok(createClaimChecker().check(text).some((x) => x.ruleId === 'contradicted-claim'));
  });

  it('a reference about another topic: info, with verified references that support the claim', () => {
    const text = 'Extracellular magnesium blocks the NMDA receptor channel at resting potential ([Cooper & Gittoes, 2008](https://doi.org/10.1136/bmj.39582.589433.BE)).';
    const [f] = mismatches(text);
    assert.equal(f.severity, 'info');
    assert.match(f.message, /^The cited study \(Cooper & Gittoes 2008, “Diagnosis and management of hypocalcaemia”\) is about another topic, not magnesium and /);
    assert.deepEqual(f.citedReferenceIds, ['cooper2008']);
    assert.ok(f.referenceIds?.includes('nowak1984'));
    // Configured milder than info, the rule stays milder.
    assert.equal(mismatches(text, { rules: { 'citation-mismatch': 'hint' } })[0].severity, 'hint');
  });

  it('says nothing when the citation supports the claim, is not identified, or the topic is not certain', () => {
    assert.deepEqual(mismatches('Extracellular magnesium blocks the NMDA receptor channel at rest (Nowak et al. 1984).'), []);
    // Same author and year as no reference: unresolved.
    assert.deepEqual(mismatches('Magnesium opens the NMDA receptor channel at rest (Nowak et al. 1986).'), []);
    // One of two cited works unknown: the topic judgement needs every work.
    assert.deepEqual(mismatches('Extracellular magnesium blocks the NMDA receptor channel (Cooper & Gittoes, 2008; Smith, 2011).'), []);
    // A reference whose title names the sentence's mineral is within its scope.
    assert.deepEqual(mismatches('Low magnesium causes tetany and seizures (Fawcett et al., 1999).'), []);
    // No claim read from a relation word: no topic to compare.
    assert.deepEqual(mismatches('Magnesium and NMDA receptors are a fascinating pair (Cooper & Gittoes, 2008).'), []);
  });

  it('is switched off by configuration and by an inline comment', () => {
    const text = 'Magnesium opens the NMDA receptor channel at rest (Nowak et al. 1984).';
    assert.deepEqual(mismatches(text, { rules: { 'citation-mismatch': 'off' } }), []);
    assert.deepEqual(mismatches(`<!-- mineral-claims-disable-next-line citation-mismatch -->\n${text}`), []);
  });

  it('pandoc keys: identified through the bibliography entry, judged with the bibliography', () => {
    const bib = (text: string): Bibliography => ({ files: [{ path: '/x/refs.bib', format: 'bibtex', text, exists: true, ...parseBibliography(text, 'bibtex') }] });
    const doc = 'Magnesium opens the NMDA receptor channel at rest [@nmda84].';
    const run = (b: Bibliography) => checker.findingsWith(checker.analyze(doc), { bibliography: b }).filter((f) => f.ruleId === 'citation-mismatch');
    const [f] = run(bib('@article{nmda84, title={Magnesium gates glutamate-activated channels}, author={Nowak, L.}, year={1984}, doi={10.1038/307462a0}}'));
    assert.equal(doc.slice(f.start, f.end), '[@nmda84]');
    assert.deepEqual(f.citedReferenceIds, ['nowak1984']);
    // An entry without an identifier: not certain, nothing said.
    assert.deepEqual(run(bib('@article{nmda84, title={Magnesium gates glutamate-activated channels}, author={Nowak, L.}, year={1984}}')), []);
  });

  it('the replace fix rewrites the whole citation in its own style (a link with its URL, a footnote with a new definition), and the mismatch goes', () => {
    const apply = (text: string, edits: { start: number; end: number; newText: string }[]) =>
      [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
    const fixed = (text: string): string => {
      const [f] = mismatches(text);
      const ctx = { text, sentences: checker.analyze(text).sentences, facts: checker.facts, style: 'pandoc' as InsertStyle };
      const [edit] = replaceCitationFixes(ctx, f);
      assert.ok(edit?.preferred, 'a preferred replacement');
      assert.deepEqual(edit.files, []);
      return apply(text, edit.edits);
    };
    const link = fixed('Extracellular magnesium blocks the NMDA receptor channel at rest ([Cooper & Gittoes, 2008](https://doi.org/10.1136/bmj.39582.589433.BE)).');
    assert.equal(link, 'Extracellular magnesium blocks the NMDA receptor channel at rest ([Nowak et al., 1984](https://doi.org/10.1038/307462a0)).');
    const footnote = fixed('Extracellular magnesium blocks the NMDA receptor channel at rest.[^c]\n\n[^c]: Cooper MS, Gittoes NJL. BMJ 2008. PMID: 18535072\n');
    assert.match(footnote, /at rest\.\[\^(\S+)\][^]*\n\[\^\1\]: Nowak[^\n]*10\.1038\/307462a0/);
    assert.deepEqual(mismatches(link), []);
    assert.deepEqual(mismatches(footnote), []);
  });
});
