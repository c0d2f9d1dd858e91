/**
 * Transcriber (`.trs`, the LDC and DGA tool broadcast news corpora are transcribed with; TransAG
 * and ELAN export it): `<Trans>` holds `<Speakers>` (`<Speaker id name>`) and `<Episode>` of
 * `<Section>`s of `<Turn speaker startTime endTime>`; inside a turn, `<Sync time>` marks where the
 * text after it is said, up to the next `<Sync>` or the turn's end. Each stretch between marks is
 * a cue voiced by the turn's speaker (named by its `<Speaker name>`, capitalized when written in
 * lower case; a code name such as `spk1`, or an id the list does not name, is a voice numbered
 * `Speaker N`), and the cues take the path SRT and WebVTT take. A turn of two
 * speakers at once (`speaker="spk1 spk2"`) gives each `<Who nb>` part to its speaker. `<Event>`,
 * `<Comment>` and `<Background>` marks (noise, music, a transcriber's note) are no words: dropped
 * and reported, as is the `<Trans>` head (scribe, audio file, version).
 */
import { Parser } from 'htmlparser2';
import type { Message } from '../core/document.ts';
import { capitalizedName, isCodeLabel } from './asr/types.ts';
import { type IngestedText, lineCounter } from './lines.ts';
import { type Cue, cuesToLines, escapeCueText, type SubtitleIngestOptions } from './subtitles.ts';

/**
 * True when the text is an XML document whose root is `<Trans>` (after an XML declaration,
 * comments and Transcriber's `<!DOCTYPE Trans SYSTEM "trans-14.dtd">`).
 */
export function looksLikeTrs(text: string): boolean {
  return /^\uFEFF?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[^>]{0,300}>\s*){0,4}(?:<!DOCTYPE\s+Trans\b[^>]{0,300}>\s*)?(?:<!--[^>]{0,300}>\s*){0,4}<Trans[\s>]/.test(
    text.slice(0, 2048),
  );
}

/** Seconds (`12.345`) to ms, or null. */
function seconds(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d{1,7}(?:\.\d{1,9})?\s*$/.test(value)) return null;
  return Math.round(Number(value) * 1000);
}

interface Turn {
  voices: string[];
  end: number | null;
  /** The voice now speaking (a `<Who nb>` part of a turn of several). */
  voice: string | null;
}

/**
 * Reads a Transcriber file to transcript text and timed words (see the module comment).
 *
 * @example trsToLines('<Trans><Episode><Section><Turn startTime="0" endTime="2"><Sync time="0"/>Hello.</Turn></Section></Episode></Trans>').text // 'Hello.'
 */
