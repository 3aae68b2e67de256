/**
 * Who is asking. `authenticate` reads `Authorization: Bearer <token>` once per request: no
 * header is the anonymous reader; a token nobody holds is remembered as invalid (reads still
 * work, writes answer 401). `requireRole` guards a route.
 */
import type { RequestHandler, Response } from 'express';
import { roleAllows, type Principal, type Role } from '@kg/model';
import { HttpError } from '../errors';
import { bearerOf } from '../middleware/bearer-token';
import type { TokenRegistry } from './token-registry';

export const ANONYMOUS: Principal = { name: 'anonymous', role: 'reader' };

interface AuthState {
  readonly principal: Principal;
  /** 'none' without a header, 'invalid' for a token nobody holds or a malformed header. */
  readonly credential: 'none' | 'valid' | 'invalid';
}

const STATE = 'kgAuth';

export function authState(res: Response): AuthState {
  return (res.locals[STATE] as AuthState | undefined) ?? { principal: ANONYMOUS, credential: 'none' };
}

export const principalOf = (res: Response): Principal => authState(res).principal;

export function authenticate(registry: TokenRegistry): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization');
    if (!header) {
      res.locals[STATE] = { principal: ANONYMOUS, credential: 'none' } satisfies AuthState;
      next();
      return;
    }
    const token = bearerOf(req);
    if (!token) {
      res.locals[STATE] = { principal: ANONYMOUS, credential: 'invalid' } satisfies AuthState;
      next();
      return;
    }
    registry.identify(token).then((principal) => {
      res.locals[STATE] = (principal ? { principal, credential: 'valid' } : { principal: ANONYMOUS, credential: 'invalid' }) satisfies AuthState;
      next();
    }, next);
  };
}

const CHALLENGE = 'Bearer realm="kg"';

export function requireRole(registry: TokenRegistry, needed: Role): RequestHandler {
  return (_req, res, next) => {
    const { principal, credential } = authState(res);
    if (!registry.configured) {
      next(new HttpError(403, 'WRITES_DISABLED', 'Writes are disabled on this server: no API token is configured.', {
        hint: 'Start the server with KG_TOKENS_FILE (lines name:role:hash, see `pnpm token hash`) or KG_API_TOKEN=<secret>, and send "Authorization: Bearer <token>".',
      }));
      return;
    }
    if (credential === 'none') {
      next(new HttpError(401, 'UNAUTHORIZED', 'This endpoint needs a bearer token.', {
        hint: 'Send "Authorization: Bearer <your token>".',
        headers: { 'WWW-Authenticate': CHALLENGE },
      }));
      return;
    }
    if (credential === 'invalid') {
      next(new HttpError(401, 'UNAUTHORIZED', 'The bearer token is not valid.', {
        hint: 'Check the token you were given; an admin can issue a new one.',
        headers: { 'WWW-Authenticate': `${CHALLENGE}, error="invalid_token"` },
      }));
      return;
    }
    if (!roleAllows(principal.role, needed)) {
      next(new HttpError(403, 'FORBIDDEN', `${principal.name} is a ${principal.role}; this needs the ${needed} role.`, {
        hint: 'Ask an admin for a token with that role.',
      }));
      return;
    }
    next();
  };
}
