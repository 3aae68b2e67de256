/**
 * GraphPayload → CSV tables in the column names Gephi's spreadsheet import expects
 * (nodes: Id, Label; edges: Source, Target, Label). RFC 4180 quoting; a leading = + - @
 * is prefixed with ' so spreadsheets do not run cell text as a formula. Pure.
 */
import type { GraphPayload } from '@kg/model';
import { displayLabel, toCellText, toColumns } from './property-columns';

export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const toLine = (cells: readonly string[]): string => cells.map(csvCell).join(',');

export function toNodesCsv(graph: GraphPayload): string {
  const columns = toColumns(graph.nodes, ['id']);
  const lines = [toLine(['Id', 'Label', 'labels', ...columns.map((c) => c.name)])];
  for (const node of graph.nodes) {
    lines.push(toLine([node.id, displayLabel(node.id, node.properties), node.labels.join(';'),
      ...columns.map((c) => toCellText(node.properties[c.name], c.type))]));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function toEdgesCsv(graph: GraphPayload): string {
  const columns = toColumns(graph.edges);
  const lines = [toLine(['Id', 'Source', 'Target', 'Label', 'relationship', ...columns.map((c) => c.name)])];
  for (const edge of graph.edges) {
    lines.push(toLine([edge.id, edge.source, edge.target, edge.type, edge.type,
      ...columns.map((c) => toCellText(edge.properties[c.name], c.type))]));
  }
  return `${lines.join('\r\n')}\r\n`;
}
