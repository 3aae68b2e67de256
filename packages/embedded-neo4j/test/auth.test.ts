/**
 * Bolt had authentication off: any local process could write to the graph under any name,
 * bypassing the API token. The embedded Neo4j now requires the generated password kept in
 * its data folder (mode 0600) and refuses any other.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { findFreePort, findRepoRoot, passwordFile, startEmbeddedNeo4j, type RunningNeo4j } from '../src';

const dataDir = mkdtempSync(join(tmpdir(), 'kg-auth-'));
let running: RunningNeo4j;
beforeAll(async () => {
  running = await startEmbeddedNeo4j({ repoRoot: findRepoRoot(), port: await findFreePort(), dataDir, heap: '512m', pagecache: '64m' });
}, 240_000);
afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function canQuery(user: string, password: string): Promise<true | string> {
  const driver = neo4j.driver(running.uri, neo4j.auth.basic(user, password));
  try {
    await driver.executeQuery('CREATE (:Intruder) RETURN 1');
    return true;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

it('keeps a generated password in the data folder, readable by the user only', () => {
  const mode = statSync(passwordFile(dataDir)).mode & 0o777;
  expect(mode.toString(8)).toBe('600');
  expect(running.connection.password).toMatch(/^[\w-]{32}$/);
  expect(running.connection.password).not.toBe('neo4j');
});

it('refuses a Bolt connection with a wrong password or the old default, accepts the generated one', async () => {
  expect(await canQuery('neo4j', 'wrong-password')).toBe('Neo.ClientError.Security.Unauthorized');
  expect(await canQuery('neo4j', 'neo4j')).toBe('Neo.ClientError.Security.Unauthorized');
  expect(await canQuery('anybody', running.connection.password)).toBe('Neo.ClientError.Security.Unauthorized');
  expect(await canQuery(running.connection.user, running.connection.password)).toBe(true);
});
