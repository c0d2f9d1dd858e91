/**
 * Official records' front matter, read as a whole (a line of it alone may be anything):
 *
 * - **UN verbatim records** (any of the UN's languages): the header before the first speech
 *   (document symbol `S/PV.9876`, `A/80/PV.12`; `United Nations`; the organ; `Eightieth year`;
 *   `9876th meeting`; the date and place; the `President:` and `Members:` rosters), agenda-item
 *   lines (`Agenda item 73`, `Point 73 de l'ordre du jour`) and running headers anywhere are page
 *   furniture; the agenda's headings (`The situation in the Middle East`) are headlines, the first
 *   one that is not procedural (`Adoption of the agenda`) the title.
 * - **Court transcripts**: the caption (`IN THE SUPREME COURT OF THE UNITED STATES`, the parties
 *   around `v.`, `No. 24-512`) and the cover page's `Pages:`, `Place:`, `Date:` lines are
 *   furniture; the title is the case name composed from the caption (`Harlan County, Kentucky v.
 *   Rivera`).
 * - **A document-type label** under a record's or a briefing's title (`Question`, `Statement`,
 *   `Special Briefing`): furniture, so the title line above it stays the title.
 *
 * Everything here reads a bounded number of lines at the top (HEADER_LINES) plus, for a detected
 * UN record, each line once with anchored patterns: linear in the input.
 */

import { titleCaseIfCaps } from './chars.ts';
import { TELEGRAM_STAMP } from './clock.ts';
import { CUE_WORDS } from './cue-languages.ts';
import {
  HEARING_OPENER,
  inlineScriptCue,
  isMarkedCueLine,
  isProductionLine,
  isRecordSentence,
  isScriptCue,
  isScriptMarkerLine,
} from './directions.ts';
import type { NoteReason } from './document.ts';
import { classifyLine, isBareName, isRecordGpoHeader } from './furniture.ts';
import { hardWrapWidth, withWrappedRest, wrapBroke, wrapsOnto } from './hard-wrap.ts';
import { lazyRegExp } from './lazy.ts';
import {
  HAS_LOWERCASE,
  HAS_TWO_UPPERCASE,
  HAS_UPPERCASE,
  STARTS_LETTER_OR_NUMBER,
  STARTS_UPPERCASE,
} from './letter-patterns.ts';
import {
  ADVISORY_FIELD,
  chatExportStamp,
  ircLine,
  isChatHeader,
  parseTag,
  printedHearingTag,
} from './tags.ts';
import type { RootContent, Segment } from './tree.ts';

/** Lines read at the top of the input for a record's header or caption. */
const HEADER_LINES = 80;

// --- UN verbatim records ----------------------------------------------------------------------

/** A UN document symbol of a meeting record: `S/PV.9876`, `A/80/PV.12`, `A/C.3/79/SR.5`. */
const UN_SYMBOL = /(?:^|\s)(?:A|S|E|DP|TD|UNEP)(?:\/[A-Z0-9.-]{1,12}){0,3}\/(?:PV|SR)\.\d{1,5}\b/;
/** Words that may stand beside a symbol on its line: the organisation, `Provisional`, a resumption. */
const SYMBOL_LINE_REST =
  /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة|Provisional|Provisoire|Предварительный отчет|\(Resumption \d\)|\(Reprise \d\)|\(Reanudación \d\)|[\s.,])*$/u;
const UN_NAME =
  /^(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|联合国|الأمم المتحدة)$/u;
/** Header words of a record: `Provisional`, `Official Records`, in the record's language. */
const PROVISIONAL =
  /^(?:Provisional|Provisoire|Предварительный отчет|Provisional record|Official Records|Documents officiels|Documentos Oficiales|Официальные отчеты)$/iu;
