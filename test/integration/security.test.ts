/**
 * Security: no network access anywhere, and workspace files are data, never code.
 *
 * What the bundles may load, and why:
 * - `net`: only inside vscode-jsonrpc's Node transports (`lib/node/main.js`), which implement the
 *   `--socket=<port>` (connects to 127.0.0.1 only) and `--pipe` / IPC transports that an editor
 *   may ask the language server and client to use. It is never used with `--stdio`.
 * - `child_process`: only inside vscode-languageserver's `lib/node/files.js` (global module path
 *   lookup, not called by this project), vscode-languageclient (starting the server), and
 *   commander (executable subcommands, which the CLI does not define).
 * - Never: http, https, http2, tls, dns, dgram, undici, fetch, XMLHttpRequest, WebSocket.
 */
import { strict as assert } from 'node:assert';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/paths';
import { projectSources } from '../helpers/sources';
import { createClaimChecker } from '../../server/src/core';
import { run } from '../../server/src/cli/main';

const BUNDLES = ['dist/cli.js', 'dist/server.js', 'dist/client.js'];
const FORBIDDEN = ['http', 'https', 'http2', 'tls', 'dns', 'dgram', 'undici'];
const ALLOWED: Record<string, RegExp> = {
  net: /^node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/,
  child_process: /^node_modules\/(?:vscode-languageserver\/lib\/node\/files\.js|vscode-languageclient\/lib\/node\/|commander\/lib\/command\.js)/,
};

/** Every `require("x")` of a bundle with the bundled module it sits in (esbuild's `// node_modules/…` headers). */
function requiresOf(bundle: string): { module: string; from: string }[] {
  const out: { module: string; from: string }[] = [];
  let from = '(project source)';
  for (const line of readFileSync(join(ROOT, bundle), 'utf8').split('\n')) {
    // In a git worktree whose node_modules links to another checkout, esbuild names paths like "../../main/node_modules/…".
    const header = /^\/\/ (?:(?:\.\.\/)+[\w.-]+\/)?((?:node_modules|server|client)\/\S+)$/.exec(line);
    if (header) from = header[1];
    for (const m of line.matchAll(/\brequire\("(?:node:)?([\w/-]+)"\)/g)) out.push({ module: m[1], from });
  }
  return out;
}


describe('security', function () {
  this.timeout(30_000);

  describe('bundles (dist/*.js)', () => {
    for (const bundle of BUNDLES) {
      it(`${bundle} loads no network module and calls no fetch`, () => {
        const reqs = requiresOf(bundle);
        assert.ok(reqs.some((r) => r.module === 'fs'), 'the require scan found nothing: is the bundle format still CommonJS?');
        for (const r of reqs) {
          assert.ok(!FORBIDDEN.includes(r.module), `${bundle}: ${r.from} requires "${r.module}"`);
          const allowed = ALLOWED[r.module];
          if (allowed) assert.match(r.from, allowed, `${bundle}: "${r.module}" is only allowed in the modules documented in this test, not in ${r.from}`);
        }
        const text = readFileSync(join(ROOT, bundle), 'utf8');
        assert.doesNotMatch(text, /\bfetch\s*\(|XMLHttpRequest|new WebSocket\b/, `${bundle} calls fetch, XMLHttpRequest or WebSocket`);
      });
    }
  });

  describe('sources', () => {
    it('never require, import or evaluate anything computed at run time (workspace files are data)', () => {
      const problems: string[] = [];
      for (const file of projectSources()) {
        const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
        const at = (n: ts.Node) => `${file.slice(ROOT.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
        const visit = (n: ts.Node): void => {
          if (ts.isCallExpression(n)) {
            const callee = n.expression;
            const arg = n.arguments[0];
            const literalArg = arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg));
            if (ts.isIdentifier(callee) && callee.text === 'eval') problems.push(`${at(n)}: eval`);
            if (ts.isIdentifier(callee) && callee.text === 'require' && !literalArg) problems.push(`${at(n)}: require of a computed path`);
            if (callee.kind === ts.SyntaxKind.ImportKeyword && !literalArg) problems.push(`${at(n)}: import() of a computed path`);
            if (ts.isPropertyAccessExpression(callee) && ['runInThisContext', 'runInNewContext', 'compileFunction'].includes(callee.name.text)) problems.push(`${at(n)}: vm.${callee.name.text}`);
          }
          if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'Function') problems.push(`${at(n)}: new Function`);
          ts.forEachChild(n, visit);
        };
        visit(sf);
      }
      assert.deepEqual(problems, []);
    });
  });

  describe('at run time', () => {
    it('checking and --fix-dry-run of a document full of links, DOIs and PMIDs opens no connection and calls no fetch', () => {
      const calls: string[] = [];
      const originalFetch = globalThis.fetch;
      const originalConnect = net.Socket.prototype.connect;
      globalThis.fetch = ((...args: unknown[]) => {
        calls.push(`fetch ${String(args[0])}`);
        throw new Error('network access in a test');
      }) as typeof fetch;
      net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
        calls.push(`connect ${JSON.stringify(args[0])}`);
        throw new Error('network access in a test');
      } as typeof net.Socket.prototype.connect;
      try {
        const doc = [
          'Calcium entry triggers neurotransmitter release ([Katz](https://doi.org/10.1113/jphysiol.1967.sp008367)).',
          'Magnesium influx triggers neurotransmitter release. PubMed',
          'Hypocalcaemia causes tetany doi:10.1000/xyz123 PMID: 6048998 <https://pubmed.ncbi.nlm.nih.gov/6048998/>.',
          '![img](https://example.org/x.png) [@unknown2020]',
        ].join('\n\n');
        const findings = createClaimChecker().check(doc);
        assert.ok(findings.length >= 2);
        let out = '';
        const code = run(['check', '-', '--format', 'json', '--fix-dry-run'], { out: (s) => (out += s), err: () => {}, stdin: () => doc });
        assert.ok(code === 0 || code === 1, `exit ${code}`);
        assert.ok(out.length > 0);
      } finally {
        globalThis.fetch = originalFetch;
        net.Socket.prototype.connect = originalConnect;
      }
      assert.deepEqual(calls, []);
    });
  });
});
