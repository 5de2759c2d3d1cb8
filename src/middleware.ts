import { defineMiddleware } from 'astro:middleware';
import { withCspMetaFirst } from './lib/csp-first.ts';

/** Every HTML page gets its Content-Security-Policy meta tag first in `<head>` (see csp-first.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withCspMetaFirst(await response.text()), response);
});
