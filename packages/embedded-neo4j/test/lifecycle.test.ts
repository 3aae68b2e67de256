/**
 * The embedded Neo4j's failure modes each give a clear, coded message: a port in use, a data
 * folder already in use, starting twice, stopping mid-start, a missing Java.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkJava, findFreePort, findRepoRoot, readDaemon, startDaemon, startEmbeddedNeo4j, stopDaemon,
  type EmbeddedNeo4jError,
} from '../src';
import { javaProcessesMentioning } from '../src/java-processes';

const repoRoot = findRepoRoot();
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-lifecycle-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('refuses a port already in use, naming the port and what to do', async () => {
  const port = await findFreePort();
  const holder: Server = createServer();
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  try {
    const attempt = startEmbeddedNeo4j({ repoRoot, port, dataDir: tempDir() });
    await expect(attempt).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} is already in use.*NEO4J_PORT`));
  } finally {
    holder.close();
  }
});

it('says what to install when java is missing, in one line with no stack trace', () => {
  expect(() => checkJava({ PATH: '/nonexistent' })).toThrow(expect.objectContaining({ code: 'JAVA_MISSING' }));
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'packages/embedded-neo4j/src/cli.ts'), 'start'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: '/nonexistent', NEO4J_DATA_DIR: tempDir(), HOME: process.env.HOME },
  });
  expect(cli.status).toBe(1);
  expect(cli.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Java 17\+ is needed .*install it.*NEO4J_URI/)]);
});

it('stops a Neo4j that is still starting when asked to, leaving no Java process', async () => {
  const dataDir = tempDir();
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1500);
  const attempt = startEmbeddedNeo4j({ repoRoot, port: await findFreePort(), dataDir, signal: controller.signal });
  await expect(attempt).rejects.toMatchObject({ code: 'INTERRUPTED' } satisfies Partial<EmbeddedNeo4jError>);
  await new Promise((r) => setTimeout(r, 500));
  expect(javaProcessesMentioning(dataDir)).toEqual([]);
});

it('runs as a daemon once per data folder: a second start reuses it, a second Neo4j on the folder is refused', async () => {
  const dataDir = tempDir();
  const port = await findFreePort();
  const first = await startDaemon({ repoRoot, port, dataDir, heap: '512m', pagecache: '64m' });
  try {
    expect(first.alreadyRunning).toBe(false);
    expect(readDaemon(dataDir)?.pid).toBe(first.record.pid);

    const second = await startDaemon({ repoRoot, port, dataDir });
    expect(second).toEqual({ record: first.record, alreadyRunning: true });

    const rival = startEmbeddedNeo4j({ repoRoot, port: await findFreePort(), dataDir, heap: '512m', pagecache: '64m' });
    await expect(rival).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED' });
    await expect(rival).rejects.toThrow(/in use by another Neo4j.*pnpm neo4j:stop/);
  } finally {
    await stopDaemon(dataDir);
  }
  expect(readDaemon(dataDir)).toBeNull();
  expect(javaProcessesMentioning(dataDir)).toEqual([]);
  await expect(stopDaemon(dataDir)).rejects.toMatchObject({ code: 'NOT_RUNNING' });
}, 180_000);
