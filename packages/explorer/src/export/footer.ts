/** The footer lines: time window, filters, source articles (titles and dates), and what was drawn. */
export interface SourceArticle {
  readonly title: string;
  readonly published?: string | null;
}

export interface FooterInput {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly filters?: readonly string[];
  /** What the marks mean, when the legend's swatches need words (arrow, width, colour). */
  readonly notes?: readonly string[];
  readonly sources?: readonly SourceArticle[];
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** ISO timestamp of the export (passed in so output is reproducible in tests). */
  readonly exportedAt?: string;
}

const MAX_SOURCES = 8;

export function footerLines(input: FooterInput): string[] {
  const lines: string[] = [];
  if (input.from || input.to) lines.push(`Time window: ${input.from ?? 'start'} – ${input.to ?? 'now'}`);
  if (input.filters && input.filters.length > 0) lines.push(`Filters: ${input.filters.join('; ')}`);
  for (const note of input.notes ?? []) lines.push(note);
  const sources = [...(input.sources ?? [])].sort((a, b) => String(a.published ?? '').localeCompare(String(b.published ?? '')));
  if (sources.length > 0) {
    lines.push(`Sources (${sources.length} article${sources.length === 1 ? '' : 's'}):`);
    for (const s of sources.slice(0, MAX_SOURCES)) lines.push(`  • ${s.title}${s.published ? ` (${s.published})` : ''}`);
    if (sources.length > MAX_SOURCES) lines.push(`  … and ${sources.length - MAX_SOURCES} more`);
  }
  const stamp = input.exportedAt ? ` · exported ${input.exportedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
  lines.push(`${input.nodeCount} nodes, ${input.edgeCount} edges${stamp}`);
  return lines;
}
