/** The OpenAPI 3.1 description served at /api/openapi.json (data, kept beside the routes it lists). */

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const q = (name: string, description: string, schema: object = str, required = false) => ({ name, in: 'query', required, description, schema });
const idPath = { name: 'id', in: 'path', required: true, description: 'A node id (the stable `id` property, e.g. `vladimir-putin`).', schema: str };

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), json(ref('ApiError'), ERROR_TEXT[status] ?? 'Error')]));

const ERROR_TEXT: Record<number, string> = {
  400: 'Bad parameters or Cypher syntax error (with position)',
  401: 'Missing or wrong bearer token',
  403: 'Refused: writes disabled, or the query is not read-only',
  404: 'Unknown id',
  408: 'The query ran past its timeout',
  413: 'Body too large',
  422: 'The article could not be extracted',
  429: 'Rate limited',
  503: 'Neo4j unreachable (Retry-After set)',
};

const LIST = 'Comma-separated list (or repeat the parameter).';

export function createOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Knowledge-graph API', version: '0.1.0', description: 'News articles → actors, events and places in Neo4j.' },
    paths: {
      '/api/health': { get: { summary: 'Up or down and Neo4j latency; version and address only with the bearer token', responses: { '200': json({ type: 'object' }), ...errors(503) } } },
      '/api/stats': { get: { summary: 'Counts per label and relationship type, articles, date range', responses: { '200': json({ type: 'object' }), ...errors(503) } } },
      '/api/search': { get: {
        summary: 'Full-text and fuzzy search over entity names and aliases, ranked',
        parameters: [q('q', 'Search text', str, true), q('types', `Node labels to keep. ${LIST}`), q('limit', '1–100, default 20', int)],
        responses: { '200': json({ type: 'object' }), ...errors(400, 503) } } },
      '/api/actors/network': { get: {
        summary: 'Actor network: one edge per pair of actors sharing events (count, CAMEO codes, quad-class mix, dates)',
        parameters: [q('types', `Actor labels (Person, Organization, Country). ${LIST}`), q('eventTypes', `CAMEO roots 01–20, cooperation or conflict. ${LIST}`),
          q('from', 'ISO day'), q('to', 'ISO day'), q('minEvents', 'default 1', int), q('rollup', 'Roll people and state bodies (armed forces, ministries) up into the actor they serve', { type: 'boolean' }), q('limit', 'Max edges, default 2000', int)],
        responses: { '200': json(ref('GraphPayload')), ...errors(400, 503) } } },
      '/api/nodes/{id}': { get: { summary: 'One node with properties, aliases and provenance sentences', parameters: [idPath], responses: { '200': json({ type: 'object' }), ...errors(400, 404, 503) } } },
      '/api/nodes/{id}/neighbors': { get: {
        summary: 'Neighbourhood expansion with a cap and a truncated flag',
        parameters: [idPath, q('depth', '1–3, default 1', int), q('limit', 'Max neighbour nodes, 1–1000, default 50', int), q('types', `Neighbour labels. ${LIST}`), q('relTypes', `Relationship types. ${LIST}`)],
        responses: { '200': json(ref('GraphPayload')), ...errors(400, 404, 503) } } },
      '/api/paths': { get: {
        summary: 'All shortest paths between two nodes',
        parameters: [q('from', 'Node id', str, true), q('to', 'Node id', str, true), q('maxLength', '1–8, default 6', int), q('relTypes', `Default AGENT_IN, TARGETS, AT, AFFILIATED_WITH. ${LIST}`), q('limit', 'Max paths, default 10', int)],
        responses: { '200': json({ type: 'object' }), ...errors(400, 404, 503) } } },
      '/api/events': { get: {
        summary: 'Events for a timeline, by date',
        parameters: [q('actor', 'Actor id'), q('location', 'Location id'), q('eventTypes', LIST), q('from', 'ISO day'), q('to', 'ISO day'), q('limit', 'default 500', int)],
        responses: { '200': json({ type: 'object' }), ...errors(400, 503) } } },
      '/api/schema': { get: { summary: 'Labels, relationship types and property keys in use (for completion)', responses: { '200': json({ type: 'object', properties: { labels: { type: 'array', items: str }, relationshipTypes: { type: 'array', items: str }, propertyKeys: { type: 'array', items: str } } }), ...errors(503) } } },
      '/api/cypher': { post: {
        summary: 'Read-only Cypher console (EXPLAIN-checked, READ transaction, one timeout over planning and execution, row and byte caps, shared rate budget with export-by-query, 503 when its slots and queue are full)',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['query'], properties: { query: str, params: { type: 'object' }, limit: int, timeoutMs: int } } } } },
        responses: { '200': json({ type: 'object', properties: { columns: { type: 'array' }, rows: { type: 'array' }, graph: ref('GraphPayload'), truncated: { type: 'boolean' }, summary: { type: 'object' } } }), ...errors(400, 403, 408, 413, 429, 503) } } },
      '/api/documents': { post: {
        summary: 'Extract one article and write it (bearer token; idempotent)',
        security: [{ bearer: [] }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['text'], properties: { title: str, published: { type: 'string', format: 'date' }, text: str } } } } },
        responses: { '201': json({ type: 'object' }, 'Written'), ...errors(400, 401, 403, 413, 422, 429, 503) } } },
      '/api/export': { get: {
        summary: 'Subgraph download as JSON, GraphML (Gephi, Cytoscape desktop) or CSV',
        parameters: [q('format', 'json | graphml | csv'), q('ids', `Node ids. ${LIST}`), q('query', 'Read-only Cypher'), q('part', 'For csv: nodes | edges'), q('filename', 'Base file name')],
        responses: { '200': { description: 'The file (Content-Disposition: attachment)' }, ...errors(400, 403, 408, 413, 429, 503) } } },
      '/api/export/image': { get: { summary: 'Graph picture export (see the export module)', responses: { '200': { description: 'The image' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        GraphPayload: { type: 'object', required: ['nodes', 'edges'], properties: {
          nodes: { type: 'array', items: { type: 'object', required: ['id', 'labels', 'properties'], properties: { id: str, labels: { type: 'array', items: str }, properties: { type: 'object' } } } },
          edges: { type: 'array', items: { type: 'object', required: ['id', 'type', 'source', 'target', 'properties'], properties: { id: str, type: str, source: str, target: str, properties: { type: 'object' } } } },
          truncated: { type: 'boolean' } } },
        ApiError: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: {
          code: str, message: str, hint: str, position: { type: 'object', properties: { line: int, column: int, offset: int } } } } } },
      },
    },
  };
}
