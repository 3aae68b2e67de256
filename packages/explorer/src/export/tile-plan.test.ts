import { assessImageSize, LIMITS, planTiles, scaleForDpi } from './tile-plan';

describe('tile planning', () => {
  it('covers the image exactly once with tiles no larger than the tile size', () => {
    const bands = planTiles(5_000, 3_000, 2_048);
    const tiles = bands.flatMap((b) => b.tiles);
    expect(bands.map((b) => b.height)).toEqual([2_048, 952]);
    expect(tiles).toHaveLength(6);
    expect(tiles.every((t) => t.width <= 2_048 && t.height <= 2_048)).toBe(true);
    expect(tiles.reduce((area, t) => area + t.width * t.height, 0)).toBe(5_000 * 3_000);
    expect(bands[0]!.tiles.map((t) => t.x)).toEqual([0, 2_048, 4_096]);
  });

  it('tiles PNGs past the canvas limit, refuses JPGs there and everything past the PNG limit, with reasons', () => {
    expect(assessImageSize(4_000, 3_000, 'png')).toEqual({ ok: true, tiled: false });
    expect(assessImageSize(20_000, 20_000, 'png')).toEqual({ ok: true, tiled: true });
    const jpg = assessImageSize(20_000, 20_000, 'jpg');
    expect(jpg.ok).toBe(false);
    expect(jpg.reason).toMatch(/choose PNG/);
    const huge = assessImageSize(LIMITS.pngSide + 1, 100, 'png');
    expect(huge.ok).toBe(false);
    expect(huge.reason).toMatch(/export SVG/);
    expect(() => planTiles(0, 10)).toThrow(RangeError);
  });

  it('turns DPI into a scale over CSS pixels', () => {
    expect(scaleForDpi(96)).toBe(1);
    expect(scaleForDpi(300)).toBeCloseTo(3.125);
  });
});
