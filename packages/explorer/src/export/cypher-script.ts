/**
 * A Cypher script that recreates the exported subgraph in another Neo4j: nodes MERGEd on
 * their id (so running it twice does not duplicate), then relationships between them.
 */
import type { GraphPayload } from '@kg/model';

export function cypherIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') return cypherLiteral(JSON.stringify(value));
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

function map(props: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(props).filter(([, v]) => v !== null && v !== undefined && !(typeof v === 'object' && !Array.isArray(v)));
  const objects = Object.entries(props).filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v));
  return `{${[...entries, ...objects].map(([k, v]) => `${cypherIdentifier(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
}

/** The key a node is MERGEd on: its `id` property when it has one, else the export id. */
function mergeKey(node: GraphPayload['nodes'][number]): string {
  const id = node.properties.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : node.id;
}

export function toCypherScript(graph: GraphPayload, header = 'Knowledge-graph export'): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lines = [`// ${header.replace(/\n/g, ' ')}`, `// ${graph.nodes.length} nodes, ${graph.edges.length} relationships. Run with cypher-shell -f.`, ''];
  for (const node of graph.nodes) {
    const labels = node.labels.length > 0 ? node.labels.map((l) => `:${cypherIdentifier(l)}`).join('') : ':Node';
    const { id: _id, ...rest } = node.properties;
    void _id;
    lines.push(`MERGE (n${labels} {id: ${cypherLiteral(mergeKey(node))}}) SET n += ${map(rest)};`);
  }
  if (graph.edges.length > 0) lines.push('');
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue; // an edge to a node outside the export has nothing to attach to
    const sl = source.labels[0] ? `:${cypherIdentifier(source.labels[0])}` : '';
    const tl = target.labels[0] ? `:${cypherIdentifier(target.labels[0])}` : '';
    lines.push(
      `MATCH (a${sl} {id: ${cypherLiteral(mergeKey(source))}}), (b${tl} {id: ${cypherLiteral(mergeKey(target))}}) CREATE (a)-[:${cypherIdentifier(edge.type)} ${map(edge.properties)}]->(b);`,
    );
  }
  return lines.join('\n') + '\n';
}
