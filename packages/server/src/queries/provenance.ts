/**
 * Rows from the node query → provenance entries: for an event, the reported sentences; for
 * an entity, the sentence around each mention (found in the article text by offset).
 * Pure; sorted by article date, then position.
 */
import { sentenceAround } from './sentence-around';

interface DocumentRef {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly file: string | null;
  readonly text?: string | null;
}

export type ProvenanceRow =
  | { kind: 'mention'; document: DocumentRef; count: number | null; forms: string[] | null; starts: number[] | null; ends: number[] | null }
  | { kind: 'report'; document: DocumentRef; sentence: string | null; sentenceIndex: number | null; start: number | null; end: number | null };

export interface ProvenanceEntry {
  readonly kind: 'mention' | 'report';
  readonly document: { id: string; title: string | null; published: string | null; file: string | null };
  readonly sentence: string;
  readonly start: number | null;
  readonly end: number | null;
  /** The mention's surface form, for entity mentions. */
  readonly form?: string;
}

/** At most this many mentions per article (a country can be named forty times). */
const MAX_MENTIONS_PER_DOCUMENT = 10;

function docRef(document: DocumentRef): ProvenanceEntry['document'] {
  return { id: document.id, title: document.title ?? null, published: document.published ?? null, file: document.file ?? null };
}

function mentionEntries(row: Extract<ProvenanceRow, { kind: 'mention' }>): ProvenanceEntry[] {
  const starts = row.starts ?? [];
  const ends = row.ends ?? [];
  const text = row.document.text ?? '';
  const seen = new Set<string>();
  const entries: ProvenanceEntry[] = [];
  for (let i = 0; i < starts.length && entries.length < MAX_MENTIONS_PER_DOCUMENT; i += 1) {
    const start = starts[i] ?? 0;
    const end = ends[i] ?? start;
    const around = sentenceAround(text, start, end);
    if (seen.has(around.sentence)) continue; // two mentions in one sentence: show it once
    seen.add(around.sentence);
    entries.push({ kind: 'mention', document: docRef(row.document), sentence: around.sentence, start, end, form: text.slice(start, end) });
  }
  return entries;
}

export function toProvenance(rows: readonly (ProvenanceRow | null)[]): ProvenanceEntry[] {
  const entries = rows.flatMap((row): ProvenanceEntry[] => {
    if (!row) return [];
    if (row.kind === 'mention') return mentionEntries(row);
    return [{ kind: 'report', document: docRef(row.document), sentence: row.sentence ?? '', start: row.start, end: row.end }];
  });
  return entries.sort(
    (a, b) =>
      (a.document.published ?? '').localeCompare(b.document.published ?? '') ||
      a.document.id.localeCompare(b.document.id) ||
      (a.start ?? 0) - (b.start ?? 0),
  );
}
