/**
 * The stylesheet exports use when there is no live explorer view to copy (server renders,
 * benches): colour and shape by entity type, edge colour by quad class (cooperation green
 * → conflict red), width by event count. In the explorer the view's own style is used.
 */
import type { StylesheetJson } from 'cytoscape';

export const TYPE_STYLE: Readonly<Record<string, { color: string; shape: string }>> = {
  person: { color: '#4e79a7', shape: 'ellipse' },
  organization: { color: '#f28e2b', shape: 'round-rectangle' },
  country: { color: '#59a14f', shape: 'hexagon' },
  location: { color: '#76b7b2', shape: 'diamond' },
  event: { color: '#b07aa1', shape: 'round-triangle' },
  document: { color: '#9c755f', shape: 'rectangle' },
};

export const QUAD_COLORS: Readonly<Record<number, string>> = { 1: '#2ca02c', 2: '#1f77b4', 3: '#ff7f0e', 4: '#d62728' };

export function defaultStylesheet(): StylesheetJson {
  const byType = Object.entries(TYPE_STYLE).map(([type, s]) => ({
    selector: `node[kind = "${type}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  const byQuad = Object.entries(QUAD_COLORS).map(([q, color]) => ({
    selector: `edge[quadClass = ${q}]`,
    style: { 'line-color': color, 'target-arrow-color': color },
  }));
  // Events take the colour of their quad class, so conflict and cooperation read at a glance.
  const eventByQuad = Object.entries(QUAD_COLORS).map(([q, color]) => ({
    selector: `node[kind = "event"][quadClass = ${q}]`,
    style: { 'background-color': color },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#999999',
        label: 'data(name)',
        'font-size': 12,
        'font-family': 'Helvetica, Arial, sans-serif',
        color: '#222222',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 26,
        height: 26,
        'border-color': '#ffffff',
        'border-width': 1.5,
      },
    },
    // Mappers only where the field exists: Cytoscape warns (and falls back) otherwise.
    { selector: 'node[activity]', style: { width: 'mapData(activity, 0, 50, 22, 60)', height: 'mapData(activity, 0, 50, 22, 60)' } },
    ...byType,
    ...eventByQuad,
    { selector: 'node[kind = "event"]', style: { 'font-size': 10, color: '#555555' } },
    {
      selector: 'edge',
      style: {
        'line-color': '#a0a0a0',
        'target-arrow-color': '#a0a0a0',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        width: 2,
        opacity: 0.85,
      },
    },
    { selector: 'edge[count]', style: { width: 'mapData(count, 1, 20, 1.5, 8)' } },
    ...byQuad,
  ] as unknown as StylesheetJson;
}
