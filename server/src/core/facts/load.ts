/**
 * Loading user fact files: parse (JSON.parse only — fact files are data, never executed), validate
 * against the shipped JSON Schema with ajv, check that every id a fact uses resolves, and merge the
 * good parts over the built-in fact base. A broken file yields one message per problem (file, JSON
 * pointer, what is wrong) and never disables the built-in facts.
 */
import { jsonErrorReason } from '../jsonError';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { newAjv } from '../ajv';
import schema from '../../../facts/schema/facts.schema.json';
import { builtInFactFiles, createFactBase, type FactBase } from './factbase';
import type { ConditionRef, FactDef, FactFile } from './types';

/** One problem in a fact file. */
export interface FactFileError {
  /** The file as it was given. */
  file: string;
  /** JSON pointer to the offending value ("" for the whole file). */
  pointer: string;
  /** What is wrong, e.g. `must be one of "up", "down" (got "upwards")`. */
  message: string;
  /** 1-based line and column, when known (JSON syntax errors). */
  line?: number;
  column?: number;
}

/** Options of {@link loadFactFiles}. */
export interface LoadOptions {
  /** Reads a file as UTF-8 text; defaults to `fs.readFileSync`. Throwing means "cannot read". */
  readFile?: (path: string) => string;
  /** The fact files to merge over; defaults to the built-in ones. */
  builtIn?: FactFile[];
}

/** The result of loading fact files: a usable fact base, always, plus the problems found. */
export interface LoadResult {
  base: FactBase;
  errors: FactFileError[];
}

let validator: ValidateFunction | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= newAjv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** Schema problems of a parsed fact file, one per problem, as pointer + message. */
export function validateFactFile(data: unknown): { pointer: string; message: string }[] {
  const seen = new Set<string>();
  const out: { pointer: string; message: string }[] = [];
  for (const e of validate(data)) {
    const r = describe(e, data);
    const key = `${r.pointer}\u0000${r.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

/** Parse and schema-check one fact file's text. `data` is set only when there are no errors. */
export function parseFactFile(text: string, file: string): { data?: FactFile; errors: FactFileError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineColumn(text, Number(pos[1])) : undefined;
    const reason = jsonErrorReason(e);
    return {
      errors: [{ file, pointer: '', message: `not valid JSON: ${reason}${where ? ` (line ${where.line}, column ${where.column})` : ''}`, ...where }],
    };
  }
  const problems = validateFactFile(data);
  if (problems.length) return { errors: problems.map((p) => ({ file, ...p })) };
  return { data: data as FactFile, errors: [] };
}

/**
 * Load user fact files over the built-in ones. Files that cannot be read, are not JSON or break the
 * schema are skipped whole; a fact whose references, minerals or targets do not resolve is dropped
 * (a built-in fact with the same id then stays). Later files win over earlier ones by id.
 */
export function loadFactFiles(paths: string[], options: LoadOptions = {}): LoadResult {
  const readFile = options.readFile ?? defaultReadFile;
  const builtIn = options.builtIn ?? builtInFactFiles();
  const errors: FactFileError[] = [];
  const user: { file: string; data: FactFile }[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = readFile(file);
    } catch (e) {
      errors.push({ file, pointer: '', message: `cannot read the file: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseFactFile(text, file);
    errors.push(...parsed.errors);
    if (parsed.data) user.push({ file, data: parsed.data });
  }
  if (!user.length) return { base: createFactBase(builtIn), errors };
  // Resolve ids against everything that loaded, then drop the facts that do not resolve.
  const merged = createFactBase([...builtIn, ...user.map((u) => u.data)]);
  const kept = user.map(({ file, data }) => {
    if (!data.facts?.length) return data;
    const facts = data.facts.filter((fact, i) => {
      const problems = unresolved(fact, merged).map((p) => ({ file, pointer: `/facts/${i}${p.pointer}`, message: p.message }));
      errors.push(...problems);
      return problems.length === 0;
    });
    return { ...data, facts };
  });
  return { base: createFactBase([...builtIn, ...kept]), errors };
}

