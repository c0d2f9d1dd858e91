import type { MiddlewareHandler } from 'hono';
import { type AppEnv, maxBodyBytes } from './env.ts';
import { HttpError } from './errors.ts';

export interface BodyLimitOptions {
  /** Limit in bytes; by default `MAX_BODY_BYTES` from the environment, else 5 MB. */
  maxBytes?: number;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError('payload-too-large', `The request body is larger than ${maxBytes} bytes.`, {
    extensions: { maxBytes },
  });
}

/**
 * Reads a request body into memory, stopping as soon as it passes `maxBytes`: null when it is
 * larger. The limit holds on the bytes actually streamed, whatever `Content-Length` says (chunked
 * bodies have none); a declared length over the limit is refused before reading (RFC 9110 section
 * 15.5.14). The bytes are exactly those sent, so a webhook signature can be checked over them. A
 * body that breaks off while streaming is a 400 `malformed-request`.
 *
 * @example const body = await readBodyWithin(c.req.raw, 5_000_000); // null: answer 413
 */
export async function readBodyWithin(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d{1,15}$/.test(declared.trim()) && Number(declared) > maxBytes) {
    return null;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (cause) {
      throw new HttpError('malformed-request', 'The request body could not be read.', { cause });
    }
    if (result.done) break;
    const chunk =
      result.value instanceof Uint8Array
        ? result.value
        : new Uint8Array(result.value as ArrayBuffer);
    size += chunk.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** {@link readBodyWithin}, with a body over `maxBytes` thrown as a 413 `payload-too-large`. */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const body = await readBodyWithin(request, maxBytes);
  if (body === null) throw tooLarge(maxBytes);
  return body;
}

/**
 * Reads the body once under a size limit into `c.get('body')`: a larger body is a 413 problem.
 *
 * @example app.post('/v1/format', bodyLimit(), (c) => c.text(String(c.get('body').length)))
 */
export function bodyLimit(options: BodyLimitOptions = {}): MiddlewareHandler<AppEnv> {
  return async function bodyLimit(c, next) {
    const limit = options.maxBytes ?? maxBodyBytes(c.env);
    c.set('body', await readLimitedBody(c.req.raw, limit));
    await next();
  };
}
