import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4jError } from './errors';
import { startEmbeddedNeo4j, type EmbeddedNeo4jOptions } from './start';

/** What `pnpm neo4j:start` leaves behind so `stop`, `status` and `pnpm start` can find it. */
export interface DaemonRecord {
  readonly pid: number;
  readonly port: number;
  readonly uri: string;
  readonly startedAt: string;
}

const pidFile = (dataDir: string) => join(dataDir, 'embedded-neo4j.json');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running daemon of this data folder, or null (a stale record is removed). */
export function readDaemon(dataDir: string): DaemonRecord | null {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as DaemonRecord;
    if (isAlive(record.pid)) return record;
  } catch {
    // unreadable record: treat as stale
  }
  rmSync(file, { force: true });
  return null;
}

export async function startDaemon(options: Omit<EmbeddedNeo4jOptions, 'detached'>): Promise<{ record: DaemonRecord; alreadyRunning: boolean }> {
  const existing = readDaemon(options.dataDir);
  if (existing) return { record: existing, alreadyRunning: true };
  const running = await startEmbeddedNeo4j({ ...options, detached: true });
  const record: DaemonRecord = { pid: running.pid, port: options.port, uri: running.uri, startedAt: new Date().toISOString() };
  writeFileSync(pidFile(options.dataDir), JSON.stringify(record, null, 2));
  return { record, alreadyRunning: false };
}

export async function stopDaemon(dataDir: string, graceMs = 60_000): Promise<DaemonRecord> {
  const record = readDaemon(dataDir);
  if (!record) throw new EmbeddedNeo4jError('NOT_RUNNING', `No embedded Neo4j is running for ${dataDir}.`);
  process.kill(record.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(record.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(record.pid)) process.kill(record.pid, 'SIGKILL');
  rmSync(pidFile(dataDir), { force: true });
  return record;
}
