/**
 * pnpm bench:server: a seeded synthetic graph (≥ 100,000 nodes, ≥ 300,000 relationships)
 * in an embedded Neo4j of its own, the server on 127.0.0.1, then autocannon at 50
 * connections for 20 s on neighbors (limit 50, random ids), search and the actor network,
 * and the same queries straight through neo4j-driver at the same concurrency. Prints the
 * figures and writes them into the "Server" section of BENCHMARKS.md.
 *
 * Env: BENCH_SEED (default 42), BENCH_SECONDS (20), BENCH_CONNECTIONS (50), BENCH_HEAP (2g), BENCH_WARMUP (5),
 * BENCH_DATA_DIR (kept between runs), BENCH_WRITE=0 to print only.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { FULLTEXT_ENTITY_INDEX } from '@kg/model';
import { findFreePort, findRepoRoot, startEmbeddedNeo4j } from '@kg/embedded-neo4j';
import { startServerProcess, type ServerProcess } from './server-process';
import { toCypherParams } from '../src/neo4j/cypher-params';
import { NEIGHBORS_DEPTH_1 } from '../src/routes/nodes';
import { FULLTEXT_QUERY } from '../src/routes/search';
import { ACTOR_NETWORK_QUERY } from '../src/queries/network-query';
import { toLuceneQuery } from '../src/queries/lucene-query';
import { seededRandom } from '@kg/testing';
import { countGenerated, generateGraph } from './generate-graph';
import { driverLoad, httpLoad, type LoadFigures } from './load';
import { writeGraph } from './write-graph';
import { writeServerSection, type ScenarioFigures } from './report';

const seed = Number(process.env.BENCH_SEED ?? 42);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 5);
const log = (line: string): void => { process.stdout.write(`${line}\n`); };

async function main(): Promise<void> {
  const repoRoot = findRepoRoot(process.cwd());
  // The generated graph is kept between runs (same seed, same graph): writing it takes minutes.
  const dataDir = process.env.BENCH_DATA_DIR ?? join(tmpdir(), `kg-bench-server-seed-${seed}`);
  const marker = join(dataDir, 'bench-graph.json');
  const graph = generateGraph(seed);
  const size = countGenerated(graph);
  const reuse = existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(size);
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const port = await findFreePort();
  log(`starting embedded Neo4j on 127.0.0.1:${port} (data ${dataDir})`);
  const neo = await startEmbeddedNeo4j({ repoRoot, port, dataDir, heap: process.env.BENCH_HEAP ?? '2g', pagecache: '1g' });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.connection.user, neo.connection.password), { disableLosslessIntegers: true, maxConnectionPoolSize: 200 });
  let server: ServerProcess | undefined;
  try {
    const started = Date.now();
    if (reuse) {
      log(`reusing the graph of seed ${seed} in ${dataDir}`);
    } else {
      log(`generated seed ${seed}: ${size.nodes} nodes, ${size.relationships} relationships; writing…`);
      await writeGraph(driver, graph, log);
      writeFileSync(marker, JSON.stringify(size));
    }
    const counted = await driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
    const nodes = Number(counted.records[0]?.get('nodes'));
    const relationships = Number(counted.records[0]?.get('rels'));
    log(`in Neo4j: ${nodes} nodes, ${relationships} relationships (${((Date.now() - started) / 1000).toFixed(0)} s)`);

    server = await startServerProcess(repoRoot, { NEO4J_URI: neo.uri, NEO4J_USER: neo.connection.user, NEO4J_PASSWORD: neo.connection.password, PORT: String(await findFreePort()), HOST: '127.0.0.1' });
    log(`server (own process) at ${server.url}`);
    // Every row runs on a warm store: read the whole graph once into the page cache, so the
    // first scenario measured does not pay for cold pages the later ones get for free.
    const warming = Date.now();
    await driver.executeQuery('MATCH (n) OPTIONAL MATCH (n)-[r]-() RETURN count(n.id) + count(r) AS touched');
    log(`page cache warmed in ${((Date.now() - warming) / 1000).toFixed(0)} s`);
    const random = seededRandom(seed + 1);
    const pickFrom = <T>(items: readonly T[]) => (): T => items[Math.floor(random() * items.length)] as T;
    const nodeIds = [...graph.entities.map((e) => e.id), ...graph.events.map((e) => e.id)];
    const nextId = pickFrom(nodeIds);
    // Search terms: real names, some misspelt by one letter, as people type them.
    const names = graph.entities.map((e) => e.name.split(' ')[0] ?? e.name);
    const nextName = pickFrom(names);
    const nextTerm = (): string => {
      const name = nextName().toLowerCase();
      return random() < 0.3 ? name.slice(0, -1) + 'x' : name;
    };

    const scenarios: { name: string; path: () => string; query: string; params: () => Record<string, unknown>; connections?: number }[] = [
      {
        name: 'neighbors (depth 1, limit 50, random ids)',
        path: () => `/api/nodes/${encodeURIComponent(nextId())}/neighbors?limit=50`,
        query: NEIGHBORS_DEPTH_1,
        params: () => ({ id: nextId(), types: null, relTypes: null, fetch: 51 }),
      },
      {
        name: 'search (random names, 30% misspelt)',
        path: () => `/api/search?q=${encodeURIComponent(nextTerm())}`,
        query: FULLTEXT_QUERY,
        params: () => ({ index: FULLTEXT_ENTITY_INDEX, lucene: toLuceneQuery(nextTerm()), types: null, limit: 20, fetch: 80 }),
      },
      {
        name: 'actors/network (December, top 2,000 pairs)',
        path: () => '/api/actors/network?from=2017-12-01&to=2017-12-31',
        query: ACTOR_NETWORK_QUERY,
        params: () => ({ types: null, eventTypes: null, from: '2017-12-01', to: '2017-12-31', minEvents: 1, rollup: false, maxEdges: 2001 }),
      },
    ];

    // One connection: the per-request cost of HTTP, validation and JSON without queueing.
    const neighborsScenario = scenarios[0];
    if (neighborsScenario) scenarios.push({ ...neighborsScenario, name: 'neighbors, 1 connection (per-request overhead)', connections: 1 });

    const results: ScenarioFigures[] = [];
    const loadAverages: number[] = [];
    for (const scenario of scenarios) {
      const conc = scenario.connections ?? connections;
      log(`\n${scenario.name}: warm-up ${warmupSeconds} s (query plans, JIT), then HTTP ${conc} connections × ${seconds} s…`);
      loadAverages.push(loadavg()[0] ?? 0);
      await httpLoad(server.url, scenario.path, { connections: conc, durationSeconds: warmupSeconds });
      await driverLoad(driver, scenario.query, () => toCypherParams(scenario.params()) as Record<string, unknown>, { connections: conc, durationSeconds: warmupSeconds });
      const http = await httpLoad(server.url, scenario.path, { connections: conc, durationSeconds: seconds });
      log(`  HTTP   ${fmt(http)}`);
      log(`  driver ${conc} workers × ${seconds} s…`);
      const direct = await driverLoad(driver, scenario.query, () => toCypherParams(scenario.params()) as Record<string, unknown>, { connections: conc, durationSeconds: seconds });
      log(`  driver ${fmt(direct)}`);
      log(`  HTTP/driver throughput ${(http.requestsPerSecond / direct.requestsPerSecond).toFixed(2)}, p99 ${(http.p99Ms / Math.max(direct.p99Ms, 0.001)).toFixed(2)}`);
      results.push({ name: scenario.name, http, direct });
    }
    const neighbors = results[0]?.http;
    if (neighbors) {
      const met = neighbors.p99Ms < 50 && neighbors.requestsPerSecond >= 500 && neighbors.errors === 0;
      log(`\ngoal neighbors p99 < 50 ms at ≥ 500 req/s, zero errors: ${met ? 'MET' : 'NOT MET'}`);
    }
    if (process.env.BENCH_WRITE !== '0') {
      writeServerSection(repoRoot, { seed, seconds, connections, nodes, relationships, results, date: new Date().toISOString(), loadAverages });
      log('wrote the Server section of BENCHMARKS.md');
    }
  } finally {
    await server?.stop();
    await driver.close();
    await neo.stop();
    log(`kept the graph in ${dataDir} for the next run (delete it to regenerate)`);
  }
}

function fmt(f: LoadFigures): string {
  const error = f.firstError ? `  first error: ${f.firstError}` : '';
  return `${f.requestsPerSecond.toFixed(0)} req/s  p50 ${f.p50Ms.toFixed(1)} ms  p99 ${f.p99Ms.toFixed(1)} ms  errors ${f.errors}  (${f.requests} requests)${error}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:server failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
