/**
 * The explorer in real headless Chromium, served by the real server over the test Neo4j with
 * the seeds' actors written as a fixture graph. Every step drives the page the way a person
 * does (typing, clicking, double-clicking on the canvas) and reads the result from the DOM or
 * the live Cytoscape instance exposed as window.__kg.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '@kg/server';
import { useCleanDatabase } from '@kg/testing';
import { writeFixtureGraph } from './fixture-graph';
import { buildExplorer, launchChromium, serveExplorer } from './harness';
import { edgeMidpoint, nodeCentre, nodeLabels, nodePositions, openExplorer, SHOTS, textOf } from './page-helpers';

const db = useCleanDatabase();
jest.setTimeout(120_000);

let distDir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  distDir = buildExplorer();
  await writeFixtureGraph(db());
  server = await serveExplorer(db(), distDir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await openExplorer(browser, server.url);
});

afterEach(async () => {
  await page?.context().close();
});

it('opens on the actor network with Russia, Syria, Turkey, Iran and the SDF drawn', async () => {
  const labels = await nodeLabels(page);
  expect(labels).toEqual(expect.arrayContaining(['Russia', 'Syria', 'Turkey', 'Iran', 'SDF']));
  expect(await textOf(page, '#filters .legend')).toContain('acted together');
  await page.screenshot({ path: `${SHOTS}/default-view.png` });
});

it('searching "khmeimim" suggests the air base and picking it focuses it', async () => {
  await page.fill('#search', 'khmeimim');
  const hit = page.locator('#search-hits li', { hasText: 'Hmeimim Air Base' });
  await hit.waitFor({ timeout: 10_000 });
  await hit.click();
  await page.waitForFunction(() => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    return cy.$('node:selected').map((n) => n.data('label')).includes('Hmeimim Air Base');
  });
  expect(await textOf(page, '#panel h2')).toBe('Hmeimim Air Base');
  expect(await textOf(page, '#panel .aliases')).toContain('Khmeimim');
});

it('clicking the Russia → Syria edge shows the source sentence and its article', async () => {
  // By state (the default), Putin's yield and Russia's cooperation are both Russia → Syria.
  const at = await edgeMidpoint(page, 'russia', 'syria', 'ACTS_ON');
  const counted = await page.evaluate(() => Number((window as unknown as KgWindow).__kg.cy.getElementById('russia->syria').data('count')));
  expect(counted).toBeGreaterThan(1);
  await page.mouse.click(at.x, at.y);
  const sentence = page.locator('#panel blockquote.sentence', { hasText: 'Hmeimim air base in Syria' });
  await sentence.waitFor({ timeout: 10_000 });
  expect(await sentence.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Syria']));
  expect(await textOf(page, '#panel .source')).toContain('Putin orders partial withdrawal');
  // The events the network counts for this direction, not every event that merely happened in Syria.
  expect(await page.locator('#panel li.event').count()).toBe(counted);
  await page.screenshot({ path: `${SHOTS}/edge-evidence.png` });
});

it('double-clicking a node adds its neighbours without moving the nodes already drawn', async () => {
  const before = await nodePositions(page);
  const at = await nodeCentre(page, 'russia');
  await page.mouse.dblclick(at.x, at.y);
  await page.waitForFunction((n) => (window as unknown as KgWindow).__kg.cy.nodes().length > n, Object.keys(before).length);
  const after = await nodePositions(page);
  const added = Object.keys(after).filter((id) => !(id in before));
  // Putin's events and the places they happened: none of them is on the actor network.
  expect(added.length).toBeGreaterThanOrEqual(3);
  for (const [id, p] of Object.entries(before)) {
    expect(after[id]?.x).toBeCloseTo(p.x, 3);
    expect(after[id]?.y).toBeCloseTo(p.y, 3);
  }
});

it('runs a Cypher query into a graph and a table, and shows an invalid query’s error inline', async () => {
  await page.click('#btn-console');
  const editor = page.locator('#cypher-editor .cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText("MATCH (a:Actor {name: 'Turkey'})-[r:AGENT_IN]->(e:Event) RETURN a, r, e");
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.locator('#cypher-table tbody tr').first().waitFor({ timeout: 10_000 });
  expect(await page.locator('#cypher-table tbody tr').count()).toBe(2);
  await page.waitForFunction(() => (window as unknown as KgWindow).__kg.cy.nodes('[kind = "event"]').length === 2);
  expect(await nodeLabels(page)).toContain('Turkey');
  await page.screenshot({ path: `${SHOTS}/cypher.png` });

  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('MATCH (n RETURN n');
  await page.click('#cypher-run');
  const error = page.locator('#cypher-error');
  await error.waitFor({ timeout: 10_000 });
  expect(await error.textContent()).toMatch(/line 1, column \d+/);
});

it('completes labels from GET /api/schema, not from a console query', async () => {
  const consoleCalls: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/api/cypher')) consoleCalls.push(req.postData() ?? '');
  });
  await page.click('#btn-console');
  const editor = page.locator('#cypher-editor .cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('MATCH (n:Pers');
  await page.keyboard.press('Control+Space');
  const options = page.locator('.cm-tooltip-autocomplete li');
  await options.first().waitFor({ timeout: 10_000 });
  expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Person')]));
  expect(consoleCalls).toEqual([]);
});

it('reloading the page URL restores the same view (expansion, positions, selection)', async () => {
  const at = await nodeCentre(page, 'iran');
  await page.mouse.dblclick(at.x, at.y);
  await page.waitForFunction(() => (window as unknown as KgWindow).__kg.state.expanded.includes('iran'));
  await page.evaluate(() => {
    const cy = (window as unknown as KgWindow).__kg.cy;
    cy.elements().unselect();
    cy.getElementById('turkey').select();
  });
  await page.waitForFunction(() => location.hash.length > 1 && decodeURIComponent(location.hash).includes('iran'));
  await page.waitForTimeout(400); // the URL is written 250 ms after the last change
  const url = page.url();
  const before = await nodePositions(page);

  const again = await openExplorer(browser, url);
  try {
    const after = await nodePositions(again);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, p] of Object.entries(before)) {
      // The URL keeps whole-pixel positions.
      expect(Math.abs((after[id]?.x ?? Infinity) - p.x)).toBeLessThanOrEqual(0.51);
      expect(Math.abs((after[id]?.y ?? Infinity) - p.y)).toBeLessThanOrEqual(0.51);
    }
    const selected = await again.evaluate(() => (window as unknown as KgWindow).__kg.cy.$(':selected').map((e) => e.id()));
    expect(selected).toEqual(['turkey']);
  } finally {
    await again.context().close();
  }
});

interface KgWindow {
  __kg: { cy: import('cytoscape').Core; state: { expanded: string[] } };
}

it('? opens the help and Esc closes it', async () => {
  await page.locator('#cy').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await page.waitForSelector('#help[open]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#help:not([open])', { state: 'attached', timeout: 5_000 });
  expect(await page.locator('#help[open]').count()).toBe(0);
});
