/**
 * "Add article": paste text or drop .txt/.md files, with title and date; posts each to
 * /api/documents with the write token, shows progress, then highlights what was added.
 */
import { api } from '../api/client';
import { ApiError } from '../api/api-error';
import type { Explorer } from './explorer';
import { byId, h } from './h';

const ACCEPTED = /\.(txt|md|markdown)$/i;
const TOKEN_KEY = 'kg.writeToken';

interface Draft {
  readonly name: string;
  readonly title?: string;
  readonly published?: string;
  readonly text: string;
}

/** Ids of whatever the server says it added, wherever in the answer they sit. */
export function addedIds(body: unknown): string[] {
  const ids = new Set<string>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => (typeof x === 'string' ? ids.add(x) : visit(x, depth + 1)));
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'string' && depth > 0) ids.add(o.id);
    for (const key of ['entities', 'nodes', 'added', 'graph', 'events', 'entityIds']) if (key in o) visit(o[key], depth + 1);
  };
  visit(body, 0);
  return [...ids];
}

function refusal(error: unknown): string {
  if (!(error instanceof ApiError)) return (error as Error).message;
  switch (error.code) {
    case 'UNAUTHORIZED': return `The server refused the token: ${error.message}`;
    case 'WRITES_DISABLED': return `This server does not accept articles (no KG_API_TOKEN configured): ${error.message}`;
    case 'PAYLOAD_TOO_LARGE': return `The article is too large for the server: ${error.message}`;
    default: return error.message;
  }
}

export function mountAddArticle(dialog: HTMLDialogElement, explorer: Explorer): void {
  const form = byId<HTMLFormElement>('article-form');
  const files = byId<HTMLInputElement>('article-files');
  const drop = byId('article-drop');
  const progress = byId('article-progress');
  const token = byId<HTMLInputElement>('article-token');
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let dropped: File[] = [];

  const say = (text: string, tone: 'info' | 'error' = 'info') => progress.replaceChildren(h('div', { class: tone }, text));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    dropped = [...(e.dataTransfer?.files ?? [])];
    say(`${dropped.length} file(s) ready: ${dropped.map((f) => f.name).join(', ')}`);
  });
  files.addEventListener('change', () => {
    dropped = [...(files.files ?? [])];
    say(`${dropped.length} file(s) ready: ${dropped.map((f) => f.name).join(', ')}`);
  });
  byId('article-cancel').addEventListener('click', () => dialog.close());

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const title = String(data.get('title') ?? '').trim() || undefined;
    const published = String(data.get('published') ?? '').trim() || undefined;
    const pasted = String(data.get('text') ?? '').trim();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    const drafts: Draft[] = [];
    for (const file of dropped) {
      if (!ACCEPTED.test(file.name)) return say(`${file.name} is not a .txt or .md file; convert it to plain text first.`, 'error');
      let text: string;
      try {
        text = (await file.text()).trim();
      } catch {
        return say(`${file.name} could not be read; check that it is a plain-text file.`, 'error');
      }
      if (!text) return say(`${file.name} is empty.`, 'error');
      // NUL bytes or undecodable bytes: a binary file renamed .txt (the server checks too).
      if (text.includes('\u0000') || text.includes('\uFFFD')) return say(`${file.name} is not UTF-8 text (it looks binary); save it as plain text first.`, 'error');
      drafts.push({ name: file.name, title: dropped.length === 1 ? title : undefined, published, text });
    }
    if (pasted) drafts.push({ name: title ?? 'pasted text', title, published, text: pasted });
    if (!drafts.length) return say('Paste an article or drop a .txt/.md file first.', 'error');

    const ids: string[] = [];
    for (const [i, d] of drafts.entries()) {
      say(`Extracting ${i + 1} of ${drafts.length}: ${d.name}…`);
      try {
        const body = await api.addDocument({ title: d.title, published: d.published, text: d.text }, token.value.trim());
        ids.push(...addedIds(body));
      } catch (error) {
        return say(`${d.name}: ${refusal(error)}`, 'error');
      }
    }
    say(`Added ${drafts.length} article(s); ${ids.length} node(s) reported. Redrawing…`);
    await explorer.loadNetwork();
    const wanted = new Set(ids);
    const found = explorer.cy.nodes().filter((n) => wanted.has(n.id()));
    found.addClass('added');
    if (found.nonempty()) explorer.cy.animate({ fit: { eles: found, padding: 80 } }, { duration: 400 });
    say(`Added ${drafts.length} article(s). ${found.length} of the nodes they touch are highlighted in purple.`);
    form.reset();
    // The token is kept for the session: the next article needs it too.
    token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
    dropped = [];
  });
}
