/**
 * The export bench's generated graphs: n actors of four kinds, 2n edges to near neighbours,
 * with given positions on a jittered grid, so the bench times drawing and encoding, not the
 * force layout. Seeded, so our export and the cy.png baseline draw the same picture.
 */
import type { GraphPayload } from '@kg/model';

const KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION'];
export const SPACING = 40;

export type Positions = Record<string, { x: number; y: number }>;

export function generate(n: number): { graph: GraphPayload; positions: Positions } {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const cols = Math.ceil(Math.sqrt(n));
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, labels: ['Entity'], properties: { name: `Actor ${i}`, type: KINDS[i % 4]! } }));
  const edges = Array.from({ length: n * 2 }, (_, i) => {
    const s = i % n;
    const t = (s + 1 + Math.floor(rnd() * 3) + (rnd() < 0.5 ? cols : 0)) % n;
    return { id: `e${i}`, type: 'RELATED', source: `n${s}`, target: `n${t}`, properties: { quadClass: 1 + (i % 4) } };
  });
  const positions = Object.fromEntries(nodes.map((node, i) => [node.id, { x: (i % cols) * SPACING + rnd() * 10, y: Math.floor(i / cols) * SPACING + rnd() * 10 }]));
  return { graph: { nodes, edges }, positions };
}
