/** Aggregated pair rows → the actor-network GraphPayload (pure). */
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';

export interface PairRow {
  readonly a: GraphNode;
  readonly b: GraphNode;
  readonly events: number;
  readonly cameo: readonly string[];
  readonly quadClasses: readonly number[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export function toQuadMix(quadClasses: readonly number[]): Record<'1' | '2' | '3' | '4', number> {
  const mix = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const q of quadClasses) {
    const key = String(q) as keyof typeof mix;
    if (key in mix) mix[key] += 1;
  }
  return mix;
}

export function toNetwork(rows: readonly PairRow[], truncated: boolean): GraphPayload {
  const nodes = new Map<string, GraphNode & { properties: Record<string, unknown> }>();
  const edges: GraphEdge[] = [];
  for (const row of rows) {
    for (const actor of [row.a, row.b]) {
      const existing = nodes.get(actor.id);
      if (existing) existing.properties.eventCount = Number(existing.properties.eventCount) + row.events;
      else nodes.set(actor.id, { ...actor, properties: { ...actor.properties, eventCount: row.events } });
    }
    const quadMix = toQuadMix(row.quadClasses);
    const cooperation = quadMix['1'] + quadMix['2'];
    const conflict = quadMix['3'] + quadMix['4'];
    edges.push({
      id: `${row.a.id}|${row.b.id}`,
      type: 'SHARES_EVENTS',
      source: row.a.id,
      target: row.b.id,
      properties: {
        count: row.events,
        cameo: [...row.cameo].sort(),
        quadClasses: quadMix,
        cooperation,
        conflict,
        tone: cooperation === conflict ? 'mixed' : cooperation > conflict ? 'cooperation' : 'conflict',
        firstDate: row.firstDate,
        lastDate: row.lastDate,
      },
    });
  }
  return { nodes: [...nodes.values()], edges, truncated };
}
