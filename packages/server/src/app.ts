/**
 * createApp(deps): the whole Express app, in the order requests meet it. It never listens
 * (supertest and startServer do that) and owns no driver (the caller does).
 */
import express, { type Express, type RequestHandler } from 'express';
import cors from 'cors';
import type { Driver } from 'neo4j-driver';
import { pino, type Logger } from 'pino';
import { createDocumentIngester } from '@kg/extractor';
import { authenticate, authState, requireRole } from './auth/authenticate';
import { TokenRegistry, type TokenEntry } from './auth/token-registry';
import { createMeRouter } from './auth/me-route';
import { createConsoleRunner } from './cypher/console-runner';
import { DEFAULT_BYTE_CAP } from './cypher/run-console-query';
import { createExtractionPool, type ExtractionPool } from './extraction/extraction-pool';
import { pooledIngest } from './extraction/pooled-ingest';
import { createCurationRouter } from './curation/curation-routes';
import { createErrorHandler } from './middleware/error-handler';
import { createExplorerStatic } from './middleware/explorer-static';
import { apiNotFound } from './middleware/not-found';
import { createRateLimit } from './middleware/rate-limits';
import { requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { createOpenApiDocument } from './openapi/openapi-document';
import { createCypherRouter } from './routes/cypher';
import { createDocumentsRouter, type IngestDocument } from './routes/documents';
import { createEventsRouter } from './routes/events';
import { createEvidenceRouter } from './routes/evidence';
import { createExportRouter } from './routes/export';
import { createExportImageRouter } from './routes/export-image';
import { createHealthRouter } from './routes/health';
import { createNetworkRouter, type NetworkCache } from './routes/network';
import { createTimelineRouter } from './routes/timeline';
import { SingleFlightCache } from './cache/single-flight-cache';
import { createNodesRouter } from './routes/nodes';
import { createPathsRouter } from './routes/paths';
import { createSchemaRouter } from './routes/schema';
import { createSearchRouter } from './routes/search';
import { createStatsRouter } from './routes/stats';

export interface AppDeps {
  readonly driver: Driver;
  /** Folder with the built explorer, served at `/` (omit to serve the API only). */
  readonly explorerDir?: string;
  /** The single legacy admin token (KG_API_TOKEN); with no tokens at all, writes answer 403. */
  readonly writeToken?: string;
  /** Named tokens with roles (KG_TOKENS_FILE). */
  readonly tokens?: readonly TokenEntry[];
  /** Per-query timeout for console and export queries (default 10 s). */
  readonly cypherTimeoutMs?: number;
  /** Row cap for the console (default 5,000). */
  readonly cypherRowCap?: number;
  /** Byte cap on the rows of one console answer (default 8 MB). */
  readonly cypherByteCap?: number;
  /** Console statements running at once (default 2) and waiting (default 8), server-wide. */
  readonly consoleConcurrency?: number;
  readonly consoleQueue?: number;
  /** Let the console run SHOW …, db.info and db.schema.* (default false). */
  readonly consoleIntrospection?: boolean;
  /** Allowed CORS origin(s); CORS stays off when absent. */
  readonly corsOrigin?: string | readonly string[];
  /** JSON body limit (default 1mb; articles are limited to 200,000 characters). */
  readonly bodyLimit?: string;
  /** Console requests per client per minute (default 60) and writes per minute (default 20). */
  readonly cypherRateLimit?: number;
  readonly writeRateLimit?: number;
  readonly logger?: Logger;
  /** How long actor-network answers are shared (default 30 s; 0 turns the cache off). Writes through this server clear it. */
  readonly networkCacheMs?: number;
  /** Log each request (default true; the benchmark turns it off). */
  readonly logRequests?: boolean;
  /** Read → extract → write for one posted article; defaults to pooledIngest over `extractionPool`. */
  readonly ingestDocument?: IngestDocument;
  /** Worker threads for extraction; createApp makes one (threads end when idle) when absent. */
  readonly extractionPool?: ExtractionPool;
}

const MINUTE = 60_000;


/**
 * Posted articles are extracted in the pool and written through the same batch writer as
 * `kg ingest`, with the known-entity context loaded once per app and kept current (not
 * re-read from Neo4j on every request).
 */
function defaultIngest(driver: Driver, pool: ExtractionPool): IngestDocument {
  const documents = createDocumentIngester(driver);
  return pooledIngest(pool, (_driver, result) => documents.write(result), () => documents.knownEntities());
}

export function createApp(deps: AppDeps): Express {
  const logger = deps.logger ?? pino({ level: process.env.LOG_LEVEL ?? 'info' });
  const limits = { timeoutMs: deps.cypherTimeoutMs ?? 10_000, rowCap: deps.cypherRowCap ?? 5_000 };
  const cypherConsole = createConsoleRunner(deps.driver, {
    ...limits,
    byteCap: deps.cypherByteCap ?? DEFAULT_BYTE_CAP,
    policy: { allowIntrospection: deps.consoleIntrospection ?? false },
    concurrency: deps.consoleConcurrency ?? 2,
    queue: deps.consoleQueue ?? 8,
  });
  // One budget per client for everything that runs user-written Cypher, whatever the endpoint.
  const consoleBudget = createRateLimit({ limit: deps.cypherRateLimit ?? 60, windowMs: MINUTE, what: 'console (Cypher console and export-by-query)' });
  const queryExportBudget: RequestHandler = (req, res, next) => (req.query.query === undefined ? next() : consoleBudget(req, res, next));
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');

  if (deps.logRequests !== false) app.use(requestLog(logger));
  app.use(securityHeaders());
  if (deps.corsOrigin) app.use('/api', cors({ origin: deps.corsOrigin as string | string[], methods: ['GET', 'POST', 'PATCH', 'DELETE'], maxAge: 600 }));
  app.use('/api', express.json({ limit: deps.bodyLimit ?? '1mb' }));

  const networkCache: NetworkCache = new SingleFlightCache(deps.networkCacheMs ?? 30_000);
  const registry = new TokenRegistry(deps.tokens ?? [], deps.writeToken);
  const editor = requireRole(registry, 'editor');
  const api = express.Router();
  api.use(authenticate(registry));
  api.use('/me', createMeRouter(registry));
  // Health details are for any signed-in token holder.
  api.use('/health', createHealthRouter(deps.driver, (req) => req.res !== undefined && authState(req.res).credential === 'valid'));
  api.use('/stats', createStatsRouter(deps.driver));
  api.use('/search', createSearchRouter(deps.driver));
  api.use('/actors', createNetworkRouter(deps.driver, networkCache), createTimelineRouter(deps.driver));
  api.use(createEvidenceRouter(deps.driver)); // before /nodes: it owns /nodes/:id/evidence
  api.use('/nodes', createNodesRouter(deps.driver));
  api.use('/paths', createPathsRouter(deps.driver));
  api.use('/events', createEventsRouter(deps.driver));
  // Curation (corrections, merges, the change log): reads open, writes for editors.
  api.use(createCurationRouter(deps.driver, editor, () => networkCache.clear()));
  api.use('/schema', createSchemaRouter(deps.driver));
  api.use('/cypher', consoleBudget, createCypherRouter(cypherConsole));
  api.use(
    '/documents',
    // The role check comes first: requests with no or a bad token are not counted as writes.
    editor,
    createRateLimit({ limit: deps.writeRateLimit ?? 20, windowMs: MINUTE, what: 'write' }),
    createDocumentsRouter(deps.driver, deps.ingestDocument ?? defaultIngest(deps.driver, deps.extractionPool ?? createExtractionPool()), () => networkCache.clear(), deps.bodyLimit ?? '1mb'),
  );
  // The image export is its own module; mounted before /export so its path wins.
  api.use('/export/image', queryExportBudget, createExportImageRouter({ driver: deps.driver, limits, console: cypherConsole }));
  api.use('/export', queryExportBudget, createExportRouter(deps.driver, cypherConsole));
  const openApi = createOpenApiDocument();
  api.get('/openapi.json', (_req, res) => { res.json(openApi); });
  api.use(apiNotFound);
  app.use('/api', api);

  if (deps.explorerDir) app.use(createExplorerStatic(deps.explorerDir));
  app.use(createErrorHandler(logger));
  return app;
}