/** The organs and main committees whose meetings have verbatim records, in UN languages. */
const UN_ORGAN =
  /^(?:Security Council|General Assembly|Economic and Social Council|Trusteeship Council|Human Rights Council|Conseil de sécurité|Assemblée générale|Conseil économique et social|Conseil des droits de l['’]homme|Consejo de Seguridad|Asamblea General|Consejo Económico y Social|Consejo de Derechos Humanos|Совет Безопасности|Генеральная Ассамблея|Экономический и Социальный Совет|安全理事会|大会|مجلس الأمن|الجمعية العامة|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission|(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión)(?: (?:Provisional|Provisoire))?$/u;
/** `Eightieth year`, `Seventy-ninth session`, `Quatre-vingtième session`, `Octogésimo año`. */
const UN_SESSION = lazyRegExp(
  String.raw`^(?:(?:\p{Lu}\p{Ll}{2,12}-)?\p{L}\p{Ll}{2,14}(?:th|st|nd|rd) (?:year|session)|(?:\p{Lu}\p{Ll}{2,12}-)?\p{L}\p{Ll}{2,14}(?:ième|ère) (?:année|session)|\p{Lu}\p{Ll}{3,14}[oa](?: \p{Ll}{3,14}[oa])? (?:año|período de sesiones)|\p{Lu}\p{Ll}{3,16}(?:ый|ой|ий|ая|ья)(?: \p{Ll}{3,16}(?:ый|ой|ий|ая|ья))? (?:год|сессия))(?: \((?:resumed|reprise|continuación|возобновленная)\))?$`,
  'u',
);
/** `9876th meeting`, `12th plenary meeting`, `12e séance plénière`, `9876ª sesión`, `9876-е заседание`. */
const UN_MEETING =
  /^\d{1,5}(?:st|nd|rd|th|e|re|ème|ª|a|\.ª|-е|-е пленарное)? (?:plenary meeting|meeting|séance plénière|séance|sesión plenaria|sesión|заседание)(?: \(closed\)| \(privée\))?$/u;
/** The chair on the roster: `President: Mr. Fu Cong (China)`, `Président : M. Diop . . . (Sénégal)`. */
const UN_CHAIR = lazyRegExp(
  String.raw`^(?:Acting )?(?:President|Chair|Chairman|Chairperson|Présidente?|Presidente|Presidenta|Председатель)\s*:\s*(?:Mr|Mrs|Ms|Madam|Dr|M|Mme|Sr|Sra|г-н|г-жа|H\.E)\.?\s+\p{Lu}[^!?:;,]{0,100}[\p{L})]$`,
  'u',
);
/** Lines of the members' roster: `Members: Algeria …`, and `Denmark . . . . Ms. Lassen` under it. */
const UN_MEMBERS = lazyRegExp(String.raw`^(?:Members|Membres|Miembros|Члены)\s*:\s*\p{Lu}`, 'u');
const DOT_LEADER = /(?:\. ?){4}/;
/** `Agenda item 73`, `Point 73 de l'ordre du jour (suite)`, `Tema 73 del programa`, `Пункт 73 повестки дня`. */
const UN_AGENDA_ITEM =
  /^(?:(?:Agenda items?|Items?) \d{1,3}(?: ?\([a-z]\))?(?:(?:, | and | to )\d{1,3}(?: ?\([a-z]\))?){0,6}(?: of the (?:provisional )?agenda)?|Points? \d{1,3}(?: ?\([a-z]\))?(?:(?:, | et | à )\d{1,3}(?: ?\([a-z]\))?){0,6} de l['’]ordre du jour|Temas? \d{1,3}(?: ?\([a-z]\))?(?:(?:, | y | a )\d{1,3}(?: ?\([a-z]\))?){0,6} del (?:programa|orden del día)|Пункты? \d{1,3}(?: ?\([а-я]\))?(?:(?:, | и )\d{1,3}(?: ?\([а-я]\))?){0,6} повестки дня)(?: \((?:continued|suite|continuación|продолжение)\))?$/u;
/** The agenda's label: `Agenda`, `Ordre du jour`, `Provisional agenda`. */
const UN_AGENDA_LABEL =
  /^(?:Agenda|Provisional agenda|Ordre du jour|Ordre du jour provisoire|Orden del día|Programa|Повестка дня)$/u;
const UN_PLACE =
  /^(?:New York|Geneva|Vienna|Nairobi|Genève|Vienne|Nueva York|Ginebra|Viena|Нью-Йорк|Женева|Вена|Найроби|纽约|日内瓦|نيويورك|جنيف)$/u;
/** A meeting's date line: a weekday first, a year in it. */
const UN_DATE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье),? [^!?;]{0,60}(?:19|20)\d\d(?!\d)[^!?;]{0,40}$/iu;
/** The record's footer: how corrections are sent, in the languages of the record. */
const UN_FOOTER =
  /^(?:Corrections should be submitted to the original languages only|This record contains the text of|Le présent procès-verbal contient le texte|Les rectifications (?:éventuelles )?ne doivent porter que sur|La presente acta contiene|Las correcciones (?:deben|se deben)|В настоящем отчете содержатся|Поправки должны)/u;
/** The printing office's job number and barcode on each page: `25-07890 (E)`, `*2507890*`. */
const UN_JOB = /^(?:\d{2}-\d{5} \([EFSRCA]\)|\*\d{7}\*)$/;
/** A page counter: `2/25`, `3/12`. */
const PAGE_COUNTER = /^\d{1,3}\/\d{1,3}$/;

/** Procedural agenda headings: never the record's title while a substantive one follows. */
const PROCEDURAL_HEADINGS = new Set(
  [
    'adoption of the agenda',
    'organization of work',
    'adoption de l’ordre du jour',
    'organisation des travaux',
    'aprobación del orden del día',
    'organización de los trabajos',
    'утверждение повестки дня',
    'организация работы',
  ].map((s) => s.toLowerCase()),
);

type UnKind = 'symbol' | 'name' | 'organ' | 'session' | 'meeting' | 'chair' | 'agenda-item';

/** The kind of a UN record header line, or null. Strong kinds detect a record. */
function unHeaderKind(line: string): UnKind | null {
  if (line.length > 200) return null;
  if (UN_SYMBOL.test(line) && SYMBOL_LINE_REST.test(line.replace(UN_SYMBOL, ' '))) return 'symbol';
  if (UN_NAME.test(line)) return 'name';
  if (UN_ORGAN.test(line)) return 'organ';
  if (UN_MEETING.test(line)) return 'meeting';
  if (UN_SESSION.test(line)) return 'session';
  if (UN_AGENDA_ITEM.test(line)) return 'agenda-item';
  if (UN_CHAIR.test(line.replace(DOT_LEADER, ' '))) return 'chair';
  return null;
}

/** The furniture reason of a line in a UN record's header, once a record is detected. */
function unHeaderReason(line: string, afterMembers: boolean): NoteReason | null {
  if (line.length > 200) return null;
  const kind = unHeaderKind(line);
  if (kind === 'chair') return 'programme-credit';
  if (kind !== null) return 'page-element';
  if (UN_MEMBERS.test(line) || (afterMembers && DOT_LEADER.test(line))) return 'programme-credit';
  if (PROVISIONAL.test(line) || UN_AGENDA_LABEL.test(line)) return 'page-element';
  if (UN_DATE.test(line) || UN_PLACE.test(line)) return 'dateline';
  return null;
}

/** The furniture reason of a line anywhere in a UN record (running headers, agenda items, footer). */
function unBodyReason(line: string): NoteReason | null {
  if (line.length > 300) return null;
  if (UN_AGENDA_ITEM.test(line) || UN_JOB.test(line) || PAGE_COUNTER.test(line))
    return 'page-element';
  if (UN_FOOTER.test(line)) return 'disclaimer';
  // A running header: the symbol with the agenda's title and the date, not a sentence.
  if (UN_SYMBOL.test(line) && line.split(/\s+/).length <= 20 && !/[.!?]$/.test(line))
    return 'page-element';
  return null;
}

// --- court transcripts -----------------------------------------------------------------------

/** The court's name heading a caption: `IN THE SUPREME COURT OF THE UNITED STATES`. */
const COURT_LINE =
  /^(?:IN THE (?:[A-Z.,'’]+ ){0,10}|(?:UNITED STATES |U\.S\. |[A-Z]+ )?(?:DISTRICT|SUPERIOR|CIRCUIT|SUPREME|BANKRUPTCY|COUNTY|FAMILY|MUNICIPAL|CHANCERY|PROBATE|CRIMINAL|CIVIL|JUSTICE|COMMON PLEAS|CLAIMS|TAX) )(?:COURT|TRIBUNAL)(?: [A-Z.,'’()]+){0,10}$/;
/** An English transcript's case number beside the court's name: `…  Case No: T20237041`. */
const COURT_LINE_NUMBER = /\s+(?:Case|Claim|Appeal|Indictment) No[.:]? ?[\w./-]{1,20}$/;
/** The caption's column at the end of a line (`)`, `:`), with the case number beside it. */
const CAPTION_COLUMN =
  /(?:^|\s+)[):](?:\s+(?:(?:Civil |Criminal )?(?:Action |Case |Docket |Cause |Index )?No\.?:? ?[\w.:-]{1,24}(?: [\w.:-]{1,12}){0,3}))?\s*$/;
const CASE_NUMBER =
  /^(?:(?:Civil |Criminal )?(?:Action|Case|Docket|Claim|Appeal|Indictment|Cause|Index) )?No[.:]{0,2} ?[\w./:-]{1,24}(?: [\w./:-]{1,12}){0,3}$/i;
/** `v.` between the parties, maybe with the case number beside it. */
const VERSUS = /^(?:v|vs)\.?$/i;
/** An English caption's `v` between dashes (`- v -`), the Crown's side spaced (`R E X`). */
const DASHED_VERSUS = /^[-–] ?v ?[-–]$/;
/** A party's role line: `Petitioners,`, `Respondent.`, `Plaintiff-Appellee,`. */
const PARTY_ROLE =
  /^(?:Petitioners?|Respondents?|Appellants?|Appellees?|Plaintiffs?|Defendants?|Cross-Petitioners?|Cross-Respondents?|Plaintiffs?-Appellees?|Plaintiffs?-Appellants?|Defendants?-Appellees?|Defendants?-Appellants?|Movants?|Applicants?)[,.]?$/i;
/** A separator line of the caption box: `---------------x`, `- - - - x`. */
const CAPTION_RULE = /^(?:- ?){3,}x?$|^x(?: ?-){3,}$/;
/** The cover page's labelled lines: `Pages: 1 through 67`, `Place: Washington, D.C.`, `Date: …`. */
const COVER_LINE = lazyRegExp(
  String.raw`^(?:Pages?: \d{1,4} (?:through|to|-) \d{1,4}|Place: \p{Lu}[^!?;]{0,60}|Date: [\p{L}\d][^!?;]{0,40}|Official Reporters?|(?:Case|Docket) No\. ?[\w.-]{1,20}|(?:THE )?(?:SUPREME|DISTRICT|CIRCUIT|APPELLATE) COURT (?:OF|FOR) [A-Z .,'’]{3,60}|The above-entitled matter came on for(?: [^!?;]{3,200})?|(?:The|This) (?:[\p{L}-]+ ){0,3}(?:deposition|examination under oath|sworn statement) of \p{Lu}[^!?;]{2,400}|(?:(?:VIDEOTAPED|VIDEO|REMOTE|ORAL|CONTINUED|DISCOVERY|EVIDENCE) ){0,2}DEPOSITION OF \p{Lu}[\p{Lu} .,'’-]{2,60}|(?:Reported|Transcribed|Taken) (?:by|before|on behalf of):? \p{Lu}[^!?;]{2,120}|(?:IT IS (?:HEREBY )?STIPULATED|BE IT REMEMBERED)\b[^!?]{0,800})$`,
  'u',
);
/**
 * The labels of a transcript's front matter whose paragraph is a list, not speech: the lawyers
 * (`APPEARANCES:`) and the table of contents (`C O N T E N T S`, `ORAL ARGUMENT OF: PAGE:`).
 */
const FRONT_BLOCK =
  /^(?:APPEARANCES:?|A P P E A R A N C E S:?|APPEARANCES OF COUNSEL:?|CONTENTS|C O N T E N T S|INDEX|I N D E X|(?:WITNESS|EXAMINATION|EXHIBIT) INDEX|INDEX (?:OF|TO) (?:WITNESSES|EXAMINATIONS?|EXHIBITS)|EXHIBITS|E X H I B I T S|Before:|BEFORE:)$/;
/**
 * A line of a transcript's appearances or index that may follow a blank line inside its list:
 * counsel's firm or label (`BROWN & LEE LLP, by`, `For the Plaintiff:`, `on behalf of the
 * Defendant.`), a page number ending an index entry (`Examination by Mr. Brown    4`), and who
 * else was there (`ALSO PRESENT: Tom Reyes, Videographer`).
 */
const FRONT_ENTRY = lazyRegExp(
  String.raw`(?:\b(?:ESQ\.?|ESQUIRE|LLP|L\.L\.P\.|P\.C\.|PLLC|Attorneys? (?:at Law|for [\p{L} ]{3,40}))|, by|[ .]\d{1,4})$|^(?:For the \p{L}[\p{L} -]{2,40}:?|(?:on|On|ON) (?:behalf|BEHALF) (?:of|OF) [^!?]{3,80}|(?:ALSO PRESENT|Also Present|Also present|PRESENT|Present):.{0,120})$`,
  'u',
);
/** An English caption's parties open under `BETWEEN:`; `- and -` (or `and` alone) stands between them. */
const BETWEEN = /^(?:BETWEEN|Between|B E T W E E N):?$/;
const AND_LINE = /^(?:[-–] ?and ?[-–]|and|AND)$/;
/** A party's role in brackets after its name: `HARTLEY HOMES LIMITED (Appellant)`. */
const BRACKETED_ROLE =
  /\s*\((?:Appellants?|Respondents?|Claimants?|Defendants?|Applicants?|Petitioners?|Interested Party)\)$/i;
/** Counsel's appearance under an English caption: `MR DANIEL PRICE KC appeared on behalf of the Appellant`. */
const APPEARANCE = lazyRegExp(
  String.raw`^(?:MR|MRS|MS|MISS|DR|SIR|DAME|LORD|LADY) [^()]{2,80}(?:\(instructed by [^()]{2,80}\) )?\bappeared (?:on behalf of|for) (?:the )?\p{L}[\p{L} ]{2,40}\.?$`,
  'u',
);
/** A party's role at the right of an English caption's line: `ALDERTON LOGISTICS LIMITED   Claimant`. */
const TRAILING_ROLE =
  / (?:(?:First|Second|Third) )?(?:Claimants?|Defendants?|Appellants?|Respondents?|Applicants?|Petitioners?|Interested Part(?:y|ies))$/;

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de']);

const SPACED_CAPITALS = lazyRegExp(String.raw`^(?:\p{Lu} ){2,}\p{Lu}$`, 'u');

const FIRST_LETTER = lazyRegExp(String.raw`\p{L}`, 'u');

const MC_PREFIX = lazyRegExp(String.raw`^Mc(\p{L})`, 'u');

const LETTER_AFTER_SEPARATOR = lazyRegExp(String.raw`([-'’(])(\p{L})`, 'gu');

const LONG_WORD_FULL_STOP = lazyRegExp(String.raw`\p{L}{5,}\.$`, 'u');

const NON_LETTERS = lazyRegExp(String.raw`[^\p{L}]`, 'gu');

const INITIALISM = lazyRegExp(String.raw`^(?:\p{L}\.){2,}`, 'u');

/**
 * A party's name in capitals as a producer would write it: `HARLAN COUNTY, KENTUCKY, ET AL.` →
 * `Harlan County, Kentucky`. Words without a vowel (`LLC`, `FCC`) and initialisms (`U.S.`) keep
 * their capitals; `et al.` is left out of the title.
 */
export function partyName(raw: string): string {
  let text = raw
    .replace(/\s+/g, ' ')
    .trim()
    // The Crown spaced out (`R E X`, `R E G I N A`).
    .replace(SPACED_CAPITALS, (spaced) => spaced.replace(/ /g, ''))
    .replace(/[,;]+$/, '')
    .replace(/,?\s+et al\.?$/i, '')
    .replace(/[,;]+$/, '')
    .trim();
  // A closing full stop, but for an abbreviation's (`CO.`, `INC.`).
  if (LONG_WORD_FULL_STOP.test(text)) text = text.slice(0, -1);
  if (text !== text.toUpperCase()) return text;
  return text
    .split(' ')
    .map((word, i) => {
      const bare = word.replace(NON_LETTERS, '');
      if (bare === '') return word;
      if (INITIALISM.test(word) || !/[AEIOUY]/.test(bare)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower.replace(NON_LETTERS, ''))) return lower;
      if (bare === 'INC') return word.replace('INC', 'Inc');
      return lower
        .replace(FIRST_LETTER, (c) => c.toUpperCase())
        .replace(MC_PREFIX, (_m, c: string) => `Mc${c.toUpperCase()}`)
        .replace(LETTER_AFTER_SEPARATOR, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/** Longest line read as part of a caption, in characters. */
const MAX_CAPTION_CHARS = 160;

interface CaptionLine {
  line: number;
  text: string;
  /** True for the first line of its paragraph. */
  first: boolean;
  /** The lines of its paragraph, on its first line (for a sentence hard-wrapped under it). */
  segments?: readonly Segment[] | undefined;
}

/** The opening of a caption's party block: `In the Matter of:`. */
const MATTER_OF = /^In the Matter of:?$/i;

const CAPITALS_ONLY = lazyRegExp(String.raw`^[\p{Lu}\d\s.,&'’()-]+$`, 'u');

/**
 * A court caption in the lines at the top: the parties around a `v.` line, in a box of `)` or `:`
 * or bare, under the court's name. Returns the caption's lines and the case name, or null.
 */
function readCaption(lines: readonly CaptionLine[]): { lines: number[]; caseName: string } | null {
  const court = lines.findIndex(
    (l) =>
      COURT_LINE.test(l.text) ||
      (l.text.startsWith('IN THE ') &&
        l.text.length <= MAX_CAPTION_CHARS &&
        COURT_LINE.test(l.text.replace(COURT_LINE_NUMBER, ''))),
  );
  if (court === -1) return null;
  const marked: number[] = [lines[court]?.line ?? 0];
  const before: string[] = [];
  const after: string[] = [];
  let seenVersus = false;
  for (let i = court + 1; i < lines.length && i < court + 24; i++) {
    const item = lines[i] as CaptionLine;
    // A caption's lines are short; a long one ends it (and the column patterns stay cheap).
    if (item.text.length > MAX_CAPTION_CHARS) break;
    const bare = item.text
      .replace(CAPTION_COLUMN, '')
      .replace(/\s+[):]$/, '')
      .trim();
    // The second party ends with its paragraph, but for its role line and the box's rule under
    // it (on numbered pages, an indented line opens a paragraph of its own).
    if (
      seenVersus &&
      after.length > 0 &&
      item.first &&
      !PARTY_ROLE.test(bare) &&
      !CAPTION_RULE.test(bare)
    )
      break;
    if (CAPTION_RULE.test(bare)) {
      marked.push(item.line);
      if (seenVersus && after.length > 0) break;
      continue;
    }
    if (BETWEEN.test(bare) && !seenVersus) {
      // The lines above (the venue, the date, the judges) are the header, not a party.
      marked.push(item.line);
      before.length = 0;
      continue;
    }
    if (AND_LINE.test(bare) || DASHED_VERSUS.test(bare)) {
      marked.push(item.line);
      seenVersus = true;
      continue;
    }
    const trailing = bare.length <= 120 ? TRAILING_ROLE.exec(bare) : null;
    const role =
      BRACKETED_ROLE.exec(bare) ??
      // The role at the right of a name in capitals (not a sentence ending in the word).
      (trailing && CAPITALS_ONLY.test(bare.slice(0, trailing.index)) ? trailing : null);
    if (role && bare.length > role[0].length) {
      marked.push(item.line);
      (seenVersus ? after : before).push(bare.slice(0, role.index));
      if (seenVersus) {
        // Counsel's appearances under the parties.
        for (let j = i + 1; j < lines.length && j < i + 6; j++) {
          const next = lines[j] as CaptionLine;
          if (next.text !== '' && !APPEARANCE.test(next.text)) break;
          marked.push(next.line);
        }
        break;
      }
      continue;
    }
    const versus = /^(?:v|vs)\.?(?=\s|$)/i.exec(bare);
    if (versus && VERSUS.test(versus[0])) {
      const rest = bare.slice(versus[0].length).trim();
      if (rest !== '' && !CASE_NUMBER.test(rest)) return null;
      marked.push(item.line);
      seenVersus = true;
      continue;
    }
    if (bare === '' || CASE_NUMBER.test(bare) || MATTER_OF.test(bare)) {
      marked.push(item.line);
      continue;
    }
    if (PARTY_ROLE.test(bare)) {
      marked.push(item.line);
      if (!seenVersus) continue;
      // The box's closing rule under the last party.
      const next = lines[i + 1];
      if (next && CAPTION_RULE.test(next.text)) marked.push(next.line);
      break;
    }
    // A party's line: a name, no sentence.
    if (/[!?]$/.test(bare) || bare.split(/\s+/).length > 14) break;
    marked.push(item.line);
    // Without `BETWEEN:`, the first party is the paragraph right above the `v` (the venue, the
    // date and the judge above it are the header).
    if (!seenVersus && item.first) before.length = 0;
    (seenVersus ? after : before).push(bare);
  }
  if (!seenVersus || before.length === 0 || after.length === 0) return null;
  // Counsel's appearances under the parties (`MR A. HOLLIS appeared on behalf of the Prosecution`).
  const lastMarked = marked[marked.length - 1] ?? 0;
  for (const l of lines) {
    if (l.line <= lastMarked) continue;
    if (l.text !== '' && !APPEARANCE.test(l.text)) break;
    if (l.line > lastMarked + 8) break;
    if (!marked.includes(l.line)) marked.push(l.line);
  }
  const first = partyName(before.join(' '));
  const second = partyName(after.join(' '));
  if (!first || !second) return null;
  return { lines: marked, caseName: `${first} v. ${second}` };
}

// --- document-type labels ----------------------------------------------------------------------

/**
 * Labels a record or a government page puts under its title to say what the item is: Hansard's
 * `Question`, `Statement`, `Urgent Question`; the State Department's `Special Briefing`,
 * `Press Briefing`, `Remarks`. Compared whole, case-insensitively.
 */
const TYPE_LABELS = new Set(
  [
    'question',
    'questions',
    'statement',
    'urgent question',
    'private notice question',
    'ministerial statement',
    'written statement',
    'written question',
    'motion to approve',
    'motion to regret',
    'point of order',
    'second reading',
    'third reading',
    'general debate',
    'special briefing',
    'press briefing',
    'background briefing',
    'on-the-record briefing',
    'department press briefing',
    'remarks',
    'interview',
    'readout',
    'press statement',
    'media note',
    'fact sheet',
    'speeches and remarks',
  ].map((s) => s.toLowerCase()),
);

/**
 * Section labels of a parliamentary record, above the heading that names the business: never
 * the title when a heading follows (`Oral Answers to Questions` / `Energy Security and Net Zero`).
 */
const SECTION_LABELS = new Set([
  'oral answers to questions',
  'written statements',
  'written ministerial statements',
  'written answers',
  'ministerial corrections',
  'petitions',
  // Canadian House of Commons Debates and the Australian House of Representatives.
  'oral questions',
  'statements by members',
  'routine proceedings',
  'government orders',
  'questions without notice',
  'questions on notice',
  'constituency statements',
  "members' statements",
  // The French record of the Commons and Quebec's National Assembly (`QUESTIONS ORALES`).
  'questions orales',
  'déclarations de députés',
  'affaires courantes',
  'ordres émanant du gouvernement',
  'initiatives parlementaires',
  'questions et réponses orales',
  'affaires du jour',
]);

/**
 * Canadian Hansard's header lines (see readRecordHeader), in English and in French, and the
 * Speaker who presides under them (`Speaker: The Honourable …`, `Présidence de l'honorable …`).
 */
const HANSARD_HEADER =
  /^(?:VOLUME \d{1,4} (?:NUMBER|NUMÉRO) \d{1,4}|\d{1,2}(?:st|nd|rd|th) SESSION \d{1,2}(?:st|nd|rd|th) PARLIAMENT|\d{1,2}(?:re|e) SESSION \d{1,2}e LÉGISLATURE|OFFICIAL REPORT \(HANSARD\)|COMPTE RENDU OFFICIEL \(HANSARD\)|House of Commons Debates|Débats de la Chambre des communes|Speaker: The Honourable [^:]{3,60}|Présidence de l['’]honorable [^:]{3,60})$/;

/**
 * The header lines of continental Europe's verbatim records that place the sitting, any case:
 * the legislature (`XVIIe législature`, `XIX LEGISLATURA`, `21. Wahlperiode`), the session
 * (`Session ordinaire de 2026-2027`), the Bundestag's `Plenarprotokoll 21/45` and `45. Sitzung`.
 * Page furniture, never words said.
 */
const CONTINENTAL_HEADER = lazyRegExp(
  String.raw`^(?:[ivxlc]{1,8}(?:e|ᵉ|ème)? (?:législature|legislatura)|\d{1,2}\.? wahlperiode|(?:session|sessione) (?:ordinaire|extraordinaire|ordinaria|straordinaria) (?:de |di |del )?\d{4}(?:[-–/]\d{2,4})?|plenarprotokoll \d{1,2}/\d{1,4}|\d{1,4}\. sitzung)$`,
  'iu',
);

/**
 * The kind of record those headers go with (`Compte rendu intégral`, `Resoconto stenografico`,
 * `Stenografischer Bericht`, `Diario de Sesiones…`): it tells a sitting's line below is the
 * record's dateline; the line itself is read as before (the record's heading).
 */
const CONTINENTAL_KIND = lazyRegExp(
  String.raw`^(?:compte rendu (?:intégral|analytique)|resoconto (?:stenografico|sommario)|stenografischer bericht|diario de sesiones[\p{L}\d .,-]{0,100})$`,
  'iu',
);

/**
 * A sitting's line in those records: `Première séance du mardi 24 novembre 2026`, `Séance du 24
 * novembre 2026`, `Seduta n. 123 di martedì 24 novembre 2026`, `Sesión plenaria núm. 45,
 * celebrada el martes 24 de noviembre de 2026`: the record's dateline.
 */
const CONTINENTAL_SITTING = lazyRegExp(
  String.raw`^(?:(?:première|deuxième|troisième|\d{1,2}(?:e|ᵉ|ème)) )?(?:séance|seduta|sesión(?: plenaria)?)(?: [^\n]{0,60}?)? \d{4}\.?$`,
  'iu',
);

/** A chamber's name over such a record (`Assemblée nationale`, `Senato della Repubblica`). */
const CONTINENTAL_CHAMBER =
  /^(?:assemblée nationale|sénat|camera dei deputati|senato della repubblica|congreso de los diputados|senado|deutscher bundestag|bundesrat|tweede kamer(?: der staten-generaal)?|eerste kamer(?: der staten-generaal)?)$/i;

/**
 * Who chairs the sitting, as those records head it: `Présidence de Mme Yaël Braun-Pivet`,
 * `PRESIDENZA DEL PRESIDENTE LORENZO FONTANA`, `PRESIDENCIA DE LA EXCMA. SRA. D.ª FRANCINA
 * ARMENGOL SOCIAS`.
 */
const CONTINENTAL_CHAIR = lazyRegExp(
  String.raw`^(?:présidence de (?:m\.|mme|madame|monsieur)|presidenza del(?:la)? (?:presidente|vicepresidente|vicepresidentessa)|presidencia de(?:l| la) (?:excmo|excma|señor|señora|sr|sra)\.?) \p{Lu}[^\n]{2,80}$`,
  'iu',
);

/** An ordinal in a masthead's capitals: `THIRTEENTH`, `4TH`. */
const ORDINAL =
  '(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|THIRTEENTH|FOURTEENTH|FIFTEENTH|\\d{1,2}(?:ST|ND|RD|TH))';

/**
 * A parliament's masthead over its record (Kenya, Uganda, Ghana, Nigeria, Zambia, South Africa
 * and other Westminster-style Hansards): `REPUBLIC OF KENYA`, `PARLIAMENT OF KENYA`, `THIRTEENTH
 * PARLIAMENT`, `(FOURTH SESSION)`, `NATIONAL ASSEMBLY`, `THE SENATE`, `THE HANSARD`, `OFFICIAL
 * REPORT`, `OFFICIAL HANSARD REPORT`, `UNREVISED HANSARD`, `PARLIAMENTARY DEBATES`, `VOTES AND
 * PROCEEDINGS`, `FOURTH SERIES VOL. 12 No. 5`. Page furniture of the printed
 * record, never its title: the title is the first agenda heading (see {@link readRecordHeader}).
 * Whole line, capitals or title case; bounded, no nested quantifier.
 */
const PARLIAMENT_MASTHEAD = lazyRegExp(
  `^(?:${[
    "(?:THE )?(?:REPUBLIC|PARLIAMENT|NATIONAL ASSEMBLY|SENATE|COUNTY ASSEMBLY|LEGISLATIVE ASSEMBLY|HOUSE OF ASSEMBLY) OF(?: THE)? [A-Z][A-Z .'’-]{1,40}",
    '(?:THE )?(?:NATIONAL ASSEMBLY|SENATE|HOUSE OF REPRESENTATIVES|LEGISLATIVE ASSEMBLY|LEGISLATIVE COUNCIL|HOUSE OF ASSEMBLY|COUNTY ASSEMBLY|NATIONAL COUNCIL OF PROVINCES)',
    '(?:THE )?(?:(?:DAILY|WEEKLY|OFFICIAL|UNREVISED|UNEDITED|DRAFT) )?HANSARD(?: REPORT)?',
    'OFFICIAL (?:HANSARD )?REPORTS?(?: \\((?:HANSARD|UNREVISED|UNEDITED|VERBATIM)\\))?',
    '(?:DAILY )?(?:PARLIAMENTARY|NATIONAL ASSEMBLY|SENATE) DEBATES(?: \\(HANSARD\\))?(?: FOR THE [A-Z ]{1,80})?',
    'VOTES AND PROCEEDINGS|PROCEEDINGS OF THE (?:NATIONAL ASSEMBLY|SENATE|HOUSE|NATIONAL COUNCIL OF PROVINCES)',
    `${ORDINAL} SERIES,? VOL(?:UME)?\\.? \\d{1,4},? NO\\.? \\d{1,4}`,
    `\\(?${ORDINAL} (?:PARLIAMENT|SESSION|ASSEMBLY|MEETING)(?: \\(?${ORDINAL} SESSION\\)?)?\\)?`,
  ].join('|')})$`,
);
/** A masthead line that names the house sitting (`NATIONAL ASSEMBLY`, `THE SENATE`). */
const HOUSE =
  /^(?:THE )?(?:NATIONAL ASSEMBLY|SENATE|HOUSE OF REPRESENTATIVES|LEGISLATIVE ASSEMBLY|LEGISLATIVE COUNCIL|HOUSE OF ASSEMBLY|COUNTY ASSEMBLY|NATIONAL COUNCIL OF PROVINCES)$/;
/** A masthead line that names the record itself: alone, it makes the text a Hansard. */
const RECORD_MASTHEAD = /HANSARD|OFFICIAL REPORT|DEBATES|PROCEEDINGS|SERIES/;

const HANSARD_DATE =
  '(?:(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),? )?\\d{1,2}(?:ST|ND|RD|TH)? (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER),? \\d{4}';
/**
 * A printed Hansard's running header, its page number before or after it (`Thursday, 6th March
 * 2025 NATIONAL ASSEMBLY DEBATES 3`, `4 SENATE DEBATES Tuesday, 11th March 2025`), compared in
 * capitals. Bounded, no nested quantifier.
 */
const HANSARD_RUNNING = lazyRegExp(
  `^(?:\\d{1,4} )?(?:${HANSARD_DATE} )?(?:[A-Z][A-Z'’ ]{0,40} )?(?:DEBATES|HANSARD(?: REPORT)?|OFFICIAL REPORT)(?: ${HANSARD_DATE})?(?: \\d{1,4})?$`,
);

const HANSARD_DATE_ANY_CASE = lazyRegExp(HANSARD_DATE, 'i');

/**
 * True for a Hansard's running header (see {@link HANSARD_RUNNING}): in capitals but for its
 * date, so that a speaker's line ending `… in the Hansard` never is one.
 */
function isHansardRunningHeader(text: string): boolean {
  const words = text.replace(HANSARD_DATE_ANY_CASE, '');
  return words === words.toUpperCase() && HANSARD_RUNNING.test(text.toUpperCase());
}

/** True for a parliament's masthead line (see {@link PARLIAMENT_MASTHEAD}), in capitals or not. */
export function isParliamentMasthead(line: string): boolean {
  return line.length <= 80 && PARLIAMENT_MASTHEAD.test(line.toUpperCase());
}

/**
 * The order of business under a Westminster-style masthead (Kenya's, Uganda's, Ghana's Hansard):
 * its section labels in capitals (`QUESTIONS AND STATEMENTS`, `NOTICES OF MOTION`), page
 * furniture like {@link SECTION_LABELS}, never the title.
 */
const BUSINESS_LABELS = new Set([
  'questions and statements',
  'statements',
  'requests for statements',
  'papers',
  'papers laid',
  'notices of motion',
  'notice of motion',
  'motions',
  'motion',
  'bills',
  'bill',
  'messages',
  'message',
  'communication from the chair',
  'communications from the chair',
  'orders of the day',
  'ordinary questions',
  'questions',
  'adjournment',
  'administration of oath',
  'procedural motion',
  'division',
]);

/** The office issuing a government transcript, on a line of its own: `Office of the Spokesperson`. */
const ISSUER =
  /^Office of the (?:Spokesperson|Spokesman|Press Secretary|Vice President|First Lady)$/i;
/** The release line of a government transcript: `For Immediate Release`. */
const RELEASE = /^For Immediate Release$/i;

// --- a newsroom system's story form -----------------------------------------------------------

/**
 * Fields of the story form a newsroom system (AP ENPS, Avid iNEWS, Octopus) prints above a script:
 * `SLUG: FLOOD RESCUE`, `FORMAT: VO/SOT`, `WRITER: MSMITH`, `EST DURATION: 0:45`. Keys in capitals,
 * dots dropped, runs of spaces, hyphens and underscores as one space.
 */
const STORY_FIELDS: ReadonlySet<string> = new Set([
  'SLUG',
  'STORY',
  'STORY SLUG',
  'TITLE',
  'PAGE',
  'PAGE NUM',
  'PAGE NUMBER',
  'PG',
  'WRITER',
  'WRITTEN BY',
  'AUTHOR',
  'CAMERA',
  'PHOTOG',
  'PHOTOGRAPHER',
  'SHOOTER',
  'VIDEOGRAPHER',
  'EDITED BY',
  'FORMAT',
  'TYPE',
  'STORY TYPE',
  'SEGMENT',
  'CATEGORY',
  'EST DURATION',
  'EST TIME',
  'ESTIMATED DURATION',
  'ESTIMATED TIME',
  'EST',
  'DURATION',
  'TIME',
  'TRT',
  'TOTAL',
  'TOTAL TIME',
  // The story's run time in the form (`RUNTIME: 1:45`), not a bite's.
  'RUNTIME',
  'RUN TIME',
  'TOTAL RUNTIME',
  'TOTAL RUN TIME',
  'STORY TIME',
  'LENGTH',
  'AIR DATE',
  'AIRDATE',
  'AIR TIME',
  'DATE',
  'SHOW',
  'PROGRAM',
  'PROGRAMME',
  'RUNDOWN',
  'BLOCK',
  'MODIFIED',
  'MODIFIED BY',
  'MODIFY BY',
  'MOD BY',
  'CREATED',
  'CREATED BY',
  'STATUS',
  'BACKTIME',
  'BACK TIME',
  'VIDEO ID',
  'CLIP ID',
  'MOS',
  'TAPE',
  'TAPE NUMBER',
  'LOCATION',
  'VERSION',
  'APPROVED',
  'APPROVED BY',
  // A UK radio cue sheet's header (`TX: 12/11/2026 0630`, `PROG: TODAY`, `DUR: 3'05"`) and a
  // Brazilian script's (`RETRANCA: SECA SERTÃO`, `TEMPO TOTAL: 2'10"`).
  'TX',
  'TX DATE',
  'PROG',
  'DUR',
  'RETRANCA',
  'TEMPO',
  'TEMPO TOTAL',
  'BULLETIN',
  // The forms of French, Spanish, Italian, German and Dutch newsrooms' scripts (`DURÉE : 1'30`,
  // `DURACIÓN: 1:45`, `DURATA: 1'20"`, `Dauer: 1:30`, `DUUR: 1:10`, `ÉMISSION : JT 20H`).
  'DURÉE',
  'DUREE',
  'TITRE',
  'ÉMISSION',
  'EMISSION',
  'RUBRIQUE',
  'DURACIÓN',
  'DURACION',
  'TÍTULO',
  'TITULO',
  'PROGRAMA',
  'FECHA',
  'SECCIÓN',
  'FORMATO',
  'DURATA',
  'TITOLO',
  'PROGRAMMA',
  'DAUER',
  'LÄNGE',
  'TITEL',
  'SENDUNG',
  'DATUM',
  'RUBRIK',
  'DUUR',
  'LENGTE',
  // Hindi and Urdu TV scripts' slug (`स्लग: दिल्ली प्रदूषण`, `سلگ: …`).
  'स्लग',
  'سلگ',
]);

/** The fields that state the story's slug: ENPS's `SLUG:`, Brazilian `RETRANCA:`, Hindi `स्लग:`. */
const SLUG_FIELDS: ReadonlySet<string> = new Set([
  'SLUG',
  'STORY SLUG',
  'STORY',
  'RETRANCA',
  'स्लग',
  'سلگ',
]);

/**
 * Fields that are also speakers' tags in a transcript (`ANCHOR: Good evening.`): a field of the
 * form only among other fields, and only with a short value that is no sentence (`ANCHOR: JANE`).
 */
const PERSON_FIELDS: ReadonlySet<string> = new Set([
  'ANCHOR',
  'ANCHORS',
  'PRESENTER',
  'TALENT',
  'READER',
  // An Australian or UK radio script's reader (`READ: ANNA`, `READS: TOM`).
  'READ',
  'READS',
  'HOST',
  'REPORTER',
  'PRODUCER',
  'EDITOR',
  'REPÓRTER',
  'APRESENTADOR',
  'APRESENTADORA',
  // Bylines of other newsrooms' scripts (`Autor: Anna Berg`, `Journaliste : …`, `Redaktor: …`).
  'AUTOR',
  'AUTORIN',
  'AUTEUR',
  'AUTORE',
  'REDAKTEUR',
  'REDAKTEURIN',
  'REDAKTOR',
  'REDAKTØR',
  'RÉDACTEUR',
  'RÉDACTRICE',
  'REDACTEUR',
  'REDACTOR',
  'REDACTORA',
  'REDATTORE',
  'JOURNALISTE',
  'JOURNALIST',
  'JOURNALISTIN',
  'GIORNALISTA',
  'PERIODISTA',
  'REPORTERIN',
  'REPORTERA',
  'REPORTERO',
  'VERSLAGGEVER',
]);

/** Topic fields a form may hold that are the story's headline (`TEMAT:`, `THEMA:`, `ONDERWERP:`). */
const TOPIC_FIELDS: ReadonlySet<string> = new Set([
  'TEMAT',
  'THEMA',
  'TEMA',
  'TÉMA',
  'ONDERWERP',
  'TOPIC',
  // Greek `ΘΕΜΑ:`.
  'ΘΕΜΑ',
  // French `SUJET :`, Italian `ARGOMENTO:`.
  'SUJET',
  'ARGOMENTO',
]);

/** The longest value of a form field. */
const MAX_FIELD_VALUE = 60;

const LETTERS_LABEL = lazyRegExp(String.raw`^\p{L}[\p{L}\p{M}. _-]*$`, 'u');

/** A form line's key and value, or null. */
function formField(text: string): { key: string; value: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 24) return null;
  const label = text.slice(0, colon).trim();
  // Letters and their marks (a Hindi `स्लग` has a virama).
  if (!LETTERS_LABEL.test(label)) return null;
  const key = label
    .toUpperCase()
    .replace(/\./g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
  const value = text.slice(colon + 1).trim();
  if (value.length > MAX_FIELD_VALUE) return null;
  return { key, value };
}

/** A person field's value that names someone rather than saying something: no sentence in it. */
function isNameValue(value: string): boolean {
  return value !== '' && !/[.!?…]\s|[.!?…]$/.test(value) && value.split(/\s+/).length <= 5;
}

export interface StoryForm {
  /** Lines of the form (not read: notes). */
  lines: number[];
  /** The slug the form states (`SLUG: FLOOD RESCUE`), as written, or null. */
  slug: string | null;
  /** The title the form states (`TITLE:`), or null. */
  title: string | null;
}

const FULL_NAME_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$`,
  'u',
);

/**
 * A list of the people a transcript has, above its first turn, one full name a line (a sports
 * press conference's `John Smith` / `Mike Jones` under its title and date): two names or more in
 * a paragraph of only names, before any turn. Not read: notes.
 */
export function readParticipantLines(children: readonly RootContent[]): number[] {
  const lines: number[] = [];
  let seen = 0;
  for (const node of children.slice(0, PARTICIPANT_NODES)) {
    if (node.type !== 'paragraph') continue;
    const first = node.segments[0]?.text ?? '';
    // A turn ends the header (the first paragraph may be a title with a colon).
    if (seen++ > 0 && first.includes(': ') && parseTag(first) !== null) break;
    if (node.segments.length < 2 || !node.segments.every((seg) => isBareName(seg.text))) continue;
    // A word and a full stop is a sentence, no listed name (`MAYOR ANGELA RUIZ` / `Chief Dell.`:
    // the mayor hands over); an initial's or `Jr.`'s stop is a name's.
    if (node.segments.some((seg) => SENTENCE_STOP.test(seg.text.trim()))) continue;
    // Names in capitals, or every one of two or three words (`John Smith`, not `Good Evening`).
    if (!node.segments.every((seg) => FULL_NAME_LINE.test(seg.text.trim()))) continue;
    for (const seg of node.segments) lines.push(seg.line);
  }
  return lines;
}
const PARTICIPANT_NODES = 12;
const SENTENCE_STOP = lazyRegExp(String.raw`\p{L}{3}\.$`, 'u');

/** A select committee's evidence page above the first question (UK Parliament). */
const COMMITTEE_LINE =
  /^(?:Watch the (?:meeting|session|evidence session)|Questions? \d{1,4}(?:\s?[-–]\s?\d{1,4})?|Witnesses|Witnesses: .*|Examination of [Ww]itness(?:es)?|Members present:.*)$/;
/** A panel of witnesses under `Witnesses`: `I: Dr Mark Ellis, Chief Engineer, …`. */
const WITNESS_PANEL = lazyRegExp(String.raw`^(?:I|II|III|IV|V|VI|VII|VIII|IX|X): \p{Lu}`, 'u');

/**
 * The header of a select committee's oral evidence (`Oral evidence: Flood resilience, HC 412`,
 * `Watch the meeting`, `Members present: …`, `Questions 1-12`, `Witnesses`, the panels `I: …`,
 * `II: …`): notes, read only when a `Witnesses` or `Members present:` line is among the first
 * lines. A panel line is read only under `Witnesses` (an interview's `I:` is its interviewer).
 */
export function readCommitteeHeader(children: readonly RootContent[]): number[] {
  const lines: Segment[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) lines.push(seg);
    if (lines.length >= COMMITTEE_HEADER_LINES) break;
  }
  const marked: number[] = [];
  let witnesses = false;
  let found = false;
  for (const seg of lines.slice(0, COMMITTEE_HEADER_LINES)) {
    const text = seg.text.trim();
    if (COMMITTEE_LINE.test(text)) {
      marked.push(seg.line);
      if (text === 'Witnesses') witnesses = true;
      if (text === 'Witnesses' || text.startsWith('Members present:')) found = true;
    } else if (witnesses && WITNESS_PANEL.test(text)) marked.push(seg.line);
    else if (text.includes(': ') && parseTag(text) !== null) break;
  }
  return found ? marked : [];
}
const COMMITTEE_HEADER_LINES = 24;

/**
 * An office holder's name as an Australian or Westminster minister's transcript heads it (`THE
 * HON JANE PARKER MP`, `Senator the Hon Sam Lee`), post-nominals and the seat's letters after:
 * the name is group 1.
 */
export const HONOURABLE = lazyRegExp(
  String.raw`^(?:SENATOR |Senator )?(?:THE|The|the) (?:HON|Hon)\.? ((?:\p{Lu}[\p{L}'’-]* ){1,3}?\p{Lu}[\p{L}'’-]+)(?: (?:AC|AO|AM|OAM|KC|SC|QC))?(?: (?:MP|MLA|MLC|MHR|MHA))?$`,
  'u',
);

/** Lines of a document's top read for a minister's transcript header. */
const MINISTER_HEADER_LINES = 14;

/** An office alone on its line, in capitals (`PRIME MINISTER`, `MINISTER FOR FINANCE`). */
function isOfficeLine(text: string): boolean {
  if (text.length > 60 || text !== text.toUpperCase() || /[\d:,.]/.test(text)) return false;
  const tag = parseTag(`${text}: -`)?.tag;
  return tag !== undefined && tag.name === null && tag.office !== null;
}

/**
 * A minister's transcript (Australia's pm.gov.au and ministers' sites): above the first turn, the
 * holder (`THE HON JANE PARKER MP`) beside the office (`PRIME MINISTER`), then `TRANSCRIPT`, the
 * event (`PRESS CONFERENCE`), the place (`PARLIAMENT HOUSE, CANBERRA`) and the date. The holder
 * and office lines are the header's notes, the place line its dateline; the event stays, the
 * transcript's title. Empty without a holder line.
 */
export function readMinisterHeader(children: readonly RootContent[]): {
  notes: Map<number, NoteReason>;
  /** The event (`JOINT PRESS CONFERENCE`, `INTERVIEW WITH …, ABC RADIO`) above the place. */
  title: string | null;
  /** The event's line when no place line marks it (it names the outlet: `RADIO INTERVIEW – …`). */
  titleLine?: number;
} {
  const lines: Segment[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) lines.push(seg);
    if (lines.length >= MINISTER_HEADER_LINES) break;
  }
  const notes = new Map<number, NoteReason>();
  for (let i = 0; i < lines.length && i < MINISTER_HEADER_LINES; i++) {
    const text = (lines[i] as Segment).text.trim();
    // The first turn ends the header.
    if (text.includes(': ') && parseTag(text) !== null) break;
    if (text.length > 80 || !HONOURABLE.test(text)) continue;
    notes.set((lines[i] as Segment).line, 'page-element');
    for (const near of [lines[i - 1], lines[i + 1]])
      if (near && isOfficeLine(near.text.trim())) notes.set(near.line, 'page-element');
  }
  if (notes.size === 0) return { notes, title: null };
  // The place: a line in capitals with a comma and no digit, before the date; the event above it.
  let title: string | null = null;
  for (let i = 0; i + 1 < lines.length && i < MINISTER_HEADER_LINES; i++) {
    const text = (lines[i] as Segment).text.trim();
    const next = (lines[i + 1] as Segment).text.trim();
    if (
      text.length <= 60 &&
      text.includes(',') &&
      text === text.toUpperCase() &&
      !/\d/.test(text) &&
      !text.startsWith('INTERVIEW') &&
      classifyLine(next) === 'dateline'
    ) {
      // Right under `TRANSCRIPT` it is the event naming its outlet, no place (`RADIO INTERVIEW –
      // ABC RADIO BRISBANE, MORNINGS` / `FRIDAY, 7 MARCH 2025`): the title.
      if (TRANSCRIPT_LABEL.test(lines[i - 1]?.text.trim() ?? '')) {
        return { notes, title: text, titleLine: (lines[i] as Segment).line };
      }
      notes.set((lines[i] as Segment).line, 'dateline');
      const event = lines[i - 1];
      const above = event?.text.trim() ?? '';
      if (event && !notes.has(event.line) && classifyLine(above) === null) title = above;
      break;
    }
  }
  return { notes, title };
}

/** A minister's transcript's label over its event: `TRANSCRIPT`, `E&OE TRANSCRIPT`. */
const TRANSCRIPT_LABEL = /^(?:E ?& ?OE )?TRANSCRIPT$/;

/**
 * Reads a newsroom system's story form at the top of the paragraphs: from the first line, the
 * run of `FIELD: value` lines (see {@link STORY_FIELDS}), at least two of them and at least one
 * that is no speaker's tag. Blank lines may part the fields; the first line that is no field ends
 * the form.
 *
 * @example readStoryForm(parse('SLUG: FLOOD RESCUE\nFORMAT: VO\n\nGood evening.')).slug // 'FLOOD RESCUE'
 */
export function readStoryForm(children: readonly RootContent[]): StoryForm {
  const lines: number[] = [];
  let slug: string | null = null;
  let title: string | null = null;
  let plain = 0;
  let first = true;
  let headerAfterSlug = 0;
  let script: boolean | null = null;
  const isScript = (): boolean => {
    script ??= scriptSignals(children) >= MIN_SCRIPT_SIGNALS;
    return script;
  };
  for (const l of linesOf(children)) {
    if (l.text === '') continue;
    const opening = first;
    first = false;
    // A script's slug alone on its first line (`FLOOD RESCUE`, `LAVROV-UN`).
    if (
      opening &&
      SLUG_LINE.test(l.text) &&
      !isScriptCue(l.text) &&
      !isVoiceOverWords(l) &&
      isScript()
    ) {
      lines.push(l.line);
      // A two-column script's column heads (`VIDEO    AUDIO`) name no story.
      if (!/^(?:VIDEO|PICTURES|VISION)\s+(?:AUDIO|SOUND|SCRIPT)$/.test(l.text)) slug = l.text;
      plain++;
      headerAfterSlug = MAX_HEADER_AFTER_SLUG;
      continue;
    }
    // A script's programme and date line above the form (`JORNAL DA NOITE – 17/11/2026`).
    if (opening && PROGRAMME_DATE_LINE.test(l.text) && isScript()) {
      lines.push(l.line);
      continue;
    }
    // Under a script's slug, its date and newscast (`3/3 6A`) and its writer or presenter
    // (`JANE`, `JD`) on short lines of their own.
    // A script's cue (`ANMODERATION`, `LANCEMENT`) is none of them.
    if (
      headerAfterSlug > 0 &&
      (SCRIPT_DATE_LINE.test(l.text) ||
        (SCRIPT_NAME_LINE.test(l.text) && !CUE_WORDS.has(l.text) && !isVoiceOverWords(l)))
    ) {
      headerAfterSlug--;
      lines.push(l.line);
      continue;
    }
    headerAfterSlug = 0;
    // An Octopus or Dalet printout's header: the fields spaced out on one line (`Story:
    // FLOODS-LEAD   Page: 12   Presenter: Jana Novak   Duration: 01:30`).
    const spaced = spacedFields(l.text);
    if (spaced !== null) {
      lines.push(l.line);
      plain++;
      for (const f of spaced) {
        if (SLUG_FIELDS.has(f.key) && !slug) slug = f.value;
        if (f.key === 'TITLE' && !title) title = f.value;
      }
      continue;
    }
    const field = formField(l.text);
    if (field === null) break;
    // A topic line among the fields (`TEMAT: POWÓDŹ`) is the story's headline, read later.
    if (TOPIC_FIELDS.has(field.key)) continue;
    const person = PERSON_FIELDS.has(field.key);
    if (!person && !STORY_FIELDS.has(field.key)) break;
    if (person && !isNameValue(field.value)) break;
    if (!person) plain++;
    lines.push(l.line);
    if (field.value === '') continue;
    if (SLUG_FIELDS.has(field.key) && !slug) {
      slug = field.value;
    }
    if (field.key === 'TITLE' && !title) title = field.value;
  }
  // Two fields, one of them no person's; or, in a script, any field (`ANCHOR: JANE` alone).
  const form = (lines.length >= 2 && plain > 0) || (lines.length >= 1 && isScript());
  const top = form ? lines.length : 0;
  if (!form) lines.length = 0;
  // Further stories' forms in a printout of several (a rundown's scripts one after another).
  const later = laterStoryForms(children, top === 0 ? 0 : (lines[top - 1] ?? 0), isScript);
  if (later.lines.length > 0) {
    lines.push(...later.lines);
    slug ??= later.slug;
  }
  // An ENPS slug names its format after it (`BRIDGE REPAIRS-VO/SOT`, `SCHOOL BOARD-PKG`).
  slug = slug?.replace(SLUG_FORMAT, '') || slug;
  return lines.length > 0 || form ? { lines, slug, title } : { lines: [], slug: null, title: null };
}
const SLUG_FORMAT = /[-/ ](?:VO\/SOT|SOT\/VO|VOSOT|VO|SOT|PKG|RDR|READER|LIVE)$/;

/** Keys a printout's header line spaces out beside its slug or page (`Presenter:`, `Backtime:`). */
const SPACED_KEYS = (key: string): boolean => STORY_FIELDS.has(key) || PERSON_FIELDS.has(key);
/**
 * The fields of a printout's header line, each a known form field, two or more, on one line
 * (Octopus, Dalet: `Story: FLOODS-LEAD   Page: 12   Presenter: Jana Novak`, `Title: STRIKE TALKS
 * | Duration: 0:45 | Status: Ready`); null for any other line. A field opens at a word (or two)
 * closed by a colon that names a known field; the words up to the next one are its value.
 */
function spacedFields(text: string): { key: string; value: string }[] | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 24 || text.length > 240) return null;
  // Two fields have two colons, and the first is a known one (a speaker's tag is read no further).
  if (text.indexOf(':', colon + 1) === -1 || fieldKey(text.slice(0, colon).trim()) === null)
    return null;
  const words = text.split(/[\s|]+/).filter(Boolean);
  const fields: { key: string; value: string }[] = [];
  let value: string[] = [];
  const close = (): boolean => {
    const last = fields[fields.length - 1];
    if (last === undefined) return true;
    last.value = value.join(' ');
    value = [];
    return last.value !== '';
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const two = i + 1 < words.length ? `${word} ${words[i + 1]}` : '';
    const key = word.endsWith(':') ? fieldKey(word.slice(0, -1)) : null;
    const key2 = key === null && two.endsWith(':') ? fieldKey(two.slice(0, -1)) : null;
    if (key !== null || key2 !== null) {
      if (!close()) return null;
      fields.push({ key: (key ?? key2) as string, value: '' });
      if (key2 !== null) i++;
      continue;
    }
    if (fields.length === 0) return null;
    value.push(word);
  }
  return close() && fields.length >= 2 ? fields : null;
}

const LETTER_LABEL = lazyRegExp(String.raw`^\p{L}[\p{L}. _-]*$`, 'u');

/** A printout header's field name as a form's key, when it is a known one (`Est. duration`). */
function fieldKey(label: string): string | null {
  // Most labels are a word or two in capitals or title case: one look-up, no pattern.
  const upper = label.toUpperCase();
  if (SPACED_KEYS(upper)) return upper;
  if (!/[._-]|\s\s/.test(label) || !LETTER_LABEL.test(label)) return null;
  const key = label
    .toUpperCase()
    .replace(/\./g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
  return SPACED_KEYS(key) ? key : null;
}

/** Lines of fields read after a later story's slug line (`PRESENTER:`, `DURATION:`). */
const MAX_LATER_FIELDS = 6;

/**
 * The forms of the stories after the first in a script printout: a slug line (`RETRANCA: GREVE
 * METRÔ`, `SLUG: WEATHER`; a value that is no sentence) or a printout's spaced header line, with
 * the form fields right under it. In a script only; each line is looked at once, a colon in its
 * first characters first.
 */
function laterStoryForms(
  children: readonly RootContent[],
  after: number,
  isScript: () => boolean,
): { lines: number[]; slug: string | null } {
  const lines: number[] = [];
  let slug: string | null = null;
  let under = 0;
  let checked = false;
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      if (seg.line <= after) continue;
      const raw = seg.text;
      let lead = 0;
      while (lead < raw.length && (raw.charCodeAt(lead) === 32 || raw.charCodeAt(lead) === 9))
        lead++;
      if (lead === raw.length) continue;
      // A colon near the line's start, looked for there only (most lines have none); the exact
      // test on the trimmed line follows.
      if (raw.lastIndexOf(':', lead + 32) <= lead) {
        under = 0;
        continue;
      }
      const l = { line: seg.line, text: raw.trim() };
      const colon = l.text.indexOf(':');
      if (colon <= 0 || colon > 24) {
        under = 0;
        continue;
      }
      // Only a known field's line is read further (a speaker's tag, `ANCHOR: Good evening.`, is one
      // look-up).
      const label = l.text.slice(0, colon).trim();
      if (fieldKey(label) === null && !LATER_SLUG_FIELDS.has(label.toUpperCase())) {
        under = 0;
        continue;
      }
      const spaced = spacedFields(l.text);
      const field = spaced === null ? formField(l.text) : null;
      const opens =
        spaced !== null ||
        (field !== null &&
          LATER_SLUG_FIELDS.has(field.key) &&
          isNameValue(field.value) &&
          field.value.split(/\s+/).length <= 8);
      const goesOn =
        !opens &&
        under > 0 &&
        field !== null &&
        (STORY_FIELDS.has(field.key) || (PERSON_FIELDS.has(field.key) && isNameValue(field.value)));
      if (!opens && !goesOn) {
        under = 0;
        continue;
      }
      if (!checked) {
        checked = true;
        if (!isScript()) return { lines: [], slug: null };
      }
      lines.push(l.line);
      under = opens ? MAX_LATER_FIELDS : under - 1;
      if (opens && slug === null) {
        const named = spaced?.find((f) => SLUG_FIELDS.has(f.key))?.value ?? field?.value ?? null;
        slug = named;
      }
    }
  }
  return { lines, slug };
}

/** Fields that open a later story's form: its slug (`STORY:` alone is also a wire's label). */
const LATER_SLUG_FIELDS: ReadonlySet<string> = new Set([
  'SLUG',
  'STORY SLUG',
  'RETRANCA',
  'स्लग',
  'سلگ',
]);

/** Column heads of a newsroom system's rundown as printed (ENPS, iNEWS, Octopus, OpenMedia). */
const RUNDOWN_COLUMNS: ReadonlySet<string> = new Set(
  (
    'PAGE PG SLUG STORY TALENT ANCHOR READER PRESENTER FORMAT TYPE EST ESTIMATE ACT ACTUAL BACK ' +
    'BACKTIME FRONT TIME TRT DUR DURATION CAM CAMERA VIDEO WRITER STATUS SEGMENT SEG ITEM NO #'
  ).split(' '),
);
/** A line opening with a column's name (see {@link RUNDOWN_COLUMNS}). */
const RUNDOWN_FIRST =
  /^(?:PAGE|PG|SLUG|STORY|TALENT|ANCHOR|READER|PRESENTER|FORMAT|TYPE|EST|ESTIMATE|ACT|ACTUAL|BACK|BACKTIME|FRONT|TIME|TRT|DUR|DURATION|CAM|CAMERA|VIDEO|WRITER|STATUS|SEGMENT|SEG|ITEM|NO|#)\.?\s/i;
/** Lines a rundown printout's column heads are looked for in (a rundown's rows may go on). */
const RUNDOWN_LINES = 200;
/** A clock or a run time in a rundown's row: `0:20`, `18:00:20`. */
const ROW_TIME = /(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)/;
/** A row's first cell: the page (`A01`, `12`, `B3A`). */
const ROW_PAGE = /^[A-Z]{0,2}\d{1,3}[A-Z]?$/;

/** The column heads line of a printed rundown: three heads or more and nothing else. */
function isRundownHeader(line: string): boolean {
  // Nearly every line's first word is no column's name: decided before the line is split.
  if (!RUNDOWN_FIRST.test(line)) return false;
  const heads = line.split(/\s+/);
  if (heads.length < 3 || heads.length > 12) return false;
  return heads.every(
    (h) => h.length <= 10 && RUNDOWN_COLUMNS.has(h.replace(/\.$/, '').toUpperCase()),
  );
}

/** A printed rundown's row: its page first, three columns or more, a time among them. */
function isRundownRow(raw: string): boolean {
  const cells = raw.trim().split(/\t+| {2,}/);
  return cells.length >= 3 && ROW_PAGE.test(cells[0] ?? '') && ROW_TIME.test(raw);
}

/**
 * A newsroom system's rundown printed above the scripts (ENPS's `Print Rundown`): the column heads
 * (`PAGE  SLUG  TALENT  FORMAT  EST  BACK`) and the rows under them (`A02  COUNCIL VOTE  DANA
 * VO/SOT  0:45  18:00:20`), each row's page first and a time in it. Not read: notes.
 */
export function readRundownTable(children: readonly RootContent[]): number[] {
  const lines: number[] = [];
  /** The heads' line while no row is under it yet, 0 inside a table, -1 outside. */
  let heads = -1;
  for (const node of children) {
    if (node.type !== 'paragraph') {
      heads = -1;
      continue;
    }
    for (const seg of node.segments) {
      // A rundown is printed above the scripts: past its lines, nothing more is looked at.
      if (heads === -1 && seg.line > RUNDOWN_LINES) return lines;
      const text = seg.text.trim();
      if (heads !== -1 && isRundownRow(seg.raw)) {
        // Heads with no row under them are no table's.
        if (heads > 0) lines.push(heads);
        heads = 0;
        lines.push(seg.line);
      } else heads = text.length <= 120 && isRundownHeader(text) ? seg.line : -1;
    }
  }
  return lines;
}

/**
 * A radio running order's row (the BBC's and other radio desks' R/O): the clock time on air, the
 * item, maybe its length (`0605 HAMBURG STRIKE – 2WAY JENNY HILL 3'00`, `06.10 PAPERS (2'30")`,
 * `07:32 Business – Simon Jack`). Bounded: one class per part, anchored.
 */
const RUNNING_ORDER_ROW =
  /^(?:[01]\d|2[0-3])[:.]?[0-5]\d[ \t]+[^\s:][^:]{0,80}?(?:[ \t]+\(?\d{1,2}['’]\d{2}["”]?\)?)?$/;
/** The heading over a running order: `RUNNING ORDER`, `TODAY – RUNNING ORDER`, `Running order – Today`, `R/O`. */
const RUNNING_ORDER_HEAD = /\bRUNNING ORDER\b|^Running [Oo]rder\b|[–—-] Running [Oo]rder\b|^R\/O\b/;
/** Rows in capitals in a row that are a running order without its heading. */
const MIN_RUNNING_ORDER_ROWS = 3;
/** Lines a running order's heading is looked for in. */
const RUNNING_ORDER_LINES = 12;

/**
 * A radio running order's rows (see {@link RUNNING_ORDER_ROW}): under its heading, or three rows
 * or more in capitals one after another. Not read aloud: notes. A headline opening with a year
 * (`2026 BUDGET VOTE`) alone is none.
 */
export function readRunningOrder(children: readonly RootContent[]): number[] {
  const lines: number[] = [];
  let headed = false;
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_RUNNING_ORDER_ROWS) lines.push(...run);
    run = [];
  };
  for (const node of children) {
    if (node.type !== 'paragraph') {
      close();
      continue;
    }
    for (const seg of node.segments) {
      const line = seg.line;
      const text = seg.text.trim();
      if (line <= RUNNING_ORDER_LINES && RUNNING_ORDER_HEAD.test(text)) {
        headed = true;
        continue;
      }
      const c0 = text.charCodeAt(0);
      // (A row names an item: no sentence's end, as a timed line of words has.)
      if (
        c0 < 0x30 ||
        c0 > 0x32 ||
        text.length > 100 ||
        /[.!?,;]$/.test(text) ||
        !RUNNING_ORDER_ROW.test(text)
      ) {
        close();
        continue;
      }
      if (headed) lines.push(line);
      else if (!HAS_LOWERCASE.test(text)) run.push(line);
      else close();
    }
  }
  close();
  return lines;
}

/** A programme's name in capitals, a dash and the date: `JORNAL DA NOITE – 17/11/2026`. */
const PROGRAMME_DATE_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{Lu}\d .'’&]{1,40} [–—-] \d{1,2}[/.]\d{1,2}[/.]\d{2,4}$`,
  'u',
);
/** Header lines a script may have under its slug. */
const MAX_HEADER_AFTER_SLUG = 3;
/** A script's date, maybe with its newscast: `3/3`, `3/3 6A`, `03/03/25 0600`, `3/3/2025 NOON`. */
const SCRIPT_DATE_LINE =
  /^(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?: [A-Z0-9:]{1,8}){0,2}|PAGE [A-Z]?\d{1,4}[A-Z]?)$/;
/** A writer's or presenter's name or initials in capitals: `JANE`, `JD`, `DAN R`. */
const SCRIPT_NAME_LINE = /^[A-Z][A-Z.'-]{0,15}(?: [A-Z][A-Z.'-]{0,15})?$/;
/** A slug alone on a line: one to four words in capitals, digits, hyphens or slashes. */
/** Capitals of any alphabet (`BRÜCKE GESPERRT`, `MOST ZAMKNIĘTY`, `ЛАВРОВ-ООН`); `ß` has none. */
const SLUG_LINE = lazyRegExp(
  String.raw`^[\p{Lu}0-9][\p{Lu}ß0-9/-]*(?: [\p{Lu}ß0-9/-]+){0,3}$`,
  'u',
);

/** True when a line is a slug alone: `FLOOD RESCUE`, `LAVROV-UN` (see {@link SLUG_LINE}). */
export function isSlugLine(line: string): boolean {
  return line.length <= 40 && SLUG_LINE.test(line) && !isScriptCue(line);
}
/** Words of a copy line in capitals under a slug: a sentence, never a second slug or a field. */
const MIN_CAPS_COPY_WORDS = 4;

/**
 * True when the lines under a slug line are the story's copy: written in mixed case (`WEATHER` /
 * `Rain will spread…`), or, in a script typed in capitals (`WEATHER` / `RAIN WILL SPREAD …`),
 * words of a sentence that the paragraph's last line ends. A slug never ends with a stop.
 */
export function isCopyUnderSlug(below: string, last: string): boolean {
  if (HAS_LOWERCASE.test(below)) return true;
  if (!HAS_UPPERCASE.test(below)) return false;
  let words = 1;
  for (
    let i = below.indexOf(' ');
    i !== -1 && words < MIN_CAPS_COPY_WORDS;
    i = below.indexOf(' ', i + 1)
  )
    words++;
  return words >= MIN_CAPS_COPY_WORDS && /[.?!…]["”’»)\]]?$/u.test(last.trimEnd());
}

/** A bulletin's regular items in the languages of its desks, besides a site's menu words. */
const BULLETIN_ITEMS = new Set(
  'traffic weer weerbericht verkeer wetter verkehr météo meteo trafic tiempo deportes tráfico traffico'.split(
    ' ',
  ),
);

/**
 * A bulletin's story slugs over their copy, alone on their paragraph (`CITY COUNCIL` / blank /
 * `The city council has…`) or on the copy's first line (`WEATHER` / `Rain…`): read alike, as the
 * item's cue, in a script (`script`) or a bulletin. The slugs' paragraphs, by identity.
 */
export function loneSlugs(children: readonly RootContent[], script: boolean): Set<RootContent> {
  const slugs = new Set<RootContent>();
  let navigationSlug = false;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'paragraph') continue;
    const lone = node.segments.length === 1;
    const below = lone ? children[i + 1] : node;
    if (below?.type !== 'paragraph') continue;
    const line = (node.segments[0]?.text ?? '').trim();
    const copy = below.segments[lone ? 0 : 1]?.text ?? '';
    const last = below.segments.at(-1)?.text.trimEnd() ?? '';
    // The copy is a story's sentences, no one's turn (a record's heading is over a tag).
    if (
      isSlugLine(line) &&
      isCopyUnderSlug(copy, last) &&
      /[.!?…]["”’»]?$/u.test(last) &&
      parseTag(line) === null &&
      parseTag(copy) === null
    ) {
      slugs.add(node);
      navigationSlug ||=
        BULLETIN_ITEMS.has(line.toLowerCase()) || classifyLine(line) === 'navigation';
    }
  }
  // Out of a script: two or more, one a bulletin's regular item that a site's menu also has
  // (`WEATHER`, `SPORT`, `TRAFFIC`, `WEERBERICHT`); a report's headings in capitals are left to
  // the headings.
  if (!script && (slugs.size < 2 || !navigationSlug)) slugs.clear();
  return slugs;
}

/** Script cues that make a text a newsroom script (a slug line or a lone field is read then). */
const MIN_SCRIPT_SIGNALS = 2;
/** Lines looked at for script cues: a story's first page is enough. */
const SIGNAL_LINES = 200;

/** True when the first lines of the paragraphs hold a newsroom script's cues (two or more). */
export function isScriptText(children: readonly RootContent[]): boolean {
  return scriptSignals(children) >= MIN_SCRIPT_SIGNALS;
}

/** Production lines, segment markers and script cues in the first lines of the paragraphs. */
function scriptSignals(children: readonly RootContent[]): number {
  let signals = 0;
  let seen = 0;
  // A cue over its copy counts once a label: an interview's initials (`VO:`) come back each turn.
  const inline = new Set<string>();
  for (const l of linesOf(children)) {
    if (++seen > SIGNAL_LINES || signals >= MIN_SCRIPT_SIGNALS) break;
    if (
      isProductionLine(l.text) ||
      isScriptMarkerLine(l.text) ||
      isScriptCue(l.text) ||
      isMarkedCueLine(l.text)
    )
      signals++;
    const cue = inlineScriptCue(l.text)?.cue;
    if (cue !== undefined && !inline.has(cue)) {
      inline.add(cue);
      signals++;
    }
  }
  return signals;
}

// --- running page headers of a document pasted from a PDF ---------------------------------------

/** A page mark at the end of a line: `… Page 3 of 12`, `Page 3`, `- 3 -`, `3 | Page`. */
const PAGE_MARK =
  /(?:^|\s)(?:page|p\.|pg\.?|seite|página|pagina|страница)\s*\d{1,4}(?:\s*(?:of|von|de|di|из)\s*\d{1,4})?$/i;
/** A line that is only a page number between dashes: `- 3 -`, `— 12 —`. */
const DASHED_PAGE = /^[-–—]\s*\d{1,4}\s*[-–—]$/;
/** Longest running header. */
const MAX_RUNNING_HEADER = 160;

const TWO_WORDS = lazyRegExp(String.raw`\p{L}{2,}.*\s.*\p{L}{2,}`, 'u');

/**
 * The running headers and footers of a document pasted from a PDF: a line ending in a page mark
 * (`CITY OF RIVERTON – COUNCIL MEETING TRANSCRIPT   Page 3 of 12`) that comes back, with only its
 * numbers changed, on another page; a page mark alone on its line (`Page 3 of 12`, `- 3 -`).
 * Not read: notes.
 */
export function readRunningHeaders(children: readonly RootContent[]): {
  lines: number[];
  /** The first repeated header's words without its page mark: the document's own title. */
  title: string | null;
} {
  const byKey = new Map<string, number[]>();
  const texts = new Map<string, string>();
  const lines: number[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments as Segment[]) {
      // A page mark ends in its number: one character tells most lines apart, before any copy.
      const raw = seg.text;
      let end = raw.length - 1;
      while (end >= 0 && raw.charCodeAt(end) <= 32) end--;
      const lastCode = raw.charCodeAt(end);
      if (
        !(lastCode >= 48 && lastCode <= 57) &&
        lastCode !== 45 &&
        lastCode !== 0x2013 &&
        lastCode !== 0x2014
      )
        continue;
      const l = { line: seg.line, text: raw.trim() };
      const text = l.text;
      if (text.length > MAX_RUNNING_HEADER) continue;
      // A page mark ends in its number: one character tells most lines apart.
      const last = text.charCodeAt(text.length - 1);
      if (last < 48 || last > 57) {
        if (DASHED_PAGE.test(text)) lines.push(l.line);
        continue;
      }
      const mark = PAGE_MARK.exec(text.length > 40 ? text.slice(-40) : text);
      if (mark === null) continue;
      const markAt = mark.index + Math.max(0, text.length - 40);
      if (markAt === 0) {
        lines.push(l.line);
        continue;
      }
      // A header set apart from its page mark as a page lays it out (a wide gap, a bar or a
      // dash), or written in capitals; never a speaker's words (`MAYOR: Turn to page 4`).
      const before = text.slice(0, markAt);
      const apart = /(?: {2,}|\t|[|–—-] ?)page/i.test(seg.raw) || before === before.toUpperCase();
      if (!apart || parseTag(text) !== null) continue;
      const key = text.replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
      const seen = byKey.get(key);
      if (seen) seen.push(l.line);
      else {
        byKey.set(key, [l.line]);
        texts.set(key, before.trim());
      }
    }
  }
  let title: string | null = null;
  for (const [key, seen] of byKey) {
    if (seen.length < 2) continue;
    lines.push(...seen);
    const words = texts.get(key) ?? '';
    if (title === null && TWO_WORDS.test(words)) title = words;
  }
  return { lines, title };
}

