import { useCleanDatabase } from '@kg/testing';
import type { Driver } from 'neo4j-driver';
import { FULLTEXT_ENTITY_INDEX } from '@kg/model';
import { ensureSchema, loadKnownEntities, writeDocument } from '../src/neo4j';
import { ARTICLE_A, ARTICLE_B, ENTITIES, buildResult } from './fixtures/results';

const db = useCleanDatabase();

async function counts(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const { records } = await driver.executeQuery('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels');
  return { nodes: records[0]!.get('nodes') as number, rels: records[0]!.get('rels') as number };
}

describe('writeDocument on a real Neo4j', () => {
  beforeAll(async () => {
    await ensureSchema(db());
    await ensureSchema(db()); // idempotent: a second call must not fail
  });

  it('writes an article, and writing it again changes no count', async () => {
    const first = await writeDocument(db(), ARTICLE_A);
    expect(first.nodesCreated).toBe(1 + 6 + 3); // document, entities, events
    const before = await counts(db());
    const again = await writeDocument(db(), ARTICLE_A);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(await counts(db())).toEqual(before);
    expect(again.eventIds).toEqual(first.eventIds);
  });

  it('stores the document text, provenance offsets, labels and affiliations', async () => {
    const { records } = await db().executeQuery(`
      MATCH (p:Actor:Person {id: 'vladimir-putin'})-[:AGENT_IN]->(e:Event {cameo: '08'})-[r:REPORTED_IN]->(d:Document {id: 'doc-a'})
      MATCH (e)-[:AT]->(s:Actor:Country:Location:Entity {id: 'syria'})
      MATCH (:Person {id: 'sergei-shoigu'})-[a:AFFILIATED_WITH]->(:Country {id: 'russia'})
      MATCH (p)-[m:MENTIONED_IN]->(d)
      RETURN d.text AS text, r.start AS start, r.end AS end, r.sentence AS sentence, a.role AS role,
             m.count AS count, e.cameoName AS cameoName, e.label AS label, e.sourceCount AS sources`);
    expect(records).toHaveLength(1);
    const row = records[0]!.toObject();
    expect((row.text as string).slice(row.start as number, row.end as number)).toBe(row.sentence);
    expect(row).toMatchObject({ role: 'Defence Minister', count: 3, cameoName: 'yield', label: 'Vladimir Putin — yield — Syria', sources: 1 });
  });

  it('merges the same withdrawal told by a second article into one event with two sources', async () => {
    const b = await writeDocument(db(), ARTICLE_B);
    expect(b.mergedEvents).toBe(1);
    const { records } = await db().executeQuery(`
      MATCH (:Person {id: 'vladimir-putin'})-[:AGENT_IN]->(e:Event {cameo: '08'})
      RETURN e.id AS id, e.sourceCount AS sources, e.mergeNotes AS notes, e.date AS date, e.dateSource AS dateSource,
             COUNT { (e)-[:REPORTED_IN]->(:Document) } AS reports`);
    expect(records).toHaveLength(1);
    const row = records[0]!.toObject();
    expect(row).toMatchObject({ sources: 2, reports: 2, date: '2017-12-11', dateSource: 'relative' });
    expect((row.notes as string[]).join(' ')).toMatch(/b\.txt.*same CAMEO 08.*vladimir-putin/);
    expect(b.eventIds).toContain(row.id);
  });

  it('unions aliases, search words and coordinates across articles', async () => {
    const { records } = await db().executeQuery(
      "MATCH (n:Entity) WHERE n.id IN ['russia', 'hmeimim'] RETURN n.id AS id, n.aliases AS aliases, n.searchText AS search, n.geoSource AS geo ORDER BY id",
    );
    const [hmeimim, russia] = records.map((r) => r.toObject());
    expect(russia!.aliases).toEqual(['Russia', 'Moscow', 'Russian Federation']);
    expect(hmeimim!.aliases).toEqual(['Hmeimim', 'Khmeimim']);
    expect(hmeimim!.search).toBe('hmeimim khmeimim');
    expect(hmeimim!.geo).toBe('geonames:1');
    const search = await db().executeQuery(`CALL db.index.fulltext.queryNodes('${FULLTEXT_ENTITY_INDEX}', 'khmeimim') YIELD node RETURN node.id AS id`);
    expect(search.records.map((r) => r.get('id'))).toContain('hmeimim');
  });

  it('gives the graph entities back as the extractor context', async () => {
    const known = await loadKnownEntities(db());
    const putin = known.find((e) => e.id === 'vladimir-putin');
    expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON' });
    expect(putin!.aliases).toContain('President Vladimir Putin');
    expect(known.find((e) => e.id === 'hmeimim')!.geo).toMatchObject({ lat: 35.4, source: 'geonames:1' });
  });

  it('re-writes an article whose extraction changed without leaving the old reading', async () => {
    const fewer = { ...ARTICLE_B, events: ARTICLE_B.events.slice(1), entities: ARTICLE_B.entities.filter((e) => e.entity.id !== 'syria') };
    await writeDocument(db(), fewer);
    const { records } = await db().executeQuery(`
      MATCH (e:Event {cameo: '08'}) RETURN e.sourceCount AS sources, COUNT { (e)-[:REPORTED_IN]->() } AS reports,
        COUNT { (:Entity {id: 'syria'})-[:MENTIONED_IN]->(:Document {id: 'doc-b'}) } AS syriaInB`);
    expect(records.map((r) => r.toObject())).toEqual([{ sources: 1, reports: 1, syriaInB: 0 }]);
    await writeDocument(db(), ARTICLE_B);
  });

  it('leaves nothing of an article half-written when one row breaks a constraint', async () => {
    // Another writer left a bare Location with the id this article gives a Country: the
    // Country MERGE creates a second node that takes the :Location label, which the
    // Location.id constraint refuses, after the document and other entities were written.
    await db().executeQuery("CREATE (:Location {id: 'atlantis', name: 'Atlantis'})");
    const before = await counts(db());
    const broken = buildResult({
      documentId: 'doc-broken',
      file: 'broken.txt',
      text: 'Putin visited Atlantis.',
      entities: [
        { entity: ENTITIES.putin!, forms: ['Putin'] },
        { entity: { id: 'atlantis', name: 'Atlantis', type: 'COUNTRY', aliases: ['Atlantis'] }, forms: ['Atlantis'] },
      ],
      events: [{ sentence: 'Putin visited Atlantis.', type: '04', agents: ['vladimir-putin'], targets: ['atlantis'] }],
    });
    await expect(writeDocument(db(), broken)).rejects.toMatchObject({ code: 'CONSTRAINT_VIOLATION' });
    expect(await counts(db())).toEqual(before);
    const docs = await db().executeQuery("MATCH (d:Document {id: 'doc-broken'}) RETURN count(d) AS n");
    expect(docs.records[0]!.get('n')).toBe(0);
  });
});
