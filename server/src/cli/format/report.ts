/** What a check produced, as every output format sees it. */
import { LineIndex, type Finding, type PositionRange } from '../../core';

/** The findings of one checked file. */
export interface FileReport {
  /** Path as shown to the user: relative to the working directory, or the name given to standard input. */
  file: string;
  text: string;
  findings: Finding[];
}

/** A note about the run (a skipped file, a file not fixed), printed on standard error. */
export interface Note {
  file?: string;
  message: string;
}

/** Everything a formatter needs. */
export interface Report {
  files: FileReport[];
  notes: Note[];
}

/** Options of a formatter. */
export interface FormatOptions {
  /** ANSI colour (stylish only). */
  color: boolean;
  /** Working directory (SARIF's %SRCROOT%). */
  cwd: string;
}

/** An output format. */
export type Formatter = (report: Report, options: FormatOptions) => string;

/** A finding with its LSP range (0-based line, UTF-16 character). */
export interface Located {
  file: string;
  finding: Finding;
  range: PositionRange;
  /** Converts other offsets of the same file (fix edits). */
  index: LineIndex;
}

/** Every finding of a report with its range, in file order. */
export function locate(report: Report): Located[] {
  const out: Located[] = [];
  for (const f of report.files) {
    if (!f.findings.length) continue;
    const index = new LineIndex(f.text);
    for (const finding of f.findings) out.push({ file: f.file, finding, range: index.rangeOf(finding.start, finding.end), index });
  }
  return out;
}
