/**
 * EBU STL writer (`output=stl`, EBU Tech 3264): a binary file of one 1024-byte GSI block (General
 * Subtitle Information, in code page 850 text fields) and one 128-byte TTI block (Text and Timing
 * Information) per subtitle, from the cue list `compileSubtitles` builds.
 *
 * - GSI: code page `850`, DFC `STL25.01` (25 fps) or `STL30.01` (29.97/30), DSC `1` (Teletext
 *   level 1), character code table `00` (Latin, ISO 6937) or `01` (Cyrillic, ISO 8859-5) by the
 *   document's language, language code, the document's title, creation/revision date, TNB/TNS/TNG
 *   counts, maximum characters per row and rows, the start-of-programme timecode (`start`).
 * - TTI: subtitle number, time code in/out as binary h/m/s/frames, vertical position (bottom
 *   rows 21-22, or 20 and 22 double height), centred, and the text field: each row boxed
 *   (start box 0x0B 0x0B … end box 0x0A 0x0A), double height 0x0D when asked, rows separated by
 *   0x8A (twice for double height), padded with 0x8F. A text field longer than 112 bytes goes on
 *   in extension blocks (EBN 0, 1, … then 0xFF).
 *
 * Characters the code table lacks are transliterated and reported (`stl-transliterated`).
 */

import type { Message, ScriptDocument } from '../core/document.ts';
import { HAS_MARK } from '../core/letter-patterns.ts';
import { CYRILLIC_TO_LATIN as CYRILLIC } from '../core/romanize.ts';
import type { ResolvedOptions } from '../options.ts';
import type { RenderContext, Renderer } from '../outputs/types.ts';
import { compileShared, type compileSubtitles } from './compile.ts';
import {
  deliverableOptions,
  type FormatLimits,
  type FrameRate,
  frameRate,
  msToFrame,
  optionMessages,
  timecodeParts,
} from './frames.ts';
import { parseTimeValue } from './timecode.ts';

export const STL_CONTENT_TYPE = 'application/x-ebu-stl';

/** Teletext rows hold 40 cells; the boxing codes leave 38, and the profile keeps 37. */
export const STL_LIMITS: FormatLimits = {
  profile: 'stl',
  maxCharsPerLine: 38,
  maxLines: 3,
  rates: [25, 30_000 / 1001, 29.97, 30],
  fallbackFps: 25,
};

const GSI_SIZE = 1024;
const TTI_SIZE = 128;
const TF_SIZE = 112;

/** Tech 3264 language codes (Appendix 3) for the languages scriptdesk detects and more. */
const LANGUAGE_CODES: Readonly<Record<string, number>> = {
  sq: 0x01,
  br: 0x02,
  ca: 0x03,
  hr: 0x04,
  cy: 0x05,
  cs: 0x06,
  da: 0x07,
  de: 0x08,
  en: 0x09,
  es: 0x0a,
  eo: 0x0b,
  et: 0x0c,
  eu: 0x0d,
  fo: 0x0e,
  fr: 0x0f,
  fy: 0x10,
  ga: 0x11,
  gd: 0x12,
  gl: 0x13,
  is: 0x14,
  it: 0x15,
  lv: 0x18,
  lb: 0x19,
  lt: 0x1a,
  hu: 0x1b,
  mt: 0x1c,
  nl: 0x1d,
  no: 0x1e,
  pl: 0x20,
  pt: 0x21,
  ro: 0x22,
  sr: 0x24,
  sk: 0x25,
  sl: 0x26,
  fi: 0x27,
  sv: 0x28,
  tr: 0x29,
  uk: 0x49,
  ru: 0x56,
  bg: 0x77,
  be: 0x79,
  el: 0x70,
  mk: 0x63,
};

/** Languages written in Cyrillic: character code table 01 (ISO 8859-5). */
const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(['ru', 'uk', 'bg', 'be', 'mk', 'sr']);

