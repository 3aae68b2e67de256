/**
 * Timeline days → the bars drawn: one per day while the span is short, one per ISO week
 * (Monday to Sunday) past ~3 months, so a bar stays wide enough to click (pure).
 */
import type { QuadCounts, TimelineDay } from '@kg/model';

export interface Bucket {
  /** First and last ISO day the bar covers (inclusive). */
  readonly start: string;
  readonly end: string;
  readonly quads: QuadCounts;
  readonly byReport: number;
  readonly total: number;
}

export const DAILY_SPAN_LIMIT = 92;

const DAY_MS = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday on or before `day`. */
export function weekStart(day: string): string {
  const ms = toMs(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
  return toDay(ms - weekday * DAY_MS);
}

/** Every day (or week) from the first to the last, empty ones included, so gaps show as gaps. */
export function bucketize(days: readonly TimelineDay[]): Bucket[] {
  if (days.length === 0) return [];
  const first = days[0]!.day;
  const last = days[days.length - 1]!.day;
  const weekly = (toMs(last) - toMs(first)) / DAY_MS + 1 > DAILY_SPAN_LIMIT;
  const stepDays = weekly ? 7 : 1;
  const key = (day: string) => (weekly ? weekStart(day) : day);
  const byKey = new Map<string, { quads: Record<keyof QuadCounts, number>; byReport: number }>();
  for (const d of days) {
    const k = key(d.day);
    const acc = byKey.get(k) ?? { quads: { '1': 0, '2': 0, '3': 0, '4': 0 }, byReport: 0 };
    for (const q of ['1', '2', '3', '4'] as const) acc.quads[q] += d.quads[q];
    acc.byReport += d.byReport;
    byKey.set(k, acc);
  }
  const out: Bucket[] = [];
  for (let ms = toMs(key(first)); ms <= toMs(last); ms += stepDays * DAY_MS) {
    const start = toDay(ms);
    const acc = byKey.get(start) ?? { quads: { '1': 0, '2': 0, '3': 0, '4': 0 }, byReport: 0 };
    const total = acc.quads['1'] + acc.quads['2'] + acc.quads['3'] + acc.quads['4'];
    out.push({ start, end: toDay(ms + (stepDays - 1) * DAY_MS), quads: acc.quads, byReport: acc.byReport, total });
  }
  return out;
}

/** The window covering buckets i..j (in either order). */
export function windowOf(buckets: readonly Bucket[], i: number, j: number): { from: string; to: string } | null {
  const a = buckets[Math.max(0, Math.min(i, j))];
  const b = buckets[Math.min(buckets.length - 1, Math.max(i, j))];
  return a && b ? { from: a.start, to: b.end } : null;
}
