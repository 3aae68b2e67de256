/**
 * A small time-limited cache for expensive whole-graph reads (the actor network): identical
 * requests within `ttlMs` share one answer, and concurrent identical requests share one
 * query in flight instead of each starting their own. Failures are not cached. Writes made
 * through this server call clear(); writes made elsewhere (kg ingest) show after ttlMs.
 */
export class SingleFlightCache<V> {
  private readonly entries = new Map<string, { readonly value: Promise<V>; readonly expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 200,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    if (this.entries.size >= this.maxEntries) this.evictExpiredOrOldest();
    const value = load();
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  private evictExpiredOrOldest(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