// --- an e-mail around a forwarded transcript ---------------------------------------------------

/** Header fields of an e-mail (`From:`, `Sent:`, `Subject:`), keys as {@link formField} gives them. */
const EMAIL_FIELDS: ReadonlySet<string> = new Set([
  'FROM',
  'SENT',
  'DATE',
  'TO',
  'CC',
  'BCC',
  'SUBJECT',
  'REPLY TO',
  'ATTACHMENTS',
  'IMPORTANCE',
]);
/** The line a mail client puts above a forwarded or quoted message. */
const FORWARDED =
  /^(?:-{2,} ?(?:Forwarded message|Original Message) ?-{2,}|Begin forwarded message:)$/i;
/** Most lines of the sender's own words above a forwarded message (kept as notes). */
const MAX_SENDER_LINES = 8;
/** A mobile client's footer: `Sent from my iPhone`, `Get Outlook for Android`. */
const MAIL_FOOTER = /^(?:Sent from my \w[\w ]{0,30}|Get Outlook for (?:iOS|Android))$/i;
/** Lines after a signature's `--` (name, title, outlet, phone): a few short ones. */
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_CHARS = 80;

/**
 * The lines of an e-mail a transcript arrived in: the header block at the top (a forwarded
 * message's marker line, then `From:`, `Sent:`, `To:`, `Subject:` …: at least two fields, one of
 * them `From:` or `Subject:`), each forwarded or quoted message's marker and header below it
 * (`-----Original Message-----` / `From:` …), with the sender's few lines between the top header
 * and the first of them, a signature at the end (a line `--` and at most six short lines after
 * it) and a mobile client's footer line. Not read: notes.
 */
