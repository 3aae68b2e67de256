/**
 * The real pipeline into the real Neo4j: the five seed articles, then the questions an
 * analyst asks of them, then a second ingest that must change nothing.
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { useCleanDatabase } from '@kg/testing';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { ingestDocument, ingestPaths } from '../src/neo4j';

const db = useCleanDatabase();
const seeds = join(findRepoRoot(), 'seeds');

async function counts(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  return { nodes: nodes.records[0]!.get('n') as number, rels: rels.records[0]!.get('n') as number };
}

describe('ingesting the seed articles', () => {
  let first: Awaited<ReturnType<typeof ingestPaths>>;

  beforeAll(async () => {
    first = await ingestPaths(db(), [seeds]);
  }, 240_000);

  it('writes all five articles and skips nothing', () => {
    expect(first.written).toHaveLength(5);
    expect(first.failed).toEqual([]);
    expect(first.skipped).toEqual([]);
    expect(first.events).toBeGreaterThan(20);
  });

  it('finds Putin as agent of one 08 event reported in at least two articles', async () => {
    const { records } = await db().executeQuery(`
      MATCH (p:Person)-[:AGENT_IN]->(e:Event {cameo: '08'})-[:REPORTED_IN]->(d:Document)
      WHERE p.name CONTAINS 'Putin'
      WITH e, count(DISTINCT d) AS docs
      RETURN max(docs) AS docs, max(e.sourceCount) AS sources`);
    expect(records[0]!.get('docs')).toBeGreaterThanOrEqual(2);
    expect(records[0]!.get('sources')).toBeGreaterThanOrEqual(2);
  });

  it('finds the SDF and Iraq (the country or its army) in a 04 event', async () => {
    const { records } = await db().executeQuery(`
      MATCH (e:Event {cameo: '04'})
      WHERE EXISTS { MATCH (s:Actor)--(e) WHERE 'SDF' IN s.aliases OR s.name = 'Syrian Democratic Forces' }
        AND EXISTS { MATCH (i:Entity)--(e) WHERE i.name CONTAINS 'Iraq' }
      RETURN count(e) AS n`);
    expect(records[0]!.get('n')).toBeGreaterThanOrEqual(1);
  });

  it('reports every event in a document whose text holds its sentence at its offsets', async () => {
    const { records } = await db().executeQuery(`
      MATCH (e:Event)
      OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
      RETURN e.id AS id, e.sourceCount AS sources, count(r) AS reports,
             collect({sentence: r.sentence, start: r.start, end: r.end, text: d.text}) AS provenance`);
    expect(records.length).toBeGreaterThan(20);
    for (const r of records) {
      expect(r.get('reports')).toBeGreaterThanOrEqual(1);
      expect(r.get('sources')).toBe(r.get('reports'));
      for (const p of r.get('provenance') as { sentence: string; start: number; end: number; text: string }[]) {
        expect(p.text.includes(p.sentence)).toBe(true);
        expect(p.text.slice(p.start, p.end)).toBe(p.sentence);
      }
    }
  });

  it('changes no node or relationship count when the seeds are ingested again', async () => {
    const before = await counts(db());
    const again = await ingestPaths(db(), [seeds]);
    expect(again.written).toHaveLength(5);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(await counts(db())).toEqual(before);
  }, 240_000);

  it('ingests a new article given as text and joins its Putin to the graph one', async () => {
    const added = await ingestDocument(db(), {
      file: 'note.txt',
      text: 'Kremlin note\n\nPresident Vladimir Putin met Bashar al-Assad in Damascus on Tuesday to discuss the withdrawal.\n',
      published: '2017-12-13',
    });
    expect(added.documentId).toMatch(/\S/);
    expect(added.entityIds.length).toBeGreaterThan(0);
    const { records } = await db().executeQuery(
      `MATCH (p:Person)-[:MENTIONED_IN]->(d:Document) WHERE p.name CONTAINS 'Putin'
       RETURN count(DISTINCT p) AS people, count(DISTINCT d) AS docs`,
    );
    expect(records[0]!.get('people')).toBe(1);
    expect(records[0]!.get('docs')).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
