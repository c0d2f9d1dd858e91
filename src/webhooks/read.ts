import { HttpError, problemResponse } from '../edge/errors.ts';
import { contentSecurityPolicy } from '../edge/security-headers.ts';
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

  // A stored page is served byte for byte as its manifest describes it (same size, same
  // sha256, so ETag and 304 work): its inline <script>/<style> elements are allowed by their
  // sha256 hashes (CSP3 hash-source), not by a per-response nonce that would change its bytes.
  const etag = `"${stored.sha256}"`;
  const headers: Record<string, string> = {
    ...cacheHeaders(c, manifest.revision),
    'content-location': storyOutputPath(manifest.storyId, stored.output, manifest.revision),
    etag,
    'content-length': String(stored.size),
  };
  if (ifNoneMatch(c.req.header('if-none-match'), etag)) {
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
  headers['content-type'] = stored.contentType;
  headers['content-disposition'] =
    `inline; filename="${manifest.storyId}-${manifest.revision}.${stored.extension}"`;
  if (!stored.contentType.startsWith('text/html')) return new Response(object.body, { headers });
  const html = await object.text();
  headers['content-security-policy'] = await hashedPolicy(html);
  return new Response(html, { headers });
}

/**
 * The CSP for a stored page: the edge's policy with each inline script and style allowed by its
 * sha256 (our templates write them; transcript text in them is escaped, so every one is ours).
 */
async function hashedPolicy(html: string): Promise<string> {
  const scripts = await inlineHashes(html, 'script');
  const styles = await inlineHashes(html, 'style');
  return contentSecurityPolicy('', {
    'script-src': scripts.length > 0 ? scripts.join(' ') : "'none'",
    'style-src': styles.length > 0 ? styles.join(' ') : "'none'",
  });
}

/** `'sha256-…'` of the text of every inline `<tag>` element, found by a forward scan. */
async function inlineHashes(html: string, tag: 'script' | 'style'): Promise<string[]> {
  const hashes: string[] = [];
  const lower = html.toLowerCase();
  const close = `</${tag}`;
  let at = 0;
  for (;;) {
    const open = lower.indexOf(`<${tag}`, at);
    if (open < 0) break;
    const after = lower.charCodeAt(open + tag.length + 1);
    // `<script>` or `<script …>`, not `<scripts` or `<style-x`.
    if (after !== 0x3e && after !== 0x20 && after !== 0x09 && after !== 0x0a) {
      at = open + 1;
      continue;
    }
    const contentStart = lower.indexOf('>', open) + 1;
    const contentEnd = lower.indexOf(close, contentStart);
    if (contentStart === 0 || contentEnd < 0) break;
    const tagText = lower.slice(open, contentStart);
    if (!/\ssrc\s*=/.test(tagText)) {
      const digest = await crypto.subtle.digest(
        'SHA-256',
        new TextEncoder().encode(html.slice(contentStart, contentEnd)),
      );
      hashes.push(`'sha256-${base64(new Uint8Array(digest))}'`);
    }
    at = contentEnd + close.length;
  }
  return hashes;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
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

  const id = storyIdSchema().safeParse(c.req.param('id'));
  const revisionParam = c.req.query('revision');
  const revision = revisionParam === undefined ? null : revisionSchema().safeParse(revisionParam);
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
