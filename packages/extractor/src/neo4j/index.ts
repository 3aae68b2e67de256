// The Neo4j edge of the extractor: the only folder that imports neo4j-driver.
export { ensureSchema, SCHEMA_STATEMENTS } from './schema';
export { writeBatch, writeDocument, eventRows, foldEntityRows, inRounds } from './write-batch';
export { planBatchMerges, sentenceEntities } from './batch-plan';
export type { BatchArticle } from './batch-plan';
export type { ArticleWrite, BatchWrite, WriteCounters, WriteSummary, EventPlanRow, RoleRow } from './write-batch';
export { documentRows, entityRow, eventLabel, foldForSearch } from './rows';
export type { DocumentRows, EntityRow, MentionRow, AffiliationRow } from './rows';
export { loadKnownEntities } from './known-entities';
export { readDecisions, overrideFromNode } from './curation-decisions';
export { GraphError, isGraphError, toGraphError } from './errors';
export type { GraphErrorCode } from './errors';
export { ingestDocument, ingestPaths } from './ingest';
export type { ExtractFn } from '../parallel/extract-pool';
export type { IngestedDocument, IngestPathsOptions, IngestProgress, IngestSummary, PlannedDocument, FileProblem } from './ingest';
export { openGraph } from './connect';
export type { GraphConnection, OpenGraphOptions } from './connect';
export { ingestCorpus, defaultWorkers } from './ingest-corpus';
export type { CorpusProblem, CorpusProgress, CorpusSummary, IngestCorpusOptions, WrittenArticle } from './ingest-corpus';
