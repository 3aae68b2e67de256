/** Timeline rows (day × quad class) → the contract's days, in order, and the undated count (pure). */
import type { Clock, TimelineDay, TimelineResponse } from '@kg/model';

export interface TimelineRow {
  readonly day: string | null;
  readonly quadClass: number;
  readonly events: number;
  readonly byReport: number;
}

export function toTimeline(rows: readonly TimelineRow[], clock: Clock): TimelineResponse {
  const days = new Map<string, TimelineDay>();
  let undated = 0;
  for (const row of rows) {
    if (!row.day) {
      undated += row.events;
      continue;
    }
    const day = days.get(row.day) ?? { day: row.day, quads: { '1': 0, '2': 0, '3': 0, '4': 0 }, byReport: 0 };
    const key = String(row.quadClass) as keyof TimelineDay['quads'];
    if (key in day.quads) day.quads[key] += row.events;
    days.set(row.day, { ...day, byReport: day.byReport + row.byReport });
  }
  return { clock, days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)), undated };
}
