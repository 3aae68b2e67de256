import type { EntityType } from './entity';

/** The JSON contract of `kg extract --json` (shared eval GUIDELINES.md). Extra fields are allowed. */
export interface ExtractionOutput {
  readonly documents: readonly ContractDocument[];
}

export interface ContractDocument {
  readonly file: string;
  readonly title?: string;
  readonly published?: string | null;
  readonly entities: readonly ContractEntity[];
  readonly events: readonly ContractEvent[];
}

export interface ContractEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: readonly string[];
}

export interface ContractEvent {
  readonly id: string;
  readonly type: string;
  readonly agents: readonly string[];
  readonly targets: readonly string[];
  readonly location: string | null;
  readonly date: string | null;
  readonly sentence: string;
  readonly [extra: string]: unknown;
}
