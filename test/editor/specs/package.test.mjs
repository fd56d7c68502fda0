// The packaged extension (issue 7, "done when"): small, only built files, docs and grammars, and
// the contributions the Settings UI, the Command Palette and the tokenizer need.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extensionDir, vsixPath } from '../lib/env.mjs';

const MAX_VSIX_BYTES = 1_000_000;
/** What may be in the package (paths inside the installed extension folder). */
const ALLOWED = [
  /^package\.json$/, /^README\.md$/i, /^CHANGELOG\.md$/i, /^CONTRIBUTING\.md$/, /^LICENSE(\.txt)?$/i, /^\.vsixmanifest$/,
  /^dist\/(client|server)\.js$/, /^syntaxes\/[\w.-]+\.tmLanguage\.json$/, /^schemas\/[\w.-]+\.schema\.json$/,
  /^server\/facts\/schema\/facts\.schema\.json$/, /^docs\/(rules\/)?[\w-]+\.md$/, /^images\/(icon\.png|screenshots\/[\w-]+\.jpg)$/,
];

function files(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), root) : [relative(root, join(dir, e.name))],
  );
}

describe('the VSIX', () => {
  it(`is at most ${MAX_VSIX_BYTES / 1e6} MB`, () => {
    const size = statSync(vsixPath()).size;
    console.log(`      (VSIX: ${(size / 1024).toFixed(0)} KiB)`);
    assert.ok(size <= MAX_VSIX_BYTES, `VSIX is ${size} bytes`);
  });

  it('holds only built files, docs, grammars, schemas and images, without source maps', () => {
    const unexpected = files(extensionDir()).filter((f) => !ALLOWED.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    assert.doesNotMatch(readFileSync(join(extensionDir(), 'dist', 'server.js'), 'utf8').slice(-300), /sourceMappingURL/);
  });

  it("holds every file the README links to, so the links work on the extension's page", () => {
    const readme = readFileSync(join(extensionDir(), files(extensionDir()).find((f) => /^readme\.md$/i.test(f))), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((u) => !/^[a-z][\w+.-]*:/i.test(u));
    assert.ok(relative.length >= 5, `only ${relative.length} relative links found`);
    const missing = relative.filter((p) => { try { statSync(join(extensionDir(), p)); return false; } catch { return true; } });
    assert.deepEqual(missing, []);
  });

  it('contributes ≥ 5 settings, ≥ 3 commands, the grammar and JSON validation, with every file it names', () => {
    const pkg = JSON.parse(readFileSync(join(extensionDir(), 'package.json'), 'utf8'));
    const c = pkg.contributes;
    assert.ok(Object.keys(c.configuration.properties).length >= 5);
    assert.ok(c.commands.length >= 3);
    assert.ok(c.grammars.some((g) => g.injectTo.includes('text.html.markdown')));
    const named = [pkg.main, pkg.icon, ...c.grammars.map((g) => g.path), ...c.jsonValidation.map((j) => j.url)];
    for (const p of named) statSync(join(extensionDir(), p)); // throws if missing
  });
});
