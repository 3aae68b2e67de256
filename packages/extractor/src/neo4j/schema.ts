/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) before anything is written.
 * Names are fixed so a second run, or the server calling this at start, finds them.
 *
 * Every Actor and Location node also carries :Entity, and the writer MERGEs on
 * (:Entity {id}); the Actor.id and Location.id constraints therefore always agree (a
 * Country is one node under all three) and stay for the server's lookups by label.
 */
import type { Driver } from 'neo4j-driver';
import { FULLTEXT_ENTITY_INDEX, LABEL } from '@kg/model';

export const SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${LABEL.Entity}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:${LABEL.Actor}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:${LABEL.Location}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:${LABEL.Document}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:${LABEL.Event}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT override_event IF NOT EXISTS FOR (n:${LABEL.Override}) REQUIRE n.eventId IS UNIQUE`,
  `CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:${LABEL.Change}) REQUIRE n.id IS UNIQUE`,
  `CREATE INDEX event_cameo IF NOT EXISTS FOR (n:${LABEL.Event}) ON (n.cameo)`,
  `CREATE INDEX event_date IF NOT EXISTS FOR (n:${LABEL.Event}) ON (n.date)`,
  `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${LABEL.Entity}) ON (n.name)`,
  `CREATE INDEX entity_type IF NOT EXISTS FOR (n:${LABEL.Entity}) ON (n.type)`,
  // Neo4j 5 full-text indexes take string and string-list properties: aliases directly,
  // searchText for the folded forms (Khmeimim → khmeimim, Da'ash → daash).
  `CREATE FULLTEXT INDEX ${FULLTEXT_ENTITY_INDEX} IF NOT EXISTS FOR (n:${LABEL.Actor}|${LABEL.Location}) ON EACH [n.name, n.aliases, n.searchText]`,
];

/** Creates what is missing and waits until every index is online. Safe to call at every start. */
export async function ensureSchema(driver: Driver): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { routing: 'WRITE' });
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { routing: 'WRITE' });
}
