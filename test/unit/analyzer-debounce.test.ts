import { strict as assert } from 'node:assert';
import { Analyzer } from '../../server/src/lsp/analysis';
import type { SettingsCache } from '../../server/src/lsp/settings';

describe('server analyzer: change debounce', () => {
  it('checks a document at once when it has not been checked yet (the change event that follows opening it) or was checked quickly', () => {
    const analyzer = new Analyzer({} as SettingsCache);
    assert.equal(analyzer.debounce('file:///new.md', 150), 0);
    const took = (analyzer as unknown as { took: Map<string, number> }).took;
    took.set('file:///quick.md', 12);
    took.set('file:///slow.md', 900);
    assert.equal(analyzer.debounce('file:///quick.md', 150), 0);
    assert.equal(analyzer.debounce('file:///slow.md', 150), 150);
  });
});
