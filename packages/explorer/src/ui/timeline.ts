/**
 * The timeline strip under the graph: event counts per day (or week) stacked by quad class.
 * Drag across bars to set the time window, click a bar to select what happened then, play to
 * grow the window bar by bar, and pick the clock (when it happened / when it was reported).
 * It writes through the callbacks only; `render` draws it from the data and the window given.
 */
import type { Clock, TimelineResponse } from '@kg/model';
import { QUAD_COLORS } from '../graph/palette';
import { bucketize, windowOf, type Bucket } from '../state/time-buckets';
import { h } from './h';

export interface TimelineCallbacks {
  /** A new window (null: all dates); `final` is false while dragging or playing. */
  readonly onWindow: (window: { from: string; to: string } | null, final: boolean) => void;
  readonly onBar: (bucket: Bucket) => void;
  readonly onClock: (clock: Clock) => void;
}

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 56;

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export class Timeline {
  private data: TimelineResponse | null = null;
  private buckets: Bucket[] = [];
  private window: { from: string | null; to: string | null } = { from: null, to: null };
  private playing: number | undefined;
  private readonly svg = svgEl('svg', { height: HEIGHT, id: 'timeline-bars', role: 'img', 'aria-label': 'Events per day by quad class' });
  private readonly label = h('span', { class: 'timeline-label', id: 'timeline-label' });
  private readonly play = h('button', { type: 'button', id: 'timeline-play', title: 'Play: grow the window one bar at a time' }, '▶ play');
  private readonly clock = h('select', { id: 'timeline-clock', 'aria-label': 'Clock', title: 'Which day places an event' },
    h('option', { value: 'event' }, 'when it happened'), h('option', { value: 'reported' }, 'when first reported'));

  constructor(private readonly root: HTMLElement, private readonly cb: TimelineCallbacks) {
    const all = h('button', { type: 'button', class: 'link', id: 'timeline-all', onclick: () => { this.stop(); cb.onWindow(null, true); } }, 'all dates');
    root.replaceChildren(h('div', { class: 'timeline-bar' }, this.clock, this.play, all, this.label), this.svg);
    this.clock.addEventListener('change', () => cb.onClock(this.clock.value as Clock));
    this.play.addEventListener('click', () => (this.playing === undefined ? this.start() : this.stop()));
    this.bindBrush();
  }

  render(data: TimelineResponse | null, window: { from: string | null; to: string | null }, clock: Clock): void {
    this.data = data;
    this.window = window;
    this.clock.value = clock;
    this.buckets = bucketize(data?.days ?? []);
    this.draw();
  }

  private barWidth(): number {
    return Math.max(1, (this.svg.clientWidth || this.root.clientWidth || 600) / Math.max(1, this.buckets.length));
  }

  private inWindow(b: Bucket): boolean {
    return (!this.window.from || b.end >= this.window.from) && (!this.window.to || b.start <= this.window.to);
  }

  private draw(): void {
    const width = this.svg.clientWidth || this.root.clientWidth || 600;
    this.svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    this.svg.replaceChildren();
    const max = Math.max(1, ...this.buckets.map((b) => b.total));
    const w = this.barWidth();
    this.buckets.forEach((b, i) => {
      const g = svgEl('g', { class: 'bucket', 'data-start': b.start, 'data-end': b.end, opacity: this.inWindow(b) ? 1 : 0.25 });
      let y = HEIGHT - 12;
      for (const q of [1, 2, 3, 4] as const) {
        const n = b.quads[String(q) as '1'];
        if (!n) continue;
        const hgt = ((HEIGHT - 16) * n) / max;
        y -= hgt;
        g.append(svgEl('rect', { x: i * w + 0.5, y, width: Math.max(1, w - 1), height: hgt, fill: QUAD_COLORS[q] }));
      }
      const title = svgEl('title', {});
      title.textContent = `${b.start === b.end ? b.start : `${b.start} – ${b.end}`}: ${b.total} event(s)${b.byReport ? `, ${b.byReport} placed by their article's date` : ''}`;
      g.append(svgEl('rect', { x: i * w, y: 0, width: w, height: HEIGHT - 12, fill: 'transparent' }), title);
      this.svg.append(g);
    });
    const ends = [this.buckets[0], this.buckets[this.buckets.length - 1]];
    ends.forEach((b, k) => {
      if (!b) return;
      const t = svgEl('text', { x: k === 0 ? 2 : width - 2, y: HEIGHT - 2, 'font-size': 10, fill: '#57606a', 'text-anchor': k === 0 ? 'start' : 'end' });
      t.textContent = k === 0 ? b.start : b.end;
      this.svg.append(t);
    });
    const undated = this.data?.undated ?? 0;
    const byReport = this.data?.days.reduce((a, d) => a + d.byReport, 0) ?? 0;
    const span = this.window.from || this.window.to ? `${this.window.from ?? '…'} → ${this.window.to ?? '…'}` : 'all dates';
    this.label.textContent = `${span}${byReport ? ` · ${byReport} undated in the text, placed by their article` : ''}${undated ? ` · ${undated} with no day at all (shown only under “all dates”)` : ''}`;
  }

  private indexAt(clientX: number): number {
    const box = this.svg.getBoundingClientRect();
    return Math.max(0, Math.min(this.buckets.length - 1, Math.floor((clientX - box.left) / this.barWidth())));
  }

  private bindBrush(): void {
    let start: number | null = null;
    let startX = 0;
    this.svg.addEventListener('pointerdown', (e) => {
      if (!this.buckets.length) return;
      this.stop();
      start = this.indexAt(e.clientX);
      startX = e.clientX;
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener('pointermove', (e) => {
      if (start === null || Math.abs(e.clientX - startX) < 4) return;
      this.cb.onWindow(windowOf(this.buckets, start, this.indexAt(e.clientX)), false);
    });
    this.svg.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const end = this.indexAt(e.clientX);
      const clicked = Math.abs(e.clientX - startX) < 4;
      const from = start;
      start = null;
      if (clicked) {
        const bucket = this.buckets[end];
        if (bucket) this.cb.onBar(bucket);
      } else this.cb.onWindow(windowOf(this.buckets, from, end), true);
    });
  }

  private start(): void {
    if (!this.buckets.length) return;
    let i = 0;
    this.play.textContent = '❚❚ pause';
    this.cb.onWindow(windowOf(this.buckets, 0, 0), true);
    this.playing = window.setInterval(() => {
      i += 1;
      if (i >= this.buckets.length) return this.stop();
      this.cb.onWindow(windowOf(this.buckets, 0, i), false);
    }, 600);
  }

  stop(): void {
    window.clearInterval(this.playing);
    this.playing = undefined;
    this.play.textContent = '▶ play';
  }
}
