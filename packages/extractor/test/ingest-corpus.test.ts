/**
 * The batched, pipelined ingest (ingestCorpus) gives the graph the one-article-per-
 * transaction writer gives, whatever the batch size, order or repetition; keeps a bad
 * article from blocking its batch; and stays free of duplicates when two ingests of
 * overlapping corpora run at once. On the seeds plus generated news articles.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { DocumentResult, RawArticle } from '@kg/model';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { resetDatabase, useCleanDatabase } from '@kg/testing';
import { createExtractContext, extractDocument, rememberEntities } from '../src';
import { ensureSchema, ingestCorpus, writeBatch, writeDocument } from '../src/neo4j';
import { newsCorpus } from '../bench/news-corpus';
import { graphSnapshot, orderIndependentPart, type GraphSnapshot } from './graph-snapshot';
import { ENTITIES, buildResult } from './fixtures/results';

const db = useCleanDatabase();
const root = findRepoRoot(process.cwd());

let dir: string;
let files: string[];
/** Every article extracted once, in reading order, with one growing context (as ingestPaths does). */
let results: DocumentResult[];
const byFile = new Map<string, DocumentResult>();
const replay = (raw: RawArticle): DocumentResult => byFile.get(basename(raw.file))!;

async function fresh(driver: Driver): Promise<void> {
  await resetDatabase(driver);
  await ensureSchema(driver);
}

async function countDuplicates(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const nodes = await driver.executeQuery('MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n');
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.recordId AS rid, count(*) AS c WHERE c > 1 RETURN count(*) AS n',
  );
  return { nodes: nodes.records[0]!.get('n') as number, relationships: rels.records[0]!.get('n') as number };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
  for (const f of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'))) {
    writeFileSync(join(dir, `0-seed-${f}`), readFileSync(join(root, 'seeds', f)));
  }
  for (const a of newsCorpus({ articles: 40, seed: 7, root })) writeFileSync(join(dir, a.file), a.text);
  files = readdirSync(dir).sort();
  const ctx = createExtractContext();
  results = files.map((f) => {
    const result = extractDocument({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), published: null }, ctx);
    rememberEntities(ctx, result);
    byFile.set(f, result);
    return result;
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestCorpus gives the graph of one transaction per article', () => {
  let sequential: Awaited<ReturnType<typeof graphSnapshot>>;

  beforeAll(async () => {
    await fresh(db());
    for (const result of results) await writeDocument(db(), result);
    sequential = await graphSnapshot(db());
  }, 300_000);

  it('has reports that joined other articles’ events (the merge is exercised)', async () => {
    const merged = await db().executeQuery('MATCH (e:Event) WHERE e.sourceCount > 1 RETURN count(e) AS n');
    expect(merged.records[0]!.get('n')).toBeGreaterThan(10);
    expect(sequential.relationships.length).toBeGreaterThan(500);
  });

  it.each([1, 7, 50])('batched by %i articles: the same nodes and relationships', async (batchArticles) => {
    await fresh(db());
    const summary = await ingestCorpus(db(), [dir], { extract: replay, batchArticles, batchMs: 60_000 });
    expect(summary.failed).toEqual([]);
    expect(summary.written).toHaveLength(files.length);
    expect(summary.transactions).toBe(Math.ceil(files.length / batchArticles));
    expect(await graphSnapshot(db())).toEqual(sequential);
  }, 300_000);

  it('written twice: the same graph', async () => {
    await fresh(db());
    const batches: DocumentResult[][] = [];
    for (let i = 0; i < results.length; i += 9) batches.push(results.slice(i, i + 9));
    for (const batch of batches) await writeBatch(db(), batch);
    for (const batch of batches) await writeBatch(db(), batch);
    expect(await graphSnapshot(db())).toEqual(sequential);
  }, 300_000);

  it('batches in reverse order: the same entities, documents, mentions and reports, and each report in one event', async () => {
    await fresh(db());
    const batches: DocumentResult[][] = [];
    for (let i = 0; i < results.length; i += 9) batches.push(results.slice(i, i + 9));
    for (const batch of [...batches].reverse()) await writeBatch(db(), batch);
    const reversed = await graphSnapshot(db());
    expect(orderIndependentPart(reversed)).toEqual(orderIndependentPart(sequential));
    expect(await countDuplicates(db())).toEqual({ nodes: 0, relationships: 0 });
    // Then in reading order again: every report stays in the event it joined (a re-ingest
    // keeps it); only an affiliation's role takes the latest wording.
    for (const batch of batches) await writeBatch(db(), batch);
    const withoutRoles = (s: GraphSnapshot) => s.relationships.map((r) => r.replace(/(-AFFILIATED_WITH-> \S+) .*$/, '$1'));
    const again = await graphSnapshot(db());
    expect(again.nodes).toEqual(reversed.nodes);
    expect(withoutRoles(again)).toEqual(withoutRoles(reversed));
  }, 300_000);

  it('with extraction on two worker threads: every article written whole, no duplicate', async () => {
    await fresh(db());
    const summary = await ingestCorpus(db(), [dir], { workers: 2, batchArticles: 10 });
    expect(summary.failed).toEqual([]);
    expect(summary.written.map((w) => w.documentId).sort()).toEqual(results.map((r) => r.documentId).sort());
    expect(await countDuplicates(db())).toEqual({ nodes: 0, relationships: 0 });
    // Each article's reports are all there (one REPORTED_IN per event record).
    const reports = await db().executeQuery('MATCH (:Event)-[r:REPORTED_IN]->(d:Document) RETURN d.id AS id, count(r) AS n');
    const byDoc = new Map(reports.records.map((r) => [r.get('id') as string, r.get('n') as number]));
    for (const w of summary.written) expect([w.documentId, byDoc.get(w.documentId) ?? 0]).toEqual([w.documentId, w.events]);
    expect(summary.written.reduce((n, w) => n + w.events, 0)).toBeGreaterThan(200);
  }, 600_000);
});