/** Ids a fact uses that the fact base does not define, as pointers relative to the fact. */
export function unresolved(fact: FactDef, base: FactBase): { pointer: string; message: string }[] {
  const out: { pointer: string; message: string }[] = [];
  const isMineral = (id: string) => base.mineralById.has(id);
  const isTarget = (id: string) => base.targetById.has(id);
  fact.references.forEach((id, j) => {
    if (base.references.has(id)) return;
    out.push({
      pointer: `/references/${j}`,
      message: base.recognised.has(id)
        ? `reference "${id}" is unverified (recognise-only) and cannot support a fact`
        : `unknown reference "${id}": add it to "references" in this or another fact file`,
    });
  });
  fact.minerals.forEach((id, j) => {
    if (!isMineral(id)) out.push({ pointer: `/minerals/${j}`, message: `unknown mineral "${id}"` });
  });
  fact.roles?.forEach((r, j) => {
    if (!isMineral(r.agent) && !isTarget(r.agent)) out.push({ pointer: `/roles/${j}/agent`, message: `unknown agent "${r.agent}": not a mineral or target id` });
    if (!isTarget(r.target)) out.push({ pointer: `/roles/${j}/target`, message: `unknown target "${r.target}"` });
    if (r.antagonist !== undefined && !isMineral(r.antagonist) && !isTarget(r.antagonist))
      out.push({ pointer: `/roles/${j}/antagonist`, message: `unknown antagonist "${r.antagonist}": not a mineral or target id` });
  });
  fact.effects?.forEach((e, j) => {
    if (!isMineral(e.mineral)) out.push({ pointer: `/effects/${j}/mineral`, message: `unknown mineral "${e.mineral}"` });
    if (!isTarget(e.target)) out.push({ pointer: `/effects/${j}/target`, message: `unknown target "${e.target}"` });
  });
  fact.spares?.forEach((x, j) => {
    if (!isMineral(x.agent) && !isTarget(x.agent)) out.push({ pointer: `/spares/${j}/agent`, message: `unknown agent "${x.agent}": not a mineral or target id` });
    if (!isTarget(x.target)) out.push({ pointer: `/spares/${j}/target`, message: `unknown target "${x.target}"` });
  });
  fact.cooperativity?.forEach((c, j) => {
    if (!isMineral(c.mineral)) out.push({ pointer: `/cooperativity/${j}/mineral`, message: `unknown mineral "${c.mineral}"` });
    if (!isTarget(c.target)) out.push({ pointer: `/cooperativity/${j}/target`, message: `unknown target "${c.target}"` });
  });
  fact.ranges?.forEach((r, j) => {
    if (!isMineral(r.mineral)) out.push({ pointer: `/ranges/${j}/mineral`, message: `unknown mineral "${r.mineral}"` });
    if (r.low > r.high) out.push({ pointer: `/ranges/${j}`, message: `low (${r.low}) is above high (${r.high})` });
    if (r.reference !== undefined && !fact.references.includes(r.reference))
      out.push({ pointer: `/ranges/${j}/reference`, message: `"${r.reference}" is not one of this fact's references` });
  });
  fact.intake?.forEach((x, j) => {
    if (!isMineral(x.mineral)) out.push({ pointer: `/intake/${j}/mineral`, message: `unknown mineral "${x.mineral}"` });
  });
  const condition = (c: ConditionRef, pointer: string): void => {
    if ('target' in c) {
      if (!isTarget(c.target)) out.push({ pointer: `${pointer}/target`, message: `unknown target "${c.target}"` });
    } else if (!isMineral(c.mineral)) out.push({ pointer: `${pointer}/mineral`, message: `unknown mineral "${c.mineral}"` });
  };
  fact.causes?.forEach((c, j) => condition(c.condition, `/causes/${j}/condition`));
  fact.treatments?.forEach((t, j) => {
    condition(t.condition, `/treatments/${j}/condition`);
    if (t.setting) condition(t.setting, `/treatments/${j}/setting`);
    if (!isMineral(t.agent) && !isTarget(t.agent)) out.push({ pointer: `/treatments/${j}/agent`, message: `unknown agent "${t.agent}": not a mineral or target id` });
    if (t.confusedWith !== undefined && !isMineral(t.confusedWith) && !isTarget(t.confusedWith))
      out.push({ pointer: `/treatments/${j}/confusedWith`, message: `unknown agent "${t.confusedWith}": not a mineral or target id` });
  });
  fact.overclaims?.forEach((o, j) => {
    if (!isMineral(o.mineral)) out.push({ pointer: `/overclaims/${j}/mineral`, message: `unknown mineral "${o.mineral}"` });
    if (!o.certain && !o.proves) out.push({ pointer: `/overclaims/${j}`, message: 'needs "certain" or "proves"' });
  });
  fact.rankings?.forEach((r, j) => {
    const seenRank = new Map<number, string>();
    const seenIon = new Set<string>();
    r.places.forEach((p, k) => {
      const other = seenRank.get(p.rank);
      if (other !== undefined && other !== p.ion) out.push({ pointer: `/rankings/${j}/places/${k}/rank`, message: `rank ${p.rank} is given to both "${other}" and "${p.ion}"` });
      if (seenIon.has(p.ion)) out.push({ pointer: `/rankings/${j}/places/${k}/ion`, message: `"${p.ion}" is placed twice` });
      seenRank.set(p.rank, p.ion);
      seenIon.add(p.ion);
    });
  });
  return out;
}

/** "file /facts/3/roles/0/action: message" — one line per problem, for the CLI and logs. */
export function formatFactFileError(e: FactFileError): string {
  const where = e.pointer ? ` ${e.pointer}` : e.line ? ` ${e.line}:${e.column}` : '';
  return `${e.file}${where}: ${e.message}`;
}

function defaultReadFile(path: string): string {
  // Required lazily so that the core stays usable where `fs` does not exist (a browser build).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  return fs.readFileSync(path, 'utf8');
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return { line, column };
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** A clear message for one ajv error. */
function describe(e: ErrorObject, data: unknown): { pointer: string; message: string } {
  const pointer = e.instancePath;
  const got = valueAt(data, pointer);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { pointer, message: `missing required property "${String(p.missingProperty)}"` };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return { pointer: `${pointer}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, message: `unexpected property "${name}"` };
    }
    case 'enum':
      return { pointer, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${show(got)})` };
    case 'type':
      return { pointer, message: `must be ${article(String(p.type))} (got ${typeName(got)})` };
    case 'pattern':
      if (p.pattern === '^[^A-Z]*$') return { pointer, message: `must be lower case (got ${show(got)})` };
      if (String(p.pattern).startsWith('^[A-Za-z0-9]'))
        return { pointer, message: `must be an id of letters, digits, "_", ".", ":" or "-" (got ${show(got)})` };
      return { pointer, message: `must match ${String(p.pattern)} (got ${show(got)})` };
    case 'minItems':
      return { pointer, message: `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { pointer, message: `must have at most ${String(p.limit)} items` };
    case 'minLength':
      return { pointer, message: p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer, message: `must be ${String(p.comparison)} ${String(p.limit)} (got ${show(got)})` };
    case 'uniqueItems':
      return { pointer, message: `must not repeat items (items ${String(p.j)} and ${String(p.i)} are the same)` };
    default:
      return { pointer, message: e.message ?? `fails "${e.keyword}"` };
  }
}

function article(type: string): string {
  const t = type.split(',')[0];
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
