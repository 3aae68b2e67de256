/**
 * The server's driver settings, in one place. Bounded everywhere so that an unreachable
 * Neo4j is a 503 in seconds: connecting (5 s), waiting for a pooled connection (5 s), and
 * retrying a write transaction (5 s; the driver's default is 30 s, which with the
 * acquisition waits made a write answer only after a minute).
 */
import neo4j, { type Config, type Driver } from 'neo4j-driver';

export interface ServerDriverOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** A small pool: Neo4j on a small machine answers more queries per second with a few in flight. */
  readonly poolSize?: number;
}

export const SERVER_DRIVER_CONFIG: Readonly<Config> = {
  disableLosslessIntegers: true,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 5_000,
};

export function createServerDriver(options: ServerDriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    ...SERVER_DRIVER_CONFIG,
    maxConnectionPoolSize: options.poolSize ?? 16,
  });
}
