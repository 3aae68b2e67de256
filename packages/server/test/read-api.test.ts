/**
 * The read endpoints on a small graph written with Cypher (fixture-graph.ts): happy paths,
 * 400s and 404s, and injection attempts through ids, labels and types.
 */
import request from 'supertest';
import { useCleanDatabase } from '@kg/testing';
import { appFor, countGraph } from './app-under-test';
import { writeFixtureGraph } from './fixture-graph';

const db = useCleanDatabase();

// At run time superagent hands custom parsers the raw IncomingMessage stream.
function asText(response: request.Response, done: (err: Error | null, body: unknown) => void): void {
  const res = response as unknown as NodeJS.ReadableStream;
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => { text += chunk; });
  res.on('end', () => done(null, text));
}
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  await writeFixtureGraph(db());
  app = appFor(db());
});

describe('health and stats', () => {
  it('reports Neo4j reachable and its latency, and the version only to a token holder', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'up', neo4j: { reachable: true } });
    expect(res.body.neo4j.latencyMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(res.body)).not.toMatch(/Neo4j\/5|bolt|127\.0\.0\.1|localhost/);
    const token = 'health-token-0123456789';
    const withToken = appFor(db(), { writeToken: token });
    const detailed = await request(withToken).get('/api/health').set('Authorization', `Bearer ${token}`).expect(200);
    expect(detailed.body.details.version).toMatch(/^Neo4j\/5\./);
    const guessed = await request(withToken).get('/api/health').set('Authorization', 'Bearer not-the-token-000000').expect(200);
    expect(guessed.body.details).toBeUndefined();
  });

  it('counts labels, relationship types, articles and the date range', async () => {
    const res = await request(app).get('/api/stats').expect(200);
    expect(res.body.labels).toMatchObject({ Event: 4, Document: 1, Person: 2 });
    expect(res.body.relationships).toMatchObject({ AGENT_IN: 4, AFFILIATED_WITH: 1 });
    expect(res.body.articles).toBe(1);
    expect(res.body.events).toEqual({ from: '2017-11-19', to: '2017-12-12' });
  });
});

