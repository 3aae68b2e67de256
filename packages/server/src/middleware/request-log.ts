/**
 * One log line per request (pino-http), with credentials censored: the bearer token, cookies
 * and any Set-Cookie the server sends never reach the log.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Log paths that hold secrets (pino's redact syntax). */
export const REDACTED_LOG_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
];

export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({ logger, quietReqLogger: true, redact: { paths: [...REDACTED_LOG_PATHS], censor: '[redacted]' } });
}
