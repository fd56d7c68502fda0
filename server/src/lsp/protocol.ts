/**
 * The server's protocol beyond standard LSP. Custom request names and types live in the client's
 * `client/src/protocol.ts` (plain types, no `vscode` import) and are re-exported here so both sides
 * use one definition; server-only names (commands) are added below.
 */
export * from '../../../client/src/protocol';

/** `workspace/executeCommand` commands the server implements. */
export const SERVER_COMMANDS = {
  /** Add a built-in reference to a document's bibliography. Arguments: [documentUri, referenceId]. */
  addReference: 'mineralClaims.addReference',
} as const;
