/**
 * `pnpm start` on the embedded default: Neo4j comes up, the seeds are loaded once, the API
 * answers, a Cypher query through neo4j-driver returns, and Ctrl-C (SIGINT) leaves no Java
 * process behind. A second start on the same data folder keeps the graph.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { embeddedConnection, findFreePort, findRepoRoot, javaProcessesMentioning } from '@kg/embedded-neo4j';


const repoRoot = findRepoRoot();
const dataDir = mkdtempSync(join(tmpdir(), 'kg-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started { child: ChildProcess; output: string[]; url: string }

async function startApp(neo4jPort: number, httpPort: number): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PORT: String(neo4jPort), NEO4J_DATA_DIR: dataDir, PORT: String(httpPort) };
  delete env.NEO4J_URI; // the embedded default, not the test run's Neo4j
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/start.ts')], { cwd: repoRoot, env });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pnpm start did not get ready:\n${output.join('')}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const ready = /ready at (http:\/\/\S+)/.exec(output.join(''));
      if (ready) { clearTimeout(timer); resolve(ready[1]!); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`pnpm start exited (${code}):\n${output.join('')}`)); });
  });
  return { child, output, url };
}

function interrupt(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

it('brings up Neo4j and the server, loads the seeds once, and stops cleanly on Ctrl-C', async () => {
  const neo4jPort = await findFreePort();
  const first = await startApp(neo4jPort, await findFreePort());

  const health = await fetch(`${first.url}/api/health`);
  expect(health.status).toBe(200);
  const { uri, user, password } = embeddedConnection(dataDir, `bolt://127.0.0.1:${neo4jPort}`);
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
    expect(Number(records[0]?.get('n'))).toBe(5);
  } finally {
    await driver.close();
  }
  expect(first.output.join('')).toMatch(/loading seeds/);

  expect(await interrupt(first.child)).toBe(0);
  expect(javaProcessesMentioning(dataDir)).toEqual([]);

  const second = await startApp(neo4jPort, await findFreePort());
  expect(second.output.join('')).toMatch(/holds 5 article\(s\); seeds not reloaded/);
  expect(await interrupt(second.child)).toBe(0);
  expect(javaProcessesMentioning(dataDir)).toEqual([]);
}, 600_000);
