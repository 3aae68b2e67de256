// Public API of the extractor. The Neo4j side (schema, writer, ingest) comes from ./neo4j.
export * from './neo4j';
