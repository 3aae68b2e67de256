/**
 * Export end to end: the seeds ingested into the real Neo4j, the real server, and the image
 * export drawn in real headless Chromium (Debian's chromium through playwright-core) by the
 * same render code the Export dialog uses. Images are decoded and checked, not only received.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { XMLParser } from 'fast-xml-parser';
import { findRepoRoot } from '@kg/embedded-neo4j';
import { useCleanDatabase } from '@kg/testing';
import { ingestPaths } from '@kg/extractor';
import { closeImageRenderer, renderImage, selectSubgraph, startServer, type RunningServer } from '@kg/server';
import { toGraphML } from '../src/export/graphml';
import type { GraphPayload } from '@kg/model';

const db = useCleanDatabase();
// The repository root by its workspace file (a checkout may itself be named "explorer").
const repo = findRepoRoot(process.cwd());
const seeds = readdirSync(join(repo, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(repo, 'seeds', f));
const limits = { timeoutMs: 20_000, rowCap: 5_000 };
let server: RunningServer;
let neighbourhood: string[];

function decodePng(bytes: Buffer): PNG {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return PNG.sync.read(bytes);
}

/** Distinct colours in a sample of pixels: a blank (one-colour) image has one. */
function colours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 53) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}

function b64(response: Awaited<ReturnType<typeof renderImage>>): Buffer {
  if (!response.ok) throw new Error(`${response.code}: ${response.message}`);
  return Buffer.from(response.base64 ?? '', 'base64');
}

beforeAll(async () => {
  await ingestPaths(db(), seeds);
  const found = await db().executeQuery(
    `MATCH (n:Entity) WHERE n.name IN ['Russia', 'Syria', 'Turkey', 'Iran'] RETURN n.id AS id ORDER BY n.name`,
  );
  neighbourhood = found.records.map((r) => String(r.get('id')));
  server = await startServer({ driver: db(), port: 0, logRequests: false });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await closeImageRenderer();
});

describe('without Chromium', () => {
  // Runs first, before the shared browser is launched, so the missing executable is noticed.
  it('the image endpoint answers 503 with what to install', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const res = await fetch(`${server.url}/api/export/image?format=png&ids=${neighbourhood.join(',')}`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toMatch(/needs Chromium at \/nonexistent\/chromium.*apt-get install -y chromium/);
    } finally {
      delete process.env.CHROMIUM_PATH;
    }
  });
});

