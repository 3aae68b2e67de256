/**
 * Every Cypher text the writer runs. All values travel as parameters; the only thing put
 * into a text is a label list, taken from the fixed LABELS_FOR_ENTITY_TYPE table when this
 * module loads — never from input.
 */
import { ENTITY_TYPES, LABEL, LABELS_FOR_ENTITY_TYPE } from '@kg/model';

/**
 * Every statement takes rows for a whole batch of articles (a row names its document).
 * No statement is given two rows that write the same node's properties (the writer sends
 * such rows in rounds), so each row sees the one before it as a separate transaction would.
 */

/** Also says which articles were written before (only those can have stale links). */
export const MERGE_DOCUMENTS = `
UNWIND $documents AS document
OPTIONAL MATCH (old:${LABEL.Document} {id: document.id})
WITH document, old IS NOT NULL AS existed
MERGE (d:${LABEL.Document} {id: document.id})
SET d += document
RETURN document.id AS id, existed`;

/**
 * Entities of every type in one statement. A new node gets its type's labels (one FOREACH
 * per row of the fixed LABELS_FOR_ENTITY_TYPE table, keyed on the stored type); an existing
 * one keeps its labels and type (the first article to name a thing types it) and gains the
 * new aliases, search words and, when it had none, coordinates.
 */
function labelSetters(): string {
  return ENTITY_TYPES.map(
    (type) => `FOREACH (_ IN CASE WHEN n.type = '${type}' THEN [1] ELSE [] END | SET n:${LABELS_FOR_ENTITY_TYPE[type].join(':')})`,
  ).join('\n');
}

export const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (n:${LABEL.Entity} {id: row.id})
  ON CREATE SET n.type = row.type, n.name = row.name, n.aliases = [], n.searchText = ''
${labelSetters()}
WITH n, row, coalesce(n.aliases, []) AS oldAliases,
     CASE WHEN coalesce(n.searchText, '') = '' THEN [] ELSE split(n.searchText, ' ') END AS oldWords
WITH n, row, oldAliases + [a IN row.aliases WHERE NOT a IN oldAliases] AS aliases,
     oldWords + [w IN row.words WHERE NOT w IN oldWords] AS words
SET n.aliases = aliases,
    n.searchText = reduce(s = head(words), w IN tail(words) | s + ' ' + w)
FOREACH (_ IN CASE WHEN row.geoSource IS NOT NULL AND coalesce(n.geoSource, 'not-found') = 'not-found' THEN [1] ELSE [] END |
  SET n.lat = row.lat, n.lon = row.lon, n.geoSource = row.geoSource)`;

export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (d:${LABEL.Document} {id: row.documentId})
MATCH (n:${LABEL.Entity} {id: row.id})
MERGE (n)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.forms = row.forms, m.starts = row.starts, m.ends = row.ends`;

export const MERGE_AFFILIATIONS = `
UNWIND $rows AS row
MATCH (p:${LABEL.Actor} {id: row.person})
MATCH (a:${LABEL.Actor} {id: row.actor})
MERGE (p)-[r:AFFILIATED_WITH]->(a)
SET r.role = coalesce(row.role, r.role)`;

/**
 * A re-ingest whose extraction changed (a better extractor, a bigger context) must not
 * leave the old reading behind: links from this article that the new result lacks go, and
 * so do events no article reports any more.
 */
export const DROP_STALE_LINKS = `
MATCH (d:${LABEL.Document} {id: $documentId})
OPTIONAL MATCH (n:${LABEL.Entity})-[m:MENTIONED_IN]->(d) WHERE NOT n.id IN $entityIds
DELETE m
WITH DISTINCT d
OPTIONAL MATCH (e:${LABEL.Event})-[r:REPORTED_IN]->(d) WHERE NOT r.recordId IN $recordIds
DELETE r
WITH collect(DISTINCT e) AS touched
UNWIND touched AS e
WITH e, COUNT { (e)-[:REPORTED_IN]->() } AS left
FOREACH (_ IN CASE WHEN left = 0 THEN [1] ELSE [] END | DETACH DELETE e)
FOREACH (_ IN CASE WHEN left > 0 THEN [1] ELSE [] END | SET e.sourceCount = left)`;

