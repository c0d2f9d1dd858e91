/**
 * Bytes to text, for every body and uploaded file: pure (WHATWG `TextDecoder` only, no Hono),
 * used by the HTTP edge, the web form and the CMS webhook alike.
 *
 * 1. A byte order mark decides: UTF-8 (the mark is removed), UTF-16 LE or BE.
 * 2. Valid UTF-8 is UTF-8 (whatever charset was declared: ASCII is valid in both, and a valid
 *    UTF-8 body labelled otherwise was mislabelled far more often than not).
 * 3. NUL bytes or a visible share of other control bytes: binary data, not text ({@link BinaryData}).
 * 4. Otherwise the charset from Content-Type, when one other than UTF-8 was declared and is a
 *    WHATWG label this runtime decodes; else the one the text names itself: an XML declaration's
 *    `encoding` (Transcriber, caption XML), an HTML page's `<meta charset>`.
 * 5. Otherwise a multi-byte encoding of Chinese, Japanese or Korean (GB18030, Big5, Shift_JIS,
 *    EUC-JP, EUC-KR) when one decodes the bytes without an error into characters common in its
 *    language (kana, the most frequent characters or syllables).
 * 6. Otherwise detected from byte statistics: when letters from the upper half (0xC0–0xFF)
 *    outnumber ASCII letters, the Cyrillic (Windows-1251 or KOI8-R, whichever gives Russian
 *    letter frequencies), Greek (Windows-1253), Hebrew (Windows-1255) or Arabic (Windows-1256)
 *    decoding whose language's most frequent letters make the largest share of its letters;
 *    Windows-1252 (Word, old CMSs) in every other case.
 *
 * Every decoding other than plain UTF-8 comes with a note the document reports as an
 * `encoding` message.
 */
import type { Message } from '../core/document.ts';

/** Thrown for data that is not text: the edge answers 415. */
export class BinaryData extends Error {
  override name = 'BinaryData';
}

/** Thrown for a declared charset this runtime does not know: the edge answers 415. */
export class UnknownCharset extends Error {
  override name = 'UnknownCharset';
  readonly charset: string;
  constructor(charset: string) {
    super(`charset=${charset} is not an encoding scriptdesk can read.`);
    this.charset = charset;
  }
}

export interface DecodedText {
  text: string;
  /** WHATWG encoding name the text was decoded with (`utf-8`, `windows-1252`, `koi8-r`, …). */
  encoding: string;
  /** How the encoding was chosen. */
  by: 'utf-8' | 'bom' | 'declared' | 'detected';
  /** What to tell the user (an `encoding` message), or null for plain UTF-8. */
  note: string | null;
}

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii']);

/** Russian letter frequencies in percent (о е а и н т …): which Cyrillic decoding reads right. */
const RUSSIAN_FREQUENCY: Readonly<Record<string, number>> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};

/** Bytes looked at by the statistics: enough to decide, bounded for a 5 MB body. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, line breaks, form feed, escape) that means binary. */
const MAX_CONTROL_SHARE = 0.01;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal: false, ignoreBOM: false });
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkNotBinary(bytes: Uint8Array, what: string): void {
  if (bytes.includes(0)) throw new BinaryData(`${what} contains NUL bytes: binary data, not text.`);
  let controls = 0;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (end > 0 && controls / end > MAX_CONTROL_SHARE) {
    throw new BinaryData(`${what} is mostly control bytes: binary data, not text.`);
  }
}

/** Average Russian frequency of the Cyrillic letters of `text` (0 when it has none). */
function russianScore(text: string): number {
  let sum = 0;
  let letters = 0;
  for (const ch of text) {
    const f = RUSSIAN_FREQUENCY[ch.toLowerCase()];
    if (f !== undefined) {
      sum += f;
      letters++;
    }
  }
  return letters === 0 ? 0 : sum / letters;
}

/**
 * The most frequent letters of languages with a single-byte encoding of their own, with the
 * share of a text's letters they make (about half in the right decoding; a wrong decoding spreads
 * the bytes over the whole alphabet).
 */
const TOP_LETTERS: readonly { encoding: string; language: string; letters: string }[] = [
  { encoding: 'windows-1253', language: 'Greek', letters: 'αοειτνσςηρ' },
  { encoding: 'windows-1255', language: 'Hebrew', letters: 'יוהמלארתבנ' },
  { encoding: 'windows-1256', language: 'Arabic', letters: 'اليمونرتبع' },
];

/** Share of the letters of `text` that are among `top` (0 when it has no letter). */
function topLetterShare(text: string, top: string): number {
  let hits = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() === ch.toUpperCase() && !/\p{L}/u.test(ch)) continue;
    if (ch.charCodeAt(0) < 0x80) continue;
    letters++;
    if (top.includes(ch.toLowerCase())) hits++;
  }
  return letters === 0 ? 0 : hits / letters;
}

/** The Russian letters that make about half of a Russian text (for {@link topLetterShare}). */
const RUSSIAN_TOP = 'оеаинтсрвл';

