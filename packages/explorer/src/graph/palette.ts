/**
 * How each kind of node and each quad class looks: data, read by the stylesheet, the
 * legend and the element mapper, so the three never disagree.
 */
import type { QuadClass } from '@kg/model';

export type NodeKind = 'person' | 'organization' | 'country' | 'location' | 'event' | 'document' | 'more' | 'other';

export interface KindLook {
  readonly label: string;
  readonly color: string;
  readonly shape: string;
}

export const NODE_LOOKS: Readonly<Record<NodeKind, KindLook>> = {
  person: { label: 'Person', color: '#4e79a7', shape: 'ellipse' },
  organization: { label: 'Organization', color: '#f28e2b', shape: 'round-rectangle' },
  country: { label: 'Country', color: '#59a14f', shape: 'hexagon' },
  location: { label: 'Location', color: '#9c755f', shape: 'diamond' },
  event: { label: 'Event', color: '#b07aa1', shape: 'round-triangle' },
  document: { label: 'Article', color: '#bab0ac', shape: 'rectangle' },
  more: { label: '+N more', color: '#ffffff', shape: 'round-tag' },
  other: { label: 'Other', color: '#79706e', shape: 'ellipse' },
};

/** Entity kinds the type filter offers (the actor network's node kinds plus events). */
export const FILTERABLE_KINDS: readonly NodeKind[] = ['person', 'organization', 'country', 'location', 'event', 'document'];

/** Cooperation (green) to conflict (red), one colour per quad class. */
export const QUAD_COLORS: Readonly<Record<QuadClass, string>> = {
  1: '#1a9850',
  2: '#91cf60',
  3: '#fc8d59',
  4: '#d73027',
};

export const NEUTRAL_EDGE_COLOR = '#9aa0a6';

/** Mix the cooperation and conflict colours by the share of conflict (0 = all cooperation). */
export function conflictColor(conflictShare: number): string {
  const t = Math.min(1, Math.max(0, conflictShare));
  const from = [0x1a, 0x98, 0x50];
  const to = [0xd7, 0x30, 0x27];
  const mid = [0xf0, 0xc0, 0x40];
  const mix = (a: number[], b: number[], u: number) => a.map((v, i) => Math.round(v + ((b[i] ?? 0) - v) * u));
  const rgb = t < 0.5 ? mix(from, mid, t * 2) : mix(mid, to, (t - 0.5) * 2);
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
