/**
 * `kg export (--query "…" | --ids a,b) [--format png|jpg|svg|pdf] [--out file] [--scale n | --dpi n]
 *   [--title "…"] [--background white|transparent|#rrggbb] [--no-legend] [--no-labels] [--server url]`
 * An image of a subgraph, drawn by a running server (GET /api/export/image, headless Chromium),
 * written to a file. The server is --server, else KG_SERVER_URL, else http://localhost:8080.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';

interface ExportFlags {
  readonly query?: string;
  readonly ids?: string;
  readonly format: string;
  readonly out?: string;
  readonly scale?: string;
  readonly dpi?: string;
  readonly title?: string;
  readonly background?: string;
  readonly legend: boolean;
  readonly labels: boolean;
  readonly server?: string;
}

const FORMATS = new Set(['png', 'jpg', 'svg', 'pdf']);

/** The request URL for a set of flags (kept pure for testing). */
export function exportImageUrl(server: string, flags: ExportFlags): URL {
  const url = new URL('/api/export/image', server);
  url.searchParams.set('format', flags.format);
  if (flags.query) url.searchParams.set('query', flags.query);
  if (flags.ids) url.searchParams.set('ids', flags.ids);
  if (flags.scale) url.searchParams.set('scale', flags.scale);
  if (flags.dpi) url.searchParams.set('dpi', flags.dpi);
  if (flags.title) url.searchParams.set('title', flags.title);
  if (flags.background) url.searchParams.set('background', flags.background);
  if (!flags.legend) url.searchParams.set('legend', 'false');
  if (!flags.labels) url.searchParams.set('labels', 'false');
  return url;
}

/** The file name the server suggested (Content-Disposition), else a plain one. */
function suggestedName(header: string | null, format: string): string {
  const match = header?.match(/filename="?([^";]+)"?/);
  return match?.[1] ?? `kg-export.${format}`;
}

async function runExport(flags: ExportFlags): Promise<void> {
  if (!flags.query === !flags.ids) throw new Error('give exactly one of --query "<read-only Cypher>" or --ids a,b,c');
  if (!FORMATS.has(flags.format)) throw new Error(`--format must be png, jpg, svg or pdf, not ${JSON.stringify(flags.format)}`);
  const server = flags.server ?? process.env.KG_SERVER_URL ?? 'http://localhost:8080';
  const url = exportImageUrl(server, flags);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(180_000) });
  } catch (cause) {
    throw new Error(`no server answered at ${server} (${(cause as Error).cause ? String((cause as { cause: { code?: string } }).cause.code ?? '') : (cause as Error).message}); start one with \`pnpm start\` or point --server / KG_SERVER_URL at it`, { cause });
  }
  if (!response.ok) {
    const text = await response.text();
    let detail = text.slice(0, 300);
    try {
      const body = JSON.parse(text) as { error?: { message?: string; hint?: string } };
      if (body.error?.message) detail = `${body.error.message}${body.error.hint ? ` (${body.error.hint})` : ''}`;
    } catch {
      // not JSON: keep the text
    }
    throw new Error(`the server refused the export (HTTP ${response.status}): ${detail}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const out = flags.out ?? suggestedName(response.headers.get('content-disposition'), flags.format);
  await writeFile(out, bytes);
  const size = response.headers.get('x-image-size');
  process.stdout.write(`Wrote ${out} (${(bytes.length / 1024).toFixed(1)} KiB${size ? `, ${size.replace('x', '×')} px` : ''}).\n`);
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write an image of a subgraph, drawn by a running server')
    .option('-q, --query <cypher>', 'read-only Cypher whose nodes and relationships are drawn')
    .option('--ids <ids>', 'comma-separated node ids (the nodes and the relationships among them)')
    .option('-f, --format <format>', 'png, jpg, svg or pdf (vector)', 'png')
    .option('-o, --out <file>', 'output file (default: the name the server suggests)')
    .option('--scale <n>', 'pixels per layout unit, 1–4 (default 2)')
    .option('--dpi <n>', 'instead of scale: print resolution, 72–600')
    .option('--title <text>', 'title printed above the graph')
    .option('--background <colour>', 'white (default), transparent or #rrggbb')
    .option('--no-legend', 'leave the legend out')
    .option('--no-labels', 'leave node and edge labels out')
    .option('--server <url>', 'server base URL (default KG_SERVER_URL or http://localhost:8080)')
    .action(async (flags: ExportFlags) => runExport(flags));
}
