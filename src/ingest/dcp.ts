/**
 * Digital cinema subtitles (DCP) as timed input, read as `ttml` (they come as `.xml`): Interop
 * `<DCSubtitle>` (CineCanvas) and SMPTE ST 428-7 `<SubtitleReel>`. Each `<Subtitle TimeIn
 * TimeOut>` is a cue, each `<Text>` in it a row (top to bottom by `VAlign`/`VPosition`).
 * - Interop times are `HH:MM:SS:TTT`, ticks of 4 ms (250 a second); SMPTE times `HH:MM:SS:FF`,
 *   frames at `<TimeCodeRate>` (else the `<EditRate>`, else 24). `HH:MM:SS.mmm` is read too.
 * - The title is `<MovieTitle>` (Interop) or `<ContentTitleText>` (SMPTE); the other head
 *   elements (ids, reel, language, fonts, rates) are `caption-metadata`.
 * - A subtitle given as an `<Image>` (a bitmap) has no words: reported (`caption-bad-cue`), as is
 *   one whose time does not parse.
 */
import { Parser } from 'htmlparser2';
import type { Message } from '../core/document.ts';
import {
  droppedLinesMessage,
  type IngestedText,
  keepMessage,
  lineCounter,
  type SourcedLine,
} from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

/** True when the XML's root is a DCP subtitle document (`<DCSubtitle>` or `<SubtitleReel>`). */
export function looksLikeDcpSubtitles(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,300}>\s*){0,4}<(?:\w{1,20}:)?(?:DCSubtitle|SubtitleReel)[\s>]/.test(
    text.slice(0, 2048),
  );
}

interface Row {
  text: string;
  /** Sort key: smaller is higher on the screen. */
  place: number;
}

/** The ms of a DCP time: ticks of 4 ms (3 digits, Interop), frames at `fps` (2), or `.mmm`. */
function dcpTime(value: string | undefined, fps: number): number | null {
  const m = /^(\d{1,2}):(\d\d):(\d\d)([:.])(\d{1,3})$/.exec((value ?? '').trim());
  if (!m) return null;
  const [h, mm, s] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const part = m[5] as string;
  const n = Number(part);
  if (mm > 59 || s > 59) return null;
  let ms: number;
  if (m[4] === '.') ms = Number(`0.${part}`) * 1000;
  else if (part.length === 3) {
    if (n >= 250) return null;
    ms = n * 4;
  } else {
    if (n >= Math.round(fps)) return null;
    ms = (n * 1000) / fps;
  }
  return Math.round(((h * 60 + mm) * 60 + s) * 1000 + ms);
}

const TITLE_ELEMENTS: ReadonlySet<string> = new Set(['movietitle', 'contenttitletext']);
const HEAD_ELEMENTS: ReadonlySet<string> = new Set([
  'subtitleid',
  'id',
  'reelnumber',
  'language',
  'annotationtext',
  'issuedate',
  'editrate',
  'timecoderate',
  'starttime',
  'displaytype',
]);

/**
 * Reads a DCP subtitle document to cues.
 *
 * @example dcpToLines('<DCSubtitle Version="1.0"><Subtitle TimeIn="00:00:01:000" TimeOut="00:00:03:000"><Text>Hello.</Text></Subtitle></DCSubtitle>').text // 'Hello.'
 */
