/**
 * Reads the facts the explorer draws from an edge's properties. The server's actor-network
 * edges carry a count, CAMEO codes, a quad-class mix and a date range; the names are read
 * leniently (a few spellings) so a renamed field degrades to a grey edge, not a crash.
 */
import type { QuadClass } from '@kg/model';

export type QuadMix = Readonly<Record<QuadClass, number>>;

const QUADS: readonly QuadClass[] = [1, 2, 3, 4];

function firstOf(props: Readonly<Record<string, unknown>>, keys: readonly string[]): unknown {
  for (const key of keys) if (props[key] !== undefined && props[key] !== null) return props[key];
  return undefined;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (value && typeof value === 'object' && 'low' in value) return asNumber((value as { low: unknown }).low);
  return undefined;
}

export function eventCount(props: Readonly<Record<string, unknown>>): number {
  return asNumber(firstOf(props, ['count', 'events', 'eventCount', 'weight'])) ?? 1;
}

export function quadMix(props: Readonly<Record<string, unknown>>): QuadMix {
  const mix: Record<QuadClass, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const raw = firstOf(props, ['quadClasses', 'quadMix', 'quads', 'quadClass']);
  if (Array.isArray(raw)) {
    for (const q of raw) {
      const n = asNumber(q);
      if (n && QUADS.includes(n as QuadClass)) mix[n as QuadClass] += 1;
    }
  } else if (raw && typeof raw === 'object') {
    for (const q of QUADS) mix[q] += asNumber((raw as Record<string, unknown>)[q]) ?? 0;
    // Also accept {verbalCooperation, materialConflict, ...}-style names.
    const named = raw as Record<string, unknown>;
    mix[1] += asNumber(named.verbalCooperation) ?? 0;
    mix[2] += asNumber(named.materialCooperation) ?? 0;
    mix[3] += asNumber(named.verbalConflict) ?? 0;
    mix[4] += asNumber(named.materialConflict) ?? 0;
  } else {
    const single = asNumber(raw);
    if (single && QUADS.includes(single as QuadClass)) mix[single as QuadClass] += 1;
  }
  const total = QUADS.reduce((sum, q) => sum + mix[q], 0);
  if (total === 0) {
    // Coarser servers report only cooperation vs conflict counts.
    mix[1] += asNumber(firstOf(props, ['cooperation', 'cooperationCount'])) ?? 0;
    mix[4] += asNumber(firstOf(props, ['conflict', 'conflictCount'])) ?? 0;
  }
  return mix;
}

export function conflictShare(mix: QuadMix): number | null {
  const total = mix[1] + mix[2] + mix[3] + mix[4];
  return total === 0 ? null : (mix[3] + mix[4]) / total;
}

/** The quad classes present in a mix. */
export function quadsPresent(mix: QuadMix): QuadClass[] {
  return QUADS.filter((q) => mix[q] > 0);
}

export function cameoCodes(props: Readonly<Record<string, unknown>>): string[] {
  const raw = firstOf(props, ['cameoCodes', 'cameo', 'eventTypes', 'codes']);
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  // Root codes only: '190' and '19' both file under '19'.
  return [...new Set(list.map((c) => String(c).padStart(2, '0').slice(0, 2)).filter((c) => /^\d\d$/.test(c)))];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function asDay(value: unknown): string | undefined {
  return typeof value === 'string' && ISO_DAY.test(value) ? value.slice(0, 10) : undefined;
}

/** The [first, last] ISO days of the events behind an element, or nulls when undated. */
export function dateRange(props: Readonly<Record<string, unknown>>): { from: string | null; to: string | null } {
  const from = asDay(firstOf(props, ['firstDate', 'from', 'minDate', 'startDate', 'date']));
  const to = asDay(firstOf(props, ['lastDate', 'to', 'maxDate', 'endDate', 'date'])) ?? from;
  const dates = firstOf(props, ['dates']);
  if (Array.isArray(dates)) {
    const days = dates.map(asDay).filter((d): d is string => !!d).sort();
    if (days.length) return { from: from ?? days[0] ?? null, to: to ?? days[days.length - 1] ?? null };
  }
  return { from: from ?? null, to: to ?? from ?? null };
}

export function activity(props: Readonly<Record<string, unknown>>): number {
  return asNumber(firstOf(props, ['activity', 'events', 'eventCount', 'degree', 'count', 'mentions'])) ?? 0;
}

export { asNumber };
