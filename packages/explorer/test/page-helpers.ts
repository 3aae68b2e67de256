/** Reading the live explorer from a Playwright page: labels, positions, on-screen points. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Core, EdgeSingular } from 'cytoscape';

/** Screenshots of the runs go here, to be looked at (not committed). */
export const SHOTS = join(process.env.TMPDIR ?? '/tmp', 'kg-explorer-shots');
mkdirSync(SHOTS, { recursive: true });

type KgWindow = { __kg: { cy: Core } };

/** A fresh browser context on the explorer, after the view has loaded and the layout has settled. */
export async function openExplorer(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  try {
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  } catch (cause) {
    throw new Error(`The explorer did not become ready; page errors: ${errors.join(' | ') || 'none'}`, { cause });
  }
  return page;
}

export function nodeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as KgWindow).__kg.cy.nodes().map((n) => String(n.data('label'))));
}

export function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    (window as unknown as KgWindow).__kg.cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

/** Page coordinates of a rendered point of the graph (the canvas's offset added). */
async function toPage(page: Page, rendered: { x: number; y: number } | null): Promise<{ x: number; y: number }> {
  if (!rendered) throw new Error('The element is not drawn.');
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('The graph canvas is not on the page.');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

export async function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => {
    const n = (window as unknown as KgWindow).__kg.cy.getElementById(nodeId);
    return n.nonempty() ? n.renderedPosition() : null;
  }, id);
  return toPage(page, rendered);
}

/**
 * The middle of the (first) edge drawn between two nodes: of that type from a to b when
 * `type` is given, else either direction and any type.
 */
export async function edgeMidpoint(page: Page, a: string, b: string, type?: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate(([x, y, t]) => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    const edge = cy.edges().filter((e) => t
      ? e.data('type') === t && e.source().id() === x && e.target().id() === y
      : (e.source().id() === x && e.target().id() === y) || (e.source().id() === y && e.target().id() === x))[0] as EdgeSingular | undefined;
    return edge ? edge.renderedMidpoint() : null;
  }, [a, b, type ?? ''] as const);
  return toPage(page, rendered);
}

export async function textOf(page: Page, selector: string): Promise<string> {
  await page.locator(selector).first().waitFor({ timeout: 10_000 });
  return (await page.locator(selector).first().textContent()) ?? '';
}
