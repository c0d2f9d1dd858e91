/**
 * Page furniture in pasted text: one classifier per convention of news web pages and transcript
 * pages (cookie and subscription notices, navigation, share links, "Related stories", bylines,
 * datelines, photo captions and credits, copyright and terms, transcript disclaimers, programme
 * credits). Each reads one whole line and answers a reason or null.
 *
 * Precision first: a line of real narration must never be taken for furniture. So most rules
 * read a short line whose every word is in the rule's vocabulary (navigation, share links,
 * dates), or a fixed opening that narration does not use (`©`, `Image caption,`, `NPR transcripts
 * are created`). Every pattern is anchored and has no nested quantifier: linear in the line.
 */
import { isCaselessLetter, isWhitespaceCode } from './chars.ts';
import { TELEGRAM_STAMP } from './clock.ts';
import type { NoteReason } from './document.ts';
import { classifyCjkLine } from './furniture-cjk.ts';
import { classifyLanguageLine, PRESENTER_FIELD } from './furniture-languages.ts';
import { lazy, lazyRegExp } from './lazy.ts';
import {
  HAS_LOWERCASE,
  STARTS_LOWERCASE,
  STARTS_UPPERCASE,
  STARTS_UPPERCASE_OR_DIGIT,
} from './letter-patterns.ts';

/** End marks of wire and broadcast copy (Xinhua's `Enditem`, Kyodo's `==Kyodo`). */
const END_MARK =
  /^(?:ENDS|END|-?ends-?|Enditem|ENDITEM|==\s?(?:Kyodo|KYODO)|-{1,2} ?ENDS? ?-{1,2}|\(ENDS?\)|###|-30-|- 30 -|(?:INTERVIEW|TRANSCRIPT|RECORDING) ENDS|\[END OF (?:TRANSCRIPT|RECORDING|BRIEFING)\]|\(END OF (?:TRANSCRIPT|RECORDING|BRIEFING)\)|END OF (?:TRANSCRIPT|RECORDING|BRIEFING|CLIP|RECORD))$/;
/** The end mark with the time the event ended (White House: `END  3:19 P.M. EDT`). */
const END_TIME = /^END\s+\d{1,2}:\d\d(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$/;
/**
 * The publication block under an official page's text (kremlin.ru in English and Russian):
 * `Publication status`, `Published in section: News`, `Publication date: …`, `Direct link: …`.
 */
const PUBLICATION_FOOTER =
  /^(?:Publication status$|Published in sections?:|Publication date:|Direct link:|Статус материала|Опубликован в разделах?:|Дата публикации:|Ссылка на материал:)/u;
/**
 * The labels of a transcription tool's export header (Otter: `SUMMARY KEYWORDS`, `SPEAKERS`),
 * in capitals on a line of their own, and Google Meet's attendees in its languages (`Attendees`,
 * `Teilnehmer`, `Participantes`); the list under each is furniture too (see the plugin).
 */
export const EXPORT_HEADER_LABEL =
  /^(?:SUMMARY KEYWORDS|KEYWORDS|SPEAKERS|Attendees|ATTENDEES|Teilnehmer|Teilnehmende|Participantes|Partecipanti|Asistentes|Deelnemers)$/;
/**
 * The label of a press conference page's list of who speaks (`Speakers:` / `Mayor Angela Ruiz`
 * / `Police Chief Marcus Dell`): the label and the names under it are page furniture.
 */
export const SPEAKER_LIST_LABEL =
  /^(?:(?:Speakers|SPEAKERS|Participants|PARTICIPANTS|Panelists|Panellists|PANELISTS|In attendance|Present|Guests|GUESTS) ?:|Creators (?:and|&) Guests)$/;
/**
 * CBS's label over the guests of a programme's transcript: `On this "Face the Nation"
 * broadcast, moderated by Margaret Brennan:`.
 */
export const BROADCAST_GUESTS_LABEL = lazyRegExp(
  String.raw`^On this ["“][^"“”]{1,60}["”] (?:broadcast|episode|program|programme)(?:, (?:moderated|hosted|presented) by \p{Lu}[\p{L}.'’ -]{1,40})?:$`,
  'u',
);
/**
 * Where a White House event was held, a line of its header: `Aboard Air Force One`,
 * `En Route Miami, Florida`, `En Route to Joint Base Andrews`.
 */
const EN_ROUTE = lazyRegExp(
  String.raw`^(?:Aboard (?:Air Force One|Air Force Two|Marine One)|En Route(?: to)?(?: \p{Lu}[\p{L}.'’-]*){1,5}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?)$`,
  'u',
);
/**
 * The credit lines under a learner-news story (VOA Learning English): `Anna Matteo wrote this
 * story for VOA Learning English.`, `George Grow was the editor.`
 */
const STORY_CREDIT = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:(?:,| and) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}){0,3} (?:wrote|adapted|reported) this (?:story|report|article) for (?:VOA|the Voice of America|Voice of America)\b[^!?]{0,120}$|^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} was the editor\.$`,
  'u',
);
/**
 * A learner-news story's glossary (VOA Learning English): the heading `Words in This Story` and
 * its entries, a term, a dash and a part of speech (`reindeer – n. a kind of deer …`).
 */
const GLOSSARY_HEADING = /^Words in This Story$/i;
const GLOSSARY_ENTRY = lazyRegExp(
  String.raw`^[\p{Ll}][\p{L}'’ -]{0,40} [–—-] (?:n|v|adj|adv|prep|conj|pron|interj|phrasal verb|idiom|expression|noun|verb|adjective|adverb)\. \S`,
  'u',
);
/**
 * A wire story's contributor line: `Associated Press writers Jane Doe in Paris and John Roe
 * contributed to this report.`, `Staff writer Ana Ruiz contributed reporting.` It names the
 * contributors' role, so a sentence of the story (`The drought contributed to this …`) is not one.
 */
const CONTRIBUTOR_LINE = lazyRegExp(
  String.raw`^\p{Lu}[^.!?]{0,200}\b(?:writers?|reporters?|correspondents?|staff|journalists?|researchers?|producers?|photographers?)\b[^.!?]{0,200} contributed(?: reporting)?(?: to this (?:report|story|article))?\.?$`,
  'u',
);
/**
 * A page's heading over its transcript, or the control that opens it: `Read the Full
 * Transcript`, `Show transcript`, `Full transcript`.
 */
const TRANSCRIPT_CONTROL =
  /^(?:(?:read|view|show|hide|see|open|expand)(?: the)? (?:full |complete )?transcript|(?:full|complete|meeting|episode|podcast|call) transcript|auto-generated(?: transcript)?|automatically generated(?: transcript)?|live reporting|live updates)$/i;
/** A live page's entry time in German, French and Spanish: `12:45 Uhr`, `12.45 Uhr`, `12h45`, `12:45 h`. */
const LIVE_ENTRY_CLOCK = /^\d{1,2}(?:[:.]\d\d ?(?:Uhr|h)|h\d\d)$/;
/** {@link classifyLine}'s live entry times in words of German, French, Spanish and Italian. */
const LIVE_TIME_WORDS =
  /^(?:(?:[Vv]or|[Ii]l y a|[Hh]ace) \d{1,3} ?(?:Min(?:uten?|\.)?|min(?:utes?|utos?|\.)?|Std\.?|Stunden?|h|heures?|horas?)|(?:Mise? à jour à|Actualizado a las|Aktualisiert um|Aggiornato alle) \d{1,2}[:h.]\d\d(?: Uhr| h)?)$/u;
/** A video's views and date (`184,302 views  Nov 29, 2026`, `1.2M views 3 days ago`). */
const VIDEO_VIEWS = lazyRegExp(
  String.raw`^\d[\d.,]{0,12}[KMB]? views?\s+(?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}|\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|(?:Streamed|Premiered) .{1,30})$`,
  'u',
);
/** A channel's subscribers (`1.2M subscribers`) or a like count alone (`12K`). */
const VIDEO_COUNT = /^(?:\d[\d.,]{0,12}[KMB]? subscribers|\d{1,3}(?:[.,]\d)?[KM])$/;
/** A podcast host's footer line: `Powered by Transistor`, `Hosted on Acast`, `Podcast hosted by Libsyn`. */
const PODCAST_HOST = lazyRegExp(
  String.raw`^(?:Powered by|Hosted (?:on|by)|Podcast hosted by|Podcast powered by) \p{Lu}[\p{L}\d.]{1,24}(?: \p{Lu}[\p{L}\d.]{1,16})?$`,
  'u',
);
/** A live page's list of its main entries (`Key events`, the Guardian's): in-page links. */
export const KEY_EVENTS = /^(?:key events|key updates)$/i;
/**
 * A live page's controls and labels on a line of their own: `Show key events only`, `Newest
 * first` (`Neueste zuerst`, `Plus récents`, `Más recientes`), `Pinned`, `Live`, `Liveblog`, `Liveticker`, `En direct`, `En directo`, `In diretta`.
 */
const LIVE_PAGE_CONTROL =
  /^(?:show key events only|(?:newest|oldest|latest) first|(?:neueste|älteste) zuerst|(?:les )?plus (?:récents|anciens)|más (?:recientes|antiguos)|pinned(?: post)?|auto-?update(?: on| off)?|live|live ?blog|live-?ticker|news ?blog|en direct|en directo|in diretta)$/i;
/** The first letters (lower case) of {@link KEY_EVENTS} and {@link LIVE_PAGE_CONTROL}. */
const LIVE_PAGE_FIRST = new Set([...'ksnolpaedimä'].map((c) => c.charCodeAt(0)));
/**
 * The time of a live-text entry on a line of its own: a match minute (`72'`, `45+2'`, `90+4 min`)
 * or the break (`HT`, `FT`, `AET`): when the entry was posted, not words to read.
 */
