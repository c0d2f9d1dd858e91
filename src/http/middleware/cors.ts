import type { MiddlewareHandler } from 'hono';
import { type AppEnv, allowedOrigins } from '../../edge/env.ts';
import { HttpError } from '../../edge/errors.ts';

export interface CorsOptions {
  /** Origins allowed to read responses; by default `ALLOWED_ORIGINS` from the environment. */
  origins?: (env: AppEnv['Bindings'] | undefined) => string[];
  /** Methods a preflight may ask for. */
  methods?: string[];
  /** Request headers a preflight may ask for (compared case-insensitively). */
  allowHeaders?: string[];
  /** Response headers scripts may read. */
  exposeHeaders?: string[];
  /** How long a browser may cache a preflight answer, in seconds. */
  maxAgeSeconds?: number;
}

const CORS_DEFAULTS = {
  methods: ['GET', 'POST'],
  allowHeaders: ['Content-Type', 'Accept', 'Authorization'],
  exposeHeaders: ['Content-Disposition', 'Content-Length'],
  maxAgeSeconds: 600,
} as const;

/**
 * CORS (Fetch standard, "CORS protocol") for the listed origins only; others get no CORS headers,
 * so browsers keep their responses from scripts. No credentials mode: scriptdesk uses no cookies.
 * Preflights (`OPTIONS` with `Access-Control-Request-Method`) are answered here: 204 when the
 * origin is allowed, a 403 problem when it is not.
 *
 * @example app.use('/v1/*', cors())
 */
export function cors(options: CorsOptions = {}): MiddlewareHandler<AppEnv> {
  const origins = options.origins ?? allowedOrigins;
  const methods = options.methods ?? CORS_DEFAULTS.methods;
  const allowHeaders = options.allowHeaders ?? CORS_DEFAULTS.allowHeaders;
  const allowed = new Set(allowHeaders.map((h) => h.toLowerCase()));
  const exposeHeaders = (options.exposeHeaders ?? CORS_DEFAULTS.exposeHeaders).join(', ');
  const maxAge = String(options.maxAgeSeconds ?? CORS_DEFAULTS.maxAgeSeconds);

  return async function cors(c, next) {
    const origin = c.req.header('origin');
    const allowOrigin = origin !== undefined && origins(c.env).includes(origin);
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method');
    if (preflight) {
      if (!allowOrigin) {
        throw new HttpError(
          'origin-not-allowed',
          `Origin ${origin ?? '(none)'} may not call this API.`,
          {
            headers: { Vary: 'Origin' },
          },
        );
      }
      const requested = (c.req.header('access-control-request-headers') ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter((h) => h.length > 0);
      const headers = new Headers({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': methods.join(', '),
        'Access-Control-Allow-Headers':
          requested.filter((h) => allowed.has(h)).join(', ') || allowHeaders.join(', '),
        'Access-Control-Max-Age': maxAge,
        Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      });
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowOrigin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', exposeHeaders);
    }
  };
}
