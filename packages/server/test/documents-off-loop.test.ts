/**
 * POST /api/documents off the request loop and checked like the CLI: a 200k-character
 * article is extracted in a worker thread while the server keeps answering; binary,
 * non-UTF-8, empty texts and impossible dates are 400s with the reason; a full queue is a
 * 503 with Retry-After.
 */
import { pino } from 'pino';
import request from 'supertest';
import { useCleanDatabase } from '@kg/testing';
import { createExtractionPool, type ExtractionPool } from '../src/extraction/extraction-pool';
import { startServer, type RunningServer } from '../src/start-server';
import { appFor } from './app-under-test';

const db = useCleanDatabase();
const TOKEN = 'documents-token-0123456789abcdef';
const auth = { Authorization: `Bearer ${TOKEN}` };

/** ~200k characters of capitalised names and short clauses: the shape that was slow. */
function longArticle(chars: number): string {
  const names = ['Ahmed Karimi', 'Olga Petrenko', 'Western Command', 'Northern Council', 'Maria Lopez', 'Eastern Brigade', 'Tomas Novak'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const sentence = `${names[i % names.length]} met ${names[(i * 3 + 1) % names.length]} in Harbor City on Monday. `;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, chars);
}

describe('a 200k-character article', () => {
  let server: RunningServer;
  let pool: ExtractionPool;

  beforeAll(async () => {
    pool = createExtractionPool({ threads: 1, maxQueue: 1 });
    server = await startServer({ driver: db(), port: 0, logger: pino({ level: 'silent' }), logRequests: false, writeToken: TOKEN, extractionPool: pool, shutdownGraceMs: 1_000 });
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (chars: number) =>
    fetch(`${server.url}/api/documents`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: longArticle(chars) }) })
      .then(async (res) => ({ status: res.status, retryAfter: res.headers.get('retry-after'), code: ((await res.json()) as { error?: { code: string } }).error?.code }));

  it('is extracted in a worker while /api/openapi.json answers in < 200 ms; beyond the queue, 503 + Retry-After', async () => {
    let settled = false;
    const long = post(199_000).finally(() => { settled = true; });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const latencies: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/openapi.json`);
      latencies.push(performance.now() - started);
      expect(res.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stderr.write(`[documents-off-loop] openapi.json during a 199k-character extraction: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms\n`);
    // The extraction was still running the whole time (it takes seconds), so the loop was free.
    expect(settled).toBe(false);
    const median = [...latencies].sort((a, b) => a - b)[2] ?? Infinity;
    expect(median).toBeLessThan(200);
    expect(Math.max(...latencies)).toBeLessThan(1_000);

    // One thread busy, one article may wait; the next two are turned away at once.
    const queued = post(1_000);
    const [third, fourth] = await Promise.all([post(1_000), post(1_000)]);
    for (const answer of [third, fourth]) expect(answer).toMatchObject({ status: 503, code: 'EXTRACTION_BUSY', retryAfter: '10' });
    expect(settled).toBe(false);
    // Stopping the pool ends the running and the waiting article with an answer, not a hang.
    await pool.close();
    expect((await long).status).toBeGreaterThanOrEqual(400);
    expect((await queued).status).toBeGreaterThanOrEqual(400);
  });
});

describe('content checks', () => {
  const app = () => appFor(db(), { writeToken: TOKEN });

  it('refuses random bytes, Latin-1 and empty raw bodies, as the CLI refuses such files', async () => {
    let seed = 7;
    const random = Buffer.from(Array.from({ length: 100_000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256));
    const binary = await request(app()).post('/api/documents').set(auth).set('Content-Type', 'application/octet-stream').send(random).expect(400);
    expect(binary.body.error.message).toMatch(/binary/);
    const latin1 = await request(app()).post('/api/documents').set(auth).set('Content-Type', 'text/plain').send(Buffer.from('Caf\xe9 owners met the mayor of Lyon.', 'latin1')).expect(400);
    expect(latin1.body.error.message).toMatch(/not valid UTF-8/);
    const empty = await request(app()).post('/api/documents').set(auth).set('Content-Type', 'text/plain').send(Buffer.alloc(0)).expect(400);
    expect(empty.body.error.message).toMatch(/empty/);
  });

  it('refuses binary-looking and mis-decoded JSON text', async () => {
    const nul = await request(app()).post('/api/documents').set(auth).send({ text: 'PK\u0003\u0004\u0000\u0000 archive' }).expect(400);
    expect(nul.body.error.message).toMatch(/binary/);
    const replaced = await request(app()).post('/api/documents').set(auth).send({ text: 'Caf\uFFFD owners met the mayor.' }).expect(400);
    expect(replaced.body.error.message).toMatch(/not UTF-8/);
  });

  it('accepts a raw UTF-8 article with its title and date in the query', async () => {
    const res = await request(app())
      .post('/api/documents?title=Raw%20post&published=2018-03-05')
      .set(auth)
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send('Turkish President Recep Tayyip Erdogan met German Chancellor Angela Merkel in Berlin on Monday.')
      .expect(201);
    expect(res.body.added.title).toBe('Raw post');
    const stored = await db().executeQuery('MATCH (d:Document {file: $file}) RETURN toString(d.published) AS published', { file: res.body.file });
    expect(stored.records[0]?.get('published')).toMatch(/^2018-03-05/);
  });

  it('rejects impossible dates on documents and on the actor network', async () => {
    const doc = await request(app()).post('/api/documents').set(auth).send({ text: 'Officials met in Oslo.', published: '2017-13-45' }).expect(400);
    expect(doc.body.error.message).toMatch(/published: expected an existing ISO day/);
    await request(app()).post('/api/documents').set(auth).send({ text: 'Officials met in Oslo.', published: '2019-02-29' }).expect(400);
    const network = await request(app()).get('/api/actors/network?from=2017-13-45').expect(400);
    expect(network.body.error.message).toMatch(/from: expected an existing ISO day/);
    await request(app()).get('/api/actors/network?from=2016-02-29').expect(200);
    await request(app()).get('/api/events?to=2017-02-30').expect(400);
  });
});
