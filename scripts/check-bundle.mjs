#!/usr/bin/env node
/**
 * The Worker bundle's byte budget: `npm test` builds the bundle as it deploys
 * (`wrangler deploy --dry-run --outdir .wrangler/dry-run`) and this script fails when its gzip
 * size passes the budget, so a dependency or a table that slips into the start-up bundle (classic
 * zod, a second HTML parser, an entity table) is caught where it lands. `npm run bench -- bundle`
 * measures size and import time against issue 15's targets.
 *
 * Usage: node scripts/check-bundle.mjs [bundle file]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * gzip bytes (zlib's default level, as the bench measures): the bundle's size when this was set
 * plus room for ordinary growth, less than classic zod (+11 KB) or parse5 (+30 KB) would add.
 * Raise it on purpose, in its own commit, never to pass. Set at 222 KB + 10; raised to 238 KB +
 * 6 when the conventions of four fresh-eyes rounds landed (web pages, non-English scripts, timed
 * variants: rule tables in furniture.ts, tag-grammar.ts, furniture-languages.ts, +16 KB of our
 * own code, no dependency); raised to 251 KB + 7 when caption files became timed input (TTML,
 * SBV, ASS/SSA and SCC readers with the CEA-608 decoder, +7 KB of our own code, no dependency);
 * raised to 260 KB + 6 when the newsroom-script, markdown, e-mail and fresh-eyes conventions
 * (wire video scripts, parliament records, meeting exports) landed: +9 KB of rule tables and
 * readers over the session, no dependency. Minifying the style sheets was measured (−0.3 KB) and
 * not worth a build step; raised to 269 KB + 3 when Word documents became input (a ZIP directory
 * reader, the DOCX and Office-HTML readers, +4 KB, no dependency). Precomputing the JSON Schemas
 * at build time to drop zod's JSON Schema writer was measured too: −0.8 KB gzip (the schemas'
 * JSON costs nearly what the writer did), not kept. Lowered to 257 KB + 7 when wrangler's keepNames
 * wrappers were turned off (`keep_names = false`, −12 KB). Raised to 264.3 KB + 3.7 when RTF input
 * came back (+2.0 KB), with three speech-to-text readers (Google, Azure, Watson: +1.7 KB),
 * transcript tables (+1 KB) and this session's conventions; still 4 KB under the budget before
 * keep_names. Raised to 269.0 KB + 2 when a fresh-eyes round added six conventions' rules
 * (earnings calls, press releases, the Dáil and the Scottish Parliament, US depositions, Slack
 * chats: +2.6 KB of our own code after two rounds of shrinking, no dependency). Raised to 275.2 KB
 * + 2 when scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew: role words,
 * labels read from the whole transcript), twelve more languages' role words, subtitles of text
 * written without spaces and the detection of eleven legacy encodings landed: +5.9 KB of our own
 * code and tables, no dependency. Much of it is non-ASCII text, which esbuild writes as `\uXXXX`
 * escapes (six bytes for a Chinese character that UTF-8 writes in three). Raised to 286.1 KB + 2
 * when this session's other conventions landed, each measured in its commit: Chinese, Japanese
 * and Korean page furniture, TV scripts, parliament records and timed text (+2 KB); WhatsApp,
 * Telegram and Discord copies, courts, radio carts, SDH, bold-question and initials Q&As, Whisper
 * text (+3.5 KB); HTML name labels and transcript tables, speech-to-text envelopes, Azure fast
 * transcription, YouTube XML and Avid SubCap in the existing readers (+2.5 KB); the default SRT
 * written without a template pass (+0.7 KB). No dependency. Raised to 288.2 KB + 1.8 when
 * sentences a PDF's page break cut were joined again (+0.4 KB), and speech-to-text of three more
 * tools (Soniox, Vosk, YouTube json3: +0.8 KB) and live sessions' logs (five services' streaming
 * messages, JSON Lines: +0.8 KB) became input. No dependency. Raised to 290.2 KB + 1.8 when
 * more conventions landed, each in its commit: PDF ligatures and page-broken words, Spanish
 * P./R. interviews, ministers' transcripts (holders named by the header, offices as tags),
 * select committees' evidence headers and question numbers, sports press conference roles and
 * the transcription service's line (+1.6 KB of our own code and tables, no dependency). Raised
 * to 294.3 KB + 1.7 when two helper rounds landed (radio bulletins, wire trailers, European TV
 * scripts, Fed and Hindi records, podcast apps, oral histories, Commonwealth Hansards; SDH
 * speaker IDs, caption music, YouTube panels, Speechmatics UU, Telegram media) with what they had
 * cut only to fit (closing-line times, dpa trailers, Swedish cues, caption colours), and this
 * round's JSON lists of timed lines, name paragraphs, chapter titles and bracketed names: +4.1 KB
 * of our own code and tables, no dependency. Raised to 297.1 KB + 2.9 when a fresh-eyes round
 * landed, each in its commit: scraped and CMS JSON lists (more field names, any case, turns
 * without times), the Podcasting 2.0 JSON transcript, tables pasted without a header row and
 * Markdown tables, services' numbered labels in eighteen languages and their codes (`S1:`),
 * Speechmatics' label lines, Zoom's saved chat, meeting recorders' dashed headings, Turkish
 * capitals and emergency-call voices: +2.2 KB of our own code and tables, no dependency. Raised
 * to 307.6 KB + 2.4 when two helper rounds landed, each in its commits: caption shapes (distinct
 * `>>` voices, spaced and mid-video caption panels, LRC, SubViewer, Spruce STL, MicroDVD, WebVTT
 * header and NOTE blocks reported, caption CSV columns: +4.9 KB) and newsroom records (IRC logs,
 * `NAME —` tags beside datelines, parliamentary mastheads and sittings, sports press-conference
 * headers, Hangul and kana slugs: +5.6 KB, most of it records.ts patterns). No dependency.
 * Raised to 313.0 KB + 3 when two more rounds landed: tools' exports (meeting recorders,
 * transcription services, podcast pages, Picovoice, Riva and Fireflies JSON: +0.9 KB) and
 * newsroom systems' and world broadcast scripts (ENPS rundowns, iNEWS cues, BBC/ITN cue words,
 * inline cues, Hindi, Arabic, Japanese, Korean, Ukrainian, Czech, Greek and Nordic scripts,
 * phone-in callers, Devanagari and Greek slugs: +3.9 KB). No dependency. Raised to 316.3 KB +
 * 2.7 when transcript web pages of governments and newsrooms landed (menus and share bars copied
 * as text, Kantei's bracketed labels, German office abbreviations, UN briefing headings, GOV.UK
 * and EU page details, channel names as interviewers: +2.9 KB of patterns and word lists).
 * Raised to 335.8 KB + 2.2 when four helper rounds and the lead's conventions landed, measured
 * after each merge (318.0 KB before): speech recognition toolkits' and services' outputs (NIST
 * CTM and STM, NeMo, the transformers pipeline, Coqui STT, Video Indexer, multichannel
 * AssemblyAI, Rev.com human transcripts, time repairs: +4.0 KB), Brazilian and Portuguese
 * scripts, world bite markers and Octopus/Dalet printouts (+1.8 KB), court, deposition and
 * hearing transcripts (court pages, examinations, UK captions, inquiries: +3.5 KB), caption
 * exports read as timed input (SAMI, EBU STL read back with its code tables, QuickTime text,
 * Adobe Encore, MacCaption MCC, DCP subtitle XML: +8.1 KB), and Sonix labels, script cues over
 * the words, live-page entries, markdown headings and e-mail quotes (+0.4 KB). No dependency.
 * European TV and radio scripts' cue words (Spanish, Catalan, German, French, Italian: one table
 * in cue-languages.ts) then took +1.0 KB of that room (336.8 KB). Paste noise found by the
 * metamorphic check (a margin every line shares, NBSP after a colon, CRLF and trailing blanks
 * in a podcast's name/time lines, wrapped note sentences, smart-quoted front matter): +0.3 KB.
 * Raised to 338.5 KB + 1.5 when news live pages and other web copies landed (entry times and
 * titles in eight outlets' shapes and three more languages, a live page's `<article>` entries,
 * Key events, police releases, Substack, YouTube watch page and podcast hosts' furniture: +1.6
 * KB of our own code and rules, no dependency). Raised to 340.2 KB + 1.8 when continental
 * parliaments' records landed (the chamber tags ended by a full stop or read inside a record:
 * Assemblée and Sénat, Camera and Senato, Congreso; Bundestag offices, interjections and running
 * headers; Tweede Kamer and riksdag tags: +1.3 KB after merging patterns, no dependency).
 * Raised to 345.1 KB + 1.9 when a round of real-world readings landed, each measured at its
 * merge: paste noise (old Mac line ends, no-break spaces between words, a blank line after every
 * line, the typewriter's `--`: +0.6 KB), Turkish `AD SOYAD / UNVAN` tags and dotless ı,
 * anchor-lead cues alone on their line, Plenarprotokoll margin letters and page furniture, OFF
 * as the reporter's voice-over (+1.3 KB), hard-wrapped continuations per convention
 * (`hard-wrap.ts`: +1.2 KB), and six fresh conventions (a role with name and outlet in
 * brackets, poll declarations, forced narrative, GOV.UK and emergency-call notes, Slack
 * follow-ups, a `<br>` line's paragraph: +1.6 KB). No dependency. Raised to 346.9 KB + 2.1
 * when the same round's second half landed: a hard-wrapped text's wrap width and the sentence
 * ends where the wrap fell (+0.9 KB), copies with a blank line after every line read by each
 * export's record (name, time, words; labels; tables; captions: +0.7 KB), and the parser's tag
 * read kept on its segment for the plugins after it (+0.2 KB). No dependency. Raised to 353.7
 * KB + 2.3 when two helper rounds' first merges landed, each measured at its merge: transcripts
 * in capitals (throws, script headers and cues, caption panels, wire datelines read in capitals:
 * +1.7 KB), and eight tools' timed exports (Premiere Pro, Video Intelligence, sherpa-onnx,
 * oTranscribe, Gentle, Transcriber, Praat TextGrid, Audacity labels, XML declared encodings:
 * +5.0 KB, the TextGrid and Transcriber readers 1.5 and 1.4 of it). No dependency. Raised to
 * 359.8 KB + 2.2 when the round's other merges landed, each measured at its merge: the SRT
 * step's word table and timestamp writer (+0.6 KB), patterns with Unicode classes parsed on
 * first use (`lazyRegExp`: import time about halved, +1.0 KB because a pattern written as a
 * string doubles its backslashes), eight fresh records' conventions (Portuguese, Polish and
 * Czech chambers, military commissions, Pentagon and NZ pages, TheyWorkForYou: +3.6 KB), and
 * speaker tags alone on their line without a colon (+0.9 KB). No dependency. Raised to 364.9 KB
 * + 2.1 when the next round landed, each measured at its merge: written-out bites under their
 * cues and the Australian, Indian and radio scripts' cues (+0.7 KB), web pages' tables, `<time>`
 * stamps, caption files as tools write them and ElevenLabs channels (+1.5 KB), eight Nordic,
 * Belgian and NASA records' conventions (+1.8 KB), tags said once without a colon (+0.8 KB), and
 * six more languages' function words (+0.2 KB). No dependency. Raised to 370.1 KB + 1.9 when
 * round 16 landed, each measured at its merge: the language an input declares (speech-to-text
 * JSON, WebVTT, TTML, HTML) with its code table (+1.1 KB), scripts' slugs and bylines in other
 * newsrooms' languages, a sentence pasted twice in a line and times past the subtitle clock's
 * end (+0.7 KB), the Eduskunta's, Storting's and Belgian Chamber's headings (+1.5 KB), and
 * fourteen parliaments' and briefings' conventions (+1.3 KB). No dependency. Raised to 376.3
 * KB + 1.7 when round 17 landed, measured at its merges: transcripts whose structure was lost in
 * transit (turns run together on one line, `\n` written out, quoted-printable mail, `<br>`-parted
 * fields, names in a column of spaces), Whisper's printed segments timed, SDH sounds keeping their
 * time, titles without airing slots and wire prefixes, wrapped headlines, story forms in five
 * languages, roster names, name particles and hyphen dash tags (+3.9 KB); WhisperX's word
 * segments, MPL2, HTML language metadata, Greek accents and nine parliaments' and courts'
 * conventions (+2.0 KB); start-up tables made on first use (+0.4 KB of lazy wrappers). No
 * dependency. Raised to 382.7 KB + 2.3 when round 18 landed, measured at its merges (376.7 KB
 * before): the lead's conventions (paragraphs opened by bare times and stamps inside the words,
 * research interviews' labels, lower-case parts and labels, names in brackets, reporters by
 * outlet, roles after an article, CJK offices, chunk and caption overlaps, words longer than a
 * subtitle line in pieces: +2.6 KB), caption and speech-to-text exports (Teams and Stream name
 * lines, empty results, ASS signs and songs, pronoun labels: +1.1 KB), other newsrooms' scripts
 * (radio, advisories, wire copy, Nordic, BBC and Australian court conventions: +1.1 KB) and
 * transcript web pages (+1.2 KB). No dependency. Raised to 386.9 KB + 2.1 when round 20 landed,
 * measured at its merges (384.1 KB before): the lead's conventions (Markdown tables inside a
 * text, stamps in parentheses, diarization labels in brackets, faster-whisper's seconds, cues in
 * angle brackets, dashed Q/A lines, wrapped chamber tags, name headings, bite names without a
 * colon: +1.0 KB), caption and speech-to-text exports (one-word SDH IDs, sounds before and inside
 * lines, manners in labels, two voices on a WebVTT line, Rev.ai and Speechmatics sounds: +0.6 KB),
 * other newsrooms' scripts (short Dutch, slugs over copy, ITW offices, Kremlin pages, Lords
 * topics, ENPS rundown rows, bite leads: +0.8 KB) and web pages (sounds of things, emoji before
 * tags, e-mail labels, Meet titles, page furniture, hearings without a header: +0.5 KB). No
 * dependency. Raised to 390.4 KB + 1.6 when round 21 landed, measured at its merges (387.1 KB
 * before): the lead's conventions (interview rubrics and officials by office in eleven
 * languages, guests and numbered chapters, E&OE, initials keys, short-copy languages, vox pops
 * after an article, programme headers with airtimes, empty turns reported, cues in double
 * parentheses, Australian radio events, Thai roles, Korean and Chinese throws: +1.8 KB), web
 * copies (Medium and Substack controls, glued initials, NBC tag lines, bylines: +0.6 KB),
 * speech-to-text and caption exports (recognizer tokens, frame timecodes in tables, Premiere
 * markers, Volcengine and Soniox: +0.4 KB) and other newsrooms' scripts (numbered voices,
 * timecode lines, captioned bites, ANNCR, German and Swedish section labels: +0.5 KB). No
 * dependency. Raised to 398.5 KB + 1.5 when round 23 landed, measured at its merges (391.4 KB
 * before): caption exports (the FCPXML reader, hex colour classes, arrow ranges, words on the
 * timing line: +1.4 KB), web pages (C-SPAN fields, French Canadian Hansard, DW, Substack, editing
 * notes in seven languages, transcript panels, inquiries, GOV.UK and EC fields: +3.2 KB),
 * broadcast scripts (numbered callers, timecodes, outlets before roles, Nordic and Dutch anchor
 * cues, Australian grabs: +1.0 KB) and the lead's (BBC Monitoring, ABC News name lines and
 * deliveries, dash and D./R. interviews, posts over their holders, tool lines, language words:
 * +1.5 KB). No dependency: the rules are the bundle (src/core is two thirds of it). Raised to
 * 408.6 KB + 2.4 when round 24 landed, measured at its merges (399.0 KB before): the lead's
 * conventions (news databases: Nexis Uni, LexisNexis, Factiva, ProQuest, transcription services'
 * headers; a CMS's story JSON; word processors' comments; forwarded e-mails; transcript players'
 * markup and data-speaker turns; wrapped table cells; crew credits; interview headlines; 12-hour
 * clock stamps: +5.7 KB), newsroom scripts (earnings-call name lines, podcast breaks, tribunals,
 * Indian courts, police interviews, reader cues, ATMO and carts, music cues, team press
 * conferences: +1.7 KB), timed input (Final Cut Pro 7 XML, FCPXML compound clips and auditions,
 * Premiere role labels, range lines, realtime logs, Avid markers, Gladia and Deepgram channels:
 * +1.4 KB; the helper had cut four of these to fit the old budget, and they are back) and web
 * pages (Hansard names without a colon, the Assemblée's agenda, titles run into summaries,
 * Kantei, PBS menus, government date lines: +1.0 KB). No dependency. Raised to 418.2 KB + 1.8
 * when round 26 landed, measured at its merges (410.0 KB before): fresh-eyes conventions
 * (continental records' headers, Australian Hansard offices, bracketed cues of any language,
 * member letters, first names after programme roles, times before tags: +0.8 KB), timed input and
 * web pages (Premiere transcript exports, YouTube panels' spoken times, range name lines, Rev.ai
 * speaker names, Meet notes, Guardian, BBC, CNN and wire-photo furniture: +3.3 KB) and newsroom
 * scripts (German government press conferences, trades before O-TON names, wire metadata fields,
 * slugs, running orders, inline Q./A., press-conference brackets in four languages: +4.1 KB).
 * No dependency. Raised to 430.3 KB + 1.7 when round 27 landed, measured at its merges (418.6 KB
 * before): meeting tools and web pages (agenda items, AI notes over transcripts, avatar initials,
 * lower-case labels, news sites' bylines, datelines and widgets: +2.6 KB), newsroom scripts and
 * press transcripts (SPEAKER as the announcer, MP outside German, M:/F:, outlets as interviewers,
 * lettered voices, spokespersons and editors, Vietnamese, Indonesian, Korean and Japanese labels,
 * wire trailers, two-column heads in six languages: +4.6 KB) and the lead's (described voices in
 * five languages, name and title by a dash or bar, bite cues before a tag, numbered Q&As, earnings
 * calls listed at the end or not at all, joint tags, speaker-spelling warnings, labels as written,
 * C1 quotes, narrow-column hyphens, quotes in French, German, Chinese, Japanese and Hebrew, news
 * pages in Spanish, German, French, Italian, Portuguese, Russian and Arabic: +4.5 KB). No
 * dependency.
 */
export const GZIP_BUDGET = 432 * 1024;

const file = process.argv[2] ?? '.wrangler/dry-run/index.js';
let bytes;
try {
  bytes = readFileSync(file);
} catch {
  console.error(`bundle: ${file} not found; build it with \`npm run build:dry\``);
  process.exit(1);
}
const gzip = gzipSync(bytes).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (gzip > GZIP_BUDGET) {
  console.error(
    `bundle: ${kb(gzip)} gzip is over the budget of ${kb(GZIP_BUDGET)} (${kb(bytes.length)} minified): look for a new dependency or a table built into the bundle (npx esbuild --analyze)`,
  );
  process.exit(1);
}
console.log(`bundle: ${kb(bytes.length)} minified, ${kb(gzip)} gzip (budget ${kb(GZIP_BUDGET)})`);
