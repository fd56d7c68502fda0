// Paths the runner (run.mjs) hands to the specs through the environment.
import { existsSync } from 'node:fs';

/** A required path from the environment, with a hint when the specs were started by hand. */
export function requiredPath(name) {
  const value = process.env[name];
  if (!value || !existsSync(value)) {
    throw new Error(`${name} is not set or missing (${value}); run the editor tests with \`npm run test:editor\`, which installs and sets it`);
  }
  return value;
}

/** Folder holding Node 24's `node` (code-server and its VS Code server need it). */
export const node24Bin = () => requiredPath('E2E_NODE24_BIN');
/** The installed code-server package folder. */
export const codeServerPkg = () => requiredPath('E2E_CODE_SERVER');
/** The packaged extension. */
export const vsixPath = () => requiredPath('E2E_VSIX');
/** The unpacked, installed extension folder (what the VSIX holds). */
export const extensionDir = () => requiredPath('E2E_EXTENSION_DIR');
