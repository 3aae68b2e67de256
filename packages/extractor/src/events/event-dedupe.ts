/**
 * One event per happening per article (GUIDELINES: "annotate each distinct happening once, at
 * its clearest statement"): records with the same type, agents and targets are one happening;
 * the one that says most (a day, a place, higher confidence) is kept, the earliest on a tie.
 */
import type { EventRecord } from '@kg/model';

/** A speaker's statements in one article are one happening whatever they were about. */
const key = (e: EventRecord) => `${e.type}|${[...e.agents].sort().join(',')}|${e.type === '01' ? '' : [...e.targets].sort().join(',')}`;

function richness(e: EventRecord): number {
  return (e.date ? 2 : 0) + (e.location ? 1 : 0) + e.confidence;
}

/** Two tellings of one happening cannot disagree on where or when it was. */
const agree = (a: string | null, b: string | null) => a === null || b === null || a === b;

export function dedupeEvents(events: readonly EventRecord[]): EventRecord[] {
  const groups = new Map<string, EventRecord[][]>();
  for (const e of events) {
    const k = key(e);
    const list = groups.get(k) ?? [];
    const same = list.find((g) => g.every((o) => agree(o.location, e.location) && agree(o.date, e.date)));
    if (same) same.push(e);
    else list.push([e]);
    groups.set(k, list);
  }
  const kept = new Set<EventRecord>();
  for (const list of groups.values()) {
    for (const g of list) kept.add(g.reduce((best, e) => (richness(e) > richness(best) ? e : best)));
  }
  return events.filter((e) => kept.has(e));
}
