/**
 * `pnpm bench:export`: image export in headless Chromium (the server's renderer, which runs the
 * Export dialog's drawing code) against a baseline measured in the same run: Cytoscape.js's own
 * `cy.png({ full: true, scale })` on the same generated graph and positions, in the same Debian
 * Chromium. Each PNG is decoded (pngjs) to tell a real image from a blank or failed one; the
 * ratio is our time / cy.png's time (medians of the runs).
 *
 * Env: EXPORT_BENCH_ROWS, rows as nodes@scale or nodes@svg (default "100@2,1000@2,5000@4,5000@6": 6× is
 * the first scale where cy.png's single canvas passes Chrome's 268 M px limit at 5,000 nodes);
 * EXPORT_BENCH_RUNS, runs per row (default 3 below 5,000 nodes, 1 from there).
 * Prints the table and writes it between the export-bench markers of BENCHMARKS.md's "## Export".
 */
import { loadavg } from 'node:os';
import { closeImageRenderer, renderImage, type ImageRenderResponse } from '@kg/server';
import { baselineChromiumVersion, closeBaseline, cyPng } from './export-baseline';
import { generate, SPACING } from './export-graph';
import { checkPng } from './export-png-check';
import { table, writeExportBlock, type BenchRow, type Measured } from './export-report';

const ROWS = (process.env.EXPORT_BENCH_ROWS ?? '100@2,1000@2,5000@4,5000@6').split(',').map((spec) => {
  const [n, s] = spec.trim().split('@');
  return { nodes: Number(n), format: s === 'svg' ? ('svg' as const) : ('png' as const), scale: s === 'svg' ? 1 : Number(s ?? 2) };
});
const TIMEOUT_MS = 900_000;

/** The command line to repeat this run, env included. */
const command = () =>
  [...['EXPORT_BENCH_ROWS', 'EXPORT_BENCH_RUNS'].flatMap((k) => (process.env[k] ? [`${k}=${process.env[k]}`] : [])), 'pnpm bench:export'].join(' ');

const firstLine = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

async function ours(input: ReturnType<typeof generate>, n: number, format: 'png' | 'svg', scale: number): Promise<Measured> {
  const started = performance.now();
  let r: ImageRenderResponse;
  try {
    r = await renderImage({ graph: input.graph, format, scale, positions: input.positions, legend: true, title: `${n} generated nodes` }, TIMEOUT_MS);
  } catch (error) {
    r = { ok: false, code: 'FAILED', message: firstLine(error) };
  }
  const ms = performance.now() - started;
  if (!r.ok) return { ms, verdict: 'failed', size: '–', bytes: 0, note: `${r.code}: ${r.message}` };
  if (format === 'svg') return { ms, verdict: 'svg', size: `${r.width}×${r.height}`, bytes: Buffer.byteLength(r.text ?? ''), note: '' };
  const check = checkPng(r.base64 ?? '', { width: r.width, height: r.height });
  return { ms, verdict: check.verdict, size: `${check.width}×${check.height}`, drawn: check.drawn, bytes: Math.floor(((r.base64 ?? '').length * 3) / 4), note: check.detail };
}

async function baseline(input: ReturnType<typeof generate>, scale: number): Promise<Measured> {
  const started = performance.now();
  try {
    const r = await cyPng(input, scale, TIMEOUT_MS);
    const ms = performance.now() - started;
    const check = checkPng(r.base64, r.expected);
    const note = [r.error, check.detail, check.verdict === 'valid' ? '' : `asked for ${r.expected.width}×${r.expected.height} px`].filter(Boolean).join('; ');
    return { ms, verdict: check.verdict, size: `${check.width}×${check.height}`, drawn: check.drawn, bytes: Math.floor((r.base64.length * 3) / 4), note };
  } catch (error) {
    return { ms: performance.now() - started, verdict: 'failed', size: '–', bytes: 0, note: firstLine(error) };
  }
}

/** Median time; the image verdict of the worst run (a blank once is worth knowing). */
function summarise(runs: readonly Measured[]): Measured {
  const times = runs.map((m) => m.ms).sort((a, b) => a - b);
  const mid = times.length >> 1;
  const ms = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  const worst = runs.find((m) => m.verdict !== 'valid' && m.verdict !== 'svg') ?? runs[runs.length - 1]!;
  return { ...worst, ms };
}

const log = (what: string, m: Measured) =>
  process.stdout.write(`  ${what}: ${(m.ms / 1000).toFixed(2)} s, ${m.verdict}, ${m.size} px, ${((m.drawn ?? 0) * 100).toFixed(1)}% drawn, ${(m.bytes / 1024).toFixed(0)} KiB${m.note ? ` (${m.note})` : ''}\n`);

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  try {
    for (const { nodes, format, scale } of ROWS) {
      const input = generate(nodes);
      const runs = Number(process.env.EXPORT_BENCH_RUNS ?? (nodes >= 5_000 ? 1 : 3));
      process.stdout.write(`${nodes} nodes, ${format === 'svg' ? 'SVG' : `PNG ${scale}×`}, ${runs} run(s)\n`);
      const ourRuns: Measured[] = [];
      const cyRuns: Measured[] = [];
      // Alternated, so a burst of load from elsewhere on the machine falls on both sides.
      for (let i = 0; i < runs; i++) {
        ourRuns.push(await ours(input, nodes, format, scale));
        log('ours  ', ourRuns[i]!);
        if (format === 'svg') continue;
        cyRuns.push(await baseline(input, scale));
        log('cy.png', cyRuns[i]!);
      }
      rows.push({ nodes, edges: input.graph.edges.length, format, scale, runs, ours: summarise(ourRuns), cy: cyRuns.length ? summarise(cyRuns) : undefined });
    }
    const out = table(rows);
    const load = loadavg()[0]!.toFixed(1);
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
    process.stdout.write(`\n${out}\n\n1-minute load at the end: ${load}\n`);
    writeExportBlock(
      [
        `Run ${date} UTC with \`${command()}\` on a shared 2-core machine, 1-minute load ${load} at the end, so times are noisy. ` +
          `Chromium ${await baselineChromiumVersion()} (\`/usr/bin/chromium\` through playwright-core). Generated graphs (n nodes, 2n edges), positions given on a ${SPACING}-unit jittered grid (no force layout). ` +
          '**Ours**: the server\'s renderer (title and legend on; tiles of 2,048 px streamed into one PNG). ' +
          '**cy.png**: Cytoscape.js 3.33.1\'s `cy.png({ full: true, scale, output: \'base64uri\', bg: \'#ffffff\' })` on the same elements, positions and default stylesheet (no title or legend, so its image is a little smaller), in the same Chromium with the same flags. ' +
          'Both times are the whole request from Node (new page, drawing, encoding, base64 back to Node), medians when runs > 1. ' +
          'Each PNG is decoded with pngjs: *valid* means the pixel size asked for and not every pixel the same colour (*drawn* = share of pixels that are not opaque white, the background both are asked for); *blank* means every pixel the same; *failed* means no or undecodable data. ' +
          'Ratio = our time / cy.png time (above 1× we are slower). ' +
          "cy.png draws the whole picture on one canvas, which Chrome refuses past 268 M px (16,384²): toDataURL then gives an empty `data:,`, recorded as *failed*; our export draws tiles of 2,048 px and refuses only past 65,535 px a side or 1 G px.",
        '',
        out,
      ].join('\n'),
    );
  } finally {
    await Promise.all([closeImageRenderer(), closeBaseline()]);
  }
}

await main();
