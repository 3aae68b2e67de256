/**
 * The entities already in the graph, handed to the extractor's context so that a new
 * article's "Putin" resolves to the graph's "Vladimir Putin" and keeps its id.
 */
import type { Driver } from 'neo4j-driver';
import { LABEL, isEntityType, type Entity, type GeoPoint } from '@kg/model';

const LOAD_ENTITIES = `
MATCH (n:${LABEL.Entity})
RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases,
       n.lat AS lat, n.lon AS lon, n.geoSource AS geoSource
ORDER BY n.id`;

function geoOf(lat: unknown, lon: unknown, source: unknown): GeoPoint | null | undefined {
  if (typeof lat === 'number' && typeof lon === 'number' && typeof source === 'string') return { lat, lon, source };
  return source === 'not-found' ? null : undefined;
}

export async function loadKnownEntities(driver: Driver): Promise<Entity[]> {
  const { records } = await driver.executeQuery(LOAD_ENTITIES, {}, { routing: 'READ' });
  const entities: Entity[] = [];
  for (const r of records) {
    const type = r.get('type');
    const id = r.get('id');
    const name = r.get('name');
    if (!isEntityType(type) || typeof id !== 'string' || typeof name !== 'string') continue;
    const aliases = Array.isArray(r.get('aliases')) ? (r.get('aliases') as unknown[]).filter((a): a is string => typeof a === 'string') : [name];
    const geo = geoOf(r.get('lat'), r.get('lon'), r.get('geoSource'));
    entities.push({ id, name, type, aliases, ...(geo === undefined ? {} : { geo }) });
  }
  return entities;
}
