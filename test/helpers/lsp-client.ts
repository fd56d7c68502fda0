/** A minimal LSP client over stdio for protocol tests (client side: vscode-languageserver-protocol). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
  ApplyWorkspaceEditRequest,
  RegistrationRequest,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

/** A minimal LSP client over stdio for tests. */
export class TestClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  private readonly waiters: ((p: PublishDiagnosticsParams) => boolean)[] = [];
  /** Told every publication of diagnostics (besides the waiters of `diagnostics`). */
  readonly published: ((p: PublishDiagnosticsParams) => void)[] = [];

  /** What `workspace/configuration` answers (section mineralClaims). */
  settings: unknown = {};
  /** Edits the server asked the client to apply (`workspace/applyEdit`). */
  readonly applied: WorkspaceEdit[] = [];

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      for (const listener of this.published) listener(p);
      for (let i = this.waiters.length - 1; i >= 0; i--) if (this.waiters[i](p)) this.waiters.splice(i, 1);
    });
    this.conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.settings));
    this.conn.onRequest(RegistrationRequest.type, () => undefined);
    this.conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.applied.push(p.edit);
      return { applied: true };
    });
    this.conn.listen();
  }

  async initialize(capabilities: ClientCapabilities = {}, rootUri: string | null = null, initializationOptions?: unknown): Promise<void> {
    const workspaceFolders = rootUri ? [{ uri: rootUri, name: 'root' }] : null;
    await this.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities, workspaceFolders, initializationOptions });
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  /** Resolves with the next diagnostics for `uri` (optionally at a version). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri}`)), 10000);
      this.waiters.push((p) => {
        if (p.uri !== uri || (version !== undefined && p.version !== version)) return false;
        clearTimeout(t);
        resolve(p);
        return true;
      });
    });
  }

  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const d = this.diagnostics(uri, version);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    return d;
  }

  async stop(): Promise<void> {
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    this.conn.dispose();
    this.proc.kill();
  }
}

