import { exportFileName } from './file-name';
import { assessImageSize, planTiles, scaleForDpi } from './tile-plan';

describe('exportFileName', () => {
  it('names the focus and the time window', () => {
    expect(exportFileName({ names: ['Russia', 'Syria'], from: '2017-11-20', to: '2017-12-11', extension: 'png' })).toBe('russia-syria-2017-11-20_2017-12-11.png');
    expect(exportFileName({ names: ['Türkiye', 'Iran', 'Russia', 'Syria'], extension: 'svg' })).toBe('turkiye-iran-russia-and-more.svg');
    expect(exportFileName({ title: 'Who fought ISIS?', from: '2017-12-11', to: '2017-12-11T10:00', extension: 'graphml' })).toBe('who-fought-isis-2017-12-11.graphml');
    expect(exportFileName({ scope: 'selection', to: '2017-12-01', extension: 'nodes.csv' })).toBe('selection-until-2017-12-01.nodes.csv');
    expect(exportFileName({ names: ['—'], extension: 'png' })).toBe('graph.png');
  });
});

describe('tile planning', () => {
  it('covers the image exactly with tiles no bigger than asked', () => {
    const bands = planTiles(5000, 3000, 2048);
    expect(bands.map((b) => b.height)).toEqual([2048, 952]);
    const tiles = bands.flatMap((b) => b.tiles);
    expect(tiles).toHaveLength(6);
    expect(tiles.reduce((a, t) => a + t.width * t.height, 0)).toBe(5000 * 3000);
    expect(tiles.every((t) => t.width <= 2048 && t.height <= 2048)).toBe(true);
    expect(() => planTiles(0, 10)).toThrow(/empty/);
  });

  it('tiles PNGs past the canvas limit and refuses what cannot be made, saying why', () => {
    expect(assessImageSize(4000, 3000, 'png')).toEqual({ ok: true, tiled: false });
    expect(assessImageSize(40000, 20000, 'png')).toEqual({ ok: true, tiled: true });
    const jpg = assessImageSize(40000, 20000, 'jpg');
    expect(jpg.ok).toBe(false);
    expect(jpg.reason).toMatch(/choose PNG/);
    expect(assessImageSize(70000, 100, 'png').reason).toMatch(/smaller scale or export SVG/);
    expect(scaleForDpi(300)).toBeCloseTo(3.125);
  });
});
