/**
 * JSON and JS have no integer type: whole numbers would reach Cypher as FLOATs, which
 * `LIMIT $n` and integer comparisons reject. Whole numbers become driver Integers.
 */
import neo4j from 'neo4j-driver';

export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toCypherParams(inner)]));
  }
  return value;
}
