/** Aggregated pair rows → the directed actor network of the HTTP contract (pure). */
import type { Clock, GraphNode, NetworkEdge, NetworkEdgeKind, NetworkResponse, QuadCounts, Tally } from '@kg/model';

export interface PairRow {
  readonly a: GraphNode;
  readonly b: GraphNode;
  readonly kind: NetworkEdgeKind;
  readonly events: number;
  /** One CAMEO code per event (full codes; counted by root). */
  readonly cameo: readonly string[];
  readonly quadClasses: readonly number[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly datedByReport: number;
  readonly undated: number;
  /** The article ids of each event. */
  readonly docs: readonly (readonly string[])[];
  /** [day, CAMEO root] of each event. */
  readonly tally: readonly (readonly [string | null, string])[];
}

/** One entry per (day, root) with its event count, by day (undated first) then root. */
export function toTally(pairs: PairRow['tally']): Tally {
  const counts = new Map<string, { day: string | null; cameo: string; events: number }>();
  for (const [day, cameo] of pairs) {
    const key = `${day ?? ''}|${cameo}`;
    const seen = counts.get(key);
    if (seen) seen.events += 1;
    else counts.set(key, { day, cameo, events: 1 });
  }
  return [...counts.values()].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.cameo.localeCompare(b.cameo));
}

export function toQuadCounts(quadClasses: readonly number[]): QuadCounts {
  const mix = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const q of quadClasses) {
    const key = String(q) as keyof typeof mix;
    if (key in mix) mix[key] += 1;
  }
  return mix;
}

export function toCameoCounts(codes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) {
    const root = String(code).padStart(2, '0').slice(0, 2);
    counts[root] = (counts[root] ?? 0) + 1;
  }
  return counts;
}

export function edgeId(kind: NetworkEdgeKind, a: string, b: string): string {
  return kind === 'ACTS_ON' ? `${a}->${b}` : `${a}+${b}`;
}

/** Every article id behind the rows. */
export function articleIds(rows: readonly PairRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.docs.flat()))];
}

export function toNetwork(
  rows: readonly PairRow[],
  options: { truncated: boolean; rollup: boolean; clock: Clock; sources: NetworkResponse['sources'] },
): NetworkResponse {
  const nodes = new Map<string, { id: string; labels: string[]; properties: Record<string, unknown> }>();
  const edges: NetworkEdge[] = [];
  for (const row of rows) {
    for (const actor of [row.a, row.b]) {
      const existing = nodes.get(actor.id);
      if (existing) existing.properties.eventCount = Number(existing.properties.eventCount) + row.events;
      else nodes.set(actor.id, { id: actor.id, labels: [...actor.labels], properties: { ...actor.properties, eventCount: row.events } });
    }
    edges.push({
      id: edgeId(row.kind, row.a.id, row.b.id),
      type: row.kind,
      source: row.a.id,
      target: row.b.id,
      properties: {
        count: row.events,
        cameo: toCameoCounts(row.cameo),
        quadClasses: toQuadCounts(row.quadClasses),
        firstDate: row.firstDate,
        lastDate: row.lastDate,
        datedByReport: row.datedByReport,
        undated: row.undated,
        articles: new Set(row.docs.flat()).size,
        tally: toTally(row.tally),
      },
    });
  }
  return { nodes: [...nodes.values()], edges, truncated: options.truncated, rollup: options.rollup, clock: options.clock, sources: options.sources };
}
