import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

export interface SecurityHeadersOptions {
  /** Extra CSP directives or replacements, e.g. `{ 'connect-src': "'self' https://cms.example" }`. */
  csp?: Record<string, string>;
  referrerPolicy?: string;
}

/**
 * The CSP of every response. No inline script or style runs without this response's nonce
 * (CSP3 `'nonce-…'`); nothing loads from another host; no page may frame ours.
 */
const CSP_DEFAULTS: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'nonce-{nonce}'",
  'style-src': "'nonce-{nonce}'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'form-action': "'self'",
  'base-uri': "'none'",
  'frame-ancestors': "'none'",
};

const SECURITY_HEADERS_DEFAULTS = {
  referrerPolicy: 'no-referrer',
} as const;

/**
 * A fresh CSP nonce: 128 random bits (CSP3 section 7.1 asks for at least 128), base64url without
 * padding, so it needs no escaping in an HTML attribute.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The Content-Security-Policy value for a nonce. */
export function contentSecurityPolicy(nonce: string, extra: Record<string, string> = {}): string {
  return Object.entries({ ...CSP_DEFAULTS, ...extra })
    .map(([name, value]) => `${name} ${value.replaceAll('{nonce}', nonce)}`)
    .join('; ');
}

/**
 * Sets a per-request nonce (`c.get('nonce')`) for the handlers, and the security headers on every
 * response afterwards, errors and 404s included.
 *
 * @example app.use('*', securityHeaders())
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler<AppEnv> {
  const referrerPolicy = options.referrerPolicy ?? SECURITY_HEADERS_DEFAULTS.referrerPolicy;
  return async function securityHeaders(c, next) {
    const nonce = createNonce();
    c.set('nonce', nonce);
    await next();
    const headers = c.res.headers;
    // A handler that serves stored bytes sets a hash-based policy of its own (see
    // webhooks/read.ts); every other response gets this request's nonce policy.
    if (!headers.has('Content-Security-Policy')) {
      headers.set('Content-Security-Policy', contentSecurityPolicy(nonce, options.csp));
    }
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', referrerPolicy);
    // For browsers without CSP frame-ancestors.
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    );
  };
}
