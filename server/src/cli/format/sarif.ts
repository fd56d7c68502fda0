/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers: rule metadata with
 * helpUri and the docs page as help, results with 1-based regions (UTF-16 columns), fixes as
 * artifact changes, skipped files as tool notifications.
 */
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { allRuleMeta, type LineIndex, type Severity } from '../../core';
import { ruleDocsText, ruleDocsUrl } from '../docs';
import { VERSION } from '../version';
import { locate, type Formatter } from './report';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

/** "reversed-role" → "ReversedRole" (SARIF's rule name). */
function ruleName(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
}

/** A SARIF artifact location: relative to %SRCROOT% (the working directory) when inside it. */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(isAbsolute(file) ? file : `${cwd}/${file}`).toString() };
  return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(index: LineIndex, text: string, start: number, end: number): Sarif.Region {
  const r = index.rangeOf(start, end);
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
    charOffset: start,
    charLength: end - start,
    snippet: { text: text.slice(start, end) },
  };
}

function rules(): Sarif.ReportingDescriptor[] {
  return allRuleMeta().map((m) => {
    const docs = ruleDocsText(m.id);
    return {
      id: m.id,
      name: ruleName(m.id),
      shortDescription: { text: m.description },
      fullDescription: { text: m.description },
      helpUri: ruleDocsUrl(m.id),
      ...(docs ? { help: { text: docs, markdown: docs } } : {}),
      defaultConfiguration: { level: LEVEL[m.defaultSeverity as Severity] ?? 'warning' },
    };
  });
}

/** Build the SARIF log of a report. */
export function toSarif(report: Parameters<Formatter>[0], cwd: string): Sarif.Log {
  const descriptors = rules();
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const texts = new Map(report.files.map((f) => [f.file, f.text]));
  const results: Sarif.Result[] = locate(report).map(({ file, finding: f, index }) => {
    const text = texts.get(file) ?? '';
    const location = artifact(file, cwd);
    const i = ruleIndex.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      ...(i === undefined ? {} : { ruleIndex: i }),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(index, text, f.start, f.end) } }],
      ...(f.fixes?.length
        ? {
            fixes: f.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [
                { artifactLocation: location, replacements: x.edits.map((e) => ({ deletedRegion: region(index, text, e.start, e.end), insertedContent: { text: e.newText } })) },
              ],
            })),
          }
        : {}),
      ...(f.factIds || f.referenceIds || f.citedReferenceIds
        ? { properties: { factIds: f.factIds ?? [], referenceIds: f.referenceIds ?? [], ...(f.citedReferenceIds ? { citedReferenceIds: f.citedReferenceIds } : {}) } }
        : {}),
    };
  });
  const notifications: Sarif.Notification[] = report.notes.map((n) => ({
    level: 'note',
    message: { text: n.message },
    ...(n.file ? { locations: [{ physicalLocation: { artifactLocation: artifact(n.file, cwd) } }] } : {}),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mineral-claims', version: VERSION, semanticVersion: VERSION, rules: descriptors } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).toString() } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
}

/** The SARIF formatter. */
export const sarif: Formatter = (report, options) => JSON.stringify(toSarif(report, options.cwd), null, 2) + '\n';
