/**
 * A JSON.parse error as a short reason that never quotes the file's content: V8 messages such as
 * `Unexpected token 'r', "root:x:0:0:"... is not valid JSON` would otherwise echo the first bytes of
 * whatever file a workspace pointed us at.
 */
export function jsonErrorReason(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg
    .replace(/^JSON\.parse: /, '')
    .replace(/,\s*".*$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .replace(/ is not valid JSON$/, '')
    .trim();
}
