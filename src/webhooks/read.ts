import { HttpError, problemResponse } from '../http/errors.ts';
import { OUTPUTS } from '../options.ts';
import { bearerMatches } from './auth.ts';
import { storyOutputPath } from './deliver.ts';
import { isDevOnlyValue, isLoopbackHost } from './env.ts';
import { revisionSchema, storyIdSchema } from './payload.ts';
import { notConfigured, storageFailed, type WebhookContext } from './responses.ts';
import { keys, type Manifest, readLatestRevision, readManifest } from './store.ts';

/** `GET /v1/stories/:id`: the manifest of the latest revision, or of `?revision=`. */
export async function handleManifest(c: WebhookContext): Promise<Response> {
  const found = await findRevision(c);
  if (found instanceof Response) return found;
  return Response.json(found.manifest, { headers: cacheHeaders(c, found.manifest.revision) });
}

/**
 * `GET /v1/stories/:id/:output`: the stored bytes, with the content's SHA-256 as a strong ETag
 * (RFC 9110 §8.8.3) and 304 for a matching `If-None-Match` (§13.1.2).
 */
export async function handleOutput(c: WebhookContext): Promise<Response> {
  const found = await findRevision(c);
  if (found instanceof Response) return found;
  const { bucket, manifest } = found;
  const output = c.req.param('output') ?? '';
  const stored = manifest.outputs.find((entry) => entry.output === output);
  if (!stored) {
    const known = (OUTPUTS as readonly string[]).includes(output);
    const has = manifest.outputs.map((entry) => entry.output).join(', ');
    return problemResponse(
      c,
      new HttpError(
        'not-found',
        `${known ? `Revision ${manifest.revision} has no ${output} output` : `There is no output ${output}`}; stored: ${has}.`,
      ),
    );
  }

  // Mounted in the main app, every response carries a CSP whose nonce is new each time. An HTML
  // output gets that nonce on its own inline <script>/<style> elements (stored HTML comes from
  // our templates with the transcript escaped, so every such element is ours). Its bytes then
  // change per response: no ETag, no 304, no caching, or a cached body would meet a newer CSP.
  const nonce = c.get('nonce');
  const stampNonce = nonce !== undefined && stored.contentType.startsWith('text/html');
  const etag = `"${stored.sha256}"`;
  const headers: Record<string, string> = {
    ...cacheHeaders(c, manifest.revision),
    'content-location': storyOutputPath(manifest.storyId, stored.output, manifest.revision),
  };
  if (stampNonce) headers['cache-control'] = 'no-store';
  else {
    headers.etag = etag;
    headers['content-length'] = String(stored.size);
  }
  if (!stampNonce && ifNoneMatch(c.req.header('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }

  let object: R2ObjectBody | null;
  try {
    object = await bucket.get(keys.output(manifest.storyId, manifest.revision, output));
  } catch (error) {
    return storageFailed(c, error);
  }
  if (!object || object.customMetadata?.sha256 !== stored.sha256) {
    // Outputs are written before their manifest and never after it: the bucket was altered.
    console.error('webhooks: stored object does not match its manifest', manifest.storyId, output);
    return problemResponse(
      c,
      new HttpError(
        'storage-unavailable',
        `The stored ${output} of revision ${manifest.revision} does not match its manifest.`,
      ),
    );
  }
  const response = new Response(object.body, {
    headers: {
      ...headers,
      'content-type': stored.contentType,
      'content-disposition': `inline; filename="${manifest.storyId}-${manifest.revision}.${stored.extension}"`,
    },
  });
  if (!stampNonce) return response;
  return new HTMLRewriter()
    .on('script, style, link[rel="stylesheet"]', {
      element(element) {
        element.setAttribute('nonce', nonce);
      },
    })
    .transform(response);
}

/** Auth, story id and revision (latest or `?revision=`) to a committed manifest. */
async function findRevision(
  c: WebhookContext,
): Promise<Response | { bucket: R2Bucket; manifest: Manifest }> {
  const token = c.env.API_TOKEN;
  if (!token) return notConfigured(c, 'Story reads are not configured', 'API_TOKEN');
  if (isDevOnlyValue(token) && !isLoopbackHost(c.req.url)) {
    return notConfigured(c, 'The dev-only API token only works on localhost', 'API_TOKEN');
  }
  const bucket = c.env.SCRIPTS;
  if (!bucket) return notConfigured(c, 'Story storage is not configured', 'SCRIPTS');
  if (!(await bearerMatches(c.req.header('authorization'), token))) {
    return problemResponse(
      c,
      new HttpError('unauthorized', 'Send Authorization: Bearer <API_TOKEN>.', {
        headers: { 'www-authenticate': 'Bearer realm="scriptdesk"' },
      }),
    );
  }

  const id = storyIdSchema.safeParse(c.req.param('id'));
  const revisionParam = c.req.query('revision');
  const revision = revisionParam === undefined ? null : revisionSchema.safeParse(revisionParam);
  // An id or revision no story can have names nothing: 404, like an unknown one.
  if (!id.success || (revision && !revision.success)) {
    return problemResponse(
      c,
      new HttpError(
        'not-found',
        'Story ids and revisions use letters, digits, ".", "_" and "-"; this one cannot exist.',
      ),
    );
  }

  try {
    const name = revision?.data ?? (await readLatestRevision(bucket, id.data));
    const manifest = name ? await readManifest(bucket, id.data, name) : null;
    if (!manifest) {
      return problemResponse(
        c,
        new HttpError(
          'not-found',
          revision
            ? `Story ${id.data} has no stored revision ${revision.data}.`
            : `Story ${id.data} has no stored revision.`,
        ),
      );
    }
    return { bucket, manifest };
  } catch (error) {
    return storageFailed(c, error);
  }
}

/** A `?revision=` read never changes; the latest may change any time, so always revalidate. */
function cacheHeaders(c: WebhookContext, revision: string): Record<string, string> {
  const pinned = c.req.query('revision') === revision;
  return {
    'cache-control': pinned ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    vary: 'Authorization',
  };
}

/** RFC 9110 §13.1.2: weak comparison over a list; `*` matches any current representation. */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