/** Guesses a single-byte encoding from the bytes: see the module comment, step 6. */
export function detectSingleByte(bytes: Uint8Array): { encoding: string; why: string } {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let ascii = 0;
  let upper = 0;
  for (const b of sample) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    else if (b >= 0xc0) upper++;
  }
  if (upper > ascii) {
    const w1251Text = new TextDecoder('windows-1251').decode(sample);
    const koi8Text = new TextDecoder('koi8-r').decode(sample);
    const koi8Wins = russianScore(koi8Text) > russianScore(w1251Text);
    let best = koi8Wins
      ? { encoding: 'koi8-r', why: 'Cyrillic letters, Russian letter frequencies as KOI8-R' }
      : {
          encoding: 'windows-1251',
          why: 'Cyrillic letters, Russian letter frequencies as Windows-1251',
        };
    let bestShare = topLetterShare(koi8Wins ? koi8Text : w1251Text, RUSSIAN_TOP);
    for (const { encoding, language, letters } of TOP_LETTERS) {
      const share = topLetterShare(new TextDecoder(encoding).decode(sample), letters);
      if (share > bestShare) {
        bestShare = share;
        best = { encoding, why: `${language} letters, ${language} letter frequencies` };
      }
    }
    return best;
  }
  return { encoding: 'windows-1252', why: 'the default for Western text' };
}

/**
 * Characters that make a large share of any text in their language: Japanese kana, the most
 * frequent Hangul syllables, the most frequent Chinese characters (simplified and traditional).
 * In a wrong decoding of the same bytes they are rare.
 */
const COMMON_HANGUL =
  '이다의는에을하고가지한서로기도사리자대어전정수시일년들국적인해있부것게으나라제보만주여상원요장세그위';
/** The most frequent Chinese characters, simplified and (where they differ) traditional. */
const COMMON_HAN =
  '的一是了不在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣開從實軍無與長機';

/** Multi-byte encodings of Chinese, Japanese and Korean, and what their text is full of. */
const MULTI_BYTE: readonly {
  encoding: string;
  language: string;
  common: (c: number, ch: string) => boolean;
}[] = [
  {
    encoding: 'gb18030',
    language: 'Chinese (simplified)',
    common: (_c, ch) => COMMON_HAN.includes(ch),
  },
  {
    encoding: 'big5',
    language: 'Chinese (traditional)',
    common: (_c, ch) => COMMON_HAN.includes(ch),
  },
  { encoding: 'shift_jis', language: 'Japanese', common: (c) => c >= 0x3040 && c <= 0x30ff },
  { encoding: 'euc-jp', language: 'Japanese', common: (c) => c >= 0x3040 && c <= 0x30ff },
  { encoding: 'euc-kr', language: 'Korean', common: (_c, ch) => COMMON_HANGUL.includes(ch) },
];

/** Least share of a decoding's characters that must be common in its language to be chosen. */
const MIN_COMMON_SHARE = 0.15;

/**
 * Guesses a multi-byte encoding of Chinese, Japanese or Korean text (GB18030/GBK, Big5,
 * Shift_JIS, EUC-JP, EUC-KR): each that decodes the sample without an error is scored by the
 * share of its non-ASCII characters that are common in its language (kana for Japanese, the most
 * frequent characters or syllables for Chinese and Korean); the best above
 * {@link MIN_COMMON_SHARE} wins. Null for text with few bytes above 0x7F (Western text).
 */
export function detectMultiByte(bytes: Uint8Array): { encoding: string; why: string } | null {
  let sample = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  for (const b of sample) if (b >= 0x80) high++;
  if (high < 8 || high < sample.length / 10) return null;
  // Cut at the last line break: the sample may end inside a character.
  if (sample.length < bytes.length) {
    const cut = sample.lastIndexOf(0x0a);
    if (cut > 0) sample = sample.subarray(0, cut);
  }
  let best: { encoding: string; why: string } | null = null;
  let bestShare = MIN_COMMON_SHARE;
  for (const { encoding, language, common } of MULTI_BYTE) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(sample);
    } catch {
      continue;
    }
    let wide = 0;
    let hits = 0;
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      if (c < 0x80) continue;
      wide++;
      if (common(c, ch)) hits++;
    }
    const share = wide === 0 ? 0 : hits / wide;
    if (share > bestShare) {
      bestShare = share;
      best = { encoding, why: `${language} text, decoded without an error` };
    }
  }
  return best;
}

const NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
  'windows-1253': 'Windows-1253',
  'windows-1255': 'Windows-1255',
  'windows-1256': 'Windows-1256',
  gb18030: 'GB18030',
  big5: 'Big5',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
};

function displayName(encoding: string): string {
  return NAMES[encoding] ?? encoding;
}

/**
 * Decodes a body or an uploaded file; `charset` is the Content-Type parameter, if any.
 * Throws {@link BinaryData} or {@link UnknownCharset}.
 *
 * @example decodeBytes(new Uint8Array([0x93, 0x48, 0x69, 0x94])).text // '“Hi”'
 */
