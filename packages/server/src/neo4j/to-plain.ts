/**
 * Neo4j values → JSON-safe values. Integers become numbers (or strings past 2^53), temporal
 * and spatial values become their ISO/text forms, so responses never depend on whether the
 * caller's driver was built with disableLosslessIntegers.
 */
import neo4j, { isInt } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value !== 'object') return value;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value) || neo4j.isPoint(value)
  ) {
    return String(value);
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}

export function toPlainProps(properties: Record<string, unknown>): Record<string, unknown> {
  return toPlain(properties) as Record<string, unknown>;
}

/** A number from a query result that may be an Integer, a number or null. */
export function toNumber(value: unknown): number {
  const plain = toPlain(value);
  return typeof plain === 'number' ? plain : Number(plain ?? 0);
}
