import type { Context } from 'hono';
import { HttpError, problemResponse } from '../edge/errors.ts';
import type { WebhookAppEnv } from './env.ts';

export type WebhookContext = Context<WebhookAppEnv>;

/** `Retry-After` after a storage failure, in seconds: R2 hiccups pass quickly. */
export const STORAGE_RETRY_AFTER_SECONDS = 10;

/** 503: a secret or binding is missing; never a fallback to a default. */
export function notConfigured(c: WebhookContext, detail: string, setting: string): Response {
  const kind = setting === 'SCRIPTS' ? 'R2 binding' : 'Worker secret';
  return problemResponse(
    c,
    new HttpError('not-configured', `${detail}: set the ${setting} ${kind}.`, {
      extensions: { setting },
    }),
  );
}

/** 503 with `Retry-After`: nothing was acknowledged, so the sender retries and the retry works. */
export function storageFailed(c: WebhookContext, error: unknown): Response {
  console.error('webhooks: storage failed', error);
  return problemResponse(
    c,
    new HttpError(
      'storage-unavailable',
      'Storage failed; nothing was acknowledged. Retry after the indicated delay.',
      { headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) } },
    ),
  );
}
