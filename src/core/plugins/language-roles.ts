/**
 * Tag words whose meaning is the text's language's, read once the language is known (after the
 * language plugin; the tags were read before it, see ./speakers.ts):
 *
 * - `SPEAKER:` in an Italian, Spanish or Scandinavian script is the programme's voice (Italian broadcasting's
 *   *lo speaker*, the announcer reading the lead and over pictures), no parliament's Speaker: the
 *   `announcer`, as a German script's `SPRECHER:` and a bulletin's `NEWSREADER:` are (joined with
 *   the script's other announcer, `LOCUTOR:`), unless the text is a record with a title or
 *   addresses a house's Speaker (`Mr Speaker`).
 * - `MP Smith:` is Smith, Ministerpräsident only in German (its government's transcripts'
 *   abbreviation); a text in another language (too short to tell: that looks like another)
 *   keeps `MP`, a member of parliament. (`MP’in`, `MPin` are German's alone.)
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { foldKey } from '../chars.ts';
import { LANGUAGE_NAMES } from '../language.ts';
import { report } from '../report.ts';
import type { Root, SpeakerEntry } from '../tree.ts';
import type { SpeakerData } from './speakers.ts';

/**
 * Languages whose scripts call the programme's announcer `SPEAKER` (Italian, Spanish; Swedish,
 * Norwegian and Danish TV's *speaker*, the voice reading over pictures).
 */
const ANNOUNCER_SPEAKER: ReadonlySet<string> = new Set(['it', 'es', 'sv', 'nb', 'nn', 'no', 'da']);
/** A house's Speaker named as a parliament names them (`Mr Speaker`, `Madam Speaker`). */
const HOUSE_SPEAKER = /\b(?:mr|madam|madame|mister|mrs|ms|the|deputy) speaker\b/i;

/** True when every tag a speaker had was the word `SPEAKER` alone (in any case). */
function bareSpeaker(entry: SpeakerEntry): boolean {
  return (
    entry.role === 'speaker' &&
    entry.name === null &&
    entry.aliases.length > 0 &&
    entry.aliases.every((a) => foldKey(a) === 'speaker')
  );
}

/** Points every paragraph of `from` at `to`. */
function repoint(tree: Root, from: string, to: string): void {
  for (const node of tree.children) {
    const data = node.type === 'paragraph' ? (node.data as SpeakerData | undefined) : undefined;
    if (data?.speakerId === from) data.speakerId = to;
  }
}

/** The line of the first paragraph `id` speaks, or null. */
function firstLine(tree: Root, id: string): number | null {
  for (const node of tree.children)
    if (node.type === 'paragraph' && (node.data as SpeakerData | undefined)?.speakerId === id)
      return node.position?.start.line ?? null;
  return null;
}

/** The text's language, or the one a text too short to tell most looks like ('' when none). */
function textLanguage(tree: Root): string {
  const guess = tree.data?.languageGuess;
  return (guess === undefined ? tree.data?.language : guess) ?? '';
}

/**
 * `entry` as the unnamed voice of `role`: joined with the text's voice of that role if it has
 * one (its turns pointed at it), else renamed so. The speakers left.
 */
function asRole(
  tree: Root,
  speakers: SpeakerEntry[],
  entry: SpeakerEntry,
  role: string,
): SpeakerEntry[] {
  const same = speakers.find((s) => s !== entry && s.role === role && s.name === null);
  if (same !== undefined) {
    repoint(tree, entry.id, same.id);
    same.aliases = [...same.aliases, ...entry.aliases.filter((a) => !same.aliases.includes(a))];
    return speakers.filter((s) => s !== entry);
  }
  const slug = role.replace(/\s+/g, '-');
  const id = speakers.some((s) => s.id === slug) ? entry.id : slug;
  repoint(tree, entry.id, id);
  Object.assign(entry, { id, name: null, title: null, role });
  return speakers;
}

