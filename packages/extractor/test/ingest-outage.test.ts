/**
 * Neo4j going away in the middle of a run, made real with a TCP relay between the driver
 * and the test database that is cut after the first article: what was written stays whole,
 * the rest is reported as not written, and a second run completes the graph.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { DocumentResult, RawArticle } from '@kg/model';
import { resetDatabase, testConnection, useCleanDatabase } from '@kg/testing';
import { ingestCorpus, ingestPaths } from '../src/neo4j';
import { ARTICLE_A, ARTICLE_B, ENTITIES, buildResult } from './fixtures/results';

const db = useCleanDatabase();

const ARTICLE_C = buildResult({
  documentId: 'doc-c',
  file: 'c.txt',
  text: 'Assad thanks Putin\nBashar al-Assad thanked Vladimir Putin.',
  entities: [
    { entity: ENTITIES.assad!, forms: ['Bashar al-Assad'] },
    { entity: ENTITIES.putin!, forms: ['Vladimir Putin'] },
  ],
  events: [{ sentence: 'Bashar al-Assad thanked Vladimir Putin.', type: '05', agents: ['bashar-al-assad'], targets: ['vladimir-putin'] }],
});
const ARTICLE_D = buildResult({
  documentId: 'doc-d',
  file: 'd.txt',
  text: 'Putin thanks Assad\nVladimir Putin thanked Bashar al-Assad.',
  entities: [
    { entity: ENTITIES.putin!, forms: ['Vladimir Putin'] },
    { entity: ENTITIES.assad!, forms: ['Bashar al-Assad'] },
  ],
  events: [{ sentence: 'Vladimir Putin thanked Bashar al-Assad.', type: '05', agents: ['vladimir-putin'], targets: ['bashar-al-assad'] }],
});
const BY_FILE: Record<string, DocumentResult> = { 'a.txt': ARTICLE_A, 'b.txt': ARTICLE_B, 'c.txt': ARTICLE_C, 'd.txt': ARTICLE_D };
const extract = (raw: RawArticle): DocumentResult => BY_FILE[basename(raw.file)]!;

/** Forwards 127.0.0.1:<port> to the test database until cut. */
async function relay(target: URL): Promise<{ uri: string; cut(): void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: () => {
      server.close();
      for (const s of sockets) s.destroy();
    },
  };
}

async function documentIds(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
  return records.map((r) => r.get('id') as string);
}

describe('ingestPaths when Neo4j goes down mid-run', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-outage-'));
    for (const [file, result] of Object.entries(BY_FILE)) writeFileSync(join(dir, file), result.text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the written article whole, reports the rest, and a re-run completes them', async () => {
    const link = await relay(new URL(process.env.NEO4J_URI!));
    const { user, password } = testConnection();
    const driver = neo4j.driver(link.uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 1000,
      connectionTimeout: 2000,
    });
    let summary: Awaited<ReturnType<typeof ingestPaths>>;
    try {
      summary = await ingestPaths(driver, [dir], {
        extract,
        context: { gazetteer: null },
        onProgress: (p) => {
          if (p.outcome === 'written') link.cut();
        },
      });
    } finally {
      link.cut();
      await driver.close();
    }
    expect(summary.written.map((w) => w.documentId)).toEqual(['doc-a']);
    expect(summary.failed.map((f) => [basename(f.file), f.code])).toEqual([
      ['b.txt', 'NEO4J_UNAVAILABLE'],
      ['c.txt', 'NEO4J_UNAVAILABLE'],
      ['d.txt', 'NEO4J_UNAVAILABLE'],
    ]);
    expect(summary.failed[0]!.reason).toMatch(/Cannot reach Neo4j/);
    expect(summary.failed[1]!.reason).toMatch(/re-run/);

    // The first article is there whole: its three events, each reported in it.
    expect(await documentIds(db())).toEqual(['doc-a']);
    const events = await db().executeQuery("MATCH (e:Event)-[:REPORTED_IN]->(:Document {id: 'doc-a'}) RETURN count(e) AS n");
    expect(events.records[0]!.get('n')).toBe(ARTICLE_A.events.length);

    const rerun = await ingestPaths(db(), [dir], { extract, context: { gazetteer: null } });
    expect(rerun.failed).toEqual([]);
    expect(rerun.written.map((w) => [w.documentId, w.nodesCreated > 0])).toEqual([
      ['doc-a', false],
      ['doc-b', true],
      ['doc-c', true],
      ['doc-d', true],
    ]);
    expect(await documentIds(db())).toEqual(['doc-a', 'doc-b', 'doc-c', 'doc-d']);
  }, 120_000);

  it('batched (ingestCorpus): the committed batch stays whole, the rest is reported, a re-run completes', async () => {
    await resetDatabase(db());
    const link = await relay(new URL(process.env.NEO4J_URI!));
    const credentials = testConnection();
    const driver = neo4j.driver(link.uri, neo4j.auth.basic(credentials.user, credentials.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 1000,
      connectionTimeout: 2000,
    });
    let summary: Awaited<ReturnType<typeof ingestCorpus>>;
    try {
      summary = await ingestCorpus(driver, [dir], {
        extract,
        batchArticles: 2,
        batchMs: 60_000,
        onProgress: (p) => {
          if (p.outcome === 'written') link.cut();
        },
      });
    } finally {
      link.cut();
      await driver.close();
    }
    expect(summary.written.map((w) => w.documentId)).toEqual(['doc-a', 'doc-b']);
    expect(summary.failed.map((f) => [basename(f.file), f.code])).toEqual([
      ['c.txt', 'NEO4J_UNAVAILABLE'],
      ['d.txt', 'NEO4J_UNAVAILABLE'],
    ]);
    expect(await documentIds(db())).toEqual(['doc-a', 'doc-b']);
    const events = await db().executeQuery('MATCH (e:Event)-[:REPORTED_IN]->(d:Document) RETURN d.id AS id, count(e) AS n ORDER BY id');
    expect(events.records.map((r) => [r.get('id'), r.get('n')])).toEqual([
      ['doc-a', ARTICLE_A.events.length],
      ['doc-b', ARTICLE_B.events.length],
    ]);

    const rerun = await ingestCorpus(db(), [dir], { extract });
    expect(rerun.failed).toEqual([]);
    expect(rerun.written.map((w) => w.documentId)).toEqual(['doc-a', 'doc-b', 'doc-c', 'doc-d']);
    expect(await documentIds(db())).toEqual(['doc-a', 'doc-b', 'doc-c', 'doc-d']);
  }, 120_000);
});
