/** Replaces the body of the "## Server" section of BENCHMARKS.md (and only that section). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadFigures } from './load';

export interface ScenarioFigures {
  readonly name: string;
  readonly http: LoadFigures;
  readonly direct: LoadFigures;
}

export interface ServerReport {
  readonly seed: number;
  readonly seconds: number;
  readonly connections: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly results: readonly ScenarioFigures[];
  readonly date: string;
  /** 1-minute load averages sampled before each row (other jobs on the machine show here). */
  readonly loadAverages: readonly number[];
}

const n0 = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
const ms = (value: number): string => value.toFixed(1);

export function renderServerSection(report: ServerReport): string {
  const rows = report.results.map((r) => {
    const ratio = r.http.requestsPerSecond / Math.max(r.direct.requestsPerSecond, 0.001);
    return `| ${r.name} | ${n0(r.http.requestsPerSecond)} | ${ms(r.http.p50Ms)} | ${ms(r.http.p99Ms)} | ${r.http.errors} | ${n0(r.direct.requestsPerSecond)} | ${ms(r.direct.p50Ms)} | ${ms(r.direct.p99Ms)} | ${r.direct.errors} | ${ratio.toFixed(2)} |`;
  });
  const neighbors = report.results[0]?.http;
  const goal = neighbors
    ? `Goal (neighbors p99 < 50 ms at ≥ 500 req/s, zero errors): **${neighbors.p99Ms < 50 && neighbors.requestsPerSecond >= 500 && neighbors.errors === 0 ? 'met' : 'not met'}** (p99 ${ms(neighbors.p99Ms)} ms at ${n0(neighbors.requestsPerSecond)} req/s).`
    : '';
  return [
    '',
    'Command: `pnpm bench:server` (env: `BENCH_SEED`, `BENCH_SECONDS`, `BENCH_CONNECTIONS`, `BENCH_HEAP`, `BENCH_WARMUP`, `BENCH_DATA_DIR`).',
    '',
    `Last run ${report.date.slice(0, 16).replace('T', ' ')} UTC on the shared 2-core machine: seed ${report.seed}, ` +
      `${n0(report.nodes)} nodes and ${n0(report.relationships)} relationships (synthetic, following the graph model) in an embedded ` +
      `Neo4j 5.26 (heap 2g, page cache 1g); the server (\`src/main.ts\`, its own process and driver, pool of 16 Neo4j connections) on 127.0.0.1 with request logging off; ` +
      `${report.connections} connections for ${report.seconds} s per row with autocannon, then the same Cypher through ` +
      `neo4j-driver with ${report.connections} concurrent workers for ${report.seconds} s. Load generator, server and Neo4j share the 2 cores.`,
    '',
    `1-minute load average on the 2 cores during the rows: ${report.loadAverages.map((l) => l.toFixed(1)).join(', ')} ` +
      '(above 2 means other jobs were competing for the CPU; compare the HTTP/driver ratio, measured under the same load, rather than absolute figures).',
    '',
    '| scenario | HTTP req/s | HTTP p50 ms | HTTP p99 ms | HTTP errors | driver req/s | driver p50 ms | driver p99 ms | driver errors | HTTP/driver throughput |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    goal,
    '',
  ].join('\n');
}

export function writeServerSection(repoRoot: string, report: ServerReport): void {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const text = readFileSync(file, 'utf8');
  const body = renderServerSection(report);
  const start = text.indexOf('\n## Server\n');
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n## Server\n${body}`);
    return;
  }
  const bodyStart = start + '\n## Server\n'.length;
  const next = text.indexOf('\n## ', bodyStart);
  writeFileSync(file, text.slice(0, bodyStart) + body + (next < 0 ? '' : text.slice(next)));
}
