/**
 * GET /api/export/image?format=png|jpg|svg|pdf&ids=a,b | &query=<read-only Cypher>
 *   [&scale=1–4 | &dpi=72–600][&title=…][&background=white|transparent|#rrggbb][&legend=][&labels=]
 * The picture the explorer's Export dialog makes, drawn in headless Chromium without a
 * browser tab: for scripts, reports and `kg export`. 503 when Chromium is missing.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import type { ConsoleRunner } from '../cypher/console-runner';
import { HttpError } from '../errors';
import { footerFromGraph, imageFileName } from '../export/image-footer';
import { ImageRendererUnavailable, renderImage } from '../export/image-renderer';
import { selectSubgraph, sourcesOf } from '../export/select-subgraph';
import { listParam, nodeIdParam, parseWith } from '../validation/parse-request';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === undefined || v === 'true' || v === '1');

const ImageParams = z.object({
  format: z.enum(['png', 'jpg', 'svg', 'pdf']).default('png'),
  ids: listParam(nodeIdParam),
  query: z.string().trim().min(1).max(20_000).optional(),
  scale: z.coerce.number().min(0.25).max(8).default(2),
  dpi: z.coerce.number().int().min(72).max(600).optional(),
  title: z.string().max(200).optional(),
  background: z
    .string()
    .regex(/^(transparent|#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/, 'a colour name, #rrggbb or transparent')
    .default('#ffffff'),
  legend: flag,
  labels: flag,
  footer: flag,
});

export interface ExportImageDeps {
  readonly driver?: Driver;
  readonly limits?: { readonly timeoutMs: number; readonly rowCap: number };
  /** Runs query= selections through the console's gate (its rate budget is mounted in app.ts). */
  readonly console?: ConsoleRunner;
}

const unavailable = (message: string, cause?: unknown) =>
  new HttpError(503, 'INTERNAL', message, { hint: 'Export data with GET /api/export, or SVG from the explorer, until the renderer is back.', cause, headers: { 'Retry-After': '60' } });

export function createExportImageRouter(deps: ExportImageDeps = {}): Router {
  const router = Router();
  const limits = { timeoutMs: deps.limits?.timeoutMs ?? 10_000, rowCap: deps.limits?.rowCap ?? 5_000 };
  router.get('/', async (req, res) => {
    const params = parseWith(ImageParams, req.query, 'image export parameters');
    if (!deps.driver) throw unavailable('Image export is not connected to the database in this server.');
    const graph = await selectSubgraph(deps.driver, { ids: params.ids, query: params.query }, limits, deps.console?.run);
    if (graph.nodes.length === 0) {
      throw new HttpError(404, 'NOT_FOUND', 'The selection has no nodes, so there is nothing to draw.', { hint: 'Check the ids with GET /api/search?q=…, or the query in the console.' });
    }
    const drawn = footerFromGraph(graph);
    const footer = drawn.sources.length > 0 || !params.footer ? drawn : { ...drawn, sources: await sourcesOf(deps.driver, graph, limits.timeoutMs) };
    let result;
    try {
      result = await renderImage({
        graph,
        format: params.format,
        scale: params.scale,
        dpi: params.dpi,
        title: params.title,
        background: params.background === 'transparent' ? null : params.background,
        legend: params.legend,
        labels: params.labels,
        footer: params.footer ? footer : null,
      });
    } catch (error) {
      if (error instanceof ImageRendererUnavailable) throw unavailable(error.message, error);
      throw error;
    }
    if (!result.ok) {
      const status = result.code === 'TOO_LARGE' || result.code === 'EMPTY' ? 400 : 500;
      throw new HttpError(status, status === 400 ? 'BAD_REQUEST' : 'INTERNAL', result.message, { hint: 'Lower scale or dpi, or ask for format=svg.' });
    }
    const name = imageFileName(graph, footer, params.format, params.title);
    res.setHeader('X-Image-Size', `${result.width}x${result.height}`);
    res.setHeader('X-Render-Tiles', String(result.tiles));
    res.attachment(name).type(result.mime);
    res.send(result.text !== undefined ? result.text : Buffer.from(result.base64 ?? '', 'base64'));
  });
  return router;
}
