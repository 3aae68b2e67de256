import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedNeo4jError } from './errors';
import { isPortFree } from './free-port';
import { ensureLauncherBuilt } from './launcher-build';
import { launcherPaths } from './paths';
import { embeddedPassword } from './password';
import type { Neo4jConnection } from './config';

export interface EmbeddedNeo4jOptions {
  readonly repoRoot: string;
  readonly port: number;
  readonly dataDir: string;
  /** JVM heap, e.g. `1g`. */
  readonly heap?: string;
  /** Neo4j page cache, e.g. `256m`. */
  readonly pagecache?: string;
  /**
   * Detached: the JVM outlives this process (pnpm neo4j:start) and logs to dataDir/neo4j.log.
   * Attached: the JVM watches its stdin and stops when this process dies, so no orphan is left.
   */
  readonly detached?: boolean;
  readonly log?: (line: string) => void;
  readonly startTimeoutMs?: number;
  /** Aborting stops a JVM that is still starting (Ctrl-C during `pnpm start`). */
  readonly signal?: AbortSignal;
}

export interface RunningNeo4j {
  readonly uri: string;
  /** The URI with the user and the generated password (authentication is on). */
  readonly connection: Neo4jConnection;
  readonly pid: number;
  /** Stops the JVM (SIGTERM, then SIGKILL after the grace period) and resolves when it is gone. */
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 60_000;

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<RunningNeo4j> {
  const log = options.log ?? (() => {});
  const paths = launcherPaths(options.repoRoot);
  ensureLauncherBuilt(paths, log);
  if (!(await isPortFree(options.port))) {
    throw new EmbeddedNeo4jError(
      'PORT_IN_USE',
      `Port ${options.port} is already in use: stop what listens there (pnpm neo4j:stop if it is ours), choose another with NEO4J_PORT, or point NEO4J_URI at that server.`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const password = embeddedPassword(options.dataDir);
  // The password goes through the environment: a command line is readable by every local user.
  const env = { ...process.env, NEO4J_EMBEDDED_PASSWORD: password };

  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-cp',
    `${paths.classesDir}:${join(paths.libDir, '*')}`,
    'kg.neo4j.EmbeddedNeo4j',
    '--port', String(options.port),
    '--data', options.dataDir,
    '--pagecache', options.pagecache ?? '256m',
  ];
  if (!options.detached) args.push('--watch-stdin');

  let child: ChildProcess;
  if (options.detached) {
    const logFd = openSync(join(options.dataDir, 'neo4j.log'), 'a');
    child = spawn('java', args, { detached: true, stdio: ['ignore', 'pipe', logFd], env });
    closeSync(logFd);
  } else {
    child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  }

  const abort = () => child.kill('SIGTERM');
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort, { once: true });
  let uri: string;
  try {
    uri = await waitForReady(child, options.startTimeoutMs ?? 180_000);
  } catch (error) {
    if (options.signal?.aborted) {
      throw new EmbeddedNeo4jError('INTERRUPTED', 'Stopped while Neo4j was starting; nothing was written.', { cause: error });
    }
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  if (options.detached) {
    // Let the daemon run on alone: stop reading its stdout and forget the handle.
    child.stdout?.destroy();
    child.unref();
  }
  const pid = child.pid ?? -1;
  return { uri, connection: { uri, user: 'neo4j', password }, pid, stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const stderrTail: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => {
      stderrTail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      stderrTail.splice(0, Math.max(0, stderrTail.length - 10));
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError('START_TIMEOUT', `Neo4j did not start within ${timeoutMs / 1000} s; see the data folder's logs.`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('NEO4J_READY ')) {
        clearTimeout(timer);
        resolvePromise(line.slice('NEO4J_READY '.length).trim());
      } else if (line.startsWith('NEO4J_ERROR ')) {
        clearTimeout(timer);
        const message = line.slice('NEO4J_ERROR '.length).trim();
        const code = message.includes('already in use') && message.startsWith('port')
          ? 'PORT_IN_USE'
          : message.includes('data directory') ? 'DATA_DIR_LOCKED' : 'START_FAILED';
        reject(new EmbeddedNeo4jError(code, `Neo4j could not start: ${message}.`));
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError('START_FAILED', `Could not run java: ${error.message}`, { cause: error }));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const why = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      const errorCode = signal === 'SIGINT' || signal === 'SIGTERM' ? 'INTERRUPTED' : 'START_FAILED';
      // A no-op when the promise already settled.
      reject(new EmbeddedNeo4jError(errorCode, `Neo4j ${why} before it was ready. ${stderrTail.slice(-3).join(' | ')}`.trim()));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
