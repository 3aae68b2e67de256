/**
 * The server's writer (createDocumentIngester): one context for many articles, kept current
 * by what it writes; concurrent articles share transactions, and a bad one fails alone.
 */
import { useCleanDatabase } from '@kg/testing';
import { createDocumentIngester, ensureSchema } from '../src/neo4j';
import { ARTICLE_A, ARTICLE_B, ENTITIES, buildResult } from './fixtures/results';

const db = useCleanDatabase();

describe('createDocumentIngester', () => {
  beforeAll(async () => {
    await ensureSchema(db());
  });

  it('resolves a later article’s bare surname to the entity an earlier article wrote', async () => {
    const documents = createDocumentIngester(db(), { context: { gazetteer: null } });
    await documents.ingest({ file: 'one.txt', text: 'Talks in Paris\n\nFrench President Emmanuel Macron met Chinese President Xi Jinping in Paris on Monday.', published: '2018-01-08' });
    const second = await documents.ingest({ file: 'two.txt', text: 'More talks\n\nIn a statement on Tuesday, President Macron thanked the Chinese leader for the visit to Paris.', published: '2018-01-09' });
    expect(second.entityIds).toEqual(expect.arrayContaining(['emmanuel-macron']));
    const people = await db().executeQuery("MATCH (p:Person) WHERE p.name CONTAINS 'Macron' RETURN collect(p.id) AS ids");
    expect(people.records[0]!.get('ids')).toEqual(['emmanuel-macron']);
  });

  it('writes concurrent articles, and a bad one fails alone without a trace in the graph', async () => {
    await db().executeQuery("CREATE (:Location {id: 'atlantis', name: 'Atlantis'})");
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
    const documents = createDocumentIngester(db(), { context: { gazetteer: null } });
    const outcomes = await Promise.allSettled([documents.write(ARTICLE_A), documents.write(broken), documents.write(ARTICLE_B)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONSTRAINT_VIOLATION' });
    const docs = await db().executeQuery("MATCH (d:Document) WHERE d.id IN ['doc-a', 'doc-b', 'doc-broken'] RETURN d.id AS id ORDER BY id");
    expect(docs.records.map((r) => r.get('id'))).toEqual(['doc-a', 'doc-b']);
  });
});
