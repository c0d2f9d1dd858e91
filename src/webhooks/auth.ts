/**
 * Bearer-token check for story reads (RFC 6750). Both tokens are hashed with SHA-256 first, and
 * the digests are compared with a loop that does not stop at the first difference, so neither
 * the length nor a common prefix of the token shows in the timing.
 */
export async function bearerMatches(header: string | undefined, token: string): Promise<boolean> {
  const match = /^Bearer +([\x21-\x7e]+) *$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const [given, expected] = await Promise.all([digest(match[1]), digest(token)]);
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= (given[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
