/**
 * startServer on a real port: it answers, and close() lets a request already in flight
 * finish before the server stops listening (the caller's driver stays open).
 */
import { pino } from 'pino';
import { useCleanDatabase } from '@kg/testing';
import { startServer } from '../src/start-server';

const db = useCleanDatabase();

it('finishes an in-flight request on close, then refuses new connections', async () => {
  const server = await startServer({ driver: db(), port: 0, logger: pino({ level: 'silent' }), logRequests: false });
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);

  // A console query that takes a moment, still running when close() is called.
  const slow = fetch(`${server.url}/api/cypher`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'UNWIND range(1, 3000000) AS i WITH i WHERE i % 3 = 0 RETURN count(*) AS n' }),
  });
  await new Promise((resolve) => setTimeout(resolve, 150));
  const closed = server.close();
  const answer = await slow;
  expect(answer.status).toBe(200);
  const body = (await answer.json()) as { rows: { n: number }[] };
  expect(body.rows[0]?.n).toBe(1_000_000);
  await closed;
  await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  // The driver belongs to the caller and still works.
  const still = await db().executeQuery('RETURN 1 AS one');
  expect(still.records[0]?.get('one')).toBe(1);
}, 60_000);
