/**
 * The one place a bearer token is read and compared (constant-time, on SHA-256 digests so
 * the lengths match), for the write guard and for the health details.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** The token in `Authorization: Bearer <token>`, if the request sent one. */
export function bearerOf(req: Request): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec((req.get('authorization') ?? '').trim());
  return match?.[1];
}

/** A checker for one configured token; always false when none is configured. */
export function tokenChecker(token: string | undefined): (req: Request) => boolean {
  const expected = token ? digest(token) : undefined;
  return (req) => {
    const sent = bearerOf(req);
    return expected !== undefined && sent !== undefined && timingSafeEqual(digest(sent), expected);
  };
}

/** RFC 6750 challenge for a 401: `invalid_token` when a token was sent and refused. */
export function bearerChallenge(req: Request): string {
  return bearerOf(req) === undefined ? 'Bearer realm="kg"' : 'Bearer realm="kg", error="invalid_token"';
}
