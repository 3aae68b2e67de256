/** Unknown /api routes get a JSON 404 (not the SPA's index.html, not Express's HTML page). */
import type { RequestHandler } from 'express';
import { HttpError } from '../errors';

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'NOT_FOUND', `No API route ${req.method} ${req.originalUrl.split('?')[0]}.`, {
    hint: 'GET /api/openapi.json lists the routes.',
  }));
};
