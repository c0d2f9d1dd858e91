/**
 * What a layout renderer may need from the request besides the document and the options. The
 * edge fills it; every field is optional so the core, the bench and the tests can leave it out.
 */
export interface RenderContext {
  /**
   * The nonce of the response's Content-Security-Policy (`script-src 'nonce-…'; style-src
   * 'nonce-…'`). HTML layouts put it on their inline `<script>` and `<style>` elements; without
   * it they carry no nonce attribute.
   */
  nonce?: string;
  /** The time of the request, for the print header's date when `date=` is not given. */
  now?: Date;
}

/** CSP nonces are base64 or base64url (W3C CSP3 `nonce-source`); anything else is dropped. */
const NONCE = /^[A-Za-z0-9+/_-]{8,128}={0,2}$/;

/** The context's nonce when it is well formed, else null. */
export function nonceOf(context: RenderContext | undefined): string | null {
  const nonce = context?.nonce;
  return nonce !== undefined && NONCE.test(nonce) ? nonce : null;
}

/** Languages written right to left (BCP 47 primary subtags): Arabic, Hebrew, Persian, Urdu… */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'he',
  'iw',
  'fa',
  'ur',
  'yi',
  'ps',
  'ckb',
  'dv',
  'sd',
  'ug',
]);

/** The HTML `dir` of a document in `language`: `rtl` for a right-to-left script, else `ltr`. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
