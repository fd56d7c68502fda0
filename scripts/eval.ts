/**
 * Scores the CLI's JSON findings against a labelled corpus:
 *
 *     npm run eval -- <corpus-dir | corpus name> [--min-f1 0.9] [--table] [--quiet]
 *
 * A corpus name is one of test/corpora/manifest.json ("development-1").
 * `<corpus-dir>` holds `passages/*.md` and `labels.jsonl` (one `{"file", "quote", "kind", "note", "alt"?}` per
 * line; `alt` lists other kinds a careful editor would also accept for the sentence).
 * A finding matches a label when its range overlaps the quote's range. Per finding kind K:
 * - TP: a finding of kind K overlapping a label of kind K (recall counts labels, precision counts findings);
 * - FN: a label of kind K with no overlapping finding of kind K (nor of a kind in its `alt`);
 * - FP: a finding of kind K overlapping no label of kind K — except a lower-priority finding on a sentence
 *   labelled with a higher-priority kind, which is not counted;
 * - a finding of kind K overlapping a label with K in its `alt` (and no label of kind K) is neither right nor
 *   wrong: it is not counted, and it satisfies that label.
 * The errors line scores reversed-role and contradicted-claim as one class (a reversed-role finding on a
 * contradicted-claim label is right); its false errors are the error findings that are neither right nor excused
 * by an `alt`.
 * Exits 1 when a kind's F1 is below the threshold or when a reversed-role / contradicted-claim finding sits
 * on a correct sentence; 2 on usage errors or an unreadable corpus.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineIndex } from '../server/src/core/positions';
import { resolveCorpusArg } from './corpora';

/** The kinds of finding, highest priority first. */
export const FINDING_KINDS = ['reversed-role', 'contradicted-claim', 'citation-mismatch', 'vague-citation', 'uncited-claim'] as const;
/**
 * Kinds about the citation rather than the claim (test/citation-mismatch): a label of such a kind is satisfied
 * only by a finding of that kind, never by a finding of a kind in its `alt` (the claim can be wrong as well).
 */
const CITATION_KINDS = new Set<string>(['citation-mismatch']);
/** A finding kind. */
export type FindingKind = (typeof FINDING_KINDS)[number];
/** Label kinds for sentences that must get no finding. */
export const NEGATIVE_KINDS = ['ok-cited-claim', 'no-claim'] as const;
const ALL_KINDS = new Set<string>([...FINDING_KINDS, ...NEGATIVE_KINDS]);
/** Kinds whose findings say the content is wrong. */
const ERROR_KINDS = new Set<string>(['reversed-role', 'contradicted-claim']);
const isErrorKind = (k: string): boolean => ERROR_KINDS.has(k);

/** One label of labels.jsonl, with its resolved place. */
export interface Label {
  file: string;
  quote: string;
  kind: string;
  note?: string;
  /** Other kinds a careful editor would also accept for this sentence: a finding of one of them is neither right nor wrong. */
  alt: string[];
  /** Offsets of the quote in the file. */
  start: number;
  end: number;
  /** 1-based line of the quote. */
  line: number;
}

/** One finding as read from the CLI's JSON output, with offsets added. */
export interface ScoredFinding {
  file: string;
  rule: string;
  message: string;
  start: number;
  end: number;
  line: number;
  text: string;
}

