/**
 * Transcripts as the news databases deliver them, around the words:
 * - Nexis Uni and LexisNexis (`Section: NEWS; Domestic`, `Length: 1234 words`, `Byline:`,
 *   `Guests:`, `Highlight:`, a `Body` line over the text; after it `Classification`,
 *   `Language:`, `Subject:`, `Load-Date:`, `End of Document`; the older `SHOW:`, `HEADLINE:`,
 *   `BODY:`, `LOAD-DATE:`, `3 of 10 DOCUMENTS`): the title is the document's first line (or
 *   `HEADLINE:`), the programme's and the date's lines under it are credits, every field a note.
 * - Factiva (two-letter field codes at the start of a line: `HD` headline, `BY`, `WC` words,
 *   `PD` date, `SN` source, `SC`, `LA`, `CY` copyright, `LP` and `TD` over the text, `CO`, `IN`,
 *   `NS`, `RE`, `AN` after it): the title is `HD`'s, every field a note; `LP` and `TD` opening the
 *   text's first line are taken off it (`codes`).
 * - ProQuest (the title, the citation line, `Full text` over the words; after them `Subject:`,
 *   `Publication title:`, `ProQuest document ID:`, `Document URL:`, `Database:` …): the fields
 *   and the citation are notes, the title the first line.
 * - A transcription service's header (`FEDERAL NEWS SERVICE`, `CQ TRANSCRIPTIONS`) over the
 *   event's name, its venue and its fields (`SPEAKERS:`, `LOCATION:`, `TIME:`): the service's
 *   line is a credit, the fields notes, the event's name the title.
 */
import type { NoteReason } from './document.ts';
import type { RootContent, Segment } from './tree.ts';

export interface NewsDatabase {
  /** Lines that are the database's furniture, with their reason. */
  notes: Map<number, NoteReason>;
  /** The document's title the database gives, or null. */
  title: string | null;
  /** Factiva's `LP` / `TD` opening a line of the text: the line and the code's length with its spaces. */
  codes: Map<number, number>;
}

interface Line {
  line: number;
  text: string;
  /** The paragraph's next line of the source follows on (no blank line between). */
  segment: Segment;
}

/** A Lexis field: `Length: 1234 words`, `LOAD-DATE: December 1, 2026` (group 1 the label). */
const LEXIS_FIELD =
  /^(section|length|byline|guests?|highlight|load-date|language|type|transcript|show|headline|publication-type|document-type|subject|person|geographic|organization|company|industry|graphic|dateline|notes|correction-date|journal-code|series|edition|anchors?|ticker|country|city|state|body)[ \t]*:(?:[ \t]+(\S.{0,2000}))?$/i;
/** The lines a Lexis document marks its parts with. */
const LEXIS_MARK = /^(?:body|classification|end of document|\d{1,5} of \d{1,6} documents?)$/i;
/** Lexis' length field, which every document has. */
const LEXIS_LENGTH = /^length[ \t]*:[ \t]*[\d,]{1,9} words$/i;
/** A date line with its weekday (`November 30, 2026 Monday`, `December 1, 2026 Tuesday 9:00 PM EST`). */
const LEXIS_DATE =
  /^(?:[A-Z][a-z]{2,8} \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}),? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: \d{1,2}:\d{2}(?: ?[AP]M)?(?: [A-Z]{2,4})?)?$/;
const COPYRIGHT = /^(?:copyright|\(c\)|©|all rights reserved\.?$)/i;

/** A Factiva field code at the start of a line, its value after spaces or a tab. */
const FACTIVA_FIELD =
  /^(HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPD|IPC|PUB|AN)(?:[ \t]+(\S.{0,2000}))?$/;
/** Lines of a document looked at for its database's header. */
const HEAD_LINES = 16;

const LEXIS_REASONS: Readonly<Record<string, NoteReason>> = {
  byline: 'byline',
  'load-date': 'dateline',
  'correction-date': 'dateline',
  dateline: 'dateline',
  show: 'programme-credit',
};
const FACTIVA_REASONS: Readonly<Record<string, NoteReason>> = {
  BY: 'byline',
  CR: 'credit',
  PD: 'dateline',
  ET: 'dateline',
  SN: 'programme-credit',
  CY: 'copyright',
};

function* linesOf(children: readonly RootContent[]): Generator<Line> {
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const segment of node.segments)
      yield { line: segment.line, text: segment.text.trim(), segment };
  }
}

/** The news database a transcript was copied from, read from its header and footer; null for none. */
export function readNewsDatabase(children: readonly RootContent[]): NewsDatabase | null {
  const head: Line[] = [];
  for (const l of linesOf(children)) {
    if (head.length >= HEAD_LINES) break;
    head.push(l);
  }
  const factivaFields = head.filter((l) => FACTIVA_FIELD.exec(l.text) !== null);
  const codes = new Set(factivaFields.map((l) => l.text.slice(0, l.text.search(/[ \t]|$/))));
  if (
    factivaFields.length >= 3 &&
    codes.has('HD') &&
    (codes.has('SN') || codes.has('WC') || codes.has('PD'))
  )
    return readFactiva(children);
  if (head.some((l) => PROQUEST_FULL_TEXT.test(l.text))) {
    const proquest = readProquest(children);
    if (proquest) return proquest;
  }
  const service = head.findIndex((l) => TRANSCRIPTION_SERVICE.test(l.text));
  if (service !== -1 && service < 3) return readServiceHeader(head.slice(service));
  const lexis =
    head.some((l) => LEXIS_LENGTH.test(l.text)) &&
    head.some((l) => LEXIS_MARK.test(l.text) || /^body[ \t]*:$/i.test(l.text));
  return lexis ? readLexis(children) : null;
}

