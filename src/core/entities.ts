/**
 * HTML character references in transcript text (CMS exports, WebVTT cue text, pasted HTML): the
 * references newsroom text uses, decoded in one linear scan.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  shy: '\u00ad',
};

/** Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2019;`). */
export function decodeEntities(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const semi = text.indexOf(';', amp);
    const ref = semi !== -1 && semi - amp <= 10 ? text.slice(amp + 1, semi) : '';
    let decoded: string | undefined;
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      const cp = Number.parseInt(ref.slice(2), 16);
      decoded = validCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
    } else if (ref.startsWith('#')) {
      const cp = Number.parseInt(ref.slice(1), 10);
      decoded = validCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
    } else if (ref) {
      decoded = NAMED[ref];
    }
    if (decoded === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = semi + 1;
    }
  }
  return out;
}

function validCodePoint(cp: number): boolean {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
}
