/**
 * What is drawn, read from Cytoscape's computed styles: positions, sizes, shapes, colours and
 * label text of each visible element. The SVG writer and the legend work from this plain
 * record, so they run (and are tested) in Node with headless Cytoscape as in the browser.
 */
import { EDGE_LEGEND } from '../graph/palette';
import type { Collection, EdgeSingular, NodeSingular } from 'cytoscape';
import { QUAD_CLASS_NAMES, type QuadClass } from '@kg/model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Bounds {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface TextStyle {
  readonly text: string;
  readonly size: number;
  readonly family: string;
  readonly weight: string;
  readonly color: string;
  readonly outlineColor: string;
  readonly outlineWidth: number;
}

export interface RenderNode {
  readonly id: string;
  readonly kind: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly shape: string;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly borderColor: string;
  readonly borderWidth: number;
  readonly opacity: number;
  readonly label: TextStyle | null;
  readonly valign: 'top' | 'center' | 'bottom';
  readonly halign: 'left' | 'center' | 'right';
}

export interface RenderEdge {
  readonly id: string;
  readonly kind: string;
  /** Start, optional control point(s), end. */
  readonly points: readonly Point[];
  readonly color: string;
  readonly width: number;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  readonly arrow: boolean;
  readonly arrowColor: string;
  readonly opacity: number;
  readonly label: TextStyle | null;
}

export interface RenderModel {
  readonly nodes: readonly RenderNode[];
  readonly edges: readonly RenderEdge[];
  readonly bounds: Bounds;
}

export interface RenderOptions {
  readonly labels?: boolean;
  readonly nodeKind?: (node: NodeSingular) => string;
  readonly edgeKind?: (edge: EdgeSingular) => string;
}

type Styled = NodeSingular | EdgeSingular;
interface ParsedStyle {
  readonly strValue?: string;
  readonly pfValue?: number;
  readonly value?: unknown;
}
// `pstyle` (the parsed, computed style) is public in Cytoscape but missing from its typings.
const pstyle = (ele: Styled, name: string): ParsedStyle | undefined =>
  (ele as unknown as { pstyle(name: string): ParsedStyle | undefined }).pstyle(name);
const str = (ele: Styled, name: string): string => String(pstyle(ele, name)?.strValue ?? '');
const num = (ele: Styled, name: string, fallback = 0): number => {
  const v = pstyle(ele, name) ?? {};
  const n = typeof v.pfValue === 'number' ? v.pfValue : typeof v.value === 'number' ? v.value : NaN;
  return Number.isFinite(n) ? n : fallback;
};

export function defaultNodeKind(node: NodeSingular): string {
  const d = node.data() as Record<string, unknown>;
  const t = d.kind ?? d.type ?? (Array.isArray(d.labels) ? d.labels[d.labels.length - 1] : undefined);
  const kind = typeof t === 'string' && t ? t.toLowerCase() : 'node';
  // Events are coloured by quad class, so the legend names the class too.
  const q = Number(d.quadClass);
  return kind === 'event' && q >= 1 && q <= 4 ? `event: ${QUAD_CLASS_NAMES[q as QuadClass]}` : kind;
}

export function defaultEdgeKind(edge: EdgeSingular): string {
  const d = edge.data() as Record<string, unknown>;
  // Actor-network edges carry their legend key: one entry per colour/dash, worded as in the app.
  const entry = EDGE_LEGEND.find((e) => e.key === d.legend);
  if (entry) return entry.label;
  const q = Number(d.quadClass ?? d.dominantQuadClass);
  if (q >= 1 && q <= 4) return QUAD_CLASS_NAMES[q as QuadClass];
  return typeof d.type === 'string' ? d.type.toLowerCase().replace(/_/g, ' ') : 'edge';
}

function textOf(ele: Styled, prefix: '' | 'source-' | 'target-', show: boolean): TextStyle | null {
  const text = show ? str(ele, `${prefix}label`) : '';
  if (!text || num(ele, 'text-opacity', 1) === 0) return null;
  return {
    text,
    size: num(ele, 'font-size', 12),
    family: str(ele, 'font-family') || 'Helvetica, Arial, sans-serif',
    weight: str(ele, 'font-weight') || 'normal',
    color: str(ele, 'color') || 'rgb(0,0,0)',
    outlineColor: str(ele, 'text-outline-color') || 'rgb(255,255,255)',
    outlineWidth: num(ele, 'text-outline-width', 0),
  };
}

function visible(ele: Styled): boolean {
  return str(ele, 'display') !== 'none' && str(ele, 'visibility') !== 'hidden' && num(ele, 'opacity', 1) > 0;
}

/** Where a line from the centre of `node` towards `toward` leaves its (elliptical) outline. */
function boundaryPoint(node: RenderNode, toward: Point): Point {
  const dx = toward.x - node.x;
  const dy = toward.y - node.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return { x: node.x, y: node.y };
  const a = node.width / 2 + node.borderWidth / 2;
  const b = node.height / 2 + node.borderWidth / 2;
  const t = 1 / Math.sqrt((dx * dx) / (a * a) + (dy * dy) / (b * b));
  return { x: node.x + dx * t, y: node.y + dy * t };
}

