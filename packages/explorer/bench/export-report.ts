/**
 * The export bench's table (our export against cy.png, medians of the runs) and its place in
 * BENCHMARKS.md: between the export-bench markers of the "## Export" section, so the notes and
 * earlier figures kept by hand in that section survive a new run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PngVerdict } from './export-png-check';

export interface Measured {
  readonly ms: number;
  readonly verdict: PngVerdict | 'svg';
  readonly size: string;
  /** Share of pixels not the background colour (PNG only). */
  readonly drawn?: number;
  readonly bytes: number;
  readonly note: string;
}

export interface BenchRow {
  readonly nodes: number;
  readonly edges: number;
  readonly format: 'png' | 'svg';
  readonly scale: number;
  readonly runs: number;
  readonly ours: Measured;
  /** Undefined for SVG: cytoscape.js has no SVG export to compare with. */
  readonly cy?: Measured;
}

const START = '<!-- export-bench:start -->';
const END = '<!-- export-bench:end -->';

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (m: Measured) => (m.bytes ? `${(m.bytes / 1024 / 1024).toFixed(2)} MiB` : '–');
const good = (m: Measured | undefined) => m?.verdict === 'valid' || m?.verdict === 'svg';

function outcome(m: Measured): string {
  if (m.verdict === 'svg') return 'SVG';
  return m.verdict === 'valid' ? `valid, ${m.size} px, ${((m.drawn ?? 0) * 100).toFixed(1)}% drawn` : `**${m.verdict}**${m.note ? ` (${m.note})` : ''}`;
}

function winner(r: BenchRow): string {
  if (!r.cy) return 'ours (no cy.png SVG)';
  if (good(r.ours) && good(r.cy)) return 'both';
  if (good(r.ours)) return 'ours only';
  return good(r.cy) ? 'cy.png only' : 'neither';
}

export function table(rows: readonly BenchRow[]): string {
  return [
    '| nodes / edges | format | scale | runs | ours: time | ours: image | ours: size | cy.png: time | cy.png: image | cy.png: size | ours / cy.png | valid image from |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const scale = r.format === 'svg' ? 'vector' : `${r.scale}×`;
      const cy = r.cy ? [secs(r.cy.ms), outcome(r.cy), mib(r.cy)] : ['–', 'no SVG export', '–'];
      // Against a failed or blank cy.png the ratio compares a picture with no picture: say so.
      const ratio = r.cy ? `${(r.ours.ms / r.cy.ms).toFixed(2)}×${good(r.cy) ? '' : ` (cy.png ${r.cy.verdict})`}` : '–';
      return `| ${r.nodes.toLocaleString('en')} / ${r.edges.toLocaleString('en')} | ${r.format.toUpperCase()} | ${scale} | ${r.runs} | ${secs(r.ours.ms)} | ${outcome(r.ours)} | ${mib(r.ours)} | ${cy.join(' | ')} | ${ratio} | ${winner(r)} |`;
    }),
  ].join('\n');
}

/** Replaces the text between the markers in the Export section (adds the section or markers if missing). */
export function writeExportBlock(body: string, file = join(process.cwd(), 'BENCHMARKS.md')): void {
  const text = readFileSync(file, 'utf8');
  const block = `${START}\n${body}\n${END}`;
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from >= 0 && to > from) return writeFileSync(file, `${text.slice(0, from)}${block}${text.slice(to + END.length)}`);
  const section = text.indexOf('\n## Export');
  if (section < 0) return writeFileSync(file, `${text.trimEnd()}\n\n## Export\n\n${block}\n`);
  const afterHeading = text.indexOf('\n', section + 1) + 1;
  writeFileSync(file, `${text.slice(0, afterHeading)}\n${block}\n${text.slice(afterHeading)}`);
}
