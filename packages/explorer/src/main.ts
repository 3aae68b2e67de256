/**
 * Composition of the explorer page: builds the controller and the UI pieces, wires the
 * toolbar and shortcuts, restores the view from the URL, and exposes `window.__kg` for
 * tests and benchmarks.
 */
import './styles.css';
import type { GraphPayload } from '@kg/model';
import { openExportDialog } from './export/index';
import { Explorer } from './ui/explorer';
import { SidePanel } from './ui/side-panel';
import { mountSearch } from './ui/search-box';
import { mountFilters } from './ui/filters-panel';
import { ConsolePanel } from './ui/console-panel';
import { mountAddArticle } from './ui/add-article';
import { isTyping, shortcutTable } from './ui/shortcuts';
import { mountHoverCard } from './ui/hover-card';
import { Timeline } from './ui/timeline';
import { filteredTally } from './graph/network-edge';
import type { NetworkEdgeProps, TimelineResponse } from '@kg/model';
import { api } from './api/client';
import { byId, h } from './ui/h';
import type { LayoutName } from './state/url-state';

const params = new URLSearchParams(location.search);
const explorer = new Explorer(byId('cy'), params.has('webgl') ? params.get('webgl') !== '0' : undefined);
const panel = new SidePanel(byId('panel'), () => explorer.cy, () => explorer.state.rollup && !explorer.state.query);
const consolePanel = new ConsolePanel(byId('console'), explorer);
const statusEl = byId('status');
explorer.onBind = mountHoverCard(byId('graph-wrap'), () => explorer.cy, () => explorer.state.filters);
panel.clear();

explorer.onStatus = (message, tone = 'info') => {
  statusEl.replaceChildren(h('span', { class: tone }, message));
};
explorer.onInspect = (target) => {
  if (!target) return panel.clear();
  void (target.kind === 'node' ? panel.showNode(target.id) : panel.showEdge(target.id));
};
const report = (error: unknown) => explorer.onStatus((error as Error).message, 'error');
const selectedNodes = () => explorer.cy.nodes(':selected').map((n) => n.id());

const syncFilters = mountFilters(byId('filters'), explorer);
const layoutSelect = byId<HTMLSelectElement>('layout');
const rollupBox = byId<HTMLInputElement>('chk-rollup');
// The timeline: a window brushed or played sets the filters' from/to (edges are recounted
// locally, no refetch); a bar clicked selects the edges with events in it; the clock reloads.
let timelineData: TimelineResponse | null = null;
const timeline = new Timeline(byId('timeline'), {
  onWindow: (w, final) => explorer.setFilters({ ...explorer.state.filters, from: w?.from ?? null, to: w?.to ?? null }, final),
  onBar: (bar) => {
    const window = { ...explorer.state.filters, from: bar.start, to: bar.end };
    const hits = explorer.cy.edges('[net]').not('.hidden, .filtered').filter((e) => filteredTally((e.data('net') as NetworkEdgeProps).tally, window).length > 0);
    explorer.cy.batch(() => { explorer.cy.elements().unselect(); hits.select(); });
    explorer.onStatus(`${hits.length} edge(s) with events ${bar.start === bar.end ? `on ${bar.start}` : `from ${bar.start} to ${bar.end}`} selected.`);
  },
  onClock: (clock) => {
    explorer.checkpoint();
    explorer.state.clock = clock;
    void Promise.all([explorer.loadNetwork(), refreshTimeline()]).catch(report);
  },
});
async function refreshTimeline(): Promise<void> {
  timelineData = await api.timeline(explorer.state.clock);
  timeline.render(timelineData, explorer.state.filters, explorer.state.clock);
}

explorer.subscribe(() => {
  syncFilters();
  timeline.render(timelineData, explorer.state.filters, explorer.state.clock);
  // What is shown, after filters and hiding (not what is loaded).
  const shown = explorer.cy.elements().not('.hidden, .filtered');
  byId('counts').textContent = `${shown.nodes().length} of ${explorer.cy.nodes().length} nodes, ${shown.edges().length} of ${explorer.cy.edges().length} edges shown`;
  layoutSelect.value = explorer.state.layout;
  rollupBox.checked = explorer.state.rollup;
  byId<HTMLButtonElement>('btn-undo').disabled = !explorer.canUndo;
  byId<HTMLButtonElement>('btn-redo').disabled = !explorer.canRedo;
});

mountSearch(byId<HTMLInputElement>('search'), byId('search-hits'), (hit) => explorer.focus(hit.id).catch(report));
mountAddArticle(byId<HTMLDialogElement>('add-article'), explorer);

