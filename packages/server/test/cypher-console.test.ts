/**
 * POST /api/cypher: reads come back as {columns, rows, graph, summary}; every write, schema
 * change, file load, admin call and runaway query is refused with a clear message, and the
 * graph is counted before and after each attempt to prove nothing changed.
 */
import request from 'supertest';
import { useCleanDatabase } from '@kg/testing';
import { appFor, countGraph } from './app-under-test';
import { writeFixtureGraph } from './fixture-graph';

const db = useCleanDatabase();
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  await writeFixtureGraph(db());
  app = appFor(db(), { cypherTimeoutMs: 10_000, cypherRowCap: 50 });
});

const run = (body: Record<string, unknown>) => request(app).post('/api/cypher').send(body);

describe('reads', () => {
  it('returns columns, rows, summary, and every node and relationship in the rows as a graph', async () => {
    const res = await run({ query: 'MATCH (a:Actor {id: $id})-[r:AGENT_IN]->(e:Event) RETURN a.name AS name, r, e ORDER BY e.id', params: { id: 'russia' } }).expect(200);
    expect(res.body.columns).toEqual(['name', 'r', 'e']);
    expect(res.body.rows).toHaveLength(1);
    expect(res.body.rows[0].name).toBe('Russia');
    expect(res.body.rows[0].r).toMatchObject({ type: 'AGENT_IN', source: 'russia', target: 'ev-2' });
    expect(res.body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['ev-2', 'russia']);
    expect(res.body.graph.edges).toHaveLength(1);
    expect(res.body.summary).toMatchObject({ queryType: 'r', rows: 1 });
    expect(res.body.truncated).toBe(false);
  });

  it('collects nodes from paths, lists and maps, and loads the endpoints of bare relationships', async () => {
    const paths = await run({ query: "MATCH p = (:Person {id: 'vladimir-putin'})-[:AGENT_IN]->(:Event)-[:TARGETS]->(:Actor) RETURN p" }).expect(200);
    expect(paths.body.graph.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['vladimir-putin', 'ev-1', 'syria']));
    expect(paths.body.graph.edges).toHaveLength(2);
    const bare = await run({ query: "MATCH ()-[r:AFFILIATED_WITH]->() RETURN {rel: r, also: [1, 2]} AS m" }).expect(200);
    expect(bare.body.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['russia', 'vladimir-putin']);
    expect(bare.body.rows[0].m.also).toEqual([1, 2]);
  });

  it('caps rows and says so', async () => {
    const res = await run({ query: 'UNWIND range(1, 100) AS i RETURN i' }).expect(200);
    expect(res.body.rows).toHaveLength(50);
    expect(res.body.truncated).toBe(true);
    const asked = await run({ query: 'UNWIND range(1, 100) AS i RETURN i', limit: 5 }).expect(200);
    expect(asked.body.rows).toHaveLength(5);
    await run({ query: 'RETURN 1', limit: 51 }).expect(400);
  });

  it('answers a syntax error with 400, Neo4j’s message and the position in the user’s text', async () => {
    const res = await run({ query: 'MATCH (n)\nRETRN n' }).expect(400);
    expect(res.body.error.code).toBe('CYPHER_SYNTAX');
    expect(res.body.error.message).toMatch(/RETRN/);
    expect(res.body.error.position).toMatchObject({ line: 2, column: 1 });
    const missing = await run({ params: {} }).expect(400);
    expect(missing.body.error.message).toMatch(/query/);
  });
});

it('rate-limits console requests per client', async () => {
  const limited = appFor(db(), { cypherRateLimit: 2 });
  await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
  await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(200);
  const res = await request(limited).post('/api/cypher').send({ query: 'RETURN 1' }).expect(429);
  expect(res.body.error.code).toBe('RATE_LIMITED');
  expect(res.headers['retry-after']).toBeDefined();
});

