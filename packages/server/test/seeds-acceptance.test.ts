/**
 * The acceptance questions on the real pipeline: the five seed articles ingested by
 * @kg/extractor into the real Neo4j, then asked through the API as the explorer asks them.
 * These facts come from the articles; a failure here is either the server or the extraction.
 */
import { join } from 'node:path';
import request from 'supertest';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { ingestPaths } from '@kg/extractor';
import { edgeTone, NetworkResponse } from '@kg/model';
import { useCleanDatabase } from '@kg/testing';
import { appFor, countGraph } from './app-under-test';

const db = useCleanDatabase();
const TOKEN = 'seeds-token-0123456789abcdef';
let app: ReturnType<typeof appFor>;

interface Hit { id: string; labels: string[]; properties: Record<string, unknown>; score: number }

beforeAll(async () => {
  const summary = await ingestPaths(db(), [join(findRepoRoot(process.cwd()), 'seeds')]);
  expect(summary.written).toHaveLength(5);
  app = appFor(db(), { writeToken: TOKEN });
}, 600_000);

async function search(q: string, types?: string): Promise<Hit[]> {
  const res = await request(app).get('/api/search').query(types ? { q, types } : { q }).expect(200);
  return res.body.results as Hit[];
}

/** The id of the best search hit whose name matches `name`. */
async function idOf(q: string, name: RegExp, types?: string): Promise<string> {
  const hit = (await search(q, types)).find((h) => name.test(String(h.properties.name)));
  if (!hit) throw new Error(`no node named ${name} found by searching "${q}"`);
  return hit.id;
}

describe('the seed articles through the API', () => {
  it('counts five articles and their entities and events', async () => {
    const res = await request(app).get('/api/stats').expect(200);
    expect(res.body.articles).toBe(5);
    expect(res.body.labels.Event).toBeGreaterThan(10);
    expect(res.body.labels.Actor).toBeGreaterThan(10);
  });

  it.each([
    ['khmeimim', /hmeimim/i],
    ['hmeimim', /hmeimim/i],
    ['erdogan', /erdo[gğ]an/i],
    ['bukamal', /kamal/i],
  ])('search "%s" ranks the node it means among the first three', async (q, name) => {
    const hits = await search(q);
    expect(hits.slice(0, 3).some((h) => name.test(String(h.properties.name)) || (h.properties.aliases as string[] | undefined)?.some((a) => name.test(a)))).toBe(true);
  });

  // The explorer's default picture: people and state bodies rolled up into the state they
  // serve ("Putin met Assad" is a Russia–Syria contact), one edge per direction.
  const network = async () => {
    const res = await request(app).get('/api/actors/network').query({ rollup: 'true' }).expect(200);
    const body = NetworkResponse.parse(res.body);
    return (type: string, a: string, b: string) => body.edges.find((e) => e.type === type && e.source === a && e.target === b);
  };

  it('has a Russia → Syria edge of cooperation events', async () => {
    const russia = await idOf('Russia', /^Russia$/i, 'Country');
    const syria = await idOf('Syria', /^Syria$/i, 'Country');
    const edge = (await network())('ACTS_ON', russia, syria);
    expect(edge && edge.properties.quadClasses['1'] + edge.properties.quadClasses['2']).toBeGreaterThan(0);
  });

  it('has directed conflict edges Russia → ISIS and Syria → ISIS, and no Iran–ISIS edge of cooperation tone', async () => {
    const [russia, syria, iran] = await Promise.all([
      idOf('Russia', /^Russia$/i, 'Country'), idOf('Syria', /^Syria$/i, 'Country'), idOf('Iran', /^Iran$/i, 'Country'),
    ]);
    const isis = await idOf('ISIS', /ISIS|Islamic State/i, 'Organization');
    const edge = await network();
    for (const agent of [russia, syria]) {
      const toIsis = edge('ACTS_ON', agent, isis);
      expect(toIsis?.properties.cameo['19']).toBeGreaterThan(0);
      expect(edgeTone(toIsis!.properties.cameo).tone).toBe('conflict');
    }
    for (const [a, b] of [[iran, isis], [isis, iran]] as const) {
      const e = edge('ACTS_ON', a, b);
      if (e) expect(edgeTone(e.properties.cameo).tone).not.toBe('cooperation');
    }
  });

  it('finds a path from Putin to ISIS', async () => {
    const putin = await idOf('Putin', /Putin/, 'Person');
    const isis = await idOf('ISIS', /ISIS|Islamic State/i, 'Organization');
    const res = await request(app).get('/api/paths').query({ from: putin, to: isis }).expect(200);
    expect(res.body.found).toBe(true);
    const ids = res.body.paths[0].nodes.map((n: { id: string }) => n.id);
    expect(ids[0]).toBe(putin);
    expect(ids[ids.length - 1]).toBe(isis);
  });

  it('shows a node with provenance sentences that sit at their offsets in the article', async () => {
    const putin = await idOf('Putin', /Putin/, 'Person');
    const res = await request(app).get(`/api/nodes/${encodeURIComponent(putin)}`).expect(200);
    expect(res.body.provenance.length).toBeGreaterThan(0);
    const first = res.body.provenance[0];
    expect(first.document.title).toEqual(expect.any(String));
    expect(first.sentence).toMatch(/Putin/);
    const neighbors = await request(app).get(`/api/nodes/${encodeURIComponent(putin)}/neighbors`).query({ limit: 10 }).expect(200);
    expect(neighbors.body.nodes.length).toBeGreaterThan(1);
  });

  it('lists Syria’s events by date for the timeline', async () => {
    const syria = await idOf('Syria', /^Syria/i, 'Country');
    const res = await request(app).get('/api/events').query({ actor: syria }).expect(200);
    const dates = (res.body.events as { date: string | null }[]).map((e) => e.date).filter((d): d is string => d !== null);
    expect(res.body.events.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
  });

  it('adds an article through POST /api/documents, and a second post of it changes nothing', async () => {
    const text = 'Turkish President Recep Tayyip Erdogan met Vladimir Putin in Ankara on Monday. ' +
      'The two leaders discussed the war in Syria, the Russian news agency said.';
    const before = await countGraph(db());
    const first = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`)
      .send({ title: 'Erdogan meets Putin', published: '2017-12-11', text }).expect(201);
    expect(first.body.file).toMatch(/^api-[0-9a-f]{16}\.txt$/);
    const afterFirst = await countGraph(db());
    expect(afterFirst.nodes).toBeGreaterThan(before.nodes);
    const second = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`)
      .send({ title: 'Erdogan meets Putin', published: '2017-12-11', text }).expect(201);
    expect(second.body.file).toBe(first.body.file);
    expect(await countGraph(db())).toEqual(afterFirst);
    const stats = await request(app).get('/api/stats').expect(200);
    expect(stats.body.articles).toBe(6);
  });
});