export function readEmailLines(children: readonly RootContent[]): number[] {
  const lines: number[] = [];
  // Each header block: the top one, then each forwarded or quoted message's (its marker line and
  // its fields). Between the top header and the first marker, the sender's few lines (`Hi all,
  // transcript below.`) are the e-mail's too.
  let block: number[] = [];
  let fields = 0;
  let key = false;
  let top = true;
  let topHeader = false;
  let markers = 0;
  const between: number[] = [];
  const close = () => {
    if (fields >= 2 && key) {
      if (top) topHeader = true;
      else if (markers === 1 && topHeader && between.length <= MAX_SENDER_LINES)
        lines.push(...between);
      lines.push(...block);
    }
    top = false;
    block = [];
    fields = 0;
    key = false;
  };
  let open = true;
  for (const l of linesOf(children)) {
    if (l.text === '') continue;
    if (FORWARDED.test(l.text)) {
      if (open) close();
      markers++;
      block.push(l.line);
      open = true;
      continue;
    }
    if (open) {
      const field = formField(l.text) ?? emailField(l.text);
      if (field !== null && EMAIL_FIELDS.has(field.key)) {
        block.push(l.line);
        fields++;
        if (field.key === 'FROM' || field.key === 'SUBJECT') key = true;
        continue;
      }
      close();
      open = false;
    }
    if (markers === 0) between.push(l.line);
  }
  if (open) close();
  // The end: a signature under `--`, and mobile footers anywhere in the last lines.
  // The last lines, read from the end (the rest of the text is not walked again).
  const tail: CaptionLine[] = [];
  for (let c = children.length - 1; c >= 0 && tail.length <= MAX_SIGNATURE_LINES + 1; c--) {
    const node = children[c] as RootContent;
    if (node.type !== 'paragraph') continue;
    const segments = node.segments as Segment[];
    for (let k = segments.length - 1; k >= 0 && tail.length <= MAX_SIGNATURE_LINES + 1; k--) {
      const seg = segments[k] as Segment;
      tail.unshift({ line: seg.line, text: seg.text.trim(), first: k === 0 });
    }
  }
  for (let i = 0; i < tail.length; i++) {
    const l = tail[i] as CaptionLine;
    if (MAIL_FOOTER.test(l.text)) lines.push(l.line);
    if (l.text !== '--') continue;
    const after = tail.slice(i + 1);
    if (
      after.length <= MAX_SIGNATURE_LINES &&
      after.every((a) => a.text.length <= MAX_SIGNATURE_CHARS)
    ) {
      for (const a of [l, ...after]) if (!lines.includes(a.line)) lines.push(a.line);
      break;
    }
  }
  return lines;
}

