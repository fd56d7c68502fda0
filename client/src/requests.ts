/**
 * Sending the optional custom requests of ./protocol: a server that does not implement one answers
 * "method not found", which becomes `undefined` here so commands can degrade gracefully.
 */
import type { CancellationToken } from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';

/** Send `method`; resolve to undefined if the server does not implement it. */
export async function sendOptionalRequest<R>(
  client: LanguageClient,
  method: string,
  params: object,
  token?: CancellationToken,
): Promise<R | undefined> {
  try {
    return await client.sendRequest<R>(method, params, token);
  } catch (e) {
    if (e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound) return undefined;
    throw e;
  }
}
