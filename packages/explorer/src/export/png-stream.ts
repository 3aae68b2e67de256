/**
 * A PNG encoder that takes the image a row band at a time, so a stitched picture of any
 * size never sits in one buffer or one canvas. Deflate is the platform's CompressionStream
 * (zlib format, as PNG's IDAT wants) in browsers and Node alike; the output is a list of
 * chunks ready for a Blob or a file.
 */
const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
const FILTER_SUB = 1;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new TextEncoder().encode(type);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

export interface PngStreamOptions {
  readonly width: number;
  readonly height: number;
  /** Written as the pHYs chunk so print tools know the intended size. */
  readonly dpi?: number;
}

export class PngStreamEncoder {
  private readonly head: Uint8Array[] = [];
  private readonly idat: Uint8Array[] = [];
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly drained: Promise<void>;
  private rowsWritten = 0;

  constructor(private readonly options: PngStreamOptions) {
    const { width, height, dpi } = options;
    if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
      throw new RangeError(`a PNG needs a positive whole size, not ${width}×${height}`);
    }
    const ihdr = new Uint8Array(13);
    const v = new DataView(ihdr.buffer);
    v.setUint32(0, width);
    v.setUint32(4, height);
    ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, no interlace
    this.head.push(SIGNATURE, chunk('IHDR', ihdr));
    if (dpi && dpi > 0) {
      const phys = new Uint8Array(9);
      const pv = new DataView(phys.buffer);
      const perMetre = Math.round(dpi / 0.0254);
      pv.setUint32(0, perMetre);
      pv.setUint32(4, perMetre);
      phys[8] = 1;
      this.head.push(chunk('pHYs', phys));
    }
    const stream = new CompressionStream('deflate');
    this.writer = stream.writable.getWriter();
    this.drained = (async () => {
      const reader = stream.readable.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value && value.length > 0) this.idat.push(chunk('IDAT', value));
      }
    })();
  }

  /** Adds `rows` rows of RGBA pixels (width × 4 bytes each) from the top down. */
  async addRows(rgba: Uint8Array, rows: number): Promise<void> {
    const stride = this.options.width * 4;
    if (rgba.length < rows * stride) throw new RangeError(`expected ${rows * stride} bytes for ${rows} rows, got ${rgba.length}`);
    if (this.rowsWritten + rows > this.options.height) throw new RangeError('more rows than the image height');
    const out = new Uint8Array(rows * (stride + 1));
    for (let r = 0; r < rows; r++) {
      const src = r * stride;
      const dst = r * (stride + 1);
      out[dst] = FILTER_SUB;
      for (let i = 0; i < 4 && i < stride; i++) out[dst + 1 + i] = rgba[src + i]!;
      for (let i = 4; i < stride; i++) out[dst + 1 + i] = (rgba[src + i]! - rgba[src + i - 4]!) & 0xff;
    }
    this.rowsWritten += rows;
    await this.writer.write(out);
  }

  /** Closes the stream; the PNG is the concatenation of the returned parts. */
  async finish(): Promise<Uint8Array[]> {
    if (this.rowsWritten !== this.options.height) {
      throw new RangeError(`the PNG has ${this.rowsWritten} of its ${this.options.height} rows`);
    }
    await this.writer.close();
    await this.drained;
    return [...this.head, ...this.idat, chunk('IEND', new Uint8Array(0))];
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
