// Public API of the extractor: the pure pipeline, the reading edge, the contract, and (from
// ./neo4j) the Neo4j side (schema, writer, ingest).
export { createExtractContext, rememberEntities } from './context';
export type { ExtractContext, ExtractContextOptions } from './context';
export { extractDocument } from './extract-document';
export { readArticles, decodeArticle, checkArticleText } from './read-articles';
export { extractPaths } from './run';
export type { ExtractPathsOptions, ExtractPathsOutcome } from './run';
export type { ReadArticlesOptions, ReadOutcome } from './read-articles';
export { toContract } from './to-contract';
export * from './neo4j';
export { applyDecisions, needsReview, resolveMerge, NO_DECISIONS } from './curation/apply-decisions';
export type { AppliedDecisions } from './curation/apply-decisions';
export { foldName, arabicKey, keyStrength } from './text-keys';
