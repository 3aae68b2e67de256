/**
 * The explorer over the real pipeline: the five seed articles ingested by the extractor
 * (ingestPaths), served by the real server, read in headless Chromium. Checks what an analyst
 * sees first — the main actors by state, who acted on whom (directed edges), the hover card
 * against the evidence panel, and the air base found by its other spelling. The interactions are covered on a fixture graph in
 * explorer.e2e.test.ts, so extraction changes cannot make those flaky.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { ingestPaths } from '@kg/extractor';
import type { RunningServer } from '@kg/server';
import { useCleanDatabase } from '@kg/testing';
import { buildExplorer, launchChromium, serveExplorer } from './harness';
import { edgeMidpoint, nodeCentre, nodePositions, openExplorer, SHOTS, textOf } from './page-helpers';

const db = useCleanDatabase();
jest.setTimeout(120_000);

let distDir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;

interface DrawnNode { id: string; label: string; aliases: string[] }

beforeAll(async () => {
  distDir = buildExplorer();
  await ingestPaths(db(), [join(findRepoRoot(process.cwd()), 'seeds')]);
  server = await serveExplorer(db(), distDir);
  browser = await launchChromium();
  page = await openExplorer(browser, server.url);
}, 180_000);

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
  if (distDir) rmSync(distDir, { recursive: true, force: true });
});

function drawnNodes(): Promise<DrawnNode[]> {
  return page.evaluate(() => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.nodes().map((n) => ({
    id: n.id(),
    label: String(n.data('label')),
    aliases: ((n.data('props') as { aliases?: unknown })?.aliases as string[] | undefined) ?? [],
  })));
}

/** A drawn node called `name`, by its caption or one of its aliases. */
function named(nodes: readonly DrawnNode[], name: string): DrawnNode | undefined {
  return nodes.find((n) => n.label === name) ?? nodes.find((n) => n.aliases.includes(name));
}

it('opens on the actor network of the seeds with Russia, Syria, Turkey, Iran and the SDF', async () => {
  const nodes = await drawnNodes();
  for (const name of ['Russia', 'Syria', 'Turkey', 'Iran', 'SDF']) expect(named(nodes, name)?.label ?? `no node for ${name}`).not.toMatch(/^no node/);
  await page.screenshot({ path: `${SHOTS}/seeds-default-view.png` });
});

interface DrawnEdge { id: string; type: string; source: string; target: string; tone: string; count: number; caption: string }

function drawnEdges(): Promise<DrawnEdge[]> {
  return page.evaluate(() => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.edges().map((e) => ({
    id: e.id(), type: String(e.data('type')), source: e.source().id(), target: e.target().id(),
    tone: String(e.data('tone')), count: Number(e.data('count')), caption: String(e.data('caption')),
  })));
}

it('by state (the default): Russia → Syria, a directed Russia → ISIS conflict edge, no Iran–ISIS cooperation', async () => {
  const nodes = await drawnNodes();
  const id = (name: string) => named(nodes, name)?.id ?? `no node for ${name}`;
  // People and state bodies are folded into their state: Putin is not drawn, Russia is.
  expect(nodes.some((n) => /vladimir putin/i.test(n.label))).toBe(false);
  const edges = await drawnEdges();
  const edge = (a: string, b: string) => edges.find((e) => e.type === 'ACTS_ON' && e.source === id(a) && e.target === id(b));
  expect(edge('Russia', 'Syria')?.count).toBeGreaterThan(0);
  expect(edge('Russia', 'ISIS')).toMatchObject({ tone: 'conflict' });
  expect(edge('Russia', 'ISIS')?.caption).toMatch(/^Russia → ISIS: .*\d+ fight/);
  const iranIsis = edges.filter((e) => [e.source, e.target].sort().join() === [id('Iran'), id('ISIS')].sort().join() && e.type === 'ACTS_ON');
  expect(iranIsis.filter((e) => e.tone === 'cooperation')).toEqual([]);
  // Co-agents get their own, dashed kind of edge.
  expect(edges.some((e) => e.type === 'ACTS_WITH')).toBe(true);
  await page.screenshot({ path: `${SHOTS}/seeds-directed.png` });
});

