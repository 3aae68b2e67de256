/** The search box: suggestions over names and aliases as you type; picking one focuses it. */
import { api } from '../api/client';
import type { SearchHit } from '../api/normalize';
import { h } from './h';

export function mountSearch(input: HTMLInputElement, list: HTMLElement, pick: (hit: SearchHit) => Promise<void>): void {
  let timer: number | undefined;
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };

  const render = () => {
    list.replaceChildren(...hits.map((hit, i) => h('li', {
      class: i === active ? 'active' : '',
      role: 'option',
      'data-id': hit.id,
      onmousedown: (e: Event) => {
        e.preventDefault();
        void choose(i);
      },
    }, h('span', { class: 'hit-name' }, hit.name), h('span', { class: 'hit-type' }, hit.type.toLowerCase()),
      hit.aliases.length ? h('span', { class: 'hit-aliases' }, hit.aliases.filter((a) => a !== hit.name).slice(0, 4).join(', ')) : null)));
    list.hidden = hits.length === 0;
  };

  const choose = async (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    await pick(hit);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      hits = [];
      render();
      return;
    }
    timer = window.setTimeout(async () => {
      const mine = ++seq;
      try {
        const found = await api.search(q, 10);
        if (mine !== seq) return;
        hits = found;
        active = hits.length ? 0 : -1;
        render();
        if (!hits.length) list.replaceChildren(h('li', { class: 'muted' }, `Nothing matches “${q}”.`)), (list.hidden = false);
      } catch (error) {
        list.replaceChildren(h('li', { class: 'error' }, (error as Error).message));
        list.hidden = false;
      }
    }, 180);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void choose(active < 0 ? 0 : active);
    } else if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
}
