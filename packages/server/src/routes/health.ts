/** GET /api/health: is the server up, and can it reach Neo4j (503 with Retry-After when not). */
import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { NEO4J_RETRY_AFTER_SECONDS } from '../errors';

export function createHealthRouter(driver: Driver): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const started = Date.now();
    try {
      const info = await driver.getServerInfo();
      res.json({
        status: 'ok',
        server: { uptimeSeconds: Math.round(process.uptime()) },
        neo4j: { reachable: true, version: info.agent ?? null, protocolVersion: info.protocolVersion ?? null, address: info.address ?? null, latencyMs: Date.now() - started },
      });
    } catch (error) {
      res.status(503).set('Retry-After', String(NEO4J_RETRY_AFTER_SECONDS)).json({
        status: 'degraded',
        server: { uptimeSeconds: Math.round(process.uptime()) },
        neo4j: { reachable: false, error: error instanceof Error ? error.message.split('\n')[0] : 'unreachable' },
        error: { code: 'NEO4J_UNAVAILABLE', message: 'The graph database (Neo4j) is unreachable right now.', hint: `Retry in ${NEO4J_RETRY_AFTER_SECONDS} s.` },
      });
    }
  });
  return router;
}