export function dcpToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lineOf = lineCounter(source);
  const head = source.slice(0, 8192);
  const rate =
    /<(?:\w+:)?TimeCodeRate>\s*(\d{1,3})\s*</.exec(head)?.[1] ??
    /<(?:\w+:)?EditRate>\s*(\d{1,3})\s+1\s*</.exec(head)?.[1];
  const fps = rate && Number(rate) > 0 ? Number(rate) : 24;
  const cues: Cue[] = [];
  const metadata: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let title: string | null = null;
  let images = 0;
  let imageLine: number | null = null;
  let fonts = 0;
  let fontLine: number | null = null;
  const smpte = /<(?:\w{1,20}:)?SubtitleReel[\s>]/.test(head);
  /** The subtitle being read: its times, source line and rows. */
  let current: { start: string; end: string; line: number; rows: Row[] } | null = null;
  let row: Row | null = null;
  /** A head element whose text is being read. */
  let field: { name: string; text: string; line: number } | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const name = (tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag).toLowerCase();
        const attr = (key: string): string | undefined => {
          for (const [k, v] of Object.entries(attribs)) if (k.toLowerCase() === key) return v;
          return undefined;
        };
        const line = lineOf(parser.startIndex);
        if (name === 'subtitle') {
          current = { start: attr('timein') ?? '', end: attr('timeout') ?? '', line, rows: [] };
        } else if (name === 'text' && current) {
          const valign = (attr('valign') ?? 'center').toLowerCase();
          const vpos = Number(attr('vposition') ?? 0) || 0;
          const place = valign === 'top' ? vpos : valign === 'bottom' ? 200 - vpos : 100 + vpos;
          row = { text: '', place };
        } else if (name === 'image' && current) {
          images++;
          imageLine ??= line;
        } else if (TITLE_ELEMENTS.has(name) || HEAD_ELEMENTS.has(name)) {
          field = { name, text: '', line };
        } else if (name === 'font') {
          fonts++;
          fontLine ??= line;
        } else if (name === 'loadfont') {
          metadata.push({ text: `LoadFont ${attr('uri') ?? attr('id') ?? ''}`.trim(), line });
        }
      },
      ontext(data) {
        if (row) row.text += data;
        else if (field) field.text += data;
      },
      onclosetag(tag) {
        const name = (tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag).toLowerCase();
        if (name === 'text' && row && current) {
          const text = row.text.replace(/\s+/g, ' ').trim();
          if (text) current.rows.push({ ...row, text });
          row = null;
        } else if (name === 'subtitle' && current) {
          const sub = current;
          current = null;
          const words = sub.rows.map((r) => r.text).join('\n');
          const startMs = dcpTime(sub.start, fps);
          const endMs = dcpTime(sub.end, fps);
          if (startMs === null || endMs === null) {
            bad.push({ text: `${sub.start} ${sub.end} ${words}`.trim(), line: sub.line });
            return;
          }
          if (sub.rows.length === 0) return;
          const rows = [...sub.rows].sort((a, b) => a.place - b.place);
          cues.push({
            startMs,
            endMs,
            lines: rows.map((r) => ({ text: escapeCueText(r.text), line: sub.line })),
          });
        } else if (field && name === field.name) {
          const text = field.text.replace(/\s+/g, ' ').trim();
          if (TITLE_ELEMENTS.has(name) && text) title ??= text;
          if (text) metadata.push({ text: `${tag}: ${text}`, line: field.line });
          field = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source.replace(/^\uFEFF/, ''));
  parser.end();

  const messages: Message[] = [];
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-metadata',
      metadata,
      `Read the DCP subtitle head as metadata, not words (${smpte ? `SMPTE: frames at ${fps} fps` : 'Interop: times in ticks of 4 ms'}${title ? '; the title from it' : ''})`,
    ),
  );
  if (fonts > 0) {
    messages.push({
      ruleId: 'caption-styling',
      reason: `Dropped the settings of ${fonts} <Font> element(s) (face, size, colour, italics)`,
      line: fontLine,
      column: 1,
      severity: 'info',
    });
  }
  if (images > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `${images} subtitle(s) are images (<Image>), not text: no words to read`,
      line: imageLine,
      column: 1,
      severity: 'warning',
    });
  }
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} subtitle(s) whose TimeIn or TimeOut does not parse`,
      'warning',
    ),
  );
  const result = cuesToLines(cues, options, [], messages);
  if (title) result.hints = { ...result.hints, title };
  return result;
}
