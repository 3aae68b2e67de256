/** The filter column: entity types, quad classes, CAMEO roots, and the legend (the time window is the timeline's). */
import { CAMEO_ROOTS, QUAD_CLASS_NAMES, type QuadClass } from '@kg/model';
import { EDGE_LEGEND, EDGE_LEGEND_NOTES, FILTERABLE_KINDS, NODE_LOOKS, QUAD_COLORS, type EdgeLegendEntry } from '../graph/palette';
import { toggle, type Filters } from '../state/filters';
import type { Explorer } from './explorer';
import { h } from './h';

/** A short line drawn as the graph draws that kind of edge (colour, dash, arrowhead). */
function edgeSample(entry: EdgeLegendEntry): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '34');
  svg.setAttribute('height', '10');
  const line = document.createElementNS(ns, 'line');
  for (const [k, v] of Object.entries({ x1: '1', y1: '5', x2: entry.arrow ? '25' : '33', y2: '5', stroke: entry.color, 'stroke-width': '3' })) line.setAttribute(k, v);
  if (entry.dashed) line.setAttribute('stroke-dasharray', '5 3');
  svg.append(line);
  if (entry.arrow) {
    const head = document.createElementNS(ns, 'polygon');
    head.setAttribute('points', '24,0 34,5 24,10');
    head.setAttribute('fill', entry.color);
    svg.append(head);
  }
  return svg;
}

export function mountFilters(root: HTMLElement, explorer: Explorer): () => void {
  const f = () => explorer.state.filters;
  const set = (next: Filters, record = true) => explorer.setFilters(next, record);

  const kinds = h('fieldset', {}, h('legend', {}, 'Types'), ...FILTERABLE_KINDS.map((k) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', 'data-kind': k, onchange: () => set({ ...f(), hiddenKinds: toggle(f().hiddenKinds, k) }) }),
    h('span', { class: `swatch shape-${NODE_LOOKS[k].shape}`, style: `background:${NODE_LOOKS[k].color}` }), NODE_LOOKS[k].label)));

  const quads = h('fieldset', {}, h('legend', {}, 'Quad class'), ...([1, 2, 3, 4] as QuadClass[]).map((q) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', 'data-quad': q, onchange: () => set({ ...f(), hiddenQuads: toggle(f().hiddenQuads, q) }) }),
    h('span', { class: 'swatch line', style: `background:${QUAD_COLORS[q]}` }), QUAD_CLASS_NAMES[q])));

  const cameoSelect = h('select', { multiple: true, size: 6, id: 'cameo-filter', title: 'Ctrl/Cmd-click for several; none selected shows all',
    onchange: () => set({ ...f(), cameo: [...cameoSelect.selectedOptions].map((o) => o.value) }) },
  ...CAMEO_ROOTS.map((r) => h('option', { value: r.code }, `${r.code} ${r.name}`)));
  const cameo = h('fieldset', {}, h('legend', {}, 'CAMEO type'), cameoSelect,
    h('button', { type: 'button', class: 'link', onclick: () => set({ ...f(), cameo: [] }) }, 'all types'));

  const legend = h('fieldset', { class: 'legend', id: 'legend' }, h('legend', {}, 'Legend'),
    ...EDGE_LEGEND.map((entry) => h('div', { class: 'legend-edge', 'data-legend': entry.key }, edgeSample(entry), entry.label)),
    ...EDGE_LEGEND_NOTES.map((note) => h('div', { class: 'legend-note' }, note)),
    h('div', {}, 'Node size: events the actor took part in'),
    h('div', {}, 'Gold: shortest path · purple ring: just added · double ring: pinned'));

  root.replaceChildren(kinds, quads, cameo, legend);

  // Reflect the state (after undo, URL restore, playback) in the controls.
  const sync = () => {
    const state = f();
    root.querySelectorAll<HTMLInputElement>('input[data-kind]').forEach((i) => (i.checked = !state.hiddenKinds.includes(i.dataset.kind as never)));
    root.querySelectorAll<HTMLInputElement>('input[data-quad]').forEach((i) => (i.checked = !state.hiddenQuads.includes(Number(i.dataset.quad) as QuadClass)));
    [...cameoSelect.options].forEach((o) => (o.selected = state.cameo.includes(o.value)));
  };
  sync();
  return sync;
}
