#!/usr/bin/env node
// Runs the grammar tests (test/syntax-grammar/*.md, vscode-tmgrammar-test format) against VS Code's
// Markdown grammar (from tm-grammars) with our injection grammar as package.json contributes it.
// The Markdown grammar embeds ~60 languages we do not load; their "grammar not found" warnings are noise.
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const warn = console.warn;
console.warn = (msg, ...rest) => {
  if (!/^grammar not found for/.test(String(msg))) warn(msg, ...rest);
};
process.chdir(root);
process.argv.splice(
  2,
  0,
  '--config', 'package.json',
  '--grammar', require.resolve('tm-grammars/grammars/markdown.json'),
  'test/syntax-grammar/*.md',
);
require('vscode-tmgrammar-test/dist/unit.js');