export function trsToLines(source: string, options: SubtitleIngestOptions = {}): IngestedText {
  const lineOf = lineCounter(source);
  const names = new Map<string, string>();
  const cues: Cue[] = [];
  let turn: Turn | null = null;
  /** The open stretch: where it starts, its text so far, its line and voice. */
  let open: { start: number; text: string; line: number; voice: string | null } | null = null;
  let marks = 0;
  let markLine: number | null = null;
  let badTimes = 0;
  let badLine: number | null = null;
  let unnamed = 0;
  /** Lower-case names capitalized (`interviewer → Interviewer`), for the message. */
  const renamed: string[] = [];
  let scribe: string | null = null;
  let inComment = 0;

  const close = (end: number | null) => {
    if (open === null) return;
    const text = open.text.replace(/\s+/g, ' ').trim();
    const endMs = end ?? turn?.end ?? open.start;
    if (text !== '') {
      // A turn no speaker is given for: a voice of its own, unnamed (as captions' `>>`).
      const voiced = open.voice ? `<v ${escapeCueText(open.voice)}>` : '>> ';
      cues.push({
        startMs: open.start,
        endMs: Math.max(open.start, endMs),
        lines: [{ text: voiced + escapeCueText(text), line: open.line }],
      });
    }
    open = null;
  };
  const nameOf = (id: string): string => {
    const known = names.get(id);
    if (known !== undefined) return known;
    const name = `Speaker ${++unnamed}`;
    names.set(id, name);
    return name;
  };

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const line = lineOf(parser.startIndex);
        if (tag === 'Trans') {
          scribe = attrs.scribe ?? attrs.audio_filename ?? null;
        } else if (tag === 'Speaker') {
          const id = attrs.id;
          const given = attrs.name?.trim() || '';
          // A name written in lower case (`interviewer`) reads as one capitalized; a code
          // (`spk1`, Transcriber's default) or none is a voice, numbered.
          const capitalized = capitalizedName(given);
          if (capitalized !== null) renamed.push(`${given} → ${capitalized}`);
          if (id && given !== '' && !isCodeLabel(given)) names.set(id, capitalized ?? given);
        } else if (tag === 'Turn') {
          close(null);
          const ids = (attrs.speaker ?? '').split(/\s+/).filter(Boolean);
          const voices = ids.map(nameOf);
          turn = { voices, end: seconds(attrs.endTime), voice: voices[0] ?? null };
          const start = seconds(attrs.startTime);
          if (start !== null) open = { start, text: '', line, voice: turn.voice };
        } else if (tag === 'Sync' && turn) {
          const at = seconds(attrs.time);
          if (at === null) {
            badTimes++;
            badLine ??= line;
            return;
          }
          const voice: string | null = open?.voice ?? turn.voice;
          close(at);
          open = { start: at, text: '', line, voice };
        } else if (tag === 'Who' && turn) {
          const nb = Number(attrs.nb);
          const voice = turn.voices[nb - 1] ?? turn.voice;
          // Each speaker's part is a stretch of its own, from where the part before ends.
          if (open !== null && open.text.trim() !== '') {
            const start = open.start;
            close(start);
            open = { start, text: '', line, voice };
          } else if (open !== null) open.voice = voice;
        } else if (tag === 'Event' || tag === 'Background' || tag === 'Comment') {
          marks++;
          markLine ??= line;
          if (tag === 'Comment') inComment++;
        }
      },
      ontext(data) {
        if (open !== null && inComment === 0) open.text += `${data}`;
      },
      onclosetag(tag) {
        if (tag === 'Turn') {
          close(null);
          turn = null;
        } else if (tag === 'Comment' && inComment > 0) inComment--;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source.replace(/^\uFEFF/, ''));
  parser.end();
  close(null);

  // A turn of several voices: each `<Who>` part but the last closed where it opened, the last
  // holding the stretch's span. The span is shared by the parts' lengths, each said in turn.
  const spoken = (cue: Cue) =>
    (cue.lines[0]?.text ?? '').replace(/^<v [^>]*>|^>> /, '').length || 1;
  for (let i = 0; i < cues.length; i++) {
    const first = cues[i] as Cue;
    if (first.endMs !== first.startMs) continue;
    let j = i;
    while (
      j + 1 < cues.length &&
      (cues[j] as Cue).endMs === first.startMs &&
      (cues[j + 1] as Cue).startMs === first.startMs
    )
      j++;
    const last = cues[j] as Cue;
    if (j === i || last.endMs <= last.startMs) continue;
    const span = last.endMs - first.startMs;
    let total = 0;
    for (let k = i; k <= j; k++) total += spoken(cues[k] as Cue);
    let at = first.startMs;
    let done = 0;
    for (let k = i; k <= j; k++) {
      const cue = cues[k] as Cue;
      done += spoken(cue);
      cue.startMs = at;
      cue.endMs = k === j ? last.endMs : Math.round(first.startMs + (span * done) / total);
      at = cue.endMs;
    }
    i = j;
  }

  const messages: Message[] = [];
  if (scribe !== null) {
    messages.push({
      ruleId: 'caption-metadata',
      reason: 'Read the Transcriber head (scribe, audio file, version) as metadata, not words',
      line: 1,
      column: 1,
      severity: 'info',
    });
  }
  if (renamed.length > 0) {
    messages.push({
      ruleId: 'caption-voices',
      reason: `Read ${renamed.length} speaker name(s) written in lower case as names: ${renamed.slice(0, 8).join(', ')}`,
      line: 1,
      column: 1,
      severity: 'info',
    });
  }
  if (marks > 0) {
    messages.push({
      ruleId: 'trs-events',
      reason: `Dropped ${marks} Transcriber mark(s) that are no words (<Event>, <Comment>, <Background>: noise, music, notes)`,
      line: markLine,
      column: 1,
      severity: 'info',
    });
  }
  if (badTimes > 0) {
    messages.push({
      ruleId: 'caption-bad-cue',
      reason: `${badTimes} <Sync> mark(s) have no time in seconds: their text stays with the stretch before`,
      line: badLine,
      column: 1,
      severity: 'warning',
    });
  }
  return cuesToLines(cues, options, [], messages);
}
