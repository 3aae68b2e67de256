/**
 * Curation: who edits, and the decisions analysts record beside the extractor's reading.
 * ARCHITECTURE.md ("Curation: extraction, overrides, SAME_AS") explains the model.
 */
import type { CameoCode } from './cameo';
import type { EntityId, EntityType } from './entity';

/** Roles in rising order of power: a reader only reads, an editor curates, an admin also reverts anyone's change. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `needed` may. */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Who is asking: the name configured with their token, or `anonymous` reader. */
export interface Principal {
  readonly name: string;
  readonly role: Role;
}

/** The kinds of entry in the append-only change log. */
export const CHANGE_KINDS = [
  'entity.merge',
  'entity.split',
  'event.correct',
  'event.reject',
  'event.add',
  'suggestion.dismiss',
  'revert',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One entry of the change log (`GET /api/changes`). Entries are never edited or deleted. */
export interface ChangeEntry {
  readonly id: string;
  /** Order of the log (1, 2, …). */
  readonly seq: number;
  readonly kind: ChangeKind;
  readonly author: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly note: string | null;
  /** The entity or event the change is about. */
  readonly subject: string;
  /** A line a person can read ("merged Hemeti into Mohamed Hamdan Dagalo"). */
  readonly summary: string;
  /** Set once a later change reverted this one. */
  readonly revertedBy: string | null;
  /** For a revert: the change it undid. */
  readonly reverts: string | null;
}

/**
 * What the extractor's reading of an event is corrected to. Absent fields keep the
 * extractor's value; `rejected` hides the event (it is not an event).
 */
export interface EventCorrectionFields {
  readonly type?: CameoCode;
  readonly agents?: readonly EntityId[];
  readonly targets?: readonly EntityId[];
  readonly location?: EntityId | null;
  readonly date?: string | null;
  readonly rejected?: boolean;
}

/** Where an event was read: the key by which a correction finds it again in a new reading. */
export interface SentenceKey {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly trigger: string;
}

/** A stored event override or user-added event, as the re-apply stage reads it. */
export interface EventOverride {
  /** The graph id of the event it corrects (or of the event the user added). */
  readonly eventId: string;
  readonly keys: readonly SentenceKey[];
  readonly fields: EventCorrectionFields;
  /** True for an event a person added from a sentence (no extractor reading behind it). */
  readonly added: boolean;
  /** The sentence, kept so the event can be re-created when no reading yields it any more. */
  readonly sentence: string;
  readonly sentenceIndex: number;
  readonly author: string;
}

/** A recorded split: these surface forms of `from` are another entity. */
export interface SplitDecision {
  readonly from: EntityId;
  readonly to: EntityId;
  readonly toName: string;
  readonly toType: EntityType;
  readonly forms: readonly string[];
}

/** The entity a merged one now reads as. */
export interface MergeTarget {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
}

/** Everything the re-apply stage needs: merges (from → into, chains resolved), splits, event overrides. */
export interface CurationDecisions {
  readonly sameAs: ReadonlyMap<EntityId, MergeTarget>;
  readonly splits: readonly SplitDecision[];
  readonly overrides: readonly EventOverride[];
}

/** What applying the decisions to one article's new reading did. */
export interface ReapplyReport {
  readonly documentId: string;
  readonly file: string;
  /** Entity ids rewritten to the entity they were merged into. */
  readonly merged: readonly string[];
  /** Surface forms moved by a split. */
  readonly split: readonly string[];
  /** Event overrides that found their event again. */
  readonly overridden: readonly string[];
  /** Overrides whose sentence no longer yields the event: kept as user-added events. */
  readonly becameUserAdded: readonly string[];
  /** Rejections whose event the extractor no longer reads (nothing to hide any more). */
  readonly rejectionsWithoutEvent: readonly string[];
}
