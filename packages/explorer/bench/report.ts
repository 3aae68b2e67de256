/** Prints the explorer figures as a table and writes them into BENCHMARKS.md's "Explorer" section. */
import { readFileSync, writeFileSync } from 'node:fs';

export interface RenderFigures {
  readonly nodes: number;
  readonly edges: number;
  readonly renderer: 'canvas' | 'webgl';
  readonly layoutAndRenderMs: number;
  readonly fps: number;
  readonly p95FrameMs: number;
}

export interface ExplorerFigures {
  readonly firstNetworkMs: number;
  readonly networkNodes: number;
  readonly networkEdges: number;
  readonly runs: readonly RenderFigures[];
  readonly chromium: string;
  readonly date: string;
  /** 1-minute load average at the end of the run: the machine is shared, figures scale with it. */
  readonly load: number;
}

export function figuresTable(f: ExplorerFigures): string {
  const rows = f.runs.map((r) =>
    `| ${r.nodes.toLocaleString('en')} / ${r.edges.toLocaleString('en')} | ${r.renderer} | ${(r.layoutAndRenderMs / 1000).toFixed(2)} s | ${r.fps.toFixed(0)} | ${r.p95FrameMs.toFixed(0)} ms |`);
  return [
    '| nodes / edges | renderer | fcose layout + first render | FPS while panning | p95 frame |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function explorerSection(f: ExplorerFigures): string {
  return [
    '## Explorer',
    '',
    '`pnpm bench:explorer` (packages/explorer/bench/explorer.bench.ts): a fresh `vite build`, the',
    'real server over its own embedded Neo4j holding the end-to-end fixture graph, and Debian\'s',
    `headless Chromium (${f.chromium}, \`--headless --no-sandbox --disable-gpu\`, 1400×860) driven by`,
    'playwright-core. Generated networks are loaded through `window.__kg.loadGenerated` (the same',
    'code path as a server payload), laid out with fcose, and panned for 3 s with one `panBy`',
    'per animation frame. The baseline in the same run is the canvas renderer against WebGL',
    '(`?webgl=0` / `?webgl=1`); WebGL here is SwiftShader (software), as the GPU is off.',
    '',
    `Time to first rendered actor network (navigation → drawn, ${f.networkNodes} nodes / ${f.networkEdges} edges): **${f.firstNetworkMs.toFixed(0)} ms**.`,
    '',
    figuresTable(f),
    '',
    `Measured ${f.date} on the 2-core shared machine, load average ${f.load.toFixed(1)} at the end (other jobs running); rerun to compare.`,
    '',
  ].join('\n');
}

/** Replaces the body of "## Explorer" (up to the next "## ") and leaves every other section alone. */
export function writeExplorerSection(file: string, f: ExplorerFigures): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\n## Explorer');
  const section = explorerSection(f);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + 1);
  writeFileSync(file, `${text.slice(0, start + 1)}${section}${next < 0 ? '' : text.slice(next)}`);
}
