/**
 * Custom requests between the VS Code client and the Mineral Claims language server, beyond
 * standard LSP. Plain types and method names only, so the server can import them too
 * (`import { ReferencesRequest } from '../../../client/src/protocol'`) without pulling in `vscode`.
 *
 * Every request is optional for a server: the client checks for "method not found" and degrades.
 */

/** A position in a document, LSP style (zero-based line and UTF-16 character). */
export interface ProtocolPosition {
  line: number;
  character: number;
}

/** One reference the user can cite: a built-in verified reference or a bibliography entry. */
export interface ReferenceItem {
  /** Stable id: the built-in reference id or the bibliography key. */
  id: string;
  /** Short in-text form, e.g. "Dodge & Rahamimoff 1967". */
  label: string;
  /** Title of the work. */
  title?: string;
  /** Authors, formatted for display ("Dodge FA, Rahamimoff R"). */
  authors?: string;
  /** Year of publication. */
  year?: number;
  /** Journal or book. */
  container?: string;
  /** DOI without the https://doi.org/ prefix. */
  doi?: string;
  /** PubMed id. */
  pmid?: string;
  /** Topics the reference supports (mineral and target names, fact summaries), for searching. */
  topics?: string[];
  /** Where the entry comes from. */
  source: 'builtin' | 'bibliography';
}

/**
 * `mineralClaims/references`: the references that can be cited in a document — its
 * bibliography entries and the built-in references, best matches for `query` first.
 */
export const ReferencesRequest = {
  method: 'mineralClaims/references',
} as const;
/** Parameters of `mineralClaims/references`. */
export interface ReferencesParams {
  textDocument: { uri: string };
  /** Optional filter text (author, year, title words, topic). */
  query?: string;
}

/**
 * `mineralClaims/insertCitation`: the edit that cites `referenceId` at `position`, in the
 * document's citation style (and adds the entry to the bibliography or reference list where the
 * style needs one). Returns an LSP WorkspaceEdit, or null when the reference is unknown.
 */
export const InsertCitationRequest = {
  method: 'mineralClaims/insertCitation',
} as const;
/** Parameters of `mineralClaims/insertCitation`. */
export interface InsertCitationParams {
  textDocument: { uri: string };
  position: ProtocolPosition;
  referenceId: string;
}

/**
 * `mineralClaims/factBase`: the fact base as a readable Markdown page (facts grouped by mineral,
 * each with its formatted, linked references), including workspace fact files when trusted.
 */
export const FactBaseRequest = {
  method: 'mineralClaims/factBase',
} as const;
/** Result of `mineralClaims/factBase`. */
export interface FactBaseResult {
  markdown: string;
}

/**
 * `mineralClaims/checkFiles`: check these files from disk and publish their diagnostics, as for
 * open documents. Returns how many were checked. Used by "Check All Markdown Files in Workspace".
 */
export const CheckFilesRequest = {
  method: 'mineralClaims/checkFiles',
} as const;
/** Parameters of `mineralClaims/checkFiles`. */
export interface CheckFilesParams {
  uris: string[];
}
/** Result of `mineralClaims/checkFiles`. */
export interface CheckFilesResult {
  checked: number;
}

/**
 * `mineralClaims/markdownFiles`: the Markdown files of the workspace folders, found as the command line finds them
 * in a folder (no hidden folders or node_modules, nothing `.gitignore` excludes, and in a trusted workspace nothing
 * the configuration's `ignore` list excludes). "Check All Markdown Files in Workspace" checks these.
 */
export const MarkdownFilesRequest = {
  method: 'mineralClaims/markdownFiles',
} as const;
/** Result of `mineralClaims/markdownFiles`: file URIs, at most `limit` (5,000 if not given). */
export interface MarkdownFilesResult {
  uris: string[];
}
/** Parameters of `mineralClaims/markdownFiles`. */
export interface MarkdownFilesParams {
  limit?: number;
}

/** `initializationOptions` the VS Code client sends. */
export interface InitializationOptions {
  /**
   * False in an untrusted workspace: the server must then ignore workspace fact files,
   * `.mineral-claims.json` and the `factFiles`/`bibliography` settings, and use only the built-in
   * fact base.
   */
  workspaceTrusted: boolean;
  /**
   * How diagnostics reach the client. Default (unset): pushed to every client, and also answered to
   * pull requests where the client supports them. "pull": no push (the VS Code client, which would
   * otherwise show every finding twice). "push": no pull provider.
   */
  diagnosticsMode?: 'pull' | 'push';
}

/** The diagnostic source every Mineral Claims finding carries. */
export const DIAGNOSTIC_SOURCE = 'mineral-claims';

/** The language ids the extension serves. */
export const LANGUAGES = ['markdown', 'quarto', 'rmd', 'mdx'] as const;

