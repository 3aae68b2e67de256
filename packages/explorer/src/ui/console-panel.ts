/**
 * The Cypher console: editor, JSON parameters, run (button or Ctrl/Cmd+Enter), examples,
 * saved queries and history; results drawn into the view (merged or replacing it) and
 * listed in a table; big results announced first; errors shown inline at their position.
 */
import type { EditorView } from '@codemirror/view';
import { EditorSelection } from '@codemirror/state';
import { api } from '../api/client';
import { ApiError } from '../api/api-error';
import { cellText, type CypherResult } from '../api/normalize';
import { EXAMPLE_QUERIES } from '../cypher/examples';
import { addToHistory, loadHistory, loadSaved, saveQuery } from '../cypher/query-history';
import { DRAW_WARNING_THRESHOLD, firstNodes, needsConfirmation } from '../cypher/result-size';
import { createEditor, type Schema } from '../cypher/editor';
import type { Explorer } from './explorer';
import { byId, h } from './h';

export class ConsolePanel {
  private editor: EditorView | null = null;
  private readonly schema: Schema = { labels: [], types: [], properties: [] };
  private readonly params = byId<HTMLTextAreaElement>('cypher-params');
  private readonly status = byId('cypher-status');
  private readonly results = byId('cypher-results');
  private readonly modeSelect = byId<HTMLSelectElement>('cypher-mode');

