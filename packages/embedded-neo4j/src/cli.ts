/**
 * `pnpm neo4j:start | neo4j:stop | neo4j:status | neo4j:build`: the embedded Neo4j as a
 * background service for people who want it running between commands. The only console writer here.
 */
import { readDaemon, startDaemon, stopDaemon } from './daemon';
import { ensureLauncherBuilt } from './launcher-build';
import { launcherPaths } from './paths';
import { isEmbeddedNeo4jError } from './errors';
import { connectionFromEnv, embeddedSettingsFromEnv } from './config';
import { findRepoRoot } from './paths';

async function main(command: string | undefined): Promise<number> {
  const repoRoot = findRepoRoot();
  const settings = embeddedSettingsFromEnv(repoRoot);
  if (connectionFromEnv() && command !== 'build') {
    console.error('NEO4J_URI is set, so the embedded Neo4j is not used; unset it to manage the embedded one.');
    return 1;
  }
  switch (command) {
    case 'build': {
      // Fetches Neo4j once (CI and Docker-less first runs); later starts need no network.
      ensureLauncherBuilt(launcherPaths(repoRoot), (line) => console.error(line));
      console.log('The embedded Neo4j launcher is built (tools/neo4j-embedded/target).');
      return 0;
    }
    case 'start': {
      const { record, alreadyRunning } = await startDaemon({
        repoRoot, port: settings.port, dataDir: settings.dataDir, heap: settings.heap, pagecache: settings.pagecache,
        log: (line) => console.error(line),
      });
      console.log(alreadyRunning
        ? `Embedded Neo4j is already running at ${record.uri} (pid ${record.pid}).`
        : `Embedded Neo4j is running at ${record.uri} (pid ${record.pid}, data in ${settings.dataDir}). Stop it with pnpm neo4j:stop.`);
      return 0;
    }
    case 'stop': {
      const record = await stopDaemon(settings.dataDir);
      console.log(`Stopped the embedded Neo4j (pid ${record.pid}).`);
      return 0;
    }
    case 'status': {
      const record = readDaemon(settings.dataDir);
      console.log(record ? `running at ${record.uri} (pid ${record.pid}, since ${record.startedAt})` : 'not running');
      return record ? 0 : 3;
    }
    default:
      console.error('usage: pnpm neo4j:start | neo4j:stop | neo4j:status | neo4j:build');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(isEmbeddedNeo4jError(error) ? error.message : `neo4j: ${(error as Error).message}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  },
);
