/**
 * The explorer's built files at `/` with the SPA fallback, and the API left alone. No
 * database is needed: the driver points at a closed port and is never used for files.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import request from 'supertest';
import { appFor } from './app-under-test';

let dir: string;
let driver: Driver;
let app: ReturnType<typeof appFor>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-explorer-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>KG explorer</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("explorer");');
  driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'neo4j'));
  app = appFor(driver, { explorerDir: dir });
});

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

it('serves index.html at / and for deep links, and the built assets', async () => {
  const root = await request(app).get('/').expect(200);
  expect(root.text).toContain('<title>KG explorer</title>');
  expect(root.headers['cache-control']).toBe('no-cache');
  const deep = await request(app).get('/graph/russia').set('Accept', 'text/html').expect(200);
  expect(deep.text).toContain('<title>KG explorer</title>');
  const asset = await request(app).get('/assets/app.js').expect(200);
  expect(asset.headers['content-type']).toMatch(/javascript/);
  expect(asset.text).toContain('explorer');
});

it('keeps /api paths out of the fallback', async () => {
  const res = await request(app).get('/api/no-such-endpoint').set('Accept', 'text/html').expect(404);
  expect(res.body.error.code).toBe('NOT_FOUND');
  await request(app).get('/assets/missing.js').set('Accept', 'application/javascript').expect(404);
});
