import { strict as assert } from 'node:assert';
import { filterSuppressed, findDirectives } from '../../server/src/core/suppress';

const f = (ruleId: string, text: string, needle: string) => ({ ruleId, start: text.indexOf(needle) });

describe('suppression comments', () => {
  const body = 'Alpha claim.\n\nBeta claim.\n\nGamma claim.\n';

  it('disable/enable regions per rule and for all rules', () => {
    const text = `Alpha claim.\n\n<!-- mineral-claims-disable uncited-claim -->\n\nBeta claim.\n\n<!-- mineral-claims-enable uncited-claim -->\n\nGamma claim.\n`;
    const all = ['Alpha', 'Beta', 'Gamma'].flatMap((w) => [f('uncited-claim', text, w), f('vague-citation', text, w)]);
    const kept = filterSuppressed(text, all).map((x) => `${x.ruleId}@${text.slice(x.start, x.start + 4)}`);
    assert.deepEqual(kept, ['uncited-claim@Alph', 'vague-citation@Alph', 'vague-citation@Beta', 'uncited-claim@Gamm', 'vague-citation@Gamm']);
    const off = `<!-- mineral-claims-disable -->\n\n${body}<!-- mineral-claims-enable vague-citation -->\n\nDelta claim.\n`;
    const kept2 = filterSuppressed(off, [f('uncited-claim', off, 'Beta'), f('uncited-claim', off, 'Delta'), f('vague-citation', off, 'Delta')]);
    assert.deepEqual(kept2.map((x) => x.ruleId), ['vague-citation']);
  });

  it('disable-next-line covers only the next line, with or without rule ids', () => {
    const text = `<!-- mineral-claims-disable-next-line reversed-role, uncited-claim -->\nAlpha claim.\nBeta claim.\n<!-- mineral-claims-disable-next-line -->\nGamma claim.\n`;
    const all = [f('reversed-role', text, 'Alpha'), f('vague-citation', text, 'Alpha'), f('reversed-role', text, 'Beta'), f('vague-citation', text, 'Gamma')];
    assert.deepEqual(filterSuppressed(text, all).map((x) => `${x.ruleId}@${text.slice(x.start, x.start + 4)}`), ['vague-citation@Alph', 'reversed-role@Beta']);
  });

  it('front matter disables rules for the file; directives in code are text', () => {
    const fm = `---\nmineral-claims:\n  disable: [uncited-claim]\n---\n${body}`;
    assert.deepEqual(filterSuppressed(fm, [f('uncited-claim', fm, 'Beta'), f('vague-citation', fm, 'Beta')]).map((x) => x.ruleId), ['vague-citation']);
    const code = '```\n<!-- mineral-claims-disable -->\n```\n\nAlpha `<!-- mineral-claims-disable -->` claim.\n';
    assert.deepEqual(findDirectives(code), []);
    assert.equal(filterSuppressed(code, [f('uncited-claim', code, 'Alpha')]).length, 1);
    const bad = `---\nmineral-claims: [unclosed\n---\n${body}`;
    assert.equal(filterSuppressed(bad, [f('uncited-claim', bad, 'Beta')]).length, 1);
  });
});
