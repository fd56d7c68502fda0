/**
 * `.mineral-claims.json`: found upwards from each document, validated against
 * schemas/mineral-claims.schema.json (the same schema VS Code uses for the file), with the same keys
 * as the VS Code settings `mineralClaims.*` plus `ignore`. Used by the command line and the server.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { newAjv } from './ajv';
import schema from '../../../schemas/mineral-claims.schema.json';
import type { CheckerConfig } from './config';
import { jsonErrorReason } from './jsonError';

/** The file name searched for. */
export const CONFIG_FILE_NAME = '.mineral-claims.json';

/** One problem in a configuration file; `pointer` is a JSON pointer ("/rules/uncited-claim", "" for the whole file). */
export interface ConfigError {
  file: string;
  pointer: string;
  message: string;
}

/** A loaded configuration file (or none). */
export interface LoadedConfig {
  /** Checker settings; `factFiles` and `bibliography` are absolute paths (relative ones resolve from the file's folder). */
  config: Partial<CheckerConfig>;
  /** `ignore` patterns (.gitignore syntax, relative to the folder of `file`). */
  ignore: string[];
  /** The configuration file, absolute; undefined when none was found. */
  file?: string;
  /** Problems found; when not empty, `config` and `ignore` are empty. */
  errors: ConfigError[];
}

/** Options of {@link loadConfigFor}. */
export interface LoadConfigOptions {
  /** Results per folder, shared between calls (pass the same Map for a whole run). */
  cache?: Map<string, LoadedConfig>;
  /** Do not look above this folder (e.g. the workspace root). */
  stopAt?: string;
}

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject[] {
  validator ??= newAjv({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : (validator.errors ?? []);
}

/** Turn a JSON pointer into the dotted key a user reads: "/rules/uncited-claim" → "rules.uncited-claim". */
export function pointerToKey(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function describe(e: ErrorObject): { pointer: string; message: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const pointer = `${e.instancePath}/${String(p.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
      return { pointer, message: 'unknown key' };
    }
    case 'enum':
      return { pointer: e.instancePath, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { pointer: e.instancePath, message: e.message ?? 'is not valid' };
  }
}

/** Describe a configuration error in one line, naming the file and the key. */
export function formatConfigError(e: ConfigError): string {
  const key = pointerToKey(e.pointer);
  return key ? `${e.file}: "${key}" ${e.message}` : `${e.file}: ${e.message}`;
}

/** Parse and validate the text of a configuration file. `file` names it in errors and anchors relative paths. */
export function parseConfigText(text: string, file: string): LoadedConfig {
  const empty = { config: {}, ignore: [], file };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ...empty, errors: [{ file, pointer: '', message: `is not valid JSON (${jsonErrorReason(e)})` }] };
  }
  const errors = validate(value).map((e) => ({ file, ...describe(e) }));
  if (errors.length) return { ...empty, errors };
  const { $schema: _, ignore, factFiles, bibliography, ...rest } = value as Partial<CheckerConfig> & { $schema?: string; ignore?: string[] };
  const dir = dirname(file);
  // Paths in a workspace file are data from whoever wrote the workspace: keep them inside it.
  const root = workspaceRootOf(dir);
  const confined: ConfigError[] = [];
  const abs = (key: string, paths: string[] | undefined) =>
    paths?.flatMap((p, i) => {
      const full = isAbsolute(p) ? resolve(p) : resolve(dir, p);
      if (isInside(full, root)) return [full];
      confined.push({ file, pointer: `/${key}/${i}`, message: `points outside the workspace (${root}); paths in ${CONFIG_FILE_NAME} must stay inside it` });
      return [];
    });
  const config: Partial<CheckerConfig> = { ...rest };
  if (factFiles) config.factFiles = abs('factFiles', factFiles);
  if (bibliography) config.bibliography = abs('bibliography', bibliography);
  if (confined.length) return { ...empty, errors: confined };
  return { config, ignore: ignore ?? [], file, errors: [] };
}

/** The workspace a configuration file belongs to: the nearest folder at or above `dir` holding `.git`, else `dir`. */
export function workspaceRootOf(dir: string): string {
  for (let d = resolve(dir); ; ) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return resolve(dir);
    d = up;
  }
}

/** True if `path` is `root` or lies below it. */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Read, parse and validate one configuration file (e.g. `--config <file>`). */
export function parseConfigFile(file: string): LoadedConfig {
  const abs = resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})`;
    return { config: {}, ignore: [], file: abs, errors: [{ file: abs, pointer: '', message }] };
  }
  return parseConfigText(text, abs);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The configuration that applies to a document: the nearest `.mineral-claims.json` in its folder or
 * any folder above (up to `opts.stopAt`). Files do not cascade: the nearest one wins, as with Vale.
 */
export function loadConfigFor(filePath: string, opts: LoadConfigOptions = {}): LoadedConfig {
  const stopAt = opts.stopAt && resolve(opts.stopAt);
  const visited: string[] = [];
  let dir = dirname(resolve(filePath));
  let found: LoadedConfig | undefined;
  for (;;) {
    const cached = opts.cache?.get(dir);
    if (cached) {
      found = cached;
      break;
    }
    visited.push(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) {
      found = parseConfigFile(candidate);
      break;
    }
    const parent = dirname(dir);
    if (parent === dir || dir === stopAt) break;
    dir = parent;
  }
  const result = found ?? { config: {}, ignore: [], errors: [] };
  for (const d of visited) opts.cache?.set(d, result);
  return result;
}
