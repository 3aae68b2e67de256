/**
 * The side panel: what a clicked node or edge is, and the evidence behind it — each event
 * with its date, CAMEO type, the source sentence (names highlighted), the article and how
 * many articles report it.
 */
import type { Core } from 'cytoscape';
import { QUAD_CLASS_NAMES, type EventEvidence, type NetworkEdgeKind, type QuadClass } from '@kg/model';
import { api } from '../api/client';
import { EDGE_EVENTS_QUERY, EVENT_REPORTS_QUERY } from '../api/evidence-queries';
import { eventsFromRows, highlight, type EventEvidence as LegacyEvidence } from '../api/evidence';
import { QUAD_COLORS, NODE_LOOKS, type NodeKind } from '../graph/palette';
import { h } from './h';

const HIDDEN_PROPS = new Set(['searchText', 'text', 'aliases', 'mergeNotes']);

function termsOf(cy: Core, id: string): string[] {
  const n = cy.getElementById(id);
  const props = (n.data('props') ?? {}) as Record<string, unknown>;
  const aliases = Array.isArray(props.aliases) ? props.aliases.map(String) : [];
  return [String(props.name ?? n.data('label') ?? ''), ...aliases];
}

function sentenceEl(sentence: string, terms: readonly string[]): HTMLElement {
  const p = h('blockquote', { class: 'sentence' });
  for (const seg of highlight(sentence, terms)) p.append(seg.mark ? h('mark', {}, seg.text) : seg.text);
  return p;
}

/** Console rows (event nodes, expansion edges) in the contract's shape. */
function fromRows(list: readonly LegacyEvidence[]): EventEvidence[] {
  const actor = (name: string) => ({ id: name, name });
  return list.map((e) => ({
    ...e, dateSource: null, reported: null, agents: e.agents.map(actor), targets: e.targets.map(actor),
    location: e.location ? actor(e.location) : null,
    reports: e.reports.map((r) => ({ ...r, documentId: r.file, file: r.file || null })),
  }));
}

/** The day an event is shown under: the text's, else its first report's, marked so. */
function dayOf(e: EventEvidence): string {
  if (e.date) return e.date;
  return e.reported ? `${e.reported} (reported)` : 'undated';
}

function eventsEl(events: readonly EventEvidence[], terms: readonly string[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events recorded for this.');
  return h('ol', { class: 'events' }, ...events.map((e) => {
    const quad = e.quadClass as QuadClass | null;
    const report = e.reports[0];
    return h('li', { class: 'event', 'data-event': e.id },
      h('div', { class: 'event-head' },
        h('span', { class: 'quad-dot', style: `background:${quad ? QUAD_COLORS[quad] : '#999'}`, title: quad ? QUAD_CLASS_NAMES[quad] : '' }),
        h('strong', { title: e.date ? 'the day the text gives' : 'no day in the text: the day its first article was published' }, dayOf(e)), ' · ',
        h('span', { class: 'cameo' }, `${e.cameo} ${e.cameoName}`)),
      h('div', { class: 'event-roles' }, [e.agents.map((a) => a.name).join(', ') || '?', '→', e.targets.map((t) => t.name).join(', ') || '—', e.location ? `@ ${e.location.name}` : ''].join(' ')),
      report ? sentenceEl(report.sentence, terms) : h('p', { class: 'muted' }, 'No source sentence stored.'),
      report ? h('div', { class: 'source' }, `${report.title}${report.published ? ` (${report.published})` : ''}`, ' · ',
        h('span', { class: 'source-count' }, `reported by ${e.sourceCount} article${e.sourceCount === 1 ? '' : 's'}`)) : null);
  }));
}

function propsTable(props: Record<string, unknown>): HTMLElement {
  const rows = Object.entries(props).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== null && v !== undefined && typeof v !== 'object');
  return h('table', { class: 'props' }, ...rows.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, String(v)))));
}

export class SidePanel {
  private token = 0;

  /** `byState`: whether the drawn actor network folds members into the state they serve. */
  constructor(private readonly root: HTMLElement, private readonly getCy: () => Core, private readonly byState: () => boolean = () => false) {}

