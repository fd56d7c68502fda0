import { strict as assert } from 'node:assert';
import { builtInFactBase } from '../../server/src/core/facts/factbase';
import {
  bibtex,
  cslItem,
  footnote,
  inText,
  links,
  markdownLinkCitation,
  pandocCitation,
  pandocKey,
  referenceLine,
} from '../../server/src/core/facts/format';
import type { CslItem } from '../../server/src/core/facts/types';

const base = builtInFactBase();
const ref = (id: string): CslItem => {
  const r = base.references.get(id);
  assert.ok(r, id);
  return r;
};

describe('citation formatters', () => {
  it('short in-text forms: one, two, three or more authors, "et al." placeholders, corporate authors, no year', () => {
    assert.equal(inText(ref('bers2002')), '(Bers, 2002)');
    assert.equal(inText(ref('dodge1967')), '(Dodge & Rahamimoff, 1967)');
    assert.equal(inText(ref('nowak1984')), '(Nowak et al., 1984)');
    assert.equal(inText(ref('garrison2020')), '(Garrison et al., 2020)');
    assert.equal(inText(ref('sudhof2012')), '(Südhof, 2012)');
    assert.equal(inText(ref('ods_magnesium')), '(National Institutes of Health, Office of Dietary Supplements, n.d.)');
  });

  it('pandoc key and citation, Markdown link citation and footnote', () => {
    assert.equal(pandocKey(ref('dodge1967')), 'dodge1967');
    assert.equal(pandocCitation(ref('dodge1967')), '[@dodge1967]');
    assert.equal(markdownLinkCitation(ref('bers2002')), '([Bers, 2002](https://doi.org/10.1038/415198a))');
    assert.equal(markdownLinkCitation(ref('nicholson1980')), '([Nicholson, 1980](https://pubmed.ncbi.nlm.nih.gov/6244979/))');
    const fn = footnote(ref('bers2002'));
    assert.equal(fn.marker, '[^bers2002]');
    assert.equal(fn.definition, '[^bers2002]: Bers, D. M. (2002). Cardiac excitation-contraction coupling. *Nature*, *415*(6868), 198–205. https://doi.org/10.1038/415198a');
  });

  it('links: doi.org, PubMed, PMC and URL, with the best one first', () => {
    assert.deepEqual(links(ref('dodge1967')), {
      doi: 'https://doi.org/10.1113/jphysiol.1967.sp008367',
      pubmed: 'https://pubmed.ncbi.nlm.nih.gov/6065887/',
      primary: 'https://doi.org/10.1113/jphysiol.1967.sp008367',
    });
    assert.equal(links(ref('lu2010')).pmc?.startsWith('https://pmc.ncbi.nlm.nih.gov/articles/PMC'), true);
    assert.deepEqual(links(ref('martiszus_elife67914')), { url: 'https://elifesciences.org/articles/67914', primary: 'https://elifesciences.org/articles/67914' });
    assert.deepEqual(links(ref('nicholson1980')), { pubmed: 'https://pubmed.ncbi.nlm.nih.gov/6244979/', primary: 'https://pubmed.ncbi.nlm.nih.gov/6244979/' });
  });

  it('reference-list lines for an article, a book, a web page and an item without a year', () => {
    assert.equal(
      referenceLine(ref('dodge1967')),
      'Dodge, F. A., Jr, & Rahamimoff, R. (1967). Co-operative action of calcium ions in transmitter release at the neuromuscular junction. The Journal of Physiology, 193(2), 419–432. https://doi.org/10.1113/jphysiol.1967.sp008367',
    );
    assert.equal(
      referenceLine(ref('nowak1984')),
      'Nowak, L., Bregestovski, P., Ascher, P., Herbet, A., & Prochiantz, A. (1984). Magnesium gates glutamate-activated channels in mouse central neurones. Nature, 307(5950), 462–465. https://doi.org/10.1038/307462a0',
    );
    assert.equal(
      referenceLine(ref('iom1997')),
      'Institute of Medicine, Standing Committee on the Scientific Evaluation of Dietary Reference Intakes. (1997). Dietary Reference Intakes for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride. National Academies Press. https://doi.org/10.17226/5776',
    );
    assert.equal(
      referenceLine(ref('ods_calcium')),
      'National Institutes of Health, Office of Dietary Supplements. (n.d.). Calcium: Fact Sheet for Health Professionals. NIH Office of Dietary Supplements. https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/',
    );
    assert.equal(
      referenceLine(ref('garrison2020'), { markdown: true }),
      'Garrison, S. R., Korownyk, C. S., Kolber, M. R., et al. (2020). Magnesium for skeletal muscle cramps. *Cochrane Database of Systematic Reviews*, *9*, CD009402. https://doi.org/10.1002/14651858.CD009402.pub3',
    );
  });

  it('BibTeX entries with doi and pmid, a Jr suffix, corporate authors, month macros and escaped specials', () => {
    assert.equal(
      bibtex(ref('dodge1967')),
      [
        '@article{dodge1967,',
        '  author = {Dodge, Jr, F. A. and Rahamimoff, R.},',
        '  title = {{Co-operative action of calcium ions in transmitter release at the neuromuscular junction}},',
        '  journal = {The Journal of Physiology},',
        '  year = {1967},',
        '  month = nov,',
        '  volume = {193},',
        '  number = {2},',
        '  pages = {419--432},',
        '  doi = {10.1113/jphysiol.1967.sp008367},',
        '  pmid = {6065887}',
        '}',
      ].join('\n'),
    );
    assert.match(bibtex(ref('iom1997')), /^@book\{iom1997,\n {2}author = \{\{Institute of Medicine, Standing Committee on the Scientific Evaluation of Dietary Reference Intakes\}\},/);
    assert.match(bibtex(ref('garrison2020')), /author = \{Garrison, Scott R\. and Korownyk, Christina S\. and Kolber, Michael R\. and others\}/);
    assert.match(bibtex(ref('ods_magnesium')), /^@misc\{ods_magnesium,[\s\S]*howpublished = \{NIH Office of Dietary Supplements\},[\s\S]*url = \{https:\/\/ods\.od\.nih\.gov\/factsheets\/Magnesium-HealthProfessional\/\}\n\}$/);
    const odd: CslItem = { id: 'x', type: 'article-journal', title: 'Ca & Mg: 50% of {cases} #1_a', author: [{ family: 'O_Neil', given: 'A.' }] };
    assert.match(bibtex(odd), /title = \{\{Ca \\& Mg: 50\\% of \\\{cases\\\} \\#1\\_a\}\}/);
    assert.match(bibtex(odd), /author = \{O\\_Neil, A\.\}/);
  });

  it('CSL-JSON items drop the verification bookkeeping and split name suffixes', () => {
    const item = cslItem(ref('dodge1967'));
    assert.equal(item.DOI, '10.1113/jphysiol.1967.sp008367');
    assert.equal(item.PMID, '6065887');
    for (const k of ['verified', 'verified_by', 'identifiers_confidence', 'note']) assert.ok(!(k in item), k);
    assert.deepEqual(item.author?.[0], { family: 'Dodge', given: 'F. A.', suffix: 'Jr' });
    assert.equal(ref('dodge1967').author?.[0].given, 'F. A., Jr', 'the stored item is unchanged');
  });
});
