/**
 * helmet with a CSP that fits the explorer (a same-origin Vite build): scripts and styles
 * from self, inline styles (Cytoscape and its extensions set style attributes), images from
 * blob:/data: (PNG/SVG exports and canvas snapshots), XHR/fetch to self only.
 * HSTS only over TLS: sent over plain http it is meaningless (RFC 6797 §7.2) and, behind a
 * host name later moved to https, pins browsers to a scheme this server never spoke.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';

const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
  });
  const hstsOverTls: RequestHandler = (req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
  return [headers, hstsOverTls];
}
