/**
 * `--fix`: apply the safe fixes that findings carry as data, and write files atomically without ever
 * overwriting a file that changed on disk while it was being checked.
 */
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Finding } from '../core';
import { applyEdits, selectSafeFixEdits } from '../core/fixes';

/** At most this many check-and-fix passes per file (fixes can unlock further fixes). */
export const MAX_FIX_PASSES = 10;

export { safeFixOf } from '../core/fixes';

/**
 * One pass: apply the safe fix of every finding whose edits do not overlap an earlier fix's edits
 * (overlapping ones wait for the next pass). Returns the new text and how many fixes were applied.
 */
export function applySafeFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const { edits, applied } = selectSafeFixEdits(findings, text.length);
  return { text: applyEdits(text, edits), applied };
}

/** Fix until no safe fix is left (at most {@link MAX_FIX_PASSES} passes); returns the findings of the final text. */
export function fixUntilStable(text: string, findings: Finding[], check: (text: string) => Finding[]): { text: string; findings: Finding[]; applied: number } {
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const r = applySafeFixes(text, findings);
    if (!r.applied || r.text === text) break;
    applied += r.applied;
    text = r.text;
    findings = check(text);
  }
  return { text, findings, applied };
}

/**
 * Replace a file's content atomically (temp file in the same folder, fsync, rename), keeping its
 * mode, and only if its bytes still equal `original`; a symbolic link is followed, not replaced.
 * Returns "changed" (nothing written) when the file changed on disk since it was read.
 */
export function writeIfUnchanged(file: string, original: Buffer, text: string): 'written' | 'changed' {
  const real = realpathSync(file);
  const unchanged = () => readFileSync(real).equals(original);
  if (!unchanged()) return 'changed';
  const mode = statSync(real).mode & 0o7777;
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.mineral-claims.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      writeSync(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!unchanged()) {
      unlinkSync(tmp);
      return 'changed';
    }
    renameSync(tmp, real);
    return 'written';
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
}
