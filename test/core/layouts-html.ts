/**
 * Reading rendered HTML back in Node tests, without a DOM: Mustache's escapes decoded (it also
 * escapes `/`, `=` and backticks), <style>/<script> bodies and tags dropped.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x2F;': '/',
  '&#x60;': '`',
  '&#x3D;': '=',
};

export function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|#x2F|#x60|#x3D);/g, (e) => ENTITIES[e] ?? e);
}

/** The visible text of a page, whitespace collapsed. */
export function visibleText(html: string): string {
  const withoutCode = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  return decodeEntities(withoutCode.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whitespace collapsed, for comparing text that was wrapped. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
