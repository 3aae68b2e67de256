/**
 * Node shapes as geometry both writers share: Cytoscape's shape names → an ellipse, a
 * (rounded) rectangle, or a polygon in unit coordinates (−1..1) scaled to the node's box.
 */
import type { Point } from './render-model';

export type ShapeGeometry =
  | { readonly kind: 'ellipse' }
  | { readonly kind: 'rect'; readonly rounded: boolean }
  | { readonly kind: 'polygon'; readonly points: readonly (readonly [number, number])[] };

function regular(sides: number, startDeg: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = ((startDeg + (360 / sides) * i) * Math.PI) / 180;
    return [Math.cos(a), Math.sin(a)];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = ((-90 + 36 * i) * Math.PI) / 180;
    const r = i % 2 === 0 ? 1 : 0.38;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

const POLYGONS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  triangle: [[0, -1], [1, 1], [-1, 1]],
  'round-triangle': [[0, -1], [1, 1], [-1, 1]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  'round-diamond': [[0, -1], [1, 0], [0, 1], [-1, 0]],
  pentagon: regular(5, -90),
  'round-pentagon': regular(5, -90),
  hexagon: regular(6, 0),
  'round-hexagon': regular(6, 0),
  'concave-hexagon': [[-1, -0.95], [1, -0.95], [0.86, 0], [1, 0.95], [-1, 0.95], [-0.86, 0]],
  heptagon: regular(7, -90),
  'round-heptagon': regular(7, -90),
  octagon: regular(8, 22.5),
  'round-octagon': regular(8, 22.5),
  star: star(),
  vee: [[-1, -1], [0, -0.33], [1, -1], [0, 1]],
  rhomboid: [[-1, -1], [0.33, -1], [1, 1], [-0.33, 1]],
  'right-rhomboid': [[-0.33, -1], [1, -1], [0.33, 1], [-1, 1]],
  tag: [[-1, -1], [0.33, -1], [1, 0], [0.33, 1], [-1, 1]],
  'round-tag': [[-1, -1], [0.33, -1], [1, 0], [0.33, 1], [-1, 1]],
};

export function shapeGeometry(shape: string): ShapeGeometry {
  if (shape === 'ellipse') return { kind: 'ellipse' };
  const polygon = POLYGONS[shape];
  if (polygon) return { kind: 'polygon', points: polygon };
  const rounded = /round|barrel|cut/.test(shape);
  return { kind: 'rect', rounded };
}

export function polygonPoints(points: readonly (readonly [number, number])[], cx: number, cy: number, w: number, h: number): [number, number][] {
  return points.map(([px, py]) => [cx + (px * w) / 2, cy + (py * h) / 2]);
}

/**
 * The triangle of an edge's arrowhead, tip first: pointing from `from` (the last control
 * point, or the source) to `tip`, sized by the edge width. Shared so PNG and SVG draw the
 * same arrow.
 */
export function arrowHead(tip: Point, from: Point, width: number): readonly [Point, Point, Point] {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const size = Math.max(6, width * 3);
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  return [tip, { x: bx - uy * size * 0.5, y: by + ux * size * 0.5 }, { x: bx + uy * size * 0.5, y: by - ux * size * 0.5 }];
}
