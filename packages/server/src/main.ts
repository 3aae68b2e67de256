/**
 * Standalone server: `pnpm --filter @kg/server start`. Config from the environment (see
 * config.ts), one driver for the process, graceful shutdown on SIGINT/SIGTERM: stop
 * accepting, finish in-flight requests, close the driver, exit.
 */
import { pino } from 'pino';
import { loadConfig } from './config';
import { createServerDriver } from './neo4j/server-driver';
import { startServer } from './start-server';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel });
  const driver = createServerDriver(config.neo4j);
  const server = await startServer({ ...config, driver, logger });
  logger.info({ url: server.url, neo4j: config.neo4j.uri, writes: Boolean(config.writeToken) }, `server listening at ${server.url}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    server
      .close()
      .then(() => driver.close())
      .then(() => { logger.info('stopped'); process.exit(0); })
      .catch((error: unknown) => { logger.error({ err: error }, 'shutdown failed'); process.exit(1); });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