/** ISO 6937 single bytes above ASCII (code table 00). */
export const ISO6937_SINGLE: Readonly<Record<string, number>> = {
  '\u00a0': 0xa0,
  '¡': 0xa1,
  '¢': 0xa2,
  '£': 0xa3,
  '¥': 0xa5,
  '§': 0xa7,
  '¤': 0xa8,
  '‘': 0xa9,
  '“': 0xaa,
  '«': 0xab,
  '←': 0xac,
  '↑': 0xad,
  '→': 0xae,
  '↓': 0xaf,
  '°': 0xb0,
  '±': 0xb1,
  '²': 0xb2,
  '³': 0xb3,
  '×': 0xb4,
  µ: 0xb5,
  '¶': 0xb6,
  '·': 0xb7,
  '÷': 0xb8,
  '’': 0xb9,
  '”': 0xba,
  '»': 0xbb,
  '¼': 0xbc,
  '½': 0xbd,
  '¾': 0xbe,
  '¿': 0xbf,
  '—': 0xd0,
  '¹': 0xd1,
  '®': 0xd2,
  '©': 0xd3,
  '™': 0xd4,
  '♪': 0xd5,
  '¬': 0xd6,
  '¦': 0xd7,
  '⅛': 0xdc,
  '⅜': 0xdd,
  '⅝': 0xde,
  '⅞': 0xdf,
  Ω: 0xe0,
  Æ: 0xe1,
  Ð: 0xe2,
  ª: 0xe3,
  Ħ: 0xe4,
  Ĳ: 0xe6,
  Ŀ: 0xe7,
  Ł: 0xe8,
  Ø: 0xe9,
  Œ: 0xea,
  º: 0xeb,
  Þ: 0xec,
  Ŧ: 0xed,
  Ŋ: 0xee,
  ŉ: 0xef,
  ĸ: 0xf0,
  æ: 0xf1,
  đ: 0xf2,
  ð: 0xf3,
  ħ: 0xf4,
  ı: 0xf5,
  ĳ: 0xf6,
  ŀ: 0xf7,
  ł: 0xf8,
  ø: 0xf9,
  œ: 0xfa,
  ß: 0xfb,
  þ: 0xfc,
  ŧ: 0xfd,
  ŋ: 0xfe,
};

/** ISO 6937 non-spacing diacritical prefixes (0xC1-0xCF) by Unicode combining mark. */
export const ISO6937_DIACRITICS: Readonly<Record<string, number>> = {
  '\u0300': 0xc1,
  '\u0301': 0xc2,
  '\u0302': 0xc3,
  '\u0303': 0xc4,
  '\u0304': 0xc5,
  '\u0306': 0xc6,
  '\u0307': 0xc7,
  '\u0308': 0xc8,
  '\u030a': 0xca,
  '\u0327': 0xcb,
  '\u030b': 0xcd,
  '\u0328': 0xce,
  '\u030c': 0xcf,
};

/** Plain replacements for characters neither table has. */
const FALLBACK: Readonly<Record<string, string>> = {
  '–': '-',
  '‒': '-',
  '―': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '…': '...',
  '‚': ',',
  '„': '"',
  '‟': '"',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '«': '"',
  '»': '"',
  '—': '-',
  '€': 'EUR',
  '\u202f': ' ',
  '\u2009': ' ',
  '№': 'No.',
};

/** Cyrillic letters in ISO 8859-5 (code table 01). */
function iso8859_5(ch: string): number | null {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x0410 && c <= 0x044f) return c - 0x0410 + 0xb0;
  if (c >= 0x0401 && c <= 0x040c) return c - 0x0401 + 0xa1;
  if (c === 0x040e || c === 0x040f) return c - 0x040e + 0xae;
  if (c >= 0x0451 && c <= 0x045c) return c - 0x0451 + 0xf1;
  if (c === 0x045e || c === 0x045f) return c - 0x045e + 0xfe;
  if (c === 0x2116) return 0xf0;
  if (c === 0xa7) return 0xfd;
  if (c === 0xa0) return 0xa0;
  return null;
}

function iso6937(ch: string): number[] | null {
  const single = ISO6937_SINGLE[ch];
  if (single !== undefined) return [single];
  const parts = [...ch.normalize('NFD')];
  if (parts.length === 2) {
    const [base, mark] = parts as [string, string];
    const prefix = ISO6937_DIACRITICS[mark];
    if (prefix !== undefined && /^[A-Za-z]$/.test(base)) return [prefix, base.charCodeAt(0)];
  }
  return null;
}

