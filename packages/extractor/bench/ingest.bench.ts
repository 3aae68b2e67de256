/**
 * `pnpm bench:ingest [--events 100000] [--per-doc 100] [--baseline 2000] [--seed 42] [--write]`
 *
 * Relationships written per second into a fresh embedded Neo4j (own port, temp folder):
 * the batched writer (writeDocument: one transaction per article, UNWIND + MERGE) against
 * the baseline of one transaction per event, on the same repeatable synthetic events.
 * --write puts the figures into the "Ingest speed" section of BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { findFreePort, findRepoRoot, startEmbeddedNeo4j } from '@kg/embedded-neo4j';
import { ensureSchema, writeDocument } from '../src/neo4j';
import { writeEventByEvent } from './baseline-writer';
import { writeSection } from './benchmarks-file';
import { syntheticResults } from './synthetic-results';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    'per-doc': { type: 'string', default: '100' },
    baseline: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    heap: { type: 'string', default: '3g' },
    write: { type: 'boolean', default: false },
  },
});
const events = Number(values.events);
const perDoc = Number(values['per-doc']);
const baselineEvents = Number(values.baseline);
const seed = Number(values.seed);

const log = (line: string) => process.stderr.write(`${line}\n`);
const repoRoot = findRepoRoot();
const dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-ingest-'));
const port = await findFreePort();
log(`starting embedded Neo4j on 127.0.0.1:${port} (heap ${values.heap}, data ${dataDir})`);
const server = await startEmbeddedNeo4j({ repoRoot, port, dataDir, heap: values.heap, pagecache: '1g' });
const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.connection.user, server.connection.password), { disableLosslessIntegers: true });

try {
  await ensureSchema(driver);

  // Warm-up (not timed): query plans compiled, JIT warm, for both writers.
  for (const doc of syntheticResults({ seed: seed + 1000, events: 300, eventsPerDocument: perDoc })) {
    await writeDocument(driver, doc);
    await writeEventByEvent(driver, { ...doc, documentId: `${doc.documentId}-warm`, events: doc.events.map((e) => ({ ...e, id: `${e.id}-warm` })) }, 50);
  }

  // Baseline: one transaction per event, on a sample (its own seed, so no id is shared).
  let baseRels = 0;
  let baseDone = 0;
  let started = performance.now();
  for (const doc of syntheticResults({ seed: seed + 1, events: baselineEvents, eventsPerDocument: perDoc })) {
    const { events: n, relationships } = await writeEventByEvent(driver, doc);
    baseRels += relationships;
    baseDone += n;
  }
  const baseSeconds = (performance.now() - started) / 1000;
  const baseRate = baseRels / baseSeconds;
  log(`baseline: ${baseDone} events, ${baseRels} relationships in ${baseSeconds.toFixed(1)} s = ${baseRate.toFixed(0)} rel/s`);

  // Batched: every event, one transaction per document.
  let rels = 0;
  let nodes = 0;
  let done = 0;
  let merged = 0;
  let docs = 0;
  started = performance.now();
  for (const doc of syntheticResults({ seed, events, eventsPerDocument: perDoc })) {
    const summary = await writeDocument(driver, doc);
    rels += summary.relationshipsCreated;
    nodes += summary.nodesCreated;
    merged += summary.mergedEvents;
    done += doc.events.length;
    docs++;
    if (docs % 100 === 0) log(`  batched: ${done} events, ${rels} relationships, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = rels / seconds;
  const ratio = rate / baseRate;
  log(`batched: ${done} events in ${docs} documents, ${nodes} nodes, ${rels} relationships (${merged} reports merged) in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} rel/s`);

  const command = `pnpm bench:ingest --events ${events} --per-doc ${perDoc} --baseline ${baselineEvents} --seed ${seed}`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\``,
    `on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, embedded Neo4j 5.26 (heap ${values.heap}, page cache 1g), fresh database, schema ensured first.`,
    '',
    '| writer | events | transactions | relationships created | seconds | relationships/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| baseline: one transaction per event, one MERGE per row | ${baseDone} | ${baseDone} | ${baseRels} | ${baseSeconds.toFixed(1)} | ${baseRate.toFixed(0)} |`,
    `| batched: \`writeDocument\`, one transaction per article of ${perDoc} events, UNWIND + MERGE | ${done} | ${docs} | ${rels} | ${seconds.toFixed(1)} | ${rate.toFixed(0)} |`,
    '',
    `**Ratio batched / baseline: ${ratio.toFixed(1)}×** (target ≥ 10×). The batched run includes the cross-article`,
    `event merge (candidate read per article; ${merged} reports merged) and alias/search-text unions.`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  if (values.write) writeSection(join(repoRoot, 'BENCHMARKS.md'), '## Ingest speed', table);
} finally {
  await driver.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
