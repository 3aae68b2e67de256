/**
 * Is a PNG a real picture of the size asked for? Decoded with pngjs: "failed" when there are
 * no bytes or they do not decode (Chrome's toDataURL gives "data:," past its canvas limit),
 * "wrong size" when the dimensions differ, "blank" when every pixel is the same colour
 * (cytoscape.js issues #2711, #1943, #2992), else "valid".
 */
import { PNG } from 'pngjs';

export type PngVerdict = 'valid' | 'blank' | 'wrong size' | 'failed';

export interface PngCheck {
  readonly verdict: PngVerdict;
  readonly width: number;
  readonly height: number;
  /** Share of pixels that are not the background colour: how much was drawn. */
  readonly drawn: number;
  readonly detail: string;
}

/** background: RGBA as one big-endian number (opaque white by default). */
export function checkPng(base64: string, expected: { width: number; height: number }, background = 0xffffffff): PngCheck {
  if (!base64) return { verdict: 'failed', width: 0, height: 0, drawn: 0, detail: 'no image data' };
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(base64, 'base64'));
  } catch (error) {
    return { verdict: 'failed', width: 0, height: 0, drawn: 0, detail: `not a PNG: ${error instanceof Error ? error.message : String(error)}` };
  }
  const { width, height, data } = png;
  if (width !== expected.width || height !== expected.height) {
    return { verdict: 'wrong size', width, height, drawn: 0, detail: `${width}×${height} px, expected ${expected.width}×${expected.height}` };
  }
  // Every pixel is read (not just up to the first difference), so a drawing cut short shows as
  // a small drawn share. Both exports ask for a white background; edge pixels may be
  // antialiased, so "the top-left pixel" is no good as the background.
  const first = data.readUInt32BE(0);
  let same = true;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const px = data.readUInt32BE(i);
    if (px !== first) same = false;
    if (px !== background) ink++;
  }
  const drawn = ink / (width * height);
  if (same) return { verdict: 'blank', width, height, drawn, detail: `every pixel is rgba(${[...data.subarray(0, 4)].join(', ')})` };
  return { verdict: 'valid', width, height, drawn, detail: '' };
}
