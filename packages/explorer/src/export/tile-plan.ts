/**
 * Planning of large raster exports. Browsers refuse canvases past a size (Chrome: 32,767 px a
 * side, 268 M px in all; cy.png then returns an empty image, cytoscape.js #2711), so a big
 * picture is drawn in tiles and stitched row band by row band into a streamed PNG: no canvas
 * ever holds more than one tile.
 */
export interface Tile {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface TileBand {
  readonly y: number;
  readonly height: number;
  readonly tiles: readonly Tile[];
}

export type ImageFormat = 'png' | 'jpg';

/** Above these, we refuse clearly rather than produce a file nobody can open or a blank one. */
export const LIMITS = {
  /** One canvas (JPG and single-canvas paths): safe on Chrome, Firefox and Safari. */
  canvasSide: 16_384,
  canvasArea: 16_384 * 8_192,
  /** Streamed PNG: bounded by the memory of one row band and what viewers open. */
  pngSide: 65_535,
  pngArea: 1_000_000_000,
  defaultTile: 2_048,
} as const;

export function planTiles(width: number, height: number, tileSize: number = LIMITS.defaultTile): TileBand[] {
  if (!(width > 0 && height > 0)) throw new RangeError(`cannot tile an empty image (${width}×${height})`);
  if (!(tileSize >= 16)) throw new RangeError(`tile size ${tileSize} is too small`);
  const bands: TileBand[] = [];
  for (let y = 0; y < height; y += tileSize) {
    const h = Math.min(tileSize, height - y);
    const tiles: Tile[] = [];
    for (let x = 0; x < width; x += tileSize) tiles.push({ x, y, width: Math.min(tileSize, width - x), height: h });
    bands.push({ y, height: h, tiles });
  }
  return bands;
}

export interface SizeVerdict {
  readonly ok: boolean;
  /** True when the image is bigger than one canvas and will be drawn in tiles. */
  readonly tiled: boolean;
  /** Why it cannot be made, and what to do instead. */
  readonly reason?: string;
}

export function assessImageSize(width: number, height: number, format: ImageFormat): SizeVerdict {
  const fitsCanvas = width <= LIMITS.canvasSide && height <= LIMITS.canvasSide && width * height <= LIMITS.canvasArea;
  if (format === 'jpg') {
    if (fitsCanvas) return { ok: true, tiled: false };
    return {
      ok: false,
      tiled: false,
      reason: `A ${width}×${height} px JPG is past the browser's canvas limit (${LIMITS.canvasSide} px a side, ${Math.round(LIMITS.canvasArea / 1e6)} M px); choose PNG, which is drawn in tiles, or a smaller scale.`,
    };
  }
  if (width > LIMITS.pngSide || height > LIMITS.pngSide || width * height > LIMITS.pngArea) {
    return {
      ok: false,
      tiled: true,
      reason: `A ${width}×${height} px PNG is past what can be made here (${LIMITS.pngSide} px a side, ${LIMITS.pngArea / 1e6} M px); choose a smaller scale or export SVG, which has no size limit.`,
    };
  }
  return { ok: true, tiled: !fitsCanvas };
}

/** Scale from DPI: CSS pixels are 96 per inch, so 300 DPI is 3.125×. */
export function scaleForDpi(dpi: number): number {
  return dpi / 96;
}
