/** The data formats of the Export dialog: one file each from the exported elements. */
import type { Collection } from 'cytoscape';
import { collectionToGraph } from './elements-graph';
import { edgesCsv, nodesCsv } from './csv';
import { toCypherScript } from './cypher-script';
import { toCytoscapeJson } from './cytoscape-json';
import { toGraphML } from './graphml';

export type DataFormat = 'cyjs' | 'graphml' | 'nodes.csv' | 'edges.csv' | 'cypher';

export const DATA_FORMATS: readonly { readonly value: DataFormat; readonly label: string; readonly mime: string }[] = [
  { value: 'graphml', label: 'GraphML (Gephi, Cytoscape desktop)', mime: 'application/graphml+xml' },
  { value: 'cyjs', label: 'Cytoscape JSON', mime: 'application/json' },
  { value: 'nodes.csv', label: 'CSV – nodes', mime: 'text/csv' },
  { value: 'edges.csv', label: 'CSV – edges', mime: 'text/csv' },
  { value: 'cypher', label: 'Cypher script', mime: 'text/plain' },
];

export function dataFile(elements: Collection, format: DataFormat, description: string): string {
  if (format === 'cyjs') return toCytoscapeJson(elements);
  const graph = collectionToGraph(elements);
  if (format === 'graphml') return toGraphML(graph, description);
  if (format === 'nodes.csv') return nodesCsv(graph);
  if (format === 'edges.csv') return edgesCsv(graph);
  return toCypherScript(graph, description);
}
