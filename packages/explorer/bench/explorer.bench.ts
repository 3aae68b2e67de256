/**
 * pnpm bench:explorer: the explorer in headless Chromium against the real server and an
 * embedded Neo4j of its own (or NEO4J_URI) holding the end-to-end fixture graph. Measures the
 * time to the first rendered actor network, then fcose layout + first render and FPS while
 * panning at 1,000 and 5,000 generated nodes (3 edges per node), canvas vs WebGL renderer.
 * Prints the figures and writes them into BENCHMARKS.md's "Explorer" section.
 *
 * Env: BENCH_SIZES (default "1000,5000"), BENCH_PAN_SECONDS (3), BENCH_WRITE=0 to print only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import type { GraphPayload } from '@kg/model';
import { findFreePort, findRepoRoot, startEmbeddedNeo4j, type RunningNeo4j } from '@kg/embedded-neo4j';
import { buildExplorer, launchChromium, serveExplorer } from '../test/harness';
import { writeFixtureGraph } from '../test/fixture-graph';
import { syntheticNetwork } from './synthetic-network';
import { figuresTable, writeExplorerSection, type RenderFigures } from './report';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter((n) => n > 0);
const panSeconds = Number(process.env.BENCH_PAN_SECONDS ?? 3);
const log = (line: string): void => { process.stdout.write(`${line}\n`); };

interface KgHooks {
  firstRenderMs: number;
  cy: import('cytoscape').Core;
  loadGenerated(payload: GraphPayload, layout?: string): Promise<{ ms: number; webgl: boolean }>;
}
type KgWindow = { __kg: KgHooks };

async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions passed to page.evaluate need it too.
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return page;
}

/** Pans one step per animation frame; the renderer draws in the same frames, so slow drawing shows as fewer of them. */
function panFps(page: Page, seconds: number): Promise<{ fps: number; p95FrameMs: number }> {
  return page.evaluate((ms) => new Promise<{ fps: number; p95FrameMs: number }>((resolve) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const gaps: number[] = [];
    let last = performance.now();
    const t0 = last;
    const step = (now: number) => {
      gaps.push(now - last);
      last = now;
      cy.panBy({ x: 6 * Math.sin(gaps.length / 15), y: 4 * Math.cos(gaps.length / 20) });
      if (now - t0 < ms) requestAnimationFrame(step);
      else {
        gaps.sort((a, b) => a - b);
        resolve({ fps: (gaps.length * 1000) / (now - t0), p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0 });
      }
    };
    requestAnimationFrame(step);
  }), seconds * 1000);
}

async function measure(browser: Browser, url: string, nodes: number, webgl: boolean): Promise<RenderFigures> {
  const payload = syntheticNetwork(nodes);
  const page = await openPage(browser, `${url}/?webgl=${webgl ? 1 : 0}`);
  try {
    const loaded = await page.evaluate((p) => (window as unknown as KgWindow).__kg.loadGenerated(p, 'fcose'), payload);
    const pan = await panFps(page, panSeconds);
    return { nodes, edges: payload.edges.length, renderer: loaded.webgl ? 'webgl' : 'canvas', layoutAndRenderMs: loaded.ms, ...pan };
  } finally {
    await page.context().close();
  }
}

async function main(): Promise<void> {
  const repoRoot = findRepoRoot(process.cwd());
  let neo: RunningNeo4j | undefined;
  let dataDir: string | undefined;
  let driver: Driver;
  if (process.env.NEO4J_URI) {
    driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j'), { disableLosslessIntegers: true });
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'kg-bench-explorer-'));
    const port = await findFreePort();
    log(`starting embedded Neo4j on 127.0.0.1:${port}…`);
    neo = await startEmbeddedNeo4j({ repoRoot, port, dataDir, heap: '1g', pagecache: '256m' });
    driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.connection.user, neo.connection.password), { disableLosslessIntegers: true });
  }
  const empty = Number((await driver.executeQuery('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n')) === 0;
  if (empty) await writeFixtureGraph(driver);
  log('building the explorer (vite build)…');
  const distDir = buildExplorer();
  const server = await serveExplorer(driver, distDir);
  const browser = await launchChromium();
  try {
    // A cold first open warms the server and the disk cache; the second is the figure.
    await (await openPage(browser, server.url)).context().close();
    const first = await openPage(browser, server.url);
    const network = await first.evaluate(() => {
      const kg = (window as unknown as KgWindow).__kg;
      return { ms: kg.firstRenderMs, nodes: kg.cy.nodes().length, edges: kg.cy.edges().length };
    });
    await first.context().close();
    log(`first rendered actor network: ${network.ms.toFixed(0)} ms (${network.nodes} nodes, ${network.edges} edges)`);
    const runs: RenderFigures[] = [];
    for (const n of sizes) {
      for (const webgl of [false, true]) {
        const r = await measure(browser, server.url, n, webgl);
        log(`${n} nodes / ${r.edges} edges, ${r.renderer}: layout + render ${r.layoutAndRenderMs.toFixed(0)} ms, ${r.fps.toFixed(1)} FPS panning (p95 frame ${r.p95FrameMs.toFixed(0)} ms); load average ${loadavg()[0]?.toFixed(1)}`);
        runs.push(r);
      }
    }
    const figures = {
      firstNetworkMs: network.ms, networkNodes: network.nodes, networkEdges: network.edges, runs,
      chromium: browser.version(), date: new Date().toISOString().slice(0, 10), load: loadavg()[0] ?? 0,
    };
    log(`\n${figuresTable(figures)}`);
    if (process.env.BENCH_WRITE !== '0') {
      writeExplorerSection(join(repoRoot, 'BENCHMARKS.md'), figures);
      log('written to BENCHMARKS.md (Explorer)');
    }
  } finally {
    await browser.close();
    await server.close();
    await driver.close();
    await neo?.stop();
    rmSync(distDir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:explorer failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
