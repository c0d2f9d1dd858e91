/**
 * The site icon: browsers ask every page's origin for `/favicon.ico`; scriptdesk answers an SVG
 * (a script page with a red reading-line arrow), cached for a day, instead of a 404.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../edge/env.ts';

export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect x="5" y="2" width="22" height="28" rx="3" fill="#0a4fb5"/>' +
  '<path d="M10 9h12M10 14h12M10 19h8M10 24h10" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>' +
  '<path d="M1 11l5 3-5 3z" fill="#d93025"/></svg>';

/** `GET /favicon.ico` and `GET /favicon.svg`. */
export function handleFavicon(c: Context<AppEnv>): Response {
  return c.body(FAVICON_SVG, 200, {
    'Content-Type': 'image/svg+xml',
    'Cache-Control': 'public, max-age=86400',
  });
}
