/**
 * `pnpm start`: the whole system on one command. Uses NEO4J_URI when set; otherwise the
 * embedded Neo4j (a running `pnpm neo4j:start` daemon is reused, else one is started and
 * owned by this process). Ensures the schema, loads seeds/ into an empty graph, builds the
 * explorer when its bundle is missing or stale, and serves everything on PORT (8080).
 * Ctrl-C stops the server, the driver and the Neo4j this process started.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { join } from 'node:path';
import {
  connectionFromEnv, embeddedConnection, embeddedSettingsFromEnv, findRepoRoot, isEmbeddedNeo4jError, readDaemon,
  startEmbeddedNeo4j, type Neo4jConnection, type RunningNeo4j,
} from '@kg/embedded-neo4j';
import { ensureSchema, ingestPaths, type IngestSummary } from '@kg/extractor';
import { loadConfig, startServer, type RunningServer } from '@kg/server';
import { ensureExplorerBuilt } from './explorer-build';
import { waitForNeo4j } from './wait-for-neo4j';

const log = (line: string) => console.log(`[kg] ${line}`);

async function main(stopping: AbortSignal, owned: Owned): Promise<void> {
  const repoRoot = findRepoRoot();
  // The server's settings (PORT, HOST, KG_API_TOKEN, KG_CYPHER_TIMEOUT_MS, …), validated
  // before anything starts so a bad variable costs no Neo4j start-up.
  const config = loadConfig(process.env);
  const connection = await resolveConnection(repoRoot, stopping, owned);

  owned.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: config.neo4j.poolSize,
  });
  await waitForNeo4j(owned.driver, { timeoutMs: 120_000, signal: stopping, log });
  await ensureSchema(owned.driver);

  const { records } = await owned.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS documents');
  const documents = Number(records[0]?.get('documents') ?? 0);
  if (documents === 0) {
    log('The graph is empty: loading seeds/ …');
    const summary = await ingestPaths(owned.driver, [join(repoRoot, 'seeds')], {});
    log(`Loaded the seeds: ${JSON.stringify(summaryLine(summary))}`);
  } else {
    log(`The graph holds ${documents} article(s); seeds not reloaded.`);
  }

  const explorerDir = ensureExplorerBuilt(repoRoot, log);
  owned.server = await startServer({ ...config, driver: owned.driver, explorerDir });
  log(`Explorer and API ready at ${owned.server.url}  (Ctrl-C stops everything)`);
}

async function resolveConnection(repoRoot: string, stopping: AbortSignal, owned: Owned): Promise<Neo4jConnection> {
  const fromEnv = connectionFromEnv();
  if (fromEnv) {
    log(`Using the Neo4j at NEO4J_URI=${fromEnv.uri}`);
    return fromEnv;
  }
  const settings = embeddedSettingsFromEnv(repoRoot);
  const daemon = readDaemon(settings.dataDir);
  if (daemon) {
    log(`Using the embedded Neo4j already running at ${daemon.uri} (pid ${daemon.pid}).`);
    return embeddedConnection(settings.dataDir, daemon.uri);
  }
  log(`Starting the embedded Neo4j on port ${settings.port} (data in ${settings.dataDir}) …`);
  owned.neo4j = await startEmbeddedNeo4j({ repoRoot, ...settings, signal: stopping, log });
  log(`Neo4j is up at ${owned.neo4j.uri}`);
  return owned.neo4j.connection;
}

function summaryLine(summary: IngestSummary): Record<string, number> {
  const { written, entities, events, skipped, failed } = summary;
  return { articles: written.length, entities, events, skipped: skipped.length, failed: failed.length };
}

interface Owned {
  neo4j?: RunningNeo4j;
  driver?: Driver;
  server?: RunningServer;
}

async function shutdown(owned: Owned): Promise<void> {
  await owned.server?.close().catch(() => {});
  await owned.driver?.close().catch(() => {});
  if (owned.neo4j) {
    log('Stopping Neo4j …');
    await owned.neo4j.stop();
  }
}

const owned: Owned = {};
const controller = new AbortController();
let stoppingAlready = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stoppingAlready) return;
    stoppingAlready = true;
    log(`${signal}: stopping …`);
    controller.abort();
    shutdown(owned).then(() => {
      log('Stopped.');
      process.exit(0);
    });
  });
}

main(controller.signal, owned).catch(async (error: unknown) => {
  if (stoppingAlready) return;
  const message = isEmbeddedNeo4jError(error) || error instanceof Error ? error.message : String(error);
  console.error(`[kg] Could not start: ${message}`);
  if (process.env.DEBUG) console.error(error);
  await shutdown(owned);
  process.exit(1);
});
