/**
 * The SVG writer: the render model and page marks as vector shapes, labels as real
 * `<text>` (selectable, searchable, editable in Illustrator or Inkscape).
 */
import { escapeXml } from './graphml';
import type { Mark, PageLayout } from './page-layout';
import type { RenderEdge, RenderModel, RenderNode, TextStyle } from './render-model';
import { arrowHead, polygonPoints, shapeGeometry } from './shapes';

const f = (n: number) => (Math.round(n * 100) / 100).toString();

function shapeSvg(shape: string, cx: number, cy: number, w: number, h: number, attrs: string): string {
  const g = shapeGeometry(shape);
  if (g.kind === 'ellipse') return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(w / 2)}" ry="${f(h / 2)}" ${attrs}/>`;
  if (g.kind === 'rect') {
    const r = g.rounded ? ` rx="${f(Math.min(w, h) / 4)}"` : '';
    return `<rect x="${f(cx - w / 2)}" y="${f(cy - h / 2)}" width="${f(w)}" height="${f(h)}"${r} ${attrs}/>`;
  }
  return `<polygon points="${polygonPoints(g.points, cx, cy, w, h).map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" ${attrs}/>`;
}

function dashArray(style: string, width: number): string {
  if (style === 'dashed') return ` stroke-dasharray="${f(width * 4)} ${f(width * 3)}"`;
  if (style === 'dotted') return ` stroke-dasharray="${f(width)} ${f(width * 2)}"`;
  return '';
}

function textSvg(t: TextStyle, x: number, y: number, anchor: string, baseline: string, cls: string): string {
  const outline = t.outlineWidth > 0 ? ` stroke="${t.outlineColor}" stroke-width="${f(t.outlineWidth * 2)}" stroke-linejoin="round" paint-order="stroke"` : '';
  return `<text class="${cls}" x="${f(x)}" y="${f(y)}" font-family="${escapeXml(t.family)}" font-size="${f(t.size)}" font-weight="${t.weight}" fill="${t.color}" text-anchor="${anchor}" dominant-baseline="${baseline}"${outline}>${escapeXml(t.text)}</text>`;
}

function nodeSvg(n: RenderNode): string {
  const stroke = n.borderWidth > 0 ? `stroke="${n.borderColor}" stroke-width="${f(n.borderWidth)}"` : 'stroke="none"';
  const op = n.opacity < 1 ? ` opacity="${f(n.opacity)}"` : '';
  const parts = [shapeSvg(n.shape, n.x, n.y, n.width, n.height, `fill="${n.fill}" fill-opacity="${f(n.fillOpacity)}" ${stroke}`)];
  if (n.label) {
    const x = n.halign === 'left' ? n.x - n.width / 2 - 2 : n.halign === 'right' ? n.x + n.width / 2 + 2 : n.x;
    const anchor = n.halign === 'left' ? 'end' : n.halign === 'right' ? 'start' : 'middle';
    const [y, base] = n.valign === 'top' ? [n.y - n.height / 2 - 3, 'text-after-edge'] : n.valign === 'bottom' ? [n.y + n.height / 2 + 3, 'text-before-edge'] : [n.y, 'central'];
    parts.push(textSvg(n.label, x, y, anchor, base, 'node-label'));
  }
  return `<g class="node" data-id="${escapeXml(n.id)}"${op}>${parts.join('')}</g>`;
}

function edgeSvg(e: RenderEdge): string {
  const [s, ...rest] = e.points;
  const t = rest[rest.length - 1];
  if (!s || !t) return '';
  const ctrl = rest.slice(0, -1);
  const d = ctrl.length === 1 ? `M${f(s.x)},${f(s.y)} Q${f(ctrl[0]!.x)},${f(ctrl[0]!.y)} ${f(t.x)},${f(t.y)}` : `M${[s, ...rest].map((p) => `${f(p.x)},${f(p.y)}`).join(' L')}`;
  const op = e.opacity < 1 ? ` opacity="${f(e.opacity)}"` : '';
  const parts = [`<path d="${d}" fill="none" stroke="${e.color}" stroke-width="${f(e.width)}"${dashArray(e.lineStyle, e.width)}/>`];
  if (e.arrow) {
    const head = arrowHead(t, ctrl.length > 0 ? ctrl[ctrl.length - 1]! : s, e.width);
    parts.push(`<polygon points="${head.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}" fill="${e.arrowColor}"/>`);
  }
  if (e.label) {
    const mid = ctrl[0] ?? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
    parts.push(textSvg(e.label, mid.x, mid.y, 'middle', 'central', 'edge-label'));
  }
  return `<g class="edge" data-id="${escapeXml(e.id)}"${op}>${parts.join('')}</g>`;
}

export function markSvg(m: Mark): string {
  if (m.kind === 'text') {
    return `<text class="page-text" xml:space="preserve" x="${f(m.x)}" y="${f(m.y)}" font-family="Helvetica, Arial, sans-serif" font-size="${f(m.size)}" font-weight="${m.weight}" fill="${m.color}">${escapeXml(m.text)}</text>`;
  }
  if (m.kind === 'line') return `<line x1="${f(m.x1)}" y1="${f(m.y1)}" x2="${f(m.x2)}" y2="${f(m.y2)}" stroke="${m.color}" stroke-width="${f(m.width)}"${dashArray(m.dash, m.width)}/>`;
  return shapeSvg(m.shape, m.x, m.y, m.w, m.h, `fill="${m.fill}" stroke="${m.strokeWidth > 0 ? m.stroke : 'none'}" stroke-width="${f(m.strokeWidth)}"`);
}

export interface SvgOptions {
  /** CSS colour, or null for a transparent page. */
  readonly background: string | null;
  readonly title?: string;
}

export function buildSvg(model: RenderModel, page: PageLayout, options: SvgOptions): string {
  const g = page.graph;
  const transform = `translate(${f(g.offsetX)},${f(g.offsetY)}) scale(${g.scale}) translate(${f(-g.originX)},${f(-g.originY)})`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : '',
    options.background ? `<rect class="background" x="0" y="0" width="${page.width}" height="${page.height}" fill="${escapeXml(options.background)}"/>` : '',
    `<g class="graph" transform="${transform}">`,
    `<g class="edges">${model.edges.map(edgeSvg).join('\n')}</g>`,
    `<g class="nodes">${model.nodes.map(nodeSvg).join('\n')}</g>`,
    `</g>`,
    `<g class="decorations">${page.marks.map(markSvg).join('\n')}</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
