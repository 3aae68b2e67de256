/**
 * The explorer's controller: owns the Cytoscape instance and the view state, and performs
 * every change to the picture (load, expand, page, collapse, hide, pin, focus, path,
 * filter, layout, undo/redo). UI pieces call these methods; nothing else touches `cy`.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { GraphNode, GraphPayload } from '@kg/model';
import { api } from '../api/client';
import type { Clock, NetworkEdgeKind, NetworkEdgeProps, NetworkResponse } from '@kg/model';
import { toElements } from '../graph/elements';
import { networkEdgeLook, quadsOf } from '../graph/network-edge';
import { pageExpansion, moreNodeId, type MoreNode } from '../graph/expansion';
import { ringPositions } from '../graph/placement';
import { NO_FILTERS, passes, type Filters } from '../state/filters';
import { UndoStack } from '../state/undo-stack';
import { DEFAULT_VIEW, decodeViewState, encodeViewState, type LayoutName, type ViewState } from '../state/url-state';
import { createCy, modeFor, type CyMode } from './cy-factory';
import { runLayout } from './layouts';

interface Snapshot {
  readonly elements: ElementDefinition[];
  readonly filters: Filters;
  readonly expanded: string[];
  readonly query: string | null;
  readonly rollup: boolean;
  readonly clock: Clock;
  readonly params: string | null;
}

export interface ExplorerState {
  query: string | null;
  /** The actor network by state: people, armed forces and ministries folded into their state. */
  rollup: boolean;
  /** Which day places an event: when it happened (else when first reported) or when first reported. */
  clock: Clock;
  params: string | null;
  filters: Filters;
  layout: LayoutName;
  expanded: string[];
  busy: boolean;
}

type Listener = () => void;

export class Explorer {
  cy: Core;
  private mode: CyMode;
  readonly state: ExplorerState = { query: null, rollup: true, clock: 'event', params: null, filters: NO_FILTERS, layout: 'fcose', expanded: [], busy: false };
  private readonly undoStack = new UndoStack<Snapshot>();
  private readonly listeners = new Set<Listener>();
  private readonly more = new Map<string, MoreNode>();
  /** The articles behind the actor network drawn (for the export footer). */
  sources: NetworkResponse['sources'] = [];
  private urlTimer: number | undefined;
  private restoring = false;
  /** Set by the UI: called on taps so the side panel can show evidence. */
  onInspect: (target: { kind: 'node' | 'edge'; id: string } | null) => void = () => {};
  onStatus: (message: string, tone?: 'info' | 'error') => void = () => {};

  constructor(private readonly container: HTMLElement, forceWebgl?: boolean) {
    this.forcedWebgl = forceWebgl;
    this.mode = modeFor(0, forceWebgl);
    this.cy = createCy(container, this.mode);
    this.bind();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
    this.scheduleUrl();
  }

  // ---- renderer ---------------------------------------------------------------------------

  /** Rebuilds Cytoscape when the element count crosses the big/WebGL thresholds. */
  private ensureMode(elementCount: number): void {
    const next = modeFor(elementCount, this.forcedWebgl);
    if (next.big === this.mode.big && next.webgl === this.mode.webgl) return;
    const keep = this.cy.elements().jsons() as unknown as ElementDefinition[];
    this.cy.destroy();
    this.mode = next;
    this.cy = createCy(this.container, next, keep);
    this.bind();
  }

  private forcedWebgl: boolean | undefined;
  setWebgl(force: boolean | undefined): void {
    this.forcedWebgl = force;
    this.ensureMode(this.cy.elements().length);
  }

  get renderer(): CyMode {
    return this.mode;
  }

