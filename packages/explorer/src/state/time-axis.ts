/**
 * The time slider's axis: the distinct event days present in the view, in order. The
 * slider moves over indexes, so gaps between reported days cost no slider travel, and
 * playback steps the window's end one reported day at a time.
 */
export interface Dated {
  readonly from?: string | null;
  readonly to?: string | null;
}

export function timeAxis(items: readonly Dated[]): string[] {
  const days = new Set<string>();
  for (const item of items) {
    if (item.from) days.add(item.from);
    if (item.to) days.add(item.to);
  }
  return [...days].sort();
}

/** Index of the first axis day on or after `day` (the axis start when null). */
export function indexOf(axis: readonly string[], day: string | null, fallback: number): number {
  if (!day) return fallback;
  const i = axis.findIndex((d) => d >= day);
  return i === -1 ? axis.length - 1 : i;
}

/** The next playback window end: one day further, or back to the start after the last. */
export function nextPlaybackEnd(axis: readonly string[], current: string | null): string | null {
  if (axis.length === 0) return null;
  if (!current) return axis[0] ?? null;
  const i = axis.findIndex((d) => d > current);
  return i === -1 ? null : (axis[i] ?? null);
}