/** An e-mail field whose value is long (a subject, a list of addresses): `Key: value`. */
function emailField(text: string): { key: string; value: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 12) return null;
  const key = text
    .slice(0, colon)
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, ' ');
  return EMAIL_FIELDS.has(key) ? { key, value: text.slice(colon + 1).trim() } : null;
}

// --- the header as a whole ---------------------------------------------------------------------

export interface RecordHeader {
  /** Lines that are furniture of the record's header, with their reason. */
  notes: Map<number, NoteReason>;
  /** A title composed from the header (a court caption's case name), or null. */
  title: string | null;
  /** True for a UN verbatim record: its agenda headings are headlines (see `agendaTitle`). */
  unRecord: boolean;
  /** Last line of a UN record's header (before the first speech), else 0. */
  headerEnd: number;
  /**
   * True under a parliament's masthead (see {@link PARLIAMENT_MASTHEAD}): its agenda headings in
   * capitals are headlines wherever they stand.
   */
  hansard: boolean;
  /**
   * Under a masthead, the sitting it reports, its house and its day (`National Assembly,
   * Thursday, 6th March 2025`): the title when the record has no agenda heading; else null.
   */
  sitting: string | null;
}

/**
 * A voice's role alone on a paragraph's first line over the words it reads (`LOCUTOR` / `Son las
 * ocho…`, `SPEAKER` / `Una frana…`): the voice's tag without its colon, no slug or presenter.
 */