const actions = {
  fit: () => explorer.cy.animate({ fit: { eles: explorer.cy.elements().not('.hidden, .filtered'), padding: 30 } }, { duration: 250 }),
  zoomIn: () => explorer.cy.zoom({ level: explorer.cy.zoom() * 1.25, renderedPosition: { x: explorer.cy.width() / 2, y: explorer.cy.height() / 2 } }),
  zoomOut: () => explorer.cy.zoom({ level: explorer.cy.zoom() / 1.25, renderedPosition: { x: explorer.cy.width() / 2, y: explorer.cy.height() / 2 } }),
  undo: () => void explorer.undo(),
  redo: () => void explorer.redo(),
  expand: () => void Promise.all(selectedNodes().map((id) => explorer.expand(id))).catch(report),
  collapse: () => selectedNodes().forEach((id) => explorer.collapse(id)),
  hide: () => explorer.hide(explorer.cy.elements(':selected').map((e) => e.id())),
  pin: () => explorer.togglePin(selectedNodes()),
  only: () => explorer.onlyNeighbourhood(selectedNodes()),
  path: () => {
    const [a, b] = selectedNodes();
    if (!a || !b) return explorer.onStatus('Select two nodes (Shift+click the second) to find the shortest path between them.');
    void explorer.shortestPath(a, b).then((n) => explorer.onStatus(n ? `Path of ${n} step(s) highlighted in gold.` : 'No path found.')).catch(report);
  },
  search: () => byId<HTMLInputElement>('search').focus(),
  console: () => consolePanel.toggle(),
  escape: () => explorer.cy.elements().unselect(),
  relayout: () => void explorer.layout(explorer.state.layout),
  help: () => byId<HTMLDialogElement>('help').showModal(),
};
const shortcuts = shortcutTable(actions);
byId('help-body').replaceChildren(h('h2', {}, 'Keyboard shortcuts'), h('table', {}, ...shortcuts.map((s) => h('tr', {}, h('th', {}, s.keys), h('td', {}, s.help)))),
  h('p', {}, 'Double-click a node to expand it; Shift+click to select several; drag on the background with Shift for a box selection.'));
document.addEventListener('keydown', (e) => {
  // An open dialog owns Esc (the browser closes it); shortcuts wait until it is closed.
  if (document.querySelector('dialog[open]')) return;
  if (isTyping(e.target)) return;
  const hit = shortcuts.find((s) => s.match(e));
  if (!hit) return;
  e.preventDefault();
  hit.run();
});

const buttons: Record<string, () => void> = {
  'btn-fit': actions.fit, 'btn-zoom-in': actions.zoomIn, 'btn-zoom-out': actions.zoomOut, 'btn-undo': actions.undo, 'btn-redo': actions.redo,
  'btn-expand': actions.expand, 'btn-collapse': actions.collapse, 'btn-hide': actions.hide, 'btn-show': () => explorer.showAll(), 'btn-pin': actions.pin,
  'btn-only': actions.only, 'btn-path': actions.path, 'btn-console': actions.console, 'btn-help': actions.help,
  'btn-network': () => { explorer.checkpoint(); void explorer.loadNetwork().catch(report); },
  'btn-add': () => byId<HTMLDialogElement>('add-article').showModal(),
  'btn-export': () => {
    const f = explorer.state.filters;
    const context = {
      title: explorer.state.query ? 'Cypher query result' : 'Actor network',
      query: explorer.state.query,
      filters: f,
      timeWindow: { from: f.from, to: f.to },
      // The network's articles, or the articles drawn by a query or an expansion.
      sourceArticles: explorer.state.query
        ? explorer.cy.nodes('[kind = "document"]').map((n) => String(n.data('label')))
        : explorer.sources.map((s) => ({ title: s.title, published: s.published })),
    };
    openExportDialog(explorer.cy, context);
  },
};
for (const [id, run] of Object.entries(buttons)) byId(id).addEventListener('click', run);
rollupBox.addEventListener('change', () => {
  explorer.checkpoint();
  explorer.state.rollup = rollupBox.checked;
  void explorer.loadNetwork().catch(report);
});

layoutSelect.addEventListener('change', () => {
  explorer.checkpoint();
  void explorer.layout(layoutSelect.value as LayoutName);
});

/** Test and benchmark hooks: the live Cytoscape instance and state, and a loader for generated graphs. */
const kg = {
  get cy() { return explorer.cy; },
  get state() { return explorer.state; },
  explorer,
  ready: false,
  /** Milliseconds from navigation to the first frame drawn with the starting view (for the benchmark). */
  firstRenderMs: 0,
  /** Loads a payload, runs a layout and resolves after the first frame drawn; returns the time taken. */
  async loadGenerated(payload: GraphPayload, layout: LayoutName = 'fcose'): Promise<{ ms: number; webgl: boolean }> {
    const t0 = performance.now();
    explorer.replace(payload);
    await explorer.layout(layout, false);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { ms: performance.now() - t0, webgl: explorer.renderer.webgl };
  },
};
(window as unknown as { __kg: typeof kg }).__kg = kg;

async function start(): Promise<void> {
  const view = Explorer.readUrl();
  explorer.onStatus('Loading the actor network…');
  try {
    await explorer.restore(view, async (q, p) => {
      consolePanel.setQuery(q, p);
      await consolePanel.run(q, p, true);
    });
    await refreshTimeline();
    if (!location.hash && explorer.cy.nodes().length === 0) explorer.onStatus('The graph is empty: add an article or ingest the seeds (pnpm kg ingest seeds/).');
    else explorer.onStatus(`${explorer.cy.nodes().length} nodes, ${explorer.cy.edges().length} edges. Click anything for its evidence.`);
  } catch (error) {
    report(error);
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  kg.firstRenderMs = performance.now();
  kg.ready = true;
  document.body.dataset.ready = 'true';
}
void start();
