/**
 * File names that say what was exported: the focus (up to three names or a title), the
 * time window, and the format (`russia-syria-2017-11-20_2017-12-11.png`).
 */
import { slugify } from '@kg/model';

export interface FileNameParts {
  /** Names of what the export is about (selected nodes, the view's focus), most important first. */
  readonly names?: readonly string[];
  readonly title?: string;
  /** ISO days (YYYY-MM-DD) of the time window shown. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** What was exported when nothing more telling is known ("graph", "view", "selection"). */
  readonly scope?: string;
  /** Extension without the dot: png, svg, graphml, nodes.csv. */
  readonly extension: string;
}

const MAX_NAMES = 3;
const MAX_STEM = 80;

export function exportFileName(parts: FileNameParts): string {
  const named = (parts.names ?? []).map(slugify).filter((s) => s.length > 0);
  const unique = [...new Set(named)];
  let stem = parts.title ? slugify(parts.title) : '';
  if (!stem) stem = unique.slice(0, MAX_NAMES).join('-') + (unique.length > MAX_NAMES ? '-and-more' : '');
  if (!stem) stem = slugify(parts.scope ?? 'graph') || 'graph';
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/-+$/, '');
  const window = timeWindowPart(parts.from, parts.to);
  return `${window ? `${stem}-${window}` : stem}.${parts.extension}`;
}

function timeWindowPart(from?: string | null, to?: string | null): string {
  const day = (d?: string | null) => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : '');
  const a = day(from);
  const b = day(to);
  if (a && b) return a === b ? a : `${a}_${b}`;
  if (a) return `from-${a}`;
  if (b) return `until-${b}`;
  return '';
}
