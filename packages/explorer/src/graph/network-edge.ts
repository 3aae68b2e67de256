/**
 * How an actor-network edge looks under the current filters (pure): the events left after
 * the quad-class and CAMEO filters, their count, width, tone colour, caption and legend key.
 * Recomputed whenever filters change, so colour, width and counts always describe what is shown.
 */
import { cameoRoot, edgeCaption, edgeTone, isCameoCode, type NetworkEdgeKind, type NetworkEdgeProps, type QuadClass, type QuadCounts, type Tally } from '@kg/model';
import type { Filters } from '../state/filters';
import { CO_AGENT_COLOR, TONE_COLORS } from './palette';

export interface NetworkEdgeLook {
  readonly count: number;
  readonly cameo: Readonly<Record<string, number>>;
  readonly quadClasses: QuadCounts;
  readonly width: number;
  readonly color: string;
  readonly tone: string;
  readonly goldstein: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly caption: string;
  readonly legend: string;
}

export function edgeWidth(count: number): number {
  return Math.round(Math.min(14, 1.5 + 1.8 * Math.sqrt(Math.max(0, count - 1))) * 10) / 10;
}

export type EdgeFilters = Pick<Filters, 'hiddenQuads' | 'cameo' | 'from' | 'to'>;

/**
 * The (day, root) entries the filters let through. Under a time window an event needs a day
 * inside it (undated ones drop out: they cannot be placed); without one every event counts.
 */
export function filteredTally(tally: Tally, filters: EdgeFilters): Tally {
  const windowed = !!filters.from || !!filters.to;
  return tally.filter((t) => {
    if (!isCameoCode(t.cameo)) return false;
    if (filters.hiddenQuads.includes(cameoRoot(t.cameo).quadClass)) return false;
    if (filters.cameo.length > 0 && !filters.cameo.includes(t.cameo)) return false;
    if (!windowed) return true;
    return t.day !== null && (!filters.from || t.day >= filters.from) && (!filters.to || t.day <= filters.to);
  });
}

/** The CAMEO counts of what the filters let through. */
export function filteredCameo(tally: Tally, filters: EdgeFilters): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const t of filteredTally(tally, filters)) kept[t.cameo] = (kept[t.cameo] ?? 0) + t.events;
  return kept;
}

export function networkEdgeLook(
  kind: NetworkEdgeKind,
  props: NetworkEdgeProps,
  filters: EdgeFilters,
  names: { source: string; target: string },
): NetworkEdgeLook {
  const kept = filteredTally(props.tally, filters);
  const cameo = filteredCameo(props.tally, filters);
  const days = kept.map((t) => t.day).filter((d): d is string => d !== null).sort();
  const quadClasses: QuadCounts = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const [code, n] of Object.entries(cameo)) quadClasses[String(cameoRoot(code as never).quadClass) as keyof QuadCounts] += n;
  const count = Object.values(cameo).reduce((a, b) => a + b, 0);
  const { goldstein, tone } = edgeTone(cameo);
  const coAgents = kind === 'ACTS_WITH';
  return {
    count,
    cameo,
    quadClasses,
    width: edgeWidth(count),
    color: coAgents ? CO_AGENT_COLOR : TONE_COLORS[tone],
    tone,
    goldstein,
    firstDate: days[0] ?? null,
    lastDate: days[days.length - 1] ?? null,
    caption: edgeCaption(kind, names.source, names.target, { ...props, count, cameo, quadClasses, firstDate: days[0] ?? null, lastDate: days[days.length - 1] ?? null }),
    legend: coAgents ? 'acts-with' : `acts-on-${tone}`,
  };
}

/** The quad classes with events, for the filters and the hover card. */
export function quadsOf(counts: QuadCounts): QuadClass[] {
  return ([1, 2, 3, 4] as const).filter((q) => counts[String(q) as keyof QuadCounts] > 0);
}