/** Text in one code table, with the characters it had to replace and the text as it reads. */
export function encodeStlText(
  line: string,
  cyrillic: boolean,
): { bytes: number[]; replaced: string[]; text: string } {
  const bytes: number[] = [];
  const replaced: string[] = [];
  // Printable ASCII (nearly every English line) is its own bytes in both code tables.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) break;
    bytes.push(c);
  }
  if (bytes.length === line.length) return { bytes, replaced, text: line };
  bytes.length = 0;
  let text = '';
  const encodeOne = (ch: string): number[] | null => {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x20 && c <= 0x7e) return [c];
    return cyrillic ? (iso8859_5(ch) === null ? null : [iso8859_5(ch) as number]) : iso6937(ch);
  };
  for (const ch of line.normalize('NFC')) {
    const direct = encodeOne(ch);
    if (direct) {
      bytes.push(...direct);
      text += ch;
      continue;
    }
    if (!replaced.includes(ch)) replaced.push(ch);
    let substitute = FALLBACK[ch];
    if (substitute === undefined && !cyrillic) {
      const lower = ch.toLowerCase();
      const roman = CYRILLIC[lower];
      if (roman !== undefined)
        substitute = ch === lower ? roman : roman.charAt(0).toUpperCase() + roman.slice(1);
    }
    if (substitute === undefined) {
      substitute = [...ch.normalize('NFD')].filter((p) => !HAS_MARK.test(p)).join('');
    }
    for (const s of substitute) {
      const encoded = encodeOne(s);
      bytes.push(...(encoded ?? [0x3f]));
      text += encoded ? s : '?';
    }
  }
  return { bytes, replaced, text };
}

/** A GSI text field: ASCII (a subset of code page 850), space padded, cut to `size`. */
function field(value: string, size: number): number[] {
  const out: number[] = [];
  for (const ch of value.normalize('NFD')) {
    if (out.length >= size) break;
    const c = ch.codePointAt(0) ?? 0;
    if (HAS_MARK.test(ch)) continue;
    if (c >= 0x20 && c <= 0x7e) out.push(c);
    else {
      const roman = CYRILLIC[ch.toLowerCase()];
      const text =
        roman === undefined ? '?' : ch === ch.toLowerCase() ? roman : roman.toUpperCase();
      for (const r of text) if (out.length < size) out.push(r.charCodeAt(0));
    }
  }
  while (out.length < size) out.push(0x20);
  return out;
}

const digits = (n: number, width: number): string => String(n).padStart(width, '0');

function timecodeField(frame: number, rate: FrameRate): string {
  const { h, m, s, f } = timecodeParts(frame, rate);
  return `${digits(h, 2)}${digits(m, 2)}${digits(s, 2)}${digits(f, 2)}`;
}

