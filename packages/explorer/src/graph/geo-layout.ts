/**
 * The geographic layout: located nodes at their coordinates (equirectangular, scaled to
 * screen units), the rest in a row under the map so nothing disappears.
 */
import type { Point } from './placement';

export interface GeoInput {
  readonly id: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

export function geoPositions(nodes: readonly GeoInput[], scale = 40): Map<string, Point> {
  const out = new Map<string, Point>();
  const located = nodes.filter((n) => typeof n.lat === 'number' && typeof n.lon === 'number');
  const coords = located.map((n) => ({ id: n.id, x: (n.lon as number) * scale, y: -(n.lat as number) * scale }));
  // Nodes sharing a place (a country and its capital) are fanned out a little.
  const seen = new Map<string, number>();
  for (const c of coords) {
    const key = `${Math.round(c.x)}:${Math.round(c.y)}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    out.set(c.id, { x: c.x + k * 18, y: c.y + k * 18 });
  }
  const minX = coords.length ? Math.min(...coords.map((c) => c.x)) : 0;
  const maxY = coords.length ? Math.max(...coords.map((c) => c.y)) : 0;
  const unlocated = nodes.filter((n) => !out.has(n.id));
  unlocated.forEach((n, i) => {
    out.set(n.id, { x: minX + (i % 20) * 60, y: maxY + 150 + Math.floor(i / 20) * 60 });
  });
  return out;
}
