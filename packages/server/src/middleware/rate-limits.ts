/** Per-client rate limits for the expensive or mutating routes, answered in ApiErrorBody form. */
import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { HttpError } from '../errors';

export interface RateLimitOptions {
  /** Requests per client per window. */
  readonly limit: number;
  readonly windowMs: number;
  readonly what: string;
}

export function createRateLimit(options: RateLimitOptions): RateLimitRequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      const retryAfter = Math.ceil(options.windowMs / 1000);
      next(new HttpError(429, 'RATE_LIMITED', `Too many ${options.what} requests: the limit is ${options.limit} per ${retryAfter} s.`, {
        hint: `Wait and retry (Retry-After: ${res.getHeader('Retry-After') ?? retryAfter} s).`,
        headers: { 'Retry-After': String(res.getHeader('Retry-After') ?? retryAfter) },
      }));
    },
  });
}
