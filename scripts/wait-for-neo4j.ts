import type { Driver } from 'neo4j-driver';

/**
 * Waits until Neo4j answers (a Docker Neo4j may still be starting when the app is), with a
 * clear error that names the URI once the time is up.
 */
export async function waitForNeo4j(
  driver: Driver,
  options: { timeoutMs: number; signal?: AbortSignal; log: (line: string) => void },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      if (options.signal?.aborted) throw new Error('stopped while waiting for Neo4j');
      if (Date.now() > deadline) {
        throw new Error(`Neo4j did not answer within ${options.timeoutMs / 1000} s: ${(error as Error).message}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
      }
      if (!announced) options.log('Waiting for Neo4j to accept connections …');
      announced = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
