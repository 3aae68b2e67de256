/** The explorer's only door to the server: one function per endpoint of issue 4. */
import { EdgeEvidenceResponse, NetworkResponse, NodeEvidenceResponse, TimelineResponse, type Clock, type GraphPayload, type GraphVocabulary, type NetworkEdgeKind } from '@kg/model';
import type { z } from 'zod';
import { ApiError, apiErrorFrom } from './api-error';
import { normalizeCypher, normalizeGraph, normalizeSearch, type CypherResult, type SearchHit } from './normalize';

async function request(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Is it running (pnpm start)?', undefined, undefined, { cause });
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text for the error message
  }
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body;
}

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A response checked against the shared contract: a server that drifted says so, in words. */
function parse<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new ApiError(0, 'CONTRACT', `The server's ${what} answer does not match the explorer's contract (${first?.path.join('.') || 'body'}: ${first?.message ?? 'invalid'}). Are server and explorer from the same version?`);
}

export const api = {
  async actorNetwork(params: { rollup?: boolean; minEvents?: number; clock?: Clock } = {}): Promise<NetworkResponse> {
    const body = await request(`/api/actors/network${query({ rollup: params.rollup ? 'true' : 'false', minEvents: params.minEvents, clock: params.clock })}`);
    return parse(NetworkResponse, body, 'actor network');
  },
  async timeline(clock: Clock): Promise<TimelineResponse> {
    return parse(TimelineResponse, await request(`/api/actors/timeline${query({ clock })}`), 'timeline');
  },
  async edgeEvidence(from: string, to: string, kind: NetworkEdgeKind, rollup: boolean): Promise<EdgeEvidenceResponse> {
    const body = await request(`/api/edges/evidence${query({ from, to, kind, rollup: rollup ? 'true' : 'false' })}`);
    return parse(EdgeEvidenceResponse, body, 'edge evidence');
  },
  async nodeEvidence(id: string): Promise<NodeEvidenceResponse> {
    return parse(NodeEvidenceResponse, await request(`/api/nodes/${encodeURIComponent(id)}/evidence`), 'node evidence');
  },
  async search(q: string, limit = 10): Promise<SearchHit[]> {
    return normalizeSearch(await request(`/api/search${query({ q, limit })}`));
  },
  async neighbors(id: string, limit = 500): Promise<GraphPayload> {
    return normalizeGraph(await request(`/api/nodes/${encodeURIComponent(id)}/neighbors${query({ depth: 1, limit })}`));
  },
  async paths(from: string, to: string, maxLength = 6): Promise<GraphPayload> {
    const body = await request(`/api/paths${query({ from, to, maxLength })}`);
    // Either one merged graph or a list of paths, each a graph.
    const list = Array.isArray((body as { paths?: unknown })?.paths) ? ((body as { paths: unknown[] }).paths) : null;
    if (!list) return normalizeGraph(body);
    const graphs = list.map(normalizeGraph);
    return { nodes: graphs.flatMap((g) => g.nodes), edges: graphs.flatMap((g) => g.edges) };
  },
  async cypher(queryText: string, params: Record<string, unknown> = {}, limit?: number): Promise<CypherResult> {
    return normalizeCypher(await request('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: queryText, params, ...(limit ? { limit } : {}) }),
    }));
  },
  /** Labels, relationship types and property keys, for the console's completion. */
  async schema(): Promise<GraphVocabulary> {
    const body = (await request('/api/schema')) as Partial<GraphVocabulary> | null;
    const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
    return { labels: strings(body?.labels), relationshipTypes: strings(body?.relationshipTypes), propertyKeys: strings(body?.propertyKeys) };
  },
  async stats(): Promise<Record<string, unknown>> {
    return (await request('/api/stats')) as Record<string, unknown>;
  },
  async addDocument(doc: { title?: string; published?: string; text: string }, token: string): Promise<unknown> {
    return request('/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(doc),
    });
  },
};
