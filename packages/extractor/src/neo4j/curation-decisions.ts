/**
 * Reads the analysts' stored decisions (SAME_AS merges, split rules, event overrides) that
 * bear on some articles, for the pure curation stage (../curation/apply-decisions.ts). Runs
 * inside the writer's transaction, so what is applied is what is stored at commit.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { isEntityType, LABEL, REL, type CurationDecisions, type EventOverride, type MergeTarget, type SplitDecision } from '@kg/model';

export const READ_DECISIONS = `
CALL () {
  OPTIONAL MATCH (m:${LABEL.MergedEntity})-[:${REL.SAME_AS}]->(t)
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {from: m.id, id: t.id, name: t.name, type: t.type} END) AS merges
}
CALL () {
  OPTIONAL MATCH (s:${LABEL.SplitRule})
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE s {.from, .to, .toName, .toType, .forms} END) AS splits
}
CALL () {
  OPTIONAL MATCH (o:${LABEL.Override}) WHERE any(d IN o.documentIds WHERE d IN $documentIds)
  RETURN collect(CASE WHEN o IS NULL THEN null ELSE o {.eventId, .keys, .fields, .added, .sentence, .sentenceIndex, .author} END) AS overrides
}
RETURN merges, splits, overrides`;

interface StoredOverride {
  eventId: string;
  keys: string;
  fields: string;
  added: boolean;
  sentence: string;
  sentenceIndex: number;
  author: string;
}

export function overrideFromNode(o: StoredOverride): EventOverride {
  return { ...o, keys: JSON.parse(o.keys) as EventOverride['keys'], fields: JSON.parse(o.fields) as EventOverride['fields'] };
}

export async function readDecisions(tx: ManagedTransaction, documentIds: readonly string[]): Promise<CurationDecisions> {
  const { records } = await tx.run(READ_DECISIONS, { documentIds });
  const row = records[0];
  if (!row) return { sameAs: new Map(), splits: [], overrides: [] };
  const merges = row.get('merges') as (MergeTarget & { from: string })[];
  const sameAs = new Map<string, MergeTarget>();
  for (const m of merges) if (isEntityType(m.type)) sameAs.set(m.from, { id: m.id, name: m.name, type: m.type });
  return {
    sameAs,
    splits: row.get('splits') as SplitDecision[],
    overrides: (row.get('overrides') as StoredOverride[]).map(overrideFromNode),
  };
}
