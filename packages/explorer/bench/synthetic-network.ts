/**
 * A seeded synthetic actor network in the server's GraphPayload shape: `nodes` actors of the
 * five kinds, `edgesPerNode × nodes` SHARES_EVENTS edges with a preferential-attachment skew
 * (a few hubs, many leaves, like the real network), event counts and quad-class mixes.
 */
import type { GraphEdge, GraphNode, GraphPayload } from '@kg/model';
import { seededRandom } from '@kg/testing';

const KINDS: readonly (readonly string[])[] = [
  ['Entity', 'Actor', 'Person'],
  ['Entity', 'Actor', 'Organization'],
  ['Entity', 'Actor', 'Country', 'Location'],
  ['Entity', 'Location'],
];

export function syntheticNetwork(nodes: number, edgesPerNode = 3, seed = 7): GraphPayload {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const ends: number[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < nodes && edges.length < nodes * edgesPerNode; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      // Half the time attach to an endpoint of an existing edge (hubs grow), else uniformly.
      const j = ends.length && random() < 0.5 ? (ends[pick(ends.length)] as number) : pick(i);
      const key = `${Math.min(i, j)}-${Math.max(i, j)}`;
      if (j === i || seen.has(key)) continue;
      seen.add(key);
      ends.push(i, j);
      const count = 1 + pick(6);
      const quadClasses = Array.from({ length: count }, () => 1 + pick(4));
      edges.push({ id: `e${edges.length}`, type: 'SHARES_EVENTS', source: `n${i}`, target: `n${j}`, properties: { count, quadClasses } });
    }
  }
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const list: GraphNode[] = Array.from({ length: nodes }, (_, i) => ({
    id: `n${i}`,
    labels: KINDS[i % KINDS.length] as readonly string[],
    properties: { name: `Actor ${i}`, activity: degree.get(`n${i}`) ?? 0 },
  }));
  return { nodes: list, edges };
}
