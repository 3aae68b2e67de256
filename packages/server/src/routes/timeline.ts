/** GET /api/actors/timeline?clock=&eventTypes= — events per day and quad class, for the explorer's timeline. */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { Clock } from '@kg/model';
import { readQuery } from '../neo4j/read-query';
import { toNumber, toPlain } from '../neo4j/to-plain';
import { TIMELINE_QUERY } from '../queries/timeline-query';
import { toTimeline } from '../queries/to-timeline';
import { listParam, parseWith } from '../validation/parse-request';
import { cameoParam } from '../validation/vocabulary';

const TimelineParams = z.object({
  clock: Clock.default('event'),
  eventTypes: listParam(cameoParam),
});

export function createTimelineRouter(driver: Driver): Router {
  const router = Router();
  router.get('/timeline', async (req, res) => {
    const params = parseWith(TimelineParams, req.query, 'timeline parameters');
    const result = await readQuery(driver, TIMELINE_QUERY, {
      clock: params.clock,
      eventTypes: params.eventTypes ? [...new Set(params.eventTypes.flat())] : null,
    });
    res.json(toTimeline(result.records.map((r) => ({
      day: (toPlain(r.get('day')) as string | null) ?? null,
      quadClass: toNumber(r.get('quadClass')),
      events: toNumber(r.get('events')),
      byReport: toNumber(r.get('byReport')),
    })), params.clock));
  });
  return router;
}
