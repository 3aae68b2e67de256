/**
 * GraphPayload → GraphML that Gephi and Cytoscape desktop open: typed <key> declarations
 * (boolean/long/double/string), a `label` attribute per node and edge, directed edges.
 * Pure; every value is XML-escaped and stripped of characters XML 1.0 forbids.
 */
import type { GraphPayload } from '@kg/model';
import { displayLabel, toCellText, toColumns, type Column } from './property-columns';

// eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 cannot carry
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const RESERVED = ['label', 'labels', 'type'];

function keyLines(domain: 'node' | 'edge', prefix: string, columns: readonly Column[]): string[] {
  return columns.map(
    (column, index) => `  <key id="${prefix}${index}" for="${domain}" attr.name="${escapeXml(column.name)}" attr.type="${column.type}"/>`,
  );
}

function dataLines(prefix: string, columns: readonly Column[], properties: Readonly<Record<string, unknown>>): string[] {
  const lines: string[] = [];
  columns.forEach((column, index) => {
    const text = toCellText(properties[column.name], column.type);
    if (text !== '') lines.push(`      <data key="${prefix}${index}">${escapeXml(text)}</data>`);
  });
  return lines;
}

export function toGraphml(graph: GraphPayload): string {
  const nodeColumns = toColumns(graph.nodes, RESERVED);
  const edgeColumns = toColumns(graph.edges, RESERVED);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="etype" for="edge" attr.name="type" attr.type="string"/>',
    ...keyLines('node', 'n', nodeColumns),
    ...keyLines('edge', 'e', edgeColumns),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="label">${escapeXml(displayLabel(node.id, node.properties))}</data>`);
    lines.push(`      <data key="labels">${escapeXml(node.labels.join(';'))}</data>`);
    lines.push(...dataLines('n', nodeColumns, node.properties), '    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`);
    lines.push(`      <data key="elabel">${escapeXml(edge.type)}</data>`, `      <data key="etype">${escapeXml(edge.type)}</data>`);
    lines.push(...dataLines('e', edgeColumns, edge.properties), '    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
