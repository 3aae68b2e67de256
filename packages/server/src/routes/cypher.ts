/** POST /api/cypher {query, params, limit, timeoutMs}: the read-only console. */
import { Router } from 'express';
import { z } from 'zod';
import type { ConsoleRunner } from '../cypher/console-runner';
import { parseWith } from '../validation/parse-request';

export function createCypherRouter(runner: ConsoleRunner): Router {
  const { rowCap, timeoutMs } = runner.settings;
  const ConsoleBody = z.object({
    query: z.string().trim().min(1, 'query is required').max(20_000),
    params: z.record(z.string(), z.unknown()).default({}),
    limit: z.number().int().min(1).max(rowCap).default(rowCap),
    timeoutMs: z.number().int().min(1).max(timeoutMs).default(timeoutMs),
  });
  const router = Router();
  router.post('/', async (req, res) => {
    const body = parseWith(ConsoleBody, req.body ?? {}, 'console request');
    res.json(await runner.run(body));
  });
  return router;
}
