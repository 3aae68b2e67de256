/** Environment → validated server configuration (zod), with the message naming the bad variable. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseTokenLines, type TokenEntry } from './auth/token-registry';

const EnvSchema = z.object({
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI').default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  // Neo4j on a small machine answers more queries per second with a few in flight than with
  // many: requests beyond the pool wait for a connection instead of crowding the database.
  KG_NEO4J_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(16),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  KG_API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** A file of `name:role:token-hash` lines (hashes from `pnpm token hash`). */
  KG_TOKENS_FILE: z.string().optional(),
  /** The same lines in the environment, separated by newlines or commas. */
  KG_TOKENS: z.string().optional(),
  KG_CORS_ORIGIN: z.string().optional(),
  KG_CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  KG_CYPHER_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(5_000),
  KG_CYPHER_BYTE_CAP: z.coerce.number().int().min(1_024).max(1_073_741_824).default(8 * 1024 * 1024),
  KG_CONSOLE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  KG_CONSOLE_QUEUE: z.coerce.number().int().min(0).max(1_000).default(8),
  KG_CONSOLE_INTROSPECTION: z.enum(['true', 'false', '1', '0']).default('false'),
  KG_CYPHER_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  KG_WRITE_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  KG_NETWORK_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  KG_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'like 1mb or 500kb').default('1mb'),
  KG_EXPLORER_DIR: z.string().optional(),
  KG_LOG_REQUESTS: z.enum(['true', 'false', '1', '0']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface ServerConfig {
  readonly neo4j: { readonly uri: string; readonly user: string; readonly password: string; readonly poolSize: number };
  readonly port: number;
  readonly host: string;
  readonly writeToken?: string;
  /** Named tokens with roles (KG_TOKENS_FILE and KG_TOKENS). */
  readonly tokens: readonly TokenEntry[];
  readonly corsOrigin?: string[];
  readonly cypherTimeoutMs: number;
  readonly cypherRowCap: number;
  readonly cypherByteCap: number;
  readonly consoleConcurrency: number;
  readonly consoleQueue: number;
  readonly consoleIntrospection: boolean;
  readonly cypherRateLimit: number;
  readonly writeRateLimit: number;
  readonly bodyLimit: string;
  readonly networkCacheMs: number;
  readonly explorerDir?: string;
  readonly logLevel: string;
  /** One log line per request (turn off for load tests). */
  readonly logRequests: boolean;
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  // Empty variables count as unset (a blank KG_API_TOKEN= must not become a valid token).
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid server configuration: ${details}. Fix the environment variables and start again.`);
  }
  const e = parsed.data;
  return {
    tokens: loadTokens(e.KG_TOKENS_FILE, e.KG_TOKENS),
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, poolSize: e.KG_NEO4J_POOL_SIZE },
    port: e.PORT,
    host: e.HOST,
    ...(e.KG_API_TOKEN ? { writeToken: e.KG_API_TOKEN } : {}),
    ...(e.KG_CORS_ORIGIN ? { corsOrigin: e.KG_CORS_ORIGIN.split(',').map((o) => o.trim()).filter(Boolean) } : {}),
    cypherTimeoutMs: e.KG_CYPHER_TIMEOUT_MS,
    cypherRowCap: e.KG_CYPHER_ROW_CAP,
    cypherByteCap: e.KG_CYPHER_BYTE_CAP,
    consoleConcurrency: e.KG_CONSOLE_CONCURRENCY,
    consoleQueue: e.KG_CONSOLE_QUEUE,
    consoleIntrospection: e.KG_CONSOLE_INTROSPECTION === 'true' || e.KG_CONSOLE_INTROSPECTION === '1',
    cypherRateLimit: e.KG_CYPHER_RATE_LIMIT,
    writeRateLimit: e.KG_WRITE_RATE_LIMIT,
    bodyLimit: e.KG_BODY_LIMIT,
    networkCacheMs: e.KG_NETWORK_CACHE_MS,
    ...(e.KG_EXPLORER_DIR ? { explorerDir: e.KG_EXPLORER_DIR } : {}),
    logLevel: e.LOG_LEVEL,
    logRequests: e.KG_LOG_REQUESTS === 'true' || e.KG_LOG_REQUESTS === '1',
  };
}

function loadTokens(file: string | undefined, inline: string | undefined): TokenEntry[] {
  const entries: TokenEntry[] = [];
  try {
    if (file) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      entries.push(...parseTokenLines(text, `KG_TOKENS_FILE ${file}`));
    }
    if (inline) entries.push(...parseTokenLines(inline.replace(/,/g, '\n'), 'KG_TOKENS'));
  } catch (error) {
    throw new Error(`Invalid server configuration: ${(error as Error).message}. Fix the tokens and start again.`);
  }
  const names = entries.map((entry) => entry.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new Error(`Invalid server configuration: the token name ${twice} is configured twice (KG_TOKENS_FILE and KG_TOKENS).`);
  return entries;
}
