// The Neo4j edge of the extractor: the only folder that imports neo4j-driver.
export { ensureSchema, SCHEMA_STATEMENTS } from './schema';
export { writeDocument, eventRows } from './write-document';
export type { WriteSummary, EventPlanRow, RoleRow } from './write-document';
export { documentRows, entityRow, eventLabel, foldForSearch } from './rows';
export type { DocumentRows, EntityRow, MentionRow, AffiliationRow } from './rows';
export { loadKnownEntities } from './known-entities';
export { readDecisions, overrideFromNode } from './curation-decisions';
export { GraphError, isGraphError, toGraphError } from './errors';
export type { GraphErrorCode } from './errors';
export { ingestDocument, ingestPaths } from './ingest';
export type { ExtractFn, IngestedDocument, IngestPathsOptions, IngestProgress, IngestSummary, PlannedDocument, FileProblem } from './ingest';
export { openGraph } from './connect';
export type { GraphConnection, OpenGraphOptions } from './connect';
