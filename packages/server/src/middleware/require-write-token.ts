/**
 * Guards write endpoints: without a configured KG_API_TOKEN writes are disabled (403);
 * with one, the request needs `Authorization: Bearer <token>` (401 with a WWW-Authenticate
 * challenge otherwise). Mounted before the write rate limit, so refused requests do not
 * spend the budget of the writers who share the client's address.
 */
import type { RequestHandler } from 'express';
import { HttpError } from '../errors';
import { bearerChallenge, tokenChecker } from './bearer-token';

export function requireWriteToken(token: string | undefined): RequestHandler {
  const isValid = tokenChecker(token);
  return (req, _res, next) => {
    if (!token) {
      next(new HttpError(403, 'WRITES_DISABLED', 'Writes are disabled on this server: no API token is configured.', {
        hint: 'Start the server with KG_API_TOKEN=<secret> and send it as "Authorization: Bearer <secret>".',
      }));
      return;
    }
    if (!isValid(req)) {
      next(new HttpError(401, 'UNAUTHORIZED', 'This endpoint needs a valid bearer token.', {
        hint: 'Send "Authorization: Bearer <KG_API_TOKEN>".',
        headers: { 'WWW-Authenticate': bearerChallenge(req) },
      }));
      return;
    }
    next();
  };
}