export const MATCH_TIME = /^(?:\d{1,3}(?:\+\d{1,2})?(?:['’′]| ?min)|HT|FT|AET)$/;
/**
 * A podcast's sponsor read opening a line (`This episode is brought to you by Fernleaf…`,
 * `Support for this podcast comes from …`): an advertisement, however long.
 */
const SPONSOR_READ =
  /^(?:(?:This|Today['’]s) (?:episode|show|podcast) is (?:brought to you|sponsored|supported|presented) by|Support for (?:this|the) (?:podcast|show|episode) comes from|This podcast is (?:brought to you|sponsored|supported) by) \S/;
/** See the citation rule in {@link classifyLine}. */
const CITATION = lazyRegExp(
  String.raw`^\p{Lu}[^“”"]{1,150}, [“"][^“”"]{3,200},[”"] [^“”"]{0,40}\b(?:1[6-9]|20)\d\d, pp?\. \d[^“”"]{0,300}$`,
  'u',
);

/** A transcript's page header (`Page 14`, `Page 3 of 40`) on a line of its own. */
const STORY_KIND =
  /^(?:Interview|Analysis|Explainer|Opinion|Exclusive|Speech|Press release|News story)$/;
const PAGE_HEADER = /^Page:? \d{1,4}(?: of \d{1,4})?$/;
const SHEET_PAGES = /^\(Pages \d{1,4} (?:to|-) \d{1,4}\)$/;
/**
 * A page's notice that a feature needs scripts: `Please turn on JavaScript to use this feature`,
 * `Enable JavaScript to watch this video`, `You need to enable JavaScript to run this app.`
 */
const SCRIPT_NOTICE =
  /^(?:please |you (?:must|need to|will need to) )?(?:turn on|enable|activate|switch on|allow) javascript\b/i;
/** A clock time alone in brackets: `[14:32:05]`, `[00:01:23.480]`, `(00:01)`. */
const CLOCK_LINE = /^[[(]\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?[)\]]$/;
/** Longest of the short labels above (`Words in This Story`, `SUMMARY KEYWORDS`). */
const SHORT_LABEL_CHARS = 24;

/** A dash (`-`, `–`, `—`) with a space each side at `i`. */
function isSpacedDashAt(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return (
    (c === 0x2d || c === 0x2013 || c === 0x2014) &&
    line.charCodeAt(i - 1) === 0x20 &&
    line.charCodeAt(i + 1) === 0x20
  );
}

/**
 * A dash with a space each side in the first 48 characters (a glossary entry's `term – n.`).
 * Every third character is looked at: each three characters in a row hold one of them, and only
 * a space or a dash there can be part of ` – `.
 */
function hasEarlySpacedDash(line: string): boolean {
  // The dash at 1 ≤ i < end; its spaces at i - 1 and i + 1 ≤ end.
  const end = Math.min(line.length - 1, 48);
  for (let q = 1; q <= end; q += 3) {
    const c = line.charCodeAt(q);
    if (c !== 0x20 && c !== 0x2d && c !== 0x2013 && c !== 0x2014) continue;
    for (let i = Math.max(1, q - 1); i <= q + 1 && i < end; i++) {
      if (isSpacedDashAt(line, i)) return true;
    }
  }
  return false;
}

/** NPR's audio player on a story page: `4-Minute Listen`, `Playlist`. */
/** Glyph names of icon fonts, alone on a line in lower case. */
export const ICON_LABEL =
  /^(?:play|pause|search|close|menu|share\d?|twitter|facebook|linkedin|instagram|whatsapp|mailto|envelope|play_arrow|expand_more|expand_less|chevron_(?:left|right)|arrow_(?:back|forward)|icon-[a-z]{2,8})$/;
/**
 * CNN's dateline alone on its line: a place in capitalised words, `CNN` (in parentheses or not)
 * and a dash (`I told CNN —`, a sentence broken off, is none).
 */
const CNN_DATELINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}.'’-]*(?:,? (?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|do|del|la|le|al|el|of)){0,6} \(?CNN(?: Business| Brasil| Español)?\)? ?[—–]$`,
  'u',
);
/** The Times' note of the article's print edition (see classifyLine). */
const PRINT_VERSION = /^A version of this (?:article|story|review) appear(?:s|ed) in print on /;
/** A writer's line ending with the link to more of them: `… for The Times. More about Jane Doe`. */
const WRITER_MORE_ABOUT = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}) [^.]{2,200}\.(?: [^.]{2,200}\.){0,3} More about \1$`,
  'u',
);
/** A gallery's photo caption after its place in the gallery: `1 of 2 | Passengers wait…`. */
const GALLERY_CAPTION = /^(?:\d{1,2} of \d{1,2} \| \S|\[\d{1,2}\/\d{1,2}\] ?[A-Z])/;
/** An audio or video player's position over its length, copied with the page: `0:00 / 4:32`. */
const PLAYER_TIME = /^\d{1,2}:\d\d(?::\d\d)? ?\/ ?\d{1,2}:\d\d(?::\d\d)?$/;
/** A list's words for screen readers, copied with the page (see classifyLine). */
const SCREEN_READER_LIST = /^(?:list of \d{1,3} items?|list \d{1,3} of \d{1,3}|end of list)$/;
/** A short link to a story: a host and one code (`https://p.dw.com/p/4xYz1`, `https://bit.ly/3aBcD`). */
const SHORT_LINK = /^https?:\/\/[a-z\d.-]{3,24}\/(?:[a-z]\/)?[A-Za-z\d]{4,12}$/;
/** Two numeric dates with no space between (`01/14/202601/14/2026`, `14.01.202614.01.2026`). */
const TWO_DATES = /^(?:\d\d[/.]\d\d[/.]\d{4}){2}$/;
/** A date and its time run together, as NPR's pages copy (`November 28, 202612:00 PM ET`). */
const DATE_GLUED_TIME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d\d{1,2}:\d\d (?:AM|PM|a\.m\.|p\.m\.)(?: [A-Z]{1,4})?$/;
const PLAYER =
  /^(?:\d{1,3}-Minute Listen|Playlist|Add to playlist|Play \(\d{1,3} ?min\)|(?:Listen|Watch) on (?:Spotify|Apple Podcasts|YouTube|Pocket Casts))$/i;
/**
 * A list of people or members in a record's header: `Guests: Alan Brooks, Nia Coleman` (`GUESTS:
 * ALAN BROOKS, NIA COLEMAN` in capitals; `Guest: Dr. Amira Haddad, epidemiologist`, a full stop
 * after an abbreviated title only).
 */
const ROSTER = lazyRegExp(
  String.raw`^(?:Guests?|Panel(?:ists)?|Members|Present|Participants|Produced by|Executive producers?|Edited by|Written by|GUESTS?|PANEL(?:ISTS)?|PARTICIPANTS)\s*:\s+\p{Lu}(?:[^.!?:;]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Rev|Hon|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St|Jr|Sr))\.)*$`,
  'u',
);
/** The source line under an official page's text (kremlin.ru and the like). */
const SOURCE_LINE = /^(?:The source of information(?: is)?|Source of information:)\s/;

/** How a briefing was held, under its title: `Via Teleconference`. */
const VIA =
  /^Via (?:Teleconference|Telephone|Phone|Videoconference|Video ?Conference|Video ?Link|Satellite|Zoom|Webex|Teams|Conference Call)$/i;
/** Parliamentary record headers: `Volume 761: debated on Tuesday 14 October 2025`. */
const RECORD_HEADER = /^Volume \d{1,5}: debated on /;
/**
 * The Oireachtas debates header: `Dáil Éireann debate - Wednesday, 18 Nov 2026`, `Seanad
 * Éireann debate - …`, and the volume line under it, `Vol. 1071 No. 4`.
 */
const OIREACHTAS_HEADER = lazyRegExp(
  String.raw`^(?:Dáil|Seanad) Éireann debate [-–—] \p{Lu}\p{Ll}{2,8}day, \d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}$`,
  'u',
);
/** The Scottish Parliament's Official Report: `Meeting of the Parliament` over the date. */
const HOLYROOD_HEADER = /^Meeting of the Parliament(?: \(Hybrid\)| \(Virtual\))?$/;
const VOLUME_NUMBER = /^Vol\. \d{1,5},? No\. \d{1,4}$/;

/**
 * Court transcripts' page furniture (the Supreme Court's and court reporters' PDFs): the page
 * header `Official - Subject to Final Review`, the reporter's footer `Heritage Reporting
 * Corporation`, the section label `PROCEEDINGS` (also letter-spaced), and a case caption's lines,
 * which end in the caption's bracket column (`HARLAN COUNTY, KENTUCKY, ET AL.,  )`,
 * `v.  )  No. 24-512`).
 */
const COURT_PAGE_HEADER = /^Official [-–—] Subject to Final Review$/i;
const COURT_REPORTER = lazyRegExp(
  String.raw`^\p{Lu}\p{L}+ Reporting (?:Company|Corporation)(?:, Inc\.)?$`,
  'iu',
);
const COURT_SECTION = /^(?:PROCEEDINGS|P R O C E E D I N G S|(?:AFTERNOON|MORNING) SESSION)$/;
const CAPTION_BRACKET = / \)(?: (?:Case |Docket )?No\. ?[\w.-]{1,20})?$/;
/** The longest end of a line CAPTION_BRACKET matches: ` )`, ` Docket No. ` and 20 characters. */
const CAPTION_BRACKET_TAIL = ' ) Docket No. '.length + 20;
const COURT_PAGE_HEADER_LENGTH = 'Official - Subject to Final Review'.length;
/** First letters of the section labels: P(ROCEEDINGS), A(FTERNOON), M(ORNING). */
const COURT_SECTION_FIRST: ReadonlySet<number> = new Set([0x50, 0x41, 0x4d]);

/**
 * A court transcript's word index (the Supreme Court's and court reporters' concordance at the
 * end): entries of a word, its count in brackets and its pages and lines (`ahead [1] 22:8`, `2:2,5,8`), one
 * or more a line (the index's columns run together when copied), and a line of references alone
 * that an entry's wrap left (`12:4 30:2 44:19`, only under an entry: see `plugins/furniture.ts`). The word cannot hold a colon, the references are
 * digits around one: the parts cannot be read two ways.
 */
const WORD_INDEX = lazyRegExp(
  String.raw`^(?:[\p{L}\d$][\p{L}\d'’.,$&/-]*(?: [\p{L}\d'’.,$&/-]+){0,3} \[\d{1,3}\](?: \d{1,3}:\d{1,2}(?:,\d{1,2}){0,12}){1,40} ?)+$`,
  'u',
);
export const INDEX_REFERENCES =
  /^\d{1,3}:(?:[1-9]|[12]\d)(?:,\d{1,2}){0,12}(?: \d{1,3}:(?:[1-9]|[12]\d)(?:,\d{1,2}){0,12}){1,40}$/;

/** The label over a programme summary on a broadcaster's transcript page: `Summary`. */
const SUMMARY_LABEL = /^(?:Summary|Show Summary|Episode Summary|Segment Summary)$/i;

/** The end COURT_REPORTER needs, in either case: `…y` (Company), `…n` (Corporation), `, Inc.` */
function endsLikeReporter(line: string): boolean {
  const last = line.charCodeAt(line.length - 1) | 0x20;
  return last === 0x79 || last === 0x6e || line.charCodeAt(line.length - 6) === 0x2c;
}

/**
 * A court transcript's running page header or reporter's footer (`Official - Subject to Final
 * Review`, `Heritage Reporting Corporation`): its page breaks, not its front page.
 */
export function isCourtPageLine(line: string): boolean {
  return (
    (line.length === COURT_PAGE_HEADER_LENGTH && COURT_PAGE_HEADER.test(line)) ||
    (endsLikeReporter(line) && COURT_REPORTER.test(line))
  );
}

/** A line of a court transcript's front page or page furniture (see above), or false. */
function isCourtFurniture(line: string): boolean {
  // The page header only at its length, a section label only at its first letter, the
  // reporter only where the line can end like one.
  if (
    (line.length === COURT_PAGE_HEADER_LENGTH && COURT_PAGE_HEADER.test(line)) ||
    (COURT_SECTION_FIRST.has(line.charCodeAt(0)) && COURT_SECTION.test(line)) ||
    (endsLikeReporter(line) && COURT_REPORTER.test(line))
  )
    return true;
  // `IN THE SUPREME COURT OF THE UNITED STATES`, `IN THE UNITED STATES DISTRICT COURT FOR …`:
  // the court's caption, in capitals, a heading (no comma, no end mark: not a sentence of a
  // transcript in capitals like `IN THE COURT OF PUBLIC OPINION, HE HAS LOST.`).
  if (
    line.startsWith('IN THE ') &&
    line === line.toUpperCase() &&
    / COURT\b/.test(line) &&
    !/[,.!?;:]/.test(line) &&
    words(line).length <= 14
  )
    return true;
  // A caption line: its bracket column, and no opening bracket (not a parenthesis of a sentence).
  return (
    line.length <= 120 &&
    // A bracket first (one character is found faster than two), then the bracket after a space.
    line.indexOf(')', line.length - CAPTION_BRACKET_TAIL) !== -1 &&
    line.includes(' )', line.length - CAPTION_BRACKET_TAIL) &&
    !line.includes('(') &&
    CAPTION_BRACKET.test(line)
  );
}

/** True when the last character of `line` is one of `chars` (what `/[…]$/` tests, no scan). */
function endsWithAny(line: string, chars: string): boolean {
  return line.length > 0 && chars.includes(line.charAt(line.length - 1));
}

/** `/javascript/i`, tried only on a line with a `j` (most lines have none). */
function mentionsJavaScript(line: string): boolean {
  return (line.includes('j') || line.includes('J')) && /javascript/i.test(line);
}

/** `/^\p{Ll}/u`: an ASCII first letter is told without the regular expression. */
function startsLowerCase(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return STARTS_LOWERCASE.test(line);
}

/**
 * Whether `/^\S+ transcripts? /i` can match: its space is the line's first space (no
 * whitespace before it), and a `t` follows it.
 */
function secondWordMayBeTranscript(line: string): boolean {
  const space = line.indexOf(' ');
  return space > 0 && (line.charCodeAt(space + 1) | 0x20) === 0x74;
}

/**
 * A download link: a file's name with its extension, maybe its language and size
 * (`Statement_26_120_EN.pdf`, `Statement_26_120_EN.pdf English (125.4 KB - PDF)`), or the size
 * alone (`(125.4 KB - PDF)`). A file's name has no space: a sentence naming a PDF is none.
 */
const DOWNLOAD = lazyRegExp(
  String.raw`^(?:[\w.-]{1,80}\.(?:pdf|docx?|odt|rtf|xlsx?|pptx?|zip)(?: ?\p{L}{2,12})?(?: ?\(\d{1,5}(?:[.,]\d{1,2})? ?[KkMm]B(?: ?[-–] ?[A-Za-z]{2,5})?\))?|\(?\d{1,5}(?:[.,]\d{1,2})? ?[KkMm]B ?[-–,]? ?(?:PDF|DOCX?|ODT|RTF|XLSX?|ZIP)\)?)$`,
  'u',
);

/**
 * A label over the byline's name: `Text by:`, `Words by`, `Reporting by:`, PBS's `By —`; or with
 * the name on its line (FRANCE 24: `Text by: FRANCE 24`, `Video by: Dana Whitfield`).
 */
const TEXT_BY =
  /^(?:(?:Text|Words|Story|Reporting|Report|Video) by:?(?: [A-Z][^.!?]{0,30})?|By ?[—–-])$/i;
/** A newsletter's sign-up box's heading: `Daily newsletter`, `Newsletters`. */
const NEWSLETTER = /^(?:(?:Daily|Weekly|Free|Our) )?[Nn]ewsletters?$/;

/** Longest {@link SUMMARY_LABEL}: `Episode Summary`, `Segment Summary`. */
const SUMMARY_LABEL_CHARS = 15;
/**
 * The subjects a transcript covers, under its header: `SUBJECTS:` in capitals, or two or more
 * `;` or `,` apart with no sentence's end (a police or research interview's `SUBJECT: They are
 * up, they are up.` is a speaker's label), or three or more `;` apart, which may end in a full
 * stop (`Subjects: Cost of living; energy bill relief; Middle East.`).
 */
const SUBJECTS_LINE =
  /^(?:(?:SUBJECTS|TOPICS)\s*:\s*\S.{0,150}|(?:SUBJECT|TOPIC|Subjects?|Topics?)\s*:\s*[^;,:]{2,80}[;,]\s*\S(?:.*[^.!?…])?|(?:Subjects|Topics)\s*:\s*[^;:]{2,80};[^;:]{2,80};[^:]{1,150})$/;
/** A political authorisation line: who authorised or paid for the text, and where. */
const AUTHORISED_BY = lazyRegExp(
  String.raw`^(?:Authori[sz]ed|Paid for) by \p{Lu}[^.!?]{0,150}[.]?$`,
  'u',
);
/**
 * First two letters (lower case, as `(c | 0x20) << 8 | (d | 0x20)`) {@link SCRIPT_NOTICE} opens
 * with: pl(ease), yo(u), tu(rn), en(able), ac(tivate), sw(itch), al(low).
 */
const SCRIPT_NOTICE_OPENINGS: ReadonlySet<number> = new Set(
  ['pl', 'yo', 'tu', 'en', 'ac', 'sw', 'al'].map((p) => (p.charCodeAt(0) << 8) | p.charCodeAt(1)),
);
/**
 * Last characters of a {@link CONTRIBUTOR_LINE}: contribute(d), reportin(g), repor(t), stor(y),
 * articl(e), or its full stop.
 */
const CONTRIBUTOR_LAST: ReadonlySet<number> = new Set([0x64, 0x67, 0x74, 0x79, 0x65, 0x2e]);

/** Longest line any rule looks at, in characters: furniture is short (a footer is ~400). */
const MAX_NOTE_CHARS = 600;

function words(line: string): string[] {
  return line.split(/[\s\u00a0]+/).filter((w) => w !== '');
}

/** Lower-case tokens of a line without the punctuation around them. */
function tokens(line: string): string[] {
  const out: string[] = [];
  for (const w of line.toLowerCase().split(/[\s\u00a0|·•›»/]+/)) {
    const t = trimPunctuation(w);
    if (t) out.push(t);
  }
  return out;
}

const WORDISH = lazyRegExp(String.raw`[\p{L}\p{N}&]`, 'u');

/** {@link WORDISH} of one UTF-16 code unit: an ASCII one told without the regular expression. */
function isWordish(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x26
    );
  return WORDISH.test(w[i] ?? '');
}

/** A token without the punctuation around it, in one pass from each end (no backtracking). */
function trimPunctuation(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && !isWordish(w, start)) start++;
  while (end > start && !isWordish(w, end - 1)) end--;
  return start === 0 && end === w.length ? w : w.slice(start, end);
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

// --- navigation -----------------------------------------------------------------------------

/** Section and utility links of news sites' menus (one-word items). */
const NAV_WORDS = set(
  'home news sport sports weather world business politics tech technology science health ' +
    'entertainment arts culture travel opinion opinions video videos live menu search more ' +
    'podcasts podcast music style local us uk europe asia africa americas australia lifestyle food ' +
    'games newsletters sections education earth reel worklife future innovation markets audio ' +
    'shows schedule radio tv iplayer sounds climate economy money finance media books movies ' +
    'television obituaries magazine photos gallery galleries investigations features analysis ' +
    'sitemap help faq contact careers advertise accessibility subscribe donate login account ' +
    'regions national international latest trending transcript transcripts china india ukraine russia israel ' +
    // (A meeting tool's transcript tab in other languages: Meet's `Transkript`, `Transcripción`.)
    'transkript transcripción trascrizione transcrição ' +
    // A site's home in other languages, opening its breadcrumb (`Главная > В мире`).
    'startseite inicio portada accueil início главная головна الرئيسية ' +
    'middle east latin america canada us-news world-news hot',
);
/** Multi-word menu items and page controls, lower case. */
const NAV_PHRASES: ReadonlySet<string> = new Set([
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'skip to footer',
  'main menu',
  'close menu',
  'open menu',
  'back to top',
  // Japanese sites' link back up the page (`Page Top`, `▲ To Top`).
  'page top',
  'to top',
  'return to top',
  'go to top',
  'top of page',
  'top stories',
  'most read',
  'most popular',
  'sign in',
  'log in',
  'log out',
  'sign out',
  'my account',
  'contact us',
  'about us',
  'about npr',
  'about the bbc',
  'all sections',
  'more sections',
  'more news',
  'toggle navigation',
  'show more',
  'learn more',
  'load more',
  'see all',
  'view all',
  'home page',
  'live tv',
  'watch live',
  'listen live',
  'hourly news',
  'my playlist',
  'open navigation menu',
  'close navigation menu',
  // A video page's transcript panel, copied with its captions.
  'search in video',
  'explore more',
  'show more stories',
  'more stories',
]);

const NAV_PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...NAV_PHRASES].map((p) => p.split(' ')[0] ?? ''),
);

/** Breadcrumb separators: `Home › News › World`, `News > Politics`. */
const BREADCRUMB = /\s(?:›|»|>|\/|\|)\s/;

/** The separators {@link BREADCRUMB} needs: one scan of the line. */
const BREADCRUMB_SEPARATOR = /[/|>»›]/;

/** Whether the line holds a separator {@link BREADCRUMB} needs (most lines hold none). */
function mayBeBreadcrumb(line: string): boolean {
  return BREADCRUMB_SEPARATOR.test(line);
}

/** Where `/[\s\u00a0|·•›»/]/` first matches in `line`, or -1: a loop over the first word. */
function firstSeparator(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (
      isWhitespaceCode(c) ||
      c === 0x7c ||
      c === 0x2f ||
      c === 0xb7 ||
      c === 0x2022 ||
      c === 0x203a ||
      c === 0xbb
    )
      return i;
  }
  return -1;
}

/** `/\d/` on one UTF-16 code (ASCII digits only). */
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The first word of a line, lower case, without the punctuation around it. */
function firstToken(line: string): string {
  const space = firstSeparator(line);
  return trimPunctuation((space === -1 ? line : line.slice(0, space)).toLowerCase());
}

/** `first`: the line's {@link firstToken}. */
function isNavigation(line: string, first: string): boolean {
  // Cheap test first: a menu starts with a section word, or is a breadcrumb.
  if (!NAV_WORDS.has(first) && !NAV_PHRASE_STARTS.has(first) && !BREADCRUMB.test(line))
    return false;
  const ws = words(line);
  if (ws.length === 0) return false;
  if (/[.!?,;:]$/.test(line)) return false;
  // A breadcrumb from the home page down to the page's own long title (`Home > News > Speeches
  // and Statements by the Prime Minister > Press Conference by the Prime Minister`).
  if (ws.length > 12) return ws.length <= 40 && isLongBreadcrumb(line, first);
  const lower = tokens(line).join(' ');
  if (NAV_PHRASES.has(lower)) return true;
  // Every item capitalised (a menu), every item a known section, or a breadcrumb of short items.
  const items = line.split(/\s*(?:›|»|>|\||•|·|\/)\s*/).filter((s) => s !== '');
  // (A site's brand in lower case may open a breadcrumb: G1's `g1 > Mundo`.)
  const brand = /^[a-z][a-z0-9.]{0,11}$/.test(items[0] ?? '') && /\s[>›]\s/.test(line);
  // (Or in a script without capitals: `الرئيسية > أخبار > العالم`.)
  const capitalised = items.every(
    (it, i) =>
      (i === 0 && brand) || STARTS_UPPERCASE_OR_DIGIT.test(it) || isCaselessLetter(it[0] ?? ''),
  );
  if (!capitalised) return false;
  if (items.length >= 2 && BREADCRUMB.test(line) && items.every((it) => words(it).length <= 4)) {
    // A newsroom's slug in capitals with its date or format (`CITY COUNCIL / BUDGET VOTE /
    // 3-4-26`, `FIRE / MAIN ST / VO`) is the story's name, no menu.
    // (With its run time, `FERRY STORM / PKG / 1:45`, it stays a note: no tag reads its colon.)
    if (
      !line.includes('›') &&
      !line.includes('>') &&
      !line.includes(':') &&
      line === line.toUpperCase()
    ) {
      return NAV_WORDS.has(tokens(items[0] ?? '')[0] ?? '');
    }
    return NAV_WORDS.has(tokens(items[0] ?? '')[0] ?? '') || items.length >= 3 || brand;
  }
  const toks = tokens(line);
  return toks.length > 0 && toks.length <= 8 && toks.every((t) => NAV_WORDS.has(t));
}

/** Words of one item of a long breadcrumb (a page's title). */
const BREADCRUMB_ITEM_WORDS = 10;

/** `Home › … › …`: opens with a section word, three or more capitalised items. */
function isLongBreadcrumb(line: string, first: string): boolean {
  if (!NAV_WORDS.has(first)) return false;
  const items = line.split(/\s+(?:›|»|>|\|)\s+/);
  return (
    items.length >= 3 &&
    items.every(
      (it) => STARTS_UPPERCASE_OR_DIGIT.test(it) && words(it).length <= BREADCRUMB_ITEM_WORDS,
    )
  );
}

// --- share, print, download -----------------------------------------------------------------

const SOCIAL = set(
  'facebook twitter x whatsapp linkedin reddit email e-mail messenger pinterest telegram bluesky ' +
    'threads flipboard mastodon instagram youtube tiktok sms',
);
const SHARE_VERBS = set('share shares tweet email e-mail print download save copy post send embed');
const SHARE_REST = set(
  'this the a page story article link url on via to with by for later audio transcript pdf & and friendly version ' +
    'options gift comments comment full copied video clip episode image',
);

/** `first`: the line's {@link firstToken}. */
function isShareLine(line: string, first: string): boolean {
  if (!SOCIAL.has(first) && !SHARE_VERBS.has(first) && first !== 'link' && first !== 'listen')
    return false;
  if (/[.!?;]$/.test(line) && !/^(?:Link copied)/i.test(line)) return false;
  const toks = tokens(line);
  if (toks.length === 0 || toks.length > 8) return false;
  if (STARTS_LOWERCASE.test(line)) return false;
  // A list of networks (`Facebook Twitter Email`); `X` alone is a letter, not a network.
  if (toks.every((t) => SOCIAL.has(t)) && (toks.length > 1 || (toks[0]?.length ?? 0) > 1))
    return true;
  if (toks[0] === 'link' && toks[1] === 'copied') return true;
  if (
    toks[0] === 'listen' &&
    toks.length <= 4 &&
    (/\d:\d\d/.test(line) || /^Listen(?: [·•|-])? \d{1,3} mins?$/i.test(line))
  )
    return true;
  if (!SHARE_VERBS.has(toks[0] ?? '')) return false;
  return toks.slice(1).every((t) => SHARE_REST.has(t) || SOCIAL.has(t) || SHARE_VERBS.has(t));
}

