/**
 * Errors at the edge are Problem Details (RFC 9457, `application/problem+json`): one typed
 * {@link HttpError}, and one `app.onError` ({@link handleError}) that turns every failure into
 * the same shape. Problem types are documented at `/docs#problem-<slug>`.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  OutputTooLargeError,
  TooManyBlocksError,
  UnknownTemplateError,
} from '../outputs/errors.ts';
import type { ProblemDetails } from './problem-schema.ts';

/**
 * Every problem type scriptdesk answers with, the edge's and the webhook and story routes' alike:
 * slug → status, title and when it happens. `/docs` and `/v1/openapi.json` list them in this order.
 */
export const PROBLEM_TYPES = {
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
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description: 'The credentials are valid but do not allow this request.',
  },
  'origin-not-allowed': {
    status: 403,
    title: 'Origin not allowed',
    description: 'A CORS preflight from an origin that is not listed in `ALLOWED_ORIGINS`.',
  },
  'not-found': { status: 404, title: 'Not found', description: 'No such route or resource.' },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The route exists but not for this method; the `Allow` header lists the methods.',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    description: 'No output matches the `Accept` header; `supported` lists the media types.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Request body too large',
    description:
      'The body is larger than `MAX_BODY_BYTES` (default 5 MB); `maxBytes` says how large.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    description:
      'A content type or file type scriptdesk does not read, binary data (NUL bytes, control bytes), or text that is not UTF-8 in a charset scriptdesk does not know. Text in another encoding (Windows-1252, Windows-1251, KOI8-R, UTF-16 with a BOM, a declared charset) is read and reported as an `encoding` message.',
  },
  'empty-text': {
    status: 422,
    title: 'No text to format',
    description:
      'The transcript is empty, only whitespace, or has no readable text after conversion.',
  },
  'unreadable-document': {
    status: 422,
    title: 'Unreadable document',
    description: 'A .docx that is corrupt, encrypted, or no Word document; `detail` says which.',
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
  'too-many-blocks': {
    status: 422,
    title: 'Too many blocks',
    description:
      'The text makes more blocks than its size allows (2,000, or one per 16 characters on average): `blocks` and `limit` say how many. Join short paragraphs or send the transcript in parts.',
  },
  'output-too-large': {
    status: 422,
    title: 'Output too large',
    description:
      'The answer would be longer than ten times the input (or 1 MiB for a short text): `output`, `size` and `limit` say which and how long. Join short paragraphs, send the transcript in parts, or choose another output.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    description: 'A bug: no input should ever produce it. Please report it with the request.',
  },
  // The webhook and story routes' own (src/webhooks/).
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
  'invalid-delivery': {
    status: 422,
    title: 'Invalid delivery',
    description:
      'The webhook body does not match the delivery schema; `errors` names each field and what is wrong.',
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

export type ProblemSlug = keyof typeof PROBLEM_TYPES;

export type { ProblemDetails } from './problem-schema.ts';

export interface HttpErrorOptions {
  /** Extension members added to the problem body (e.g. `errors`, `available`). */
  extensions?: Record<string, unknown>;
  /** Response headers (e.g. `Allow` on a 405). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one HTTP error of the edge: thrown anywhere in a handler, answered by `app.onError` as
 * `application/problem+json` with the status and title of its problem type.
 *
 * @example throw new HttpError('empty-text', 'The transcript is empty.')
 */
export class HttpError extends Error {
  readonly slug: ProblemSlug;
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(slug: ProblemSlug, detail: string, options: HttpErrorOptions = {}) {
    super(detail, { cause: options.cause });
    this.name = 'HttpError';
    this.slug = slug;
    this.status = PROBLEM_TYPES[slug].status;
    this.title = PROBLEM_TYPES[slug].title;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** The problem type URI of a slug: the anchor that documents it on this host's `/docs`. */
export function problemTypeUri(slug: string, requestUrl: string): string {
  return new URL(`/docs#problem-${slug}`, requestUrl).href;
}

/** The problem body for an error, as sent on the wire. */
export function toProblem(error: HttpError, requestUrl: string): ProblemDetails {
  const problem: ProblemDetails = {
    type: problemTypeUri(error.slug, requestUrl),
    title: error.title,
    status: error.status,
    detail: error.message,
    instance: new URL(requestUrl).pathname,
  };
  for (const [name, value] of Object.entries(error.extensions)) {
    if (!(name in problem)) problem[name] = value;
  }
  return problem;
}

/** An `application/problem+json` response for an error. */
export function problemResponse(c: Context, error: HttpError): Response {
  const body = JSON.stringify(toProblem(error, c.req.url), null, 2);
  const headers = new Headers(error.headers);
  headers.set('Content-Type', 'application/problem+json');
  headers.set('Cache-Control', 'no-store');
  return new Response(`${body}\n`, { status: error.status, headers });
}

/** Maps anything thrown to the problem that describes it; unknown errors are bugs (500). */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof UnknownTemplateError) {
    return new HttpError(
      'unknown-template',
      `There is no template "${error.template}" for ${error.output}; available: ${error.available.join(', ') || 'none'}.`,
      {
        extensions: { output: error.output, template: error.template, available: error.available },
      },
    );
  }
  if (error instanceof OutputTooLargeError) {
    return new HttpError('output-too-large', error.message, {
      extensions: { output: error.output, size: error.size, limit: error.limit },
    });
  }
  if (error instanceof TooManyBlocksError) {
    return new HttpError('too-many-blocks', error.message, {
      extensions: { blocks: error.blocks, limit: error.limit },
    });
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's own middleware (e.g. bearer-auth) throws these; keep their headers
    // (`WWW-Authenticate`), answer in our shape.
    const slug = HTTP_EXCEPTION_SLUGS[error.status] ?? 'malformed-request';
    const headers: Record<string, string> = {};
    for (const [name, value] of error.res?.headers ?? []) {
      if (name !== 'content-type' && name !== 'content-length') headers[name] = value;
    }
    return new HttpError(slug, error.message || PROBLEM_TYPES[slug].title, { headers });
  }
  return new HttpError('internal-error', 'Something went wrong on our side.', { cause: error });
}

const HTTP_EXCEPTION_SLUGS: Readonly<Record<number, ProblemSlug>> = {
  400: 'malformed-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

/**
 * `app.onError`: every failure becomes a problem response; a 500 is logged, since it is a bug.
 *
 * @example app.onError(handleError)
 */
export function handleError(error: unknown, c: Context): Response {
  const problem = toHttpError(error);
  if (problem.status >= 500) console.error('scriptdesk: unhandled error', error);
  return problemResponse(c, problem);
}
