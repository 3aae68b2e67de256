/**
 * Guards write endpoints: without a configured KG_API_TOKEN writes are disabled (403);
 * with one, the request needs `Authorization: Bearer <token>` (401 otherwise). The
 * comparison is constant-time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from '../errors';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

export function requireWriteToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, _res, next) => {
    if (!expected) {
      next(new HttpError(403, 'WRITES_DISABLED', 'Writes are disabled on this server: no API token is configured.', {
        hint: 'Start the server with KG_API_TOKEN=<secret> and send it as "Authorization: Bearer <secret>".',
      }));
      return;
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      next(new HttpError(401, 'UNAUTHORIZED', 'This endpoint needs a valid bearer token.', {
        hint: 'Send "Authorization: Bearer <KG_API_TOKEN>".',
      }));
      return;
    }
    next();
  };
}
