/**
 * How graph property values are typed and flattened for the data formats. GraphML and CSV
 * hold scalars only: lists become `; `-joined text, objects JSON; one type per key, the
 * widest seen (int < double < string), so Gephi and Cytoscape read them as typed columns.
 */
export type ScalarType = 'boolean' | 'int' | 'double' | 'string';

export function valueType(value: unknown): ScalarType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'bigint') return 'int';
  return 'string';
}

const RANK: Record<ScalarType, number> = { boolean: 0, int: 1, double: 2, string: 3 };

export function widen(a: ScalarType | null, b: ScalarType | null): ScalarType | null {
  if (!a) return b;
  if (!b) return a;
  if (a === b) return a;
  if (a === 'boolean' || b === 'boolean') return 'string';
  return RANK[a] > RANK[b] ? a : b;
}

/** Key → widest type over every record, keys in first-seen order. */
export function inferColumns(records: readonly Readonly<Record<string, unknown>>[]): Map<string, ScalarType> {
  const columns = new Map<string, ScalarType | null>();
  for (const record of records)
    for (const [key, value] of Object.entries(record)) columns.set(key, widen(columns.get(key) ?? null, valueType(value)));
  const typed = new Map<string, ScalarType>();
  for (const [key, type] of columns) typed.set(key, type ?? 'string');
  return typed;
}

export function flatten(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(flatten).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
