/**
 * The write guard on POST /api/documents (token, validation, size limit, rate limit) and the
 * server's behaviour when Neo4j goes away and comes back: a TCP relay between the driver and
 * the test database is cut and restored, so the driver sees a real outage.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import request from 'supertest';
import { testConnection, useCleanDatabase } from '@kg/testing';
import { createServerDriver } from '../src/neo4j/server-driver';
import { appFor } from './app-under-test';

const db = useCleanDatabase();
const TOKEN = 'test-token-0123456789abcdef';

describe('POST /api/documents guard', () => {
  it('is disabled with a clear 403 when no token is configured', async () => {
    const res = await request(appFor(db())).post('/api/documents').send({ text: 'Putin visited Hmeimim.' }).expect(403);
    expect(res.body.error).toMatchObject({ code: 'WRITES_DISABLED' });
    expect(res.body.error.message).toMatch(/no API token is configured/);
  });

  it('needs the bearer token, a non-blank text and a body under the limit', async () => {
    const app = appFor(db(), { writeToken: TOKEN, bodyLimit: '2kb' });
    await request(app).post('/api/documents').send({ text: 'x' }).expect(401);
    await request(app).post('/api/documents').set('Authorization', 'Bearer wrong-token-0000000000').send({ text: 'x' }).expect(401);
    const blank = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send({ text: '   ' }).expect(400);
    expect(blank.body.error.message).toMatch(/only whitespace/);
    const badDate = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send({ text: 'x', published: '11/12/2017' }).expect(400);
    expect(badDate.body.error.message).toMatch(/published/);
    const big = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send({ text: 'a'.repeat(5_000) }).expect(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rate-limits writes per client', async () => {
    const app = appFor(db(), { writeToken: TOKEN, writeRateLimit: 2 });
    const write = () => request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send({ text: ' ' });
    await write().expect(400);
    await write().expect(400);
    const limited = await write().expect(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('Neo4j outage', () => {
  let relay: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  let driver: Driver;

  const listen = () => new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', () => resolve()));
  const cut = () => new Promise<void>((resolve) => {
    relay.close(() => resolve());
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  });

  beforeAll(async () => {
    const target = new URL(testConnection().uri.replace(/^bolt/, 'http'));
    relay = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => { client.destroy(); upstream.destroy(); };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    await listen();
    port = (relay.address() as { port: number }).port;
    const { user, password } = testConnection();
    driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 3_000,
      connectionTimeout: 2_000,
    });
  });

  afterAll(async () => {
    await driver.close();
    if (relay.listening) await cut();
  });

  it('answers 503 with Retry-After while Neo4j is unreachable, and recovers without a restart', async () => {
    const app = appFor(driver);
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/stats').expect(200);

    await cut();
    const health = await request(app).get('/api/health').expect(503);
    expect(health.headers['retry-after']).toBe('5');
    expect(health.body.neo4j.reachable).toBe(false);
    const stats = await request(app).get('/api/stats').expect(503);
    expect(stats.body.error.code).toBe('NEO4J_UNAVAILABLE');
    expect(stats.headers['retry-after']).toBe('5');
    expect(JSON.stringify(stats.body)).not.toMatch(/at .*\.(ts|js):\d+/);

    await listen();
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/stats').expect(200);
  });

  it('answers a write with 503 within seconds while Neo4j is unreachable, before extracting anything', async () => {
    const { user, password } = testConnection();
    const serverDriver = createServerDriver({ uri: `bolt://127.0.0.1:${port}`, user, password });
    try {
      const app = appFor(serverDriver, { writeToken: TOKEN });
      await request(app).get('/api/health').expect(200);
      await cut();
      const started = Date.now();
      const res = await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}`).send({ text: 'Officials met in Oslo on Monday.' }).expect(503);
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(res.body.error.code).toBe('NEO4J_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      if (!relay.listening) await listen();
      await serverDriver.close();
    }
  });
});