describe('GET /api/search', () => {
  it.each([
    ['khmeimim', 'hmeimim-air-base'],
    ['hmeimim', 'hmeimim-air-base'],
    ['bukamal', 'abu-kamal'],
    ['erdogan', 'recep-tayyip-erdogan'],
  ])('"%s" finds %s first', async (q, id) => {
    const res = await request(app).get('/api/search').query({ q }).expect(200);
    expect(res.body.results[0].id).toBe(id);
    expect(res.body.results[0].score).toBeGreaterThan(0);
  });

  it('filters by type and rejects bad parameters with a clear message', async () => {
    const res = await request(app).get('/api/search').query({ q: 'syria', types: 'Person' }).expect(200);
    expect(res.body.results.map((r: { id: string }) => r.id)).not.toContain('syria');
    const missing = await request(app).get('/api/search').expect(400);
    expect(missing.body.error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(missing.body.error.message).toMatch(/q/);
    const badType = await request(app).get('/api/search').query({ q: 'x', types: 'Person`) DETACH DELETE n //' }).expect(400);
    expect(badType.body.error.message).toMatch(/unknown node type/);
    await request(app).get('/api/search').query({ q: 'x', limit: 'many' }).expect(400);
  });
});

describe('GET /api/actors/network', () => {
  type Body = { edges: { type: string; source: string; target: string; properties: Record<string, unknown> }[] };
  const edge = (body: Body, type: string, a: string, b: string) => body.edges.find((e) => e.type === type && e.source === a && e.target === b);

  it('draws one directed edge per agent → target pair with counts per CAMEO root, quad classes, days and articles', async () => {
    const res = await request(app).get('/api/actors/network').expect(200);
    expect(edge(res.body, 'ACTS_ON', 'russia', 'syria')?.properties).toMatchObject({
      count: 1, cameo: { '06': 1 }, quadClasses: { '1': 0, '2': 1, '3': 0, '4': 0 }, firstDate: '2017-12-11', articles: 1,
    });
    expect(edge(res.body, 'ACTS_ON', 'syria', 'isis')?.properties).toMatchObject({ count: 1, cameo: { '19': 1 }, quadClasses: { '4': 1 } });
    // Direction matters: Syria fought ISIS, not the other way round.
    expect(edge(res.body, 'ACTS_ON', 'isis', 'syria')).toBeUndefined();
    expect(res.body).toMatchObject({ rollup: false, clock: 'event', truncated: false });
  });

  it('rolls people up into their affiliated actor, and filters by event type and date', async () => {
    const rolled = await request(app).get('/api/actors/network').query({ rollup: 'true' }).expect(200);
    expect(rolled.body.nodes.map((n: { id: string }) => n.id)).not.toContain('vladimir-putin');
    expect(edge(rolled.body, 'ACTS_ON', 'russia', 'syria')?.properties.count).toBe(2);
    const conflict = await request(app).get('/api/actors/network').query({ eventTypes: 'conflict' }).expect(200);
    expect(conflict.body.edges).toHaveLength(1);
    const december = await request(app).get('/api/actors/network').query({ from: '2017-12-01', minEvents: 1 }).expect(200);
    expect(edge(december.body, 'ACTS_ON', 'syria', 'isis')).toBeUndefined();
  });

  it('rejects bad filters', async () => {
    await request(app).get('/api/actors/network').query({ eventTypes: '99' }).expect(400);
    await request(app).get('/api/actors/network').query({ from: '2017-12-31', to: '2017-01-01' }).expect(400);
    await request(app).get('/api/actors/network').query({ from: 'yesterday' }).expect(400);
    await request(app).get('/api/actors/network').query({ clock: 'tomorrow' }).expect(400);
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns properties, aliases and provenance sentences with article and offsets', async () => {
    const res = await request(app).get('/api/nodes/hmeimim-air-base').expect(200);
    expect(res.body.node.properties.name).toBe('Hmeimim Air Base');
    expect(res.body.aliases).toContain('Khmeimim');
    expect(res.body.provenance[0]).toMatchObject({
      kind: 'mention',
      document: { id: 'doc-1', title: 'Putin orders withdrawal', published: '2017-12-11' },
      form: 'Hmeimim air base',
    });
    expect(res.body.provenance[0].sentence).toMatch(/^Putin ordered .* Hmeimim air base\.$/);
  });

  it('gives events their reported sentences, and 404 for unknown ids', async () => {
    const event = await request(app).get('/api/nodes/ev-3').expect(200);
    expect(event.body.provenance[0]).toMatchObject({ kind: 'report', sentence: 'Syrian forces fought ISIS near Albu Kamal.' });
    const missing = await request(app).get('/api/nodes/no-such-node').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('expands one hop in the GraphPayload shape', async () => {
    const res = await request(app).get('/api/nodes/vladimir-putin/neighbors').expect(200);
    const ids = res.body.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['vladimir-putin', 'russia', 'ev-1', 'ev-4', 'doc-1']));
    expect(res.body.truncated).toBe(false);
    // Expansions leave out the article text (GET /api/nodes/doc-1 has it).
    const doc = res.body.nodes.find((n: { id: string }) => n.id === 'doc-1');
    expect(doc.properties).toMatchObject({ title: 'Putin orders withdrawal', chars: expect.any(Number) });
    expect(doc.properties.text).toBeUndefined();
    for (const e of res.body.edges) expect(ids).toEqual(expect.arrayContaining([e.source, e.target]));
  });

  it('caps the expansion and says so, filters by type, and walks deeper', async () => {
    const capped = await request(app).get('/api/nodes/vladimir-putin/neighbors').query({ limit: 2 }).expect(200);
    expect(capped.body.truncated).toBe(true);
    expect(capped.body.nodes.length).toBeLessThanOrEqual(3);
    const events = await request(app).get('/api/nodes/vladimir-putin/neighbors').query({ types: 'Event' }).expect(200);
    expect(events.body.nodes.filter((n: { id: string }) => n.id !== 'vladimir-putin').every((n: { labels: string[] }) => n.labels.includes('Event'))).toBe(true);
    const deep = await request(app).get('/api/nodes/vladimir-putin/neighbors').query({ depth: 2, relTypes: 'AGENT_IN,TARGETS' }).expect(200);
    expect(deep.body.nodes.map((n: { id: string }) => n.id)).toContain('syria');
  });

  it('rejects depth outside 1..3 and unknown ids', async () => {
    await request(app).get('/api/nodes/vladimir-putin/neighbors').query({ depth: 4 }).expect(400);
    await request(app).get('/api/nodes/nobody/neighbors').expect(404);
  });
});

describe('GET /api/paths', () => {
  it('finds a path from Putin to ISIS through events', async () => {
    const res = await request(app).get('/api/paths').query({ from: 'vladimir-putin', to: 'isis' }).expect(200);
    expect(res.body.found).toBe(true);
    const path = res.body.paths[0];
    expect(path.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['vladimir-putin', 'isis']));
    expect(path.edges).toHaveLength(path.length);
  });

  it('answers 404 for an unknown end, 400 for a bad length', async () => {
    await request(app).get('/api/paths').query({ from: 'vladimir-putin', to: 'atlantis' }).expect(404);
    await request(app).get('/api/paths').query({ from: 'vladimir-putin', to: 'isis', maxLength: 50 }).expect(400);
    await request(app).get('/api/paths').query({ from: 'vladimir-putin' }).expect(400);
  });
});

