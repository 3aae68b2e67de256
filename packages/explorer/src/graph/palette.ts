/**
 * How each kind of node and each quad class looks: data, read by the stylesheet, the
 * legend and the element mapper, so the three never disagree.
 */
import type { QuadClass, Tone } from '@kg/model';

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

/** Actor-network edges (ACTS_ON) take the colour of their tone on the Goldstein scale. */
export const TONE_COLORS: Readonly<Record<Tone, string>> = {
  cooperation: '#1a9850',
  conflict: '#d73027',
  neutral: '#8c959f',
};

/** Co-agent edges (ACTS_WITH) are dashed in one colour: acting together has no direction or tone. */
export const CO_AGENT_COLOR = '#5a6fd6';

export interface EdgeLegendEntry {
  readonly key: string;
  readonly color: string;
  readonly dashed: boolean;
  readonly arrow: boolean;
  readonly label: string;
}

/**
 * What every mark of an actor-network edge means: the app's legend and the exported
 * legend both read these lines, and elements.ts tags each edge with its `key`.
 */
export const EDGE_LEGEND: readonly EdgeLegendEntry[] = [
  { key: 'acts-on-conflict', color: TONE_COLORS.conflict, dashed: false, arrow: true, label: 'acted on, hostile on balance' },
  { key: 'acts-on-cooperation', color: TONE_COLORS.cooperation, dashed: false, arrow: true, label: 'acted on, cooperative on balance' },
  { key: 'acts-on-neutral', color: TONE_COLORS.neutral, dashed: false, arrow: true, label: 'acted on, neutral (statements)' },
  { key: 'acts-with', color: CO_AGENT_COLOR, dashed: true, arrow: false, label: 'acted together (co-agents, no direction)' },
];

export const EDGE_LEGEND_NOTES: readonly string[] = [
  'Arrow: from the actor who acted (agent) to the one acted on (target).',
  'Width: number of events in that direction, after filters.',
  'Colour: the sum of the events on the Goldstein scale (fight −10, statement 0, aid +7): below 0 hostile, above 0 cooperative.',
];
