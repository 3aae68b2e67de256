/** Reverting a logged change: the inverse of its kind, logged as a new `revert` entry. */
import type { ManagedTransaction } from 'neo4j-driver';
import { roleAllows, type Principal } from '@kg/model';
import { HttpError, notFound } from '../errors';
import { appendChange, READ_CHANGE, type StoredChange } from './change-log';
import { undoMerge, type MergeDetails } from './entity-merge';
import { undoSplit, type SplitDetails } from './entity-split';
import { undoEventChange, type EventChangeDetails } from './event-corrections';
import { undismiss, type DismissDetails } from './suggestions';

export async function revertChange(tx: ManagedTransaction, who: Principal, id: string, note: string | null) {
  const { records } = await tx.run(READ_CHANGE, { id });
  const row = records[0];
  if (!row) throw notFound('change', id, 'Change ids are in GET /api/changes.');
  const change = row.get('change') as StoredChange;
  if (row.get('revertedBy')) throw new HttpError(409, 'CONFLICT', `Change ${id} was already reverted (by change ${row.get('revertedBy')}).`, { hint: 'Nothing to do.' });
  if (change.kind === 'revert') throw new HttpError(400, 'BAD_REQUEST', 'A revert cannot itself be reverted.', { hint: 'Make the change again instead.' });
  if (change.author !== who.name && !roleAllows(who.role, 'admin')) {
    throw new HttpError(403, 'FORBIDDEN', `Change ${id} is ${change.author}'s; only its author or an admin can revert it.`, { hint: 'Ask an admin.' });
  }
  const details = JSON.parse(change.details) as unknown;
  switch (change.kind) {
    case 'entity.merge': await undoMerge(tx, details as MergeDetails); break;
    case 'entity.split': await undoSplit(tx, details as SplitDetails); break;
    case 'event.correct':
    case 'event.reject':
    case 'event.add': await undoEventChange(tx, details as EventChangeDetails); break;
    case 'suggestion.dismiss': await undismiss(tx, details as DismissDetails); break;
  }
  return appendChange(tx, who, { kind: 'revert', subject: change.subject, summary: `reverted: ${change.summary}`, note, details: { reverted: id }, reverts: id });
}
