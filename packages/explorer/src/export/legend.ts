/** The legend: one entry per node kind and per edge kind actually drawn, with its style. */
import type { RenderModel } from './render-model';

export interface LegendNode {
  readonly kind: string;
  readonly shape: string;
  readonly fill: string;
  readonly borderColor: string;
  readonly borderWidth: number;
  readonly count: number;
}

export interface LegendEdge {
  readonly kind: string;
  readonly color: string;
  readonly width: number;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  readonly count: number;
}

export interface Legend {
  readonly nodes: readonly LegendNode[];
  readonly edges: readonly LegendEdge[];
}

const MAX_ENTRIES = 12;

export function buildLegend(model: RenderModel): Legend {
  const nodes = new Map<string, LegendNode>();
  for (const n of model.nodes) {
    const seen = nodes.get(n.kind);
    nodes.set(n.kind, seen ? { ...seen, count: seen.count + 1 } : { kind: n.kind, shape: n.shape, fill: n.fill, borderColor: n.borderColor, borderWidth: n.borderWidth, count: 1 });
  }
  const edges = new Map<string, LegendEdge>();
  for (const e of model.edges) {
    const seen = edges.get(e.kind);
    edges.set(e.kind, seen ? { ...seen, count: seen.count + 1 } : { kind: e.kind, color: e.color, width: Math.min(4, Math.max(1, e.width)), lineStyle: e.lineStyle, count: 1 });
  }
  const top = <T extends { count: number }>(m: Map<string, T>) => [...m.values()].sort((a, b) => b.count - a.count).slice(0, MAX_ENTRIES);
  return { nodes: top(nodes), edges: top(edges) };
}