// --- page widgets: comments, reading time, follow and gift buttons ---------------------------

/**
 * The controls around a story on a web page: the comments (`Comments`, `Leave a comment`,
 * `Show comments (12)`, `Join the conversation`), the reading time (`5 min read`, `Reading
 * time: 4 minutes`), the audio version (`Listen to this article`), `Follow us on X`, `Gift
 * this article`, a wire's standards line (`Our Standards: The Thomson Reuters Trust
 * Principles.`). Whole lines only: a sentence that starts the same way goes on past them.
 */
const WIDGET = lazyRegExp(
  String.raw`^(?:(?:\d{1,5} )?comments?(?: \(\d{1,5}\))?|(?:leave|post|add|show|view|hide|load|see|read)(?: a| all| the| more| \d{1,5})? (?:comments?|replies)(?: \(\d{1,5}\))?|join the (?:conversation|discussion|debate)|\d{1,3} min(?:ute)?s? read|(?:estimated )?reading time:? \d{1,3} min(?:ute)?s?|listen to (?:this |the )?(?:article|story)(?:(?: [·•|-])? \d{1,3}(?::\d\d)? min(?:ute)?s?| now)?(?: learn more)?|voiced by amazon polly|audio player loading(?:…|\.{3})?|listen to this (?:article|story)\. enjoy more audio and podcasts on ios or android\.|audio for this (?:article|story) is not available\.?|your browser does(?:n['’]t| not) support (?:html5 |the )?audio(?: element)?\.?|comment on this (?:story|article)|add to your saved (?:stories|articles)|continue reading|continue article|read (?:the )?full (?:article|story)|download the app|open in app|lire la suite|weiterlesen|continua a leggere|follow(?: us)?(?: on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|tiktok|youtube|whatsapp|google news))?|follow \p{Lu}[\p{L}\d ]{1,40}(?: on [\p{L} ]{1,20})?:(?: https?:\/\/\S{1,200})?|find more [^:]{1,80}: https?:\/\/\S{1,200}|click here to (?:search|share(?: on social media)?|subscribe|follow)(?: \S{1,12})?|click here (?:to (?:get|download|sign up for)|for more) (?:[^.!?]|\.(?=\S)){1,60}|click here to browse (?:all |full |more )?(?:transcripts|episodes|stories) of .{1,80}|gift (?:this )?article|our standards: .{1,80}|(?:\(release id: ?\d{1,12}\) ?)?visitor counter ?: ?\d{1,12}|\(release id: ?\d{1,12}\)|read this (?:release|page|article|story|statement) in:? [\p{L} ,]{2,120}|discussion about this (?:post|episode|video)|restack|show less|view image in fullscreen|reuse this content|this article is more than \d{1,2} (?:years?|months?) old|follow along using the transcript\.?|save articles to read later and create your own reading list\.?|why you can trust [\p{L}\p{N} ]{2,30}|\+?text size)$`,
  'iu',
);
const WIDGET_FIRST = set(
  'comment comments leave post add show view hide load see read join listen follow gift our reading release visitor click discussion restack find continue download open lire weiterlesen continua reuse this audio your estimated voiced save why text',
);

function isPageWidget(line: string, first: string): boolean {
  if (line.length > 120) return false;
  if (WIDGET_FIRST.has(first) || isAsciiDigit(first.charCodeAt(0))) {
    if (WIDGET.test(line)) return true;
    // An author's follow button (`Follow Maria Lund`): the name, no sentence.
    return first === 'follow' && isBareName(line.slice(7)) && line.startsWith('Follow ');
  }
  return false;
}

// --- related links --------------------------------------------------------------------------

