/**
 * TTML writers: IMSC 1.1 Text profile (`output=imsc`, what Netflix and most OTT platforms take)
 * and EBU-TT-D 1.0.1 (`output=ebu-tt-d`, European broadcasters' online delivery). Both come from
 * the cue list `compileSubtitles` builds, so their lines, breaks and times are the SRT's. Times
 * are media-time clock values `HH:MM:SS.mmm` (the form EBU-TT-D mandates); IMSC also declares
 * `ttp:frameRate` and `ttp:frameRateMultiplier` for the chosen rate. Each line is a span on a
 * black background, centred in a bottom region of 80 % of the frame (percent origin and extent).
 */

import { formatHms } from '../core/clock.ts';
import type { ScriptDocument } from '../core/document.ts';
import type { ResolvedOptions } from '../options.ts';
import type { RenderContext, TextRenderer } from '../outputs/types.ts';
import { renderTemplate } from '../templates.ts';
import { type CompiledSubtitles, compileShared } from './compile.ts';
import { deliverableOptions, type FormatLimits, frameRate } from './frames.ts';

export const TTML_CONTENT_TYPE = 'application/ttml+xml; charset=utf-8';

/** TTML formats have no column grid: the profile's limits apply as they are. */
const TTML_LIMITS: FormatLimits = {
  profile: 'netflix',
  maxCharsPerLine: 120,
  maxLines: 4,
  rates: null,
  fallbackFps: 25,
};

/** True for a UTF-16 code unit XML 1.0 allows (lone surrogates are checked by the caller). */
function xmlUnit(c: number): boolean {
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  return c !== 0xfffe && c !== 0xffff;
}

/** Drops what XML 1.0 does not allow: C0 controls but tab/LF/CR, U+FFFE, U+FFFF, lone surrogates. */
function xmlChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c > 0xffff || (xmlUnit(c) && (c < 0xd800 || c > 0xdfff))) out += ch;
  }
  return out;
}

/** True when `text` has nothing to escape or drop (nearly every subtitle line). */
function plainXml(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22) return false;
    if ((c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return false;
  }
  return true;
}

/** Text for XML content and attribute values: `&`, `<`, `>`, `"` escaped, invalid characters dropped. */
export function escapeXml(text: string): string {
  if (plainXml(text)) return text;
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function cueMarkup(lines: readonly string[], prefix: string): string {
  return lines
    .map((line) => `<${prefix}span style="line">${escapeXml(line)}</${prefix}span>`)
    .join(`<${prefix}br/>`);
}

/** The view both TTML templates place: every field precomputed and escaped. */
export function ttmlView(doc: ScriptDocument, compiled: CompiledSubtitles, fps: number) {
  const rate = frameRate(fps, false);
  return {
    lang: escapeXml(doc.language || 'und'),
    title: escapeXml(doc.title ?? doc.slug),
    frameRate: String(rate.nominal),
    frameRateMultiplier: rate.denominator === 1001 ? '1000 1001' : null,
    cues: compiled.cues.map((cue) => ({
      index: cue.index,
      // `HH:MM:SS.mmm` media time (TTML clock time; EBU-TT-D's mandated form).
      begin: formatHms(cue.startMs, '.'),
      end: formatHms(cue.endMs, '.'),
      text: cueMarkup(cue.lines, ''),
      ebuText: cueMarkup(cue.lines, 'tt:'),
    })),
  };
}

function renderTtml(output: 'imsc' | 'ebu-tt-d', extension: string): TextRenderer {
  return (doc: ScriptDocument, options: ResolvedOptions, context?: RenderContext) => {
    const { options: o } = deliverableOptions(options, TTML_LIMITS);
    const compiled = compileShared(doc, o, context?.subtitles);
    return {
      body: renderTemplate(output, options.template, ttmlView(doc, compiled, o.fps)),
      contentType: TTML_CONTENT_TYPE,
      extension,
      messages: [...compiled.messages],
    };
  };
}

/**
 * `output=imsc`: IMSC 1.1 Text profile TTML.
 *
 * @example renderImsc(doc, optionsSchema().parse({ fps: 23.976 })).body // '…ttp:frameRate="24" ttp:frameRateMultiplier="1000 1001"…'
 */
export const renderImsc: TextRenderer = renderTtml('imsc', 'ttml');

/**
 * `output=ebu-tt-d`: EBU-TT-D 1.0.1 (Tech 3380), `ebuttm:conformsToStandard` 2018-04.
 *
 * @example renderEbuTtD(doc, optionsSchema().parse({})).body // '…<tt:p xml:id="c1" … begin="00:00:00.000"…'
 */
export const renderEbuTtD: TextRenderer = renderTtml('ebu-tt-d', 'xml');
