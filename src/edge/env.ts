import type { Env } from '../bindings.ts';

/** Per-request values the middleware sets for the handlers. */
export interface AppVariables {
  /** CSP nonce of this response (base64, 128 random bits). */
  nonce: string;
  /** The request body, read once under the size limit by `bodyLimit()`. */
  body: Uint8Array;
}

/** Hono environment of the scriptdesk app: Worker bindings and per-request variables. */
export interface AppEnv {
  Bindings: Env;
  Variables: AppVariables;
}

/** Default request body limit: 5 MB (about 80 hours of transcript). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The body limit from `MAX_BODY_BYTES`, or the default when it is unset or not a positive integer. */
export function maxBodyBytes(env: Partial<Env> | undefined): number {
  const value = Number(env?.MAX_BODY_BYTES ?? Number.NaN);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_BODY_BYTES;
}

/** Origins listed in `ALLOWED_ORIGINS` (comma-separated, exact `scheme://host[:port]`). */
export function allowedOrigins(env: Partial<Env> | undefined): string[] {
  return (env?.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin.length > 0);
}
