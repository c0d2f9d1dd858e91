/** Story titles: a page title without the site name it carries. */
import { lazyRegExp } from './lazy.ts';
import { HAS_LETTER_OR_NUMBER, STARTS_UPPERCASE_OR_DIGIT } from './letter-patterns.ts';

/** Separators of a page `<title>` before the site name. */
export const SITE_SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' • ', ' · ', ' :: ', ' / '];
/**
 * In a transcript's first line only the separators no headline uses: a dash there often joins a
 * headline's two parts (`SCIENCE IN THE NEWS - Bees That Count`).
 */
export const PAGE_TITLE_SEPARATORS = [' | ', ' • ', ' · ', ' :: '];
const SITE_LINKS = new Set(['of', 'the', 'and', '&', 'for', 'on', 'at', 'de', 'la']);

/**
 * A page title without the site name after its last separator: `Story – BBC News`,
 * `Story | CNN Politics`, `Direct Line • President of Russia` → the story. The tail counts as a
 * site name when it is one to four capitalised words (or `of`, `the`…), not a sentence.
 *
 * @example stripSiteName('Floods hit the north – BBC News') // 'Floods hit the north'
 */
export function stripSiteName(
  title: string,
  separators: readonly string[] = SITE_SEPARATORS,
): string {
  let t = title.trim();
  for (let pass = 0; pass < 2; pass++) {
    let at = -1;
    let sep = '';
    for (const s of separators) {
      const i = t.lastIndexOf(s);
      if (i > at) {
        at = i;
        sep = s;
      }
    }
    if (at <= 0) break;
    const head = t.slice(0, at).trim();
    const tail = t.slice(at + sep.length).trim();
    const words = tail.split(/\s+/).filter(Boolean);
    const siteName =
      words.length >= 1 &&
      words.length <= 4 &&
      !/[.!?]$/.test(tail) &&
      // A date after the separator belongs to the title (`Press Briefing – March 6, 2025`).
      !/\b(?:1[89]|20)\d\d\b|\d{1,2}[/.-]\d{1,2}/.test(tail) &&
      words.every((w) => SITE_LINKS.has(w.toLowerCase()) || STARTS_UPPERCASE_OR_DIGIT.test(w)) &&
      HAS_LETTER_OR_NUMBER.test(head);
    if (!siteName) break;
    t = head;
  }
  return t;
}

/**
 * Google Meet's transcript title line, `Metro desk planning - 2025/03/12 09:58 GMT - Transcript`
 * (older ones: `Metro desk planning (2025-03-12 at 09:58 GMT-8) - Transcript`; the date in
 * another locale's form, `– 12.03.2025 09:58 MEZ – Transkript`, `(Mar 12, 2025 at 9:58 AM PST)
 * - Transcript`, the word in the document's language; a title with no date is no Meet line),
 * and Microsoft Teams's recording name over its transcript, `Metro desk
 * planning-20250312_095800-Meeting Recording` → the meeting's name; null for any other line.
 * Bounded, the lazy name stops at the date.
 */
const MEETING_DATE = String.raw`(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Z][a-z]{2,8}\.? \d{4})(?:,? (?:at |um |à |a las )?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)?(?: [A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?)?`;
/** The word Meet names its transcript by, in the document's language. */
const MEETING_WORD =
  '(?:Transcript|Transkript|Transcripción|Transcription|Trascrizione|Transcrição)';
const MEETING_TITLE = lazyRegExp(
  String.raw`^(\S.{0,150}?)(?: - \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} [A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)? - Transcript| \(\d{4}-\d{2}-\d{2} (?:at )?\d{2}:\d{2} [A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?\)(?: - Transcript)?|-\d{8}_\d{6}-Meeting (?:Recording|Transcript)| [-–] ${MEETING_DATE} [-–] ${MEETING_WORD}| \(${MEETING_DATE}\) [-–] ${MEETING_WORD})$`,
);

export function meetingTitle(line: string): string | null {
  return MEETING_TITLE.exec(line.trim())?.[1]?.trim() ?? null;
}

/**
 * A broadcast transcript page's airing slot after its headlines (CNN: `Storm Slams Gulf Coast;
 * Power Out For Thousands. Aired 4-5p ET`, `… Aired 10:30-11p ET`, `… Aired 12-1a ET`): the
 * programme's hour, not the story's title. Bounded: the slot is matched at the end only.
 */
const AIRING_SLOT = /\.? +Aired \d{1,2}(?::\d\d)?[ap]?-\d{1,2}(?::\d\d)?[ap] +[A-Z]{1,2}T$/;

/** `title` without its airing slot (see {@link AIRING_SLOT}); the title itself otherwise. */
export function withoutAiringSlot(title: string): string {
  const t = title.trim();
  if (t.length > 400) return t;
  const match = AIRING_SLOT.exec(t);
  return match && match.index > 0 ? t.slice(0, match.index).trim() : t;
}

/**
 * A wire headline's service prefixes (Reuters: `UPDATE 2-Storm knocks out power…`,
 * `EXCLUSIVE-…`, `REFILE-UPDATE 1-…`): the story's version and kind, not its title. One to three,
 * each in capitals and closed by a hyphen with no space.
 */
const WIRE_PREFIX =
  /^(?:(?:UPDATE|WRAPUP) \d{1,2}|EXCLUSIVE|RPT|REFILE|CORRECTED|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER|BREAKINGVIEWS|FEATURE|PREVIEW|TIMELINE|SNAPSHOT|BRIEF)-(?=\S)/;

/** `title` without its wire prefixes (see {@link WIRE_PREFIX}); the title itself otherwise. */
export function withoutWirePrefix(title: string): string {
  let t = title.trim();
  for (let pass = 0; pass < 3; pass++) {
    const match = WIRE_PREFIX.exec(t);
    if (!match) break;
    t = t.slice(match[0].length);
  }
  return t;
}

/** Words a transcript page's title calls it by (`Transcript: …`, `Stenogramm`, `Расшифровка`). */
const TRANSCRIPT_WORDS = [
  'transcript',
  'transkript',
  'transcripción',
  'transcrição',
  'trascrizione',
  'wortprotokoll',
  'stenogram',
  'стенограм',
  'расшифровк',
];

/**
 * True when a page's title names it a transcript (`Transcript: Mayor’s briefing`), or names the
 * site of an office that publishes its events' verbatim records (`Meeting with Government
 * members • President of Russia`: kremlin.ru's pages, a bold name over each turn).
 */
export function isTranscriptTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return (
    TRANSCRIPT_WORDS.some((word) => lower.includes(word)) ||
    lower.endsWith(' • president of russia') ||
    lower.endsWith(' • президент россии')
  );
}
