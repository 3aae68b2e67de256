/** Rows of the evidence queries → what the side panel shows; plus highlighting of names in a sentence. */
export interface Report {
  readonly sentence: string;
  readonly title: string;
  readonly published: string | null;
  readonly file: string;
}

export interface EventEvidence {
  readonly id: string;
  readonly date: string | null;
  readonly cameo: string;
  readonly cameoName: string;
  readonly quadClass: number | null;
  readonly label: string;
  readonly sourceCount: number;
  readonly reports: readonly Report[];
  readonly agents: readonly string[];
  readonly targets: readonly string[];
  readonly location: string | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export function eventsFromRows(columns: readonly string[], rows: readonly (readonly unknown[])[]): EventEvidence[] {
  const at = (row: readonly unknown[], name: string) => row[columns.indexOf(name)];
  return rows.map((row) => {
    const reports = (Array.isArray(at(row, 'reports')) ? (at(row, 'reports') as unknown[]) : [])
      .map((r) => r as Record<string, unknown>)
      .filter((r) => r && typeof r.sentence === 'string')
      .map((r) => ({ sentence: str(r.sentence), title: str(r.title) || str(r.file), published: str(r.published) || null, file: str(r.file) }));
    const list = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    const quad = Number(at(row, 'quadClass'));
    return {
      id: str(at(row, 'id')),
      date: str(at(row, 'date')) || null,
      cameo: str(at(row, 'cameo')),
      cameoName: str(at(row, 'cameoName')),
      quadClass: Number.isFinite(quad) && quad > 0 ? quad : null,
      label: str(at(row, 'label')),
      sourceCount: Number(at(row, 'sourceCount')) || reports.length,
      reports,
      agents: list(at(row, 'agents')),
      targets: list(at(row, 'targets')),
      location: str(at(row, 'location')) || null,
    };
  });
}

export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/** Terms this short are acronyms ("IS", "US"): matched as whole words and case-sensitively. */
const SHORT_TERM = 3;
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matchesOf(sentence: string, terms: readonly string[], short: boolean): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  // A term starts a word; long ones may run on ("Russia" in "Russian"), short ones must end it too.
  const tail = short ? '(?![\\p{L}\\p{N}])' : '';
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRe).join('|')})${tail}`, short ? 'gu' : 'giu');
  return [...sentence.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Splits a sentence so every occurrence of any term (longest first, at word starts) is marked. */
export function highlight(sentence: string, terms: readonly string[]): Segment[] {
  const usable = [...new Set(terms.map((t) => t?.trim() ?? '').filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [{ text: sentence, mark: false }];
  const hits = [
    ...matchesOf(sentence, usable.filter((t) => t.length > SHORT_TERM), false),
    ...matchesOf(sentence, usable.filter((t) => t.length <= SHORT_TERM), true),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let last = 0;
  for (const hit of hits) {
    if (hit.start < last) continue; // overlaps a longer or earlier mark
    if (hit.start > last) out.push({ text: sentence.slice(last, hit.start), mark: false });
    out.push({ text: sentence.slice(hit.start, hit.end), mark: true });
    last = hit.end;
  }
  if (last < sentence.length) out.push({ text: sentence.slice(last), mark: false });
  return out;
}
