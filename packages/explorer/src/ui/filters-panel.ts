/** The filter column: entity types, quad classes, CAMEO roots, the time slider with playback, and the legend. */
import { CAMEO_ROOTS, QUAD_CLASS_NAMES, type QuadClass } from '@kg/model';
import { EDGE_LEGEND, EDGE_LEGEND_NOTES, FILTERABLE_KINDS, NODE_LOOKS, QUAD_COLORS, type EdgeLegendEntry } from '../graph/palette';
import { toggle, type Filters } from '../state/filters';
import { nextPlaybackEnd, timeAxis } from '../state/time-axis';
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
  let playing: number | undefined;
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

  const fromInput = h('input', { type: 'range', min: 0, max: 0, value: 0, id: 'time-from', 'aria-label': 'from' });
  const toInput = h('input', { type: 'range', min: 0, max: 0, value: 0, id: 'time-to', 'aria-label': 'to' });
  const timeLabel = h('div', { class: 'time-label' }, 'all dates');
  const play = h('button', { type: 'button', id: 'time-play', title: 'Play: grow the window one reported day at a time' }, '▶ play');
  const axis = () => timeAxis(explorer.cy.elements().map((e) => e.data()));
  const onSlide = () => {
    const days = axis();
    const a = Math.min(Number(fromInput.value), Number(toInput.value));
    const b = Math.max(Number(fromInput.value), Number(toInput.value));
    const full = a === 0 && b === days.length - 1;
    set({ ...f(), from: full ? null : days[a] ?? null, to: full ? null : days[b] ?? null }, false);
  };
  fromInput.addEventListener('input', onSlide);
  toInput.addEventListener('input', onSlide);
  fromInput.addEventListener('change', () => explorer.checkpoint());
  const stop = () => {
    window.clearInterval(playing);
    playing = undefined;
    play.textContent = '▶ play';
  };
  play.addEventListener('click', () => {
    if (playing !== undefined) return stop();
    const days = axis();
    if (!days.length) return;
    explorer.checkpoint();
    play.textContent = '❚❚ pause';
    let end: string | null = days[0] ?? null;
    set({ ...f(), from: days[0] ?? null, to: end }, false);
    playing = window.setInterval(() => {
      end = nextPlaybackEnd(days, end);
      if (!end) return stop();
      set({ ...f(), to: end }, false);
    }, 800);
  });
  const time = h('fieldset', {}, h('legend', {}, 'Time window'), fromInput, toInput, timeLabel, play,
    h('button', { type: 'button', class: 'link', onclick: () => { stop(); set({ ...f(), from: null, to: null }); } }, 'all dates'));

  const legend = h('fieldset', { class: 'legend', id: 'legend' }, h('legend', {}, 'Legend'),
    ...EDGE_LEGEND.map((entry) => h('div', { class: 'legend-edge', 'data-legend': entry.key }, edgeSample(entry), entry.label)),
    ...EDGE_LEGEND_NOTES.map((note) => h('div', { class: 'legend-note' }, note)),
    h('div', {}, 'Node size: events the actor took part in'),
    h('div', {}, 'Gold: shortest path · purple ring: just added · double ring: pinned'));

  root.replaceChildren(kinds, quads, cameo, time, legend);

  // Reflect the state (after undo, URL restore, playback) in the controls.
  const sync = () => {
    const state = f();
    root.querySelectorAll<HTMLInputElement>('input[data-kind]').forEach((i) => (i.checked = !state.hiddenKinds.includes(i.dataset.kind as never)));
    root.querySelectorAll<HTMLInputElement>('input[data-quad]').forEach((i) => (i.checked = !state.hiddenQuads.includes(Number(i.dataset.quad) as QuadClass)));
    [...cameoSelect.options].forEach((o) => (o.selected = state.cameo.includes(o.value)));
    const days = axis();
    fromInput.max = toInput.max = String(Math.max(0, days.length - 1));
    const fi = state.from ? Math.max(0, days.findIndex((d) => d >= (state.from as string))) : 0;
    const ti = state.to ? days.reduce((acc, d, i) => (d <= (state.to as string) ? i : acc), 0) : days.length - 1;
    fromInput.value = String(fi);
    toInput.value = String(Math.max(0, ti));
    timeLabel.textContent = days.length === 0 ? 'no dated events in view' : state.from || state.to ? `${state.from ?? days[0]} → ${state.to ?? days[days.length - 1]}` : `all dates (${days[0]} → ${days[days.length - 1]})`;
  };
  sync();
  return sync;
}
