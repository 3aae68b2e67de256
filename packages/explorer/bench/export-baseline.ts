/**
 * The export bench's baseline: Cytoscape.js's own `cy.png({ full: true, scale })` on the same
 * graph, positions and stylesheet, in the same Debian Chromium with the server renderer's flags.
 * Timed like our export, as a whole request: new page, cytoscape.js loaded, elements built and
 * placed, PNG drawn and encoded, base64 brought back to Node.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { defaultStylesheet } from '../src/export/default-style';
import { graphToElements } from '../src/export/elements-graph';
import type { generate } from './export-graph';

/** The server renderer's flags (packages/server/src/export/image-renderer.ts, not exported). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

/**
 * Runs in the page. Plain JS text rather than a function handed to page.evaluate, because tsx
 * may wrap functions in helpers (`__name`) that do not exist in the page.
 */
const PAGE_SCRIPT = `
window.cyPngBaseline = (req) => {
  const started = performance.now();
  const div = document.createElement('div');
  div.style.cssText = 'position:absolute;left:-10000px;top:0;width:1200px;height:900px';
  document.body.append(div);
  const cy = cytoscape({ container: div, elements: req.elements, style: req.style, animate: false });
  try {
    cy.nodes().forEach((n) => { const p = req.positions[n.id()]; if (p) n.position(p); });
    cy.fit(undefined, 20);
    // The size cy.png gives a full export (its bufferCanvasImage): the bounding box, rounded up, times scale and pixel ratio.
    const bb = cy.mutableElements().boundingBox();
    const ratio = window.devicePixelRatio || 1;
    const expected = { width: Math.floor(Math.ceil(bb.w) * req.scale * ratio), height: Math.floor(Math.ceil(bb.h) * req.scale * ratio) };
    let uri = '';
    let error = '';
    try {
      uri = cy.png({ full: true, scale: req.scale, output: 'base64uri', bg: '#ffffff' });
    } catch (e) {
      error = String(e && e.message || e);
    }
    const comma = uri.indexOf(',');
    return { base64: comma < 0 ? '' : uri.slice(comma + 1), expected, error, ms: performance.now() - started };
  } finally {
    cy.destroy();
    div.remove();
  }
};
`;

export interface BaselineResult {
  readonly base64: string;
  readonly expected: { width: number; height: number };
  readonly error: string;
  /** In-page time (cytoscape built, placed, drawn, encoded); the bench times the whole call. */
  readonly ms: number;
}

let browser: Promise<Browser> | undefined;

function cytoscapeScript(): string {
  const require = createRequire(join(process.cwd(), 'packages/explorer/package.json'));
  return require.resolve('cytoscape/dist/cytoscape.min.js');
}

export async function cyPng(input: ReturnType<typeof generate>, scale: number, timeoutMs: number): Promise<BaselineResult> {
  browser ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const page = await (await browser).newPage();
  try {
    page.setDefaultTimeout(timeoutMs);
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font-family:Helvetica,Arial,sans-serif}</style></head><body></body></html>');
    await page.addScriptTag({ path: cytoscapeScript() });
    await page.addScriptTag({ content: PAGE_SCRIPT });
    const req = { elements: graphToElements(input.graph), style: defaultStylesheet(), positions: input.positions, scale };
    return await page.evaluate((r) => (globalThis as unknown as { cyPngBaseline(x: unknown): BaselineResult }).cyPngBaseline(r), req as never);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The Chromium both sides ran in, for the report. */
export async function baselineChromiumVersion(): Promise<string> {
  browser ??= chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  return (await browser).version();
}

export async function closeBaseline(): Promise<void> {
  const pending = browser;
  browser = undefined;
  if (pending) await (await pending.catch(() => null))?.close().catch(() => undefined);
}
