import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { BRIEF_STYLE_HASH } from '../service/formats/brief-html.js';

/**
 * The web UI is built without inline scripts or styles, so nothing but its own files needs allowing; the
 * one inline stylesheet allowed, by its hash, is the HTML brief's (a brief saved to a file keeps it).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${BRIEF_STYLE_HASH}`,
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('Referrer-Policy', 'no-referrer');
};

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** The last segment has an extension: a request for a file, never a page of the app. */
const isFileRequest = (path: string) => /\.[^/]+$/.test(path);

/**
 * Serves the built web UI at `/`. A path that is no file is one of the app's own pages (a deep link such
 * as `/actors/Rubio`), so it gets `index.html` and the app routes it; a missing file stays a 404, so a
 * stale script URL never receives HTML. Mounted after the API routes, which always answer first.
 */
export function mountWebUi(app: Hono, root: string): void {
  const files = serveStatic({ root });
  const appPage = serveStatic({ root, path: 'index.html' });
  app.use('*', async (c, next) => (isApi(c.req.path) ? next() : files(c, next)));
  app.get('*', async (c, next) =>
    isApi(c.req.path) || isFileRequest(c.req.path) ? next() : appPage(c, next),
  );
}
