import type { Env } from '../bindings.ts';

export { maxBodyBytes } from '../edge/env.ts';

/** The bindings, variables and secrets the webhook and story routes read. */
export type WebhookEnv = Pick<
  Env,
  | 'SCRIPTS'
  | 'WEBHOOK_LIMITER'
  | 'STORIES_LIMITER'
  | 'WEBHOOK_SECRET'
  | 'API_TOKEN'
  | 'MAX_BODY_BYTES'
>;

/**
 * Hono environment of the sub-app. `nonce` is set by the edge's security-headers middleware
 * when the sub-app is mounted in the main app (the CSP nonce of the response); absent alone.
 */
export interface WebhookAppEnv {
  Bindings: WebhookEnv;
  Variables: { nonce?: string };
}

/**
 * The values in `.dev.vars.example` start with this marker. They are public (they are in the
 * repository), so a Worker refuses them on any host but loopback: copying the example file into
 * production secrets fails loudly instead of accepting forged deliveries.
 */
export const DEV_ONLY_MARKER = 'scriptdesk-dev-only';

export function isDevOnlyValue(value: Uint8Array | string): boolean {
  const text = typeof value === 'string' ? value : new TextDecoder().decode(value);
  return text.startsWith(DEV_ONLY_MARKER);
}

export function isLoopbackHost(url: string): boolean {
  const host = new URL(url).hostname;
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]'
  );
}