const RELATED =
  /^(?:related(?: stories| articles| content| topics| coverage| links| posts| videos| reading| news)?|tags|topics|filed under|more (?:from|on this story|on this|stories|in|like this|news from|to explore|episodes(?: from| of)?|videos|clips|podcasts)\b|read more\b|see also|also read|you may also like|you might also like|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|trending(?: now)?|read next|up next|go deeper(?=:)|see more on|see all topics|suggested topics|explore more on these topics|editor['’]s picks|around the (?:bbc|web)|top stories|further reading|latest (?:stories|news)|other stories)(?=$|[\s:,–—-])/i;

function isRelated(line: string): boolean {
  if (!RELATED.test(line)) return false;
  // A heading or a list of links, never a sentence: `More from NPR`, `Read more: …`.
  if (/[.!?]$/.test(line) && !/^(?:related|read more|see also)\s*:/i.test(line)) return false;
  return words(line).length <= 16;
}

// --- bylines --------------------------------------------------------------------------------

const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const NAME_LINKS = set('and & de da del della van von der den la le bin al el y of');
const NOT_NAMES = set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december the this that then now today tomorrow ' +
    'yesterday noon midnight late early',
);
const BYLINE_OPEN = lazyRegExp(
  String.raw`^(?:By:?|BY:?|(?:Written|Words|Reporting|Story|Reported|Posted|Edited|Compiled|Interview|Interviewed) by:?|Propos recueillis par|Entrevista (?:realizada )?por|Intervista a cura di|Das (?:Interview|Gespräch) führten?|Het interview werd afgenomen door|Author:|Text:|Reporter:|Correspondent:|Produced by|(?:Field |Senior |Executive )?Producer:|(?:Video )?Editor:|Camera:|Shooter:|Photographer:|Videographer:|От|Автор:|Von|Par|Por|From \p{Lu}[\p{L}\p{N}.&-]*['’]s)\s+`,
  'u',
);
const NAME_RUN = lazyRegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}$`, 'u');

const TRAILING_INITIAL = lazyRegExp(String.raw`\b\p{Lu}\.$`, 'u');

/** A post's own dates in a byline's field (`Posted: Mar 12, 2026 …`, `Last Updated: …`). */
const POSTED_FIELD = /^(?:Posted|Published|Updated|Last [Uu]pdated)\b/;

/**
 * A writer's name, the outlet and the post's dates apart by middle dots, as CBC pastes it
 * (`Jane Doe · CBC News · Posted: Mar 12, 2026 10:02 AM EDT | Last Updated: 2 hours ago`): three
 * fields or more, the first a name (or two joined by `and`), one opening with the post's dates.
 */
function dottedByline(line: string): boolean {
  const fields = line.split(' · ');
  if (fields.length < 3 || fields.length > 6) return false;
  const names = (fields[0] ?? '').split(/ and | & |, /);
  return (
    names.every((n) => NAME_RUN.test(n)) &&
    fields.slice(1).some((f) => POSTED_FIELD.test(f) && /\d/.test(f))
  );
}

/** The name(s) a byline gives (`By Jane Doe, BBC News` → `Jane Doe`), or null. */
export function readByline(text: string): string | null {
  // (A German interview's credit is a sentence: `Das Gespräch führte Jane Doe.`)
  const line = text.startsWith('Das ') ? text.replace(/\.$/, '') : text;
  const open = BYLINE_OPEN.exec(line);
  if (!open || /[.!?]$/.test(line.replace(TRAILING_INITIAL, ''))) return null;
  const rest = line.slice(open[0].length).trim();
  // The post's dates after a bar are the byline's (`By Jane Doe | Published November 30, 2026 …`).
  const bar = rest.indexOf(' | ');
  const dated = bar > 0 && /\d/.test(rest.slice(bar));
  if (words(dated ? rest.slice(0, bar) : rest).length > 14) return null;
  // Names before the first comma (outlet, role and place follow it).
  // (A publication's launch line under its subscribe box, Substack's `By Dana Whitfield ·
  // Launched 3 months ago`, is the box's.)
  if (/[·∙•] Launched /.test(rest)) return null;
  // (Le Monde's `Par Ana Ruiz (Londres, correspondante)`: the place and post in brackets.)
  const head = (rest.split(/\s*[,;|–—•·(]\s*|\s+-\s+/)[0] ?? '').trim();
  const names = head.split(/\s+(?:and|&|и|und|et|y)\s+/u);
  const first = names[0] ?? '';
  if (!names.every((n) => NAME_RUN.test(n))) return null;
  for (const n of names) {
    for (const w of words(n)) {
      const key = w.toLowerCase().replace(/[.'’]/g, '');
      if (NOT_NAMES.has(key) && !NAME_LINKS.has(key)) return null;
    }
  }
  return first;
}

/**
 * A person's name alone on a line (`Elena Ortiz`): two or three capitalised words, no date word.
 * Furniture only where the plugin finds it between header notes (a story page's bare byline).
 */
export function isBareName(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || !NAME_RUN.test(t) || words(t).length > 3) return false;
  return !words(t).some((w) => NOT_NAMES.has(w.toLowerCase().replace(/[.'’]/g, '')));
}

// --- datelines ------------------------------------------------------------------------------

const MONTHS = set(
  'january february march april may june july august september october november december jan ' +
    'feb mar apr jun jul aug sep sept oct nov dec ' +
    // German, French, Spanish, Russian (nominative and genitive)
    'januar februar märz mai juni juli oktober dezember janvier février mars avril juin juillet ' +
    'août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto ' +
    'septiembre setiembre octubre noviembre diciembre январь февраль март апрель май июнь июль ' +
    'август сентябрь октябрь ноябрь декабрь января февраля марта апреля мая июня июля августа ' +
    'сентября октября ноября декабря ' +
    // Czech and Polish, in the genitive a date takes (`19. dubna 1995`, `22 maja 2024`).
    'ledna února března dubna května června července srpna září října listopadu prosince ' +
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada ' +
    'grudnia',
);
const DATE_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat ' +
    'sun at am pm a.m p.m et est edt ct cst cdt pt pst pdt mt gmt bst utc cet cest msk ago hour ' +
    'hours minute minutes min mins day days week weeks month months year years h m an a read ' +
    'on of today yesterday updated published posted de del le am um года г vom du от ' +
    // German letters and records date with `den` (`Berlin, Mittwoch, den 25. November 2026`).
    'den ' +
    // Weekdays in German, French, Spanish, Italian and Russian.
    'montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi ' +
    'vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì ' +
    'martedì mercoledì giovedì venerdì sabato domenica понедельник вторник среда четверг ' +
    'пятница суббота воскресенье ' +
    // Czech and Polish weekdays.
    'pondělí úterý středa čtvrtek pátek sobota neděle poniedziałek wtorek środa czwartek piątek ' +
    'niedziela',
);
const DATELINE_OPEN =
  /^(?:Published|Updated|Posted|Last updated|Last modified(?: on)?|First published|Modified|Originally published|Issued|Transcript(?: date)?(?=:)|Опубликовано|Обновлено)\b/u;

/** A token that dates a line on its own: a month, `ago`, a time, a year, a numeric date. */
function isDated(t: string): boolean {
  return (
    MONTHS.has(t) ||
    t === 'ago' ||
    /^\d{1,2}[:.]\d\d(?:[ap]m)?$/.test(t) ||
    /^(?:1[89]|20)\d\d$/.test(t) ||
    /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/.test(t)
  );
}

function isDateToken(t: string): boolean {
  return (
    MONTHS.has(t) ||
    DATE_WORDS.has(t) ||
    /^\d{1,4}(?:st|nd|rd|th)?$/.test(t) ||
    /^\d{1,2}[:.]\d\d(?:[ap]m)?$/.test(t) ||
    /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/.test(t)
  );
}

/** Month and weekday names of the five languages, for a cheap test before the tokens are read. */
const MONTH_OR_DAY =
  /^(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mayo|jun|jui|jul|aug|aoû|ago|sep|set|oct|okt|nov|dec|déc|dez|dic|mon|tue|wed|thu|fri|sat|sun|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек|published|updated|posted|last|опубликовано|обновлено)/i;

/** An RFC 5322 date (`Mon, 10 Mar 2008 17:45:00 -0500`, `… GMT`): the weekday, date, time, zone. */
const MAIL_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|[A-Z]{3})$/;

/** The Sejm's and Senat's record header: term, sitting, day, date (bounded, anchored). */
const SITTING_HEADER =
  /^\d{1,2}\. kadencja, \d{1,3}\. posiedzenie(?:, \d{1,2}\. dzień)? \(\d{1,2}[-.]\d{1,2}[-.]\d{4}\)$/;

/**
 * A blog's byline with the post's time (WordPress: `by Desk Editor on Wednesday, August 3, 2011 —
 * 9:57 PM`; The Hill's `by Jane Doe - 03/12/26 10:02 AM ET`): `by`, a name of capitalized
 * words, `on` or a dash, and a dateline (group 1).
 */
const POSTED_BY = lazyRegExp(
  String.raw`^[Bb]y \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: on| [-–—]) (\S.{5,80})$`,
  'u',
);
/** A news site's label over a release it republishes: `Press Release – Office of the Clerk`. */
const PRESS_RELEASE_SOURCE = lazyRegExp(
  String.raw`^Press [Rr]elease(?: from)?(?: [–—:-])? \p{Lu}[\p{L}.'’&-]*(?: (?:of |the |for |and )*\p{Lu}[\p{L}.'’&-]*){0,6}$`,
  'u',
);
/**
 * A parliament's mark over a transcript not yet corrected (New Zealand's `(uncorrected
 * transcript—subject to correction and further editing)`, Westminster's `[Uncorrected
 * evidence]`): a notice about the text, not words of it.
 */
const UNCORRECTED =
  /^[([](?:Uncorrected|uncorrected) (?:transcript|evidence|proof|record)\b[^()[\]]{0,120}[)\]]\.?$/;

/**
 * TheyWorkForYou's line under a debate's heading (UK Parliament, the Senedd, Holyrood, Stormont):
 * the item, then where and when it was said (`1. Questions to the First Minister – in the Senedd
 * at 1:51 pm on 19 March 2024.`, `Part of the debate – in the House of Commons on 4 June 2025.`).
 */
const TWFY_CONTEXT = lazyRegExp(
  String.raw`^(?:[^–—\n]{1,160} )?[–—] in the (?:Senedd|House of Commons|House of Lords|Scottish Parliament|Northern Ireland Assembly|Welsh Parliament|Westminster Hall)(?: at \d{1,2}:\d{2} ?[ap]m)? on \d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}\.?$`,
  'u',
);
/** A parliament site's offer to follow a debate: `Alert me about debates like this`. */
const ALERT_ME = lazyRegExp(String.raw`^Alert me (?:about|when|to) [\p{L}' ]{3,50}$`, 'u');

/** Five lower-case words: a sentence, not a dateline. */
const LOWER_WORDS = lazyRegExp(String.raw`(?:\s\p{Ll}\S*){5}`, 'u');

const TRAILING_BY_NAME = lazyRegExp(
  String.raw` by \p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,2}$`,
  'u',
);

/** `first`: the line's {@link firstToken}. */
/**
 * A programme named for its day and its presenter (`SUNDAY WITH LAURA KUENSSBERG`, `Sunday
 * Morning with Jane Roe`): the programme's credit, no dateline.
 */
const WEEKDAY_PROGRAMME = lazyRegExp(
  String.raw`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?: (?:Morning|Night|Live|MORNING|NIGHT|LIVE))? (?:with|WITH) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$`,
  'u',
);

/** Words joining a weekday to a programme's presenter or its kind (see {@link isDateline}). */
const PROGRAMME_JOINERS: ReadonlySet<string> = new Set(
  'with mit avec con com met the and live show'.split(' '),
);

function isDateline(line: string, first: string, digit = /\d/.test(line)): boolean {
  // A date and the office that posted it (`Posted on: November 18, 2026 | Office of the Mayor`).
  const bar = line.includes('|') ? line.indexOf(' | ') : -1;
  if (bar > 0 && words(line.slice(bar + 3)).length <= 6 && !line.includes(' | ', bar + 3))
    return isDateline(line.slice(0, bar), first);
  // The date and the story's section after a spaced dash (Axios: `Mar 12, 2026 - Politics &
  // Policy`): a few capitalised words.
  const dash = bar <= 0 ? line.indexOf(' - ') : -1;
  if (
    dash > 0 &&
    SECTION_AFTER_DASH.test(line.slice(dash + 3)) &&
    isDateline(line.slice(0, dash), first)
  )
    return true;
  // The date, the time and the outlet apart by slashes (CBS News: `Updated on: January 11, 2026
  // / 2:14 PM EST / CBS News`).
  const slash = bar <= 0 && line.includes(' / ') ? line.lastIndexOf(' / ') : -1;
  if (slash > 0) {
    const outlet = line.slice(slash + 3);
    if (
      words(outlet).length <= 4 &&
      STARTS_UPPERCASE.test(outlet) &&
      isDateline(line.slice(0, slash).replaceAll(' / ', ' '), first)
    )
      return true;
    // The desk and the site before the date (the Times of India: `TOI News Desk /
    // TIMESOFINDIA.COM / Updated: Mar 12, 2026, 10:02 IST`).
    const when = line.slice(slash + 3);
    if (
      DATELINE_OPEN.test(when) &&
      line
        .slice(0, slash)
        .split(' / ')
        .every((p) => words(p).length <= 4 && STARTS_UPPERCASE.test(p)) &&
      isDateline(when, firstToken(when))
    )
      return true;
  }
  // Cheap test first: a date has a digit, or opens with a month, a weekday or `Published`.
  if (!digit && !MONTH_OR_DAY.test(first)) return false;
  // A chat message's header is its sender's tag.
  if (line.endsWith(']') && TELEGRAM_STAMP.test(line)) return false;
  // An e-mail's or a feed's date header, as a mailing list's archive pastes it above a release
  // or a transcript (RFC 5322: `Mon, 10 Mar 2008 17:45:00 -0500`).
  if (digit && MAIL_DATE.test(line)) return true;
  // A parliament's record header: the term, the sitting, its day and the date (the Sejm's
  // `10. kadencja, 12. posiedzenie, 1. dzień (22-05-2024)`).
  if (digit && SITTING_HEADER.test(line)) return true;
  // A sentence is no dateline; neither is a line with many lower-case words (`at`, `ago` are few).
  if (endsWithAny(line, '!?;') || LOWER_WORDS.test(line)) return false;
  const ws = words(line);
  if (ws.length === 0 || ws.length > 16) return false;
  // `Published` alone, with the date on the next line (as BBC pages paste).
  if (/^(?:Published|Updated|Last updated|Posted)$/.test(line)) return true;
  if (DATELINE_OPEN.test(line)) {
    // The office that posted it after `by` (India's PIB: `Posted On: 14 JAN 2026 7:45PM by PIB
    // Delhi`), and an `On` or `at` after the opener (Hong Kong's `Issued at HKT 11:45`).
    const rest = tokens(
      line
        .replace(DATELINE_OPEN, '')
        .replace(/^\s*(?:on|at)\b/i, '')
        .replace(TRAILING_BY_NAME, ''),
    );
    // (After the opener a date with a short year alone counts too: MSNBC's `Transcript: 3/4/26`.)
    if (/^[A-Za-z ]{6,20}:? \d{1,2}\/\d{1,2}\/\d{2}$/.test(line)) return true;
    const other = rest.filter((t) => !isDateToken(t)).length;
    return rest.some(isDated) && other <= 1 && !/[!?]$/.test(line);
  }
  if (endsWithAny(line, '!?;') || /\.$/.test(line.replace(/\b[AaPp]\.[Mm]\.$/, ''))) return false;
  const toks = tokens(line);
  // A date or time, maybe with its zone and a place (`June 15, 2017 16:00 Moscow`).
  let other = 0;
  let dated = false;
  for (const t of toks) {
    if (!isDateToken(t)) other++;
    else if (isDated(t) || (DATE_WORDS.has(t) && t.endsWith('day'))) dated = true;
  }
  // A venue of a few words may come with a full date (`Premier Division, Kingsway Stadium,
  // Saturday 14 November 2026`).
  const full = toks.some((t) => MONTHS.has(t)) && toks.some((t) => /^(?:1[89]|20)\d\d$/.test(t));
  if (!dated || other > (full ? 5 : 3)) return false;
  // Without a digit, a month beside other words is a name's (`JAN KOWALSKI, MIESZKANIEC`, `MAY
  // LEE`): a dateline then names its weekday (`Monday, November`).
  if (!digit && other > 0 && !toks.some((t) => DATE_WORDS.has(t) && t.endsWith('day')))
    return false;
  // Without a digit, a weekday with a presenter or a show's words is a programme's name (`SUNDAY
  // WITH LAURA KUENSSBERG`, `Saturday Live with …`), no date.
  if (!digit && toks.some((t) => PROGRAMME_JOINERS.has(t))) return false;
  if (other > 0) {
    // The other words name a place or a station in capitals, before or after the date
    // (`June 15, 2017 16:00 Moscow`, `Madrid, 3 de febrero de 2025`, `BBC Radio 4, 08:10, …`).
    const isDate = (w: string): boolean => isDateToken(tokens(w)[0] ?? '');
    const firstDate = ws.findIndex(isDate);
    const lastDate = ws.findLastIndex(isDate);
    const head = ws.slice(0, firstDate);
    const tail = ws.slice(lastDate + 1);
    if (head.length + tail.length !== other) return false;
    if (![...head, ...tail].every((w) => STARTS_UPPERCASE_OR_DIGIT.test(w))) return false;
    // Three words or more before a bare day and month, no comma, no year, no time: a post's or
    // a page's title (`Questions And Answers August 3`), where a place would take its comma.
    if (
      head.length >= 3 &&
      tail.length === 0 &&
      !line.includes(',') &&
      !toks.some((t) => /^(?:1[89]|20)\d\d$/.test(t) || /^\d{1,2}[:.]\d\d/.test(t))
    )
      return false;
    // With a name beside it, a time alone is a tag's time (`Jane Doe 0:01`): a date is needed.
    // A numeric date counts (`Deutschlandfunk, 14.10.2025`).
    if (
      !toks.some(
        (t) =>
          MONTHS.has(t) ||
          /^(?:1[89]|20)\d\d$/.test(t) ||
          t.endsWith('day') ||
          /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/.test(t),
      )
    )
      return false;
  }
  // A clock time alone (`10:30`) is a timestamp, not a dateline: it needs a.m./p.m., a zone or a
  // date with it (`1:54 P.M. EDT`).
  if (toks.every((t) => /^\d{1,2}[:.]\d\d$/.test(t))) return false;
  // A year alone is not a dateline: a month, a weekday, a time or `ago` is needed with it; a
  // date in figures with slashes alone is one (DW's `03/12/2026` under the writer's name).
  return (
    toks.some((t) => isDated(t) && !/^\d{4}$/.test(t)) ||
    toks.some((t) => t.endsWith('day')) ||
    SLASHED_DATE.test(line)
  );
}

/** The heading of a writer's bio at a story's end (`ABOUT THE AUTHOR`, `About the authors`). */
export const ABOUT_AUTHOR =
  /^(?:About the (?:[Aa]uthors?|[Ww]riters?|[Rr]eporters?)|ABOUT THE (?:AUTHORS?|WRITERS?|REPORTERS?))$/;

/** A site's section: one to four capitalised words, `&` between (`Politics & Policy`). */
const SECTION_AFTER_DASH = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’-]*(?: (?:&|and|\p{Lu}[\p{L}'’-]*)){0,3}$`,
  'u',
);

/** A date or zone run into the `Updated` after it (Reuters: `… 10:02 AM GMTUpdated …`). */
const GLUED_UPDATED = /([\dA-Z])(?=Updated )/;

/** A date in figures with slashes, alone (`03/12/2026`, `2026/03/12`). */
const SLASHED_DATE = /^(?:\d{1,2}\/\d{1,2}\/\d{4}|\d{4}\/\d{1,2}\/\d{1,2})$/;

// --- photo captions and credits -------------------------------------------------------------

const AGENCIES =
  /^\(?(?:(?:getty images|reuters|ap|the associated press|associated press|afp|epa|pa media|pa|shutterstock|alamy|bloomberg|xinhua|tass|ria novosti|sputnik|efe|anadolu|nurphoto|zuma|imago|dpa|ansa|kyodo|yonhap|npr|bbc|cnn|ap photo|afp photo|getty)(?:\s*(?:\/|via|-|,)\s*|\s+|$|(?=\))))+\)?$/i;

const CAPTION_OPEN =
  /^(?:Image caption|Media caption|Video caption|Photo caption|Caption|Pictured|Above|Top|Main image|Illustration)\s*[,:]\s*\S/i;
const PHOTO_AGENCY_CREDIT = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*\/\s*(?:AP|AFP|Getty Images|Reuters|EPA|NPR|Bloomberg|Shutterstock|Alamy|Sipa|Zuma|NurPhoto)(?:\s+via\s+Getty Images)?$`,
  'u',
);

/** `Photo by Jane Doe/AP`, or in parentheses after a picture (`(Photo by Jane Doe/Getty Images)`). */
const PHOTO_BY = lazyRegExp(
  String.raw`^(?:(?:Photo|Image|Picture|Photograph) by\s+\p{Lu}|\((?:Photo|Image|Picture|Photograph|Photos) by\s+\p{Lu}[^()]*\)$)`,
  'u',
);

/** The Times' photo credit: `Credit...` and the photographer (`Credit…Karen Wu/Reuters`). */
const NYT_CREDIT = lazyRegExp(String.raw`^Credit(?:\.{3}|…)\s?\p{Lu}`, 'u');
/** A wire's credit, the agency first: `REUTERS/Karen Wu`, `AFP/José Ortega`. */
const AGENCY_FIRST_CREDIT = lazyRegExp(
  String.raw`^(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|ANSA|DPA|dpa)\/\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\/File(?: Photo)?)?$`,
  'u',
);
/** An agency's photo credit in parentheses after a picture: `(AP Photo/Karen Wu, File)`. */
const PAREN_AGENCY_PHOTO =
  /^\((?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Bloomberg|Xinhua|Kyodo)(?: Photo| Images)?\/[^()/]{2,60}(?:\/[^()/]{2,40})?\)$/;
/**
 * A photo's caption with its credit at the end, copied as one line (the Guardian's `The ferry at
 * dawn. Photograph: Karen Wu/Reuters`, `Composite: Guardian Design`; the Times' `The ferry at
 * dawn.Credit...Karen Wu for The New York Times`): the credit a few capitalised words.
 */
const CAPTION_WITH_CREDIT = lazyRegExp(
  String.raw`(?:[.!?”’")]\s?|\s)(?:Photograph|Composite|Illustration|Photo|Photos|Photographs): \p{Lu}[^.!?:]{1,80}$|\S(?:Credit(?:\.{3}|…))\p{Lu}[^!?:]{1,80}$`,
  'u',
);

/**
 * A photo's label alone on its line, its words on the next (the BBC's `Image caption,` / `The
 * library has stood…`, `Image source,` / `Getty Images`): the label's reason, which the line
 * under it shares (see {@link captionLabel}).
 */
const CAPTION_LABEL_ALONE = /^(?:image|media|video|photo) (caption|source|credit) ?[,:]?$/i;

/** The reason of a photo's label alone on its line (`Image caption,`), or null. */
export function captionLabel(line: string): NoteReason | null {
  if (line.length > 20) return null;
  const m = CAPTION_LABEL_ALONE.exec(line);
  return m ? (m[1]?.toLowerCase() === 'caption' ? 'photo-caption' : 'credit') : null;
}

function captionOrCredit(line: string): NoteReason | null {
  if (line.length <= 80 && AGENCIES.test(line)) return 'credit';
  const label = captionLabel(line);
  if (label !== null) return label;
  // A broadcast transcript's strap label in capitals (`CAPTION: DUNMERE WEST — LAB GAIN`) is a
  // production line (a direction, see directions.ts), not a photo's caption.
  if (CAPTION_OPEN.test(line) && !line.startsWith('CAPTION:')) return 'photo-caption';
  // NPR's photo controls: `Enlarge this image`, `hide caption`, `toggle caption`.
  if (/^(?:enlarge this image|(?:hide|toggle) caption)$/i.test(line)) return 'photo-caption';
  if (PHOTO_BY.test(line) && words(line).length <= 10) return 'credit';
  // The Times' credit under a photo (`Credit...Karen Wu for The New York Times`), a wire's
  // agency before the photographer (`REUTERS/Karen Wu`).
  if (NYT_CREDIT.test(line) || (line.length <= 60 && AGENCY_FIRST_CREDIT.test(line)))
    return 'credit';
  const m =
    /^(?:Image source|Image credit|Photo credit|Photo|Photograph|Photos|Picture|Image|Credit|Illustration|Graphic|Courtesy(?: of)?|Source)\s*[,:]\s*(.+)$/i.exec(
      line,
    );
  if (m?.[1]) {
    const rest = m[1];
    // `Photo: Reuters`, `Image source, Getty Images`: a credit; a longer description: a caption.
    // A credit's label names one, longer (`Credit: Karen Wu for The New York Times`).
    const credit = /^(?:Credit|Photo credit|Image credit)$/i.test(
      line.slice(0, line.search(/\s*[,:]/)),
    );
    if (words(rest).length <= (credit ? 10 : 6) && !/[.!?]$/.test(rest)) return 'credit';
    if (/^(?:Photo|Photograph|Picture|Image)$/i.test(line.slice(0, line.search(/\s*[,:]/))))
      return 'photo-caption';
  }
  // `Jane Doe/AP`, `John Smith/Getty Images`: a photographer and an agency.
  if (line.includes('/') && PHOTO_AGENCY_CREDIT.test(line)) return 'credit';
  return null;
}

// --- copyright, terms, disclaimers, programme credits ---------------------------------------

/** (GOV.UK's footer: `OGL` / `All content is available under the Open Government Licence v3.0…`.) */
const COPYRIGHT =
  /^(?:(?:content and programming|text|photos?|images?) )?(?:copyright\s*)?(?:©|\(c\)\s*\d{4}|\(c\)\s*(?:agencia |agence |agenzia )?(?:efe|afp|dpa|ansa|reuters|apa|sda|kna|epd|anp|belga|europa press)$|copyright\s+(?:©\s*)?\d{4}|all rights reserved|all content is available under the open government licence|ogl$)/i;
const TERMS =
  /^(?:terms (?:of (?:use|service)|and conditions|& conditions)|legal notice|privacy (?:policy|notice|settings|center|centre)|cookie (?:policy|settings|preferences)|cookies(?: policy)?|your privacy choices|do not sell(?: or share)? my personal information|accessibility(?: statement| help)?|corrections policy|ethics(?: policy)?|editorial guidelines|sitemap|site map|privacy (?:&|and) cookies|privacy(?= [|·∙•] ))(?=$|[\s|·∙•,])/i;
/**
 * The transcription service's line (`FastScripts Transcript by ASAP Sports`, `Transcription by CQ
 * Roll Call`, `Transcript by Rev.com`): the service's name in capitalized words, nothing after.
 */
const TRANSCRIBER = lazyRegExp(
  String.raw`^(?:Fast[Ss]cripts )?(?:(?:[Tt]ranscripts?|[Tt]ranscription)(?: [Ss]ervices?)? )?(?:by|from|provided by) \p{Lu}[\p{L}\p{N}.&'’-]*(?: (?:\p{Lu}[\p{L}\p{N}.&'’-]*|&)){0,4}$`,
  'u',
);
/** `E&OE`, `E & O E`, `E&OE TRANSCRIPT`, `E&OE - PROOF ONLY`: no other line opens so. */
const ERRORS_EXCEPTED =
  /^E ?& ?O\.? ?E\.?(?: ?[-–—:]? ?(?:TRANSCRIPT|Transcript|PROOF ONLY|Proof only))?$/;
const DISCLAIMER = lazyRegExp(
  String.raw`^(?:this (?:is a rush transcript|transcript (?:was|has been|is|may)|text may not be in its final form|copy may not be in its final form)|(?:\p{Lu}{2,10}|the) transcripts? (?:are|is|was|were) (?:created|produced|provided|generated|prepared)|today['’]s transcript (?:is|was|has been) (?:for|edited|provided)|transcripts? (?:are|is|was|were) (?:created|produced|provided|generated|prepared|edited)|transcript provided by|transcribed by (?:https?:|www\.|otter|rev|trint|descript|sonix|temi)|please note: this transcript|accuracy and availability (?:of \p{Lu}{2,10} transcripts )?may vary|this record contains the text of|the information contained (?:here|herein) is a textual representation of|the authoritative record of|editor['’]s note:|note to editors:|disclaimer:|this (?:article|story|transcript) (?:has been|was) (?:edited|updated|corrected|condensed) for (?:clarity|length)|(?:this|the following) (?:transcript|interview) has been (?:edited|lightly edited|condensed)|(?:produced by [^.]{1,80}\. )?(?:q&a|interview) (?:edited|condensed)(?: and edited)? for (?:length|clarity)|transcription of [^.]{1,60} is provided by|for information media[.,;:]? not an official record|check against delivery|this interview was conducted by [^.,]{1,100}\.?$|a rush transcript of [^.]{1,200} (?:is below|follows)|(?:the following|this) is a (?:near[- ]verbatim |verbatim |partial |full |complete )?transcript of (?:today|the|this)\b)`,
  'iu',
);
const PROGRAMME =
  /^(?:(?:as )?heard on|broadcast on|aired on|as seen on|first broadcast(?: on)?|originally aired(?: on)?|aired|from) (?=\S)/i;

function isProgrammeCredit(line: string): boolean {
  const open = PROGRAMME.exec(line);
  // The programme or the date follows in capitals or digits: `Heard on All Things Considered`.
  if (!open || !STARTS_UPPERCASE_OR_DIGIT.test(line.slice(open[0].length))) return false;
  if (/[.!?]$/.test(line) && !/\b(?:ET|GMT|BST|UTC)\.?$/.test(line)) return false;
  if (/^From /.test(line)) {
    // `From Morning Edition`, never `From Monday, prices rise.`
    return (
      /^From (?:Morning Edition|All Things Considered|Weekend Edition|Fresh Air|Here & Now|1A|Marketplace|The World|BBC Radio \d|Newsnight|Today|PBS NewsHour|CNN Newsroom)/u.test(
        line,
      ) && !/[.!?]$/.test(line)
    );
  }
  return words(line).length <= 14;
}

// --- cookie and subscription notices, advertisements ---------------------------------------

const COOKIE =
  /^(?:we (?:use|and our partners use|value your privacy)|this (?:web)?site uses cookies|our (?:web)?site uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site|(?:accept|reject|allow|manage|decline|customi[sz]e)(?: all)? (?:cookies|cookie settings|preferences)|cookies? (?:settings|preferences|consent|notice|policy)|(?:accept|reject)(?: all)?$|i accept$|got it$|agree and close$)/i;

function isCookieNotice(line: string): boolean {
  if (!COOKIE.test(line)) return false;
  const lower = line.toLowerCase();
  // `We use…` and `By continuing…` are cookie notices only when they speak of cookies or consent.
  if (/^(?:we |by )/.test(lower))
    return /cookie|consent|privacy|personal data|tracking/.test(lower);
  // A banner's sentence (`This site uses cookies…`) may be long; a button is a few words.
  if (/^(?:this|our) /.test(lower)) return words(line).length <= 60;
  return words(line).length <= 6;
}

const SUBSCRIPTION = lazyRegExp(
  String.raw`^(?:subscribe(?: now| today| for| to)?|sign up(?: for| to| now)?|get (?:our|the) [\p{L} -]{0,40}newsletter|newsletter sign[- ]?up|already (?:a subscriber|have an account|subscribed)|create (?:a free |an )?account|register (?:now|for free|to)|support (?:npr|the bbc|pbs|our journalism|independent journalism|quality journalism|us)|donate(?: now| today)?$|become a (?:member|subscriber|sustainer|supporter)|unlock (?:this|unlimited)|you have \d+ free articles?|start your free trial|this content is for subscribers|upgrade to paid|type your email|enter your email(?: address)?$|skip past newsletter promotion$|thanks for reading(?: [^!?.]{1,60})?[!.] (?:subscribe|this post is public))(?=$|[\s:,.!?…])`,
  'iu',
);

/** A publication's subscribe box heading under a post (Substack: `Subscribe to County Lines`). */
const SUBSCRIBE_TO_NAME = lazyRegExp(
  String.raw`^Subscribe to \p{Lu}[\p{L}\d'’&-]*(?: \p{Lu}[\p{L}\d'’&-]*){0,4}$`,
  'u',
);

function isSubscription(line: string): boolean {
  if (!SUBSCRIPTION.test(line)) return false;
  if (words(line).length > 30) return false;
  const lower = line.toLowerCase();
  // `Sign up`, `Subscribe`… are notices only when they ask the reader (a newsletter, an account,
  // an inbox); `Support NPR` / `Donate` / `Already a subscriber` always are.
  if (/^(?:subscribe|sign up|register)/.test(lower)) {
    return (
      words(line).length <= 3 ||
      SUBSCRIBE_TO_NAME.test(line) ||
      /newsletter|inbox|email|e-mail|account|subscriber|subscription|free|alerts|updates|digest|briefing|podcast|our /.test(
        lower,
      )
    );
  }
  // The Guardian's mark opening its newsletter box: `Skip past newsletter promotion`.
  if (lower === 'skip past newsletter promotion') return true;
  // A newsletter's box under a post (Substack: `Thanks for reading! Subscribe for free to …`).
  if (lower.startsWith('thanks for reading')) return true;
  // `Support NPR`, `Donate now`: a button or a short appeal, not a sentence about support.
  return words(line).length <= 8 && !/^(?:support|donate)\b.*\.$/i.test(line);
}

const ADVERT = lazyRegExp(
  String.raw`^(?:advertisement|advert|sponsored(?: content| stories| links| by [\p{L} ]{1,40})?|paid (?:content|post|partner content)|skip advertisement|advertisement ?[-–—·•|] ?(?:scroll to continue|continue reading below)|scroll to continue with content|(?:article|content|story) continues below(?: this ad)?|skip ad|story continues below(?: advertisement)?|article continues (?:below|after this advertisement)(?: advertisement)?|supported by|advertising|continue reading (?:the main story|below)|ad feedback|ad|promoted|partner content|реклама|publicité|werbung|anzeige|publicidad|pubblicità|before it['’]s here, it['’]s on the bloomberg terminal\.?(?: learn more)?)$`,
  'iu',
);

/** `Washington, D.C.`, `Scranton, Pennsylvania`: a place, or a name and a title, in two parts. */
const TWO_PART_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}, \p{Lu}[\p{L}.'’-]*(?: (?:of |the |for )?\p{Lu}[\p{L}.'’-]*){0,3}$`,
  'u',
);

/**
 * True for a line that, next to a dateline, is the place of the event or the name of the
 * briefer (`Washington, D.C.` over `2:14 p.m. EST`): a transcript's header.
 */
export function isHeaderLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 80 && (TWO_PART_LINE.test(t) || VENUE_LINE.test(t));
}

/**
 * A venue, capitalised words ending in a kind of place: `James S. Brady Press Briefing Room`,
 * `Rose Garden`, `Eisenhower Executive Office Building` (next to a dateline only).
 */
const VENUE_LINE = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]* ){0,5}(?:Room|Office|Garden|Lawn|Building|Hall|Center|Centre|Chamber|Auditorium|Hotel|Airport|Base|Palace|House)$`,
  'u',
);
/** The White House masthead over an older transcript (`THE WHITE HOUSE` / `Office of the Press Secretary`). */
const WHITE_HOUSE_MASTHEAD = /^(?:THE WHITE HOUSE|The White House)$/;
/**
 * A US department's masthead over its news transcripts (the Pentagon's: `U.S. Department of
 * Defense` / `Office of the Assistant Secretary of Defense (Public Affairs)` / `News
 * Transcript`): the department, or its press office, alone on the line.
 */
