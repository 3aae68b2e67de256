/** The suggestions queue on the graph: entity profiles in, suggestions out; dismissals are logged changes. */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { LABEL, REL, type Principal } from '@kg/model';
import { appendChange } from './change-log';
import { pairKey, suggestDuplicates, type DuplicateSuggestion, type EntityProfile } from './suggest-duplicates';

const PROFILES = `
MATCH (n:${LABEL.Entity})
RETURN n.id AS id, n.name AS name, n.type AS type, coalesce(n.aliases, [n.name]) AS aliases,
  COUNT { (n)-[:${REL.MENTIONED_IN}]->() } AS documents,
  reduce(s = 0, m IN [(n)-[m:${REL.MENTIONED_IN}]->() | m.count] | s + coalesce(m, 0)) AS mentions,
  [(n)-[:${REL.AFFILIATED_WITH}]->(a) | a.id] AS affiliations,
  [(n)-[:${REL.AGENT_IN}|${REL.TARGETS}|${REL.AT}]-(:${LABEL.Event})-[:${REL.AGENT_IN}|${REL.TARGETS}|${REL.AT}]-(p:${LABEL.Entity}) WHERE p <> n | p.id] AS partners`;

/** Dismissals still in force: logged and not reverted. */
const DISMISSED = `
MATCH (c:${LABEL.Change} {kind: 'suggestion.dismiss'})
WHERE NOT EXISTS { MATCH (:${LABEL.Change} {reverts: c.id}) }
RETURN c.subject AS key`;

export async function listSuggestions(driver: Driver, limit: number): Promise<DuplicateSuggestion[]> {
  const [profiles, dismissed] = await Promise.all([
    driver.executeQuery(PROFILES, {}, { routing: 'READ' }),
    driver.executeQuery(DISMISSED, {}, { routing: 'READ' }),
  ]);
  const entities: EntityProfile[] = profiles.records.map((r) => ({
    id: r.get('id'), name: r.get('name'), type: r.get('type'), aliases: r.get('aliases'),
    mentions: Number(r.get('mentions')), affiliations: r.get('affiliations'), partners: [...new Set(r.get('partners') as string[])],
  }));
  return suggestDuplicates(entities, new Set(dismissed.records.map((r) => r.get('key') as string)), limit);
}

export interface DismissDetails {
  readonly key: string;
}

export async function dismissSuggestion(tx: ManagedTransaction, who: Principal, a: string, b: string, note: string | null) {
  const key = pairKey(a, b);
  const details: DismissDetails = { key };
  return appendChange(tx, who, { kind: 'suggestion.dismiss', subject: key, summary: `${a} and ${b} are different entities`, note, details });
}

/** Reverting a dismissal needs no graph change: the revert entry puts the pair back in the queue. */
export async function undismiss(_tx: ManagedTransaction, _details: DismissDetails): Promise<void> {}