function isVoiceOverWords(l: CaptionLine): boolean {
  const below = l.segments?.[1]?.text;
  if (below === undefined || !HAS_LOWERCASE.test(below)) return false;
  const tag = parseTag(`${l.text}:`)?.tag;
  return tag !== undefined && tag.name === null && tag.role !== null;
}

/** The source lines of the paragraphs, in order. */
function* linesOf(children: readonly RootContent[]): Generator<CaptionLine> {
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    let first = true;
    for (const seg of node.segments as Segment[]) {
      yield {
        line: seg.line,
        text: seg.text.trim(),
        first,
        segments: first ? node.segments : undefined,
      };
      first = false;
    }
  }
}

/**
 * The first line of a congressional hearing as GovInfo prints it: `[Senate Hearing 118-412]`,
 * `[House Hearing, 118 Congress]`, `[Joint Hearing, 117 Congress]`.
 */
const HEARING_HEADER = /^\[(?:Senate|House|Joint) Hearing,? [^\]]{1,40}\]$/;

/**
 * True when the document opens with GovInfo's hearing header (see {@link HEARING_HEADER}), or is
 * a part of a hearing copied without it: three turns or more of two speakers or more opening
 * with a printed hearing's tag (`Mr. Graves. The committee will come to order.`).
 */
export function isPrintedHearing(children: readonly RootContent[]): boolean {
  const first = children[0];
  if (!first || !('value' in first)) return false;
  const text = first.type === 'paragraph' ? (first.segments[0]?.text.trim() ?? '') : first.value;
  if (HEARING_HEADER.test(text.trim())) return true;
  const tags = new Set<string>();
  let turns = 0;
  for (const c of children) {
    const raw = c.type === 'paragraph' ? printedHearingTag(c.value)?.tag.raw : undefined;
    if (raw === undefined) continue;
    tags.add(raw);
    turns++;
  }
  return turns > 2 && tags.size > 1;
}
/** Most lines of a hearing's cover pages, roster and contents looked at for the opener. */
const HEARING_COVER_LINES = 800;

export interface HearingCover {
  /** Lines of the cover pages, roster and contents above the proceedings. */
  lines: number[];
  /** The title printed under the header (its lines joined), or null. */
  title: string | null;
  /** Line of the title's first line, or null. */
  titleLine: number | null;
}

/**
 * A congressional hearing printed by the GPO (see {@link HEARING_HEADER}): everything above the
 * proceedings (the header, the cover page, the committee roster, the contents) is the printed
 * volume's furniture; the title is the heading under the header, up to the `====` rule. The
 * proceedings start at {@link HEARING_OPENER}, or at the first speech when the opener is not
 * there. Not a hearing: no lines.
 */
export function readHearingCover(children: readonly RootContent[]): HearingCover {
  const none: HearingCover = { lines: [], title: null, titleLine: null };
  const lines: CaptionLine[] = [];
  for (const l of linesOf(children)) {
    if (lines.length === 0 && !HEARING_HEADER.test(l.text)) return none;
    if (HEARING_OPENER.test(l.text) || lines.length >= HEARING_COVER_LINES) break;
    if (lines.length > 1 && !COVER_LABEL.test(l.text)) {
      if (opensSpeech(l.text) || printedHearingTag(l.text) !== null) break;
    }
    lines.push(l);
  }
  if (lines.length === 0) return none;
  // The title: the lines after the header's own (`[From the U.S. Government Publishing Office]`,
  // `S. Hrg. 118-412`) up to the rule of `=` or the word HEARING.
  const title: CaptionLine[] = [];
  for (const l of lines.slice(1)) {
    if (/^={3,}$/.test(l.text) || /^(?:JOINT |FIELD )?HEARINGS?$/.test(l.text)) break;
    if (l.text.startsWith('[') || HEARING_NUMBER.test(l.text)) continue;
    title.push(l);
  }
  const titleLines = new Set(title.length <= 3 ? title.map((l) => l.line) : []);
  return {
    lines: lines.filter((l) => !titleLines.has(l.line)).map((l) => l.line),
    title: titleLines.size > 0 ? title.map((l) => l.text).join(' ') : null,
    titleLine: titleLines.size > 0 ? (title[0]?.line ?? null) : null,
  };
}

/** A hearing's number on its cover: `S. Hrg. 118-412`, `Serial No. 118-12`, `[H.A.S.C. No. 118-7]`. */
const HEARING_NUMBER =
  /^(?:S\. Hrg\. \d{2,3}-\d{1,4}|Serial No\. \d{2,3}-\d{1,4}|\d{2,3}-\d{3}\b.*)$/;
/** A roster line that reads like a tag: `Present: Senators Smith, Jones.`, `Staff present: …`. */
const COVER_LABEL = /^(?:Present|Also present|Staff present|Witnesses?|Contents|Members present):/i;

