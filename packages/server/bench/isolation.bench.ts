/**
 * pnpm bench:isolation: does heavy use of the console or of the extractor slow the rest of
 * the server? The server runs as its own process (src/main.ts, production settings) on an
 * embedded Neo4j of its own; the figures are latencies of /api/health and /api/openapi.json,
 * each measured first idle (the baseline) and then while 32 slow console statements run, or
 * while a 199,000-character article is extracted. Prints them and writes the "Server
 * isolation" section of BENCHMARKS.md.
 *
 * Env: BENCH_SAMPLES (default 20), BENCH_WRITE=0 to print only.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, findRepoRoot, startEmbeddedNeo4j } from '@kg/embedded-neo4j';
import { startServerProcess } from './server-process';

const samples = Number(process.env.BENCH_SAMPLES ?? 20);
const TOKEN = 'bench-isolation-token-0123456789';
const SLOW = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n';
const log = (line: string): void => { process.stdout.write(`${line}\n`); };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Latency { readonly median: number; readonly p95: number; readonly max: number }

function summarise(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}

async function sample(url: string): Promise<Latency> {
  const values: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    values.push(performance.now() - started);
    await pause(100);
  }
  return summarise(values);
}

function article(chars: number): string {
  const names = ['Ahmed Karimi', 'Olga Petrenko', 'Western Command', 'Northern Council', 'Maria Lopez', 'Eastern Brigade', 'Tomas Novak'];
  let text = '';
  for (let i = 0; text.length < chars; i += 1) text += `${names[i % names.length]} met ${names[(i * 3 + 1) % names.length]} in Harbor City on Monday. `;
  return text.slice(0, chars);
}

const row = (what: string, idle: Latency, loaded: Latency) =>
  `| ${what} | ${idle.median.toFixed(1)} / ${idle.p95.toFixed(1)} | ${loaded.median.toFixed(1)} / ${loaded.p95.toFixed(1)} / ${loaded.max.toFixed(1)} | ${(loaded.median / idle.median).toFixed(1)}× |`;

async function main(): Promise<void> {
  const repoRoot = findRepoRoot(process.cwd());
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-isolation-'));
  const neo = await startEmbeddedNeo4j({ repoRoot, port: await findFreePort(), dataDir, heap: '1g', pagecache: '128m' });
  const server = await startServerProcess(repoRoot, { NEO4J_URI: neo.uri, PORT: '0', KG_API_TOKEN: TOKEN, KG_CYPHER_RATE_LIMIT: '1000' });
  try {
    const health = `${server.url}/api/health`;
    const openapi = `${server.url}/api/openapi.json`;
    await sample(health);
    const healthIdle = await sample(health);
    const console32 = Array.from({ length: 32 }, () =>
      fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: SLOW }) }).then((r) => r.status));
    await pause(500);
    const healthLoaded = await sample(health);
    const statuses = await Promise.all(console32);
    log(`console statements answered: ${[...new Set(statuses)].map((s) => `${s}×${statuses.filter((x) => x === s).length}`).join(', ')}`);

    const openapiIdle = await sample(openapi);
    const extraction = fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: article(199_000) }),
    });
    await pause(500);
    const openapiLoaded = await sample(openapi);
    const lines = [
      '',
      `\`pnpm bench:isolation\` — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, 1-minute load ${loadavg()[0]?.toFixed(1)}, ${samples} sequential requests per cell, 100 ms apart, server process with production settings (pool 16, console gate 2 running + 8 waiting).`,
      '',
      '| request | idle median / p95 (ms) | under load median / p95 / max (ms) | median ratio |',
      '| --- | --- | --- | --- |',
      row('`/api/health` while 32 slow console statements run (10 s each)', healthIdle, healthLoaded),
      row('`/api/openapi.json` while a 199,000-character article is extracted', openapiIdle, openapiLoaded),
      '',
    ];
    log(lines.join('\n'));
    void extraction.catch(() => undefined);
    if (process.env.BENCH_WRITE !== '0') {
      const file = join(repoRoot, 'BENCHMARKS.md');
      const text = readFileSync(file, 'utf8');
      const heading = '\n## Server isolation\n';
      const start = text.indexOf(heading);
      const next = start < 0 ? -1 : text.indexOf('\n## ', start + heading.length);
      const updated = start < 0 ? `${text.trimEnd()}\n${heading}${lines.join('\n')}` : text.slice(0, start + heading.length) + lines.join('\n') + (next < 0 ? '' : text.slice(next));
      writeFileSync(file, updated);
    }
  } finally {
    await server.stop();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
