/**
 * One event per happening per article (GUIDELINES: "annotate each distinct happening once, at
 * its clearest statement"): records with the same type, trigger stem ("withdraw"/"withdrawal"),
 * agents and targets, that do not disagree on place or day, are one happening; the one that
 * says most (a day, a place, higher confidence) is kept, the earliest on a tie. A speaker's
 * statements are keyed without their targets, which are mostly what the statement was about.
 */
import type { EventRecord } from '@kg/model';

const key = (e: EventRecord) => `${e.type}|${e.trigger.toLowerCase().slice(0, 4)}|${[...e.agents].sort().join(',')}|${e.type === '01' ? '' : [...e.targets].sort().join(',')}`;

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
    // Where a statement was made is rarely told; only its day tells two statements apart.
    const same = list.find((g) => g.every((o) => (e.type === '01' || agree(o.location, e.location)) && agree(o.date, e.date)));
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
