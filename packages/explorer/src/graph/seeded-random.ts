/**
 * A seeded PRNG (mulberry32) and a way to run a synchronous computation with it standing in
 * for Math.random: fcose randomises its start from Math.random, so seeding it with the
 * graph's own ids gives the same picture for the same graph on every load.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the ids, in the order given (callers sort them). */
export function seedOf(ids: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return h >>> 0;
}

/** Runs `work` with Math.random replaced by a generator seeded with `seed`; restores it after. */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
