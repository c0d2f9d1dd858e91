/**
 * RFC 9457 problem details for the webhook and story routes.
 *
 * LOCAL HELPER, shaped like the edge's `src/http/errors.ts` (same slugs where they overlap, same
 * `type` URI `/docs#problem-<slug>`, `instance`, `Cache-Control: no-store`) so the two can be
 * unified: the slugs below that the edge lacks go into its `PROBLEM_TYPES`.
 */

/** Problem types these routes answer with: slug → status, title and when it happens. */
export const WEBHOOK_PROBLEM_TYPES = {
  'malformed-request': {
    status: 400,
    title: 'Malformed request',
    description: 'The body cannot be parsed: invalid JSON, a broken multipart body.',
  },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    description:
      'Missing or invalid credentials: a bad webhook signature, or a missing or wrong Bearer token.',
  },
  'not-found': { status: 404, title: 'Not found', description: 'No such route or resource.' },
  'webhook-id-reused': {
    status: 409,
    title: 'Webhook id reused',
    description:
      'A `webhook-id` that was already delivered came again with a different body; ids name one message.',
  },
  'revision-conflict': {
    status: 409,
    title: 'Revision already stored',
    description:
      'The story revision is already stored with other content or outputs; stored revisions never change, so send a new revision.',
  },
  'delivery-in-progress': {
    status: 409,
    title: 'Delivery in progress',
    description:
      'Another delivery is storing the same story revision right now; retry after `Retry-After` seconds.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Request body too large',
    description:
      'The body is larger than `MAX_BODY_BYTES` (default 5 MB); `maxBytes` says how large.',
  },
  'invalid-delivery': {
    status: 422,
    title: 'Invalid delivery',
    description:
      'The webhook body does not match the delivery schema; `errors` names each field and what is wrong.',
  },
  'invalid-options': {
    status: 422,
    title: 'Invalid options',
    description:
      'An option or parameter is unknown or has a value that is not allowed; `errors` names each field, its value and what is allowed.',
  },
  'unknown-template': {
    status: 422,
    title: 'Unknown template',
    description: '`template=` names a layout that does not exist; `available` lists the layouts.',
  },
  'output-not-available': {
    status: 422,
    title: 'Output not available',
    description:
      'The output exists in the API but is not built into this deployment; `available` lists those that are.',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    description: 'This client sent too many requests; retry after `Retry-After` seconds.',
  },
  'not-configured': {
    status: 503,
    title: 'Not configured',
    description:
      'The deployment lacks a secret or binding this route needs (`setting` names it); it never falls back to a default.',
  },
  'storage-unavailable': {
    status: 503,
    title: 'Storage unavailable',
    description:
      'Storing or reading failed; nothing was acknowledged. Retry after `Retry-After` seconds.',
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type WebhookProblemSlug = keyof typeof WEBHOOK_PROBLEM_TYPES;

/** A problem before it meets a request: what went wrong and its extension members. */
export interface Problem {
  slug: WebhookProblemSlug;
  detail: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * The `application/problem+json` response for a problem.
 *
 * @example
 * problemResponse('http://x/v1/stories/a/json', { slug: 'not-found', detail: 'No story a.' })
 */
export function problemResponse(requestUrl: string, problem: Problem): Response {
  const type = WEBHOOK_PROBLEM_TYPES[problem.slug];
  const body: Record<string, unknown> = {
    type: new URL(`/docs#problem-${problem.slug}`, requestUrl).href,
    title: type.title,
    status: type.status,
    detail: problem.detail,
    instance: new URL(requestUrl).pathname,
  };
  for (const [name, value] of Object.entries(problem.extensions ?? {})) {
    if (!(name in body)) body[name] = value;
  }
  const headers = new Headers(problem.headers);
  headers.set('content-type', 'application/problem+json');
  headers.set('cache-control', 'no-store');
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { status: type.status, headers });
}
