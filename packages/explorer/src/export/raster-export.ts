/**
 * PNG and JPG from the render model. PNG is painted tile by tile and streamed row band by row
 * band into the encoder, so no canvas is ever larger than a tile and an image past the
 * browser's canvas limit still comes out (cy.png returns a blank one there). JPG needs one
 * canvas, so it is refused past the limit, with the reason.
 */
import { ExportError } from './export-error';
import { paintTile } from './canvas-painter';
import type { PageLayout } from './page-layout';
import { PngStreamEncoder } from './png-stream';
import type { RenderModel } from './render-model';
import { assessImageSize, LIMITS, planTiles } from './tile-plan';

export interface RasterOptions {
  /** CSS colour, or null for transparent (PNG only; JPG falls back to white). */
  readonly background: string | null;
  /** Written into the PNG (pHYs) so print tools place it at the right size. */
  readonly dpi?: number;
  readonly tileSize?: number;
  /** Called after each band with the share done (0–1), for a progress bar. */
  readonly onProgress?: (done: number) => void;
}

export interface RasterResult {
  readonly parts: Uint8Array[];
  readonly width: number;
  readonly height: number;
  readonly tiles: number;
}

function tileContext(width: number, height: number): OffscreenCanvasRenderingContext2D {
  let ctx: OffscreenCanvasRenderingContext2D | null = null;
  try {
    ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  } catch (cause) {
    throw new ExportError('CANVAS_UNAVAILABLE', `This browser cannot make a ${width}×${height} canvas; try a smaller scale or SVG.`, { cause });
  }
  if (!ctx) throw new ExportError('CANVAS_UNAVAILABLE', 'This browser gives no 2D canvas (OffscreenCanvas); export SVG instead.');
  return ctx;
}

export async function renderPng(model: RenderModel, page: PageLayout, options: RasterOptions): Promise<RasterResult> {
  const verdict = assessImageSize(page.width, page.height, 'png');
  if (!verdict.ok) throw new ExportError('TOO_LARGE', verdict.reason ?? 'The image is too large.');
  const tileSize = options.tileSize ?? LIMITS.defaultTile;
  const bands = planTiles(page.width, page.height, tileSize);
  const encoder = new PngStreamEncoder({ width: page.width, height: page.height, dpi: options.dpi });
  const ctx = tileContext(Math.min(tileSize, page.width), Math.min(tileSize, page.height));
  const stride = page.width * 4;
  let painted = 0;
  let tiles = 0;
  for (const [i, band] of bands.entries()) {
    const rows = new Uint8Array(stride * band.height);
    for (const tile of band.tiles) {
      paintTile(ctx, model, page, tile, options.background);
      const pixels = ctx.getImageData(0, 0, tile.width, tile.height).data;
      for (let r = 0; r < tile.height; r++) {
        const src = pixels.subarray(r * tile.width * 4, (r + 1) * tile.width * 4);
        rows.set(src, r * stride + tile.x * 4);
      }
      for (let k = 3; k < pixels.length; k += 4 * 97) if (pixels[k] !== 0) painted++;
      tiles++;
    }
    await encoder.addRows(rows, band.height);
    options.onProgress?.((i + 1) / bands.length);
  }
  if (painted === 0 && model.nodes.length > 0) {
    throw new ExportError('BLANK', 'The canvas came back empty although there are nodes to draw; the browser may be out of graphics memory. Try a smaller scale or SVG.');
  }
  return { parts: await encoder.finish(), width: page.width, height: page.height, tiles };
}

export async function renderJpg(model: RenderModel, page: PageLayout, options: RasterOptions & { readonly quality?: number }): Promise<Blob> {
  const verdict = assessImageSize(page.width, page.height, 'jpg');
  if (!verdict.ok) throw new ExportError('TOO_LARGE', verdict.reason ?? 'The image is too large.');
  const canvas = new OffscreenCanvas(page.width, page.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('CANVAS_UNAVAILABLE', `This browser cannot make a ${page.width}×${page.height} canvas; choose PNG (tiled) or SVG.`);
  paintTile(ctx, model, page, { x: 0, y: 0, width: page.width, height: page.height }, options.background ?? '#ffffff');
  return canvas.convertToBlob({ type: 'image/jpeg', quality: options.quality ?? 0.92 });
}
