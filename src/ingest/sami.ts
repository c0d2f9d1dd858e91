/**
 * SAMI (Microsoft Synchronized Accessible Media Interchange, `.smi`/`.sami`: Windows Media,
 * broadcast and DVD caption exports) as timed input. Each `<SYNC Start=ms>` opens the captions
 * shown from that time; each `<P Class=…>` in it is the caption of one language class. A caption
 * runs to the next `<SYNC>` of its class (`&nbsp;` alone clears the screen). The cues take the
 * path SRT and WebVTT take.
 * - One language is read: the class with the most captions (the first seen on a tie); the other
 *   classes' captions are reported (`sami-other-language`, their text in `actual`).
 * - `<P ID=Source>Name</P>` names the speaker of that time's caption (a `<v Name>` voice).
 * - `<BR>` breaks the line; `<I>`, `<B>`, `<U>` and `<FONT color>` go to the cue reader as in SRT;
 *   other tags are dropped (`caption-styling`), as is the `<STYLE>` block; `<TITLE>` is the title
 *   and `<SAMIParam>` metadata (`caption-metadata`); body comments `caption-comment`.
 * - A `Start` that is no number drops its captions (`caption-bad-cue`).
 */
import { decodeHTML } from 'entities/decode';
import type { Message } from '../core/document.ts';
import {
  droppedLinesMessage,
  droppedPreview,
  type IngestedText,
  keepMessage,
  lineCounter,
  type SourcedLine,
} from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

/** The last caption (no later SYNC ends it) lasts this long a word, at least a second. */
const LAST_CAPTION_MS_PER_WORD = 400;

/**
 * True when the text is SAMI: its first element is `<SAMI>` (after an XML declaration or
 * comments), or a bare `<SYNC Start=…>`. Text that only mentions `<SYNC>` is not.
 */
export function looksLikeSami(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^>]{0,300}>\s*){0,4}(?:<SAMI[\s>]|<SYNC\s+Start\s*=\s*["']?\d)/i.test(
    head,
  );
}

/** A tag's attribute value (`Class=ENUSCC`, `start="1000"`), lower-cased name, or null. */
function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

/** One `<P>` (or text straight in a `<SYNC>`) of one language class. */
interface Caption {
  startMs: number;
  /** The language class, lower case; '' for a paragraph without one. */
  cls: string;
  /** The `ID=Source` paragraph: the speaker's name, not words. */
  source: boolean;
  /** Cue text: words escaped, `<i>`/`<b>`/`<u>`/`<font>` kept, `\n` at `<BR>`. */
  text: string;
  line: number;
}

/** Tags whose markup the cue reader reads as SRT's (italics, colour). */
const KEPT_TAGS: ReadonlySet<string> = new Set(['i', 'b', 'u', 'font']);
/** Elements whose content is not caption text (the head's). */
const RAW_ELEMENTS: ReadonlySet<string> = new Set(['style', 'samiparam', 'title', 'script']);

/** A class definition in the STYLE block: `.ENUSCC { Name: English; lang: en-US; }`. */
const CLASS_RULE = /\.([A-Za-z][\w-]{0,40})\s*\{([^}]{0,1000})\}/g;

/**
 * Reads SAMI to cues.
 *
 * @example samiToLines('<SAMI><BODY><SYNC Start=1000><P Class=ENCC>Good evening.<SYNC Start=3000><P Class=ENCC>&nbsp;</BODY></SAMI>').text // 'Good evening.'
 */
