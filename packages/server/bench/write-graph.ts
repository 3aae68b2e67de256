/**
 * Writes a SyntheticGraph into Neo4j in UNWIND batches (the schema first, from
 * @kg/extractor's ensureSchema, so the indexes are the ones the server relies on).
 */
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '@kg/extractor';
import type { SyntheticGraph } from './generate-graph';

const BATCH = 10_000;

// Label sets come from this fixed table, never from data.
const ENTITY_LABELS: Readonly<Record<string, string>> = {
  COUNTRY: 'Entity:Actor:Country:Location',
  ORGANIZATION: 'Entity:Actor:Organization',
  PERSON: 'Entity:Actor:Person',
  LOCATION: 'Entity:Location',
};

async function inBatches<T>(driver: Driver, rows: readonly T[], query: string): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await driver.executeQuery(query, { rows: rows.slice(i, i + BATCH) });
  }
}

export async function writeGraph(driver: Driver, graph: SyntheticGraph, log: (line: string) => void): Promise<void> {
  await ensureSchema(driver);
  for (const [type, labels] of Object.entries(ENTITY_LABELS)) {
    const rows = graph.entities.filter((e) => e.type === type);
    await inBatches(driver, rows, `UNWIND $rows AS e CREATE (n:${labels} {id: e.id, name: e.name, type: e.type, aliases: e.aliases, searchText: e.searchText})`);
  }
  log(`  entities: ${graph.entities.length}`);
  await inBatches(driver, graph.documents, 'UNWIND $rows AS d CREATE (:Document {id: d.id, file: d.file, title: d.title, published: d.published, text: d.text, chars: d.chars})');
  log(`  documents: ${graph.documents.length}`);
  await inBatches(driver, graph.events, `
    UNWIND $rows AS ev
    MATCH (a:Entity {id: ev.agent}), (t:Entity {id: ev.target})
    CREATE (e:Event {id: ev.id, cameo: ev.cameo, cameoName: ev.cameoName, quadClass: ev.quadClass, date: ev.date, dateSource: 'article',
      confidence: 0.7, label: ev.label, sourceCount: size(ev.docs), mergeNotes: []})
    CREATE (a)-[:AGENT_IN]->(e), (e)-[:TARGETS]->(t)
    WITH e, ev
    CALL (e, ev) { WITH * WHERE ev.place IS NOT NULL MATCH (l:Entity {id: ev.place}) CREATE (e)-[:AT]->(l) }
    CALL (e, ev) { UNWIND ev.docs AS docId MATCH (d:Document {id: docId})
      CREATE (e)-[:REPORTED_IN {sentence: ev.label, sentenceIndex: 0, start: 0, end: size(ev.label)}]->(d) }`);
  log(`  events: ${graph.events.length}`);
  await inBatches(driver, graph.mentions, `
    UNWIND $rows AS m MATCH (n:Entity {id: m.entity}), (d:Document {id: m.doc})
    CREATE (n)-[:MENTIONED_IN {count: m.count, forms: [n.name], starts: [0], ends: [size(n.name)]}]->(d)`);
  log(`  mentions: ${graph.mentions.length}`);
  await inBatches(driver, graph.affiliations, `
    UNWIND $rows AS a MATCH (p:Person {id: a.person}), (o:Actor {id: a.actor}) CREATE (p)-[:AFFILIATED_WITH {role: a.role}]->(o)`);
  log(`  affiliations: ${graph.affiliations.length}`);
}
