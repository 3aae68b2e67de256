/**
 * Items filed under string keys, given back in the order they were first registered. The
 * resolve stage asks it for the few clusters that could match a name instead of testing
 * every cluster against every candidate, which made a long article quadratic (3 MB: a minute).
 */
export class KeyIndex<T> {
  private readonly rank = new Map<T, number>();
  private readonly byKey = new Map<string, Set<T>>();

  /** Files `item` under `keys` (registering it on first sight). */
  file(item: T, keys: Iterable<string>): void {
    if (!this.rank.has(item)) this.rank.set(item, this.rank.size);
    for (const key of keys) {
      let items = this.byKey.get(key);
      if (!items) this.byKey.set(key, (items = new Set()));
      items.add(item);
    }
  }

  /** The items filed under any of `keys`, each once, in registration order. */
  get(...keys: string[]): T[] {
    const items = new Set<T>();
    for (const key of keys) for (const item of this.byKey.get(key) ?? []) items.add(item);
    return [...items].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
  }
}