export function samiToLines(input: string, options: SubtitleIngestOptions = {}): IngestedText {
  const source = input.replace(/^\uFEFF/, '');
  const lineAt = lineCounter(source);
  const captions: Caption[] = [];
  const metadata: SourcedLine[] = [];
  const styling: SourcedLine[] = [];
  const comments: SourcedLine[] = [];
  const bad: SourcedLine[] = [];
  let badSyncs = 0;
  let droppedTags = 0;
  let droppedTagLine: number | null = null;
  let title: string | null = null;
  const classNames = new Map<string, string>();

  let syncMs: number | null = null;
  let syncBad = false;
  let inBody = false;
  let open = null as Caption | null;
  const close = (): void => {
    if (open === null) return;
    if (syncBad) {
      const words = open.text.replace(/<[^>]*>/g, ' ').trim();
      if (words) bad.push({ text: words, line: open.line });
    } else captions.push(open);
    open = null;
  };
  const openCaption = (cls: string, source: boolean, line: number): Caption => {
    open = { startMs: syncMs ?? 0, cls, source, text: '', line };
    return open;
  };

  let pos = 0;
  let nextGt = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > pos) {
      const raw = source.slice(pos, textEnd);
      if (syncMs !== null || syncBad) {
        const words = decodeHTML(raw).replace(/[\s\u00a0]+/g, ' ');
        if (words.trim() || open !== null) {
          const caption = open ?? openCaption('', false, lineAt(pos));
          caption.text += escapeCueText(words);
        }
      } else if (raw.trim()) {
        // Text before the first SYNC: the head's, not caption text.
        metadata.push({ text: droppedPreview(decodeHTML(raw)), line: lineAt(pos) });
      }
    }
    if (lt === -1) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      const stop = end === -1 ? source.length : end + 3;
      const text = droppedPreview(source.slice(lt + 4, end === -1 ? source.length : end));
      if (text) (inBody ? comments : metadata).push({ text, line: lineAt(lt) });
      pos = stop;
      continue;
    }
    // The next `>` is found once for a run of `<` before it: linear on `<<<<…`.
    if (nextGt !== -1 && nextGt <= lt) nextGt = source.indexOf('>', lt + 1);
    const gt = nextGt;
    const nameMatch = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(source.slice(lt, lt + 40));
    if (gt === -1 || !nameMatch) {
      // A `<` that opens no tag is text (`3 < 4`).
      if (syncMs !== null || syncBad) {
        const caption = open ?? openCaption('', false, lineAt(lt));
        caption.text += '&lt;';
      }
      pos = lt + 1;
      continue;
    }
    const tag = source.slice(lt, gt + 1);
    const closing = nameMatch[1] === '/';
    const name = (nameMatch[2] as string).toLowerCase();
    pos = gt + 1;
    if (!closing && RAW_ELEMENTS.has(name)) {
      // The element's content, raw, up to its end tag.
      const endTag = new RegExp(`</${name}\\s*>`, 'gi');
      endTag.lastIndex = pos;
      const m = endTag.exec(source);
      const content = source.slice(pos, m ? m.index : source.length);
      const line = lineAt(lt);
      if (name === 'title') {
        const t = droppedPreview(decodeHTML(content));
        if (t) title ??= t;
        metadata.push({ text: `<TITLE>${t}`, line });
      } else if (name === 'style') {
        CLASS_RULE.lastIndex = 0;
        for (let r = CLASS_RULE.exec(content); r !== null; r = CLASS_RULE.exec(content)) {
          const body = r[2] as string;
          const label = /\bname\s*:\s*([^;]{1,60})/i.exec(body)?.[1]?.trim();
          const lang = /\blang\s*:\s*([^;]{1,20})/i.exec(body)?.[1]?.trim();
          const described = [label, lang].filter(Boolean).join(', ');
          if (described) classNames.set((r[1] as string).toLowerCase(), described);
        }
        styling.push({ text: droppedPreview(content.replace(/<!--|-->/g, '')), line });
      } else metadata.push({ text: droppedPreview(content), line });
      pos = m ? m.index + m[0].length : source.length;
      continue;
    }
    switch (name) {
      case 'sync': {
        close();
        if (closing) break;
        inBody = true;
        const start = attribute(tag, 'start');
        const ms = start !== null && /^\s*\d{1,10}\s*$/.test(start) ? Number(start) : null;
        syncBad = ms === null;
        syncMs = ms;
        if (syncBad) {
          badSyncs++;
          bad.push({ text: tag, line: lineAt(lt) });
        }
        break;
      }
      case 'p':
        close();
        if (!closing && (syncMs !== null || syncBad)) {
          const cls = (attribute(tag, 'class') ?? '').toLowerCase();
          const id = (attribute(tag, 'id') ?? '').toLowerCase();
          openCaption(cls, id === 'source', lineAt(lt));
        }
        break;
      case 'br':
        if (open !== null) open.text += '\n';
        break;
      case 'body':
        inBody = !closing;
        if (closing) {
          // Text after the body is no caption: reported with the head's.
          close();
          syncMs = null;
          syncBad = false;
        }
        break;
      case 'sami':
      case 'head':
      case 'html':
        break;
      default:
        if (syncMs === null && !syncBad) break;
        if (KEPT_TAGS.has(name)) {
          const caption = open ?? openCaption('', false, lineAt(lt));
          const colour = name === 'font' && !closing ? attribute(tag, 'color') : null;
          if (name !== 'font' || closing || colour !== null)
            caption.text += closing
              ? `</${name}>`
              : name === 'font'
                ? `<font color="${escapeCueText(colour ?? '')}">`
                : `<${name}>`;
        } else {
          droppedTags++;
          droppedTagLine ??= lineAt(lt);
        }
    }
  }
  close();

  // One language: the class with the most captions that hold words, the first seen on a tie.
  const counts = new Map<string, number>();
  const said = (c: Caption): boolean => c.text.replace(/<[^>]*>/g, '').trim() !== '';
  for (const c of captions) if (c.cls && said(c)) counts.set(c.cls, (counts.get(c.cls) ?? 0) + 1);
  let chosen = '';
  let most = 0;
  for (const [cls, n] of counts) {
    if (n > most) {
      chosen = cls;
      most = n;
    }
  }
  const ours = captions.filter((c) => c.cls === chosen || c.cls === '');
  const others = captions.filter((c) => c.cls !== chosen && c.cls !== '' && said(c));

  // Each SYNC time of the chosen language, in order: a caption ends at the next one.
  const times = [...new Set(ours.map((c) => c.startMs))].sort((a, b) => a - b);
  const nextTime = new Map<number, number>();
  for (let k = 0; k + 1 < times.length; k++)
    nextTime.set(times[k] as number, times[k + 1] as number);
  const bySync = new Map<number, { speaker: string | null; lines: SourcedLine[] }>();
  for (const c of ours) {
    let entry = bySync.get(c.startMs);
    if (!entry) {
      entry = { speaker: null, lines: [] };
      bySync.set(c.startMs, entry);
    }
    const text = c.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.replace(/<[^>]*>/g, '').trim() !== '');
    if (c.source) {
      const name = text.join(' ').replace(/<[^>]*>/g, '');
      if (name) entry.speaker = name;
      continue;
    }
    for (const line of text) entry.lines.push({ text: line, line: c.line });
  }
  const cues: Cue[] = [];
  for (const [startMs, { speaker, lines }] of bySync) {
    if (lines.length === 0) continue;
    const words = lines
      .map((l) => l.text)
      .join(' ')
      .split(/\s+/).length;
    const endMs =
      nextTime.get(startMs) ?? startMs + Math.max(1000, words * LAST_CAPTION_MS_PER_WORD);
    const voice = speaker ? `<v ${speaker}>` : '';
    cues.push({
      startMs,
      endMs,
      lines: voice ? lines.map((l) => ({ ...l, text: voice + l.text })) : lines,
    });
  }

  const messages: Message[] = [];
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-metadata',
      metadata,
      `Read the SAMI head (title, parameters) as metadata, not words${title ? ' (the title from <TITLE>)' : ''}`,
    ),
  );
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-styling',
      styling,
      'Dropped the SAMI <STYLE> block (how the captions look, the language classes)',
    ),
  );
  if (droppedTags > 0) {
    messages.push({
      ruleId: 'caption-styling',
      reason: `Dropped ${droppedTags} styling tag(s) (<SPAN>, <DIV> …) from the caption text`,
      line: droppedTagLine,
      column: 1,
      severity: 'info',
    });
  }
  keepMessage(
    messages,
    droppedLinesMessage('caption-comment', comments, 'Dropped comment(s) in the SAMI body'),
  );
  if (others.length > 0) {
    const classes = [...new Set(others.map((c) => c.cls))];
    const describe = (cls: string): string =>
      `${cls.toUpperCase()}${classNames.has(cls) ? ` (${classNames.get(cls)})` : ''}`;
    messages.push({
      ruleId: 'sami-other-language',
      reason: `Read the captions of class ${describe(chosen)}; left out ${others.length} caption(s) of the other language class(es) ${classes.map(describe).join(', ')}`,
      line: others[0]?.line ?? null,
      column: 1,
      severity: 'warning',
      actual: droppedPreview(
        others
          .slice(0, 20)
          .map((c) => c.text.replace(/<[^>]*>/g, ''))
          .join(' / '),
      ),
    });
  }
  keepMessage(
    messages,
    droppedLinesMessage(
      'caption-bad-cue',
      bad,
      `Dropped the captions of ${badSyncs} SYNC(s) whose Start time is not a number of milliseconds`,
      'warning',
    ),
  );
  const result = cuesToLines(cues, options, [], messages);
  if (title) result.hints = { ...result.hints, title };
  return result;
}
