/**
 * Reading API answers into the explorer's shapes. Written against the endpoint list of
 * issue 4; tolerant of small shape differences (a list or {results}, a node or {node}),
 * because a field renamed on the server should cost a blank cell, not the page.
 */
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';

export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly score: number | null;
}

export interface CypherResult {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
  readonly graph: GraphPayload;
  readonly truncated: boolean;
  readonly summary: Readonly<Record<string, unknown>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function listOf(json: unknown, keys: readonly string[]): unknown[] {
  if (Array.isArray(json)) return json;
  if (isRecord(json)) for (const k of keys) if (Array.isArray(json[k])) return json[k] as unknown[];
  return [];
}

export function isGraphNode(v: unknown): v is GraphNode {
  return isRecord(v) && typeof v.id === 'string' && Array.isArray(v.labels) && isRecord(v.properties);
}

export function isGraphEdge(v: unknown): v is GraphEdge {
  return isRecord(v) && typeof v.id === 'string' && typeof v.type === 'string' && typeof v.source === 'string' && typeof v.target === 'string';
}

export function normalizeGraph(json: unknown): GraphPayload {
  const root = isRecord(json) && isRecord(json.graph) ? json.graph : json;
  const nodes = listOf(root, ['nodes']).filter(isGraphNode);
  const edges = listOf(root, ['edges', 'relationships']).filter(isGraphEdge).map((e) => ({ ...e, properties: e.properties ?? {} }));
  const truncated = isRecord(json) && json.truncated === true ? true : isRecord(root) && root.truncated === true;
  return { nodes, edges, truncated };
}

export function normalizeSearch(json: unknown): SearchHit[] {
  return listOf(json, ['results', 'hits', 'items', 'nodes']).flatMap((item): SearchHit[] => {
    if (!isRecord(item)) return [];
    const node = isGraphNode(item.node) ? item.node : isGraphNode(item) ? item : null;
    const props = node ? node.properties : item;
    const id = node ? node.id : item.id;
    const name = props.name ?? item.name;
    if (typeof id !== 'string' || typeof name !== 'string') return [];
    const aliases = Array.isArray(props.aliases) ? props.aliases.map(String) : Array.isArray(item.aliases) ? item.aliases.map(String) : [];
    const type = String(props.type ?? item.type ?? node?.labels.find((l) => l !== 'Actor') ?? '');
    const score = typeof item.score === 'number' ? item.score : null;
    return [{ id, name, type, aliases, score }];
  });
}

export function normalizeCypher(json: unknown): CypherResult {
  const body = isRecord(json) ? json : {};
  const columns = Array.isArray(body.columns) ? body.columns.map(String) : [];
  const rawRows = Array.isArray(body.rows) ? body.rows : Array.isArray(body.records) ? body.records : [];
  const rows = rawRows.map((row) => {
    if (Array.isArray(row)) return row;
    if (isRecord(row)) return columns.map((c) => row[c]);
    return [row];
  });
  const summary = isRecord(body.summary) ? body.summary : {};
  const truncated = body.truncated === true || summary.truncated === true;
  return { columns, rows, graph: normalizeGraph(body.graph ?? { nodes: [], edges: [] }), truncated, summary };
}

/** A short text for a table cell: nodes by name, relationships by type, the rest as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isGraphNode(value)) return String(value.properties.name ?? value.properties.title ?? value.properties.label ?? value.id);
  if (isGraphEdge(value)) return `[:${value.type}]`;
  if (isRecord(value) && Array.isArray(value.labels) && isRecord(value.properties)) {
    return String(value.properties.name ?? value.properties.title ?? value.properties.label ?? '(node)');
  }
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}
