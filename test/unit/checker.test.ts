import { strict as assert } from 'node:assert';
import { createClaimChecker } from '../../server/src/core';
import { swapMineralText } from '../../server/src/core/rules/reversed-role';
import { checker, flagged, ruleIds } from '../helpers/findings';


describe('claim checker: first-version rules', () => {
  it('uncited-claim flags an uncited mechanism claim and not a cited one', () => {
    assert.deepEqual(ruleIds('Calcium entry triggers neurotransmitter release at the synapse.'), ['uncited-claim']);
    assert.deepEqual(ruleIds('Calcium entry triggers neurotransmitter release at the synapse [@sudhof2012].'), []);
    assert.deepEqual(ruleIds('Calcium entry triggers neurotransmitter release ([Südhof, 2012](https://doi.org/10.1101/cshperspect.a011353)).'), []);
  });

  it('vague-citation flags bare PubMed and "studies show" at the phrase', () => {
    assert.deepEqual(flagged('Calcium entry triggers transmitter release. PubMed', 'vague-citation'), ['PubMed']);
    assert.deepEqual(flagged('Studies show that magnesium reduces transmitter release.', 'vague-citation'), ['Studies show']);
  });

  it('reversed-role flags the swapped mineral word and offers a case-preserving swap', () => {
    const md = 'Magnesium influx triggers neurotransmitter release at the nerve terminal.';
    const [f] = checker.check(md);
    assert.equal(f.ruleId, 'reversed-role');
    assert.equal(md.slice(f.start, f.end), 'Magnesium');
    assert.equal(f.fixes?.[0].edits[0].newText, 'Calcium');
    const ion = 'Entry of Mg²⁺ triggers vesicle fusion and transmitter release.';
    const [g] = checker.check(ion);
    assert.equal(g.ruleId, 'reversed-role');
    assert.equal(g.fixes?.[0].edits[0].newText, 'Ca²⁺');
  });

  it('contradicted-claim flags high calcium causing hyperexcitability, not low calcium', () => {
    assert.deepEqual(ruleIds('Hypercalcaemia causes tetany and muscle cramps.'), ['contradicted-claim']);
    assert.deepEqual(ruleIds('Elevated calcium levels can lead to hyperexcitability of neurons.'), ['contradicted-claim']);
    assert.deepEqual(ruleIds('Hypocalcaemia causes tetany and muscle cramps [@cooper2008].'), []);
    assert.deepEqual(ruleIds('Magnesium deficiency can lead to hyperexcitability of neurons [@agus1999].'), []);
  });

  it('finds nothing inside code, front matter or HTML, nor on headings', () => {
    const md = [
      '---',
      'summary: Hypercalcaemia causes tetany.',
      '---',
      '# Calcium triggers release',
      '',
      '```',
      'Magnesium influx triggers neurotransmitter release. PubMed',
      '```',
      '',
      '<p>Hypercalcaemia causes tetany. Studies show calcium matters.</p>',
      '',
      'Inline `Hypercalcaemia causes tetany` code.',
    ].join('\n');
    assert.deepEqual(checker.check(md), []);
  });

  it('gives exact ranges with CRLF, tabs and emoji before the claim', () => {
    const md = '# Notes\r\n\r\n🧪\tMagnesium influx triggers neurotransmitter release.\r\n';
    const [f] = checker.check(md);
    assert.equal(md.slice(f.start, f.end), 'Magnesium');
  });

  it('honours per-rule severity and "off"', () => {
    const c = createClaimChecker({ config: { rules: { 'uncited-claim': 'off', 'reversed-role': 'warning' } } });
    const fs = c.check('Magnesium influx triggers neurotransmitter release. Calcium entry triggers exocytosis of vesicles.');
    assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['reversed-role', 'warning']]);
  });

  it('swaps a mineral name as a whole word: "Calcium" becomes "Magnesium", never "Mglcium"', () => {
    const md = 'Calcium blocks the NMDA receptor channel at rest.';
    const f = checker.check(md).find((x) => x.ruleId === 'reversed-role');
    assert.ok(f, 'reversed-role expected');
    assert.equal(md.slice(f.start, f.end), 'Calcium');
    assert.equal(f.fixes?.[0].edits[0].newText, 'Magnesium');
    assert.equal(swapMineralText('Ca(2+)', 'calcium', 'magnesium', checker.facts), 'Mg(2+)');
    assert.equal(swapMineralText('CALCIUM', 'calcium', 'magnesium', checker.facts), 'MAGNESIUM');
    assert.equal(swapMineralText('Cats', 'calcium', 'magnesium', checker.facts), undefined);
  });

  it('a footnote or numeric reference whose only identifier is a bare doi.org URL is a real citation', () => {
    const footnote = 'Calcium entry triggers transmitter release.[^1]\n\n[^1]: Südhof TC. Calcium control of neurotransmitter release. https://doi.org/10.1101/cshperspect.a011353\n';
    assert.deepEqual(ruleIds(footnote), []);
    const numeric = 'Calcium entry triggers transmitter release [1].\n\n## References\n\n1. Südhof TC. Calcium control of neurotransmitter release. https://doi.org/10.1101/cshperspect.a011353\n';
    assert.deepEqual(ruleIds(numeric), []);
    // Without any identifier the entry stays vague.
    assert.deepEqual(ruleIds('Calcium entry triggers transmitter release.[^1]\n\n[^1]: Südhof, a review about release.\n'), ['vague-citation']);
  });

  it('suggests journal articles of the facts a claim is about, also for a sentence with no extracted claim', () => {
    const refsOf = (md: string) => checker.check(md).find((f) => f.ruleId === 'uncited-claim')?.referenceIds ?? [];
    const release = refsOf('When a nerve impulse reaches the terminal, voltage-gated calcium channels open and calcium enters, and transmitter release follows.');
    assert.ok(release.includes('sudhof2012') || release.includes('dodge1967'), release.join());
    const hyper = refsOf('Hypercalcaemia causes muscle weakness and lethargy.');
    assert.ok(hyper.length > 0);
    const articleFirst = hyper.findIndex((id) => checker.facts.references.get(id)?.type !== 'article-journal');
    assert.ok(articleFirst < 0 || hyper.slice(articleFirst).every((id) => checker.facts.references.get(id)?.type !== 'article-journal'), hyper.join());
    assert.ok(refsOf('Calcium and magnesium play opposing roles in nerve signalling.').length > 0);
  });

  it('counts a bare pandoc key, a bare URL and a link labelled with the site or an acronym as citations', () => {
    assert.deepEqual(ruleIds('@dodge1967 showed that transmitter release rises steeply with calcium.'), []);
    assert.deepEqual(ruleIds('Calcium triggers transmitter release (contact: editor@calcium2020.org).'), ['uncited-claim']);
    assert.deepEqual(ruleIds('About 45 % of serum calcium is bound to albumin (StatPearls, https://statpearls.com/point-of-care/23158).'), []);
    assert.deepEqual(ruleIds('Most adults need 1000 mg of calcium a day ([ODS](https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/)).'), []);
    // A link on a term still explains a word and cites nothing.
    assert.deepEqual(ruleIds('[Calcium](https://example.org/glossary/calcium) triggers transmitter release.'), ['uncited-claim']);
  });
});

