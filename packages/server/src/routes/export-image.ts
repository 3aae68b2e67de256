import { Router } from 'express';

/** `GET /api/export/image`: placeholder until the export work lands; mounted by the app. */
export function createExportImageRouter(): Router {
  return Router();
}
