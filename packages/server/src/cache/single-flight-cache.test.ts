import { SingleFlightCache } from './single-flight-cache';

describe('SingleFlightCache', () => {
  it('shares one load between concurrent and repeated calls until the entry expires', async () => {
    let clock = 0;
    let loads = 0;
    const cache = new SingleFlightCache<number>(1_000, 10, () => clock);
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    clock = 999;
    expect(await cache.get('k', load)).toBe(1);
    clock = 1_000;
    expect(await cache.get('k', load)).toBe(2);
    cache.clear();
    expect(await cache.get('k', load)).toBe(3);
  });

  it('does not keep failures, and evicts the oldest entry when full', async () => {
    const cache = new SingleFlightCache<string>(60_000, 2);
    await expect(cache.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.get('bad', async () => 'ok')).toBe('ok');
    await cache.get('two', async () => 'two');
    await cache.get('three', async () => 'three');
    expect(await cache.get('bad', async () => 'reloaded')).toBe('reloaded');
  });

  it('loads every time when the ttl is zero', async () => {
    let loads = 0;
    const cache = new SingleFlightCache<number>(0);
    await cache.get('k', async () => ++loads);
    await cache.get('k', async () => ++loads);
    expect(loads).toBe(2);
  });
});
