/**
 * Paints the render model and page marks on a 2D canvas, one tile at a time: the same page
 * the SVG writer draws, so raster and vector exports match. A tile is a window onto the page
 * in output pixels; everything outside it is skipped, so a tile costs what it shows.
 */
import type { Mark, PageLayout } from './page-layout';
import { labelBox, type RenderEdge, type RenderModel, type RenderNode, type TextStyle } from './render-model';
import { arrowHead, polygonPoints, shapeGeometry } from './shapes';
import type { Tile } from './tile-plan';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function shapePath(ctx: Ctx, shape: string, cx: number, cy: number, w: number, h: number): void {
  const g = shapeGeometry(shape);
  ctx.beginPath();
  if (g.kind === 'ellipse') ctx.ellipse(cx, cy, w / 2, h / 2, 0, 0, Math.PI * 2);
  else if (g.kind === 'rect') {
    if (g.rounded) ctx.roundRect(cx - w / 2, cy - h / 2, w, h, Math.min(w, h) / 4);
    else ctx.rect(cx - w / 2, cy - h / 2, w, h);
  } else {
    const pts = polygonPoints(g.points, cx, cy, w, h);
    pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
  }
}

function dash(ctx: Ctx, style: string, width: number): void {
  ctx.setLineDash(style === 'dashed' ? [width * 4, width * 3] : style === 'dotted' ? [width, width * 2] : []);
}

function text(ctx: Ctx, t: TextStyle, x: number, y: number, align: CanvasTextAlign, baseline: CanvasTextBaseline): void {
  ctx.font = `${t.weight} ${t.size}px ${t.family}`;
  ctx.textAlign = align;
  ctx.textBaseline = baseline;
  if (t.outlineWidth > 0) {
    ctx.lineJoin = 'round';
    ctx.lineWidth = t.outlineWidth * 2;
    ctx.strokeStyle = t.outlineColor;
    ctx.setLineDash([]);
    ctx.strokeText(t.text, x, y);
  }
  ctx.fillStyle = t.color;
  ctx.fillText(t.text, x, y);
}

function paintEdge(ctx: Ctx, e: RenderEdge): void {
  const [s, ...rest] = e.points;
  const t = rest[rest.length - 1];
  if (!s || !t) return;
  const ctrl = rest.slice(0, -1);
  ctx.globalAlpha = e.opacity;
  ctx.beginPath();
  ctx.moveTo(s.x, s.y);
  if (ctrl.length === 1) ctx.quadraticCurveTo(ctrl[0]!.x, ctrl[0]!.y, t.x, t.y);
  else for (const p of rest) ctx.lineTo(p.x, p.y);
  ctx.strokeStyle = e.color;
  ctx.lineWidth = e.width;
  dash(ctx, e.lineStyle, e.width);
  ctx.stroke();
  if (e.arrow) {
    const [tip, left, right] = arrowHead(t, ctrl.length > 0 ? ctrl[ctrl.length - 1]! : s, e.width);
    ctx.beginPath();
    ctx.moveTo(tip.x, tip.y);
    ctx.lineTo(left.x, left.y);
    ctx.lineTo(right.x, right.y);
    ctx.closePath();
    ctx.fillStyle = e.arrowColor;
    ctx.fill();
  }
  if (e.label) {
    const mid = ctrl[0] ?? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
    text(ctx, e.label, mid.x, mid.y, 'center', 'middle');
  }
  ctx.globalAlpha = 1;
}

function paintNode(ctx: Ctx, n: RenderNode): void {
  ctx.globalAlpha = n.opacity * n.fillOpacity;
  shapePath(ctx, n.shape, n.x, n.y, n.width, n.height);
  ctx.fillStyle = n.fill;
  ctx.fill();
  ctx.globalAlpha = n.opacity;
  if (n.borderWidth > 0) {
    ctx.strokeStyle = n.borderColor;
    ctx.lineWidth = n.borderWidth;
    ctx.setLineDash([]);
    ctx.stroke();
  }
  if (n.label) {
    const x = n.halign === 'left' ? n.x - n.width / 2 - 2 : n.halign === 'right' ? n.x + n.width / 2 + 2 : n.x;
    const align: CanvasTextAlign = n.halign === 'left' ? 'right' : n.halign === 'right' ? 'left' : 'center';
    if (n.valign === 'top') text(ctx, n.label, x, n.y - n.height / 2 - 3, align, 'bottom');
    else if (n.valign === 'bottom') text(ctx, n.label, x, n.y + n.height / 2 + 3, align, 'top');
    else text(ctx, n.label, x, n.y, align, 'middle');
  }
  ctx.globalAlpha = 1;
}

export function paintMark(ctx: Ctx, m: Mark): void {
  if (m.kind === 'text') {
    text(ctx, { text: m.text, size: m.size, weight: m.weight, family: 'Helvetica, Arial, sans-serif', color: m.color, outlineColor: '', outlineWidth: 0 }, m.x, m.y, 'left', 'alphabetic');
  } else if (m.kind === 'line') {
    ctx.beginPath();
    ctx.moveTo(m.x1, m.y1);
    ctx.lineTo(m.x2, m.y2);
    ctx.strokeStyle = m.color;
    ctx.lineWidth = m.width;
    dash(ctx, m.dash, m.width);
    ctx.stroke();
  } else {
    shapePath(ctx, m.shape, m.x, m.y, m.w, m.h);
    ctx.fillStyle = m.fill;
    ctx.fill();
    if (m.strokeWidth > 0) {
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = m.strokeWidth;
      ctx.setLineDash([]);
      ctx.stroke();
    }
  }
}

const MARGIN = 40; // model units around a tile still drawn, for labels and arrow heads that cross it

/** Paints the part of the page under `tile` onto a canvas of the tile's size. */
export function paintTile(ctx: Ctx, model: RenderModel, page: PageLayout, tile: Tile, background: string | null): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, tile.width, tile.height);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, tile.width, tile.height);
  }
  const g = page.graph;
  // Tile window in model coordinates, for culling.
  const x1 = (tile.x - g.offsetX) / g.scale + g.originX - MARGIN;
  const y1 = (tile.y - g.offsetY) / g.scale + g.originY - MARGIN;
  const x2 = (tile.x + tile.width - g.offsetX) / g.scale + g.originX + MARGIN;
  const y2 = (tile.y + tile.height - g.offsetY) / g.scale + g.originY + MARGIN;
  ctx.setTransform(g.scale, 0, 0, g.scale, g.offsetX - tile.x - g.originX * g.scale, g.offsetY - tile.y - g.originY * g.scale);
  for (const e of model.edges) {
    const xs = e.points.map((p) => p.x);
    const ys = e.points.map((p) => p.y);
    if (Math.max(...xs) < x1 || Math.min(...xs) > x2 || Math.max(...ys) < y1 || Math.min(...ys) > y2) continue;
    paintEdge(ctx, e);
  }
  for (const n of model.nodes) {
    const box = labelBox(n);
    const nx1 = Math.min(n.x - n.width / 2, box?.x1 ?? Infinity);
    const nx2 = Math.max(n.x + n.width / 2, box?.x2 ?? -Infinity);
    const ny1 = Math.min(n.y - n.height / 2, box?.y1 ?? Infinity);
    const ny2 = Math.max(n.y + n.height / 2, box?.y2 ?? -Infinity);
    if (nx2 < x1 || nx1 > x2 || ny2 < y1 || ny1 > y2) continue;
    paintNode(ctx, n);
  }
  ctx.setTransform(1, 0, 0, 1, -tile.x, -tile.y);
  for (const m of page.marks) paintMark(ctx, m);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
