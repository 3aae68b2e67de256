/**
 * The Export dialog in the built explorer, in real headless Chromium against the real server
 * and Neo4j: select nodes, open the dialog, export, and check the downloaded files.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { XMLParser } from 'fast-xml-parser';
import type { RunningServer } from '@kg/server';
import { useCleanDatabase } from '@kg/testing';
import { writeFixtureGraph } from './fixture-graph';
import { buildExplorer, launchChromium, serveExplorer } from './harness';
import { openExplorer } from './page-helpers';

const db = useCleanDatabase();
let server: RunningServer;
let browser: Browser;
let page: Page;

interface KgWindow {
  __kg: { cy: import('cytoscape').Core };
}

beforeAll(async () => {
  await writeFixtureGraph(db());
  server = await serveExplorer(db(), buildExplorer());
  browser = await launchChromium();
  page = await openExplorer(browser, server.url);
  await page.waitForFunction(() => ['russia', 'syria'].every((id) => (window as unknown as KgWindow).__kg.cy.$id(id).nonempty()), undefined, { timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function exportWith(format: string, scale?: string): Promise<{ file: Buffer; name: string; preview: string }> {
  await page.evaluate(() => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    cy.elements().unselect();
    cy.$('#russia, #syria').select();
  });
  await page.click('#btn-export');
  const dialog = page.locator('dialog.kg-export-dialog');
  await dialog.locator('input[name="scope"][value="selection"]').check();
  await dialog.locator('select[name="format"]').selectOption(format);
  if (scale) await dialog.locator('input[name="scale"]').fill(scale);
  const preview = (await dialog.locator('.preview').textContent()) ?? '';
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.locator('button.go').click()]);
  const file = readFileSync((await download.path())!);
  await dialog.locator('button[value="cancel"]').click();
  return { file, name: download.suggestedFilename(), preview };
}

describe('Export dialog', () => {
  it('exports an SVG of the selection with exactly the selected labels', async () => {
    const { file, name } = await exportWith('svg');
    const svg = file.toString('utf8');
    const labels = [...svg.matchAll(/<text class="node-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.sort()).toEqual(['Russia', 'Syria']);
    expect(name).toMatch(/^russia-syria.*\.svg$|^syria-russia.*\.svg$/);
  });

  it('exports a PNG of the selection at the pixel size it previewed, not blank', async () => {
    const { file, preview } = await exportWith('png', '3');
    const png = PNG.sync.read(file);
    const [w, h] = (preview.match(/(\d+) × (\d+) px/) ?? []).slice(1).map(Number);
    expect([png.width, png.height]).toEqual([w, h]);
    const seen = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 31) seen.add(png.data.readUInt32BE(i));
    expect(seen.size).toBeGreaterThan(5);
  });

  it('exports GraphML of the selection that parses, with node attributes', async () => {
    const { file } = await exportWith('graphml');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(file.toString('utf8'));
    const nodes = [doc.graphml.graph.node].flat() as { '@id': string; data: { '@key': string; '#text': string }[] }[];
    expect(nodes.map((n) => n['@id']).sort()).toEqual(['russia', 'syria']);
    expect(nodes[0]!.data.some((d) => d['@key'] === 'n_label')).toBe(true);
  });
});
