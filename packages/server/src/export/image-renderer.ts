/**
 * Headless Chromium for server-side image export: one browser, launched on first use and
 * reused across requests (a page per request), closed with closeImageRenderer(). Chromium
 * missing or failing to start is an ImageRendererUnavailable, which the route turns into a 503.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { renderPageHtml } from './render-bundle';

/** What the render page takes and gives back (the explorer's RenderRequest / RenderResponse). */
export interface ImageRenderRequest {
  readonly graph: unknown;
  /** pdf: the SVG printed by Chromium, so it stays vector with real text. */
  readonly format: 'png' | 'svg' | 'jpg' | 'pdf';
  readonly scale?: number;
  readonly dpi?: number;
  readonly title?: string;
  readonly background?: string | null;
  readonly legend?: boolean;
  readonly labels?: boolean;
  readonly footer?: unknown;
  readonly select?: readonly string[];
  readonly positions?: Readonly<Record<string, { x: number; y: number }>>;
  readonly tileSize?: number;
}

export type ImageRenderResponse =
  | { readonly ok: true; readonly mime: string; readonly base64?: string; readonly text?: string; readonly width: number; readonly height: number; readonly tiles: number; readonly ms: number }
  | { readonly ok: false; readonly code: string; readonly message: string };

export class ImageRendererUnavailable extends Error {
  readonly code = 'RENDERER_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImageRendererUnavailable';
  }
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

let browser: Promise<Browser> | undefined;

async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new ImageRendererUnavailable(`Image export needs Chromium at ${executablePath}, which is missing; install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  try {
    const { chromium } = await import('playwright-core');
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (cause) {
    throw new ImageRendererUnavailable(`Chromium at ${executablePath} did not start: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, { cause });
  }
}

async function sharedBrowser(): Promise<Browser> {
  browser ??= launch();
  try {
    const b = await browser;
    if (b.isConnected()) return b;
  } catch (error) {
    browser = undefined;
    throw error;
  }
  browser = launch(); // it crashed or was closed: start a fresh one
  return browser;
}

export async function renderImage(request: ImageRenderRequest, timeoutMs = 120_000): Promise<ImageRenderResponse> {
  const [b, html] = await Promise.all([sharedBrowser(), renderPageHtml()]);
  const page = await b.newPage();
  try {
    page.setDefaultTimeout(timeoutMs);
    await page.setContent(html);
    const wanted = request.format === 'pdf' ? { ...request, format: 'svg' as const } : request;
    const result = await page.evaluate((req) => (globalThis as unknown as { kgExport: { render(r: unknown): Promise<ImageRenderResponse> } }).kgExport.render(req), wanted as never);
    if (request.format !== 'pdf' || !result.ok) return result;
    const svg = (result.text ?? '').replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(`<!doctype html><html><head><style>@page{margin:0}html,body{margin:0}svg{display:block}</style></head><body>${svg}</body></html>`);
    const pdf = await page.pdf({ width: `${result.width}px`, height: `${result.height + 1}px`, printBackground: true, pageRanges: '1' });
    return { ...result, mime: 'application/pdf', text: undefined, base64: pdf.toString('base64') };
  } finally {
    await page.close().catch(() => undefined);
  }
}

export async function closeImageRenderer(): Promise<void> {
  const pending = browser;
  browser = undefined;
  if (pending) await (await pending.catch(() => null))?.close().catch(() => undefined);
}
