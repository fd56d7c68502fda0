import { strict as assert } from 'node:assert';
import { applySpanEdits, checker } from '../helpers/findings';
import { buildCitation, citationFixes, citationPoint, detectCitationStyle, type InsertStyle } from '../../server/src/core/citefix';


describe('citation insertion (citefix)', () => {
  it('detects the style by the markers a document uses', () => {
    const style = (t: string, bib = false) => detectCitationStyle(t, checker.analyze(t).sentences, 'auto', bib);
    assert.equal(style('A claim [@k1]. Another [@k2].'), 'pandoc');
    assert.equal(style('A claim.[^1]\n\n[^1]: Source.\n'), 'footnote');
    assert.equal(style('A claim [1].\n\n## References\n\n1. Source.\n'), 'numeric');
    assert.equal(style('A claim with no citation.'), 'link');
    assert.equal(style('A claim with no citation.', true), 'pandoc');
    assert.equal(detectCitationStyle('A claim [@k].', [], 'footnote'), 'footnote');
  });

  it('puts the citation before the final punctuation, closing quotes and emphasis', () => {
    const p = (t: string) => t.slice(0, citationPoint(t, { start: 0, end: t.length }));
    assert.equal(p('Calcium triggers release. '), 'Calcium triggers release');
    assert.equal(p('*Calcium triggers release.*'), '*Calcium triggers release');
    assert.equal(p('It "triggers release."'), 'It "triggers release');
    assert.equal(p('No punctuation'), 'No punctuation');
  });

  it('never cites an unverified reference', () => {
    const text = 'Calcium entry triggers neurotransmitter release.';
    const ctx = { text, sentences: checker.analyze(text).sentences, facts: checker.facts, style: 'link' as InsertStyle };
    assert.equal(buildCitation(ctx, 'katz1968', { insert: 10 }), undefined);
    assert.equal(buildCitation(ctx, 'no-such-ref', { insert: 10 }), undefined);
    assert.deepEqual(citationFixes(ctx, { ruleId: 'uncited-claim', start: 0, end: text.length, sentence: { start: 0, end: text.length }, referenceIds: ['katz1968'] }), []);
  });

  it('numbers footnotes and reference entries after the existing ones and reuses an entry for the same work', () => {
    const foot = 'Claim one.[^1]\n\n[^1]: Someone. https://doi.org/10.1/x\n';
    const ctx = (text: string, style: InsertStyle) => ({ text, sentences: checker.analyze(text).sentences, facts: checker.facts, style });
    const f = buildCitation(ctx(foot, 'footnote'), 'dodge1967', { insert: 9 })!;
    assert.match(applySpanEdits(foot, f.edits), /^Claim one\[\^2\]\.\[\^1\][^]*\n\n\[\^2\]: Dodge/);
    const num = 'Claim [3].\n\n## References\n\n[3] Dodge, doi:10.1113/jphysiol.1967.sp008367\n';
    const n = buildCitation(ctx(num, 'numeric'), 'dodge1967', { insert: 5 })!;
    assert.equal(applySpanEdits(num, n.edits), 'Claim [3] [3].\n\n## References\n\n[3] Dodge, doi:10.1113/jphysiol.1967.sp008367\n');
    const n2 = buildCitation(ctx(num, 'numeric'), 'nowak1984', { insert: 5 })!;
    assert.match(applySpanEdits(num, n2.edits), /\n\[3\] Dodge[^\n]*\n\[4\] Nowak, L\., [^\n]*\[doi:10\.1038\/307462a0\]\(https:\/\/doi\.org\/10\.1038\/307462a0\)/);
  });

  it('replaces a vague source in place: its parentheses and search link go, a narrative mention reads on', () => {
    const fixOf = (text: string) => {
      const a = checker.analyze(text);
      const f = a.findings.find((x) => x.ruleId === 'vague-citation')!;
      const [fix] = citationFixes({ text, sentences: a.sentences, facts: checker.facts, style: 'link' }, { ...f, referenceIds: ['sudhof2012'] });
      return applySpanEdits(text, fix.edits);
    };
    const link = '[Südhof, 2012](https://doi.org/10.1101/cshperspect.a011353)';
    assert.equal(fixOf('Calcium entry triggers neurotransmitter release ([PubMed](https://pubmed.ncbi.nlm.nih.gov/?term=calcium)).'), `Calcium entry triggers neurotransmitter release (${link}).`);
    assert.equal(fixOf('Calcium entry triggers neurotransmitter release, according to [this search](https://scholar.google.com/scholar?q=calcium).'), `Calcium entry triggers neurotransmitter release, according to ${link}.`);
    assert.equal(fixOf('According to PubMed, calcium entry triggers neurotransmitter release.'), `According to ${link}, calcium entry triggers neurotransmitter release.`);
    assert.equal(fixOf('Calcium entry triggers neurotransmitter release. PubMed'), `Calcium entry triggers neurotransmitter release. (${link})`);
  });
});
