/**
 * Cross-article event merge, as GDELT counts sources: the same happening told by several
 * articles becomes one Event with one REPORTED_IN link per article. Pure: the writer reads
 * the candidate events from the graph, this decides, the writer writes.
 *
 * A report merges into a stored event only when everything both know agrees:
 *  - the CAMEO root code is the same;
 *  - the agents overlap and one side's agents include the other's (Putin vs Putin+Russia
 *    agree, Putin vs Erdogan do not);
 *  - the targets, when both name some, likewise;
 *  - the places are the same, one is unknown, or one report's sentence also names the other's
 *    place ("From Hemeimeem, Putin ordered … troops deployed in Syria" is told elsewhere as
 *    a withdrawal from Syria: a base and its country, two precisions of one place);
 *  - the dates are the same or one is unknown. A date guessed from the publication day is
 *    only a bound: the happening is on or before it, at most a week earlier.
 * A report never merges into an event its own article already reports (two sentences of
 * one article are told apart by the extractor, not here).
 */
import type { DateSource, EventRecord } from '@kg/model';

/** What the graph holds about a stored event that may be the same happening. */
export interface EventCandidate {
  readonly id: string;
  readonly cameo: string;
  readonly agents: readonly string[];
  readonly targets: readonly string[];
  readonly location: string | null;
  readonly date: string | null;
  readonly dateSource: string;
  /** Ids of the documents that already report it. */
  readonly documentIds: readonly string[];
  /** Entities named inside its reporting sentences (for the place rule); default none. */
  readonly sentenceEntities?: readonly string[];
}

export type MergeDecision =
  /** A happening not in the graph yet: the event takes the record's id. */
  | { readonly kind: 'new' }
  /** Another article's event: this report joins it, and the note says why. */
  | { readonly kind: 'merge'; readonly into: string; readonly note: string }
  /** This article was written before: its report goes where it went then. */
  | { readonly kind: 'rewrite'; readonly into: string };

/** How far before a publication day a dated report may place the same happening. */
export const PUBLICATION_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

function isSubset(small: readonly string[], big: readonly string[]): boolean {
  return small.every((id) => big.includes(id));
}

function rolesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || isSubset(a, b) || isSubset(b, a);
}

function isGuessed(source: string): boolean {
  return source === 'publication' || source === 'unknown';
}

/** True when `day` lies on `bound` or at most the window before it. */
function withinWindowBefore(day: string, bound: string): boolean {
  const gap = (Date.parse(bound) - Date.parse(day)) / DAY_MS;
  return Number.isFinite(gap) && gap >= 0 && gap <= PUBLICATION_WINDOW_DAYS;
}

export function datesAgree(
  a: { readonly date: string | null; readonly dateSource: string },
  b: { readonly date: string | null; readonly dateSource: string },
): boolean {
  if (a.date === null || b.date === null || a.date === b.date) return true;
  const aGuess = isGuessed(a.dateSource);
  const bGuess = isGuessed(b.dateSource);
  if (aGuess && bGuess) return true;
  if (aGuess) return withinWindowBefore(b.date, a.date);
  if (bGuess) return withinWindowBefore(a.date, b.date);
  return false;
}

/** Whether the two places can be one: equal, unknown, or named together in a sentence. */
function placeNote(record: EventRecord, candidate: EventCandidate, recordSentence: readonly string[]): string | null {
  const mine = record.location;
  const theirs = candidate.location;
  if (mine === null || theirs === null) return 'place unknown on one side';
  if (mine === theirs) return `same place ${mine}`;
  if (recordSentence.includes(theirs) || (candidate.sentenceEntities ?? []).includes(mine)) {
    return `places ${mine}/${theirs} named together in a reporting sentence`;
  }
  return null;
}

/**
 * Why a report and a stored event are one happening, or null when they are not.
 * `recordSentence` lists the entities the report's own sentence names.
 */
export function mergeReason(record: EventRecord, candidate: EventCandidate, recordSentence: readonly string[] = []): string | null {
  if (record.type !== candidate.cameo) return null;
  const shared = record.agents.filter((id) => candidate.agents.includes(id));
  if (shared.length === 0) return null;
  if (!rolesAgree(record.agents, candidate.agents)) return null;
  if (!rolesAgree(record.targets, candidate.targets)) return null;
  const place = placeNote(record, candidate, recordSentence);
  if (place === null) return null;
  if (!datesAgree(record, candidate)) return null;
  const parts = [`same CAMEO ${record.type}`, `shared agents ${shared.join(', ')}`, place];
  parts.push(record.date && candidate.date ? `dates ${record.date}/${candidate.date} agree` : 'date unknown on one side');
  return parts.join('; ');
}

/** The candidate sharing the most agents and targets wins; ties go to the most reported. */
function score(record: EventRecord, candidate: EventCandidate): number {
  const agents = record.agents.filter((id) => candidate.agents.includes(id)).length;
  const targets = record.targets.filter((id) => candidate.targets.includes(id)).length;
  const place = record.location !== null && record.location === candidate.location ? 1 : 0;
  return agents * 1000 + targets * 100 + place * 10 + Math.min(candidate.documentIds.length, 9);
}

/**
 * Decides, for every event of one article, whether it joins a stored event or is new.
 * `already` maps record ids this article wrote before (a re-ingest) to their event: those
 * keep their event, so writing the same article twice changes nothing. `sentenceEntities`
 * maps record ids to the entities their sentence names.
 */
export function planEventMerges(
  documentId: string,
  records: readonly EventRecord[],
  candidates: readonly EventCandidate[],
  already: ReadonlyMap<string, string> = new Map(),
  sentenceEntities: ReadonlyMap<string, readonly string[]> = new Map(),
): ReadonlyMap<string, MergeDecision> {
  // One report per article per event: an event this article reports is no candidate.
  const taken = new Set<string>(already.values());
  const plan = new Map<string, MergeDecision>();
  for (const record of records) {
    const previous = already.get(record.id);
    if (previous !== undefined) {
      plan.set(record.id, { kind: 'rewrite', into: previous });
      continue;
    }
    let best: { candidate: EventCandidate; note: string; score: number } | null = null;
    for (const candidate of candidates) {
      if (taken.has(candidate.id) || candidate.documentIds.includes(documentId)) continue;
      const note = mergeReason(record, candidate, sentenceEntities.get(record.id) ?? []);
      if (note === null) continue;
      const s = score(record, candidate);
      if (!best || s > best.score || (s === best.score && candidate.id < best.candidate.id)) best = { candidate, note, score: s };
    }
    if (best) {
      taken.add(best.candidate.id);
      plan.set(record.id, { kind: 'merge', into: best.candidate.id, note: best.note });
    } else {
      plan.set(record.id, { kind: 'new' });
    }
  }
  return plan;
}

/** Which of two dates to keep on a merged event: the better-founded one. */
export const DATE_SOURCE_RANK: Readonly<Record<DateSource, number>> = {
  explicit: 3,
  relative: 2,
  publication: 1,
  unknown: 0,
};
