/**
 * One event per happening per article (GUIDELINES: "annotate each distinct happening once, at
 * its clearest statement"): records with the same type, agents and targets are one happening;
 * the one that says most (a day, a place, higher confidence) is kept, the earliest on a tie.
 */
import type { EventRecord } from '@kg/model';

const key = (e: EventRecord) => `${e.type}|${[...e.agents].sort().join(',')}|${[...e.targets].sort().join(',')}`;

function richness(e: EventRecord): number {
  return (e.date ? 2 : 0) + (e.location ? 1 : 0) + e.confidence;
}

export function dedupeEvents(events: readonly EventRecord[]): EventRecord[] {
  const best = new Map<string, EventRecord>();
  for (const e of events) {
    const k = key(e);
    const held = best.get(k);
    if (!held || richness(e) > richness(held)) best.set(k, e);
  }
  const kept = new Set(best.values());
  return events.filter((e) => kept.has(e));
}
