/**
 * Everything that runs user-written Cypher (the console and the query-selected exports)
 * goes through one runner: the server's limits and guard policy filled in, and the work
 * passed through the console gate so it cannot take the app's own connections.
 */
import type { Driver } from 'neo4j-driver';
import type { GuardPolicy } from './cypher-guard';
import { ConsoleGate } from './console-gate';
import { runConsoleQuery, type ConsoleRequest, type ConsoleResult } from './run-console-query';

export interface ConsoleSettings {
  /** Longest a statement may plan and run (also the default). */
  readonly timeoutMs: number;
  /** Most rows (also the default). */
  readonly rowCap: number;
  /** Most bytes of rows in one answer. */
  readonly byteCap: number;
  readonly policy: GuardPolicy;
  /** Statements running at once, and waiting, for the whole server. */
  readonly concurrency: number;
  readonly queue: number;
}

export interface ConsoleRunner {
  readonly settings: ConsoleSettings;
  readonly gate: ConsoleGate;
  /** Runs a statement; `limit` and `timeoutMs` default to the caps (callers validate them against the caps). */
  run(request: { query: string; params?: Record<string, unknown>; limit?: number; timeoutMs?: number }): Promise<ConsoleResult>;
}

export function createConsoleRunner(driver: Driver, settings: ConsoleSettings): ConsoleRunner {
  // A waiting statement gives up after one statement's worth of time: the client would rather retry.
  const gate = new ConsoleGate({ concurrency: settings.concurrency, queue: settings.queue, maxWaitMs: settings.timeoutMs });
  return {
    settings,
    gate,
    run: (request) => {
      const full: ConsoleRequest = {
        query: request.query,
        params: request.params ?? {},
        limit: Math.min(request.limit ?? settings.rowCap, settings.rowCap),
        timeoutMs: Math.min(request.timeoutMs ?? settings.timeoutMs, settings.timeoutMs),
        byteCap: settings.byteCap,
        policy: settings.policy,
      };
      return gate.run(() => runConsoleQuery(driver, full));
    },
  };
}
