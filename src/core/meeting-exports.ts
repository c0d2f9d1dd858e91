/**
 * The furniture a meeting tool's transcript export carries around the turns (read before the
 * speakers, from the whole tree, in one pass over the lines):
 *
 * - **An AI assistant's notes above the transcript** (Otter's `Summary`, `Outline`, `Action
 *   Items`, `Keywords`; Fireflies' `Overview`, `Notes`; Zoom's `Quick recap`, `Next steps`;
 *   Fathom's `Key Takeaways`; Gemini's `Suggested next steps`): each section label and every line
 *   under it down to the first timed turn (`Jane Doe  0:03`, `Speaker 1 (00:00)`) or the
 *   transcript's own label (`Transcript`) are notes; under the tool's warning that a model
 *   wrote them (`AI-generated content may be incorrect`), down to the first turn, timed or not,
 *   what the tool wrote about the meeting, never its speech.
 * - **An avatar's initials** on a line of their own over the speaker's name line (Teams: `JD` /
 *   `Jane Doe   0:03`): the initials of the name under them, a note.
 */
import type { NoteReason } from './document.ts';
import { lazyRegExp } from './lazy.ts';
import { parseTag } from './tags.ts';
import type { RootContent, Segment, TagMatch } from './tree.ts';

/** The section labels of meeting tools' AI notes, alone on their line (a colon after or not). */
const NOTES_SECTION =
  /^(?:(?:ai |meeting )?(?:summary|notes)|outline|action items|keywords|overview|key points|(?:key )?takeaways|(?:suggested )?next steps|quick recap|chapters|topics|decisions|highlights|shorthand bullets|(?:bullet )?gist) ?:?$/i;

/** The label of the transcript under the notes, in the tools' languages. */
const TRANSCRIPT_LABEL =
  /^(?:📖 )?(?:Transcript|TRANSCRIPT|Transkript|Transcription|Transcripción|Trascrizione|Transcrição)$/u;

/** A meeting tool's warning under its AI notes (Zoom's, Gemini's, Teams'). */
const AI_NOTICE =
  /^(?:AI-generated content may be (?:incorrect|inaccurate)|You should review Gemini['’]s notes)/;

/** A time alone on its line under a name (`00:03`, `0:00:03`). */
const BARE_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** How many lines above the first timed turn are looked at for the notes' sections. */
const MAX_NOTES_LINES = 400;

/** An avatar's initials: one to three capitals alone on the line. */
const INITIALS = lazyRegExp(String.raw`^\p{Lu}{1,3}$`, 'u');

/** The notes of a meeting tool's export: line → reason (see the module's comment). */
export function readMeetingExportNotes(children: readonly RootContent[]): Map<number, NoteReason> {
  const notes = new Map<number, NoteReason>();
  const lines: Segment[] = [];
  for (const node of children) {
    if (node.type === 'paragraph') for (const seg of node.segments) lines.push(seg);
  }
  /** The tag of line `i` when it is a timed turn's (a name and a time), read once per line. */
  const read = new Map<number, TagMatch | null>();
  const tagAt = (i: number): TagMatch | null => {
    let match = read.get(i);
    if (match === undefined) {
      match = parseTag((lines[i] as Segment).text.trim());
      read.set(i, match);
    }
    return match;
  };
  // The AI notes: from the first section label to the first timed turn under it.
  let label = -1;
  // The tool's warning that a model wrote the notes (Zoom's `AI-generated content may be
  // incorrect`): under it, the first turn ends the notes, timed or not.
  let warned = false;
  for (let i = 0; i < lines.length && i < MAX_NOTES_LINES; i++) {
    const text = (lines[i] as Segment).text.trim();
    if (label === -1) {
      if (NOTES_SECTION.test(text)) label = i;
      else if (text.includes(':') && tagAt(i) !== null) break;
      continue;
    }
    if (AI_NOTICE.test(text)) {
      warned = true;
      continue;
    }
    // The transcript's tab label (Fireflies' `Transcript` over `Jane Doe` / `00:03` / …) ends
    // the notes as its first timed turn does.
    if (TRANSCRIPT_LABEL.test(text)) {
      // (Only over timed turns: a programme page's `Summary` and `Transcript` over its tags,
      // `RACHEL MADDOW, MSNBC HOST: …`, keep the summary as its standfirst.)
      const next = i + 1 < lines.length ? tagAt(i + 1) : null;
      const time = (lines[i + 2]?.text ?? '').trim();
      if (!(warned || next?.tag.timestampMs != null || BARE_TIME.test(time))) break;
    } else {
      const match = NOTES_SECTION.test(text) ? null : tagAt(i);
      if (match === null || (match.tag.timestampMs === null && !warned)) continue;
    }
    // The transcript's first turn: everything from the first label down to it is the notes.
    for (let j = label; j < i; j++) notes.set((lines[j] as Segment).line, 'page-element');
    break;
  }
  // The avatars' initials over the name lines.
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = (lines[i] as Segment).text.trim();
    if (text.length > 3 || !INITIALS.test(text)) continue;
    const name = tagAt(i + 1)?.tag.name;
    if (name && initialsOf(name, text)) notes.set((lines[i] as Segment).line, 'page-element');
  }
  return notes;
}

/**
 * True when `letters` are the initials an avatar shows for `name`: its first and last words'
 * (`Jane Doe` → `JD`, `Mary-Ann Lee` → `ML`), every word's, or the first word's alone (`J`).
 */
function initialsOf(name: string, letters: string): boolean {
  let all = '';
  for (const word of name.split(' ')) if (word !== '') all += word.charAt(0).toUpperCase();
  return (
    letters === all || letters === `${all.charAt(0)}${letters.length > 1 ? all.slice(-1) : ''}`
  );
}
