/**
 * CSV of nodes and of edges (RFC 4180). Column names follow Gephi's spreadsheet import
 * (`Id`, `Label`; `Source`, `Target`) so the two files load as a graph there too.
 */
import type { GraphPayload } from '@kg/model';
import { edgeDisplayName, nodeDisplayName } from './graph-label';
import { flatten, inferColumns } from './property-values';

export function csvCell(value: unknown): string {
  const text = flatten(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(graph: GraphPayload): string {
  const columns = [...inferColumns(graph.nodes.map((n) => n.properties)).keys()].filter((k) => k !== 'id');
  return table(
    ['Id', 'Label', 'labels', ...columns],
    graph.nodes.map((n) => [n.id, nodeDisplayName(n), n.labels.join(':'), ...columns.map((c) => n.properties[c])]),
  );
}

export function edgesCsv(graph: GraphPayload): string {
  const columns = [...inferColumns(graph.edges.map((e) => e.properties)).keys()].filter((k) => k !== 'id');
  return table(
    ['Id', 'Source', 'Target', 'relationship', 'Label', ...columns],
    graph.edges.map((e) => [e.id, e.source, e.target, e.type, edgeDisplayName(e), ...columns.map((c) => e.properties[c])]),
  );
}
