/** Events per day and quad class on the chosen clock (see network-query.ts for the clocks). */
import { REPORTED } from './role-actors';

export const TIMELINE_QUERY = `
MATCH (e:Event)
WHERE $eventTypes IS NULL OR substring(e.cameo, 0, 2) IN $eventTypes
CALL (e) {${REPORTED}
}
WITH e, e.date IS NULL AND reported IS NOT NULL AND $clock = 'event' AS byReport,
     CASE $clock WHEN 'reported' THEN reported ELSE coalesce(e.date, reported) END AS day
RETURN day, e.quadClass AS quadClass, count(*) AS events, sum(CASE WHEN byReport THEN 1 ELSE 0 END) AS byReport
ORDER BY day`;
