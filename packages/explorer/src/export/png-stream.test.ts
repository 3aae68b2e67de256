import { PNG } from 'pngjs';
import { PngStreamEncoder, concatBytes } from './png-stream';

function pattern(width: number, height: number): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      px.set([(x * 7) & 255, (y * 13) & 255, (x + y) & 255, x % 5 === 0 ? 0 : 255], i);
    }
  return px;
}

describe('PngStreamEncoder', () => {
  it('writes a PNG that decodes to the same pixels when fed in uneven row bands', async () => {
    const width = 37;
    const height = 23;
    const px = pattern(width, height);
    const enc = new PngStreamEncoder({ width, height, dpi: 300 });
    const stride = width * 4;
    for (const [from, to] of [[0, 5], [5, 6], [6, 23]] as const) await enc.addRows(px.subarray(from * stride, to * stride), to - from);
    const png = PNG.sync.read(Buffer.from(concatBytes(await enc.finish())));
    expect([png.width, png.height]).toEqual([width, height]);
    expect(Buffer.from(png.data).equals(Buffer.from(px))).toBe(true);
  });

  it('records the DPI and refuses an incomplete image', async () => {
    const enc = new PngStreamEncoder({ width: 2, height: 2, dpi: 300 });
    await enc.addRows(new Uint8Array(8), 1);
    await expect(enc.finish()).rejects.toThrow(/1 of its 2 rows/);
    const ok = new PngStreamEncoder({ width: 1, height: 1, dpi: 300 });
    await ok.addRows(Uint8Array.of(1, 2, 3, 4), 1);
    const bytes = Buffer.from(concatBytes(await ok.finish()));
    const at = bytes.indexOf('pHYs');
    expect(at).toBeGreaterThan(0);
    expect(bytes.readUInt32BE(at + 4)).toBe(Math.round(300 / 0.0254));
  });
});