describe('export of the Russia–Syria–Turkey–Iran selection', () => {
  it('finds the four countries in the ingested seeds', () => {
    expect(neighbourhood).toHaveLength(4);
  });

  it('a PNG of the selection decodes, has the requested pixel size and is not blank', async () => {
    const graph = await selectSubgraph(db(), { ids: neighbourhood }, limits);
    const response = await renderImage({ graph, format: 'png', scale: 2, title: 'Russia, Syria, Turkey, Iran' });
    const png = decodePng(b64(response));
    expect(response.ok && [png.width, png.height]).toEqual(response.ok && [response.width, response.height]);
    expect(png.width).toBeGreaterThan(400);
    expect(colours(png)).toBeGreaterThan(5);
    // Scale 2 doubles the pixel size of the same page.
    const one = await renderImage({ graph, format: 'png', scale: 1, title: 'Russia, Syria, Turkey, Iran' });
    const small = decodePng(b64(one));
    expect(Math.abs(small.width * 2 - png.width)).toBeLessThan(0.2 * png.width);
  });

  it('a transparent PNG keeps its background clear, and a JPG comes out as a JPEG', async () => {
    const graph = await selectSubgraph(db(), { ids: neighbourhood }, limits);
    const clear = decodePng(b64(await renderImage({ graph, format: 'png', scale: 1, background: null, legend: false })));
    expect(clear.data[3]).toBe(0); // top-left pixel's alpha
    expect(colours(clear)).toBeGreaterThan(3);
    const jpg = b64(await renderImage({ graph, format: 'jpg', scale: 1 }));
    expect([...jpg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpg.length).toBeGreaterThan(5_000);
  });

  it('the SVG of the selection holds exactly the selected labels and no others', async () => {
    const graph = await selectSubgraph(db(), { ids: [...neighbourhood, 'nonexistent'] }, limits);
    // Render the four countries plus their events, then select just the countries.
    const wider = await selectSubgraph(
      db(),
      { query: `MATCH (a:Entity)-[r]-(e:Event) WHERE a.id IN ['${neighbourhood.join("','")}'] RETURN a, r, e LIMIT 60` },
      limits,
    );
    const merged: GraphPayload = { nodes: [...wider.nodes, ...graph.nodes.filter((n) => !wider.nodes.some((w) => w.id === n.id))], edges: wider.edges };
    const response = await renderImage({ graph: merged, format: 'svg', select: neighbourhood });
    if (!response.ok) throw new Error(response.message);
    const labels = [...(response.text ?? '').matchAll(/<text class="node-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.sort()).toEqual(['Iran', 'Russia', 'Syria', 'Turkey']);
    expect(merged.nodes.length).toBeGreaterThan(4);
    expect(() => new XMLParser().parse(response.text ?? '')).not.toThrow();
  });

  it('GraphML of the selection parses as XML with its nodes, edges and attributes', async () => {
    const graph = await selectSubgraph(
      db(),
      { query: `MATCH (a:Entity)-[r]->(e:Event) WHERE a.id IN ['${neighbourhood.join("','")}'] RETURN a, r, e LIMIT 20` },
      limits,
    );
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(toGraphML(graph));
    const nodes = [doc.graphml.graph.node].flat() as { '@id': string; data: { '@key': string; '#text': string }[] }[];
    const edges = [doc.graphml.graph.edge].flat() as { '@source': string; '@target': string }[];
    expect(nodes.map((n) => n['@id']).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(edges).toHaveLength(graph.edges.length);
    const event = nodes.find((n) => [n.data].flat().some((d) => d['@key'] === 'n_labels' && d['#text'].includes('Event')));
    const keys = [event?.data].flat().map((d) => d?.['@key']);
    expect(keys).toEqual(expect.arrayContaining(['n_cameo', 'n_date']));
  });
});

describe('large images', () => {
  it('a 4× PNG of a 2,000-node generated graph succeeds through tiling', async () => {
    const n = 2_000;
    const graph: GraphPayload = {
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, labels: ['Entity'], properties: { name: `Node ${i}`, type: ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION'][i % 4]! } })),
      edges: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, type: 'RELATED', source: `n${i}`, target: `n${(i * 7 + 1) % n}`, properties: {} })),
    };
    // Positions given (a grid) so the test times drawing, not the force layout of 2,000 nodes.
    const positions = Object.fromEntries(graph.nodes.map((node, i) => [node.id, { x: (i % 45) * 36, y: Math.floor(i / 45) * 36 }]));
    const response = await renderImage({ graph, format: 'png', scale: 4, legend: false, positions, tileSize: 1024 });
    const png = decodePng(b64(response));
    expect(response.ok && [png.width, png.height]).toEqual(response.ok && [response.width, response.height]);
    expect(png.width).toBeGreaterThan(4 * 44 * 36); // the grid's extent at 4×
    expect(response.ok && response.tiles).toBe(Math.ceil(png.width / 1024) * Math.ceil(png.height / 1024));
    expect(colours(png)).toBeGreaterThan(3);
    // A pixel in the middle of the last node drawn (bottom-right tile) is painted, not background.
    expect(png.data.readUInt32BE(0)).toBe(0xffffffff);
  }, 180_000);
});

describe('server and CLI', () => {
  it('GET /api/export/image returns a valid PNG with the file name of what was drawn', async () => {
    const res = await fetch(`${server.url}/api/export/image?format=png&scale=1&ids=${neighbourhood.join(',')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toMatch(/filename="[a-z-]*(iran|russia|syria|turkey)[a-z0-9_-]*\.png"/);
    const png = decodePng(Buffer.from(await res.arrayBuffer()));
    expect(`${png.width}x${png.height}`).toBe(res.headers.get('x-image-size'));
    expect(colours(png)).toBeGreaterThan(5);
  });

  it('GET /api/export/image?format=pdf returns a one-page vector PDF with real text', async () => {
    const res = await fetch(`${server.url}/api/export/image?format=pdf&scale=1&ids=${neighbourhood.join(',')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page[^s]/g)).toHaveLength(1);
    expect(pdf).toContain('/Font');
  });

  it('refuses a writing query and a request without a selector', async () => {
    const write = await fetch(`${server.url}/api/export/image?format=png&query=${encodeURIComponent("CREATE (n:X) RETURN n")}`);
    expect(write.status).toBe(403);
    const none = await fetch(`${server.url}/api/export/image?format=png`);
    expect(none.status).toBe(400);
  });

  it('`kg export` writes a PNG from the running server', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-export-')), 'neighbourhood.png');
    const { stdout } = await promisify(execFile)(
      join(repo, 'node_modules/.bin/tsx'),
      [join(repo, 'packages/extractor/src/cli.ts'), 'export', '--query', `MATCH (n:Entity) WHERE n.id IN ['${neighbourhood.join("','")}'] RETURN n`, '--format', 'png', '--out', out, '--server', server.url],
      { cwd: repo, timeout: 120_000 },
    );
    expect(stdout).toMatch(/Wrote .*neighbourhood\.png/);
    expect(colours(decodePng(readFileSync(out)))).toBeGreaterThan(3);
  }, 150_000);

  it('`kg export` says clearly when no server is running', async () => {
    const run = promisify(execFile)(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'packages/extractor/src/cli.ts'), 'export', '--ids', 'russia', '--server', 'http://127.0.0.1:9'], { cwd: repo, timeout: 60_000 });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringMatching(/no server answered at http:\/\/127\.0\.0\.1:9/) });
  }, 90_000);
});
