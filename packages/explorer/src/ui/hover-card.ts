/**
 * The hover card: what an actor-network edge sums up (its caption, a bar per quad class, the
 * tone and how its days were found), or a node's full name and type. Read from element data
 * only, so it shows exactly what the drawing shows under the current filters.
 */
import type { Core, EventObject } from 'cytoscape';
import { QUAD_CLASS_NAMES, cameoRoot, type CameoCode, type NetworkEdgeProps, type QuadClass } from '@kg/model';
import { filteredCameo } from '../graph/network-edge';
import { NODE_LOOKS, QUAD_COLORS, type NodeKind } from '../graph/palette';
import type { Filters } from '../state/filters';
import { h } from './h';

function quadBars(cameoCounts: Readonly<Record<string, number>>, quads: Readonly<Record<string, number>>): HTMLElement {
  const total = Object.values(cameoCounts).reduce((a, b) => a + b, 0) || 1;
  return h('div', { class: 'quad-bars' }, ...([1, 2, 3, 4] as QuadClass[]).map((q) => {
    const n = quads[String(q)] ?? 0;
    return h('div', { class: 'quad-bar' },
      h('span', { class: 'quad-name' }, QUAD_CLASS_NAMES[q]),
      h('span', { class: 'bar', style: `width:${Math.round((60 * n) / total)}px;background:${QUAD_COLORS[q]}` }),
      h('span', { class: 'quad-count' }, String(n)));
  }));
}

export function mountHoverCard(wrap: HTMLElement, getCy: () => Core, getFilters: () => Filters): (cy: Core) => void {
  const card = h('div', { id: 'hover-card', role: 'tooltip', hidden: true });
  wrap.append(card);
  const place = (e: EventObject) => {
    const p = e.renderedPosition ?? { x: 0, y: 0 };
    card.style.left = `${Math.min(p.x + 14, wrap.clientWidth - 320)}px`;
    card.style.top = `${Math.max(4, p.y + 14)}px`;
    card.hidden = false;
  };
  const showEdge = (e: EventObject) => {
    const edge = e.target;
    const net = edge.data('net') as NetworkEdgeProps | undefined;
    if (!net) {
      card.replaceChildren(h('strong', {}, String(edge.data('type'))), h('div', { class: 'muted' }, `${edge.source().data('label')} — ${edge.target().data('label')}`));
      return place(e);
    }
    const cameo = filteredCameo(net.tally, getFilters());
    const quads: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0 };
    for (const [code, n] of Object.entries(cameo)) {
      const q = String(cameoRoot(code as CameoCode).quadClass);
      quads[q] = (quads[q] ?? 0) + n;
    }
    const days = [
      net.datedByReport ? `${net.datedByReport} dated by their first article` : '',
      net.undated ? `${net.undated} undated` : '',
    ].filter(Boolean).join(', ');
    card.replaceChildren(...[
      h('div', { class: 'hover-caption' }, String(edge.data('caption'))),
      h('div', { class: 'hover-count' }, `${Number(edge.data('count'))} event${Number(edge.data('count')) === 1 ? '' : 's'} · tone: ${String(edge.data('tone'))}`),
      edge.data('type') === 'ACTS_WITH' ? h('div', { class: 'muted' }, 'They were agents of the same events (acted together).') : null,
      quadBars(cameo, quads),
      days ? h('div', { class: 'muted' }, days) : null,
      h('div', { class: 'muted' }, 'Click for the evidence.'),
    ].filter((x): x is HTMLDivElement => x !== null));
    place(e);
  };
  const showNode = (e: EventObject) => {
    const node = e.target;
    const kind = node.data('kind') as NodeKind;
    card.replaceChildren(h('strong', {}, String((node.data('props') as { name?: string } | undefined)?.name ?? node.data('label'))), h('div', { class: 'muted' }, NODE_LOOKS[kind]?.label ?? kind));
    place(e);
  };
  const hide = () => { card.hidden = true; };
  const bind = (cy: Core) => {
    cy.on('mouseover', 'edge', showEdge);
    cy.on('mouseover', 'node', showNode);
    cy.on('mouseout', 'edge, node', hide);
    cy.on('viewport tapstart', hide);
  };
  bind(getCy());
  return bind;
}
