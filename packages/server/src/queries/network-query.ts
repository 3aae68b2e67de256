/**
 * The directed actor network in one read. Per event: its agents and its targets (each
 * optionally rolled up from people and state bodies to the actor they serve), its day on the
 * chosen clock, and its articles. Then one row per (agent → target) pair — kind ACTS_ON — and
 * one per pair of agents — kind ACTS_WITH (they acted together) — aggregated: events, CAMEO
 * codes, quad classes, days, articles. An actor named on no side of an event gets no edge
 * from it. Every filter is a parameter.
 *
 * Clocks: `event` is the day the text gives, falling back to the earliest article's
 * publication day (`byReport`); `reported` is that earliest publication day.
 */
import { AGENTS, REPORTED, TARGETS } from './role-actors';

export const ACTOR_NETWORK_QUERY = `
MATCH (e:Event)
WHERE $eventTypes IS NULL OR substring(e.cameo, 0, 2) IN $eventTypes
CALL (e) {${REPORTED}
}
WITH e, docs, reported, coalesce(e.date, reported) AS happened
WITH e, docs, e.date IS NULL AND reported IS NOT NULL AS byReport,
     CASE $clock WHEN 'reported' THEN reported ELSE happened END AS day
WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
CALL (e) {${AGENTS}
}
WITH e, docs, byReport, day, actors AS agents
CALL (e) {${TARGETS}
}
WITH e, docs, byReport, day, agents, actors AS targets
WITH e, docs, byReport, day,
     reduce(acc = [], a IN agents | acc + [t IN targets WHERE t.id <> a.id | {s: a, t: t, kind: 'ACTS_ON'}]) +
     reduce(acc = [], a IN agents | acc + [b IN agents WHERE a.id < b.id | {s: a, t: b, kind: 'ACTS_WITH'}]) AS pairs
UNWIND pairs AS pair
WITH pair.s AS a, pair.t AS b, pair.kind AS kind, e, docs, byReport, day
WITH a, b, kind, count(DISTINCT e) AS events, collect(e.cameo) AS cameo, collect(e.quadClass) AS quadClasses,
     min(day) AS firstDate, max(day) AS lastDate,
     sum(CASE WHEN byReport AND $clock = 'event' THEN 1 ELSE 0 END) AS datedByReport,
     sum(CASE WHEN day IS NULL THEN 1 ELSE 0 END) AS undated, collect(docs) AS docs,
     collect([day, substring(e.cameo, 0, 2)]) AS tally
WHERE events >= $minEvents
RETURN a, b, kind, events, cameo, quadClasses, firstDate, lastDate, datedByReport, undated, docs, tally
ORDER BY events DESC, a.id, b.id, kind
LIMIT $maxEdges`;