function readLexis(children: readonly RootContent[]): NewsDatabase {
  const notes = new Map<number, NoteReason>();
  let title: string | null = null;
  let first: Line | null = null;
  let body = false;
  let field: NoteReason | null = null;
  let lastSegment: Segment | null = null;
  const all: Line[] = [];
  for (const l of linesOf(children)) {
    all.push(l);
    if (body) continue;
    // A field's value running on to the lines of its paragraph under it.
    const continues =
      field !== null && lastSegment !== null && l.segment.line === lastSegment.line + 1;
    lastSegment = l.segment;
    const m = LEXIS_FIELD.exec(l.text);
    if (m) {
      const label = (m[1] as string).toLowerCase();
      if (label === 'headline' && m[2]) title = m[2].trim();
      field = LEXIS_REASONS[label] ?? 'page-element';
      notes.set(l.line, field);
      if (label === 'body') body = true;
      continue;
    }
    if (LEXIS_MARK.test(l.text)) {
      notes.set(l.line, 'page-element');
      if (/^body$/i.test(l.text)) body = true;
      field = null;
      continue;
    }
    if (continues && field !== null) {
      notes.set(l.line, field);
      continue;
    }
    field = null;
    if (LEXIS_DATE.test(l.text)) notes.set(l.line, 'dateline');
    else if (COPYRIGHT.test(l.text)) notes.set(l.line, 'copyright');
    else if (first === null) first = l;
    // The programme's or the publication's line under the title (`CNN NEWSROOM`).
    else if (l.text.length <= 80 && !/[.!?:]$/.test(l.text)) notes.set(l.line, 'programme-credit');
  }
  // The footer, read from the end: fields, marks, a copyright, up to the text's last line.
  for (let k = all.length - 1; k >= 0; k--) {
    const l = all[k] as Line;
    if (notes.has(l.line)) continue;
    const m = LEXIS_FIELD.exec(l.text);
    if (m) notes.set(l.line, LEXIS_REASONS[(m[1] as string).toLowerCase()] ?? 'page-element');
    else if (LEXIS_MARK.test(l.text)) notes.set(l.line, 'page-element');
    else if (COPYRIGHT.test(l.text)) notes.set(l.line, 'copyright');
    else break;
  }
  if (title === null && first !== null && first.text.length <= 300) title = first.text;
  // Under a `HEADLINE:` field, the first line is the publication's (`CNN`).
  else if (first !== null && title !== first.text) notes.set(first.line, 'programme-credit');
  return { notes, title, codes: new Map() };
}

function readFactiva(children: readonly RootContent[]): NewsDatabase {
  const notes = new Map<number, NoteReason>();
  const codes = new Map<number, number>();
  let title: string | null = null;
  let field: NoteReason | null = null;
  let lastSegment: Segment | null = null;
  const all: Line[] = [];
  // The header: fields up to the first `LP` or `TD`; then the text.
  let text = false;
  let headlineBelow = false;
  for (const l of linesOf(children)) {
    all.push(l);
    if (text) continue;
    const continues =
      field !== null && lastSegment !== null && l.segment.line === lastSegment.line + 1;
    lastSegment = l.segment;
    const m = FACTIVA_FIELD.exec(l.text);
    const code = m?.[1];
    if (m && code !== undefined) {
      if (code === 'LP' || code === 'TD') {
        text = true;
        // The text opens on the code's line: the code comes off it; alone, the line is a note.
        if (m[2]) codes.set(l.line, l.segment.text.indexOf(m[2]));
        else notes.set(l.line, 'page-element');
        continue;
      }
      if (code === 'HD' && m[2] && title === null) title = m[2].trim();
      headlineBelow = code === 'HD' && !m[2];
      field = FACTIVA_REASONS[code] ?? 'page-element';
      notes.set(l.line, field);
      continue;
    }
    if (continues && field !== null) {
      notes.set(l.line, field);
      // `HD` alone over the headline's line.
      if (headlineBelow && title === null) title = l.text;
    } else field = null;
    headlineBelow = false;
  }
  // In the text, `TD` after the lead paragraphs; after it, the fields from the end (`CO`, `NS`, `AN`).
  for (const l of all) {
    if (notes.has(l.line) || codes.has(l.line)) continue;
    const m = l.text === 'TD' || l.text.startsWith('TD ') ? FACTIVA_FIELD.exec(l.text) : null;
    if (m?.[2]) codes.set(l.line, l.segment.text.indexOf(m[2]));
    else if (m) notes.set(l.line, 'page-element');
  }
  for (let k = all.length - 1; k >= 0; k--) {
    const l = all[k] as Line;
    const m = FACTIVA_FIELD.exec(l.text);
    const code = m?.[1];
    if (!m || code === undefined || code === 'LP' || code === 'TD') break;
    notes.set(l.line, FACTIVA_REASONS[code] ?? 'page-element');
  }
  return { notes, title, codes };
}

