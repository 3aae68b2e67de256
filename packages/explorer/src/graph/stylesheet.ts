/**
 * The Cytoscape stylesheet. Visual facts come from element data computed in elements.ts;
 * `big` switches to the cheap drawing used past a few thousand elements (haystack edges,
 * no edge labels, labels only when zoomed in).
 */
import type { StylesheetJson } from 'cytoscape';

export function stylesheet(big: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Labels vanish when they would be drawn below 7px: the zoomed-out view stays legible and fast.
        'min-zoomed-font-size': big ? 10 : 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node[kind = "event"]', style: { 'font-size': 8, 'text-max-width': '120px', 'text-wrap': 'ellipsis' } },
    { selector: 'node[kind = "document"]', style: { 'font-size': 8, 'text-max-width': '140px', 'text-wrap': 'ellipsis' } },
    {
      selector: 'node[kind = "more"]',
      style: { 'border-width': 2, 'border-color': '#6e7781', 'border-style': 'dashed', 'font-weight': 'bold', 'text-valign': 'center', 'text-margin-y': 0, width: 56, height: 28 },
    },
    {
      selector: 'edge',
      style: big
        ? { 'curve-style': 'haystack', 'haystack-radius': 0, width: 'data(width)', 'line-color': 'data(color)', opacity: 0.5 }
        : {
            'curve-style': 'bezier',
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-shape': 'none',
            opacity: 0.8,
            'font-size': 7,
            'min-zoomed-font-size': 9,
            color: '#57606a',
          },
    },
    { selector: 'edge[type != "INTERACTS"][type != "ACTOR_LINK"][type != "SHARES_EVENTS"]', style: big ? {} : { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.7 } },
    // The actor network: arrows agent → target, dashed co-agent edges, captions only once
    // zoomed in (5px text drawn from 12px on screen, i.e. from 2.4× zoom).
    {
      selector: 'edge[type = "ACTS_ON"], edge[type = "ACTS_WITH"]',
      style: big ? {} : {
        label: 'data(caption)', 'font-size': 5, 'min-zoomed-font-size': 12, 'text-rotation': 'autorotate', color: '#1f2328',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '1px',
      },
    },
    { selector: 'edge[type = "ACTS_ON"]', style: big ? {} : { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 1 } },
    { selector: 'edge[type = "ACTS_WITH"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-shape': 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0969da' } },
    { selector: 'edge:selected', style: { 'line-color': '#0969da', 'target-arrow-color': '#0969da', opacity: 1, 'z-index': 10 } },
    { selector: '.pinned', style: { 'border-width': 3, 'border-color': '#1f2328', 'border-style': 'double' } },
    { selector: '.path', style: { 'border-width': 5, 'border-color': '#bf8700', 'line-color': '#bf8700', 'target-arrow-color': '#bf8700', opacity: 1, 'z-index': 20 } },
    { selector: '.added', style: { 'border-width': 5, 'border-color': '#8250df' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.filtered, .hidden', style: { display: 'none' } },
  ];
}
