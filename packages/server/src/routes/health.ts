/**
 * GET /api/health: up or down, and how long Neo4j took to answer (503 with Retry-After when
 * it did not). Versions, addresses and driver errors help an attacker more than a caller,
 * so they are shown only to a request carrying the API token.
 */
import { Router, type Request } from 'express';
import type { Driver } from 'neo4j-driver';
import { NEO4J_RETRY_AFTER_SECONDS } from '../errors';

export function createHealthRouter(driver: Driver, canSeeDetails: (req: Request) => boolean): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const started = Date.now();
    const detailed = canSeeDetails(req);
    try {
      const info = await driver.getServerInfo();
      res.json({
        status: 'up',
        neo4j: { reachable: true, latencyMs: Date.now() - started },
        ...(detailed ? { details: { uptimeSeconds: Math.round(process.uptime()), version: info.agent ?? null, protocolVersion: info.protocolVersion ?? null, address: info.address ?? null } } : {}),
      });
    } catch (error) {
      res.status(503).set('Retry-After', String(NEO4J_RETRY_AFTER_SECONDS)).json({
        status: 'down',
        neo4j: { reachable: false, latencyMs: Date.now() - started },
        ...(detailed ? { details: { uptimeSeconds: Math.round(process.uptime()), error: error instanceof Error ? error.message.split('\n')[0] : 'unreachable' } } : {}),
        error: { code: 'NEO4J_UNAVAILABLE', message: 'The graph database (Neo4j) is unreachable right now.', hint: `Retry in ${NEO4J_RETRY_AFTER_SECONDS} s.` },
      });
    }
  });
  return router;
}