/** ProQuest's line over the words (`Full text`, `Full Text`, `Abstract`). */
const PROQUEST_FULL_TEXT = /^(?:full text|abstract):?$/i;
/** ProQuest's fields after the words (`Publication title: …`, `ProQuest document ID: …`). */
const PROQUEST_FIELD =
  /^(?:subject|location|people|company \/ organization|identifier \/ keyword|title|author|publication title|publication year|publication date|publisher|place of publication|country of publication|publication subject|source type|language of publication|document type|proquest document id|document url|copyright|last updated|database|section|dateline|credit|illustration|accession number|links|issn|isbn|volume|issue|pages|first page|edition|column|document feature|source attribute|coden|doi)[ \t]*:(?:[ \t]+\S.{0,2000})?$/i;
const PROQUEST_REASONS: Readonly<Record<string, NoteReason>> = {
  'publication date': 'dateline',
  'last updated': 'dateline',
  copyright: 'copyright',
  author: 'byline',
};

/**
 * ProQuest: lines above `Full text` but the first (the title) are its citation, the fields at the
 * end its record; null when the record does not end the text with ProQuest's own fields.
 */
function readProquest(children: readonly RootContent[]): NewsDatabase | null {
  const all = [...linesOf(children)];
  const notes = new Map<number, NoteReason>();
  let own = false;
  for (let k = all.length - 1; k >= 0; k--) {
    const l = all[k] as Line;
    if (!PROQUEST_FIELD.test(l.text)) break;
    const label = l.text.slice(0, l.text.indexOf(':')).trim().toLowerCase();
    if (label === 'proquest document id' || label === 'database' || label === 'document url')
      own = true;
    notes.set(l.line, PROQUEST_REASONS[label] ?? 'page-element');
  }
  if (!own) return null;
  const first = all[0];
  for (let k = 1; k < all.length && k <= HEAD_LINES; k++) {
    const l = all[k] as Line;
    if (PROQUEST_FULL_TEXT.test(l.text)) {
      notes.set(l.line, 'page-element');
      break;
    }
    notes.set(l.line, 'byline');
  }
  return { notes, title: first?.text ?? null, codes: new Map() };
}

/** A transcription service's line over its transcript. */
const TRANSCRIPTION_SERVICE =
  /^(?:FEDERAL NEWS SERVICE|Federal News Service|CQ TRANSCRIPTIONS|CQ Transcriptions|POLITICAL TRANSCRIPTS BY CQ TRANSCRIPTIONS|CQ-Roll Call|CQ Roll Call|ASC SERVICES II MEDIA|ASC Services II Media)(?:,? (?:INC|Inc|LLC)\.?)?$/;
/** The service header's fields (`SPEAKERS: KIM PARK, MAYOR`, `LOCATION: …`, `TIME: 10:00 A.M. EST`). */
const SERVICE_FIELD =
  /^(SPEAKERS?|PARTICIPANTS|PANELISTS|WITNESSES|LOCATION|VENUE|PLACE|TIME|DATE|SUBJECT|TOPIC)[ \t]*:[ \t]+\S.{0,300}$/;
/** A date line in capitals or not (`NOVEMBER 30, 2026 MONDAY`, `Monday, November 30, 2026`). */
const SERVICE_DATE =
  /^(?:(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:[A-Z][A-Za-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][A-Za-z]{2,8} \d{4})(?:,? (?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?$/;

/**
 * A transcription service's header: its line (a credit), a date, the event's name (the title),
 * a venue line under it and the fields; up to the first line that is none of them.
 */
function readServiceHeader(head: readonly Line[]): NewsDatabase {
  const notes = new Map<number, NoteReason>();
  let title: string | null = null;
  /** The venue is the line right under the event's name. */
  let titleAt = -2;
  for (const [k, l] of head.entries()) {
    if (k === 0) {
      notes.set(l.line, 'credit');
      continue;
    }
    const field = SERVICE_FIELD.exec(l.text);
    if (field) {
      notes.set(l.line, field[1] === 'TIME' || field[1] === 'DATE' ? 'dateline' : 'page-element');
      continue;
    }
    if (SERVICE_DATE.test(l.text)) {
      notes.set(l.line, 'dateline');
      continue;
    }
    // The event's name, then its venue: short lines with no colon and no sentence's end.
    if (l.text.includes(':') || /[.!?]$/.test(l.text) || l.text.length > 160) break;
    if (title === null) {
      title = l.text;
      titleAt = k;
    } else if (k === titleAt + 1 && l.text.length <= 80) notes.set(l.line, 'dateline');
    else break;
  }
  return { notes, title, codes: new Map() };
}
