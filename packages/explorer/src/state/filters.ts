/**
 * The view's filters and the predicate that applies them to element data. Defaults show
 * everything; the filter holds what is excluded (kinds, quad classes) or the allowed
 * subset (CAMEO roots, time window), so an empty filter is the identity.
 */
import type { QuadClass } from '@kg/model';
import type { NodeKind } from '../graph/palette';

export interface Filters {
  readonly hiddenKinds: readonly NodeKind[];
  readonly hiddenQuads: readonly QuadClass[];
  /** Allowed CAMEO root codes; empty allows all. */
  readonly cameo: readonly string[];
  /** ISO days, inclusive; null leaves that side open. */
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_FILTERS: Filters = { hiddenKinds: [], hiddenQuads: [], cameo: [], from: null, to: null };

/** The subset of element data the filters read (see graph/elements.ts). */
export interface FilterableData {
  readonly kind?: NodeKind;
  readonly quads?: readonly QuadClass[];
  readonly cameo?: readonly string[];
  readonly from?: string | null;
  readonly to?: string | null;
}

export function isFiltering(f: Filters): boolean {
  return f.hiddenKinds.length > 0 || f.hiddenQuads.length > 0 || f.cameo.length > 0 || !!f.from || !!f.to;
}

/** True when the element passes the filters. Undated or uncoded elements are never cut by date or code. */
export function passes(data: FilterableData, f: Filters): boolean {
  if (data.kind === 'more') return true;
  if (data.kind && f.hiddenKinds.includes(data.kind)) return false;
  const quads = data.quads ?? [];
  if (quads.length > 0 && f.hiddenQuads.length > 0 && quads.every((q) => f.hiddenQuads.includes(q))) return false;
  const codes = data.cameo ?? [];
  if (f.cameo.length > 0 && codes.length > 0 && !codes.some((c) => f.cameo.includes(c))) return false;
  const start = data.from ?? data.to ?? null;
  const end = data.to ?? data.from ?? null;
  if (start && end) {
    if (f.from && end < f.from) return false;
    if (f.to && start > f.to) return false;
  }
  return true;
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