describe('ingestCorpus with a bad article and with a concurrent ingest', () => {
  it('writes the rest of a batch around an article whose write throws, and reports it', async () => {
    await fresh(db());
    // Another writer left a bare Location with the id this article gives a Country: the
    // write breaks the Location.id constraint after the article's document was written.
    await db().executeQuery("CREATE (:Location {id: 'atlantis', name: 'Atlantis'})");
    const broken = buildResult({
      documentId: 'doc-broken',
      file: join(dir, files[2]!),
      text: 'Putin visited Atlantis.',
      entities: [
        { entity: ENTITIES.putin!, forms: ['Putin'] },
        { entity: { id: 'atlantis', name: 'Atlantis', type: 'COUNTRY', aliases: ['Atlantis'] }, forms: ['Atlantis'] },
      ],
      events: [{ sentence: 'Putin visited Atlantis.', type: '04', agents: ['vladimir-putin'], targets: ['atlantis'] }],
    });
    const extract = (raw: RawArticle) => (basename(raw.file) === files[2] ? broken : replay(raw));
    const summary = await ingestCorpus(db(), [dir], { extract, batchArticles: 8, batchMs: 60_000 });
    expect(summary.failed.map((f) => [basename(f.file), f.code])).toEqual([[files[2], 'CONSTRAINT_VIOLATION']]);
    expect(summary.failed[0]!.reason).toMatch(/nothing of this article was written/);
    expect(summary.written).toHaveLength(files.length - 1);
    const docs = await db().executeQuery('MATCH (d:Document) RETURN d.id AS id');
    const ids = docs.records.map((r) => r.get('id') as string).sort();
    expect(ids).toEqual(results.filter((_, i) => i !== 2).map((r) => r.documentId).sort());
    const left = await db().executeQuery("MATCH (n {id: 'atlantis'}) RETURN count(n) AS n");
    expect(left.records[0]!.get('n')).toBe(1);
  }, 300_000);

  it('two ingests of overlapping corpora at once: no duplicate node or relationship, every report once', async () => {
    await fresh(db());
    for (const result of results) await writeDocument(db(), result);
    const expected = orderIndependentPart(await graphSnapshot(db()));
    await fresh(db());
    const first = mkdtempSync(join(tmpdir(), 'kg-corpus-a-'));
    const second = mkdtempSync(join(tmpdir(), 'kg-corpus-b-'));
    try {
      const cut = Math.floor(files.length * 0.6);
      files.slice(0, cut).forEach((f) => writeFileSync(join(first, f), readFileSync(join(dir, f))));
      files.slice(files.length - cut).forEach((f) => writeFileSync(join(second, f), readFileSync(join(dir, f))));
      const [a, b] = await Promise.all([
        ingestCorpus(db(), [first], { extract: replay, batchArticles: 3, batchMs: 60_000 }),
        ingestCorpus(db(), [second], { extract: replay, batchArticles: 5, batchMs: 60_000 }),
      ]);
      expect([...a.failed, ...b.failed]).toEqual([]);
    } finally {
      rmSync(first, { recursive: true, force: true });
      rmSync(second, { recursive: true, force: true });
    }
    expect(await countDuplicates(db())).toEqual({ nodes: 0, relationships: 0 });
    const docs = await db().executeQuery('MATCH (d:Document) RETURN count(d) AS n');
    expect(docs.records[0]!.get('n')).toBe(files.length);
    expect(orderIndependentPart(await graphSnapshot(db()))).toEqual(expected);
  }, 300_000);
});
