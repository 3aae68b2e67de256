/**
 * Example queries that answer the analysts' real questions about the seeds, written for
 * the graph model (packages/model/src/graph.ts). Each returns paths (for the graph) and
 * plain columns (for the table).
 */
import type { SavedQuery } from './query-history';

export const EXAMPLE_QUERIES: readonly SavedQuery[] = [
  {
    name: 'Who fought ISIS, where and when',
    query: `MATCH (isis:Actor)
WHERE isis.name =~ '(?i).*(isis|islamic state|daesh).*'
   OR any(a IN coalesce(isis.aliases, []) WHERE a =~ '(?i)(isis|isil|daesh|islamic state)')
MATCH p = (actor:Actor)-[:AGENT_IN]->(e:Event)-[:TARGETS]->(isis)
WHERE e.quadClass = 4
OPTIONAL MATCH at = (e)-[:AT]->(place:Location)
RETURN p, at, actor.name AS actor, e.cameoName AS action, place.name AS place, e.date AS date
ORDER BY date`,
  },
  {
    name: 'All events between Russia and Turkey',
    query: `MATCH (a:Actor {name: $first}), (b:Actor {name: $second})
MATCH p = (a)-[:AGENT_IN|TARGETS]-(e:Event)-[:AGENT_IN|TARGETS]-(b)
RETURN p, e.date AS date, e.cameoName AS type, e.label AS event
ORDER BY date`,
    params: '{"first": "Russia", "second": "Turkey"}',
  },
  {
    name: 'Which articles report the withdrawal',
    query: `MATCH p = (e:Event)-[r:REPORTED_IN]->(d:Document)
WHERE toLower(r.sentence) CONTAINS 'withdr' OR toLower(coalesce(e.trigger, '')) CONTAINS 'withdr'
RETURN p, d.title AS article, d.published AS published, r.sentence AS sentence
ORDER BY published`,
  },
  {
    name: 'Actors and how many events they took part in',
    query: `MATCH (a:Actor)-[:AGENT_IN|TARGETS]-(e:Event)
RETURN a.name AS actor, a.type AS type, count(DISTINCT e) AS events
ORDER BY events DESC LIMIT 25`,
  },
];
