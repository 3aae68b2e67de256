/**
 * Read → extract → write, one article at a time: the graph's entities seed the extractor's
 * context (a new "Putin" joins the stored "Vladimir Putin"), the context grows with every
 * article, and each article is written in its own transaction. Used by `kg ingest` and by
 * the server's `POST /api/documents`.
 */
import type { Driver } from 'neo4j-driver';
import type { DocumentResult, RawArticle } from '@kg/model';
import { createExtractContext, rememberEntities, type ExtractContext, type ExtractContextOptions } from '../context';
import { extractDocument } from '../extract-document';
import type { ExtractFn } from '../parallel/extract-pool';
import { readArticles } from '../read-articles';
import { isGraphError, toGraphError, type GraphError } from './errors';
import { loadKnownEntities } from './known-entities';
import { documentRows } from './rows';
import { ensureSchema } from './schema';
import { writeDocument, type ArticleWrite, type WriteCounters, type WriteSummary } from './write-batch';


export interface IngestedDocument extends ArticleWrite {
  readonly title: string;
  readonly entities: number;
  readonly events: number;
}

/** An article written in its own transaction: the transaction's counters are its own. */
export type CountedDocument = IngestedDocument & WriteCounters;

function ingested(result: DocumentResult, write: WriteSummary): CountedDocument {
  return { ...write, title: result.title, entities: result.entities.length, events: result.events.length };
}

/** One article, given as text: load what the graph knows, extract, write. */
export async function ingestDocument(driver: Driver, raw: RawArticle, options: { extract?: ExtractFn } = {}): Promise<CountedDocument> {
  const known = await loadKnownEntities(driver).catch((error: unknown) => {
    throw toGraphError(error);
  });
  const result = (options.extract ?? extractDocument)(raw, createExtractContext({ knownEntities: known }));
  return ingested(result, await writeDocument(driver, result));
}

export interface IngestPathsOptions {
  /** ISO day for articles that carry no date of their own. */
  readonly published?: string | null;
  readonly maxBytes?: number;
  /** Extract and plan, write nothing (the driver is then not used and may be null). */
  readonly dryRun?: boolean;
  readonly extract?: ExtractFn;
  /** Context settings besides the known entities (e.g. `gazetteer: null` to skip loading it). */
  readonly context?: Omit<ExtractContextOptions, 'knownEntities'>;
  /** Called after every file, written, skipped or failed. */
  readonly onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  readonly file: string;
  readonly outcome: 'written' | 'planned' | 'skipped' | 'failed';
  readonly filesSeen: number;
}

/** What a dry run would have written for one article. */
export interface PlannedDocument {
  readonly documentId: string;
  readonly file: string;
  readonly title: string;
  readonly entities: number;
  readonly events: number;
  readonly mentions: number;
  readonly affiliations: number;
  readonly warnings: readonly string[];
}

export interface FileProblem {
  readonly file: string;
  readonly reason: string;
  /** Set when the problem was the graph (a GraphError code), so callers can tell the two apart. */
  readonly code?: string;
}

export interface IngestSummary {
  readonly written: readonly CountedDocument[];
  readonly planned: readonly PlannedDocument[];
  readonly skipped: readonly FileProblem[];
  readonly failed: readonly FileProblem[];
  /** Distinct entity and event ids among the written (or planned) articles. */
  readonly entities: number;
  readonly events: number;
  readonly nodesCreated: number;
  readonly relationshipsCreated: number;
  readonly mergedEvents: number;
}

function plannedOf(result: DocumentResult): PlannedDocument {
  const rows = documentRows(result);
  return {
    documentId: result.documentId,
    file: result.file,
    title: result.title,
    entities: rows.mentions.length,
    events: result.events.length,
    mentions: rows.mentions.reduce((n, m) => n + m.count, 0),
    affiliations: rows.affiliations.length,
    warnings: [...result.warnings, ...rows.warnings],
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Streams the articles under `paths` into the graph. One article's failure is reported and
 * the run goes on; once Neo4j is unreachable the remaining articles are reported as not
 * written (a re-run writes them: writing is idempotent) instead of each waiting out the
 * driver's retries.
 */
export async function ingestPaths(driver: Driver | null, paths: readonly string[], options: IngestPathsOptions = {}): Promise<IngestSummary> {
  const graph = options.dryRun === true ? null : driver;
  const extract = options.extract ?? extractDocument;
  let known: Awaited<ReturnType<typeof loadKnownEntities>> = [];
  if (graph) {
    try {
      await ensureSchema(graph);
      known = await loadKnownEntities(graph);
    } catch (error) {
      throw toGraphError(error);
    }
  }
  const ctx = createExtractContext({ ...options.context, knownEntities: known });
  const written: CountedDocument[] = [];
  const planned: PlannedDocument[] = [];
  const skipped: FileProblem[] = [];
  const failed: FileProblem[] = [];
  const entityIds = new Set<string>();
  const eventIds = new Set<string>();
  let down: GraphError | null = null;
  let filesSeen = 0;
  const report = (file: string, outcome: IngestProgress['outcome']) => options.onProgress?.({ file, outcome, filesSeen: ++filesSeen });

  for await (const outcome of readArticles(paths, { published: options.published ?? null, maxBytes: options.maxBytes })) {
    if (!outcome.ok) {
      skipped.push({ file: outcome.file, reason: outcome.reason });
      report(outcome.file, 'skipped');
      continue;
    }
    const { file } = outcome.article;
    let result: DocumentResult;
    try {
      result = extract(outcome.article, ctx);
    } catch (error) {
      failed.push({ file, reason: `extraction failed: ${messageOf(error)}` });
      report(file, 'failed');
      continue;
    }
    rememberEntities(ctx, result);
    if (!graph) {
      planned.push(plannedOf(result));
      for (const { entity } of result.entities) entityIds.add(entity.id);
      for (const event of result.events) eventIds.add(event.id);
      report(file, 'planned');
      continue;
    }
    if (down) {
      failed.push({ file, reason: `not written, Neo4j became unreachable earlier in this run; re-run to write it`, code: down.code });
      report(file, 'failed');
      continue;
    }
    try {
      const summary = ingested(result, await writeDocument(graph, result));
      written.push(summary);
      for (const id of summary.entityIds) entityIds.add(id);
      for (const id of summary.eventIds) eventIds.add(id);
      report(file, 'written');
    } catch (error) {
      const graphError = isGraphError(error) ? error : toGraphError(error);
      if (graphError.code === 'NEO4J_UNAVAILABLE' || graphError.code === 'NEO4J_AUTH') down = graphError;
      failed.push({ file, reason: graphError.message, code: graphError.code });
      report(file, 'failed');
    }
  }
  return {
    written,
    planned,
    skipped,
    failed,
    entities: entityIds.size,
    events: eventIds.size,
    nodesCreated: written.reduce((n, w) => n + w.nodesCreated, 0),
    relationshipsCreated: written.reduce((n, w) => n + w.relationshipsCreated, 0),
    mergedEvents: written.reduce((n, w) => n + w.mergedEvents, 0),
  };
}
