import { ringPositions } from './placement';
import { geoPositions } from './geo-layout';

describe('ringPositions', () => {
  it('places new nodes around the centre, apart from each other and from occupied spots', () => {
    const occupied = [{ x: 100, y: 0 }, { x: 0, y: 0 }];
    const spots = ringPositions({ x: 0, y: 0 }, 30, occupied, 70);
    expect(spots).toHaveLength(30);
    const all = [...occupied, ...spots];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i] as { x: number; y: number };
        const b = all[j] as { x: number; y: number };
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(42);
      }
    }
  });
});

describe('geoPositions', () => {
  it('puts located nodes at their coordinates (north up) and the rest below', () => {
    const pos = geoPositions([
      { id: 'damascus', lat: 33.5, lon: 36.3 },
      { id: 'moscow', lat: 55.75, lon: 37.6 },
      { id: 'isis', lat: null, lon: null },
    ]);
    expect(pos.get('moscow')!.y).toBeLessThan(pos.get('damascus')!.y);
    expect(pos.get('isis')!.y).toBeGreaterThan(pos.get('damascus')!.y);
  });
});
