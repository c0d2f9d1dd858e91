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

/** True when the XML's root element is `<fcpxml>` or `<xmeml>` (after a declaration, doctype, comments). */
export function looksLikeFcpxml(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!(?:--[^>]{0,300}|DOCTYPE[^>[]{0,200}(?:\[\])?)>\s*){0,4}<(?:fcpxml|xmeml)[\s>]/i.test(
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
  /**
   * A compound clip placed here (`<ref-clip ref>`): its media's items, moved by `shift` ms, those
   * of its media's time `[start, end)` seen (an item outside is `trimmed`).
   */
  ref?: string;
  shift?: number;
  start?: number;
  end?: number;
  trimmed?: boolean;
  startMs: number;
  endMs: number;
  language: string;
  line: number;
  rows: SourcedLine[];
}

const NO_ITEM: Item = { title: true, startMs: 0, endMs: 0, language: '', line: 0, rows: [] };

function fcpxmlItems(source: string, lineOf: (index: number) => number): Item[] {
  let items: Item[] = [];
  /** The items of each compound clip's media in `<resources>` (`<media id>`), in its own time. */
  const media = new Map<string, Item[]>();
  const top = items;
  /** Each open element's time frame: where its own time's `start` falls in the sequence (ms). */
  const frames: [number, number][] = [];
  let frame: [number, number] = [0, 0];
  let item: Item | null = null;
  let inText = false;
  /** Open elements' names, each open audition's clips so far, the hidden take's depth (or -1). */
  const names: string[] = [];
  const picks: number[] = [];
  let hidden = -1;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const line = lineOf(parser.startIndex);
        frames.push(frame);
        // An audition's first clip is the pick; the others (takes not in the cut) are hidden.
        if (names.at(-1) === 'audition') {
          const pick = (picks.pop() ?? 0) + 1;
          picks.push(pick);
          if (pick > 1 && hidden < 0) hidden = names.length;
        }
        // A clip switched off (`enabled="0"`) is not seen, nor is what it holds.
        if (hidden < 0 && attribs.enabled === '0') hidden = names.length;
        names.push(name);
        if (name === 'audition') picks.push(0);
        if (name === 'media' && attribs.id) {
          items = [];
          media.set(attribs.id, items);
        }
        const tc = rationalMs(attribs.tcStart) || 0;
        // A clip with an offset opens a time frame for what it holds (a storyline keeps its own);
        // a compound clip's sequence counts in its media's time, the project's from 0.
        if (name === 'sequence') frame = [items === top ? 0 : tc, tc];
        else if (attribs.offset !== undefined && name !== 'spine' && name !== 'audition')
          frame = [
            frame[0] + rationalMs(attribs.offset) - frame[1],
            rationalMs(attribs.start) || 0,
          ];
        else if (name === 'caption' || name === 'title') frame = [Number.NaN, 0];
        if (name === 'ref-clip' && attribs.ref)
          items.push({
            ...NO_ITEM,
            ref: attribs.ref,
            shift: frame[0] - frame[1],
            start: frame[1],
            end: frame[1] + (rationalMs(attribs.duration) || Number.POSITIVE_INFINITY),
            trimmed: hidden >= 0,
          });
        if ((name === 'caption' || name === 'title') && !item) {
          item = {
            title: name === 'title',
            startMs: frame[0],
            endMs: frame[0] + rationalMs(attribs.duration),
            language: /captionFormat=[\w-]+\.([\w-]+)/.exec(attribs.role ?? '')?.[1] ?? '',
            line,
            rows: [],
            trimmed: hidden >= 0,
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
        names.pop();
        if (name === 'audition') picks.pop();
        if (hidden === names.length) hidden = -1;
        if (name === 'media') items = top;
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
  items = [];
  // Each compound clip's items where it is placed, in the sequence's time (nested ones too).
  const place = (list: Item[], shift: number, depth: number, clip?: Item): void => {
    for (const it of list)
      if (it.ref === undefined)
        items.push({
          ...it,
          startMs: it.startMs + shift,
          endMs: it.endMs + shift,
          trimmed:
            it.trimmed ||
            (clip &&
              (clip.trimmed || !(it.startMs < (clip.end ?? 0) && it.endMs > (clip.start ?? 0)))),
        });
      else if (depth < 8) place(media.get(it.ref) ?? [], shift + (it.shift ?? 0), depth + 1, it);
  };
  place(top, 0, 0);
  return items;
}

/**
 * Final Cut Pro 7 XML's text generators (`<generatoritem>`, its effect's `str` parameters the
 * words, `\r` a line break) as items, on the timeline from `<start>` to `<end>` in frames at the
 * sequence's `<rate>` (`<timebase>`, `<ntsc>TRUE` 1000/1001 of it); a `Lower 3rd` is a title.
 */
function xmemlItems(source: string, lineOf: (index: number) => number): Item[] {
  const items: Item[] = [];
  const path: string[] = [];
  let fps = 0;
  let ntsc = 1;
  let item: Item | null = null;
  let param = '';
  let text = '';
  /** Where the open track's items begin in `items`. */
  let track = 0;
  /** The open generator's `<in>` and `<out>` (ms). */
  const span: [number, number] = [Number.NaN, Number.NaN];
  /** Each open clip: where its items begin, its `<start>`, `<end>`, `<in>`, `<out>` (ms). */
  const clips: number[][] = [];
  const ms = (value: string) =>
    Number(value) >= 0 ? (Number(value) * 1000) / ((fps || 25) * ntsc) : Number.NaN;
  const parser = new Parser(
    {
      onopentag(name) {
        path.push(name);
        text = '';
        if (name === 'track') track = items.length;
        if (name === 'clipitem') clips.push([items.length]);
        if (name === 'generatoritem') {
          span.fill(Number.NaN);
          item = {
            ...NO_ITEM,
            title: false,
            startMs: Number.NaN,
            line: lineOf(parser.startIndex),
            rows: [],
          };
        }
      },
      ontext(data) {
        text += data;
      },
      onclosetag(name) {
        path.pop();
        const parent = path.at(-1);
        const value = text.trim();
        // The sequence's rate, the first one (a clip's own rate is its source's).
        if (parent === 'rate' && !item && fps === 0 && name === 'timebase') fps = Number(value);
        else if (parent === 'rate' && name === 'ntsc' && !item && fps === 0)
          ntsc = value === 'TRUE' ? 1000 / 1001 : 1;
        else if (item && parent === 'generatoritem' && /^(?:start|end|in|out)$/.test(name)) {
          if (name === 'start') item.startMs = ms(value);
          else if (name === 'end') item.endMs = ms(value);
          else span[name === 'in' ? 0 : 1] = ms(value);
        } else if (parent === 'clipitem' && clips.length > 0 && /^(?:start|end|in|out)$/.test(name))
          (clips.at(-1) as number[])[['', 'start', 'end', 'in', 'out'].indexOf(name)] = ms(value);
        else if (name === 'clipitem') {
          // A nested sequence's titles count in its own time: moved to where the clip is placed
          // (its start less its in; beside a transition, its end less its out).
          const [from = 0, start = 0, end = 0, cut = 0, out = 0] = clips.pop() ?? [];
          const shift = start >= 0 ? start - cut : end - out;
          for (const it of items.slice(from)) {
            it.startMs += shift;
            it.endMs += shift;
          }
        } else if (item && parent === 'effect' && name === 'effectid')
          item.title = /lower ?(?:3rd|third)/i.test(value);
        else if (name === 'enabled' && value === 'FALSE' && parent === 'generatoritem' && item)
          item.trimmed = true;
        else if (name === 'enabled' && value === 'FALSE' && parent === 'track')
          // A track's switch closes its list: what it held is off.
          for (const it of items.slice(track)) it.trimmed = true;
        else if (parent === 'parameter' && name === 'parameterid') param = value;
        else if (item && parent === 'parameter' && name === 'value' && /^str\d?$/.test(param))
          for (const row of text.split(/\r\n?|\n/)) item.rows.push({ text: row, line: item.line });
        else if (name === 'generatoritem' && item) {
          // Beside a transition an edge is -1: the other edge and the clip's length (out - in).
          const length = span[1] - span[0];
          if (Number.isNaN(item.startMs)) item.startMs = item.endMs - length;
          if (Number.isNaN(item.endMs)) item.endMs = item.startMs + length;
          items.push(item);
          item = null;
        }
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source.replace(/^\uFEFF/, ''));
  parser.end();
  return items;
}

/**
 * Reads an FCPXML document's captions (or titles) to cues; Final Cut Pro 7 XML's text generators.
 *
 * @example fcpxmlToLines('<fcpxml version="1.9"><caption offset="1s" duration="2s"><text>Hello.</text></caption></fcpxml>').text // 'Hello.'
 */
export function fcpxmlToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lineOf = lineCounter(source);
  const items = (source.slice(0, 2048).includes('<xmeml') ? xmemlItems : fcpxmlItems)(
    source,
    lineOf,
  );

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
  const dropped: SourcedLine[][] = [[], [], [], []];
  for (const it of items) {
    const rows = it.rows
      .map((r) => ({ text: r.text.replace(/\s+/g, ' ').trim(), line: r.line }))
      .filter((r) => r.text !== '');
    if (rows.length === 0) continue;
    const which = it.trimmed
      ? 3
      : it.title === captions
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
  const [titles = [], others = [], bad = [], trimmed = []] = dropped;
  const messages: Message[] = [];
  if (items.every((it) => it.rows.every((r) => !r.text.trim())))
    messages.push({
      ruleId: 'caption-empty',
      reason: 'The Final Cut Pro XML has no captions, titles or text generators with words',
      line: 1,
      column: 1,
      severity: 'warning',
    });
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
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-trimmed',
      trimmed,
      `Left out ${trimmed.length} caption(s) or title(s) not in the cut`,
    ),
  );
  return cuesToLines(cues, options, [], messages);
}
