/**
 * How an actor-network edge looks under the current filters (pure): the events left after
 * the quad-class and CAMEO filters, their count, width, tone colour, caption and legend key.
 * Recomputed whenever filters change, so colour, width and counts always describe what is shown.
 */
import { cameoRoot, edgeCaption, edgeTone, isCameoCode, type NetworkEdgeKind, type NetworkEdgeProps, type QuadClass, type QuadCounts } from '@kg/model';
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
  readonly caption: string;
  readonly legend: string;
}

export function edgeWidth(count: number): number {
  return Math.round(Math.min(14, 1.5 + 1.8 * Math.sqrt(Math.max(0, count - 1))) * 10) / 10;
}

/** The CAMEO counts the filters let through. */
export function filteredCameo(cameo: Readonly<Record<string, number>>, filters: Pick<Filters, 'hiddenQuads' | 'cameo'>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [code, n] of Object.entries(cameo)) {
    if (!isCameoCode(code)) continue;
    if (filters.hiddenQuads.includes(cameoRoot(code).quadClass)) continue;
    if (filters.cameo.length > 0 && !filters.cameo.includes(code)) continue;
    kept[code] = n;
  }
  return kept;
}

export function networkEdgeLook(
  kind: NetworkEdgeKind,
  props: NetworkEdgeProps,
  filters: Pick<Filters, 'hiddenQuads' | 'cameo'>,
  names: { source: string; target: string },
): NetworkEdgeLook {
  const cameo = filteredCameo(props.cameo, filters);
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
    caption: edgeCaption(kind, names.source, names.target, { ...props, count, cameo, quadClasses }),
    legend: coAgents ? 'acts-with' : `acts-on-${tone}`,
  };
}

/** The quad classes with events, for the filters and the hover card. */
export function quadsOf(counts: QuadCounts): QuadClass[] {
  return ([1, 2, 3, 4] as const).filter((q) => counts[String(q) as keyof QuadCounts] > 0);
}
