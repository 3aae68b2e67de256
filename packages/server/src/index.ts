// Public API of the server package (placeholder until the server work lands).
import type { Driver } from 'neo4j-driver';

export interface StartServerOptions {
  /** One driver per process, owned by the caller (pnpm start) or created from NEO4J_* when absent. */
  readonly driver?: Driver;
  readonly port: number;
  readonly host?: string;
  /** Folder with the built explorer (packages/explorer/dist), served at `/`. */
  readonly explorerDir?: string;
}

export interface RunningServer {
  readonly url: string;
  /** Finishes in-flight requests, then stops listening (does not close a caller-owned driver). */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  throw new Error(`the server is not built yet (port ${options.port})`);
}
