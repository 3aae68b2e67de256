/**
 * The benchmark's baseline: the straightforward writer, one transaction per event and one
 * MERGE statement per node or relationship (no UNWIND batching). It writes the same nodes
 * and relationships as the batched writer for the events it is given.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { LABELS_FOR_ENTITY_TYPE, cameoRoot, type DocumentResult, type Entity, type EventRecord } from '@kg/model';

const LABEL_SETS = Object.fromEntries(
  Object.entries(LABELS_FOR_ENTITY_TYPE).map(([type, labels]) => [
    type,
    `MERGE (n:Entity {id: $id}) ON CREATE SET n:${labels.join(':')}, n.type = $type, n.name = $name, n.aliases = $aliases`,
  ]),
) as Record<string, string>;

async function writeOneEvent(tx: ManagedTransaction, doc: DocumentResult, event: EventRecord, entities: ReadonlyMap<string, Entity>): Promise<number> {
  let created = 0;
  const run = async (text: string, params: Record<string, unknown>) => {
    const result = await tx.run(text, params);
    created += result.summary.counters.updates().relationshipsCreated ?? 0;
  };
  await run('MERGE (d:Document {id: $id}) SET d.file = $file, d.title = $title, d.text = $text', {
    id: doc.documentId, file: doc.file, title: doc.title, text: doc.text,
  });
  const ids = [...new Set([...event.agents, ...event.targets, ...(event.location ? [event.location] : [])])];
  for (const id of ids) {
    const entity = entities.get(id)!;
    await run(LABEL_SETS[entity.type]!, { id, type: entity.type, name: entity.name, aliases: entity.aliases });
    await run('MATCH (n:Entity {id: $id}), (d:Document {id: $doc}) MERGE (n)-[m:MENTIONED_IN]->(d) SET m.count = 1', { id, doc: doc.documentId });
  }
  await run('MERGE (e:Event {id: $id}) SET e.cameo = $cameo, e.cameoName = $name, e.date = $date, e.confidence = $confidence', {
    id: event.id, cameo: event.type, name: cameoRoot(event.type).name, date: event.date, confidence: event.confidence,
  });
  await run('MATCH (e:Event {id: $id}), (d:Document {id: $doc}) MERGE (e)-[r:REPORTED_IN]->(d) SET r.sentence = $sentence, r.start = $start, r.end = $end', {
    id: event.id, doc: doc.documentId, sentence: event.provenance.sentence, start: event.provenance.start, end: event.provenance.end,
  });
  for (const agent of event.agents) await run('MATCH (a:Entity {id: $a}), (e:Event {id: $e}) MERGE (a)-[:AGENT_IN]->(e)', { a: agent, e: event.id });
  for (const target of event.targets) await run('MATCH (t:Entity {id: $t}), (e:Event {id: $e}) MERGE (e)-[:TARGETS]->(t)', { t: target, e: event.id });
  if (event.location) await run('MATCH (l:Location {id: $l}), (e:Event {id: $e}) MERGE (e)-[:AT]->(l)', { l: event.location, e: event.id });
  return created;
}

/** Writes every event of the document in its own transaction; returns relationships created. */
export async function writeEventByEvent(driver: Driver, doc: DocumentResult, limit = Infinity): Promise<{ events: number; relationships: number }> {
  const entities = new Map(doc.entities.map(({ entity }) => [entity.id, entity]));
  const session = driver.session();
  let relationships = 0;
  let events = 0;
  try {
    for (const event of doc.events) {
      if (events >= limit) break;
      relationships += await session.executeWrite((tx) => writeOneEvent(tx, doc, event, entities));
      events++;
    }
  } finally {
    await session.close();
  }
  return { events, relationships };
}
