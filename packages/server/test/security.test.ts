/**
 * Secrets and access: the request log never holds the token or cookies, refused tokens do
 * not spend the writers' budget, 401s carry a Bearer challenge, and HSTS is not sent over
 * plain http.
 */
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import request from 'supertest';
import { useCleanDatabase } from '@kg/testing';
import { appFor } from './app-under-test';

const db = useCleanDatabase();
const TOKEN = 'security-token-0123456789abcdef';

function capturedLogger(): { logger: Logger; text: () => string } {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  return { logger: pino({ level: 'info' }, sink), text: () => lines.join('') };
}

it('keeps the bearer token and cookies out of the request log', async () => {
  const log = capturedLogger();
  const app = appFor(db(), { writeToken: TOKEN, logger: log.logger, logRequests: true });
  await request(app).get('/api/health').set('Authorization', `Bearer ${TOKEN}`).set('Cookie', 'session=cookie-secret-42').expect(200);
  await request(app).post('/api/documents').set('Authorization', `Bearer ${TOKEN}x`).send({ text: 'x' }).expect(401);
  const written = log.text();
  expect(written).toMatch(/"url":"\/api\/health"/);
  expect(written).toMatch(/\[redacted\]/);
  expect(written).not.toContain(TOKEN);
  expect(written).not.toContain('cookie-secret-42');
});

it('answers 401 with a WWW-Authenticate challenge', async () => {
  const app = appFor(db(), { writeToken: TOKEN });
  const none = await request(app).post('/api/documents').send({ text: 'x' }).expect(401);
  expect(none.headers['www-authenticate']).toBe('Bearer realm="kg"');
  const wrong = await request(app).post('/api/documents').set('Authorization', 'Bearer wrong-wrong-wrong-wrong').send({ text: 'x' }).expect(401);
  expect(wrong.headers['www-authenticate']).toMatch(/error="invalid_token"/);
});

it('does not let bad-token requests lock a valid writer out', async () => {
  const app = appFor(db(), { writeToken: TOKEN, writeRateLimit: 20 });
  for (let i = 0; i < 20; i += 1) {
    await request(app).post('/api/documents').set('Authorization', `Bearer junk-${i}-000000000000`).send({ text: 'x' }).expect(401);
  }
  const res = await request(app)
    .post('/api/documents')
    .set('Authorization', `Bearer ${TOKEN}`)
    .send({ text: 'Russian President Vladimir Putin met Syrian President Bashar al-Assad in Sochi on Monday.' })
    .expect(201);
  expect(res.body.file).toMatch(/^api-/);
});

it('sends no HSTS over plain http', async () => {
  const res = await request(appFor(db())).get('/api/health').expect(200);
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(res.headers['x-content-type-options']).toBe('nosniff');
});