/** True when a line opens a speech: a tag with words after it. */
function opensSpeech(text: string, segments?: readonly Segment[]): boolean {
  const match = parseTag(text);
  if (match !== null && match.rest !== '') return true;
  // The tag alone on its line over a sentence of its paragraph (`The President:` / `I give the
  // floor to…`), or the chair's office alone, its colon lost (`The President` / …): a roster's or
  // a cover's label alone is over a list, no sentence.
  const below = segments?.[1]?.text.trim() ?? '';
  if (
    below.split(' ').length < MIN_SPOKEN_WORDS ||
    !/[.?!…]["”’»)]?$/.test(below) ||
    parseTag(below) !== null
  )
    return false;
  if (match !== null) return match.tag.name !== null || match.tag.role !== null;
  const alone = text.length <= 60 && !text.includes(':') ? parseTag(`${text}:`) : null;
  return alone?.rest === '' && alone.tag.name === null && alone.tag.office !== null;
}

/** Fewest words of the sentence under a tag alone for the tag to open the speech. */
const MIN_SPOKEN_WORDS = 5;

/**
 * Reads the header of an official record at the top of the paragraphs (see the module comment):
 * the lines that are its furniture and the title it gives.
 */
export function readRecordHeader(children: readonly RootContent[]): RecordHeader {
  const notes = new Map<number, NoteReason>();
  const head: CaptionLine[] = [];
  const kinds = new Set<UnKind>();
  /** Lines of front-matter lists (appearances, contents): furniture once a caption is read. */
  const frontBlocks: number[] = [];
  let inFrontBlock = false;
  let previousLine = 0;
  for (const l of linesOf(children)) {
    if (head.length >= HEADER_LINES) break;
    // A list runs to the next blank line of the source, even where a line of it (`DANIEL WEBB,
    // Assistant to the Solicitor General, …`) reads like a tag and starts a paragraph of its own.
    const afterBlank = l.line !== previousLine + 1;
    previousLine = l.line;
    if (FRONT_BLOCK.test(l.text)) inFrontBlock = true;
    else if (afterBlank && !(inFrontBlock && l.text.length <= 160 && FRONT_ENTRY.test(l.text)))
      inFrontBlock = false;
    const kind = l.text === '' ? null : unHeaderKind(l.text);
    // The first speech ends the header; a roster line (`President: Mr. X`), a cover page's
    // label (`Pages: 1 through 67`) or a contents line (`ORAL ARGUMENT OF: PAGE:`) reads like a
    // tag, but is none.
    const label =
      inFrontBlock ||
      COVER_LINE.test(l.text) ||
      UN_MEMBERS.test(l.text) ||
      CASE_NUMBER.test(l.text);
    if (kind === null && l.text !== '' && !label && opensSpeech(l.text, l.segments)) break;
    head.push(l);
    if (inFrontBlock) frontBlocks.push(l.line);
    if (kind !== null) kinds.add(kind);
  }
  const unRecord = kinds.has('symbol') || kinds.size >= 2;
  if (unRecord) {
    let afterMembers = false;
    for (const l of head) {
      if (l.text === '') continue;
      const reason = unHeaderReason(l.text, afterMembers);
      if (UN_MEMBERS.test(l.text)) afterMembers = true;
      else if (!DOT_LEADER.test(l.text)) afterMembers = false;
      if (reason) notes.set(l.line, reason);
    }
    const last = head[head.length - 1]?.line ?? 0;
    for (const l of linesOf(children)) {
      if (l.line <= last || l.text === '') continue;
      const reason = unBodyReason(l.text);
      if (reason) notes.set(l.line, reason);
    }
    return { notes, title: null, unRecord, headerEnd: last, hansard: false, sitting: null };
  }
  const caption = readCaption(head);
  if (caption) {
    for (const line of caption.lines) notes.set(line, 'page-element');
    for (const line of frontBlocks) notes.set(line, 'page-element');
    for (let i = 0; i < head.length; i++) {
      if (!COVER_LINE.test((head[i] as CaptionLine).text)) continue;
      notes.set((head[i] as CaptionLine).line, 'page-element');
      // The cover's sentence wrapped over lines of its paragraph (`The above-entitled matter
      // came on for` / `oral argument before …`).
      while ((head[i + 1]?.first ?? true) === false)
        notes.set((head[++i] as CaptionLine).line, 'page-element');
    }
  }
  // A parliamentary record's section label above the heading (`Oral Answers to Questions`).
  const firstLine = head.find((l) => l.text !== '' && !notes.has(l.line));
  if (firstLine && SECTION_LABELS.has(firstLine.text.toLowerCase())) {
    notes.set(firstLine.line, 'page-element');
  }
  // Canadian Hansard's header (`VOLUME 152 NUMBER 087`, `1st SESSION 45th PARLIAMENT`, `OFFICIAL
  // REPORT (HANSARD)`) and its order of business, in capitals or in brackets (`ORAL QUESTIONS`,
  // `[Oral Questions]`), anywhere before the first speech.
  for (const l of head) {
    if (l.text === '' || notes.has(l.line)) continue;
    const bracketed = l.text.startsWith('[') && l.text.endsWith(']');
    const inner = bracketed ? l.text.slice(1, -1) : l.text;
    const label =
      SECTION_LABELS.has(inner.toLowerCase()) && (bracketed || inner === inner.toUpperCase());
    if (label || HANSARD_HEADER.test(l.text)) notes.set(l.line, 'page-element');
  }
  // A continental record's header (see {@link CONTINENTAL_HEADER}): its lines placing the
  // sitting are furniture, and the sitting's line its dateline.
  let continental = false;
  for (const l of head) {
    if (l.text === '' || l.text.length > 120) continue;
    if (CONTINENTAL_HEADER.test(l.text)) {
      continental = true;
      if (!notes.has(l.line)) notes.set(l.line, 'page-element');
    } else if (CONTINENTAL_KIND.test(l.text)) continental = true;
  }
  if (continental)
    for (const l of head) {
      if (l.text === '' || notes.has(l.line) || l.text.length > 120) continue;
      // The chamber's name over them (alone it may be a story's heading): the page's masthead.
      if (CONTINENTAL_CHAMBER.test(l.text) || CONTINENTAL_CHAIR.test(l.text))
        notes.set(l.line, 'page-element');
      else if (CONTINENTAL_SITTING.test(l.text)) notes.set(l.line, 'dateline');
    }
  // A parliament's masthead (`PARLIAMENT OF KENYA`, `THE HANSARD`, `OFFICIAL REPORT`) and, under
  // it, its order of business in capitals: furniture; the first agenda heading is the title.
  let mastheadTitle: string | null = null;
  // Under a masthead that names the record (`THE HANSARD`), or two of its lines (`REPUBLIC OF
  // KENYA` / `THE SENATE`): one `NATIONAL ASSEMBLY` over a story is its section, no record.
  let mastheads = 0;
  let named = false;
  for (const l of head)
    if (l.text !== '' && isParliamentMasthead(l.text)) {
      mastheads++;
      named ||= RECORD_MASTHEAD.test(l.text.toUpperCase());
    }
  const hansard = named || mastheads >= 2;
  /** The sitting, the house and the day (`National Assembly, Thursday, 6th March 2025`). */
  let house: string | null = null;
  let day: string | null = null;
  if (hansard) {
    for (const l of head) {
      if (l.text === '') continue;
      const upper = l.text.toUpperCase();
      if (house === null && HOUSE.test(upper))
        house = titleCaseIfCaps(upper.replace(/^THE /, '')).replace(/ Of /g, ' of ');
      if (
        day === null &&
        notes.get(l.line) !== 'page-element' &&
        classifyLine(l.text) === 'dateline'
      )
        day = /\d{4}/.test(l.text) ? l.text : null;
      if (notes.has(l.line)) continue;
      if (isParliamentMasthead(l.text)) notes.set(l.line, 'page-element');
      else if (isBusinessLabel(l.text)) notes.set(l.line, 'page-element');
      else if (mastheadTitle === null && isAgendaHeadingLine(l.text)) mastheadTitle = l.text;
    }
    // The order of business goes on below the first speech (`MOTIONS`, `BILLS`); each page of
    // the printed record has its running header (`Thursday, 6th March 2025 NATIONAL ASSEMBLY
    // DEBATES 3`).
    const last = head[head.length - 1]?.line ?? 0;
    for (const l of linesOf(children)) {
      if (l.line <= last || l.text.length > 120) continue;
      if ((l.first && isBusinessLabel(l.text)) || isHansardRunningHeader(l.text))
        notes.set(l.line, 'page-element');
    }
  }
  // A type label or the issuing office under the title line, before any other line.
  const titleAt = head.findIndex((l) => l.text !== '' && !notes.has(l.line));
  for (let i = titleAt + 1; titleAt !== -1 && i < head.length && i <= titleAt + 8; i++) {
    const l = head[i] as CaptionLine;
    if (l.text === '' || notes.has(l.line)) continue;
    if (TYPE_LABELS.has(l.text.toLowerCase())) notes.set(l.line, 'page-element');
    else if (ISSUER.test(l.text)) notes.set(l.line, 'byline');
    else if (RELEASE.test(l.text)) notes.set(l.line, 'page-element');
    else if (classifyLine(l.text) === null) break;
  }
  return {
    notes,
    title: caption?.caseName ?? recordHeading(head) ?? mastheadTitle,
    unRecord,
    headerEnd: 0,
    hansard,
    sitting: house !== null && day !== null ? `${house}, ${day}` : null,
  };
}

/** A line of a Hansard's order of business in capitals (see {@link BUSINESS_LABELS}). */
function isBusinessLabel(text: string): boolean {
  return (
    text.length <= 60 && text === text.toUpperCase() && BUSINESS_LABELS.has(text.toLowerCase())
  );
}

/**
 * An agenda heading under a parliament's masthead: a line in capitals (`DELAYED COMPLETION OF
 * NYAMASARIA WATER PIPELINE`) that is no page furniture (a date), no record sentence (`PRAYERS`,
 * `The House met at 2.30 p.m.`) and no tag, with its colon or alone (`THE SPEAKER`).
 */
export function isAgendaHeadingLine(text: string): boolean {
  if (text.length > 200 || text !== text.toUpperCase() || !HAS_TWO_UPPERCASE.test(text))
    return false;
  if (/[.!?:;,]$/.test(text) || text.startsWith('[') || text.startsWith('(')) return false;
  if (isRecordSentence(text) || classifyLine(text) !== null) return false;
  if (parseTag(text) !== null) return false;
  // The chair's tag alone on its line, its colon lost (`THE SPEAKER` over the words): an office
  // and no name, as a tag reads it, no heading.
  const alone = parseTag(`${text}:`);
  return !(alone?.rest === '' && alone.tag.name === null && alone.tag.office !== null);
}

/** Most words of a Congressional Record item's heading. */
const RECORD_HEADING_WORDS = 14;

/**
 * The Congressional Record's item heading in capitals under the GPO header (`RURAL BRIDGE REPAIR
 * ACT`): the record's title, whatever its length. Null without that header.
 */
function recordHeading(head: readonly CaptionLine[]): string | null {
  let gpo = false;
  for (const l of head) {
    if (l.text === '') continue;
    if (isRecordGpoHeader(l.text)) {
      gpo = true;
      continue;
    }
    if (!gpo) return null;
    const caps = l.text === l.text.toUpperCase() && HAS_TWO_UPPERCASE.test(l.text);
    return caps && l.text.split(/\s+/).length <= RECORD_HEADING_WORDS ? l.text : null;
  }
  return null;
}

/**
 * In a UN record, a paragraph that is an agenda heading: one or two lines, no tag, starting with a
 * capital, without the end mark of a sentence or a tag's colon.
 */
export function isAgendaHeading(text: string, lines: number): boolean {
  const t = text.trim();
  if (lines > 3 || t.length > 400 || t === '') return false;
  if (!STARTS_UPPERCASE.test(t) || /[.!?:;,…]$/u.test(t)) return false;
  return parseTag(t) === null;
}

/** True for an agenda-item line of a UN record: `Agenda item 73`, `Point 73 de l'ordre du jour`. */
export function isAgendaItem(text: string): boolean {
  return text.length <= 300 && UN_AGENDA_ITEM.test(text.trim());
}

/** The record's title among its agenda headings: the first that is not procedural. */
export function agendaTitle(headings: readonly string[]): string | null {
  for (const h of headings) {
    if (!PROCEDURAL_HEADINGS.has(h.trim().toLowerCase().replace(/'/g, '’'))) return h.trim();
  }
  return headings[0]?.trim() ?? null;
}

/**
 * An earnings call transcript as financial sites print it: a participants label
 * (`Company Participants`, `Corporate Participants`, `Conference Call Participants`,
 * `Executives`, `Analysts`; The Motley Fool's `Call participants:` at its end) over its list (`Name - Title`, `Name -- Firm`), section headings
 * (`Presentation`, `Prepared Remarks`, `Question-and-Answer Session`: see the furniture plugin)
 * and each speaker's name, or `Operator`, alone on its line above their words.
 */
const CALL_LIST_LABEL =
  /^(?:(?:Company|Corporate|Conference Call|Call) Participants|Executives|Analysts):?$/i;
/**
 * A listed participant: a name of two to four words, a dash (`-`, `--`, `–`, `—`) and a title or
 * firm; some providers print the speaker's line over the words so too.
 */
export const CALL_LIST_ENTRY = lazyRegExp(
  String.raw`^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}) (?:--?|[–—]) (.{1,99})$`,
  'u',
);
export const CALL_SECTION =
  /^(?:Presentation|Prepared Remarks|Question-and-Answer Session|Questions (?:and|&) Answers):?$/;

/**
 * An earnings call's participants: the lines of its lists (page furniture) and the names with
 * their titles, and `Operator` (alone on a line, each is a tag); null for no call.
 */
export function readEarningsCall(
  children: readonly RootContent[],
): { notes: number[]; names: Map<string, string> } | null {
  const notes: number[] = [];
  const names = new Map<string, string>();
  let inList = false;
  for (const l of linesOf(children)) {
    // (The list may close the transcript, as The Motley Fool prints it: `Call participants:`.)
    const entry = inList ? CALL_LIST_ENTRY.exec(l.text) : null;
    if (entry) names.set(entry[1] as string, entry[2] as string);
    else inList = l.text.length <= 40 && CALL_LIST_LABEL.test(l.text);
    if (entry || inList) notes.push(l.line);
  }
  if (names.size === 0) return unlistedCall(children);
  names.set('Operator', '');
  return { notes, names };
}

/**
 * A call copied without its participants list: `Operator` alone on its line over words, and the
 * speakers' entries (`Jane Doe -- Chief Executive Officer`) alone over words, two names at least
 * or one of them twice. Each such entry names its speaker, as a list's would.
 */
function unlistedCall(
  children: readonly RootContent[],
): { notes: number[]; names: Map<string, string> } | null {
  const names = new Map<string, string>();
  let operator = false;
  let entries = 0;
  for (let i = 0; i + 1 < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type !== 'paragraph' || node.segments.length !== 1) continue;
    if (children[i + 1]?.type !== 'paragraph') continue;
    const text = node.value.trim();
    if (text === 'Operator') {
      operator = true;
      continue;
    }
    const entry = text.length <= 140 ? CALL_LIST_ENTRY.exec(text) : null;
    if (entry === null) continue;
    names.set(entry[1] as string, entry[2] as string);
    entries++;
  }
  if (!operator || names.size === 0 || (names.size < 2 && entries < 2)) return null;
  names.set('Operator', '');
  return { notes: [], names };
}

/**
 * The closing pages of a deposition or a court transcript from their first heading to the end:
 * the reporter's certificate (`REPORTER'S CERTIFICATE`, `CERTIFICATE OF REPORTER`, `C E R T I F I
 * C A T E`), the witness's own (`ACKNOWLEDGMENT OF DEPONENT`, `DECLARATION UNDER PENALTY OF
 * PERJURY`, `SIGNATURE PAGE`) and the errata sheet (`ERRATA SHEET`, `PAGE LINE CHANGE REASON`):
 * at most {@link MAX_CLOSING_LINES} lines, which certify or declare.
 */
const CLOSING_HEADING =
  /^(?:(?:COURT )?REPORTER['’]S CERTIFICATE|TRANSCRIBER['’]S CERTIFICATE|CERTIFICATE(?: OF (?:COURT |CERTIFIED |SHORTHAND )?(?:REPORTER|TRANSCRIBER|DEPONENT|WITNESS))?|C E R T I F I C A T E|ACKNOWLEDG(?:E)?MENT OF (?:DEPONENT|WITNESS)|DEPONENT['’]S CERTIFICATE|WITNESS['’]S? CERTIFICATE|DECLARATION UNDER PENALTY OF PERJURY|(?:WITNESS |DEPONENT )?SIGNATURE PAGE|ERRATA(?: SHEET)?|E R R A T A)$/;
const MAX_CLOSING_LINES = 80;

export function readCertificate(children: readonly RootContent[]): number[] {
  const lines: number[] = [];
  let certifies = false;
  for (const l of linesOf(children)) {
    // An English transcriber's certificate is the sentence itself, the firm's address under it;
    // hard-wrapped, the sentence's rest is on the lines under its first.
    const transcriber =
      lines.length === 0 &&
      l.first &&
      l.text.includes('ertif') &&
      TRANSCRIBER_CERTIFIES.test(l.segments ? withWrappedRest(l.segments, 0, 3).text : l.text);
    if (
      lines.length > 0 ||
      transcriber ||
      (l.first && l.text.length <= 40 && CLOSING_HEADING.test(l.text))
    )
      lines.push(l.line);
    certifies ||= transcriber || (lines.length > 1 && /\b(?:certify|declare)\b/i.test(l.text));
    if (lines.length > MAX_CLOSING_LINES) return [];
  }
  return certifies ? lines : [];
}

/**
 * A podcast's chapter list in its show notes: the label (`Timestamps:`, `Chapters`) and each line
 * under it that opens with a time (`(02:14) Aboard the ferry`, `18:40 - The vote`).
 */
export function readChapterList(children: readonly RootContent[]): number[] {
  const lines: number[] = [];
  let open = false;
  // Show notes open the page: only its first paragraphs are looked at.
  for (const node of children.slice(0, 60)) {
    if (node.type !== 'paragraph') continue;
    for (const seg of node.segments) {
      // As written: a bracketed time opening a line is already out of its text. A label is a
      // short line: nearly every line is passed over on its length.
      const raw = seg.raw;
      if (!open && raw.length > 24) continue;
      const text = raw.trim();
      open = CHAPTERS_LABEL.test(text) || (open && text.length <= 120 && CHAPTER.test(text));
      if (open) lines.push(seg.line);
    }
  }
  return lines;
}

const CHAPTERS_LABEL = /^(?:Timestamps|Chapters|Episode chapters|Time ?codes):?$/i;
const CHAPTER = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s/;

/**
 * The certificate closing an English court transcript (`Epiq Europe Ltd hereby certify that the
 * above is an accurate and complete record of the proceedings or part thereof.`).
 */
const TRANSCRIBER_CERTIFIES = lazyRegExp(
  String.raw`^(?:[\p{Lu}\d][^.!?:]{1,80} )?(?:hereby )?certif(?:y|ies) that (?:the above|this) (?:transcript )?is an? (?:accurate|true)(?: and complete)? (?:record|transcript)\b`,
  'iu',
);

/**
 * A press release pasted as text: told by its release line (`FOR IMMEDIATE RELEASE`, `News
 * Release`, an advisory's `MEDIA ADVISORY` or `FOR PLANNING PURPOSES`, a police department's `For Immediate Release: November 29, 2026`) or a
 * newswire's dateline (`PENDLETON, Ore., Nov. 17, 2026 /PRNewswire/ --`, `(BUSINESS WIRE)--`)
 * in its first lines. Its furniture is the release line, the boilerplate under `About <Company>`
 * and `Forward-Looking Statements`, the `Media Contact:` block and the `SOURCE <Company>` line;
 * the line right under the headline, over the story's first sentence, is the subheadline.
 */
const RELEASE_LINE = lazyRegExp(
  String.raw`^(?:FOR IMMEDIATE RELEASE|For Immediate Release|(?:NEWS|PRESS|MEDIA) (?:RELEASE|ADVISORY)|(?:News|Press|Media) (?:Release|Advisory)|FOR PLANNING PURPOSES|For Planning Purposes)(?::? (?:\p{Lu}|\d)[\p{L}\d ,.]{0,40})?$`,
  'u',
);
const NEWSWIRE_DATELINE =
  /\/(?:PRNewswire|CNW|GLOBE NEWSWIRE|EINPresswire)\/ ?[-–—]|\((?:BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE)\) ?[-–—]/;
const RELEASE_NOTES: readonly [RegExp, NoteReason, boolean][] = [
  [RELEASE_LINE, 'page-element', false],
  // The boilerplate's headings: the paragraphs under them are notes too.
  [lazyRegExp(String.raw`^About \p{Lu}[^.!?:]{0,60}$`, 'u'), 'page-element', true],
  [
    /^(?:Cautionary Statement Regarding )?Forward-Looking Statements|^Safe Harbor/i,
    'disclaimer',
    true,
  ],
  [/^(?:Media |Press |Investor )?Contacts?:/i, 'page-element', false],
  // A UK release's `Notes to editors` (`NOTES TO EDITORS:`, `Notes for editors`): the numbered
  // background under it is for the desk, not the story.
  [/^(?:Notes? (?:to|for) [Ee]ditors|NOTES? (?:TO|FOR) EDITORS)[ \t]*:?$/, 'page-element', true],
  [lazyRegExp(String.raw`^SOURCE \p{Lu}`, 'u'), 'credit', false],
];

/** A press release's notes and subheadline's line (see {@link RELEASE_LINE}), or null. */
export function readPressRelease(
  children: readonly RootContent[],
): { notes: Map<number, NoteReason>; subheadLine: number | null } | null {
  let seen = 0;
  let release = false;
  // The first 8 lines only: the scan stops after them.
  for (const l of linesOf(children)) {
    if (++seen > 8) break;
    release ||= RELEASE_LINE.test(l.text) || NEWSWIRE_DATELINE.test(l.text);
  }
  if (!release) return null;
  const notes = new Map<number, NoteReason>();
  // The issuer over the release line (`Metropolitan Police Department` / `News Release`): the
  // office that issues it, as a government page's office line is.
  const issuer: number[] = [];
  for (const l of linesOf(children)) {
    if (RELEASE_LINE.test(l.text)) {
      for (const line of issuer) notes.set(line, 'byline');
      break;
    }
    if (
      issuer.length >= 3 ||
      l.text.length > 80 ||
      sentenceEnd(l.text) ||
      !STARTS_UPPERCASE.test(l.text)
    )
      break;
    issuer.push(l.line);
  }
  let subheadLine: number | null = null;
  /** The reason of the boilerplate under the last heading, until the next one-line paragraph. */
  let boiler: NoteReason | null = null;
  let paragraphs = 0;
  for (let index = 0; index < children.length; index++) {
    const node = children[index] as RootContent;
    if (node.type !== 'paragraph' || node.segments.length === 0) continue;
    const text = node.segments[0]?.text.trim() ?? '';
    const single = node.segments.length === 1;
    const rule = text.length <= 80 ? RELEASE_NOTES.find(([re]) => re.test(text)) : undefined;
    if (rule && (single || rule[0] !== RELEASE_NOTES[1]?.[0])) boiler = rule[2] ? rule[1] : null;
    else if (single && !sentenceEnd(text)) boiler = null;
    const reason = rule?.[1] ?? boiler;
    if (reason) {
      for (const seg of node.segments) notes.set(seg.line, reason);
      continue;
    }
    // After the headline (the first paragraph that is no note), a one-line paragraph without a
    // sentence's end over the story's first sentence (not a masthead's next line).
    const next = children[index + 1];
    if (
      ++paragraphs === 2 &&
      single &&
      !sentenceEnd(text) &&
      // An advisory's field (`WHERE: 400 Harbor Street`) is no subheadline.
      !ADVISORY_FIELD.test(text) &&
      next?.type === 'paragraph' &&
      sentenceEnd(next.value.trim())
    )
      subheadLine = node.segments[0]?.line ?? null;
  }
  return { notes, subheadLine };
}

function sentenceEnd(text: string): boolean {
  return /[.!?:"”’)]$/.test(text);
}

/**
 * A chat pasted from Slack, two or more messages under a header line (`Jane Doe  10:15 AM`): its
 * day dividers (`Today`, `Yesterday`) are datelines, a thread's count (`3 replies`) a page element.
 * In an IRC log (`ircLog`, as the parser found it), the channel's events are page elements.
 */
export function readChatNotes(
  children: readonly RootContent[],
  ircLog = false,
): Map<number, NoteReason> {
  const notes = new Map<number, NoteReason>();
  const exported = new Map<number, NoteReason>();
  let headers = 0;
  let stamps = 0;
  /** Telegram's placeholders for a message's media (`[Photo]`), and its senders' headers. */
  const media: number[] = [];
  let telegram = 0;
  /** An IRC log's messages, and its channel's events (`*** jdoe has joined #newsroom`). */
  let ircMessages = 0;
  const ircEvents: number[] = [];
  for (const node of children) {
    if (node.type !== 'paragraph') continue;
    node.segments.forEach((seg, i) => {
      const text = seg.text.trim();
      // An IRC log's lines (the parser tells a log: `ircLog`).
      const irc = ircLog ? ircLine(seg.raw.trim())?.kind : undefined;
      if (irc === 'message') ircMessages++;
      else if (irc === 'event') ircEvents.push(seg.line);
      if (i === 0 && TELEGRAM_STAMP.test(text)) telegram++;
      else if (TELEGRAM_MEDIA.test(text)) media.push(seg.line);
      if (/^(?:Today|Yesterday)$/.test(text)) notes.set(seg.line, 'dateline');
      else if (/^\d{1,4} repl(?:y|ies)$/.test(text)) notes.set(seg.line, 'page-element');
      // The header as pasted: the spaces before its time may have been collapsed since.
      else if (i === 0 && isChatHeader(seg.raw.trim())) headers++;
      else if (i === 0) {
        const stamp = chatExportStamp(text);
        if (stamp === null) return;
        // An exported chat's line: a message (`Jane: text`) or the app's own (`Tom added Sam`).
        stamps++;
        const message = parseTag(text);
        const rest = message?.rest ?? text.slice(stamp.end).trimStart();
        const wrapped = node.segments.length > 1 && isAppNoticeStart(rest);
        if (message === null || CHAT_PLACEHOLDER.test(message.rest)) {
          exported.set(seg.line, 'page-element');
          // The app's notice hard-wrapped past its first sentence (`…end-to-end encrypted.` /
          // `No one outside of this chat…`): its lines the notice's.
          if (wrapped)
            for (const line of noticeRest(node.segments)) exported.set(line, 'page-element');
        } else if (wrapped) {
          // Wrapped inside its first sentence (`…Messages and calls are end-to-end` /
          // `encrypted. No one outside of this chat…`): read with its rest.
          const joined = withWrappedRest(node.segments, 0);
          if (joined.last > 0 && CHAT_PLACEHOLDER.test(parseTag(joined.text)?.rest ?? '')) {
            exported.set(seg.line, 'page-element');
            for (const line of noticeRest(node.segments)) exported.set(line, 'page-element');
          }
        }
      }
    });
  }
  if (stamps >= 2) for (const [line, reason] of exported) notes.set(line, reason);
  if (telegram > 0) for (const line of media) notes.set(line, 'page-element');
  const irc = ircMessages >= 2;
  if (irc) for (const line of ircEvents) notes.set(line, 'page-element');
  return headers >= 2 || stamps >= 2 || irc || (telegram > 0 && media.length > 0)
    ? notes
    : new Map();
}

/**
 * The opening of a chat app's own long notice, the only placeholder a wrap breaks: iPhone's
 * left-to-right mark before it, or its first word (a member's message is read no further).
 */
function isAppNoticeStart(rest: string): boolean {
  return rest.charCodeAt(0) === 0x200e || rest.startsWith('Messages ');
}

/**
 * The lines under a chat app's notice that are its hard-wrapped rest: each goes on with the line
 * above (see {@link wrapsOnto}), or a wrap broke the line above before it (see {@link
 * hardWrapWidth}), up to the paragraph's next stamped line.
 */
function noticeRest(segments: readonly Segment[]): number[] {
  const lines: number[] = [];
  const width = hardWrapWidth(segments);
  for (let j = 1; j < segments.length; j++) {
    const before = segments[j - 1]?.text.trim() ?? '';
    const text = segments[j]?.text.trim() ?? '';
    if (chatExportStamp(text) !== null) break;
    if (!wrapsOnto(before, text) && !(width > 0 && wrapBroke(before, text, width))) break;
    lines.push(segments[j]?.line ?? 0);
  }
  return lines;
}

/**
 * What Telegram Desktop copies in place of a message's media, on a line of its own: one or two
 * words in brackets (`[Photo]`, `[Voice message]`, `[File: budget.pdf]`, a sticker with its
 * emoji `[Sticker] 👍`): not words said.
 */
const TELEGRAM_MEDIA = lazyRegExp(
  String.raw`^\[\p{Lu}\p{L}+(?: \p{Ll}+)?(?:: [^\]]{1,200})?\](?: \S{1,8})?$`,
  'u',
);

/**
 * What a chat export writes in place of a message (WhatsApp: `<Media omitted>`, `image omitted`,
 * `<attached: 00000012-PHOTO-….jpg>`, `This message was deleted`, a missed call, the encryption
 * notice the group's name sends on iPhone). Anchored, one bounded class.
 */
const CHAT_PLACEHOLDER =
  /^\u200e?(?:<Media omitted>|<attached: [^<>\n]{1,200}>|(?:image|video|audio|sticker|GIF|document) omitted|(?:This message was|You) deleted(?: this message)?\.?|Missed (?:voice|video) call|Messages and calls are end-to-end encrypted\b.*)$/;

const SENTENCE_END_WORD = lazyRegExp(String.raw`[!?]$|\p{Ll}{2}\.$`, 'u');

/**
 * A sports press conference as a transcription service prints it (ASAP Sports' FastScripts, a
 * league's or a tournament's media office): the event on the first line (`WIMBLEDON`,
 * `REGIONAL CUP FINAL: RIVERTON v. NORTHFIELD`), then short lines up to the first turn of
 * `THE MODERATOR:` or a reporter's `Q.`: the date, the venue (`Wimbledon, London, England`), the
 * round (`Semifinal`), the players, the result (`6-4, 7-6, 6-4`), `Press Conference`. A match
 * report has the same lines between its headline and its first sentence, without the players
 * (`Wimbledon, London, England` / `July 5, 2026` / `Semifinal`). The date and the venue are
 * datelines, the others page elements; the first line is the title. Read only when a date is
 * among those lines and every one of them is short and no sentence; in a match report, only
 * when each is a date, a venue, a round or a score, and a venue or a round is there.
 */
export function readSportsHeader(children: readonly RootContent[]): {
  notes: Map<number, NoteReason>;
  title: string | null;
} {
  const none = { notes: new Map<number, NoteReason>(), title: null };
  const lines: CaptionLine[] = [];
  let turn = false;
  let prose = false;
  for (const l of linesOf(children)) {
    if (l.text === '') continue;
    if (lines.length > 0 && l.first) {
      const match = parseTag(l.text);
      // A label alone on its line (`AN INTERVIEW WITH:` over the player's name) is the header's.
      if (match !== null && match.rest === '' && !PRESS_CONFERENCE_TURN.test(match.tag.raw)) {
        if (lines.length >= SPORTS_HEADER_LINES) return none;
        lines.push(l);
        continue;
      }
      if (match !== null) {
        // `THE MODERATOR:`, `Q.`; or any speaker under a `Press Conference` label (a coach's
        // opening statement).
        turn =
          PRESS_CONFERENCE_TURN.test(match.tag.raw) || lines.some((h) => PRESS_LABEL.test(h.text));
        break;
      }
      // `THE MODERATOR` alone over the words, the colon lost in a copy, opens the turns too.
      const named = (l.segments?.length ?? 0) > 1 ? parseTag(`${l.text}:`) : null;
      if (named?.rest === '' && PRESS_CONFERENCE_TURN.test(named.tag.raw)) {
        turn = true;
        break;
      }
      // A sentence, on one line or hard-wrapped over its paragraph's lines (an e-mailed report).
      const last = l.segments && l.segments.length > 1 ? l.segments.at(-1)?.text.trim() : l.text;
      if (/[.!?”"]$/.test(last ?? '') && l.text.split(' ').length > 8) {
        prose = true;
        break;
      }
    }
    if (lines.length >= SPORTS_HEADER_LINES) return none;
    lines.push(l);
  }
  const title = lines[0];
  // The event's name opens with a word (an e-mail's `---------- Forwarded message` is none).
  if ((!turn && !prose) || title === undefined || lines.length < 2) return none;
  if (!STARTS_LETTER_OR_NUMBER.test(title.text)) return none;
  const notes = new Map<number, NoteReason>();
  let dated = false;
  let event = false;
  for (const l of lines.slice(1)) {
    // No sentence, and no field (`From: …`, `Sent: …` of a mail forwarding the transcript).
    if (
      l.text.length > 60 ||
      l.text.split(' ').length > 8 ||
      SENTENCE_END_WORD.test(l.text) ||
      l.text.includes(': ')
    )
      return none;
    const reason = classifyLine(l.text);
    const venue = reason === null && VENUE.test(l.text);
    const round = reason === null && !venue && (ROUND.test(l.text) || SCORE.test(l.text));
    if (reason === 'dateline') dated = true;
    if (venue || round) event = true;
    // A match report's header has nothing else; a press conference's, names and labels in
    // capitals or title case too (`Ana Petrova`, `Press Conference`, `E. VARGA/M. Okafor`): a
    // standfirst under the headline (`After 31 years, she retires`) is no note.
    if (reason !== 'dateline' && !venue && !round && (!turn || !HEADER_WORDS.test(l.text)))
      return none;
    notes.set(l.line, reason ?? (venue ? 'dateline' : 'page-element'));
  }
  return dated && (turn || event) ? { notes, title: title.text } : none;
}

/**
 * A press conference header's line of names or labels: each word capitalised, a number, or a
 * small word (`Augusta National Golf Club`, `N. DJOKOVIC/L. Musetti`, `AN INTERVIEW WITH:`).
 */
const HEADER_WORDS = lazyRegExp(
  String.raw`^(?:[\p{Lu}\d][^\s]{0,30}|of|the|and|at|de|del|la|le|von|van|vs?\.?|v\.?)(?: (?:[\p{Lu}\d][^\s]{0,30}|of|the|and|at|de|del|la|le|von|van|vs?\.?))*$`,
  'u',
);

/** The first turn of a press conference's transcript: `THE MODERATOR:`, `Q.`. */
const PRESS_CONFERENCE_TURN = /^(?:(?:THE )?MODERATOR|Q)$/;
/** A press conference's label line: `Press Conference`, `Postgame Press Conference`, `Media Availability`. */
const PRESS_LABEL =
  /^(?:(?:Post|Pre)[- ]?(?:game|match|race|fight|round|tournament|season) )?(?:Press Conference|News Conference|Media Availability|Media Session)$/i;
/** Lines read above a press conference's first turn. */
const SPORTS_HEADER_LINES = 12;
/** A venue: a place and its city, region or country, in capitalised words (`Augusta, Georgia, USA`). */
const VENUE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:, \p{Lu}[\p{L}\p{M}.'’ -]{1,40}){1,3}$`,
  'u',
);
/**
 * A competition's round or stage on its own line: `Semifinal`, `Quarter-finals`, `Final`, `First
 * Round`, `Round 3`, `Round of 16`, `Group B`, `Matchday 12`, `Game 7`, `Week 12`, `Stage 5`,
 * `Second leg`, `Men's Singles Final`. Bounded, no nested quantifier.
 */
const ROUND =
  /^(?:(?:Men['’]s|Women['’]s|Mixed|Boys['’]|Girls['’]) (?:Singles |Doubles )?)?(?:(?:First|Second|Third|Fourth|Fifth|Final|Opening|Championship) (?:Round|Leg|Stage|Day)|(?:Semi|Quarter)[- ]?[Ff]inals?|Finals?|(?:Round|Game|Match|Matchday|Week|Stage|Day|Heat|Leg|Group|Pool) (?:of )?[A-Z0-9]{1,3}|Play-?offs?(?: Final)?|Qualifying(?: Round)?|Grand Final|Championship(?: Game)?)$/i;
/** A result line: `6-4, 7-6, 6-4`, `2-1`, `W 3-1`, `105-98 (OT)`. */
const SCORE =
  /^(?:[WLD] )?\d{1,3}[-–]\d{1,3}(?:\(\d{1,2}\))?(?:, \d{1,3}[-–]\d{1,3}(?:\(\d{1,2}\))?){0,4}(?: \((?:OT|AET|ET|pens?)\))?$/;