it("an edge's hover card counts the same events as its evidence panel", async () => {
  const nodes = await drawnNodes();
  const russia = named(nodes, 'Russia')!.id;
  const isis = named(nodes, 'ISIS')!.id;
  const at = await edgeMidpoint(page, russia, isis, 'ACTS_ON');
  await page.mouse.move(at.x, at.y);
  const card = await textOf(page, '#hover-card .hover-count');
  const carded = Number(/^(\d+) event/.exec(card)?.[1]);
  expect(carded).toBeGreaterThan(0);
  expect(await textOf(page, '#hover-card .hover-caption')).toMatch(/^Russia → ISIS/);
  await page.screenshot({ path: `${SHOTS}/seeds-hover.png` });
  await page.mouse.click(at.x, at.y);
  await page.locator('#panel li.event').first().waitFor({ timeout: 10_000 });
  expect(await textOf(page, '#panel h2')).toBe('Russia → ISIS');
  expect(await page.locator('#panel li.event').count()).toBe(carded);
  expect(await textOf(page, '#panel .events-head')).toBe(`Events (${carded})`);
  expect(await page.locator('#panel blockquote.sentence mark').count()).toBeGreaterThan(0);
  await page.screenshot({ path: `${SHOTS}/seeds-edge.png` });
});

it('switching "by state" off draws people and state bodies again', async () => {
  const fresh = await openExplorer(browser, server.url);
  try {
    await fresh.uncheck('#chk-rollup');
    await fresh.waitForFunction(() => {
      const cy = (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy;
      return location.hash.includes('rollup=0') && cy.nodes().some((n) => /vladimir putin/i.test(String(n.data('label'))));
    }, undefined, { timeout: 20_000 });
  } finally {
    await fresh.context().close();
  }
});

it('searching "khmeimim" finds the air base and focuses it', async () => {
  await page.fill('#search', 'khmeimim');
  const hit = page.locator('#search-hits li').filter({ hasText: /[KH]h?meimim/i }).first();
  await hit.waitFor({ timeout: 10_000 });
  await hit.click();
  await page.waitForFunction(() => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.$('node:selected').length === 1);
  expect(await textOf(page, '#panel h2')).toMatch(/meimim/i);
});

// The interactions, on a fresh page over the same ingested seeds (default view, not by state).
describe('interactions over the seeds', () => {
  let fresh: Page;
  beforeEach(async () => { fresh = await openExplorer(browser, server.url); });
  afterEach(async () => { await fresh?.context().close(); });

  const kgOf = (p: Page) => p.evaluate(() => {
    const cy = (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy;
    return cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')) }));
  });

  it('double-clicking a node adds its neighbours without moving the nodes already drawn', async () => {
    const before = await nodePositions(fresh);
    const russia = (await kgOf(fresh)).find((n) => n.label === 'Russia')!.id;
    const at = await nodeCentre(fresh, russia);
    await fresh.mouse.dblclick(at.x, at.y);
    await fresh.waitForFunction((n) => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.nodes().length > n, Object.keys(before).length);
    const after = await nodePositions(fresh);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const [id, p] of Object.entries(before)) {
      expect(after[id]?.x).toBeCloseTo(p.x, 3);
      expect(after[id]?.y).toBeCloseTo(p.y, 3);
    }
  });

  it('runs a Cypher query into a graph and a table as large as the database says, and shows an error inline', async () => {
    const query = "MATCH (a:Actor {id: 'turkey'})-[r:AGENT_IN]->(e:Event) RETURN a, r, e";
    const { records } = await db().executeQuery(query.replace('RETURN a, r, e', 'RETURN count(*) AS n'));
    const expected = Number(records[0]!.get('n'));
    expect(expected).toBeGreaterThan(0);
    await fresh.click('#btn-console');
    const editor = fresh.locator('#cypher-editor .cm-content');
    await editor.click();
    await fresh.keyboard.press('ControlOrMeta+a');
    await fresh.keyboard.insertText(query);
    await fresh.keyboard.press('ControlOrMeta+Enter');
    await fresh.locator('#cypher-table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(await fresh.locator('#cypher-table tbody tr').count()).toBe(expected);
    await fresh.waitForFunction((n) => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.nodes('[kind = "event"]').length === n, expected);

    await editor.click();
    await fresh.keyboard.press('ControlOrMeta+a');
    await fresh.keyboard.insertText('MATCH (n RETURN n');
    await fresh.click('#cypher-run');
    await fresh.locator('#cypher-error').waitFor({ timeout: 10_000 });
    expect(await fresh.locator('#cypher-error').textContent()).toMatch(/line 1, column \d+/);
  });

  it('reloading the page URL restores the same view', async () => {
    const syria = (await kgOf(fresh)).find((n) => n.label === 'Syria')!.id;
    const at = await nodeCentre(fresh, syria);
    await fresh.mouse.dblclick(at.x, at.y);
    await fresh.waitForFunction((id) => (window as unknown as { __kg: { state: { expanded: string[] } } }).__kg.state.expanded.includes(id), syria);
    await fresh.waitForFunction((id) => decodeURIComponent(location.hash).includes(`exp=${id}`), syria);
    await fresh.waitForTimeout(400); // the URL is written 250 ms after the last change
    const before = await nodePositions(fresh);
    const again = await openExplorer(browser, fresh.url());
    try {
      const after = await nodePositions(again);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const [id, p] of Object.entries(before)) {
        expect(Math.abs((after[id]?.x ?? Infinity) - p.x)).toBeLessThanOrEqual(0.51);
        expect(Math.abs((after[id]?.y ?? Infinity) - p.y)).toBeLessThanOrEqual(0.51);
      }
    } finally {
      await again.context().close();
    }
  });
});

describe('the timeline over the seeds', () => {
  let tl: Page;
  beforeEach(async () => { tl = await openExplorer(browser, server.url); });
  afterEach(async () => { await tl?.context().close(); });

  type Shown = { id: string; count: number; days: (string | null)[]; byReport: number };
  const shownEdges = (p: Page) => p.evaluate(() => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.edges('[net]').not('.filtered').map((e) => ({
    id: e.id(), count: Number(e.data('count')),
    days: (e.data('net').tally as { day: string | null }[]).map((t) => t.day), byReport: Number(e.data('net').datedByReport),
  })) as Shown[]);

  it('brushing a bar narrows the view to its events, and an event undated in its text follows its article date', async () => {
    const before = await shownEdges(tl);
    // An edge with an event the text gives no day for, placed by its first article's day.
    const byReport = before.find((e) => e.byReport > 0 && e.days.some((d) => d !== null));
    expect(byReport).toBeDefined();
    const day = byReport!.days.find((d): d is string => d !== null)!;
    // The bar whose range holds that day (bars carry their first and last day).
    const bounds = await tl.locator('#timeline-bars g.bucket').evaluateAll((gs, d) => {
      const g = gs.find((x) => (x.getAttribute('data-start') ?? '') <= d && d <= (x.getAttribute('data-end') ?? ''));
      const r = g?.getBoundingClientRect();
      return g && r ? { x: r.x, y: r.y, w: r.width, h: r.height, start: g.getAttribute('data-start')!, end: g.getAttribute('data-end')! } : null;
    }, day);
    expect(bounds).not.toBeNull();
    const y = bounds!.y + bounds!.h / 2;
    await tl.mouse.move(bounds!.x + 1, y);
    await tl.mouse.down();
    await tl.mouse.move(bounds!.x + bounds!.w - 1, y, { steps: 4 });
    await tl.mouse.up();
    await tl.waitForFunction((w) => decodeURIComponent(location.hash).includes(`from=${w.start}`), bounds!);
    const after = await shownEdges(tl);
    const inWindow = (d: string | null) => d !== null && d >= bounds!.start && d <= bounds!.end;
    expect(after.length).toBeLessThan(before.length);
    // Exactly the edges with an event in the window remain, each counting only those events.
    expect(after.map((e) => e.id).sort()).toEqual(before.filter((e) => e.days.some(inWindow)).map((e) => e.id).sort());
    expect(after.map((e) => e.id)).toContain(byReport!.id);
    for (const e of after) expect(e.count).toBeLessThanOrEqual(before.find((b) => b.id === e.id)!.count);
    // The status bar counts what is shown, not what is loaded.
    expect(await textOf(tl, '#counts')).toContain(`${after.length} of ${before.length} edges shown`);
    await tl.screenshot({ path: `${SHOTS}/seeds-timeline-window.png` });
  });

  it('clicking a bar selects the edges with events in it', async () => {
    const bounds = await tl.locator('#timeline-bars g.bucket').evaluateAll((gs) => {
      const tall = gs.filter((g) => g.querySelectorAll('rect').length > 1).map((g) => g.getBoundingClientRect());
      const r = tall[tall.length - 1];
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
    expect(bounds).not.toBeNull();
    await tl.mouse.click(bounds!.x, bounds!.y);
    await tl.waitForFunction(() => (window as unknown as { __kg: { cy: import('cytoscape').Core } }).__kg.cy.edges(':selected').length > 0);
    expect(await textOf(tl, '#status')).toMatch(/edge\(s\) with events/);
  });
});

it('lays out the same graph the same way on two loads (seeded layout)', async () => {
  const first = await openExplorer(browser, server.url);
  const second = await openExplorer(browser, server.url);
  try {
    const a = await nodePositions(first);
    const b = await nodePositions(second);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const [id, p] of Object.entries(a)) {
      expect(Math.abs((b[id]?.x ?? Infinity) - p.x)).toBeLessThanOrEqual(1);
      expect(Math.abs((b[id]?.y ?? Infinity) - p.y)).toBeLessThanOrEqual(1);
    }
  } finally {
    await first.context().close();
    await second.context().close();
  }
});
