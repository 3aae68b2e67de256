import { defaultDataDir } from './paths';

/** Where the app's Neo4j is: the only thing the rest of the code ever sees is a Bolt URI. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

export interface EmbeddedSettings {
  readonly port: number;
  readonly dataDir: string;
  readonly heap: string;
  readonly pagecache: string;
}

/** NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or null when no URI is set (then the embedded one is used). */
export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  return { uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? 'neo4j' };
}

export function embeddedSettingsFromEnv(repoRoot: string, env: NodeJS.ProcessEnv = process.env): EmbeddedSettings {
  const port = Number(env.NEO4J_PORT ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`NEO4J_PORT=${env.NEO4J_PORT} is not a port number (1–65535).`);
  }
  return {
    port,
    dataDir: env.NEO4J_DATA_DIR ?? defaultDataDir(repoRoot),
    heap: env.NEO4J_HEAP ?? '1g',
    pagecache: env.NEO4J_PAGECACHE ?? '256m',
  };
}
