/**
 * Which Neo4j a command writes to: the server of NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or,
 * when NEO4J_URI is unset, the embedded one: a running daemon of the data folder is
 * reused, else one is started attached to this process and stopped by `close()`.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { connectionFromEnv, embeddedConnection, embeddedSettingsFromEnv, findRepoRoot, readDaemon, startEmbeddedNeo4j } from '@kg/embedded-neo4j';
import { toGraphError } from './errors';

export interface GraphConnection {
  readonly driver: Driver;
  /** The Bolt URI, for messages. */
  readonly uri: string;
  /** How it was found: `NEO4J_URI`, `embedded daemon`, or `embedded, started for this run`. */
  readonly origin: string;
  close(): Promise<void>;
}

export interface OpenGraphOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
  /** How long the driver retries a transaction after transient errors (default 15 s). */
  readonly maxRetryMs?: number;
}

async function connect(uri: string, user: string, password: string, maxRetryMs: number): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: maxRetryMs,
    connectionTimeout: 10_000,
  });
  try {
    await driver.verifyConnectivity();
    return driver;
  } catch (error) {
    await driver.close();
    throw toGraphError(error, uri);
  }
}

export async function openGraph(options: OpenGraphOptions = {}): Promise<GraphConnection> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const maxRetryMs = options.maxRetryMs ?? 15_000;
  const configured = connectionFromEnv(env);
  if (configured) {
    const driver = await connect(configured.uri, configured.user, configured.password, maxRetryMs);
    return { driver, uri: configured.uri, origin: 'NEO4J_URI', close: () => driver.close() };
  }
  const repoRoot = findRepoRoot();
  const settings = embeddedSettingsFromEnv(repoRoot, env);
  const daemon = readDaemon(settings.dataDir);
  if (daemon) {
    const { user, password } = embeddedConnection(settings.dataDir, daemon.uri);
    const driver = await connect(daemon.uri, user, password, maxRetryMs);
    return { driver, uri: daemon.uri, origin: 'embedded daemon', close: () => driver.close() };
  }
  log(`NEO4J_URI is not set and no embedded Neo4j is running for ${settings.dataDir}: starting one for this run…`);
  const running = await startEmbeddedNeo4j({
    repoRoot,
    port: settings.port,
    dataDir: settings.dataDir,
    heap: settings.heap,
    pagecache: settings.pagecache,
    log,
  });
  try {
    const driver = await connect(running.uri, running.connection.user, running.connection.password, maxRetryMs);
    return {
      driver,
      uri: running.uri,
      origin: 'embedded, started for this run',
      close: async () => {
        await driver.close();
        await running.stop();
      },
    };
  } catch (error) {
    await running.stop();
    throw error;
  }
}
