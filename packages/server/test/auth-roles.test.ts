/** Named tokens with roles on the real API: 401 without or with a bad token, 403 for a reader, the editor's name known. */
import request from 'supertest';
import { useCleanDatabase } from '@kg/testing';
import { hashToken } from '../src/auth/token-hash';
import { parseTokenLines, type TokenEntry } from '../src/auth/token-registry';
import { appFor } from './app-under-test';

const db = useCleanDatabase();
const EDITOR = 'editor-token-0123456789abcdef';
const READER = 'reader-token-0123456789abcdef';
let tokens: TokenEntry[];

beforeAll(async () => {
  const cost = { N: 2 ** 10, r: 8, p: 1 };
  tokens = parseTokenLines(`alice:editor:${await hashToken(EDITOR, cost)}\nrita:reader:${await hashToken(READER, cost)}`, 'test');
});

describe('who is asking', () => {
  it('is the anonymous reader without a token, and the token holder with one', async () => {
    const app = appFor(db(), { tokens });
    await request(app).get('/api/me').expect(200, { name: 'anonymous', role: 'reader', writesEnabled: true });
    const me = await request(app).get('/api/me').set('Authorization', `Bearer ${EDITOR}`).expect(200);
    expect(me.body).toMatchObject({ name: 'alice', role: 'editor' });
    const bad = await request(app).get('/api/me').set('Authorization', 'Bearer not-a-token-of-anyone').expect(401);
    expect(bad.headers['www-authenticate']).toMatch(/invalid_token/);
  });

  it('answers 401 with a challenge without a token, 403 for a reader, and lets an editor write', async () => {
    const app = appFor(db(), { tokens });
    const none = await request(app).post('/api/documents').send({ text: 'x' }).expect(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="kg"');
    await request(app).post('/api/documents').set('Authorization', 'Bearer wrong-wrong-wrong-wrong').send({ text: 'x' }).expect(401);
    const reader = await request(app).post('/api/documents').set('Authorization', `Bearer ${READER}`).send({ text: 'x' }).expect(403);
    expect(reader.body.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(reader.body.error.message).toMatch(/rita is a reader/);
    // Past the guard: the editor's request reaches validation.
    await request(app).post('/api/documents').set('Authorization', `Bearer ${EDITOR}`).send({ text: '  ' }).expect(400);
  });

  it('keeps KG_API_TOKEN working as an admin token', async () => {
    const app = appFor(db(), { writeToken: 'legacy-token-0123456789' });
    const me = await request(app).get('/api/me').set('Authorization', 'Bearer legacy-token-0123456789').expect(200);
    expect(me.body).toMatchObject({ name: 'admin', role: 'admin' });
  });

  it('does not count requests without a valid token toward the write limit', async () => {
    const app = appFor(db(), { tokens, writeRateLimit: 2 });
    for (let i = 0; i < 4; i++) await request(app).post('/api/documents').set('Authorization', 'Bearer wrong-wrong-wrong-wrong').send({ text: 'x' }).expect(401);
    const auth = { Authorization: `Bearer ${EDITOR}` };
    await request(app).post('/api/documents').set(auth).send({ text: ' ' }).expect(400);
    await request(app).post('/api/documents').set(auth).send({ text: ' ' }).expect(400);
    await request(app).post('/api/documents').set(auth).send({ text: ' ' }).expect(429);
  });
});