function renderedPoints(edge: EdgeSingular): Point[] | null {
  // Only a rendered Cytoscape knows endpoints and bezier control points; headless has none.
  try {
    const s = edge.sourceEndpoint();
    const t = edge.targetEndpoint();
    if (!s || !t || !Number.isFinite(s.x) || !Number.isFinite(t.x)) return null;
    const ctrl = (edge.controlPoints?.() ?? edge.segmentPoints?.() ?? []).filter((p) => Number.isFinite(p.x));
    return [{ ...s }, ...ctrl.map((p) => ({ x: p.x, y: p.y })), { ...t }];
  } catch {
    return null;
  }
}

export function buildRenderModel(elements: Collection, options: RenderOptions = {}): RenderModel {
  const showLabels = options.labels !== false;
  const nodeKind = options.nodeKind ?? defaultNodeKind;
  const edgeKind = options.edgeKind ?? defaultEdgeKind;
  const nodes: RenderNode[] = [];
  const byId = new Map<string, RenderNode>();
  elements.nodes().forEach((n) => {
    if (!visible(n)) return;
    const p = n.position();
    const node: RenderNode = {
      id: n.id(),
      kind: nodeKind(n),
      x: p.x,
      y: p.y,
      width: num(n, 'width', 30),
      height: num(n, 'height', 30),
      shape: str(n, 'shape') || 'ellipse',
      fill: str(n, 'background-color') || 'rgb(153,153,153)',
      fillOpacity: num(n, 'background-opacity', 1),
      borderColor: str(n, 'border-color') || 'rgb(0,0,0)',
      borderWidth: num(n, 'border-width', 0),
      opacity: num(n, 'opacity', 1),
      label: textOf(n, '', showLabels),
      valign: (str(n, 'text-valign') || 'top') as RenderNode['valign'],
      halign: (str(n, 'text-halign') || 'center') as RenderNode['halign'],
    };
    nodes.push(node);
    byId.set(node.id, node);
  });
  const edges: RenderEdge[] = [];
  elements.edges().forEach((e) => {
    const s = byId.get(e.source().id());
    const t = byId.get(e.target().id());
    if (!s || !t || !visible(e)) return;
    const points = renderedPoints(e) ?? [boundaryPoint(s, t), boundaryPoint(t, s)];
    const arrowShape = str(e, 'target-arrow-shape');
    edges.push({
      id: e.id(),
      kind: edgeKind(e),
      points,
      color: str(e, 'line-color') || 'rgb(153,153,153)',
      width: num(e, 'width', 1),
      lineStyle: (str(e, 'line-style') || 'solid') as RenderEdge['lineStyle'],
      arrow: !!arrowShape && arrowShape !== 'none',
      arrowColor: str(e, 'target-arrow-color') || str(e, 'line-color') || 'rgb(153,153,153)',
      opacity: num(e, 'opacity', 1) * num(e, 'line-opacity', 1),
      label: textOf(e, '', showLabels),
    });
  });
  return { nodes, edges, bounds: modelBounds(nodes, edges) };
}

/** Rough text width: a sans-serif averages a little over half an em per character. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.58;
}

export function labelBox(node: RenderNode): Bounds | null {
  if (!node.label) return null;
  const w = textWidth(node.label.text, node.label.size) + node.label.outlineWidth * 2;
  const h = node.label.size * 1.25;
  const cx = node.halign === 'left' ? node.x - node.width / 2 - w / 2 : node.halign === 'right' ? node.x + node.width / 2 + w / 2 : node.x;
  const cy = node.valign === 'top' ? node.y - node.height / 2 - h / 2 - 2 : node.valign === 'bottom' ? node.y + node.height / 2 + h / 2 + 2 : node.y;
  return { x1: cx - w / 2, y1: cy - h / 2, x2: cx + w / 2, y2: cy + h / 2 };
}

function modelBounds(nodes: readonly RenderNode[], edges: readonly RenderEdge[]): Bounds {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  const add = (b: Bounds) => {
    x1 = Math.min(x1, b.x1);
    y1 = Math.min(y1, b.y1);
    x2 = Math.max(x2, b.x2);
    y2 = Math.max(y2, b.y2);
  };
  for (const n of nodes) {
    const hw = n.width / 2 + n.borderWidth;
    const hh = n.height / 2 + n.borderWidth;
    add({ x1: n.x - hw, y1: n.y - hh, x2: n.x + hw, y2: n.y + hh });
    const lb = labelBox(n);
    if (lb) add(lb);
  }
  for (const e of edges) for (const p of e.points) add({ x1: p.x - e.width, y1: p.y - e.width, x2: p.x + e.width, y2: p.y + e.width });
  if (!Number.isFinite(x1)) return { x1: 0, y1: 0, x2: 1, y2: 1 };
  return { x1, y1, x2, y2 };
}