const DEPARTMENT_MASTHEAD = lazyRegExp(
  String.raw`^(?:(?:U\.S\.|United States) Department of (?:the )?\p{Lu}\p{L}+(?: (?:and )?\p{Lu}\p{L}+){0,3}|Office of the (?:Assistant )?(?:Press )?Secretary(?: of (?:the )?\p{Lu}\p{L}+)?(?: \(Public Affairs\))?)$`,
  'u',
);
/**
 * A news transcript's header field naming who briefs, then the date (the Pentagon's `Presenter:
 * Pentagon Press Secretary Peter Cook September 8, 2015`, `Presenters: …`): a header, not a
 * speaker's tag.
 */
const PRESENTER_DATED =
  /^Presenters?: [^:\n]{3,200} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;

/** The first words (lower case) each rule with a fixed opening can start with. */
/** A live page's contributor's place: `Reporting from Millbrook`, `Reporting in Kyiv`. */
const REPORTING_FROM = lazyRegExp(
  String.raw`^Reporting (?:from|in) \p{Lu}[\p{L} ,.'’-]{1,50}$`,
  'u',
);

const FIRST = {
  copyright: set('copyright all content text photo photos image images c ogl'),
  end: set('ends end enditem interview transcript recording'),
  roster: set(
    'guests guest panel panelists members present participants produced executive edited written',
  ),
  transcriber: set('transcript transcription transcripts fastscripts'),
  disclaimer: set(
    "this the transcripts transcript accuracy editor’s editor's note disclaimer transcribed please today's today’s for check a produced q&a interview transcription",
  ),
  cookie: set(
    'we this our by accept reject allow manage decline customise customize cookie cookies i got agree',
  ),
  advert: set(
    'advertisement advert sponsored paid skip story article continue ad promoted partner реклама supported advertising publicité werbung anzeige publicidad pubblicità scroll content before',
  ),
  terms: set(
    'terms legal privacy cookie cookies your do accessibility corrections ethics editorial sitemap site',
  ),
  programme: set('heard as broadcast aired first originally from'),
  subscription: set(
    'subscribe sign get newsletter already create register support donate become unlock you start this upgrade type thanks skip enter',
  ),
  byline: set(
    'by about written words reporting story reported posted edited compiled interview interviewed author text reporter correspondent produced producer field senior executive editor video camera shooter photographer videographer от автор von par por from propos entrevista intervista das het',
  ),
  dateline: set(
    'published updated posted last first modified originally опубликовано обновлено volume via ' +
      'aboard en dáil seanad vol meeting',
  ),
  publication: set('publication published direct статус опубликован дата ссылка'),
  masthead: set('u.s united office presenter presenters'),
  posted: set('press'),
  player: set('playlist add'),
  caption: set(
    'image media video photo caption pictured above top main illustration photograph photos picture ' +
      'pictures images credit credits graphic graphics source audio courtesy getty reuters ap afp epa ' +
      'pa shutterstock alamy bloomberg xinhua tass ria sputnik efe anadolu nurphoto zuma imago dpa ' +
      'ansa kyodo yonhap npr bbc cnn associated enlarge hide toggle',
  ),
  related: set(
    "related more read see also you most recommended trending up editor’s editor's around top further latest other tags topics filed suggested explore go",
  ),
};

/** Every first word a rule with a fixed opening starts with. */
const OPENERS: ReadonlySet<string> = new Set([
  ...NAV_WORDS,
  ...NAV_PHRASE_STARTS,
  ...SOCIAL,
  ...SHARE_VERBS,
  'link',
  'listen',
  ...Object.values(FIRST).flatMap((g) => [...g]),
]);

/**
 * The header the Government Publishing Office prints above a Congressional Record text:
 * `[Congressional Record Volume 171, Number 58 (Tuesday, April 1, 2025)]`, `[Senate]`, `[Pages
 * S2101-S2102]`, `From the Congressional Record Online through the Government Publishing Office
 * [www.gpo.gov]`.
 */
const RECORD_GPO_HEADER =
  /^(?:\[Congressional Record Volume \d{1,3}, Number \d{1,3} \([^()[\]]{5,40}\)\]|\[(?:Senate|House|House of Representatives|Extensions of Remarks|Daily Digest)\]|\[Pages? [SHED]\d{1,5}(?:-[SHED]?\d{1,5})?\]|From the Congressional Record Online through the Government (?:Publishing|Printing) Office(?: \[www\.gpo\.gov\])?)$/;

/** A rundown's row: page, capitals with a format among them, the run time. */
const RUNDOWN_ROW =
  /^[A-Z]{0,2}\d{1,3}[A-Z]?(?: [A-Z0-9/&'.-]+)*? (?:OC|VO|SOT|PKG|VOSOT|VO\/SOT|RDR|READER|LIVE|TAG|NATS|BUMP|TEASE|VO\/SOT\/TAG|PKG\/TAG)(?: [A-Z0-9/&'.-]+)*? (?:\d{1,2})?:\d\d$/;

/**
 * A field of a wire-service video script's or a tool export's header, one a line: `Slug:
 * Netherlands Dike Repairs`, `Location: Kinderdijk, Netherlands`, `Length: 2:04`, `Restrictions:
 * AP Clients Only`, `Story No: 4566123`, `Broadcast: 14/05/2025` (ABC); Reuters' `TYPE: Natural
 * sound`, `DATELINE: HAMBURG, Germany (March 4, 2026)` and `STORY: Dock strike` (a slug, no
 * sentence: `STORY:` over the copy is a section label); a video's metadata (`COUNTRY: Germany`,
 * `CITY:`, `LANGUAGE: German/Nats`, `ASPECT RATIO: 16:9`, `KEYWORDS:`,
 * `EDITORIAL NOTE:`). Short, no sentence.
 */
const HEADER_FIELD =
  /^(?:Slug|SLUG|Type|TYPE|Dateline|DATELINE|Story|STORY|Länge|LÄNGE|Dauer|DAUER|Sendedatum|SENDEDATUM|Country|COUNTRY|City|CITY|Language|LANGUAGE|Aspect [Rr]atio|ASPECT RATIO|Keywords|KEYWORDS|Editorial [Nn]ote|EDITORIAL NOTE|Location|LOCATION|Length|LENGTH|Duration|DURATION|Restrictions?|RESTRICTIONS?|Restriction Summary|RESTRICTION SUMMARY|Story No\.?|STORY NO\.?|Story Number|Story ID|Broadcast|Runtime|Shotlist|Source|SOURCE)\s?:\s+\S/;
/**
 * A media monitoring clip's header fields (`Station: Coast FM`, `Programme: Breakfast with Dev
 * Anand`, `Clip ref: CFM-0742`, a date or time span as its value) and a police interview record's
 * (`Person interviewed: …`, `Place of interview: …`, `Time commenced: 14:02`, `Interviewing
 * officers: …`, `Other persons present: …`, `Date of interview: 14/03/2025`) and an Indian court's
 * bench (`CORAM: HON'BLE MR. JUSTICE A. K. MEHTA`). Short, no sentence.
 */
const RECORD_FIELD =
  /^(?:(?:Station|Channel|Programme|Program|Clip ref(?:erence)?|Clip ID|Person interviewed|Place of interview|Interviewing officers?|Interviewing officer\(s\)|(?:Other persons|Persons|Officers?|Also) present|Exhibit ref(?:erence)?|CORAM|Coram)\s?:\s+\S|(?:Date|Air date|Date of interview)\s?:\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:Time|Time commenced|Time concluded)\s?:\s+\d{1,2}:\d{2})/;
/** First letters of the {@link RECORD_FIELD} labels: S, C, P, I, O, E, D, T, A (a date in figures only). */
const RECORD_FIELD_INITIALS: ReadonlySet<number> = new Set([
  0x53, 0x43, 0x50, 0x49, 0x4f, 0x45, 0x44, 0x54, 0x41,
]);
/** A media monitoring service's label over its clip: `MEDIA MONITORING CLIP`. */
const MONITORING_LABEL =
  /^(?:MEDIA |BROADCAST )?MONITORING (?:CLIP|REPORT|TRANSCRIPT)$|^(?:Media |Broadcast )?[Mm]onitoring (?:clip|report|transcript)$/;
const HEADER_FIELD_CHARS = 120;
/** The wire script's fields in capitals that may close with a full stop (never `STORY:`). */
const WIRE_FIELD_CAPS =
  /^(?:TYPE|DATELINE|SOURCE|RESTRICTIONS?|LOCATION|LENGTH|LANGUAGE|COUNTRY|CITY)$/;
/**
 * First letters of the {@link HEADER_FIELD} labels: S(lug), L(ocation), D(uration), R(untime),
 * B(roadcast), T(ype), C(ountry), A(spect ratio), K(eywords), E(ditorial note).
 */
const HEADER_FIELD_INITIALS: ReadonlySet<number> = new Set([
  0x53, 0x4c, 0x44, 0x52, 0x42, 0x54, 0x43, 0x41, 0x4b, 0x45,
]);
const WIRE_FLAG = /^(?:URGENT|URGENTE|FLASH|ALERTE|EIL|EILMELDUNG)$/;
/** A wire slug in capitals joined by hyphens or slashes: `UKRAINE-ENERGY/PARLIAMENT`. */
const WIRE_SLUG = /^[A-Z]{2,20}(?:[-/][A-Z]{2,20}){1,4}$/;
/**
 * A wire video dateline: `KYIV, UKRAINE (MAY 3, 2025) (REUTERS) -`, `SHOWS: KYIV, UKRAINE (MAY
 * 3, 2025) (REUTERS - ACCESS ALL)`. Place words in capitals, the date in brackets.
 */
const WIRE_DATELINE =
  /^(?:(?:VIDEO )?SHOWS: )?[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:, [A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})? \((?:[A-Z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z]{3,9},? \d{4})\)(?: \((?:REUTERS|AP|AFP)[^()]{0,40}\))?(?: ?[-–—])?$/;
/**
 * A wire video's access line, for the agency or the broadcaster that shot the pictures:
 * `ASSOCIATED PRESS - AP CLIENTS ONLY`, `REUTERS - ACCESS ALL`, `TVN - NO ACCESS CHILE`.
 */
const WIRE_ACCESS =
  /^[A-Z][A-Z0-9&.'’]{1,20}(?: [A-Z][A-Z0-9&.'’]{1,20}){0,3} [-–—] (?:AP CLIENTS ONLY|CLIENTS ONLY|ACCESS ALL|NO ACCESS [A-Z][A-Z ,/]{1,60}|MUST COURTESY [A-Z][A-Z ,/]{1,60})$/;