  constructor(private readonly root: HTMLElement, private readonly explorer: Explorer) {
    byId('cypher-run').addEventListener('click', () => void this.run());
    byId('cypher-save').addEventListener('click', () => this.save());
    byId('cypher-close').addEventListener('click', () => this.toggle(false));
    byId<HTMLSelectElement>('cypher-examples').addEventListener('change', (e) => this.pickSaved((e.target as HTMLSelectElement).value, e.target as HTMLSelectElement));
    byId<HTMLSelectElement>('cypher-history').addEventListener('change', (e) => {
      const select = e.target as HTMLSelectElement;
      if (select.value) this.setQuery(select.value);
      select.value = '';
    });
    this.refreshLists();
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  toggle(open = !this.isOpen): void {
    this.root.hidden = !open;
    document.body.classList.toggle('console-open', open);
    if (open) {
      this.ensureEditor();
      this.editor?.focus();
      void this.loadSchema();
    }
    window.dispatchEvent(new Event('resize'));
  }

  private ensureEditor(): void {
    if (this.editor) return;
    const initial = this.explorer.state.query ?? EXAMPLE_QUERIES[0]?.query ?? 'MATCH (n) RETURN n LIMIT 25';
    this.editor = createEditor(byId('cypher-editor'), initial, this.schema, () => void this.run());
  }

  private async loadSchema(): Promise<void> {
    if (this.schema.labels.length) return;
    try {
      // From GET /api/schema, not the console: it does not spend the console's rate budget.
      const vocabulary = await api.schema();
      this.schema.labels.push(...vocabulary.labels);
      this.schema.types.push(...vocabulary.relationshipTypes);
      this.schema.properties.push(...vocabulary.propertyKeys);
    } catch {
      // completion then offers keywords only; the console still works
    }
  }

  setQuery(query: string, params?: string | null): void {
    this.ensureEditor();
    const editor = this.editor as EditorView;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query } });
    if (params !== undefined) this.params.value = params ?? '';
  }

  get query(): string {
    return this.editor?.state.doc.toString() ?? '';
  }

  private pickSaved(name: string, select: HTMLSelectElement): void {
    const all = [...EXAMPLE_QUERIES, ...loadSaved(localStorage)];
    const found = all.find((q) => q.name === name);
    if (found) this.setQuery(found.query, found.params ?? '');
    select.value = '';
  }

  private save(): void {
    const name = window.prompt('Name for this query?');
    if (!name) return;
    saveQuery(localStorage, { name, query: this.query, params: this.params.value || undefined });
    this.refreshLists();
  }

  private refreshLists(): void {
    const examples = byId<HTMLSelectElement>('cypher-examples');
    examples.replaceChildren(h('option', { value: '' }, 'Examples & saved…'),
      h('optgroup', { label: 'Examples' }, ...EXAMPLE_QUERIES.map((q) => h('option', { value: q.name }, q.name))),
      h('optgroup', { label: 'Saved' }, ...loadSaved(localStorage).map((q) => h('option', { value: q.name }, q.name))));
    const hist = byId<HTMLSelectElement>('cypher-history');
    hist.replaceChildren(h('option', { value: '' }, 'History…'), ...loadHistory(localStorage).map((q) => h('option', { value: q }, q.replace(/\s+/g, ' ').slice(0, 80))));
  }

  private parseParams(): Record<string, unknown> | null {
    const text = this.params.value.trim();
    if (!text) return {};
    try {
      const value = JSON.parse(text) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // fall through to the message
    }
    this.showError('Parameters must be a JSON object, e.g. {"name": "Russia"}.');
    return null;
  }

  private showError(message: string, position?: { line: number; column: number; offset: number }): void {
    const parts: (HTMLElement | string)[] = [h('strong', {}, 'Error: '), message];
    if (position) {
      const line = this.query.split('\n')[position.line - 1] ?? '';
      parts.push(h('pre', { class: 'error-at' }, `line ${position.line}, column ${position.column}\n${line}\n${' '.repeat(Math.max(0, position.column - 1))}^`));
      const editor = this.editor;
      if (editor) {
        const at = Math.min(editor.state.doc.length, Math.max(0, position.offset));
        editor.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
      }
    }
    this.status.replaceChildren(h('div', { class: 'error', id: 'cypher-error' }, ...parts));
  }

  /** Runs the editor's query (or the given one, for URL restore) and draws its result. */
  async run(queryText = this.query, paramsText?: string | null, fromUrl = false): Promise<void> {
    if (paramsText !== undefined) this.params.value = paramsText ?? '';
    const params = this.parseParams();
    if (!params || !queryText.trim()) return;
    this.status.replaceChildren(h('span', { class: 'muted' }, 'Running…'));
    const started = performance.now();
    let result: CypherResult;
    try {
      result = await api.cypher(queryText, params);
    } catch (error) {
      const e = error as ApiError;
      this.results.replaceChildren();
      this.showError(e.message + (e.hint ? ` ${e.hint}` : ''), e.position);
      return;
    }
    if (!fromUrl) {
      addToHistory(localStorage, queryText);
      this.refreshLists();
    }
    const ms = Math.round(performance.now() - started);
    const g = result.graph;
    const info = h('div', { class: 'cypher-info' },
      `${result.rows.length} row(s), ${g.nodes.length} node(s), ${g.edges.length} relationship(s) in ${ms} ms.`,
      result.truncated ? h('span', { class: 'warning', id: 'cypher-truncated' }, ' The result was truncated by the server’s row cap; add a LIMIT or narrow the query.') : null);
    this.status.replaceChildren(info);
    this.renderTable(result);
    const draw = async (graph = g) => {
      this.explorer.checkpoint();
      this.explorer.state.query = queryText;
      this.explorer.state.params = this.params.value.trim() || null;
      if (this.modeSelect.value === 'merge' && !fromUrl) this.explorer.merge(graph);
      else {
        this.explorer.replace(graph);
        if (!fromUrl) await this.explorer.layout(this.explorer.state.layout);
      }
      const cy = this.explorer.cy;
      this.explorer.onStatus(`Query result: ${cy.nodes().length} nodes, ${cy.edges().length} edges drawn. “Actor network” goes back.`);
    };
    if (g.nodes.length === 0) return;
    if (!needsConfirmation(g)) return draw();
    // Big result: say so and let the person choose; nothing is drawn until they do.
    const warn = h('div', { class: 'warning', id: 'cypher-size-warning' },
      `The result has ${g.nodes.length} nodes and ${g.edges.length} relationships. `,
      h('button', { type: 'button', onclick: () => { warn.remove(); void draw(firstNodes(g, DRAW_WARNING_THRESHOLD)); } }, `Draw the first ${DRAW_WARNING_THRESHOLD}`), ' ',
      h('button', { type: 'button', onclick: () => { warn.remove(); void draw(); } }, `Draw all ${g.nodes.length}`), ' ',
      h('button', { type: 'button', onclick: () => warn.remove() }, 'Table only'));
    this.status.append(warn);
    if (fromUrl) await draw(firstNodes(g, DRAW_WARNING_THRESHOLD));
  }

  private renderTable(result: CypherResult): void {
    const max = 1000;
    const table = h('table', { class: 'result-table', id: 'cypher-table' },
      h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, ...result.rows.slice(0, max).map((row) => h('tr', {}, ...row.map((v) => h('td', {}, cellText(v)))))));
    this.results.replaceChildren(table, result.rows.length > max ? h('p', { class: 'muted' }, `Showing ${max} of ${result.rows.length} rows.`) : '');
  }
}