/** Scores of one kind. */
export interface KindScore {
  labels: number;
  findings: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * reversed-role and contradicted-claim scored as one class: labels of either kind, error findings counted (those
 * excused by an `alt` are not), false errors (`fp`: on no error label and not excused), error labels missed (`fn`).
 */
export type ErrorScore = KindScore;

/** The result of an evaluation. */
export interface EvalResult {
  scores: Record<FindingKind, KindScore>;
  errors: ErrorScore;
  /** The false errors of the errors line. */
  falseErrors: { finding: ScoredFinding; labels: Label[] }[];
  /** Labels of a finding kind that got no finding of that kind. */
  misses: Label[];
  /** Findings that match no label of their kind (and are not excused by a higher-priority label). */
  falseAlarms: { finding: ScoredFinding; labels: Label[] }[];
  /** reversed-role / contradicted-claim findings on negatives (ok-cited-claim, no-claim). */
  errorsOnNegatives: { finding: ScoredFinding; label: Label }[];
  /** reversed-role / contradicted-claim findings on any correct sentence (every label that is not an error kind). */
  errorsOnCorrect: { finding: ScoredFinding; label: Label }[];
  /** Problems with the labels themselves (quote not found, unknown kind …). */
  labelProblems: string[];
}

/** Parse labels.jsonl and locate each quote in its passage. */
export function loadLabels(corpusDir: string): { labels: Label[]; problems: string[]; texts: Map<string, string> } {
  const problems: string[] = [];
  const labels: Label[] = [];
  const texts = new Map<string, string>();
  const lines = readFileSync(join(corpusDir, 'labels.jsonl'), 'utf8').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    let obj: { file?: unknown; quote?: unknown; kind?: unknown; note?: unknown; alt?: unknown };
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      problems.push(`labels.jsonl:${i + 1}: not JSON (${(e as Error).message})`);
      return;
    }
    const { file, quote, kind } = obj;
    if (typeof file !== 'string' || typeof quote !== 'string' || typeof kind !== 'string') {
      problems.push(`labels.jsonl:${i + 1}: needs string "file", "quote" and "kind"`);
      return;
    }
    if (!ALL_KINDS.has(kind)) {
      problems.push(`labels.jsonl:${i + 1}: unknown kind "${kind}"`);
      return;
    }
    const alt = obj.alt ?? [];
    if (!Array.isArray(alt) || alt.some((a) => typeof a !== 'string' || !(FINDING_KINDS as readonly string[]).includes(a))) {
      problems.push(`labels.jsonl:${i + 1}: "alt" must be a list of finding kinds`);
      return;
    }
    let text = texts.get(file);
    if (text === undefined) {
      const path = join(corpusDir, 'passages', file);
      if (!existsSync(path)) {
        problems.push(`labels.jsonl:${i + 1}: no passage ${file}`);
        return;
      }
      text = readFileSync(path, 'utf8');
      texts.set(file, text);
    }
    const start = text.indexOf(quote);
    if (start < 0 || !quote) {
      problems.push(`labels.jsonl:${i + 1}: quote not found in ${file}: ${JSON.stringify(quote.slice(0, 60))}`);
      return;
    }
    if (text.indexOf(quote, start + 1) >= 0) problems.push(`labels.jsonl:${i + 1}: quote is not unique in ${file} (first one used)`);
    const line = new LineIndex(text).positionAt(start).line + 1;
    labels.push({ file, quote, kind, note: typeof obj.note === 'string' ? obj.note : undefined, alt: alt as string[], start, end: start + quote.length, line });
  });
  return { labels, problems, texts };
}

