/** POST /api/cypher {query, params, limit, timeoutMs}: the read-only console. */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { runConsoleQuery } from '../cypher/run-console-query';
import { parseWith } from '../validation/parse-request';

export interface CypherLimits {
  /** Server-side transaction timeout (the most a request may ask for). */
  readonly timeoutMs: number;
  /** The most rows a request may ask for. */
  readonly rowCap: number;
}

export function createCypherRouter(driver: Driver, limits: CypherLimits): Router {
  const ConsoleBody = z.object({
    query: z.string().trim().min(1, 'query is required').max(20_000),
    params: z.record(z.string(), z.unknown()).default({}),
    limit: z.number().int().min(1).max(limits.rowCap).default(limits.rowCap),
    timeoutMs: z.number().int().min(1).max(limits.timeoutMs).default(limits.timeoutMs),
  });
  const router = Router();
  router.post('/', async (req, res) => {
    const body = parseWith(ConsoleBody, req.body ?? {}, 'console request');
    res.json(await runConsoleQuery(driver, body));
  });
  return router;
}
