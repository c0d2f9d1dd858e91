/**
 * Media types (RFC 9110 section 8.3.1) and proactive negotiation with `Accept` (section 12.5.1).
 * Hand-written scanners: header values come from anyone, so no regex that can backtrack.
 */

export interface MediaType {
  /** `type/subtype`, lower case. */
  essence: string;
  /** Parameters with lower-case names (values as sent, unquoted). */
  params: Record<string, string>;
}

/** Parses a `Content-Type`-like value; null when it is not `type/subtype`. */
export function parseMediaType(value: string | undefined | null): MediaType | null {
  if (!value) return null;
  const parts = value.split(';');
  const essence = (parts[0] ?? '').trim().toLowerCase();
  const slash = essence.indexOf('/');
  if (slash <= 0 || slash === essence.length - 1 || !isToken(essence.slice(0, slash))) return null;
  if (!isToken(essence.slice(slash + 1))) return null;
  const params: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    let v = part.slice(eq + 1).trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
    if (name && !(name in params)) params[name] = v;
  }
  return { essence, params };
}

// RFC 9110 section 5.6.2 tchar.
const TCHAR = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function isToken(s: string): boolean {
  return TCHAR.test(s);
}

interface MediaRange {
  type: string;
  subtype: string;
  /** Weight 0..1 (section 12.4.2). */
  q: number;
}

/** Parses `Accept` into media ranges; ranges that do not parse are ignored. */
export function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const item of header.split(',')) {
    const media = parseMediaType(item);
    if (!media) continue;
    const [type = '', subtype = ''] = media.essence.split('/');
    if (type === '*' && subtype !== '*') continue;
    const rawQ = media.params.q;
    let q = 1;
    if (rawQ !== undefined) {
      // qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
      if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(rawQ)) continue;
      q = Number(rawQ);
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** The weight `Accept` gives a media type: that of the most specific matching range, else 0. */
export function qualityOf(ranges: readonly MediaRange[], essence: string): number {
  const [type, subtype] = essence.split('/');
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    let specificity = -1;
    if (range.type === type && range.subtype === subtype) specificity = 2;
    else if (range.type === type && range.subtype === '*') specificity = 1;
    else if (range.type === '*' && range.subtype === '*') specificity = 0;
    if (specificity > best) {
      best = specificity;
      q = range.q;
    }
  }
  return q;
}

/**
 * Picks the candidate `Accept` weighs highest; on a tie the earlier candidate (the server's
 * preference). No `Accept`, or one with no range that parses, accepts anything. Returns null
 * when every candidate has weight 0 (the caller answers 406).
 *
 * @example negotiate('text/vtt, application/json;q=0.5', ['application/json', 'text/vtt']) // 'text/vtt'
 */
export function negotiate<T extends string>(
  header: string | undefined,
  candidates: readonly T[],
): T | null {
  const ranges = header ? parseAccept(header) : [];
  if (ranges.length === 0) return candidates[0] ?? null;
  let chosen: T | null = null;
  let bestQ = 0;
  for (const candidate of candidates) {
    const q = qualityOf(ranges, candidate);
    if (q > bestQ) {
      bestQ = q;
      chosen = candidate;
    }
  }
  return chosen;
}
