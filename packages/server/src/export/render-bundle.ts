/**
 * The headless render page: the explorer's export code (packages/explorer/src/export/
 * render-entry.ts) bundled once by esbuild into a self-contained HTML document, so the
 * server draws exactly what the Export dialog draws, without a Vite build or a dev server.
 */
import { join } from 'node:path';
import { repoRoot } from '../repo-root';

let cached: Promise<string> | undefined;

export function renderEntryPath(root: string = repoRoot()): string {
  return join(root, 'packages/explorer/src/export/render-entry.ts');
}

export function renderPageHtml(entry: string = renderEntryPath()): Promise<string> {
  cached ??= (async () => {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'chrome110', minify: true, write: false, logLevel: 'silent' });
    const js = out.outputFiles[0]?.text ?? '';
    // '</script' inside the bundle would end the inline script early.
    const safe = js.replace(/<\/script/gi, '<\\/script');
    return `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font-family:Helvetica,Arial,sans-serif}</style></head><body><script>${safe}</script></body></html>`;
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
