/**
 * Where everything goes on the exported page, in output pixels: the title band, the graph
 * (model coordinates scaled from the bounds' top-left), the legend and the footer. The
 * decorations are plain marks that the SVG writer and the canvas painter both draw, so the
 * raster and vector exports show the same page.
 */
import type { Legend } from './legend';
import { textWidth, type Bounds } from './render-model';

export type Mark =
  | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly size: number; readonly weight: 'normal' | 'bold'; readonly color: string }
  | { readonly kind: 'shape'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly shape: string; readonly fill: string; readonly stroke: string; readonly strokeWidth: number }
  | { readonly kind: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly color: string; readonly width: number; readonly dash: 'solid' | 'dashed' | 'dotted' };

export interface PageInput {
  /** Graph bounds in model coordinates. */
  readonly bounds: Bounds;
  /** Output pixels per model unit. */
  readonly scale: number;
  readonly title?: string;
  readonly legend?: Legend | null;
  readonly footer?: readonly string[];
}

export interface PageLayout {
  readonly width: number;
  readonly height: number;
  /** out = (model − origin) × scale + offset */
  readonly graph: { readonly offsetX: number; readonly offsetY: number; readonly originX: number; readonly originY: number; readonly scale: number; readonly width: number; readonly height: number };
  readonly marks: readonly Mark[];
}

const TEXT_COLOR = '#222222';
const MUTED = '#555555';

function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Math.max(4, Math.floor(width / (size * 0.58)) - 1);
  return `${text.slice(0, chars)}…`;
}

export function planPage(input: PageInput): PageLayout {
  const u = Math.max(0.25, input.scale);
  const pad = 24 * u;
  const gw = Math.max(1, (input.bounds.x2 - input.bounds.x1) * input.scale);
  const gh = Math.max(1, (input.bounds.y2 - input.bounds.y1) * input.scale);
  const hasLegend = !!input.legend && input.legend.nodes.length + input.legend.edges.length > 0;
  const footer = input.footer ?? [];
  const minWidth = (input.title || hasLegend || footer.length > 0 ? 560 : 0) * u;
  const width = Math.ceil(Math.max(gw + 2 * pad, minWidth));
  const inner = width - 2 * pad;
  const marks: Mark[] = [];
  let y = pad;
  if (input.title) {
    const size = 22 * u;
    marks.push({ kind: 'text', x: pad, y: y + size, text: fit(input.title, size, inner), size, weight: 'bold', color: TEXT_COLOR });
    y += size * 1.8;
  }
  const graphY = y;
  const graphX = pad + (inner - gw) / 2;
  y += gh + pad;
  if (hasLegend && input.legend) {
    const entryW = 240 * u;
    const rowH = 20 * u;
    const cols = Math.max(1, Math.floor(inner / entryW));
    const entries = [
      ...input.legend.nodes.map((n) => (x: number, top: number) => {
        marks.push({ kind: 'shape', x: x + 7 * u, y: top + rowH / 2, w: 14 * u, h: 14 * u, shape: n.shape, fill: n.fill, stroke: n.borderColor, strokeWidth: Math.min(2, n.borderWidth) * u });
        marks.push({ kind: 'text', x: x + 22 * u, y: top + rowH / 2 + 4.5 * u, text: fit(`${n.kind} (${n.count})`, 12 * u, entryW - 26 * u), size: 12 * u, weight: 'normal', color: TEXT_COLOR });
      }),
      ...input.legend.edges.map((e) => (x: number, top: number) => {
        marks.push({ kind: 'line', x1: x, y1: top + rowH / 2, x2: x + 18 * u, y2: top + rowH / 2, color: e.color, width: e.width * u, dash: e.lineStyle });
        marks.push({ kind: 'text', x: x + 22 * u, y: top + rowH / 2 + 4.5 * u, text: fit(`${e.kind} (${e.count})`, 12 * u, entryW - 26 * u), size: 12 * u, weight: 'normal', color: TEXT_COLOR });
      }),
    ];
    entries.forEach((draw, i) => draw(pad + (i % cols) * entryW, y + Math.floor(i / cols) * rowH));
    y += Math.ceil(entries.length / cols) * rowH + 10 * u;
  }
  if (footer.length > 0) {
    const size = 11 * u;
    for (const line of footer) {
      y += size * 1.45;
      marks.push({ kind: 'text', x: pad, y, text: fit(line, size, inner), size, weight: 'normal', color: MUTED });
    }
    y += 10 * u;
  }
  const height = Math.ceil(Math.max(y, graphY + gh + pad));
  return {
    width,
    height,
    graph: { offsetX: graphX, offsetY: graphY, originX: input.bounds.x1, originY: input.bounds.y1, scale: input.scale, width: gw, height: gh },
    marks,
  };
}
