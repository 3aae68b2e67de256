import type { CameoCode, QuadClass } from './cameo';
import type { EntityId } from './entity';
import type { Provenance } from './provenance';

/** How the date of an event was worked out. */
export type DateSource = 'explicit' | 'relative' | 'publication' | 'unknown';

/** Something an actor did, said or suffered, as read from one sentence of one article. */
export interface EventRecord {
  /** Stable within an article: derived from document id and sentence offsets. */
  readonly id: string;
  readonly type: CameoCode;
  readonly quadClass: QuadClass;
  /** The word that triggered the CAMEO type ("withdrawal", "met"). */
  readonly trigger: string;
  readonly agents: readonly EntityId[];
  readonly targets: readonly EntityId[];
  readonly location: EntityId | null;
  /** ISO day (YYYY-MM-DD) or null. */
  readonly date: string | null;
  readonly dateSource: DateSource;
  /** 0..1: how sure the rules are of type and roles. */
  readonly confidence: number;
  readonly provenance: Provenance;
}
