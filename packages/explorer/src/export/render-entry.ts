/**
 * Entry of the headless render page: `window.kgExport.render(request)` lays the graph out in
 * an off-screen Cytoscape, then draws it with the same code as the Export dialog. Bundled by
 * the server (esbuild) and loaded into headless Chromium; tests and the bench use it too.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { compose, composeSvg, scopeElements } from './compose';
import { defaultStylesheet } from './default-style';
import { graphToElements } from './elements-graph';
import { isExportError } from './export-error';
import { renderJpg, renderPng } from './raster-export';
import type { RenderRequest, RenderResponse } from './render-request';

cytoscape.use(fcose);

export function bytesToBase64(parts: readonly Uint8Array[]): string {
  const out: string[] = [];
  let carry = new Uint8Array(0);
  for (const part of [...parts, null]) {
    const joined = part ? new Uint8Array(carry.length + part.length) : carry;
    if (part) {
      joined.set(carry);
      joined.set(part, carry.length);
    }
    // Whole groups of three bytes at a time, so the pieces concatenate into one valid base64.
    const usable = part ? joined.length - (joined.length % 3) : joined.length;
    for (let i = 0; i < usable; i += 0x8000 * 3) out.push(btoa(String.fromCharCode(...joined.subarray(i, Math.min(usable, i + 0x8000 * 3)))));
    carry = joined.slice(usable);
  }
  return out.join('');
}

function container(): HTMLElement {
  const div = document.createElement('div');
  div.style.cssText = 'position:absolute;left:-10000px;top:0;width:1200px;height:900px';
  document.body.append(div);
  return div;
}

async function layOut(cy: cytoscape.Core, request: RenderRequest): Promise<void> {
  const positions = request.positions ?? {};
  const free = cy.nodes().filter((n) => !positions[n.id()]);
  cy.nodes().forEach((n) => {
    const p = positions[n.id()];
    if (p) n.position(p);
  });
  if (free.empty()) return;
  // A seeded random for the layout, so the same request draws the same picture (PNG and SVG alike).
  const random = Math.random;
  let seed = 0x2f6b3a91;
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const layout = cy.layout({ name: 'fcose', animate: false, randomize: true, quality: 'default', nodeRepulsion: () => 20000, idealEdgeLength: () => 120, nodeSeparation: 120, fit: false } as cytoscape.LayoutOptions);
  const done = layout.promiseOn('layoutstop');
  try {
    layout.run();
    await done;
  } finally {
    Math.random = random;
  }
}

export async function render(request: RenderRequest): Promise<RenderResponse> {
  const started = performance.now();
  const div = container();
  const cy = cytoscape({ container: div, elements: graphToElements(request.graph) as cytoscape.ElementDefinition[], style: defaultStylesheet(), animate: false } as cytoscape.CytoscapeOptions);
  try {
    await layOut(cy, request);
    cy.fit(undefined, 20);
    if (request.select) cy.$(request.select.map((id) => `[id = ${JSON.stringify(id)}]`).join(', ')).select();
    const laidOut = performance.now();
    const scale = request.dpi ? request.dpi / 96 : (request.scale ?? 1);
    const background = request.background === undefined ? '#ffffff' : request.background === 'transparent' ? null : request.background;
    const c = compose(scopeElements(cy, request.select ? 'selection' : 'graph'), {
      scope: request.select ? 'selection' : 'graph',
      scale,
      title: request.title,
      legend: request.legend,
      labels: request.labels,
      footer: request.footer,
    });
    const composed = performance.now();
    const base = { width: c.page.width, height: c.page.height, phases: { setupMs: laidOut - started, modelMs: composed - laidOut } };
    if (request.format === 'svg') {
      return { ok: true, mime: 'image/svg+xml', text: composeSvg(c, background, request.title), ...base, tiles: 0, ms: performance.now() - started };
    }
    if (request.format === 'jpg') {
      const blob = await renderJpg(c.model, c.page, { background });
      return { ok: true, mime: 'image/jpeg', base64: bytesToBase64([new Uint8Array(await blob.arrayBuffer())]), ...base, tiles: 1, ms: performance.now() - started };
    }
    const png = await renderPng(c.model, c.page, { background, dpi: request.dpi, tileSize: request.tileSize });
    return { ok: true, mime: 'image/png', base64: bytesToBase64(png.parts), ...base, tiles: png.tiles, ms: performance.now() - started };
  } catch (error) {
    if (isExportError(error)) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'RENDER_FAILED', message: `Rendering failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    cy.destroy();
    div.remove();
  }
}

declare global {
  interface Window {
    kgExport?: { render: typeof render };
  }
}

window.kgExport = { render };
