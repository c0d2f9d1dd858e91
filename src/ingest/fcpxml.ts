/**
 * Final Cut Pro X's interchange XML (`.fcpxml`, `<fcpxml version="1.x">`) as timed input, read as
 * `ttml` (as DCP subtitles are): each `<caption>` (FCP's closed captions, iTT/SRT/CEA-608 roles)
 * is a cue, its `<text>` the words (`<text-style>` runs joined, a line break a row).
 * - Times are rational seconds (`3003/1000s`, `5s`). An element's `offset` counts in its parent
 *   clip's own time, which begins at the parent's `start`: a connected caption's time in the
 *   sequence is its parent's time plus its offset less the parent's start; a storyline
 *   (`<spine>`) keeps its parent's time; the sequence's time begins at its `tcStart`.
 * - Captions in several languages (the role's `captionFormat=ITT.en`): the language with the most
 *   captions is read, the others reported (`caption-other-language`, their words in `actual`).
 * - `<title>` elements (titles laid over the picture) are the subtitles of a file without
 *   captions; beside captions they are on-screen graphics (straps, lower thirds), not what is
 *   said: reported (`caption-metadata`, their words in `actual`).
 * - A caption whose offset or duration is no rational time is `caption-bad-cue`, words kept out.
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

/** True when the XML's root element is `<fcpxml>` (after a declaration, doctype, comments). */
export function looksLikeFcpxml(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!(?:--[^>]{0,300}|DOCTYPE[^>[]{0,200})>\s*){0,4}<fcpxml[\s>]/i.test(
    text.slice(0, 2048),
  );
}

/** Rational seconds (`3003/1000s`, `5s`, `0s`) in ms; NaN when not one. */
function rationalMs(value: string | undefined): number {
  const m = /^\s*(-?\d{1,15})(?:\/(\d{1,15}))?s\s*$/.exec(value ?? '');
  return m ? (Number(m[1]) * 1000) / Number(m[2] ?? 1) : Number.NaN;
}

/** A caption or title being read: its time (NaN when it does not parse), language and rows. */
interface Item {
  title: boolean;
  startMs: number;
  endMs: number;
  language: string;
  line: number;
  rows: SourcedLine[];
}

/**
 * Reads an FCPXML document's captions (or titles) to cues.
 *
 * @example fcpxmlToLines('<fcpxml version="1.9"><caption offset="1s" duration="2s"><text>Hello.</text></caption></fcpxml>').text // 'Hello.'
 */
export function fcpxmlToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lineOf = lineCounter(source);
  const items: Item[] = [];
  /** Each open element's time frame: where its own time's `start` falls in the sequence (ms). */
  const frames: [number, number][] = [];
  let frame: [number, number] = [0, 0];
  let item: Item | null = null;
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const line = lineOf(parser.startIndex);
        frames.push(frame);
        // A clip with an offset opens a time frame for what it holds (a storyline keeps its own).
        if (name === 'sequence') frame = [0, rationalMs(attribs.tcStart) || 0];
        else if (attribs.offset !== undefined && name !== 'spine')
          frame = [
            frame[0] + rationalMs(attribs.offset) - frame[1],
            rationalMs(attribs.start) || 0,
          ];
        else if (name === 'caption' || name === 'title') frame = [Number.NaN, 0];
        if ((name === 'caption' || name === 'title') && !item) {
          item = {
            title: name === 'title',
            startMs: frame[0],
            endMs: frame[0] + rationalMs(attribs.duration),
            language: /captionFormat=[\w-]+\.([\w-]+)/.exec(attribs.role ?? '')?.[1] ?? '',
            line,
            rows: [],
          };
        }
        if (name === 'text' && item) inText = true;
        else if (name === 'br' && inText) item?.rows.push({ text: '', line });
      },
      ontext(data) {
        if (!inText || !item) return;
        const line = lineOf(parser.startIndex);
        data.split('\n').forEach((text, k) => {
          const row = k === 0 ? item?.rows.at(-1) : undefined;
          if (row) row.text += text;
          else item?.rows.push({ text, line: line + k });
        });
      },
      onclosetag(name) {
        if (name === 'text') inText = false;
        else if (item && name === (item.title ? 'title' : 'caption')) {
          items.push(item);
          item = null;
        }
        frame = frames.pop() ?? frame;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source.replace(/^\uFEFF/, ''));
  parser.end();

  // Captions are the subtitles, in the language of the most (the first seen on a tie); a role
  // without a language is any. A file without captions has its titles.
  const captions = items.some((it) => !it.title);
  const counts = new Map<string, number>();
  let language = '';
  for (const it of items) {
    if (it.title || !it.language) continue;
    const n = (counts.get(it.language) ?? 0) + 1;
    counts.set(it.language, n);
    if (n > (counts.get(language) ?? 0)) language = it.language;
  }
  const cues: Cue[] = [];
  const dropped: SourcedLine[][] = [[], [], []];
  for (const it of items) {
    const rows = it.rows
      .map((r) => ({ text: r.text.replace(/\s+/g, ' ').trim(), line: r.line }))
      .filter((r) => r.text !== '');
    if (rows.length === 0) continue;
    const which =
      it.title === captions
        ? 0
        : it.language && it.language !== language
          ? 1
          : it.endMs >= it.startMs
            ? -1
            : 2;
    if (which >= 0)
      dropped[which]?.push({ text: rows.map((r) => r.text).join(' '), line: it.line });
    else
      cues.push({
        startMs: Math.round(it.startMs),
        endMs: Math.round(it.endMs),
        lines: rows.map((r) => ({ ...r, text: escapeCueText(r.text) })),
      });
  }
  const [titles = [], others = [], bad = []] = dropped;
  const messages: Message[] = [];
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-metadata',
      titles,
      `Left out ${titles.length} title(s) over the picture (lower thirds): the captions are what is said`,
    ),
  );
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-other-language',
      others,
      `Read the captions in ${language}; left out ${others.length} in other languages`,
      'warning',
    ),
  );
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} caption(s) whose offset or duration is no rational time`,
      'warning',
    ),
  );
  return cuesToLines(cues, options, [], messages);
}
