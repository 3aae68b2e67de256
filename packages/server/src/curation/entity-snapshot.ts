/**
 * An entity's node and every link it has, as plain data: what a merge moves, and what its
 * undo puts back exactly.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { LABEL, REL, type EntityType } from '@kg/model';

export interface MentionLink {
  readonly documentId: string;
  readonly count: number;
  readonly forms: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export interface AffiliationLink {
  readonly other: string;
  readonly role: string | null;
}

export interface EntitySnapshot {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly searchText: string;
  readonly agentIn: readonly string[];
  readonly targetOf: readonly string[];
  readonly placeOf: readonly string[];
  readonly mentions: readonly MentionLink[];
  readonly affiliatedWith: readonly AffiliationLink[];
  readonly affiliates: readonly AffiliationLink[];
}

const SNAPSHOT = `
MATCH (n:${LABEL.Entity} {id: $id})
RETURN n.id AS id, n.name AS name, n.type AS type, coalesce(n.aliases, [n.name]) AS aliases, coalesce(n.searchText, '') AS searchText,
  [(n)-[:${REL.AGENT_IN}]->(e) | e.id] AS agentIn,
  [(e)-[:${REL.TARGETS}]->(n) | e.id] AS targetOf,
  [(e)-[:${REL.AT}]->(n) | e.id] AS placeOf,
  [(n)-[m:${REL.MENTIONED_IN}]->(d) | {documentId: d.id, count: m.count, forms: m.forms, starts: m.starts, ends: m.ends}] AS mentions,
  [(n)-[a:${REL.AFFILIATED_WITH}]->(x) | {other: x.id, role: a.role}] AS affiliatedWith,
  [(x)-[a:${REL.AFFILIATED_WITH}]->(n) | {other: x.id, role: a.role}] AS affiliates`;

/** The entity as it is now, or null when no (unmerged) entity has that id. */
export async function snapshotEntity(tx: ManagedTransaction, id: string): Promise<EntitySnapshot | null> {
  const { records } = await tx.run(SNAPSHOT, { id });
  const r = records[0];
  if (!r) return null;
  return Object.fromEntries(r.keys.map((key) => [key, r.get(key)])) as unknown as EntitySnapshot;
}
