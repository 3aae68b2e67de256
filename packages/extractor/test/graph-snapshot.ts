/**
 * The graph as two sorted lists of strings, nodes and relationships, to compare graphs built
 * by different ingest paths. An event is named by the reports it holds (document#record),
 * not by its id, which is the record id of whichever report created it.
 */
import type { Driver } from 'neo4j-driver';

export interface GraphSnapshot {
  readonly nodes: string[];
  readonly relationships: string[];
}

export async function graphSnapshot(driver: Driver): Promise<GraphSnapshot> {
  const keys = await driver.executeQuery(`
    MATCH (n)
    OPTIONAL MATCH (n)-[r:REPORTED_IN]->(d)
    WITH n, collect(d.id + '#' + r.recordId) AS reports
    RETURN elementId(n) AS element, labels(n) AS labels, n.id AS id, reports, properties(n) AS props`);
  const keyOf = new Map<string, string>();
  const nodes: string[] = [];
  for (const r of keys.records) {
    const labels = (r.get('labels') as string[]).sort().join(':');
    const reports = (r.get('reports') as string[]).sort();
    const key = labels.includes('Event') ? `Event[${reports.join(',')}]` : `${labels}(${r.get('id') as string})`;
    keyOf.set(r.get('element') as string, key);
    const props = { ...(r.get('props') as Record<string, unknown>) };
    delete props['id'];
    for (const list of ['aliases', 'mergeNotes']) if (Array.isArray(props[list])) props[list] = [...(props[list] as string[])].sort();
    if (typeof props['searchText'] === 'string') props['searchText'] = (props['searchText'] as string).split(' ').sort().join(' ');
    // The label and merge notes name whichever report came first; the reports name the event.
    if (labels.includes('Event')) {
      delete props['label'];
      delete props['mergeNotes'];
    }
    nodes.push(`${key} ${JSON.stringify(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)))}`);
  }
  const rels = await driver.executeQuery(`
    MATCH (a)-[r]->(b)
    RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props`);
  const relationships = rels.records.map((r) => {
    const props = r.get('props') as Record<string, unknown>;
    return `${keyOf.get(r.get('a') as string)} -${r.get('type') as string}-> ${keyOf.get(r.get('b') as string)} ${JSON.stringify(Object.entries(props).sort(([x], [y]) => (x < y ? -1 : 1)))}`;
  });
  return { nodes: nodes.sort(), relationships: relationships.sort() };
}

/**
 * What must not depend on the order articles are written in: entities, documents, mentions,
 * affiliations (without their role: the latest article's wording wins) and each report
 * (document#record) with its sentence. What the order may change is how reports are grouped
 * into events, and so the events' agent/target/place links: the cross-article merge is
 * greedy, so which of two near-identical happenings a report joins can depend on which was
 * written first.
 */
export function orderIndependentPart(snapshot: GraphSnapshot): GraphSnapshot {
  const eventLink = / -(AGENT_IN|TARGETS|AT)-> /;
  return {
    nodes: snapshot.nodes.filter((n) => !n.startsWith('Event[')),
    relationships: snapshot.relationships
      .filter((r) => !eventLink.test(r))
      .map((r) => r.replace(/^Event\[[^\]]*\] /, 'Event ').replace(/(-AFFILIATED_WITH-> \S+) .*$/, '$1'))
      .sort(),
  };
}