describe('GET /api/events', () => {
  it('lists an actor’s events by date with participants, place and sources', async () => {
    const res = await request(app).get('/api/events').query({ actor: 'syria' }).expect(200);
    expect(res.body.events.map((e: { id: string }) => e.id)).toEqual(['ev-3', 'ev-1', 'ev-2']);
    expect(res.body.events[0]).toMatchObject({ cameo: '19', agents: [{ id: 'syria' }], targets: [{ id: 'isis' }], locations: [{ id: 'abu-kamal' }] });
    expect(res.body.events[0].sources[0].document.title).toBe('Putin orders withdrawal');
  });

  it('filters by location, event type and dates', async () => {
    const at = await request(app).get('/api/events').query({ location: 'hmeimim-air-base' }).expect(200);
    expect(at.body.events.map((e: { id: string }) => e.id)).toEqual(['ev-1']);
    const coop = await request(app).get('/api/events').query({ eventTypes: '04', from: '2017-12-12', to: '2017-12-12' }).expect(200);
    expect(coop.body.events.map((e: { id: string }) => e.id)).toEqual(['ev-4']);
    await request(app).get('/api/events').query({ eventTypes: 'peace' }).expect(400);
  });
});

describe('injection', () => {
  const attempts = [
    "x'}) DETACH DELETE n //",
    '`) MATCH (m) DETACH DELETE m //',
    'russia"}) SET n.pwned = true //',
    '$id} ) CALL db.createLabel("Pwned") //',
  ];

  it('ids, labels and types travel as parameters, never as Cypher text', async () => {
    const before = await countGraph(db());
    for (const id of attempts) {
      await request(app).get(`/api/nodes/${encodeURIComponent(id)}`).expect(404);
      await request(app).get(`/api/nodes/${encodeURIComponent(id)}/neighbors`).expect(404);
      await request(app).get('/api/paths').query({ from: id, to: 'isis' }).expect(404);
      await request(app).get('/api/events').query({ actor: id }).expect(200);
      await request(app).get('/api/export').query({ ids: id }).expect(200);
      await request(app).get('/api/search').query({ q: id }).expect(200);
      await request(app).get('/api/nodes/russia/neighbors').query({ types: id }).expect(400);
      await request(app).get('/api/nodes/russia/neighbors').query({ relTypes: id }).expect(400);
      await request(app).get('/api/actors/network').query({ types: id }).expect(400);
    }
    expect(await countGraph(db())).toEqual(before);
    const labels = await db().executeQuery('CALL db.labels() YIELD label RETURN collect(label) AS labels');
    expect(labels.records[0]?.get('labels')).not.toContain('Pwned');
  });
});

describe('GET /api/export', () => {
  it('downloads a node set as GraphML with typed attributes', async () => {
    // application/graphml+xml is not a type supertest buffers as text by itself.
    const res = await request(app).get('/api/export').query({ format: 'graphml', ids: 'russia,syria,ev-2' }).buffer(true).parse(asText).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    const xml = String(res.body);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="kg-export.graphml"/);
    expect(xml).toContain('<graphml');
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="quadClass" attr.type="long"\/>/);
    expect(xml).toContain('<node id="russia">');
    expect(xml).toMatch(/<edge id="[^"]+" source="russia" target="ev-2">/);
  });

  it('downloads CSV tables and JSON, and runs read-only queries only', async () => {
    const nodes = await request(app).get('/api/export').query({ format: 'csv', ids: 'russia,ev-2' }).expect(200);
    expect(nodes.headers['content-type']).toMatch(/text\/csv/);
    expect(nodes.text.split('\r\n')[0]).toMatch(/^Id,Label,labels/);
    const edges = await request(app).get('/api/export').query({ format: 'csv', part: 'edges', ids: 'russia,ev-2' }).expect(200);
    expect(edges.text).toContain('russia,ev-2,AGENT_IN');
    const json = await request(app).get('/api/export').query({ query: 'MATCH (a:Actor)-[r:AGENT_IN]->(e) RETURN a, r, e' }).expect(200);
    expect(json.headers['content-disposition']).toMatch(/kg-export.json/);
    expect(JSON.parse(json.text).edges).toHaveLength(4);
    const before = await countGraph(db());
    const refused = await request(app).get('/api/export').query({ query: 'MATCH (n) DETACH DELETE n RETURN 1' }).expect(403);
    expect(refused.body.error.code).toBe('CYPHER_NOT_READ_ONLY');
    expect(await countGraph(db())).toEqual(before);
    await request(app).get('/api/export').query({ format: 'graphml' }).expect(400);
    await request(app).get('/api/export').query({ format: 'pdf', ids: 'russia' }).expect(400);
  });
});

describe('the rest of the surface', () => {
  it('serves the OpenAPI document and JSON 404s for unknown API routes', async () => {
    const doc = await request(app).get('/api/openapi.json').expect(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/cypher', '/api/nodes/{id}/neighbors', '/api/export']));
    const missing = await request(app).get('/api/nothing-here').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
  });

  it('sends helmet headers with a CSP fit for the explorer, and no CORS unless configured', async () => {
    const res = await request(app).get('/api/health').set('Origin', 'http://evil.example').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/img-src 'self' data: blob:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const withCors = appFor(db(), { corsOrigin: 'http://localhost:5173' });
    const allowed = await request(withCors).get('/api/health').set('Origin', 'http://localhost:5173').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('never sends a stack trace, even for a malformed body', async () => {
    const res = await request(app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": ').expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });
});