  clear(): void {
    this.token++;
    this.root.replaceChildren(h('p', { class: 'muted' }, 'Click a node or an edge to see the evidence behind it. Double-click a node to expand it.'));
  }

  private async render(title: string, subtitle: string, body: () => Promise<HTMLElement[]>): Promise<void> {
    const token = ++this.token;
    const content = h('div', { class: 'panel-body' }, h('p', { class: 'muted' }, 'Loading…'));
    this.root.replaceChildren(h('h2', {}, title), h('div', { class: 'subtitle' }, subtitle), content);
    try {
      const parts = await body();
      if (token === this.token) content.replaceChildren(...parts);
    } catch (error) {
      if (token === this.token) content.replaceChildren(h('p', { class: 'error' }, `Could not load the evidence: ${(error as Error).message}`));
    }
  }

  async showNode(id: string): Promise<void> {
    const cy = this.getCy();
    const node = cy.getElementById(id);
    if (node.empty()) return this.clear();
    const kind = node.data('kind') as NodeKind;
    if (kind === 'more') {
      this.root.replaceChildren(h('h2', {}, node.data('label')), h('p', {}, 'More neighbours than fit at once. Double-click this node to draw the next page.'));
      return;
    }
    const terms = termsOf(cy, id);
    await this.render(node.data('label'), NODE_LOOKS[kind]?.label ?? kind, async () => {
      if (kind === 'event' || kind === 'document') {
        const parts = [propsTable(node.data('props') ?? {})];
        if (kind === 'event') {
          const r = await api.cypher(EVENT_REPORTS_QUERY, { id });
          parts.push(h('h3', {}, 'Reports'), eventsEl(fromRows(eventsFromRows(r.columns, r.rows)), terms));
        }
        return parts;
      }
      const facts = await api.nodeEvidence(id);
      const props = facts.properties;
      const aliases = facts.aliases;
      const affiliations = facts.affiliations;
      const list = facts.events;
      return [
        propsTable(props),
        h('h3', {}, 'Aliases'),
        aliases.length ? h('ul', { class: 'aliases' }, ...aliases.map((a) => h('li', {}, a))) : h('p', { class: 'muted' }, 'none'),
        h('h3', {}, 'Affiliations'),
        affiliations.length
          ? h('ul', {}, ...affiliations.map((a) => h('li', {}, a.outgoing ? `${a.role ? `${a.role} of ` : 'affiliated with '}${a.name}` : `${a.name}${a.role ? ` (${a.role})` : ''}`)))
          : h('p', { class: 'muted' }, 'none'),
        h('p', { class: 'articles' }, `Mentioned in ${facts.articles} article(s).`),
        h('h3', {}, `Events (${list.length})`),
        eventsEl(list, terms),
      ];
    });
  }

  async showEdge(id: string): Promise<void> {
    const cy = this.getCy();
    const edge = cy.getElementById(id);
    if (edge.empty()) return this.clear();
    const a = edge.source();
    const b = edge.target();
    const terms = [...termsOf(cy, a.id()), ...termsOf(cy, b.id())];
    const type = String(edge.data('type'));
    const network = type === 'ACTS_ON' || type === 'ACTS_WITH';
    const title = network ? `${a.data('label')} ${type === 'ACTS_ON' ? '→' : '+'} ${b.data('label')}` : `${a.data('label')} — ${b.data('label')}`;
    const subtitle = network ? String(edge.data('caption')) : `${type} · ${Number(edge.data('count'))} event(s)`;
    await this.render(title, subtitle, async () => {
      if (a.data('kind') === 'more' || b.data('kind') === 'more') return [h('p', {}, 'Double-click the “+N more” node to draw more.')];
      const parts: HTMLElement[] = [];
      const list = network
        ? (await api.edgeEvidence(a.id(), b.id(), type as NetworkEdgeKind, this.byState())).events
        : fromRows(eventsFromRows(...(await api.cypher(EDGE_EVENTS_QUERY, { a: a.id(), b: b.id(), roles: false, rollup: false }).then((r) => [r.columns, r.rows] as const))));
      parts.push(h('h3', { class: 'events-head' }, `Events (${list.length})`), eventsEl(list, terms));
      return parts;
    });
  }
}