export function decodeBytes(bytes: Uint8Array, charset?: string, what = 'The body'): DecodedText {
  const declared = charset?.trim().toLowerCase() || undefined;
  // 1. A byte order mark.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    if (text !== null) {
      if (text.includes('\u0000'))
        throw new BinaryData(`${what} contains NUL characters: binary data, not text.`);
      return {
        text,
        encoding: 'utf-8',
        by: 'bom',
        note: 'Read as UTF-8; removed its byte order mark',
      };
    }
  }
  for (const [b0, b1, encoding] of [
    [0xff, 0xfe, 'utf-16le'],
    [0xfe, 0xff, 'utf-16be'],
  ] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(
        bytes.subarray(2),
      );
      if (text.includes('\u0000'))
        throw new BinaryData(`${what} contains NUL characters: binary data, not text.`);
      return {
        text,
        encoding,
        by: 'bom',
        note: `Read as ${displayName(encoding)} (it starts with a byte order mark)`,
      };
    }
  }
  // A declared UTF-16 without a byte order mark.
  if (declared === 'utf-16le' || declared === 'utf-16be' || declared === 'utf-16') {
    const encoding = declared === 'utf-16be' ? 'utf-16be' : 'utf-16le';
    const text = new TextDecoder(encoding).decode(bytes);
    if (text.includes('\u0000'))
      throw new BinaryData(`${what} contains NUL characters: binary data, not text.`);
    return {
      text,
      encoding,
      by: 'declared',
      note: `Read as ${displayName(encoding)}, the charset the text was sent with`,
    };
  }
  // 2. Valid UTF-8.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null && !utf8.includes('\u0000')) {
    const labelledOtherwise =
      declared !== undefined && !UTF8_NAMES.has(declared) && bytes.some((b) => b >= 0x80);
    return {
      text: utf8,
      encoding: 'utf-8',
      by: 'utf-8',
      note: labelledOtherwise
        ? `Read as UTF-8: the text was labelled charset=${declared.slice(0, 40)} but is valid UTF-8`
        : null,
    };
  }
  // 3. Binary data.
  checkNotBinary(bytes, what);
  // 4. The declared charset: Content-Type, else an HTML page's own <meta charset>.
  if (declared !== undefined && !UTF8_NAMES.has(declared)) {
    const decoder = decoderFor(declared);
    if (!decoder) throw new UnknownCharset(declared.slice(0, 40));
    return {
      text: decoder.decode(bytes),
      encoding: decoder.encoding,
      by: 'declared',
      note: `Read as ${displayName(decoder.encoding)}, the charset the text was sent with`,
    };
  }
  const xml = declared === undefined ? xmlEncoding(bytes) : undefined;
  const meta = declared === undefined && xml === undefined ? metaCharset(bytes) : undefined;
  const own = xml ?? meta;
  const metaDecoder = own && !UTF8_NAMES.has(own) ? decoderFor(own) : null;
  if (metaDecoder) {
    return {
      text: metaDecoder.decode(bytes),
      encoding: metaDecoder.encoding,
      by: 'declared',
      note:
        xml !== undefined
          ? `Read as ${displayName(metaDecoder.encoding)}, the encoding its XML declaration names`
          : `Read as ${displayName(metaDecoder.encoding)}, the charset the page declares in its <meta>`,
    };
  }
  // 5. Detected: a multi-byte encoding of Chinese, Japanese or Korean, 6. else a single-byte one.
  const { encoding, why } = detectMultiByte(bytes) ?? detectSingleByte(bytes);
  const text = new TextDecoder(encoding).decode(bytes);
  return {
    text,
    encoding,
    by: 'detected',
    note: `Read as ${displayName(encoding)} (detected: ${why}): the text is not valid UTF-8${declared ? ' although labelled so' : ''}; name the charset in Content-Type if this is wrong`,
  };
}

/**
 * The charset an HTML page declares in its first 1024 bytes (`<meta charset="windows-1251">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`), as the WHATWG
 * prescan looks for it; bounded, no backtracking beyond one tag.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const m = /<meta\s[^<>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/**
 * The encoding an XML document's declaration names (`<?xml version="1.0" encoding="ISO-8859-2"?>`,
 * as Transcriber, caption tools and DCP subtitle writers save their files), when the declaration
 * opens the bytes; bounded to the one declaration.
 */
export function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 256));
  const m = /^\s{0,16}<\?xml\s[^<>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_:.-]{1,40})["']/.exec(
    head,
  );
  return m?.[1]?.toLowerCase();
}

/** The document message for a decoding's note (`encoding`, info, about the whole text). */
export function encodingMessages(decoded: DecodedText | null): Message[] {
  if (!decoded?.note) return [];
  return [
    {
      ruleId: 'encoding',
      reason: decoded.note,
      line: null,
      column: null,
      severity: 'info',
      source: 'encoding',
    },
  ];
}

/** The `charset` parameter of a Content-Type header value, if any (`text/plain; charset=koi8-r`). */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]{1,64})/i.exec((contentType ?? '').slice(0, 1000));
  return m?.[1];
}
