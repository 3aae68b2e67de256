/**
 * What the server knows for an image's footer and file name, read from the subgraph itself:
 * the time window of its events, its source articles, and the names it is about.
 */
import { slugify, type GraphPayload } from '@kg/model';

export interface ImageFooter {
  readonly from: string | null;
  readonly to: string | null;
  readonly sources: readonly { title: string; published: string | null }[];
}

const day = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

export function footerFromGraph(graph: GraphPayload): ImageFooter {
  const dates = graph.nodes.filter((n) => n.labels.includes('Event')).map((n) => day(n.properties.date)).filter((d): d is string => !!d).sort();
  const sources = graph.nodes
    .filter((n) => n.labels.includes('Document'))
    .map((n) => ({ title: String(n.properties.title ?? n.properties.file ?? n.id), published: day(n.properties.published) }));
  return { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null, sources };
}

/** `russia-syria-turkey-2017-11-20_2017-12-11.png`: what was drawn, when, and the format. */
export function imageFileName(graph: GraphPayload, footer: ImageFooter, extension: string, title?: string): string {
  const actors = graph.nodes.filter((n) => n.labels.includes('Actor') || n.labels.includes('Entity'));
  const names = (actors.length > 0 ? actors : graph.nodes).map((n) => slugify(String(n.properties.name ?? n.id))).filter(Boolean);
  let stem = title ? slugify(title) : [...new Set(names)].slice(0, 3).join('-') + (names.length > 3 ? '-and-more' : '');
  stem = stem.slice(0, 80).replace(/-+$/, '') || 'graph';
  const window = footer.from && footer.to ? (footer.from === footer.to ? footer.from : `${footer.from}_${footer.to}`) : '';
  return `${window ? `${stem}-${window}` : stem}.${extension}`;
}