describe('refusals', () => {
  const refused: readonly [string, string, RegExp][] = [
    ['CREATE', "CREATE (:Actor {id: 'pwned'})", /writes to the graph/],
    ['MERGE', "MERGE (a:Actor {id: 'russia'}) ON MATCH SET a.pwned = true", /writes to the graph/],
    ['DELETE', 'MATCH (n) DETACH DELETE n', /writes to the graph/],
    ['SET', "MATCH (n:Actor {id: 'russia'}) SET n.name = 'x'", /writes to the graph/],
    ['REMOVE', "MATCH (n:Actor {id: 'russia'}) REMOVE n:Actor", /writes to the graph/],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT fx_entity', /schema|administration/],
    ['CREATE CONSTRAINT', 'CREATE CONSTRAINT pwned FOR (n:Pwned) REQUIRE n.id IS UNIQUE', /schema|administration/],
    ['CREATE INDEX', 'CREATE INDEX pwned FOR (n:Actor) ON (n.pwned)', /schema|administration/],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ['db.createLabel', "CALL db.createLabel('Pwned')", /procedure|writes|schema/],
    ['dbms.* admin call', 'CALL dbms.listConfig() YIELD name RETURN name', /procedure|administration|schema/],
    ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', /procedure|administration|schema/],
    ['dbms.killConnection', "CALL dbms.killConnection('bolt-1')", /procedure|administration|schema/],
    ['write hidden in CALL { }', "MATCH (n:Actor) CALL (n) { SET n.pwned = true } RETURN count(n)", /writes to the graph/],
    ['write hidden in a union subquery', "CALL () { MATCH (n) RETURN n UNION CREATE (n:Pwned) RETURN n } RETURN count(*)", /writes to the graph/],
    ['CALL IN TRANSACTIONS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1', /writes to the graph|commits on its own/],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', /not read-only|exposes|administration|schema/],
    ['SHOW PROCEDURES', 'SHOW PROCEDURES', /GET \/api\/schema/],
    ['SHOW FUNCTIONS', 'SHOW FUNCTIONS', /GET \/api\/schema/],
    ['SHOW INDEXES', 'SHOW INDEXES', /GET \/api\/schema/],
    ['SHOW CONSTRAINTS', 'SHOW CONSTRAINTS', /GET \/api\/schema/],
    ['db.info', 'CALL db.info()', /GET \/api\/schema/],
    ['db.schema.visualization', 'CALL db.schema.visualization()', /GET \/api\/schema/],
    ['db.schema.nodeTypeProperties', 'CALL db.schema.nodeTypeProperties()', /GET \/api\/schema/],
  ];

  it.each(refused)('refuses %s with a clear message and changes nothing', async (_what, query, reason) => {
    const before = await countGraph(db());
    const res = await run({ query });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CYPHER_NOT_READ_ONLY');
    expect(res.body.error.message).toMatch(/^The console runs read-only queries only; this one was refused because /);
    expect(res.body.error.message).toMatch(reason);
    expect(await countGraph(db())).toEqual(before);
  });

  it('leaves labels, constraints and settings as they were', async () => {
    const labels = await db().executeQuery('CALL db.labels() YIELD label RETURN collect(label) AS labels');
    expect(labels.records[0]?.get('labels')).not.toContain('Pwned');
    const constraints = await db().executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0]?.get('names')).toEqual(expect.arrayContaining(['fx_entity']));
    expect(constraints.records[0]?.get('names')).not.toContain('pwned');
  });

  it('allows the server listings when the setting says so, and serves the vocabulary at /api/schema', async () => {
    const open = appFor(db(), { consoleIntrospection: true });
    const procedures = await request(open).post('/api/cypher').send({ query: 'SHOW PROCEDURES YIELD name RETURN name' }).expect(200);
    expect(procedures.body.rows.map((r: { name: string }) => r.name)).toContain('db.labels');
    await request(open).post('/api/cypher').send({ query: 'CALL db.info()' }).expect(200);
    const schema = await request(app).get('/api/schema').expect(200);
    expect(schema.body.labels).toEqual(expect.arrayContaining(['Actor', 'Event', 'Person']));
    expect(schema.body.relationshipTypes).toEqual(expect.arrayContaining(['AGENT_IN', 'AFFILIATED_WITH']));
    expect(schema.body.propertyKeys).toEqual(expect.arrayContaining(['id', 'name']));
  });

  it('stops a query that runs past the timeout, with a 408 that says so', async () => {
    const before = await countGraph(db());
    const started = Date.now();
    const res = await run({ query: 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n', timeoutMs: 300 });
    expect(res.status).toBe(408);
    expect(res.body.error.code).toBe('CYPHER_TIMEOUT');
    expect(res.body.error.message).toMatch(/time limit/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await countGraph(db())).toEqual(before);
    await run({ query: 'RETURN 1', timeoutMs: 60_000 }).expect(400);
  });
});

