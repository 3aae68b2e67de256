/**
 * Two load generators with the same shape of result: autocannon against the HTTP server, and
 * the same Cypher sent straight through neo4j-driver by as many concurrent workers, so the
 * server's own overhead (HTTP, validation, JSON) is the difference between the two.
 */
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';

export interface LoadFigures {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  /** The first error's message, when there were errors. */
  readonly firstError?: string;
}

export interface LoadOptions {
  readonly connections: number;
  readonly durationSeconds: number;
}

export async function httpLoad(baseUrl: string, nextPath: () => string, options: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }],
  });
  const ok = result['2xx'];
  return {
    requests: ok + result.non2xx,
    requestsPerSecond: (ok + result.non2xx) / options.durationSeconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

export async function driverLoad(
  driver: Driver,
  query: string,
  nextParams: () => Record<string, unknown>,
  options: LoadOptions,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const deadline = Date.now() + options.durationSeconds * 1000;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        // Consume every record, as the server does before it answers.
        await session.run(query, nextParams(), { timeout: 30_000 });
        latencies.push(performance.now() - started);
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        await session.close();
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + errors,
    requestsPerSecond: (latencies.length + errors) / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
    ...(firstError ? { firstError } : {}),
  };
}
