/**
 * What each fix edit was built to replace (the prose text under it), kept beside the edit rather than in it so
 * output formats stay unchanged. The checker compares it with the document before offering a fix, so a wrong
 * offset can never turn a one-word fix into an edit that destroys the writer's text. Moved copies of an edit
 * (incremental.ts) carry no record: the checker reads it from the edit as first made (`findingOrigin`).
 */
import type { TextEditData } from './types';

const replaced = new WeakMap<TextEditData, string>();

/** Record the prose text an edit replaces. */
export function rememberReplaced<T extends TextEditData>(edit: T, text: string): T {
  replaced.set(edit, text);
  return edit;
}

/** The prose text an edit was built to replace, if recorded. */
export function replacedBy(edit: TextEditData): string | undefined {
  return replaced.get(edit);
}
