/**
 * Per-document configuration: defaults < client settings (`workspace/configuration`, section
 * `mineralClaims`) < the nearest `.mineral-claims.json`. Cached per document and cleared on
 * `didChangeConfiguration` and on changes to configuration files. In an untrusted workspace only
 * client settings count, without `factFiles` and `bibliography`.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { createClaimChecker, resolveConfig, type CheckerConfig, type ClaimChecker } from '../core';
import { formatFactFileError, loadFactFiles } from '../core/facts/load';
import { formatConfigError, loadConfigFor, type LoadedConfig } from '../core/configFile';
import { ConfigIgnores, GitIgnores, markdownFilesIn } from '../core/markdownFiles';

/** Settings of one document. */
export interface DocumentSettings {
  config: CheckerConfig;
  /** Folder that relative `bibliography` / `factFiles` settings resolve from. */
  baseDir?: string;
}

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Keep only well-typed CheckerConfig keys from client settings (bad values fall back to defaults). */
export function sanitizeSettings(raw: unknown): Partial<CheckerConfig> {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<CheckerConfig> = {};
  if (r.rules && typeof r.rules === 'object') {
    out.rules = Object.fromEntries(Object.entries(r.rules as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && SEVERITIES.has(v))) as CheckerConfig['rules'];
  }
  if (r.citationScope === 'sentence' || r.citationScope === 'paragraph') out.citationScope = r.citationScope;
  if (typeof r.citationStyle === 'string' && ['auto', 'pandoc', 'footnote', 'numeric', 'link'].includes(r.citationStyle)) out.citationStyle = r.citationStyle as CheckerConfig['citationStyle'];
  for (const k of ['vaguePhrases', 'factFiles', 'bibliography'] as const) {
    if (Array.isArray(r[k])) out[k] = (r[k] as unknown[]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  }
  if (typeof r.maxFileSize === 'number' && r.maxFileSize >= 0) out.maxFileSize = r.maxFileSize;
  return out;
}

/** File system path of a file: URI, or undefined for other schemes (untitled, virtual). */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** At most this many Markdown files are searched in the workspace folders (workspace diagnostics, the file list). */
export const MAX_WORKSPACE_FILES = 5000;

/** Reads and caches settings and checkers. */
export class SettingsCache {
  private readonly perDoc = new Map<string, Promise<DocumentSettings>>();
  private fileCache = new Map<string, LoadedConfig>();
  private readonly checkers = new Map<string, ClaimChecker>();
  private readonly reported = new Set<string>();
  /** Workspace folder paths (longest first). */
  folders: string[] = [];
  configurationSupport = false;
  trusted = true;

  constructor(private readonly connection: Connection) {}

  /** Forget everything (settings or configuration files changed). */
  clear(): void {
    this.perDoc.clear();
    this.fileCache = new Map();
    this.checkers.clear();
  }

  /**
   * The Markdown files of the workspace folders (at most `limit`), as the command line finds them in a folder:
   * less hidden folders, node_modules, .gitignore'd files and, in a trusted workspace, the configuration's `ignore`.
   */
  markdownFiles(limit = MAX_WORKSPACE_FILES): string[] {
    const gitIgnores = new GitIgnores();
    const out: string[] = [];
    for (const folder of this.folders) {
      const config = new ConfigIgnores((file) => loadConfigFor(file, { cache: this.fileCache, stopAt: folder }));
      const isIgnored = this.trusted ? (file: string) => config.ignores(file) : undefined;
      out.push(...markdownFilesIn(folder, { isIgnored, gitIgnores, limit: limit - out.length }));
    }
    return out;
  }

  /** Forget one document's settings (closed). */
  forget(uri: string): void {
    this.perDoc.delete(uri);
  }

  /** The settings of a document. */
  get(uri: string): Promise<DocumentSettings> {
    let p = this.perDoc.get(uri);
    if (!p) {
      p = this.read(uri);
      this.perDoc.set(uri, p);
    }
    return p;
  }

  private folderOf(path: string | undefined): string | undefined {
    return path ? this.folders.find((f) => path === f || path.startsWith(f.endsWith('/') || f.endsWith('\\') ? f : f + (f.includes('\\') ? '\\' : '/'))) : undefined;
  }

  private async read(uri: string): Promise<DocumentSettings> {
    const path = uriToPath(uri);
    const folder = this.folderOf(path) ?? this.folders[0];
    let client: Partial<CheckerConfig> = {};
    if (this.configurationSupport) {
      try {
        client = sanitizeSettings(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'mineralClaims' }));
      } catch {
        client = {};
      }
    }
    if (!this.trusted) return { config: resolveConfig({ ...client, factFiles: [], bibliography: [] }), baseDir: folder };
    let file: Partial<CheckerConfig> = {};
    if (path) {
      const loaded = loadConfigFor(path, { cache: this.fileCache, stopAt: folder });
      for (const e of loaded.errors) this.reportOnce(formatConfigError(e));
      file = loaded.config;
    }
    return { config: resolveConfig(client, file), baseDir: folder };
  }

  /** A checker for a configuration (shared between documents with the same rule settings and fact files). */
  checkerFor(settings: DocumentSettings): ClaimChecker {
    const { config, baseDir } = settings;
    const factFiles = config.factFiles.map((f) => (isAbsolute(f) ? f : resolve(baseDir ?? '.', f)));
    const key = JSON.stringify([config.rules, config.citationScope, config.vaguePhrases, factFiles]);
    let checker = this.checkers.get(key);
    if (!checker) {
      // Same loader as the CLI: schema-validated, data only; a broken file is reported and skipped.
      const loaded = factFiles.length ? loadFactFiles(factFiles) : undefined;
      for (const e of loaded?.errors ?? []) this.reportOnce(formatFactFileError(e));
      checker = createClaimChecker({ facts: loaded?.base, config });
      this.checkers.set(key, checker);
    }
    return checker;
  }

  /** Log a configuration problem once (to the server log, never as a pop-up). */
  private reportOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.connection.console.warn(`mineral-claims: ${message}`);
  }
}
