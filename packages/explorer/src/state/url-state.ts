/**
 * The whole view in the URL's hash, so a link reproduces it: what was loaded (the actor
 * network or a Cypher query with its parameters), filters, time window, layout,
 * selection, expansions, hidden and pinned nodes, and positions. Lists are comma-joined
 * with commas and percent signs escaped inside items; positions are `id:x:y` (the id may
 * itself contain colons, so x and y are read from the end).
 */
import type { Clock, QuadClass } from '@kg/model';
import { FILTERABLE_KINDS, type NodeKind } from '../graph/palette';
import { NO_FILTERS, type Filters } from './filters';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid', 'geo'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  /** A Cypher query whose graph result is the view; null for the actor network. */
  readonly query: string | null;
  /** The actor network with people and state bodies folded into the state they serve. */
  readonly rollup: boolean;
  /** Which day places an event on the timeline and in the time window. */
  readonly clock: Clock;
  readonly params: string | null;
  readonly filters: Filters;
  readonly layout: LayoutName;
  readonly selected: readonly string[];
  readonly expanded: readonly string[];
  readonly hidden: readonly string[];
  readonly pinned: readonly string[];
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
}

export const DEFAULT_VIEW: ViewState = {
  query: null,
  rollup: true,
  clock: 'event',
  params: null,
  filters: NO_FILTERS,
  layout: 'fcose',
  selected: [],
  expanded: [],
  hidden: [],
  pinned: [],
  positions: {},
};

/** Above this many nodes positions are left out of the URL (it would pass browsers' limits). */
export const MAX_URL_POSITIONS = 400;

const escapeItem = (s: string) => s.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeItem = (s: string) => s.replace(/%2C/gi, ',').replace(/%25/g, '%');
const joinList = (list: readonly string[]) => list.map(escapeItem).join(',');
const splitList = (s: string | null) => (s ? s.split(',').filter(Boolean).map(unescapeItem) : []);

export function encodeViewState(view: ViewState): string {
  const q = new URLSearchParams();
  if (view.query) q.set('q', view.query);
  if (view.params) q.set('params', view.params);
  if (!view.rollup) q.set('rollup', '0');
  if (view.clock !== 'event') q.set('clock', view.clock);
  const f = view.filters;
  if (f.hiddenKinds.length) q.set('hideTypes', joinList(f.hiddenKinds));
  if (f.hiddenQuads.length) q.set('hideQuads', f.hiddenQuads.join(','));
  if (f.cameo.length) q.set('cameo', f.cameo.join(','));
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (view.layout !== 'fcose') q.set('layout', view.layout);
  if (view.selected.length) q.set('sel', joinList(view.selected));
  if (view.expanded.length) q.set('exp', joinList(view.expanded));
  if (view.hidden.length) q.set('hide', joinList(view.hidden));
  if (view.pinned.length) q.set('pin', joinList(view.pinned));
  const ids = Object.keys(view.positions);
  if (ids.length && ids.length <= MAX_URL_POSITIONS) {
    q.set('pos', joinList(ids.map((id) => {
      const [x, y] = view.positions[id] as readonly [number, number];
      return `${id}:${Math.round(x)}:${Math.round(y)}`;
    })));
  }
  return q.toString();
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a hash (with or without '#'); anything malformed falls back to the default. */
export function decodeViewState(hash: string): ViewState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const kinds = splitList(q.get('hideTypes')).filter((k): k is NodeKind => (FILTERABLE_KINDS as string[]).includes(k));
  const quads = splitList(q.get('hideQuads')).map(Number).filter((n): n is QuadClass => [1, 2, 3, 4].includes(n));
  const cameo = splitList(q.get('cameo')).filter((c) => /^\d\d$/.test(c));
  const from = q.get('from');
  const to = q.get('to');
  const layout = q.get('layout');
  const positions: Record<string, [number, number]> = {};
  for (const item of splitList(q.get('pos'))) {
    const parts = item.split(':');
    const y = Number(parts.pop());
    const x = Number(parts.pop());
    const id = parts.join(':');
    if (id && Number.isFinite(x) && Number.isFinite(y)) positions[id] = [x, y];
  }
  return {
    query: q.get('q') || null,
    rollup: q.get('rollup') !== '0',
    clock: q.get('clock') === 'reported' ? 'reported' : 'event',
    params: q.get('params') || null,
    filters: {
      hiddenKinds: kinds,
      hiddenQuads: quads,
      cameo,
      from: from && DAY.test(from) ? from : null,
      to: to && DAY.test(to) ? to : null,
    },
    layout: (LAYOUTS as readonly string[]).includes(layout ?? '') ? (layout as LayoutName) : 'fcose',
    selected: splitList(q.get('sel')),
    expanded: splitList(q.get('exp')),
    hidden: splitList(q.get('hide')),
    pinned: splitList(q.get('pin')),
    positions,
  };
}
