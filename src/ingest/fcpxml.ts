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

/** Rational seconds (`3003/1000s`, `5s`, `0s`) in ms, or null. */
function rationalMs(value: string | undefined): number | null {
  const m = /^\s*(-?\d{1,15})(?:\/(\d{1,15}))?s\s*$/.exec(value ?? '');
  if (!m) return null;
  const d = m[2] === undefined ? 1 : Number(m[2]);
  return d === 0 ? null : (Number(m[1]) * 1000) / d;
}

/** A clip's time frame: where its own time's `start` falls in the sequence (ms). */
interface Frame {
  at: number;
  start: number;
}

/** A caption or title being read: its time, kind, language and rows. */
interface Item {
  kind: 'caption' | 'title';
  startMs: number | null;
  endMs: number | null;
  language: string;
  line: number;
  rows: SourcedLine[];
  /** Text inside `<text-style>` runs, and text of `<text>` outside them. */
  styled: boolean;
}

/**
 * Reads an FCPXML document's captions (or titles) to cues.
 *
 * @example fcpxmlToLines('<fcpxml version="1.9"><caption offset="1s" duration="2s"><text>Hello.</text></caption></fcpxml>').text // 'Hello.'
 */
export function fcpxmlToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lineOf = lineCounter(source);
  const items: Item[] = [];
  const frames: (Frame | null)[] = [];
  let frame: Frame = { at: 0, start: 0 };
  let item: Item | null = null;
  /** Depth inside the item's `<text>`, and inside a `<text-style>` in it. */
  let inText = false;
  let inStyle = 0;
  let bare = '';
  let bareLine = 0;
  const addText = (data: string, line: number): void => {
    if (!item) return;
    const parts = data.split('\n');
    parts.forEach((part, k) => {
      const row = item?.rows.at(-1);
      if (k === 0 && row) row.text += part;
      else item?.rows.push({ text: part, line: line + k });
    });
  };
  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const name = tag.toLowerCase();
        const line = lineOf(parser.startIndex);
        // A clip with an offset opens a time frame for what it holds (a storyline keeps its own).
        frames.push(null);
        if (name === 'sequence') {
          frames[frames.length - 1] = frame;
          frame = { at: 0, start: rationalMs(attribs.tcStart) ?? 0 };
        } else if (
          (attribs.offset !== undefined && name !== 'spine') ||
          name === 'caption' ||
          name === 'title'
        ) {
          const offset = rationalMs(attribs.offset);
          const at = offset === null ? null : frame.at + offset - frame.start;
          if ((name === 'caption' || name === 'title') && !item) {
            const duration = rationalMs(attribs.duration);
            const language = /captionFormat=[\w-]+\.([\w-]+)/.exec(attribs.role ?? '')?.[1] ?? '';
            item = {
              kind: name,
              startMs: at,
              endMs: at === null || duration === null ? null : at + duration,
              language: name === 'caption' ? language : '',
              line,
              rows: [],
              styled: false,
            };
          }
          frames[frames.length - 1] = frame;
          frame = { at: at ?? frame.at, start: rationalMs(attribs.start) ?? 0 };
        }
        if (!item) return;
        if (name === 'text') {
          inText = true;
          bare = '';
          bareLine = line;
        } else if (name === 'text-style' && inText) {
          inStyle++;
          item.styled = true;
        } else if (name === 'br' && inText) item.rows.push({ text: '', line });
      },
      ontext(data) {
        if (!item || !inText) return;
        if (inStyle > 0) addText(data, lineOf(parser.startIndex));
        else bare += data;
      },
      onclosetag(tag) {
        const name = tag.toLowerCase();
        if (name === 'text-style' && inStyle > 0) inStyle--;
        else if (name === 'text' && inText) {
          inText = false;
          // A `<text>` without styled runs holds its words itself.
          if (item && !item.styled && bare.trim()) addText(bare.trim(), bareLine);
        } else if ((name === 'caption' || name === 'title') && item?.kind === name) {
          items.push(item);
          item = null;
        }
        const saved = frames.pop();
        if (saved) frame = saved;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source.replace(/^\uFEFF/, ''));
  parser.end();

  const words = (it: Item): SourcedLine[] =>
    it.rows
      .map((r) => ({ text: r.text.replace(/\s+/g, ' ').trim(), line: r.line }))
      .filter((r) => r.text !== '');
  const captions = items.filter((it) => it.kind === 'caption');
  // The language of the most captions (the first seen on a tie); a role without one is any.
  const counts = new Map<string, number>();
  for (const it of captions)
    if (it.language) counts.set(it.language, (counts.get(it.language) ?? 0) + 1);
  let language = '';
  for (const [lang, n] of counts) if (n > (counts.get(language) ?? 0)) language = lang;
  const kind = captions.length > 0 ? 'caption' : 'title';
  const cues: Cue[] = [];
  const titles: SourcedLine[] = [];
  const others: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  for (const it of items) {
    const rows = words(it);
    if (rows.length === 0) continue;
    const text = (): SourcedLine => ({ text: rows.map((r) => r.text).join(' '), line: it.line });
    if (it.kind !== kind) titles.push(text());
    else if (it.language && it.language !== language) others.push(text());
    else if (it.startMs === null || it.endMs === null) bad.push(text());
    else
      cues.push({
        startMs: Math.round(it.startMs),
        endMs: Math.round(it.endMs),
        lines: rows.map((r) => ({ text: escapeCueText(r.text), line: r.line })),
      });
  }
  const messages: Message[] = [];
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-metadata',
      titles,
      `Left out ${titles.length} title(s) laid over the picture (straps, lower thirds): the captions are what is said`,
    ),
  );
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-other-language',
      others,
      `Read the captions in ${language}; left out ${others.length} caption(s) in other languages`,
      'warning',
    ),
  );
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped ${bad.length} ${kind}(s) whose offset or duration is no rational time`,
      'warning',
    ),
  );
  return cuesToLines(cues, options, [], messages);
}