/** AP's story code line: `AP-APTN-0930: Chile Wildfire No access Chile 4577201`, `AP-APTN-0930`. */
const AP_STORY_CODE = /^AP-[A-Z]{2,6}-\d{3,4}(?:: .{1,150})?$/;
const AP_TEXT_SLUG = /^(?:BC|AP|AM|PM)-[A-Z]{2,6}--?[A-Z][^:]{0,100}$/;
const EDS_NOTE = /^Eds?: \S/;
/** AP's place and date line over the shots: `Kinderdijk, Netherlands - 12 March 2025`. */
const WIRE_PLACE_DATE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})? [-–—] \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{4}$`,
  'u',
);
/**
 * A wire video's production credit in brackets: `(Production: Olena Bondar, Pavlo Shevchuk)`,
 * `(PRODUCTION: OLENA BONDAR)` in a script in capitals.
 */
const WIRE_CREDIT =
  /^\(\(?(?:(?:Production|Camera|Editing|Reporting|Video|PRODUCTION|CAMERA|EDITING|REPORTING|VIDEO):|(?:Produced|Reporting|Editing|Video|Compiled|Filmed|Writing|Additional reporting|PRODUCED|REPORTING|EDITING|VIDEO|COMPILED|FILMED|WRITING) (?:by|BY)) [^()]{1,200}\)\)?$/;
/**
 * The fixed lines meeting and transcription tools and broadcasters' pages add: Google Meet's
 * notice and end line, Sonix's free-plan footer, PBS's segment links and sponsor line, ABC's tip
 * line.
 */
const TOOL_LINES: readonly [RegExp, NoteReason][] = [
  [/^This editable transcript was computer generated\b/, 'disclaimer'],
  // A network's line over its interview (CBS's `The following is a transcript of an interview
  // with … that aired Sunday, March 4, 2026, on "Face the Nation."`, `Below is the full
  // transcript of …`).
  [
    /^(?:The following is|Below is|What follows is) (?:a|an|the) (?:(?:rush|full|complete|partial|edited|lightly edited|unedited|condensed) )?transcript of (?:an? |the )?(?:interview|conversation|segment|remarks|broadcast|episode|program|programme|show|exchange|discussion|excerpt|portion|part)s?\b/,
    'disclaimer',
  ],
  // A programme's notice on how its transcript is made (the BBC's `PLEASE NOTE: "BBC SUNDAY WITH
  // LAURA KUENSSBERG" PROGRAMMES ARE BROADCAST LIVE AND TRANSCRIPTS ARE PRODUCED FROM A LIVE
  // RECORDING, SO MAY NOT BE ENTIRELY ACCURATE.`).
  [
    /^Please note\b.{0,300}\btranscripts? (?:is|are|was|were|has been|have been|may)\b/,
    'disclaimer',
  ],
  // A podcast page's notice: `This is a transcript of an episode of "The Daily." We encourage…`.
  [
    /^(?:This is a transcript of an episode of|This transcript was (?:automatically generated|machine generated|produced by)|We encourage you to listen to the audio)\b/,
    'disclaimer',
  ],
  // A podcast app's transcript notice (`Generated automatically. May contain errors.`).
  [
    /^(?:Auto(?:matically)?[- ]generated|Generated automatically|(?:These |This )?[Tt]ranscripts? (?:is|are) (?:automatically |auto-)generated)\b[^.]{0,60}[.,]? (?:and |it )?[Mm]ay contain (?:errors|mistakes|inaccuracies)/,
    'disclaimer',
  ],
  // A transcription tool's line on how and when the file was made (`Generated by Descript`,
  // `Created with Trint`, `Exported from Riverside.fm on 12/03/2024`, `Transcript exported
  // 13/11/2026`): the tool's name in capitals or a date after the verb, nothing else.
  [
    lazyRegExp(
      String.raw`^(?:(?:Transcript|Transcription) )?(?:[Ee]xported|[Gg]enerated|[Cc]reated|(?:Auto-|auto-)?[Tt]ranscribed)(?: (?:on|from|with|by|using|via|at) (?:\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:,? \d{1,2}:\d{2})?)| \d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?:,? \d{1,2}:\d{2})?){1,2}$`,
      'u',
    ),
    'disclaimer',
  ],
  [/^(?:Meeting|Transcription|Recording) ended after \d{1,2}:\d\d(?::\d\d)?\b/, 'page-element'],
  // Google Meet's notes document's tabs with their icons (`📝 Notes`, `📖 Transcript`).
  [/^(?:📝 Notes|📖 Transcript)$/u, 'navigation'],
  [/^Automatically convert your audio files to text with Sonix\b/, 'advertisement'],
  [
    /^(?:Listen to this Segment|Watch the Full Episode)$|^(?:Listen to|Watch) the full (?:interview|conversation|episode)\b/,
    'navigation',
  ],
  [/^Support Provided By:/, 'advertisement'],
  // A podcast's show notes: its appeal, its sponsor and the sponsor's code.
  [
    lazyRegExp(
      String.raw`^(?:Support (?:the|this|our) (?:show|podcast)\b|Sponsored by \p{Lu}|Use (?:promo )?code [A-Z\d]{3,20} (?:for|at|to)\b)`,
      'u',
    ),
    'advertisement',
  ],
  [/^Do you have a (?:story|news) tip\?/, 'subscription'],
  // A newsletter e-mail's own lines: `View this email in your browser`, `You are receiving this
  // email because …`, `Unsubscribe | Manage preferences`; a newsletter box's answer once the
  // reader signs up (`Thank you. Please check your inbox…`).
  [
    /^(?:View (?:this email )?(?:in (?:your )?browser|online)$|You(?: are|['’]re) receiving this (?:email|newsletter)\b|Unsubscribe(?: ?\||(?: here)?$)|Manage (?:your )?(?:preferences|subscription)$|Thank you[.!] Please check your inbox\b)/,
    'subscription',
  ],
  [PRESENTER_FIELD, 'programme-credit'],
  // An oral history's header with its labels in capitals and the names as written
  // (`INTERVIEWER: Tom Reyes`, `INTERVIEWEE: Jane Doe (JD)`): no one's turn is a name alone.
  [
    lazyRegExp(
      String.raw`^(?:INTERVIEWER|INTERVIEWEE|NARRATOR|RESPONDENT): (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?: \(\p{Lu}{2,3}\))?$`,
      'u',
    ),
    'programme-credit',
  ],
  // A German script's credits over the copy (`Autor: Jan Meier`, `AUTORIN: Anna Koch`,
  // `Redaktion: Eva Roth`, `Kamera: …`): a full name alone after the label, no one's turn.
  [
    lazyRegExp(
      String.raw`^(?:Autor|Autorin|AUTOR|AUTORIN|Autoren|Redaktion|REDAKTION|Regie|REGIE|Kamera|KAMERA|Schnitt|SCHNITT): (\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})(?:(?:, | und | & | / )\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,2})*$`,
      'u',
    ),
    'programme-credit',
  ],
  // A radio commentary's credits: `Commentary: Phil Dawson. Summariser: Karen Lowe.`
  [
    lazyRegExp(
      String.raw`^(?:Commentary|Commentator|Commentators): \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}\.?(?: (?:Summariser|Summarizer|Co-commentator|Analysis|Pundit): \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}\.?)?$`,
      'u',
    ),
    'programme-credit',
  ],
  // AP's licence reminder under a video script.
  [/^(?:Clients are reminded|CLIENTS ARE REMINDED):?$/, 'disclaimer'],
  // A newsletter platform's appeal under a podcast's transcript (Substack: `Thanks for reading
  // County Lines! Subscribe for free to receive new posts and support my work.`).
  [
    /^Thanks for reading [^\n!]{1,80}! Subscribe for free to receive new posts and support my work\.?$/,
    'subscription',
  ],
  // A podcast host's own advertisement under its episodes' pages and transcripts.
  [/^Buzzsprout - Let['’]s get your podcast launched!|^Start for FREE$/, 'advertisement'],
  // A meeting recorder's link to the recording over its transcript (Fathom's `VIEW RECORDING -
  // 32 mins (No highlights): https://fathom.video/share/…`, `Recording: https://…`).
  [
    /^(?:VIEW RECORDING|View [Rr]ecording|Watch (?:the )?[Rr]ecording|Recording|Meeting [Rr]ecording)(?: [-–—] [^\n:]{1,40})?: https?:\/\/\S+$/,
    'share-links',
  ],
];

/** Substack's appeal under a post, the publication's name first (see where it is used). */
const READER_SUPPORTED =
  /^\S[^\n]{0,80} is a reader-supported publication\. To receive new posts and support my work, consider becoming a free or paid subscriber\.$/;

/** {@link TOOL_LINES} for a line in capitals: case-insensitive (made on the first such line). */
const CAPS_TOOL_LINES: () => readonly [RegExp, NoteReason][] = lazy(() =>
  TOOL_LINES.map(([pattern, reason]) => [
    new RegExp(pattern.source, pattern.flags.includes('i') ? pattern.flags : `${pattern.flags}i`),
    reason,
  ]),
);

/**
 * The first words of the {@link TOOL_LINES} (a line's text up to its first space), by initial,
 * and the same in capitals.
 */
const TOOL_FIRST_WORDS: ReadonlyMap<number, readonly string[]> = (() => {
  const byInitial = new Map<number, string[]>();
  const words =
    "This The Below What Please We Meeting Automatically Listen Watch Support Sponsored Use Do Clients View Recording: Thanks Thank Buzzsprout Start You You’re You're Unsubscribe Manage Generated Auto-generated Transcripts Transcript These " +
    'Autor: Autorin: Autoren: Redaktion: Regie: Kamera: Schnitt: ' +
    'Presenter: Host: Anchor: Transcription Exported Created Transcribed Auto-transcribed ' +
    'Interviewer: Moderator: Commentary: Commentator: Commentators: Narrator: Interviewee: Respondent: 📝 📖';
  for (const word of `${words} ${words.toUpperCase()}`.split(' ')) {
    const list = byInitial.get(word.charCodeAt(0)) ?? [];
    list.push(word);
    byInitial.set(word.charCodeAt(0), list);
  }
  return byInitial;
})();

/** True when the line's first word (to its first space) is one of {@link TOOL_FIRST_WORDS}. */
function opensWithToolWord(line: string): boolean {
  const words = TOOL_FIRST_WORDS.get(line.charCodeAt(0));
  if (words === undefined) return false;
  for (const word of words) {
    if (line.charCodeAt(word.length) === 32 && line.startsWith(word)) return true;
  }
  return false;
}
/** Extensions of a media file's name (see {@link MEDIA_FILE_NAME}). */
const MEDIA_EXTENSIONS: ReadonlySet<string> = new Set(
  'mp3 mp4 m4a wav mov aac ogg oga flac webm mkv avi wma aif aiff'.split(' '),
);
/** A media file's name heading a transcription export (Sonix, Temi): `Interview - raw.mp3`. */
const MEDIA_FILE_NAME =
  /^[^\s/\\].{0,150}\.(?:mp3|mp4|m4a|wav|mov|aac|ogg|oga|flac|webm|mkv|avi|wma|aif|aiff)$/i;

/**
 * A meeting tool's event line in its transcript (Teams, Zoom): `Jane Doe started transcription`,
 * `Jane Doe stopped recording`, `Tom Reed joined the meeting`, `Recording started`. Not words
 * anyone said.
 */
const MEETING_EVENT = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:started|stopped|paused|resumed) (?:transcription|recording)|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} (?:joined|left) the (?:meeting|call)|(?:Recording|Transcription) (?:started|stopped|paused|resumed|has started|has stopped))\.?$`,
  'u',
);
/** Last characters of a {@link MEETING_EVENT} line (n, g, l, d, and a full stop). */
const MEETING_EVENT_ENDS: ReadonlySet<number> = new Set([0x6e, 0x67, 0x6c, 0x64, 0x2e]);

/**
 * A radio bulletin's header line, as the desk writes it over the copy: the hour and the
 * bulletin's name, then maybe its reader and run time after a dash or a bar (`0700 NEWS BULLETIN –
 * Read by Sam Jones – Dur 4'30"`, `1300 BULLETIN`, `18.00 Nachrichten`, the fields spaced out:
 * `1200 NEWS  READER: ALEX  DUR 2'00`); its reader on a line of
 * its own (`READ BY: PRIYA NAIR`, `Newsreader: Sam Jones`). Not read aloud.
 */
const BULLETIN_HEADER = lazyRegExp(
  String.raw`^(?:[01]?\d|2[0-3])(?:[:.h]?[0-5]\d(?:hr?s?)?|[ap]m) (?:\p{Lu}+ ){0,2}(?:news|newscast|bulletin|headlines|nachrichten|journal|notiziario)(?: +[–—|/-] +[^.!?]{1,80}[^.!?]| +(?:reader|read by|newsreader|dur|trt|total)\b[^.!?]{1,80})?$`,
  'iu',
);
const BULLETIN_READER = lazyRegExp(
  String.raw`^(?:Read by|READ BY|Newsreader|NEWSREADER):? \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$`,
  'u',
);

/**
 * A wire story's closing lines: the desk's initials (AFP's `mrc/jj/pb`, `bur-fz/ch`, EFE's `EFE
 * jmr/ja`, dpa-AFX's `dpa-AFX/ab/cd`) and dpa's codes and filing time (`dpa mk yyzz n1 ab`,
 * `301645 Okt 25`).
 */
const WIRE_TRAILER =
  /^(?:(?:(?:EFE|AFP) )?[a-z]{2,5}(?:-[a-z]{2,5})?(?:\/[a-z]{2,5}){1,6}|dpa-AFX(?:\/[a-z]{2,5}){1,6}|dpa(?: [a-z0-9]{1,5}){1,8}|DPA(?: [A-Z0-9]{1,5}){1,8}|\d{6} [A-Z](?:[a-z]{2}|[A-Z]{2}) \d{2})$/;

/** The reason of a wire script's or a tool's header or footer line, or null. */
function wireOrToolLine(line: string): NoteReason | null {
  // Every line of a text passes here: each pattern runs only where one character says it may.
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  const lastIsDigit = last >= 48 && last <= 57;
  const firstIsCapital = first >= 65 && first <= 90;
  const colon =
    line.length <= HEADER_FIELD_CHARS && HEADER_FIELD_INITIALS.has(first) ? line.indexOf(':') : -1;
  // (A wire script's field in capitals may close with a full stop: `TYPE: Natural sound.`,
  // `RESTRICTIONS: Broadcasters: None.`; never its `STORY:`, whose copy is the story.)
  if (
    colon > 3 &&
    colon < 24 &&
    HEADER_FIELD.test(line) &&
    // (`STORY:` is a slug when short: the copy's first line, wrapped, runs on.)
    !(line.length > 52 && /^Story:|^STORY:/.test(line)) &&
    (!/[.!?]$/.test(line) || (last === 0x2e && WIRE_FIELD_CAPS.test(line.slice(0, colon))))
  )
    return line.startsWith('Broadcast') || /^date/i.test(line) ? 'dateline' : 'page-element';
  if (
    line.length <= HEADER_FIELD_CHARS &&
    RECORD_FIELD_INITIALS.has(first) &&
    line.indexOf(':') > 2 &&
    line.indexOf(':') < 28 &&
    !/[.!?]$/.test(line) &&
    RECORD_FIELD.test(line)
  )
    return 'page-element';
  if (line.length <= 40 && (first === 0x4d || first === 0x42) && MONITORING_LABEL.test(line))
    return 'page-element';
  // A slug ends in a capital; a wire dateline opens with one and ends in a bracket or a dash.
  if (
    line.length <= 60 &&
    last >= 65 &&
    last <= 90 &&
    !line.includes(' ') &&
    WIRE_SLUG.test(line) &&
    // A script's compound format is a cue (`VO/SOT/VO`, `SOT/TAG`, `VO/NATS`), and so is a radio
    // script's `LEAD-IN` and `BACK-ANNO`.
    !/^(?:VO\/|SOT\/|LEAD-IN$|BACK-ANNO)/.test(line) &&
    // A US transcript's heading is no slug: `CROSS-EXAMINATION`, `RE-DIRECT-EXAMINATION`.
    !line.endsWith('-EXAMINATION')
  )
    return 'page-element';
  if (
    line.length <= 120 &&
    firstIsCapital &&
    (last === 0x29 || last === 0x2d || last === 0x2013 || last === 0x2014) &&
    line.includes('(') &&
    WIRE_DATELINE.test(line)
  )
    return 'dateline';
  if (line.length <= 80 && last >= 65 && last <= 90 && WIRE_ACCESS.test(line)) return 'credit';
  if (line.startsWith('AP-') && AP_STORY_CODE.test(line)) return 'page-element';
  // A wire's priority flag alone over the story (AFP's `URGENT`, `FLASH`, `ALERTE`, dpa's `EIL`):
  // the desk's mark, no copy.
  if (line.length <= 11 && firstIsCapital && WIRE_FLAG.test(line)) return 'story-form';
  // dpa-AFX's service line over the headline (`dpa-AFX`, `dpa-AFX Börsen-Ticker`).
  if (
    first === 0x64 &&
    line.length <= 40 &&
    /^dpa-AFX(?: [A-ZÄÖÜ][\w\u00c0-\u024f-]*){0,2}$/.test(line)
  )
    return 'credit';
  // A text wire's slug and version (`BC-US--Winter Storm,1st Ld-Writethru`) and its editors'
  // note (`Eds: UPDATES with …`): the desk's, not the story's.
  if (line.charCodeAt(2) === 0x2d && AP_TEXT_SLUG.test(line)) return 'story-form';
  if (first === 0x45 && EDS_NOTE.test(line)) return 'story-form';
  // A rundown's row pasted over the scripts (ENPS, iNEWS): page, slug, talent, the story's
  // format and its run time (`A02  FIRE ON MAIN  JANE  VO/SOT  1:05`).
  if (line.length <= 100 && lastIsDigit && firstIsCapital && RUNDOWN_ROW.test(line))
    return 'story-form';
  if (line.length <= 100 && lastIsDigit && WIRE_PLACE_DATE.test(line)) return 'dateline';
  if (line[0] === '(' && WIRE_CREDIT.test(line)) return 'credit';
  // Desk initials open in lower case (or `EFE `, `AFP `); a dpa code with `dpa` (`DPA` in a wire
  // in capitals), a date with a digit.
  if (
    line.length <= 60 &&
    ((first >= 97 && first <= 122) ||
      first === 0x45 ||
      first === 0x41 ||
      first === 0x44 ||
      (first >= 48 && first <= 57)) &&
    WIRE_TRAILER.test(line)
  )
    return 'credit';
  if (line.length <= 120 && (first === 0x52 || first === 0x4e) && BULLETIN_READER.test(line))
    return 'programme-credit';
  if (line.length <= 80 && MEETING_EVENT_ENDS.has(last) && MEETING_EVENT.test(line)) {
    return 'page-element';
  }
  // The tool lines open with one of a few words: the patterns run only after one of them.
  if (opensWithToolWord(line)) {
    // A line in capitals (`COMMENTARY: PHIL DAWSON.`) is read in any case: it has no case left.
    if (HAS_LOWERCASE.test(line)) {
      for (const [pattern, reason] of TOOL_LINES) if (pattern.test(line)) return reason;
    } else for (const [pattern, reason] of CAPS_TOOL_LINES()) if (pattern.test(line)) return reason;
  }
  // Substack's appeal that opens with the publication's name: `County Lines is a reader-supported
  // publication. To receive new posts and support my work, consider becoming a free or paid
  // subscriber.`
  if (line.length <= 200 && line.endsWith('paid subscriber.') && READER_SUPPORTED.test(line))
    return 'subscription';
  // A file name's extension of three or four characters follows its last dot: the dot is looked
  // for at those two places only (an extension has no dot, so a dot there is the last one).
  if (line.length > 152) return null;
  const dot =
    line.charCodeAt(line.length - 4) === 0x2e
      ? line.length - 4
      : line.charCodeAt(line.length - 5) === 0x2e
        ? line.length - 5
        : -1;
  if (
    dot > 0 &&
    MEDIA_EXTENSIONS.has(line.slice(dot + 1).toLowerCase()) &&
    MEDIA_FILE_NAME.test(line)
  )
    return 'page-element';
  return null;
}

/**
 * The furniture reason of one line of pasted text, or null when the line may be read. The line is
 * taken as it is (one line, trimmed); lines longer than a notice ever is are never furniture.
 *
 * @example classifyLine('Share on Facebook') // 'share-links'
 * @example classifyLine('By late afternoon, the crowd had gone.') // null
 */
/**
 * Whether a line may be a download's name or size before {@link DOWNLOAD} runs: a size in
 * parentheses closes it, or it is one word, or its first space follows a file's extension.
 */
function looksLikeDownload(line: string, last: number): boolean {
  if (last === 0x29) return true;
  const space = line.indexOf(' ');
  return space === -1 || line.charCodeAt(space - 4) === 0x2e || line.charCodeAt(space - 5) === 0x2e;
}

/** True for a line of the GPO's Congressional Record header (see {@link RECORD_GPO_HEADER}). */
export function isRecordGpoHeader(line: string): boolean {
  return line.length <= 200 && RECORD_GPO_HEADER.test(line);
}

/**
 * A government page's feedback box: its question or its problem link (its answers, `Yes` `No`,
 * are read under the question only: see the furniture plugin).
 */
const FEEDBACK_BOX =
  /^(?:Is this page useful\?(?: (?:Maybe|Yes|No))*|(?:(?:Maybe|Yes|No)(?: this page is (?:not )?useful)? )*Report a problem with this page)$/;