  private bind(): void {
    const cy = this.cy;
    cy.on('tap', 'node', (e) => this.onInspect({ kind: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => this.onInspect({ kind: 'edge', id: e.target.id() }));
    cy.on('tap', (e) => {
      if (e.target === cy) this.onInspect(null);
    });
    cy.on('dbltap', 'node', (e) => {
      const id = e.target.id();
      void (e.target.data('kind') === 'more' ? this.pageMore(id) : this.expand(id));
    });
    cy.on('dragfree', 'node', () => this.scheduleUrl());
    cy.on('select unselect', () => this.changed());
    this.onBind(cy);
  }

  /** Set by the UI: called with each new Cytoscape instance (the renderer can be rebuilt). */
  onBind: (cy: Core) => void = () => {};

  // ---- loading ----------------------------------------------------------------------------

  async loadNetwork(): Promise<void> {
    this.state.query = null;
    this.state.params = null;
    const payload = await api.actorNetwork({ rollup: this.state.rollup, clock: this.state.clock });
    this.sources = payload.sources;
    this.replace(payload);
    await this.layout(this.state.layout, false);
  }

  /** Replaces the picture with a payload (no layout). */
  replace(payload: GraphPayload): void {
    const elements = toElements(payload);
    this.ensureMode(elements.length);
    this.more.clear();
    this.state.expanded = [];
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.applyFilters();
    this.changed();
  }

  /** Adds a payload to the picture; new nodes go on rings around `near` (or the view centre). */
  merge(payload: GraphPayload, near?: string): string[] {
    const existing = new Set(this.cy.elements().map((e) => e.id()));
    const elements = toElements(payload, existing);
    this.ensureMode(existing.size + elements.length);
    const newNodes = elements.filter((e) => e.group === 'nodes');
    const centreNode = near ? this.cy.getElementById(near) : null;
    const centre = centreNode && centreNode.nonempty() ? centreNode.position() : this.viewCentre();
    const occupied = this.cy.nodes().map((n) => n.position());
    const spots = ringPositions(centre, newNodes.length, occupied);
    newNodes.forEach((n, i) => {
      n.position = { ...(spots[i] ?? centre) };
      if (near) n.data.origin = near;
    });
    this.cy.batch(() => this.cy.add(elements));
    this.applyFilters();
    this.changed();
    return newNodes.map((n) => String(n.data.id));
  }

  private viewCentre(): { x: number; y: number } {
    const ext = this.cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }

  // ---- expansion --------------------------------------------------------------------------

  async expand(id: string, record = true): Promise<string[]> {
    const node = this.cy.getElementById(id);
    if (node.nonempty() && node.data('kind') === 'more') return this.pageMore(id);
    if (record) this.checkpoint();
    this.onStatus('Expanding…');
    const payload = await api.neighbors(id);
    const drawn = new Set(this.cy.nodes().map((n) => n.id()));
    const page = pageExpansion(id, payload, drawn);
    // The centre itself may not be drawn yet (a search hit): add it first.
    if (!drawn.has(id)) {
      const self = payload.nodes.find((n) => n.id === id);
      if (self) this.merge({ nodes: [self], edges: [] });
    }
    const added = this.merge(page.payload, id);
    this.setMore(id, page.more);
    if (!this.state.expanded.includes(id)) this.state.expanded = [...this.state.expanded, id];
    this.onStatus(`${added.length} neighbour${added.length === 1 ? '' : 's'} added${page.more ? `, ${page.more.remaining} more on the “+N more” node` : ''}.`);
    this.changed();
    return added;
  }

  private setMore(centre: string, more: MoreNode | null): void {
    const id = moreNodeId(centre);
    this.cy.getElementById(id).remove();
    this.more.delete(id);
    if (!more) return;
    this.more.set(id, more);
    const moreNode: GraphNode = { id, labels: [], properties: { name: `+${more.remaining} more` } };
    this.merge({ nodes: [moreNode], edges: [{ id: `${id}:edge`, type: 'MORE', source: centre, target: id, properties: {} }] }, centre);
    this.cy.getElementById(id).data({ kind: 'more', shape: 'round-tag', color: '#ffffff', size: 30 });
  }

  async pageMore(moreId: string): Promise<string[]> {
    const more = this.more.get(moreId);
    if (!more) return [];
    this.checkpoint();
    const drawn = new Set(this.cy.nodes().map((n) => n.id()));
    const page = pageExpansion(more.centre, more.rest, drawn);
    const added = this.merge(page.payload, more.centre);
    this.setMore(more.centre, page.more);
    this.changed();
    return added;
  }

  collapse(id: string): void {
    this.checkpoint();
    // Only what this expansion brought and nothing else holds on to.
    const centre = this.cy.getElementById(id);
    const children = this.cy.nodes().filter((n) => n.data('origin') === id && n.neighborhood('node').not(centre).empty());
    this.cy.batch(() => {
      children.remove();
      this.cy.getElementById(moreNodeId(id)).remove();
    });
    this.more.delete(moreNodeId(id));
    this.state.expanded = this.state.expanded.filter((x) => x !== id);
    this.changed();
  }

  // ---- hide, pin, neighbourhood, path ------------------------------------------------------

  hide(ids: readonly string[]): void {
    if (!ids.length) return;
    this.checkpoint();
    this.cy.batch(() => ids.forEach((id) => this.cy.getElementById(id).addClass('hidden').unselect()));
    this.changed();
  }

  showAll(): void {
    this.checkpoint();
    this.cy.elements('.hidden').removeClass('hidden');
    this.changed();
  }

  togglePin(ids: readonly string[]): void {
    this.cy.batch(() => ids.forEach((id) => {
      const n = this.cy.getElementById(id);
      if (n.hasClass('pinned')) n.removeClass('pinned').unlock();
      else n.addClass('pinned').lock();
    }));
    this.changed();
  }

  onlyNeighbourhood(ids: readonly string[]): void {
    if (!ids.length) return;
    this.checkpoint();
    const chosen = new Set(ids);
    const keep = this.cy.nodes().filter((n) => chosen.has(n.id())).closedNeighborhood();
    this.cy.batch(() => this.cy.nodes().not(keep).addClass('hidden'));
    this.changed();
  }

  async shortestPath(from: string, to: string): Promise<number> {
    this.cy.elements('.path').removeClass('path');
    const payload = await api.paths(from, to);
    this.merge(payload, from);
    const ids = [...payload.nodes.map((n) => n.id), ...payload.edges.map((e) => e.id)];
    this.cy.batch(() => ids.forEach((id) => this.cy.getElementById(id).removeClass('hidden').addClass('path')));
    // Without a server path, fall back to the drawn graph (Dijkstra over visible elements).
    if (payload.edges.length === 0) {
      const visible = this.cy.elements().not('.hidden, .filtered');
      const result = visible.aStar({ root: `#${CSS.escape(from)}`, goal: `#${CSS.escape(to)}` });
      if (result.found) result.path.addClass('path');
      return result.found ? result.path.edges().length : 0;
    }
    this.cy.animate({ fit: { eles: this.cy.elements('.path'), padding: 60 } }, { duration: 300 });
    return payload.edges.length;
  }

  /** Selects a node (adding it and its neighbourhood first when it is not drawn) and centres it. */
  async focus(id: string): Promise<void> {
    let node = this.cy.getElementById(id);
    if (node.empty()) {
      this.checkpoint();
      await this.expand(id, false);
      node = this.cy.getElementById(id);
    }
    if (node.empty()) throw new Error(`Node ${id} could not be drawn: the server returned no such node.`);
    node.removeClass('hidden filtered');
    this.cy.elements().unselect();
    node.select();
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
    this.onInspect({ kind: 'node', id });
  }

  // ---- filters and layouts -----------------------------------------------------------------

  setFilters(filters: Filters, record = true): void {
    if (record) this.checkpoint();
    this.state.filters = filters;
    this.applyFilters();
    this.changed();
  }

  /**
   * Applies the filters, and recounts every actor-network edge under them: its count, width,
   * colour and caption describe only the events the filters let through; none left hides it.
   */
  applyFilters(): void {
    const f = this.state.filters;
    this.cy.batch(() => {
      this.cy.edges('[net]').forEach((edge) => {
        const names = { source: String(edge.source().data('label')), target: String(edge.target().data('label')) };
        const look = networkEdgeLook(edge.data('type') as NetworkEdgeKind, edge.data('net') as NetworkEdgeProps, f, names);
        edge.data({ count: look.count, width: look.width, color: look.color, tone: look.tone, caption: look.caption, label: look.caption, legend: look.legend, quads: quadsOf(look.quadClasses), from: look.firstDate, to: look.lastDate });
      });
      this.cy.elements().forEach((el) => {
        const recounted = el.isEdge() && el.data('net') !== undefined;
        const shown = recounted ? Number(el.data('count')) > 0 && passes({ kind: el.data('kind') }, f) : passes(el.data(), f);
        if (shown) el.removeClass('filtered');
        else el.addClass('filtered');
      });
    });
  }

  async layout(name: LayoutName, animate = true): Promise<void> {
    this.state.layout = name;
    await runLayout(this.cy, name, animate && this.cy.nodes().length < 800);
    this.changed();
  }

  // ---- undo/redo -----------------------------------------------------------------------------

  private snapshot(): Snapshot {
    return {
      elements: this.cy.elements().jsons() as unknown as ElementDefinition[],
      filters: this.state.filters,
      expanded: [...this.state.expanded],
      query: this.state.query,
      rollup: this.state.rollup,
      clock: this.state.clock,
      params: this.state.params,
    };
  }

  checkpoint(): void {
    this.undoStack.push(this.snapshot());
  }

  private restoreSnapshot(s: Snapshot): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(s.elements);
    });
    this.state.filters = s.filters;
    this.state.expanded = [...s.expanded];
    this.state.query = s.query;
    this.state.rollup = s.rollup;
    this.state.clock = s.clock;
    this.state.params = s.params;
    this.applyFilters();
    this.changed();
  }

  undo(): boolean {
    const s = this.undoStack.undo(this.snapshot());
    if (s) this.restoreSnapshot(s);
    return !!s;
  }

  redo(): boolean {
    const s = this.undoStack.redo(this.snapshot());
    if (s) this.restoreSnapshot(s);
    return !!s;
  }

  get canUndo(): boolean {
    return this.undoStack.canUndo;
  }

  get canRedo(): boolean {
    return this.undoStack.canRedo;
  }

  // ---- URL state -----------------------------------------------------------------------------

  viewState(): ViewState {
    const positions: Record<string, [number, number]> = {};
    this.cy.nodes().forEach((n: NodeSingular) => {
      const p = n.position();
      positions[n.id()] = [p.x, p.y];
    });
    return {
      query: this.state.query,
      rollup: this.state.rollup,
      clock: this.state.clock,
      params: this.state.params,
      filters: this.state.filters,
      layout: this.state.layout,
      selected: this.cy.elements(':selected').map((e) => e.id()),
      expanded: this.state.expanded,
      hidden: this.cy.elements('.hidden').map((e) => e.id()),
      pinned: this.cy.nodes('.pinned').map((e) => e.id()),
      positions,
    };
  }

  private scheduleUrl(): void {
    if (this.restoring) return;
    window.clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => this.writeUrl(), 250);
  }

  writeUrl(): void {
    const hash = encodeViewState(this.viewState());
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (`${location.pathname}${location.search}${location.hash}` !== url) history.replaceState(null, '', url);
  }

  /** Rebuilds the view a URL describes: source, expansions, hidden, pins, positions, filters, selection. */
  async restore(view: ViewState, runQuery: (query: string, params: string | null) => Promise<void>): Promise<void> {
    this.restoring = true;
    try {
      this.state.layout = view.layout;
      this.state.rollup = view.rollup;
      if (view.query) await runQuery(view.query, view.params);
      else {
        this.state.clock = view.clock;
        const payload = await api.actorNetwork({ rollup: view.rollup, clock: view.clock });
        this.sources = payload.sources;
        this.replace(payload);
      }
      for (const id of view.expanded) {
        try {
          await this.expand(id, false);
        } catch {
          // a node that is gone from the database is skipped, the rest of the view still loads
        }
      }
      const havePositions = Object.keys(view.positions).length > 0;
      this.cy.batch(() => {
        for (const [id, [x, y]] of Object.entries(view.positions)) this.cy.getElementById(id).position({ x, y });
        for (const id of view.hidden) this.cy.getElementById(id).addClass('hidden');
        for (const id of view.pinned) this.cy.getElementById(id).addClass('pinned').lock();
      });
      this.state.filters = view.filters;
      this.applyFilters();
      if (havePositions) this.cy.fit(this.cy.elements().not('.hidden, .filtered'), 30);
      else await runLayout(this.cy, view.layout, false);
      this.cy.elements().unselect();
      for (const id of view.selected) this.cy.getElementById(id).select();
    } finally {
      this.restoring = false;
    }
    this.changed();
  }

  static readUrl(): ViewState {
    return location.hash.length > 1 ? decodeViewState(location.hash) : DEFAULT_VIEW;
  }
}