describe('planning time counts', () => {
  it('stops a statement whose planning alone runs past the timeout', async () => {
    // A 12-node clique: Neo4j's planner explores join orders for seconds before running anything.
    const names = Array.from({ length: 12 }, (_, i) => `n${i}`);
    const pairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => `(${a})--(${b})`));
    const started = Date.now();
    const res = await run({ query: `MATCH ${pairs.join(', ')} RETURN count(*)`, timeoutMs: 300 });
    expect(res.status).toBe(408);
    expect(res.body.error.message).toMatch(/planning and execution/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('size caps', () => {
  it('cuts the answer at the byte cap and sets truncated', async () => {
    const capped = appFor(db(), { cypherByteCap: 100_000 });
    const query = "UNWIND range(1, 50) AS i RETURN i, reduce(s = '', x IN range(1, 5000) | s + 'x') AS big";
    const res = await request(capped).post('/api/cypher').send({ query }).expect(200);
    expect(res.body.truncated).toBe(true);
    expect(res.body.rows.length).toBeGreaterThan(0);
    expect(res.body.rows.length).toBeLessThan(50);
    expect(JSON.stringify(res.body.rows).length).toBeLessThanOrEqual(100_000);
    const whole = await request(appFor(db())).post('/api/cypher').send({ query }).expect(200);
    expect(whole.body.rows).toHaveLength(50);
    expect(whole.body.truncated).toBe(false);
  });
});

describe('client-caused failures are 4xx with a clear message', () => {
  it('refuses 4,000 nested parentheses before Neo4j sees them', async () => {
    const res = await run({ query: `RETURN ${'('.repeat(4_000)}1${')'.repeat(4_000)} AS x` }).expect(400);
    expect(res.body.error.code).toBe('CYPHER_TOO_COMPLEX');
    expect(res.body.error.message).toMatch(/4000 levels deep/);
    await run({ query: 'RETURN 1' }).expect(200);
  });

  it('refuses deeply nested JSON parameters', async () => {
    const deep = JSON.parse(`${'['.repeat(2_000)}${']'.repeat(2_000)}`);
    const res = await run({ query: 'RETURN $p AS p', params: { p: deep } }).expect(400);
    expect(res.body.error.code).toBe('CYPHER_TOO_COMPLEX');
    expect(res.body.error.message).toMatch(/parameters nest/);
    await run({ query: 'RETURN 1' }).expect(200);
  });

  it('answers a shortest path from a node to itself with 400', async () => {
    const res = await run({ query: "MATCH (a:Actor {id: 'russia'}) MATCH p = allShortestPaths((a)-[*]-(a)) RETURN p" }).expect(400);
    expect(res.body.error.code).toBe('CYPHER_FAILED');
    expect(res.body.error.hint).toMatch(/a <> b/);
  });

  it('answers a broken Lucene query without a Java class name', async () => {
    const res = await run({ query: "CALL db.index.fulltext.queryNodes('entityNames', 'AND OR ((') YIELD node RETURN node" }).expect(400);
    expect(res.body.error.message).toMatch(/Cannot parse|queryNodes/);
    expect(JSON.stringify(res.body)).not.toMatch(/org\.apache|java\.|Exception/);
  });

  it('answers the transaction memory limit with 413', async () => {
    const roomy = appFor(db(), { cypherTimeoutMs: 45_000 });
    const res = await request(roomy).post('/api/cypher').send({ query: 'UNWIND range(1, 50000000) AS x WITH collect(x) AS xs RETURN size(xs)' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('CYPHER_TOO_LARGE');
    expect(res.body.error.message).toMatch(/more memory/);
  });
});
