import neo4j from 'neo4j-driver';
import { resetDatabase } from '@kg/testing';
import { generateGraph } from './generate-graph';
import { writeGraph } from './write-graph';
import { NEIGHBORS_DEPTH_1 } from '../src/routes/nodes';
import { toCypherParams } from '../src/neo4j/cypher-params';
const d = neo4j.driver('bolt://127.0.0.1:7795', neo4j.auth.basic('neo4j','neo4j'), { disableLosslessIntegers: true });
if (process.argv[2] === 'write') {
  await resetDatabase(d);
  await writeGraph(d, generateGraph(42, { countries: 40, organizations: 800, people: 2800, places: 1200, documents: 1200, events: 14000 }), console.log);
}
const p = toCypherParams({ id: process.argv[3] ?? 'country-000001', types: null, relTypes: null, fetch: 51 }) as any;
for (let i = 0; i < 3; i++) { const t = performance.now(); await d.executeQuery(NEIGHBORS_DEPTH_1, p); console.log('ms', performance.now() - t); }
const r = await d.executeQuery('PROFILE ' + NEIGHBORS_DEPTH_1, p);
const walk = (pl: any, depth = 0): void => { console.log(' '.repeat(depth*2) + pl.operatorType, pl.dbHits, pl.rows, (pl.arguments?.Details ?? '').slice(0, 100)); for (const c of pl.children) walk(c, depth + 1); };
walk(r.summary.profile);
await d.close();