/** An exhibit's label heading a released transcript: `Exhibit KM/4`, `Exhibit 12 — …`. */
const EXHIBIT_LINE = /^Exhibit (?:[A-Z]{1,4}[/ -]?)?\d{1,4}[A-Za-z]?(?:$|[ ,:–—-])/;
/** A call's time in a call transcript's header: `Call received: 02:14:37, 3 March 2026`. */
const CALL_LINE =
  /^(?:Call (?:received|started|ended|connected|answered|date|time)|Time of call|Date of call) ?: ?\d/i;
/** A transcript's note on what was redacted: `Note: Names … have been redacted.` */
const REDACTION_NOTE = /^(?:Note|NOTE|N\.B\.) ?: [^\n]{0,200}\bredacted\b/;
/** A broadcast script's transmission line: `TX: 21/11/2026`, `Transmission date: 21.11.26 19:30`. */
const TX_LINE =
  /^(?:TX|Tx|TX DATE|Tx date|TRANSMISSION(?: DATE)?|Transmission(?: date)?) ?: ?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,? \d{1,2}[:.]\d{2})?$/;
/**
 * A programme transcript's time window: `Transcript, 00:58 to 01:24`, `Transcript: 19:00–19:30`,
 * `TRANSCRIPT, 00:58 TO 01:24` in capitals.
 */
const TRANSCRIPT_WINDOW =
  /^(?:Transcript|TRANSCRIPT)[,:]? \d{1,2}[:.]\d{2}(?: ?(?:to|TO|–|—|-) ?\d{1,2}[:.]\d{2})?$/;
/** A subtitle or broadcast script's kind in its header: `SUBTITLE SCRIPT (AS BROADCAST)`. */
const SCRIPT_KIND =
  /^(?:SUBTITLE|SUBTITLING|CAPTION|CAPTIONING|DIALOGUE|POST-PRODUCTION|AS[- ]BROADCAST|TRANSMISSION) (?:SCRIPT|LIST|TRANSCRIPT)(?: \((?:AS[- ]BROADCAST|AS[- ]TRANSMITTED|FINAL|DRAFT)\))?$/i;
const SCRIPT_KIND_INITIALS: ReadonlySet<number> = new Set(
  [...'SDCPAT', ...'sdcpat'].map((c) => c.charCodeAt(0)),
);
/**
 * A government page's publisher line: `From: Department for Housing and Communities`, `From: HM
 * Treasury, Cabinet Office and The Rt Hon Jane Doe MP`: an office's words, no sentence's end.
 */
const PUBLISHER_LINE =
  /^From: (?:HM |The )?(?:Department|Ministry|Office|Cabinet Office|Treasury|Home Office|Foreign|Prime Minister['’]s Office|Government|Agency|Council|Commission|Executive|Parliament)\b[^.!?]*$/;

/**
 * Canadian Hansard's running header, its date and page number either side, in English or in
 * French (`March 3, 2026 COMMONS DEBATES 1234`, `1236 DÉBATS DES COMMUNES Le 3 mars 2026`).
 */
const CANADA_RUNNING = lazyRegExp(
  String.raw`^(?:\d{1,4} )?(?:(?:(?:Le|le) )?\d{1,2}(?:er)? \p{Ll}{3,9} \d{4} |\p{Lu}\p{Ll}{2,8} \d{1,2}, \d{4} )?(?:COMMONS DEBATES|DÉBATS DES COMMUNES|SENATE DEBATES|DÉBATS DU SÉNAT)(?: (?:Le |le )?\d{1,2}(?:er)? \p{Ll}{3,9} \d{4}| \p{Lu}\p{Ll}{2,8} \d{1,2}, \d{4})?(?: \d{1,4})?$`,
  'u',
);

/**
 * A programme or speech page's field, its value on its line or alone over it: C-SPAN's program
 * page (`Program ID: 548213-1`, `Hosted By:`, `Category:`, `Format:`, `First Aired:`, `Airing
 * Details`, `People in this video`), GOV.UK's speech page (`From:`, `Delivered on:`, `Location:`).
 * Group 1 the label; a value is short, opens with a capital or a digit, and is no sentence.
 */
const PAGE_FIELD = lazyRegExp(
  String.raw`^(Program ID|Program Type|Hosted By|Category|Format|Views|First Aired|Last Aired|Transcript [Tt]ype|Airing Details|People in this video|Related Video|Delivered on|Location|From|Applies to)(?: ?:(?: [\p{Lu}\d][^!?]{0,119})?)?$`,
  'u',
);
/** The reason of each {@link PAGE_FIELD} label that is no page element. */
const PAGE_FIELD_REASONS: Readonly<Record<string, NoteReason>> = {
  'First Aired': 'dateline',
  'Last Aired': 'dateline',
  'Delivered on': 'dateline',
  From: 'byline',
};
const TRAILING_CAPITAL_INITIAL = lazyRegExp(String.raw`\b\p{Lu}\.$`, 'u');
/** The labels read without their colon (`Airing Details` / `Mar 04, 2026 | …`). */
const BARE_FIELD_LABELS = new Set(['Airing Details', 'People in this video', 'Related Video']);

/**
 * The reason of a page's field line (see {@link PAGE_FIELD}), and whether it is a label alone,
 * its value on the line under it; null for any other line.
 */
export function pageField(line: string): { reason: NoteReason; label: boolean } | null {
  if (line.length > 160) return null;
  const m = PAGE_FIELD.exec(line);
  const name = m?.[1];
  if (!m || name === undefined) return null;
  const alone = line.length === name.length;
  if (alone && !BARE_FIELD_LABELS.has(name)) return null;
  // A value is no sentence (`Location: The old mill was where we met.`), but for a trailing
  // initial (`Washington, D.C.`).
  if (line.endsWith('.') && !TRAILING_CAPITAL_INITIAL.test(line)) return null;
  const label = alone || line.length <= name.length + 2;
  return { reason: PAGE_FIELD_REASONS[name] ?? 'page-element', label };
}

/**
 * A Q&A's editing note, in English, French, German, Spanish, Italian, Portuguese and Dutch: the
 * interview (answers, conversation) was edited, condensed or shortened (`This interview has
 * been edited for length and clarity.`, `Cet entretien a été édité et condensé.`, `Das
 * Interview wurde gekürzt und redigiert.`, `Esta entrevista ha sido editada por claridad.`,
 * `L'intervista è stata modificata per brevità.`). One sentence; gaps bounded.
 */
const EDITING_NOTE = lazyRegExp(
  `^[([*_]?(?:${[
    // (In English the note ends with what it was edited for: `… edited by the ministry, she
    // said` is a sentence.)
    String.raw`(?:(?:(?:this|the following|the|our|these|all) )?(?:interview|conversation|q ?& ?a|transcript|exchange|discussion|answer|response|question|comment|remark)s?(?: (?:and|&) (?:answers?|responses?))?|it|they) (?:has|have|was|were|is|are) (?:been )?(?:[^.!?]{0,90} and )?(?:lightly |slightly |also )?(?:edited|condensed|shortened|abridged|trimmed)(?:,? (?:and|&) (?:lightly )?(?:condensed|edited|shortened|translated|abridged))?(?: for (?:length|clarity|brevity|space|style|readability|concision|accuracy|publication)(?:,?(?: and| &|,) (?:length|clarity|brevity|space|style|readability|concision|accuracy)){0,3})?[.)\]*_]{0,2}$`,
    String.raw`(?:cet|cette|l['’]|les|ces) ?(?:entretien|entrevue|interview|échange|conversation|propos|réponse)s? (?:a|ont) été [^.!?]{0,90}(?:édité|condensé|raccourci|modifié|résumé|remanié|abrégé|revu)`,
    String.raw`(?:das|dieses|die|dieser|unser) (?:interview|gespräch|transkript|antworten|protokoll)[^.!?]{0,40} (?:wurde|wurden|ist) [^.!?]{0,90}(?:bearbeitet|gekürzt|redigiert|überarbeitet|editiert)`,
    String.raw`(?:esta|la|las|estas) (?:entrevista|conversación|respuestas|transcripción)[^.!?]{0,40} (?:ha|han|fue|fueron) (?:sido )?[^.!?]{0,90}(?:editad|condensad|resumid|abreviad|recortad)[ao]s?`,
    String.raw`(?:l['’]|questa |la )(?:intervista|conversazione|trascrizione)[^.!?]{0,40} (?:è|e'|sono) stat[aoe] [^.!?]{0,90}(?:modificat|editat|condensat|ridott|accorciat|rivist)[aoe]`,
    String.raw`(?:esta|a) (?:entrevista|conversa) (?:foi|foram) [^.!?]{0,90}(?:editad|condensad|resumid)[ao]`,
    String.raw`(?:dit|het) (?:interview|gesprek) (?:is|werd) [^.!?]{0,90}(?:ingekort|geredigeerd|bewerkt)`,
  ].join('|')})[^!?]{0,120}$`,
  'iu',
);
/** The stems {@link EDITING_NOTE} needs, looked for before it runs. */
const EDIT_STEM =
  /edit|condens|shorten|abridg|trimm|raccourc|modifi|résum|remani|abrég|revu|bearbeit|gekürzt|redigiert|resumid|abreviad|recortad|ridott|accorciat|rivist|ingekort|bewerkt/i;

/**
 * A news page's feedback box (DW, many others): its heading, its field and its answers, each on
 * its line (`Send us your feedback`, `Your feedback`, `Thank you for your feedback!`, `We are
 * sorry, your feedback could not be sent. Please try again.`, `Was this article helpful?`), in
 * English and German.
 */
const FEEDBACK_WIDGET =
  /^(?:(?:send|give|share|leave|submit) (?:us )?(?:your |some )?feedback|your feedback|feedback|(?:thank you|thanks) for your feedback!?|(?:we are sorry|sorry), your feedback could not be (?:sent|submitted)\.(?: please try again(?: later)?\.)?|your feedback (?:has been|was) (?:sent|submitted|received)\.?|(?:was|is) this (?:article|page|story) (?:helpful|useful)\??|did you find this (?:article|page|story) (?:helpful|useful)\??|ihr feedback|(?:senden sie|schreiben sie) uns(?: ihr feedback)?|(?:vielen )?dank für ihr feedback!?)$/i;

/**
 * A newsletter post's audio player (group 1) and counts (Substack): `Listen now`, the player's time left
 * (`-38:14`), its notice (`Audio playback is not supported on your browser. Please upgrade.`),
 * `12 Likes · 3 Restacks`, a separator dot alone, and its footer's `Ready for more?`, `Start
 * writing`, `Get the app`.
 */
const POST_WIDGET =
  /^(?:(listen now|play|episode page|show notes|-\d{1,2}:\d{2}(?::\d{2})?|audio playback is not supported on your browser\. please upgrade\.)|(?:\d{1,6} (?:likes?|restacks?)(?: ?[·∙•] ?)?){1,2}|restacks|[·∙•]|ready for more\?|start writing|get the app)$/i;

/**
 * The European Commission's press corner: a document's reference (`SPEECH/26/412`,
 * `STATEMENT/26/88`, `IP/26/1203`) and its type line (`European Commission - Speech`).
 */
const COMMISSION_REFERENCE =
  /^(?:(?:SPEECH|STATEMENT|IP|MEMO|QANDA|AC|INFO|STAT|MEX|QUOTE|ANNOUNCEMENT)\/\d{2}\/\d{1,5}|European Commission - (?:Speech|Statement|Press release|Questions and answers|Daily News|Announcement|Read-out|Statement by the President))$/;

/**
 * A programme page's link to the whole episode (`PBS NewsHour full episode, March 3, 2026`) and
 * its funders' line (`Major funding for the PBS NewsHour is provided by:`, `Support provided by`).
 */
const FULL_EPISODE = lazyRegExp(
  String.raw`^[\p{L}\d’'& .-]{2,60} full episode,? (?:\p{Lu}\p{Ll}{2,8} \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})$`,
  'u',
);
/** A podcast page's episode line: the date, the season, the episode, the length (`Mar 3, 2026 • Season 2 • Episode 12 • 38:14`). */
const EPISODE_META = lazyRegExp(
  String.raw`^\p{Lu}\p{Ll}{2,8} \d{1,2}, \d{4}(?: [•·|] (?:Season \d{1,3}|Episode \d{1,4}|\d{1,3}:\d{2}(?::\d{2})?|\d{1,3} ?min))+$`,
  'u',
);
const FUNDING_LINE =
  /^(?:(?:Major |Additional )?(?:funding|support) for [^.!?:]{1,80} (?:is|was) provided by|Support provided by|Funding provided by):?$/i;

