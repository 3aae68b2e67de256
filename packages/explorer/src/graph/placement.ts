/**
 * Where new nodes go when an expansion adds them: on rings around the node that was
 * expanded, outside every node already drawn nearby. Existing nodes never move, so a
 * person's mental map of the picture survives the expansion.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export function ringPositions(centre: Point, count: number, occupied: readonly Point[] = [], spacing = 70): Point[] {
  const out: Point[] = [];
  const minGap = spacing * 0.6;
  const taken = [...occupied];
  let ring = 1;
  let guard = 0;
  while (out.length < count && guard++ < 200) {
    const radius = spacing * (ring + 0.5);
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const offset = ring * 0.37; // stagger rings so spokes do not line up
    for (let i = 0; i < slots && out.length < count; i++) {
      const angle = offset + (2 * Math.PI * i) / slots;
      const p = { x: Math.round(centre.x + radius * Math.cos(angle)), y: Math.round(centre.y + radius * Math.sin(angle)) };
      if (taken.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < minGap)) continue;
      out.push(p);
      taken.push(p);
    }
    ring++;
  }
  return out;
}
