/**
 * Serves the explorer's built files at `/`, with the SPA fallback: any GET that is not
 * under /api and is not a file gets index.html, so deep links work after a reload.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router } from 'express';

export function createExplorerStatic(explorerDir: string): Router {
  const root = resolve(explorerDir);
  const index = join(root, 'index.html');
  const router = Router();
  router.use(express.static(root, { index: 'index.html', maxAge: '1h', setHeaders: (res, path) => {
    // Hashed assets never change; index.html must be revalidated to pick up a new build.
    if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
  } }));
  router.get(/^(?!\/api(\/|$)).*/, (req, res, next) => {
    if (!existsSync(index) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
