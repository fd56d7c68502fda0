// Extension-host test entry in the @vscode/test-electron format: VS Code loads this file from
// `extensionTestsPath` and calls run(). Here it runs inside the VS Code server bundled with
// code-server (specs/extension-host.test.mjs); with a desktop VS Code, desktop.mjs runs it.
const fs = require('node:fs');
const path = require('node:path');
const { format } = require('node:util');
const Mocha = require('mocha');

// Mark the reporter's lines so a runner can tell them from the workbench's own console output.
Mocha.reporters.Base.consoleLog = (...args) => console.log(`[suite] ${format(...args).replace(/\n/g, '\n[suite] ')}`);

/** Run every *.test.js beside this file; rejects when a test fails. */
exports.run = function run() {
  // E2E_SUITE_GREP (in the VS Code server's environment) runs only the matching tests.
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec', grep: process.env.E2E_SUITE_GREP || undefined });
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
};
