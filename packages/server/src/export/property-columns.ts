/**
 * The typed columns of an export: every property key seen on the nodes (or edges), with the
 * narrowest GraphML type that holds all its values. Lists become text ("a; b"). Pure.
 */
export type ColumnType = 'boolean' | 'long' | 'double' | 'string';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

function typeOf(value: unknown): ColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(a: ColumnType | undefined, b: ColumnType): ColumnType {
  if (!a || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

export function toColumns(items: readonly { properties: Readonly<Record<string, unknown>> }[], skip: readonly string[] = []): Column[] {
  const types = new Map<string, ColumnType | undefined>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.properties)) {
      if (skip.includes(name)) continue;
      const type = typeOf(value);
      const known = types.get(name);
      types.set(name, type ? widen(known, type) : known);
    }
  }
  return [...types.entries()].map(([name, type]) => ({ name, type: type ?? 'string' }));
}

/** A value as text for a cell of the given column type (lists joined with "; "). */
export function toCellText(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (type === 'string') return String(value);
  return String(value);
}

/** The display label tools show for a node: name, else label, title, id. */
export function displayLabel(id: string, properties: Readonly<Record<string, unknown>>): string {
  for (const key of ['name', 'label', 'title']) {
    const value = properties[key];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return id;
}
