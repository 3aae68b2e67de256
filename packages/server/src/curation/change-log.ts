/**
 * The append-only change log: one (:Change) node per correction, written in the same
 * transaction as the correction itself. Entries are never edited; a revert is a new entry
 * that names the one it undid (`reverts`), and "reverted by" is read from those.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { LABEL, type ChangeEntry, type ChangeKind, type Principal } from '@kg/model';

export interface NewChange {
  readonly kind: ChangeKind;
  readonly subject: string;
  readonly summary: string;
  readonly note?: string | null | undefined;
  /** What a revert needs (before/after states), as plain data. */
  readonly details: unknown;
  readonly reverts?: string | null;
}

const APPEND = `
OPTIONAL MATCH (last:${LABEL.Change})
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (c:${LABEL.Change} {id: $id, seq: seq, kind: $kind, author: $author, at: $at, note: $note,
  subject: $subject, summary: $summary, details: $details, reverts: $reverts})
RETURN c.seq AS seq`;

export async function appendChange(tx: ManagedTransaction, who: Principal, change: NewChange): Promise<ChangeEntry> {
  const entry = {
    id: randomUUID(),
    kind: change.kind,
    author: who.name,
    at: new Date().toISOString(),
    note: change.note ?? null,
    subject: change.subject,
    summary: change.summary,
    reverts: change.reverts ?? null,
  };
  const { records } = await tx.run(APPEND, { ...entry, details: JSON.stringify(change.details) });
  return { ...entry, seq: Number(records[0]?.get('seq')), revertedBy: null };
}

export const LIST_CHANGES = `
MATCH (c:${LABEL.Change})
WHERE ($author IS NULL OR c.author = $author) AND ($from IS NULL OR c.at >= $from) AND ($to IS NULL OR c.at <= $to)
  AND ($kind IS NULL OR c.kind = $kind)
OPTIONAL MATCH (r:${LABEL.Change} {reverts: c.id})
WITH c, head(collect(r.id)) AS revertedBy
ORDER BY c.seq DESC LIMIT $limit
RETURN c {.id, .seq, .kind, .author, .at, .note, .subject, .summary, .reverts} AS change, revertedBy`;

export const READ_CHANGE = `
MATCH (c:${LABEL.Change} {id: $id})
OPTIONAL MATCH (r:${LABEL.Change} {reverts: c.id})
RETURN c {.*} AS change, head(collect(r.id)) AS revertedBy`;

export interface StoredChange extends ChangeEntry {
  readonly details: string;
}