/** Where these articles' reports went when they were written before. */
export const EARLIER_REPORTS = `
UNWIND $documentIds AS documentId
MATCH (e:${LABEL.Event})-[r:REPORTED_IN]->(:${LABEL.Document} {id: documentId})
RETURN documentId, r.recordId AS recordId, e.id AS eventId`;

/** Stored events of the same CAMEO code sharing an agent with one of this article's events. */
export const CANDIDATE_EVENTS = `
UNWIND $probes AS probe
UNWIND probe.agents AS agentId
MATCH (:${LABEL.Entity} {id: agentId})-[:AGENT_IN]->(e:${LABEL.Event})
WHERE e.cameo = probe.cameo
WITH DISTINCT e
RETURN e.id AS id, e.cameo AS cameo, e.date AS date, e.dateSource AS dateSource,
       [(a)-[:AGENT_IN]->(e) | a.id] AS agents,
       [(e)-[:TARGETS]->(t) | t.id] AS targets,
       head([(e)-[:AT]->(l) | l.id]) AS location,
       [(e)-[:REPORTED_IN]->(d) | d.id] AS documentIds,
       [(e)-[r:REPORTED_IN]->(:${LABEL.Document})<-[m:MENTIONED_IN]-(n)
          WHERE any(s IN m.starts WHERE r.start <= s < r.end) | n.id] AS sentenceEntities`;

/**
 * Events and their REPORTED_IN links. A merged report keeps the better-founded date, the
 * higher confidence, and adds its reason to mergeNotes once.
 */
export const MERGE_EVENTS = `
UNWIND $rows AS row
MATCH (d:${LABEL.Document} {id: row.documentId})
MERGE (e:${LABEL.Event} {id: row.eventId})
  ON CREATE SET e.cameo = row.cameo, e.cameoName = row.cameoName, e.quadClass = row.quadClass,
                e.date = row.date, e.dateSource = row.dateSource, e.confidence = row.confidence,
                e.label = row.label, e.mergeNotes = [], e.sourceCount = 0
WITH d, e, row, coalesce($dateRanks[e.dateSource], 0) < row.dateRank AS betterDate
SET e.date = CASE WHEN betterDate THEN row.date ELSE e.date END,
    e.dateSource = CASE WHEN betterDate THEN row.dateSource ELSE e.dateSource END,
    e.confidence = CASE WHEN row.confidence > e.confidence THEN row.confidence ELSE e.confidence END,
    e.mergeNotes = CASE WHEN row.note IS NULL OR row.note IN e.mergeNotes THEN e.mergeNotes ELSE e.mergeNotes + row.note END
MERGE (e)-[r:REPORTED_IN {recordId: row.recordId}]->(d)
SET r.sentence = row.sentence, r.sentenceIndex = row.sentenceIndex, r.start = row.start, r.end = row.end,
    r.trigger = row.trigger, r.confidence = row.confidence`;

/** Roles of entities in events; AT only ever points at a Location. */
export const MERGE_ROLES = `
UNWIND $rows AS row
MATCH (n:${LABEL.Entity} {id: row.entityId})
MATCH (e:${LABEL.Event} {id: row.eventId})
FOREACH (_ IN CASE WHEN row.role = 'agent' THEN [1] ELSE [] END | MERGE (n)-[:AGENT_IN]->(e))
FOREACH (_ IN CASE WHEN row.role = 'target' THEN [1] ELSE [] END | MERGE (e)-[:TARGETS]->(n))
FOREACH (_ IN CASE WHEN row.role = 'at' AND n:${LABEL.Location} THEN [1] ELSE [] END | MERGE (e)-[:AT]->(n))`;

export const COUNT_SOURCES = `
UNWIND $eventIds AS eventId
MATCH (e:${LABEL.Event} {id: eventId})
SET e.sourceCount = COUNT { (e)-[:REPORTED_IN]->() }`;