export function classifyLine(raw: string): NoteReason | null {
  const line = raw.trim();
  if (line === '' || line.length > MAX_NOTE_CHARS) return null;
  // Every line of a text passes here: the first and the last character, the length and whether
  // the line has a digit decide before most patterns run.
  const c0 = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  if ((c0 === 0x5b || c0 === 0x46) && RECORD_GPO_HEADER.test(line)) return 'page-element';
  const wire = wireOrToolLine(line);
  if (wire) return wire;
  // CNN's place and mark on a line of their own over the lede (`Portland, Maine CNN —`); its topic
  // box's label over the topics (`Follow:` / `Ferry` / `See all topics`).
  if ((last === 0x2014 || last === 0x2013) && line.length <= 80 && CNN_DATELINE.test(line))
    return 'dateline';
  if (line === 'Follow:') return 'related-links';
  // An audio player's position and length (`0:00 / 4:32`).
  if (line.length <= 19 && PLAYER_TIME.test(line)) return 'page-element';
  // The Times' print line and its links (`A version of this article appears in print on March
  // 5, 2026, Section A, Page 18 … Order Reprints | Today’s Paper | Subscribe`), its writer's line
  // with the link to more (`Maria Lund covers transportation for The Times. More about Maria Lund`).
  if (c0 === 0x41 && line.length <= 400 && PRINT_VERSION.test(line)) return 'page-element';
  if (line.length <= 400 && line.includes(' More about ') && WRITER_MORE_ABOUT.test(line))
    return 'byline';
  // A gallery's caption with its place in the gallery (AP: `1 of 2 | Passengers wait…`; Reuters:
  // `[1/2]Passengers wait…`, or its licensing link at the end, `Item 1 of 2 … opens new tab`).
  if (((c0 < 0x3a && c0 > 0x2f) || c0 === 0x5b) && GALLERY_CAPTION.test(line))
    return 'photo-caption';
  if (line.endsWith('Rights, opens new tab') || line.endsWith('Purchase Licensing Rights'))
    return 'photo-caption';
  // A photo's caption copied with its credit on one line (see CAPTION_WITH_CREDIT).
  const credited =
    line.length <= 400 && (line.includes(': ') || line.includes('Credit'))
      ? CAPTION_WITH_CREDIT.exec(line)
      : null;
  // (No speaker's colon before the caption: `JANE: Look. Photo: Karen Wu` is her turn.)
  if (
    credited !== null &&
    words(credited[0]).length <= 10 &&
    line.lastIndexOf(': ', credited.index) === -1
  )
    return 'photo-caption';
  if (c0 === 0x43 && line.length <= 120 && NYT_CREDIT.test(line)) return 'credit';
  if (isCourtFurniture(line) || (line.length <= SUMMARY_LABEL_CHARS && SUMMARY_LABEL.test(line)))
    return 'page-element';
  if (line.length <= 18 && PAGE_HEADER.test(line)) return 'page-element';
  if (line.length <= 60 && line.includes('DE') && CANADA_RUNNING.test(line)) return 'page-element';
  if (line.length <= 240 && EDIT_STEM.test(line) && EDITING_NOTE.test(line)) return 'disclaimer';
  if (
    line.length <= 100 &&
    (line.includes('eedback') || line.includes('helpful') || line.includes('uns')) &&
    FEEDBACK_WIDGET.test(line)
  )
    return 'page-element';
  if (line.length <= 80 && (c0 === 0x45 || line.includes('/')) && COMMISSION_REFERENCE.test(line))
    return 'page-element';
  if (line.length <= 140 && line.includes(' provided by') && FUNDING_LINE.test(line))
    return 'advertisement';
  if (line.length <= 80 && EPISODE_META.test(line)) return 'dateline';
  if (line.length <= 100 && line.includes(' full episode') && FULL_EPISODE.test(line))
    return 'related-links';
  if (line.length <= 80) {
    // (Its player is a share link's kin, as other pages' `Listen` players are.)
    const post = POST_WIDGET.exec(line);
    // (`play` in lower case is an icon's glyph name: see ICON_LABEL.)
    if (post && line !== 'play') return post[1] ? 'share-links' : 'page-element';
  }
  const field = c0 < 0x5b && c0 > 0x40 ? pageField(line) : null;
  if (field) return field.reason;
  // TheyWorkForYou's context line and alert link over a debate it shows (see TWFY_CONTEXT).
  if (line.length <= 240 && line.includes(' in the ') && TWFY_CONTEXT.test(line)) return 'dateline';
  if (c0 === 0x41 && line.length <= 60 && ALERT_ME.test(line)) return 'subscription';
  // A transcript sheet's pages (`(Pages 1 to 4)`, four pages to a sheet).
  if (c0 === 0x28 && line.length <= 24 && SHEET_PAGES.test(line)) return 'page-element';
  // A court transcript's word index (`a.m [2] 1:16 60:3 ahead [1] 22:8`): a closing bracket and a
  // colon, then the pattern.
  if (
    last >= 0x30 &&
    last <= 0x39 &&
    line.includes(':') &&
    line.includes('] ') &&
    WORD_INDEX.test(line)
  )
    return 'page-element';
  // A news page's label of the story's kind alone on its line (DW, Al Jazeera: `Interview`).
  if (line.length <= 13 && STORY_KIND.test(line)) return 'page-element';
  // `SUBJECTS: Budget; flood recovery.` (an Australian minister's transcript), `Topics: …`.
  if ((c0 === 0x53 || c0 === 0x54) && SUBJECTS_LINE.test(line)) return 'page-element';
  // `Authorised by …` (Australian and British electoral law), `Paid for by …` (US).
  if ((c0 === 0x41 || c0 === 0x50) && AUTHORISED_BY.test(line)) return 'disclaimer';
  if (line.length <= 9 && MATCH_TIME.test(line)) return 'dateline';
  // The Indian parliament's record marks the clock on a line of its own: `12.15 hrs`.
  if (line.length <= 10 && /^\d{1,2}[.:]\d{2} hrs$/.test(line)) return 'dateline';
  // A live page's entry time in German, French and Spanish (`12:45 Uhr`, `12h45`, `12.45 h`).
  if (line.length <= 10 && c0 < 0x3a && LIVE_ENTRY_CLOCK.test(line)) return 'dateline';
  // A video page's counts (YouTube: `1.2M subscribers`, a like count `12K`; `184,302 views  Nov 29,
  // 2026` is its date line).
  if (c0 >= 0x30 && c0 <= 0x39 && line.length <= 48) {
    if (VIDEO_VIEWS.test(line)) return 'dateline';
    if (line.length <= 24 && VIDEO_COUNT.test(line)) return 'page-element';
  }
  // Its description's `…more` link.
  if ((c0 === 0x2026 || c0 === 0x2e) && (line === '…more' || line === '...more'))
    return 'page-element';
  // A meeting recording's length under its date (Teams: `12m 4s`, `1h 3m 20s`).
  if (line.length <= 12 && c0 < 0x3a && /^(?:\d{1,2}h )?(?:\d{1,2}m )?\d{1,2}s$/.test(line))
    return 'page-element';
  // `This …`, `Today's …`, `Support …`.
  if ((c0 === 0x54 || c0 === 0x53) && SPONSOR_READ.test(line)) return 'advertisement';
  const digit = /\d/.test(line);
  // A live page's entry time counted back (`vor 5 Minuten`, `il y a 12 min`, `hace 3 horas`) and
  // its update time (`Mise à jour à 12h50`, `Actualizado a las 12:50 h`, `Aktualisiert um 12:50 Uhr`).
  if (digit && line.length <= 34 && LIVE_TIME_WORDS.test(line)) return 'dateline';
  if (c0 < 0x3a && line.length <= 120 && BULLETIN_HEADER.test(line)) return 'programme-credit';
  // German, French, Spanish, Italian and Russian conventions (some open in lower case or a bracket).
  const language = classifyLanguageLine(line, digit);
  if (language) return language;
  // A source's citation over an extract: who, the title in quotes closed after its comma, the
  // date and the pages (`NASA, Manned Spacecraft Center, “Apollo 11 Technical Air-to-Ground
  // Voice transcription,” July 1969, pp. 317-19, …`).
  if (digit && (line.includes(',” ') || line.includes('," ')) && CITATION.test(line))
    return 'credit';
  // Chinese, Japanese and Korean pages: a line opening with their characters, a digit (a date),
  // a bracket, or `Copyright` before a notice in their language.
  if (
    c0 >= 0x3000 ||
    (c0 >= 0x30 && c0 <= 0x39) ||
    c0 === 0x3c ||
    c0 === 0x5b ||
    c0 === 0x24d2 ||
    (c0 === 0x43 && line.startsWith('Copyright'))
  ) {
    const cjk = classifyCjkLine(line);
    if (cjk) return cjk;
  }
  if (line.length <= 40 && TRANSCRIPT_CONTROL.test(line)) return 'page-element';
  // A government page's feedback box (GOV.UK: `Is this page useful?`, `Yes` `No`, `Report a
  // problem with this page`) and its publisher line under the date (`From: Department for …`).
  if (line.length <= 60 && (c0 === 0x49 || last === 0x65) && FEEDBACK_BOX.test(line))
    return 'page-element';
  if (c0 === 0x46 && line.length <= 160 && PUBLISHER_LINE.test(line)) return 'byline';
  // A broadcast script's transmission date (`TX: 21/11/2026`, `TX DATE: 21.11.26 19:30`) and a
  // subtitle or broadcast script's kind (`SUBTITLE SCRIPT (AS BROADCAST)`, `DIALOGUE LIST`).
  if ((c0 === 0x54 || c0 === 0x74) && line.length <= 48 && TX_LINE.test(line)) return 'dateline';
  // A programme transcript's time window under its title: `Transcript, 00:58 to 01:24`.
  if (c0 === 0x54 && line.length <= 40 && TRANSCRIPT_WINDOW.test(line)) return 'dateline';
  if (line.length <= 48 && SCRIPT_KIND_INITIALS.has(c0) && SCRIPT_KIND.test(line))
    return 'page-element';
  // A released recording's transcript header (an inquest's or a court's exhibit): `Exhibit KM/4
  // — Inquest into …`, `Call received: 02:14:37, 3 March 2026`, and its note on what was redacted.
  if (c0 === 0x45 && line.length <= 160 && EXHIBIT_LINE.test(line)) return 'page-element';
  if ((c0 === 0x43 || c0 === 0x54 || c0 === 0x44) && line.length <= 80 && CALL_LINE.test(line))
    return 'dateline';
  if (c0 === 0x4e && line.includes('redacted') && REDACTION_NOTE.test(line)) return 'disclaimer';
  if (line.length <= 24 && LIVE_PAGE_FIRST.has(c0 | 0x20)) {
    if (KEY_EVENTS.test(line)) return 'navigation';
    // In capitals, `LIVE` and `EN DIRECT` are a script's cues (a live link), not a page's label.
    if (LIVE_PAGE_CONTROL.test(line) && line !== line.toUpperCase()) return 'page-element';
  }
  if (line.length <= 20 && (last === 0x3a || c0 === 0x43) && SPEAKER_LIST_LABEL.test(line))
    return 'page-element';
  // A podcast host's footer (`Powered by Buzzsprout`, `Hosted on Captivate`).
  if ((c0 === 0x50 || c0 === 0x48) && line.length <= 40 && PODCAST_HOST.test(line))
    return 'page-element';
  if (c0 === 0x4f && last === 0x3a && line.length <= 140 && BROADCAST_GUESTS_LABEL.test(line))
    return 'page-element';
  if (
    line.length <= 160 &&
    SCRIPT_NOTICE_OPENINGS.has(((c0 | 0x20) << 8) | (line.charCodeAt(1) | 0x20)) &&
    mentionsJavaScript(line) &&
    SCRIPT_NOTICE.test(line)
  )
    return 'page-element';
  if (
    line.length <= 420 &&
    CONTRIBUTOR_LAST.has(last) &&
    !(c0 >= 0x61 && c0 <= 0x7a) &&
    line.includes('buted') &&
    line.includes(' contributed') &&
    CONTRIBUTOR_LINE.test(line)
  )
    return 'credit';
  // Short labels of export headers, players and glossaries (cheap length test first).
  if (line.length <= SHORT_LABEL_CHARS) {
    if (EXPORT_HEADER_LABEL.test(line) || GLOSSARY_HEADING.test(line)) return 'page-element';
    if (PLAYER.test(line)) return 'share-links';
    // CBS News pages' topic links under a story: `In:` / `Face The Nation` / `Transcript`.
    if (line === 'In:') return 'related-links';
    // A page's label over the byline's name (FRANCE 24: `Text by:` / `FRANCE 24`).
    if (TEXT_BY.test(line)) return 'byline';
  }
  // A date and its update run together, as DW's pages copy (`01/14/202601/14/2026`).
  if (line.length === 20 && c0 < 0x3a && TWO_DATES.test(line)) return 'dateline';
  if (digit && line.length <= 40 && DATE_GLUED_TIME.test(line)) return 'dateline';
  // DW's skip links (`Skip next section Navigation`, `Skip next section Live TV`).
  if (line.length <= 60 && line.startsWith('Skip next section ')) return 'navigation';
  if (line.length <= 24 && NEWSLETTER.test(line)) return 'subscription';
  // A document to download, its name or its size (`Statement_26_120_EN.pdf`, `(125.4 KB - PDF)`).
  if (line.length <= 120 && looksLikeDownload(line, last) && DOWNLOAD.test(line))
    return 'share-links';
  // Furniture starts like a heading or a label, never in the middle of a sentence; but for a
  // glossary entry, whose term is in lower case (`trap – v. to catch an animal`).
  if (startsLowerCase(line)) {
    // NPR's photo controls copied with the caption (`hide caption`, `toggle caption`).
    if (line.length <= 14 && /^(?:hide|toggle) caption$/.test(line)) return 'photo-caption';
    // The Guardian's mark closing its newsletter box (`after newsletter promotion`).
    if (line === 'after newsletter promotion') return 'subscription';
    if (line.length <= 300 && hasEarlySpacedDash(line) && GLOSSARY_ENTRY.test(line))
      return 'page-element';
    // An icon font's glyph name copied with the page (Al Jazeera, DW: `play`, `search`, `share2`).
    if (line.length <= 14 && ICON_LABEL.test(line)) return 'page-element';
    // A list's words for screen readers (Al Jazeera's related stories: `list of 4 items`, `list 1
    // of 4`, `end of list`): the list's, its titles between them.
    if (line.length <= 24 && SCREEN_READER_LIST.test(line)) return 'related-links';
    // A bare short link to the story (DW: `https://p.dw.com/p/4xYz1`).
    if (c0 === 0x68 && line.length <= 48 && SHORT_LINK.test(line)) return 'share-links';
    // A site's brand in lower case opening its breadcrumb (G1's `g1 > Mundo`).
    if (line.length <= 80 && BREADCRUMB.test(line) && isNavigation(line, firstToken(line)))
      return 'navigation';
    // A blog's byline with the post's time (`by Desk Editor on Wednesday, August 3, 2011 — …`).
    if (c0 === 0x62 && line.length <= 120) {
      const posted = POSTED_BY.exec(line);
      const when = posted?.[1];
      if (when !== undefined && isDateline(when, firstToken(when))) return 'byline';
    }
    return null;
  }
  // Nor with a quotation: a quoted line is somebody's words (`"`, `“`, `«`, `„`, `'`, `‘`).
  if (c0 === 0x22 || c0 === 0x201c || c0 === 0xab || c0 === 0x201e || c0 === 0x27 || c0 === 0x2018)
    return null;
  // An Australian minister's transcript's `E&OE` (errors and omissions excepted), alone or over
  // its kind (`E&OE TRANSCRIPT`, `E&OE - PROOF ONLY`).
  if (c0 === 0x45 && line.length <= 32 && ERRORS_EXCEPTED.test(line)) return 'disclaimer';
  const first = firstToken(line);
  // `©`, `(`, `[`, `#`, `-`.
  const symbol = c0 === 0xa9 || c0 === 0x28 || c0 === 0x5b || c0 === 0x23 || c0 === 0x2d;
  const acronymTranscripts = secondWordMayBeTranscript(line) && /^\S+ transcripts? /i.test(line);
  // A language switcher: `Language:`, `English`, `English Français Español`.
  if (
    line.length <= LANGUAGE_SWITCH_CHARS &&
    (ENDONYMS.has(first) || LANGUAGE_FIRST.has(first)) &&
    isLanguageSwitch(line, first)
  )
    return 'navigation';
  // Most lines of a transcript start with no word any rule opens with: for them only the rules
  // whose first word is open (a date, a breadcrumb, `Jane Doe/AP`) are tried.
  if (!OPENERS.has(first) && !symbol && !acronymTranscripts) {
    if (!digit && line.length <= 60 && WEEKDAY_PROGRAMME.test(line)) return 'programme-credit';
    if (isDateline(line, first, digit)) return 'dateline';
    if (isPageWidget(line, first)) return 'page-element';
    if (digit && line.length <= 200 && dottedByline(line)) return 'byline';
    // Reuters' date run into its `Updated …` (`March 12, 2026 10:02 AM GMTUpdated 2 hours ago`).
    if (digit && line.length <= 80 && GLUED_UPDATED.test(line)) {
      const apart = line.replace(GLUED_UPDATED, '$1 ');
      if (isDateline(apart, first, digit)) return 'dateline';
    }
    const slash = line.includes('/');
    if (slash && captionOrCredit(line) === 'credit') return 'credit';
    if (
      line.length <= 240 &&
      (line.endsWith(' was the editor.') ||
        (line.includes('V') &&
          (line.includes('VOA') ||
            (line.includes('Voice') && line.includes('Voice of America'))))) &&
      STORY_CREDIT.test(line)
    )
      return 'programme-credit';
    if ((slash || mayBeBreadcrumb(line)) && BREADCRUMB.test(line) && isNavigation(line, first))
      return 'navigation';
    return null;
  }
  // Each rule only for the first words it opens with: a common first word (`The`, `We`) costs
  // the one or two rules that start with it (`FIRST.….has(first)`).
  // A time alone in brackets (CNN's `[14:32:05]` between paragraphs) marks when the next part
  // aired: a note, never read or subtitled (a tag's own time, `[00:00:03] Name`, is the tag's).
  if (symbol && CLOCK_LINE.test(line)) return 'dateline';
  // A live commentary's match minute in brackets: `[63']`, `(90+2')`.
  if (symbol && line.length <= 11 && MATCH_TIME.test(line.slice(1, -1))) return 'dateline';
  // A line in brackets is a direction (`(10:04 a.m.)`, `[Applause]`), but for a credit.
  if ((symbol || c0 === 0x3d || FIRST.end.has(first)) && END_MARK.test(line)) return 'page-element';
  if (symbol && line.length <= 160 && UNCORRECTED.test(line)) return 'disclaimer';
  if (/^[([].*[)\]]$/.test(line) && !(line.length <= 80 && AGENCIES.test(line))) {
    // `(Photo by Jane Doe/Getty Images)` after a picture: its credit, no direction.
    return c0 === 0x28 &&
      words(line).length <= 10 &&
      (PHOTO_BY.test(line) || PAREN_AGENCY_PHOTO.test(line))
      ? 'credit'
      : null;
  }
  if ((symbol || FIRST.copyright.has(first)) && COPYRIGHT.test(line)) return 'copyright';
  if (first === 'end' && END_TIME.test(line)) return 'dateline';
  if (
    FIRST.publication.has(first) &&
    PUBLICATION_FOOTER.test(line) &&
    words(line).length <= 12 &&
    !/[.!?]$/.test(line)
  )
    return 'page-element';
  if ((first === 'aboard' || first === 'en') && EN_ROUTE.test(line)) return 'dateline';
  if (first === 'the' && WHITE_HOUSE_MASTHEAD.test(line)) return 'page-element';
  if (FIRST.masthead.has(first)) {
    if (line.length <= 90 && DEPARTMENT_MASTHEAD.test(line)) return 'programme-credit';
    if (line.length <= 240 && PRESENTER_DATED.test(line)) return 'dateline';
  }
  if (first === 'volume' && RECORD_HEADER.test(line)) return 'dateline';
  if ((first === 'dáil' || first === 'seanad') && OIREACHTAS_HEADER.test(line))
    return 'programme-credit';
  if (first === 'vol' && line.length <= 24 && VOLUME_NUMBER.test(line)) return 'page-element';
  if (first === 'meeting' && line.length <= 40 && HOLYROOD_HEADER.test(line))
    return 'programme-credit';
  if (first === 'via' && VIA.test(line)) return 'dateline';
  if ((first === 'the' || first === 'source') && SOURCE_LINE.test(line)) return 'credit';
  if (FIRST.roster.has(first) && ROSTER.test(line) && line.includes(',')) return 'programme-credit';
  if ((acronymTranscripts || FIRST.disclaimer.has(first)) && DISCLAIMER.test(line))
    return 'disclaimer';
  if (FIRST.transcriber.has(first) && line.length <= 80 && TRANSCRIBER.test(line))
    return 'disclaimer';
  if (FIRST.cookie.has(first) && isCookieNotice(line)) return 'cookie-notice';
  if (line.length > 200) return null;
  if (FIRST.advert.has(first) && ADVERT.test(line)) return 'advertisement';
  if (
    FIRST.terms.has(first) &&
    TERMS.test(line) &&
    !/[.!?]$/.test(line) &&
    words(line).length <= 12
  )
    return 'terms';
  if (FIRST.programme.has(first) && isProgrammeCredit(line)) return 'programme-credit';
  if (FIRST.subscription.has(first) && isSubscription(line)) return 'subscription';
  if (first === 'press' && line.length <= 100 && PRESS_RELEASE_SOURCE.test(line)) return 'credit';
  if (FIRST.byline.has(first) && readByline(line) !== null) return 'byline';
  // A live page's contributor under the name (the BBC's `Ana Ruiz` / `Reporting from Millbrook`).
  if (first === 'reporting' && line.length <= 60 && REPORTING_FROM.test(line)) return 'byline';
  if (first === 'about' && line.length <= 20 && ABOUT_AUTHOR.test(line)) return 'byline';
  if (isDateline(line, first, digit)) return 'dateline';
  if (symbol || FIRST.caption.has(first) || line.includes('/')) {
    const caption = captionOrCredit(line);
    if (caption) return caption;
  }
  if (isShareLine(line, first)) return 'share-links';
  if (isPageWidget(line, first)) return 'page-element';
  if (FIRST.related.has(first) && isRelated(line)) return 'related-links';
  if (isNavigation(line, first)) return 'navigation';
  return null;
}

/** A page's language switcher's label (`Language:`, `Select language`, `Sprache`). */
const LANGUAGE_LABEL =
  /^(?:Languages?|Select (?:a )?language|Choose (?:a )?language|Change language|Sprache|Langue|Idioma|Язык)\s?:?$/iu;
/** Languages as a switcher names them, in their own words (lower case). */
const ENDONYMS = set(
  'english français español deutsch русский 中文 العربية português italiano 日本語 한국어 polski ' +
    'nederlands türkçe українська हिन्दी kiswahili',
);
const LANGUAGE_SWITCH_CHARS = 120;
/** The first words {@link LANGUAGE_LABEL} opens with (lower case, as {@link firstToken} gives). */
const LANGUAGE_FIRST = set('language languages select choose change sprache langue idioma язык');

/**
 * A language switcher copied from a page: its label, or a line of languages in their own names
 * (`English`, `English Français Español`, `English | 中文`). `first`: the line's first token.
 */
function isLanguageSwitch(line: string, first: string): boolean {
  if (LANGUAGE_LABEL.test(line)) return true;
  if (!ENDONYMS.has(first)) return false;
  const items = line.split(/[\s|·•/]+/).filter((w) => w !== '');
  return items.length <= 12 && items.every((w) => ENDONYMS.has(w.toLowerCase()));
}
