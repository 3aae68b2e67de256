/**
 * jest globalSetup: gives the test run a real Neo4j. Uses NEO4J_URI when set; otherwise
 * starts the embedded Neo4j on a free port with a temporary data folder. Test workers read
 * the connection from the environment (workers are started after this runs).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, findRepoRoot, startEmbeddedNeo4j, type RunningNeo4j } from '@kg/embedded-neo4j';

declare global {
  // eslint-disable-next-line no-var -- shared between globalSetup and globalTeardown (same process)
  var __KG_TEST_NEO4J__: { running: RunningNeo4j; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.stderr.write(`\n[tests] using the Neo4j at NEO4J_URI=${process.env.NEO4J_URI}\n`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-test-neo4j-'));
  const port = await findFreePort();
  const started = Date.now();
  const running = await startEmbeddedNeo4j({
    repoRoot: findRepoRoot(),
    port,
    dataDir,
    heap: process.env.NEO4J_HEAP ?? '1500m',
    pagecache: '128m',
    log: (line) => process.stderr.write(`[tests] ${line}\n`),
  });
  process.stderr.write(`\n[tests] embedded Neo4j at ${running.uri} (started in ${Date.now() - started} ms)\n`);
  globalThis.__KG_TEST_NEO4J__ = { running, dataDir };
  process.env.NEO4J_URI = running.uri;
  process.env.NEO4J_USER = running.connection.user;
  process.env.NEO4J_PASSWORD = running.connection.password;
  process.env.KG_TEST_NEO4J_DATA_DIR = dataDir;
  process.env.KG_TEST_EMBEDDED = '1';
}