/** `YYMMDD` of a `YYYY-MM-DD` date (the print header's `date` option) or of today (UTC). */
function yymmdd(date: string | undefined): string {
  const iso = date && /^\d{4}-\d\d-\d\d$/.test(date) ? date : new Date().toISOString().slice(0, 10);
  return iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

export interface StlBuild {
  bytes: Uint8Array;
  messages: Message[];
}

/**
 * The STL file for a document's cues.
 *
 * @example buildStl(doc, compiled.cues, frameRate(25, false), { … }).bytes.length // 1024 + 128 × blocks
 */
export function buildStl(
  doc: ScriptDocument,
  cues: ReturnType<typeof compileSubtitles>['cues'],
  rate: FrameRate,
  settings: {
    doubleHeight: boolean;
    maxChars: number;
    maxRows: number;
    startFrame: number;
    date?: string;
  },
): StlBuild {
  const language = (doc.language || '').toLowerCase().split('-')[0] ?? '';
  const cyrillic = CYRILLIC_LANGUAGES.has(language);
  const messages: Message[] = [];
  const blocks: Uint8Array[] = [];
  cues.forEach((cue, i) => {
    const rows: number[][] = [];
    const replaced = new Set<string>();
    for (const line of cue.lines) {
      const encoded = encodeStlText(line, cyrillic);
      for (const ch of encoded.replaced) replaced.add(ch);
      rows.push(encoded.bytes);
    }
    if (replaced.size > 0) {
      messages.push({
        ruleId: 'stl-transliterated',
        reason: `Cue ${cue.index}: the ${cyrillic ? 'Cyrillic (ISO 8859-5)' : 'Latin (ISO 6937)'} code table has no ${[...replaced].map((c) => `“${c}”`).join(', ')}; replaced by the nearest characters.`,
        line: cue.line,
        column: null,
        severity: 'warning',
        actual: cue.lines.join('\n'),
      });
    }
    const tf: number[] = [];
    rows.forEach((row, r) => {
      if (r > 0) tf.push(...(settings.doubleHeight ? [0x8a, 0x8a] : [0x8a]));
      if (settings.doubleHeight) tf.push(0x0d);
      tf.push(0x0b, 0x0b);
      // One push per byte: a spread of a very long row (one long word) would overflow the stack.
      for (const byte of row) tf.push(byte);
      tf.push(0x0a, 0x0a);
    });
    const step = settings.doubleHeight ? 2 : 1;
    const vp = Math.max(1, 22 - step * (rows.length - 1));
    const tci = timecodeParts(msToFrame(cue.startMs, rate), rate);
    const tco = timecodeParts(msToFrame(cue.endMs, rate), rate);
    const chunks = Math.max(1, Math.ceil(tf.length / TF_SIZE));
    for (let c = 0; c < chunks; c++) {
      const block = new Uint8Array(TTI_SIZE);
      const view = new DataView(block.buffer);
      block[0] = 0; // SGN: subtitle group 0
      view.setUint16(1, i, true); // SN, little-endian
      block[3] = c === chunks - 1 ? 0xff : c; // EBN
      block[4] = 0; // CS: not cumulative
      block.set([tci.h, tci.m, tci.s, tci.f], 5);
      block.set([tco.h, tco.m, tco.s, tco.f], 9);
      block[13] = vp;
      block[14] = 0x02; // JC: centred
      block[15] = 0x00; // CF: subtitle data
      const part = tf.slice(c * TF_SIZE, (c + 1) * TF_SIZE);
      block.fill(0x8f, 16);
      block.set(part, 16);
      blocks.push(block);
    }
  });

  const dfc = rate.nominal === 25 ? 'STL25.01' : 'STL30.01';
  const date = yymmdd(settings.date);
  const title = doc.title ?? doc.slug;
  const firstIn = cues[0] ? timecodeField(msToFrame(cues[0].startMs, rate), rate) : '00000000';
  const gsi = [
    ...field('850', 3), // CPN: code page of the GSI text fields
    ...field(dfc, 8), // DFC
    ...field('1', 1), // DSC: Teletext level 1
    ...field(cyrillic ? '01' : '00', 2), // CCT
    ...field((LANGUAGE_CODES[language] ?? 0).toString(16).toUpperCase().padStart(2, '0'), 2),
    ...field(title, 32), // OPT: original programme title
    ...field('', 32), // OET
    ...field('', 32), // TPT
    ...field('', 32), // TET
    ...field('', 32), // TN
    ...field('', 32), // TCD
    ...field(doc.slug, 16), // SLR: subtitle list reference
    ...field(date, 6), // CD
    ...field(date, 6), // RD
    ...field('00', 2), // RN
    ...field(digits(blocks.length, 5), 5), // TNB: TTI blocks
    ...field(digits(cues.length, 5), 5), // TNS: subtitles
    ...field('001', 3), // TNG: subtitle groups
    ...field(digits(settings.maxChars, 2), 2), // MNC
    ...field(digits(settings.maxRows, 2), 2), // MNR
    ...field('1', 1), // TCS: time codes intended for use
    ...field(timecodeField(settings.startFrame, rate), 8), // TCP: start of programme
    ...field(firstIn, 8), // TCF: first in-cue
    ...field('1', 1), // TND: disks
    ...field('1', 1), // DSN: disk number
    ...field('', 3), // CO
    ...field(doc.outlet ?? '', 32), // PUB
    ...field('', 32), // EN: editor's name (the subtitle editor, not the reporter)
    ...field('', 32), // ECD
    ...field('', 75), // spare
    ...field('', 576), // UDA
  ];
  const out = new Uint8Array(GSI_SIZE + TTI_SIZE * blocks.length);
  out.set(gsi, 0);
  blocks.forEach((block, b) => {
    out.set(block, GSI_SIZE + b * TTI_SIZE);
  });
  return { bytes: out, messages };
}

/**
 * `output=stl`.
 *
 * @example renderStl(doc, optionsSchema().parse({ fps: 25 })).body // Uint8Array: GSI 'STL25.01' …
 */
export const renderStl: Renderer = (
  doc: ScriptDocument,
  options: ResolvedOptions,
  context?: RenderContext,
) => {
  const { options: o, notes } = deliverableOptions(options, STL_LIMITS);
  const compiled = compileShared(doc, o, context?.subtitles);
  const rate = frameRate(o.fps, o.dropFrame);
  const startMs = parseTimeValue(o.start, rate.fps);
  const built = buildStl(doc, compiled.cues, rate, {
    doubleHeight: o.stlDoubleHeight,
    maxChars: compiled.limits.maxCharsPerLine,
    maxRows: 23,
    startFrame: startMs === null ? 0 : msToFrame(startMs, rate),
    date: o.date,
  });
  return {
    body: built.bytes,
    contentType: STL_CONTENT_TYPE,
    extension: 'stl',
    messages: [...optionMessages(notes), ...compiled.messages, ...built.messages],
  };
};
