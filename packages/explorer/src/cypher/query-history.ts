/**
 * The console's history and saved queries, kept in the browser. Storage is passed in
 * (localStorage in the page, a Map-backed stand-in in tests) and bad JSON is forgotten.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface SavedQuery {
  readonly name: string;
  readonly query: string;
  readonly params?: string;
}

const HISTORY_KEY = 'kg.cypher.history';
const SAVED_KEY = 'kg.cypher.saved';
export const HISTORY_SIZE = 50;

function read<T>(store: KeyValueStore, key: string): T[] {
  try {
    const value = JSON.parse(store.getItem(key) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

export function loadHistory(store: KeyValueStore): string[] {
  return read<string>(store, HISTORY_KEY).filter((q) => typeof q === 'string');
}

/** Most recent first, no duplicates, capped. */
export function addToHistory(store: KeyValueStore, query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return loadHistory(store);
  const next = [trimmed, ...loadHistory(store).filter((q) => q !== trimmed)].slice(0, HISTORY_SIZE);
  store.setItem(HISTORY_KEY, JSON.stringify(next));
  return next;
}

export function loadSaved(store: KeyValueStore): SavedQuery[] {
  return read<SavedQuery>(store, SAVED_KEY).filter((q) => q && typeof q.name === 'string' && typeof q.query === 'string');
}

export function saveQuery(store: KeyValueStore, saved: SavedQuery): SavedQuery[] {
  const next = [saved, ...loadSaved(store).filter((q) => q.name !== saved.name)];
  store.setItem(SAVED_KEY, JSON.stringify(next));
  return next;
}