function announcerSpeaker(tree: Root, file: VFile, speakers: SpeakerEntry[]): SpeakerEntry[] {
  const language = textLanguage(tree);
  if (!ANNOUNCER_SPEAKER.has(language) || tree.data?.recordTitle) return speakers;
  const entry = speakers.find(bareSpeaker);
  if (entry === undefined) return speakers;
  // (A chamber's record addresses its Speaker: `Mr Speaker, …` anywhere in its words.)
  for (const node of tree.children)
    if (node.type === 'paragraph' && HOUSE_SPEAKER.test(node.value)) return speakers;
  report(
    file,
    'speaker-role',
    `Read “${entry.aliases[0]}” as the programme's announcer, as ${LANGUAGE_NAMES[language] ?? language} scripts call the voice reading the copy, not a house's Speaker`,
    {
      line: firstLine(tree, entry.id),
      actual: entry.aliases[0] as string,
      expected: ['announcer'],
    },
  );
  return asRole(tree, speakers, entry, 'announcer');
}

/**
 * A language's role labels that elsewhere are a name or initials, read in that language only:
 * Vietnamese press interviews' `PV:` (phóng viên, the reporter asking), scripts' `BTV:` (biên
 * tập viên, the anchor) and `PTV:` (phát thanh viên, the announcer).
 */
const ROLE_ABBREVIATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  vi: { pv: 'reporter', btv: 'anchor', ptv: 'announcer' },
};
/**
 * Labels read as roles when both of the pair tag turns, whatever the language detected:
 * Indonesian and Malay interviews' `Tanya:` / `Jawab:` (the question, the answer; Tanya alone is
 * an English name).
 */
const PAIRED_LABELS: Readonly<Record<string, string>> = { tanya: 'reporter', jawab: 'answer' };

function abbreviatedRoles(tree: Root, file: VFile, speakers: SpeakerEntry[]): SpeakerEntry[] {
  const bare = (entry: SpeakerEntry) =>
    entry.name === null || entry.role !== null ? '' : foldKey(entry.name);
  const paired = Object.keys(PAIRED_LABELS).every((k) => speakers.some((e) => bare(e) === k));
  const table = paired ? PAIRED_LABELS : ROLE_ABBREVIATIONS[textLanguage(tree)];
  if (table === undefined) return speakers;
  let kept = speakers;
  for (const entry of speakers) {
    const key = bare(entry);
    const role = Object.hasOwn(table, key) ? table[key] : undefined;
    if (role === undefined || !entry.aliases.every((a) => foldKey(a) === key)) continue;
    report(
      file,
      'speaker-role',
      paired
        ? `Read “${entry.aliases[0]}” as the ${role} (Indonesian and Malay interviews' question and answer), no person's name`
        : `Read “${entry.aliases[0]}” as the ${role}, as ${LANGUAGE_NAMES[textLanguage(tree)] ?? ''} transcripts label it, no person's initials`,
      { line: firstLine(tree, entry.id), actual: entry.aliases[0] as string, expected: [role] },
    );
    kept = asRole(tree, kept, entry, role);
  }
  return kept;
}

/** The abbreviation `MP` opening a tag before a surname (`MP Weil`, `MP WEIL`). */
const MP_TAG = /^MP\s/;

function memberNotPremier(tree: Root, file: VFile, speakers: SpeakerEntry[]): void {
  // (A text too short to tell is read as the language it most looks like, German when none.)
  const guess = tree.data?.languageGuess;
  const language = guess === undefined ? tree.data?.language : guess;
  if (language === undefined || language === null || language === 'de') return;
  for (const entry of speakers) {
    if (entry.title !== 'Ministerpräsident' || !entry.aliases.some((a) => MP_TAG.test(a))) continue;
    entry.title = 'MP';
    report(
      file,
      'speaker-title',
      `Read “MP” before ${entry.name ?? 'the name'} as a member of parliament: Ministerpräsident is German transcripts' reading`,
      { line: firstLine(tree, entry.id), actual: 'Ministerpräsident', expected: ['MP'] },
    );
  }
}

/** unified plugin: the tag words whose meaning is the text's language's (see above). */
export const languageRoles: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const speakers = tree.data?.speakers;
  if (!speakers || speakers.length === 0) return;
  const kept = abbreviatedRoles(tree, file, announcerSpeaker(tree, file, speakers));
  memberNotPremier(tree, file, kept);
  if (kept !== speakers) tree.data = { ...tree.data, speakers: kept };
};
