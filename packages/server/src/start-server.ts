/**
 * startServer: listens with createApp, tracks connections so close() can finish in-flight
 * requests (idle keep-alive sockets are closed at once), and owns the driver only when it
 * made one from NEO4J_* itself.
 */
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { createServerDriver } from './neo4j/server-driver';
import { createExtractionPool } from './extraction/extraction-pool';
import { createApp, type AppDeps } from './app';

export interface StartServerOptions extends Omit<AppDeps, 'driver'> {
  /** One driver per process, owned by the caller (pnpm start) or created from NEO4J_* when absent. */
  readonly driver?: Driver;
  readonly port: number;
  readonly host?: string;
  /** Folder with the built explorer (packages/explorer/dist), served at `/`. */
  readonly explorerDir?: string;
  /** How long close() waits for in-flight requests before cutting connections (default 10 s). */
  readonly shutdownGraceMs?: number;
}

export interface RunningServer {
  readonly url: string;
  /** Finishes in-flight requests, then stops listening (does not close a caller-owned driver). */
  close(): Promise<void>;
}

function driverFromEnv(): Driver {
  return createServerDriver({
    uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'neo4j',
    poolSize: Number(process.env.KG_NEO4J_POOL_SIZE ?? 16),
  });
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const ownsDriver = !options.driver;
  const driver = options.driver ?? driverFromEnv();
  // The server owns its extraction threads unless the caller brought a pool.
  const ownsPool = !options.extractionPool;
  const extractionPool = options.extractionPool ?? createExtractionPool({ warm: true });
  const app = createApp({ ...options, driver, extractionPool });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const listening = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;

  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
      server.closeIdleConnections();
    }).then(async () => {
      if (ownsPool) await extractionPool.close();
      if (ownsDriver) await driver.close();
    });
    return closing;
  };

  return { url: `http://${shownHost}:${address.port}`, close };
}
