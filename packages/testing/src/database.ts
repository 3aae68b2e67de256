/**
 * The one helper through which tests reach Neo4j (modelled on neo4j-javascript-driver's
 * shared-neo4j.js). Each test file that needs the database calls `useCleanDatabase()` in
 * its top scope: the graph, its constraints and its indexes are wiped before the file runs,
 * so no file depends on another's leftovers. Tests run in band (one file at a time).
 */
import neo4j, { type Driver } from 'neo4j-driver';

export function testConnection(): { uri: string; user: string; password: string } {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run tests through `pnpm test` (its jest globalSetup starts Neo4j).');
  return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'neo4j' };
}

export function openTestDriver(): Driver {
  const { uri, user, password } = testConnection();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
}

/** Deletes every node and relationship, then every constraint and index (lookup indexes stay). */
export async function resetDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), which
  // executeQuery is not: it fails as soon as there is a node to delete.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const record of constraints.records) {
    await driver.executeQuery(`DROP CONSTRAINT \`${String(record.get('name')).replace(/`/g, '``')}\` IF EXISTS`);
  }
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
  for (const record of indexes.records) {
    await driver.executeQuery(`DROP INDEX \`${String(record.get('name')).replace(/`/g, '``')}\` IF EXISTS`);
  }
}

/**
 * Registers beforeAll/afterAll hooks: a driver on a wiped database for this test file.
 * Returns an accessor because the driver exists only once beforeAll has run.
 */
export function useCleanDatabase(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = openTestDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });
  return () => {
    if (!driver) throw new Error('the test database is available only inside tests and hooks');
    return driver;
  };
}
