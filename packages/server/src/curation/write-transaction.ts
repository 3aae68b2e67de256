/**
 * Every curation write is ONE Neo4j write transaction: all of it or none of it. Parameters
 * pass through toCypherParams so offsets, counts and versions stay Cypher integers.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toCypherParams } from '../neo4j/cypher-params';

function integerParams(tx: ManagedTransaction): ManagedTransaction {
  return { run: (query: string, params?: Record<string, unknown>) => tx.run(query, toCypherParams(params ?? {}) as Record<string, unknown>) } as ManagedTransaction;
}

export async function inWriteTransaction<T>(driver: Driver, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => work(integerParams(tx)));
  } finally {
    await session.close();
  }
}