interface CliFinding {
  file: string;
  rule: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Run the built CLI on the corpus passages and return its JSON findings (files relative to the passages folder). */
export function runCli(corpusDir: string, cliPath = resolve(__dirname, '..', 'dist', 'cli.js')): CliFinding[] {
  const passages = resolve(corpusDir, 'passages');
  const r = spawnSync(process.execPath, [cliPath, 'check', passages, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed (exit ${r.status}): ${r.stderr || r.error?.message}`);
  const out = JSON.parse(r.stdout) as CliFinding[];
  return out.map((f) => ({ ...f, file: relative(passages, resolve(process.cwd(), f.file)).split('\\').join('/') }));
}

function overlaps(f: { start: number; end: number }, l: { start: number; end: number }): boolean {
  if (f.start === f.end) return f.start >= l.start && f.start < l.end;
  return f.start < l.end && l.start < f.end;
}

function priority(kind: string): number {
  const i = (FINDING_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

/** Score findings against labels. */
export function score(labels: Label[], findings: ScoredFinding[], labelProblems: string[] = []): EvalResult {
  const byFile = new Map<string, Label[]>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const matched = new Set<Label>();
  const scores = Object.fromEntries(
    FINDING_KINDS.map((k) => [k, { labels: 0, findings: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 }]),
  ) as Record<FindingKind, KindScore>;
  const errors: ErrorScore = { labels: 0, findings: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 };
  const result: EvalResult = { scores, errors, falseErrors: [], misses: [], falseAlarms: [], errorsOnNegatives: [], errorsOnCorrect: [], labelProblems };
  const errorMatched = new Set<Label>();
  for (const f of findings) {
    if (!(FINDING_KINDS as readonly string[]).includes(f.rule)) continue;
    const kind = f.rule as FindingKind;
    const over = (byFile.get(f.file) ?? []).filter((l) => overlaps(f, l));
    const same = over.filter((l) => l.kind === kind);
    const accepting = over.filter((l) => l.kind !== kind && l.alt.includes(kind));
    if (isErrorKind(kind)) {
      const errorLabels = over.filter((l) => isErrorKind(l.kind));
      if (errorLabels.length) {
        errors.findings++;
        errors.tp++;
        for (const l of errorLabels) errorMatched.add(l);
      } else if (!accepting.length) {
        errors.findings++;
        errors.fp++;
        result.falseErrors.push({ finding: f, labels: over });
      }
      for (const l of over) {
        if (isErrorKind(l.kind) || l.alt.includes(kind)) continue;
        result.errorsOnCorrect.push({ finding: f, label: l });
        if ((NEGATIVE_KINDS as readonly string[]).includes(l.kind)) result.errorsOnNegatives.push({ finding: f, label: l });
      }
    }
    if (same.length) {
      scores[kind].findings++;
      scores[kind].tp++;
      for (const l of same) matched.add(l);
      continue;
    }
    // A finding of a kind the label also accepts is neither right nor wrong, and it satisfies the label.
    if (accepting.length) {
      for (const l of accepting) if (!CITATION_KINDS.has(l.kind)) matched.add(l);
      continue;
    }
    // A lower-priority finding on a sentence labelled with a higher-priority kind is not counted.
    if (over.some((l) => priority(l.kind) < priority(kind))) continue;
    scores[kind].findings++;
    scores[kind].fp++;
    result.falseAlarms.push({ finding: f, labels: over });
  }
  for (const l of labels) {
    if (!(FINDING_KINDS as readonly string[]).includes(l.kind)) continue;
    const s = scores[l.kind as FindingKind];
    s.labels++;
    if (!matched.has(l)) {
      s.fn++;
      result.misses.push(l);
    }
  }
  for (const l of labels) {
    if (!isErrorKind(l.kind)) continue;
    errors.labels++;
    if (!errorMatched.has(l)) errors.fn++;
  }
  for (const s of [...FINDING_KINDS.map((k) => scores[k]), errors]) {
    const hits = s.labels - s.fn;
    s.precision = s.findings ? s.tp / s.findings : 1;
    s.recall = s.labels ? hits / s.labels : 1;
    s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  }
  return result;
}

/** Run the CLI on a corpus and score it. */
export function evaluateCorpus(corpusDir: string, cliPath?: string): EvalResult {
  const { labels, problems, texts } = loadLabels(corpusDir);
  const findings: ScoredFinding[] = [];
  for (const f of runCli(corpusDir, cliPath)) {
    let text = texts.get(f.file);
    if (text === undefined) {
      const path = join(corpusDir, 'passages', f.file);
      text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      texts.set(f.file, text);
    }
    const index = new LineIndex(text);
    const start = index.offsetAt(f.range.start);
    const end = index.offsetAt(f.range.end);
    findings.push({ file: f.file, rule: f.rule, message: f.message, start, end, line: f.range.start.line + 1, text: text.slice(start, end) });
  }
  return score(labels, findings, problems);
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The per-kind table as Markdown (for the README). */
export function markdownTable(r: EvalResult): string {
  const rows = ['| kind | labels | findings | TP | FP | FN | precision | recall | F1 |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const k of FINDING_KINDS) {
    const s = r.scores[k];
    rows.push(`| \`${k}\` | ${s.labels} | ${s.findings} | ${s.tp} | ${s.fp} | ${s.fn} | ${pct(s.precision)} % | ${pct(s.recall)} % | ${s.f1.toFixed(3)} |`);
  }
  const e = r.errors;
  rows.push(`| **errors** | ${e.labels} | ${e.findings} | ${e.tp} | ${e.fp} | ${e.fn} | ${pct(e.precision)} % | ${pct(e.recall)} % | ${e.f1.toFixed(3)} |`);
  return rows.join('\n');
}

/** The errors line: reversed-role and contradicted-claim as one class. */
export function errorsLine(r: EvalResult): string {
  const e = r.errors;
  return `errors (reversed-role + contradicted-claim): precision ${pct(e.precision)} %, recall ${pct(e.recall)} % (${e.labels - e.fn}/${e.labels} labels), false errors ${e.fp}`;
}

const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** A human-readable report: table, misses, false alarms and errors on correct sentences. */
export function formatReport(r: EvalResult, opts: { quiet?: boolean } = {}): string {
  const out: string[] = [markdownTable(r), '', errorsLine(r)];
  out.push(`reversed-role/contradicted-claim on negatives (ok-cited-claim, no-claim): ${r.errorsOnNegatives.length}`);
  out.push(`reversed-role/contradicted-claim on any correct sentence: ${r.errorsOnCorrect.length}`);
  if (opts.quiet) return out.join('\n') + '\n';
  if (r.labelProblems.length) out.push('', 'Label problems:', ...r.labelProblems.map((p) => `  ${p}`));
  if (r.misses.length) {
    out.push('', `Misses (${r.misses.length}):`);
    for (const l of r.misses) out.push(`  ${l.file}:${l.line}  ${l.kind}  "${clip(l.quote)}"`);
  }
  if (r.falseAlarms.length) {
    out.push('', `False alarms (${r.falseAlarms.length}):`);
    for (const { finding: f, labels } of r.falseAlarms) {
      const on = labels.length ? labels.map((l) => `${l.kind}: "${clip(l.quote, 80)}"`).join('; ') : 'unlabelled text';
      out.push(`  ${f.file}:${f.line}  ${f.rule}  "${clip(f.text, 60)}"  on ${on}`);
    }
  }
  if (r.falseErrors.length) {
    out.push('', `False errors (${r.falseErrors.length}):`);
    for (const { finding: f, labels } of r.falseErrors) {
      const on = labels.length ? labels.map((l) => `${l.kind}: "${clip(l.quote, 80)}"`).join('; ') : 'unlabelled text';
      out.push(`  ${f.file}:${f.line}  ${f.rule}  "${clip(f.text, 60)}"  on ${on}  — ${clip(f.message, 160)}`);
    }
  }
  if (r.errorsOnCorrect.length) {
    out.push('', `Errors on correct sentences (${r.errorsOnCorrect.length}):`);
    for (const { finding: f, label: l } of r.errorsOnCorrect) out.push(`  ${f.file}:${f.line}  ${f.rule}  "${clip(f.text, 60)}"  on ${l.kind}: "${clip(l.quote, 80)}"`);
  }
  return out.join('\n') + '\n';
}

/** True when the result passes: every kind's F1 ≥ minF1 and no error finding on a correct sentence. */
export function passes(r: EvalResult, minF1: number): boolean {
  return FINDING_KINDS.every((k) => r.scores[k].f1 >= minF1) && r.errorsOnCorrect.length === 0;
}

function main(argv: string[]): number {
  let minF1 = 0.9;
  let table = false;
  let quiet = false;
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--min-f1') {
      minF1 = Number(argv[++i]);
      if (!Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) {
        process.stderr.write('eval: --min-f1 needs a number between 0 and 1\n');
        return 2;
      }
    } else if (a === '--table') table = true;
    else if (a === '--quiet') quiet = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write('Usage: npm run eval -- <corpus-dir> [--min-f1 0.9] [--table] [--quiet]\n');
      return 0;
    } else if (!dir && !a.startsWith('-')) dir = resolveCorpusArg(a);
    else {
      process.stderr.write(`eval: unexpected argument "${a}"\n`);
      return 2;
    }
  }
  if (!dir) {
    process.stderr.write('Usage: npm run eval -- <corpus-dir> [--min-f1 0.9] [--table] [--quiet]\n');
    return 2;
  }
  if (!existsSync(join(dir, 'labels.jsonl')) || !existsSync(join(dir, 'passages'))) {
    process.stderr.write(`eval: ${dir} needs passages/ and labels.jsonl\n`);
    return 2;
  }
  const r = evaluateCorpus(dir);
  process.stdout.write(table ? `${markdownTable(r)}\n\n${errorsLine(r)}\n` : formatReport(r, { quiet }));
  const ok = passes(r, minF1);
  if (!ok && !table) process.stdout.write(`\nFAIL: below F1 ${minF1} or errors on correct sentences\n`);
  return ok ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

