/** GET /api/me: who the explorer is signed in as ({name, role}); 401 for a token nobody holds. */
import { Router } from 'express';
import { HttpError } from '../errors';
import { authState } from './authenticate';
import type { TokenRegistry } from './token-registry';

export function createMeRouter(registry: TokenRegistry): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const { principal, credential } = authState(res);
    if (credential === 'invalid') {
      throw new HttpError(401, 'UNAUTHORIZED', 'The bearer token is not valid.', {
        hint: 'Sign in again with the token you were given.',
        headers: { 'WWW-Authenticate': 'Bearer realm="kg", error="invalid_token"' },
      });
    }
    res.json({ ...principal, writesEnabled: registry.configured });
  });
  return router;
}
