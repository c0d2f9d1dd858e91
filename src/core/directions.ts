/**
 * Stage directions: `(Applause.)`, `[ Applause ]`, `(MUSIC)`, `(BEGIN VIDEO CLIP)`,
 * `(a fire alarm sounds)`. Told apart from ordinary parentheses (`(called Shikotan in Japan)`,
 * `8 (800) 200 4040`, `(NATO)`) by a lexicon of production words, or by being several words in
 * capitals.
 */

const LEXICON = new Set(
  (
    'applause applauding applauds laughter laughs laughing laugh cheers cheering cheer booing boos ' +
    'boo chanting chants chant crosstalk cross-talk inaudible unintelligible indiscernible ' +
    'music singing sings silence pause pauses sighs sigh coughs cough crying cries gunfire ' +
    'explosion explosions siren sirens alarm sounds noise clip commercial break begin end ' +
    'camera voice-over voiceover vo sot nats natsot speaking interpreted interpretation ' +
    'translated translation interpreter translator prepared off-mic mic microphone rings ringing ' +
    'bell gavel recess audience crowd interruption interrupts interrupted difficulties ' +
    'technical unclear garbled break music inaudibly whistles whistling shouting shouts ' +
    'chuckles chuckling groans murmurs sobbing concluded adjourned whereupon recessed ' +
    'aplausos аплодисменты смех пауза музыка ' +
    // Parliamentary and broadcast reactions in German, French, Spanish, Italian and Russian
    // (`Beifall bei der SPD`, `Applaudissements sur les bancs du groupe LR.`, `Rumores`).
    'beifall heiterkeit zuruf zurufe unruhe widerspruch lachen applaus gelächter ' +
    'applaudissements rires exclamations protestations murmures huées brouhaha ' +
    'risas rumores protestas abucheos pitos ' +
    'applausi risate proteste brusio ' +
    'оживление шум выкрики'
  ).split(' '),
);

const MAX_DIRECTION_WORDS = 8;
const MAX_DIRECTION_CHARS = 80;
/**
 * A time mark of a hearing's record, alone in its brackets: `(10:04 a.m.)`, `(2:15 p.m.)`. Only
 * with a.m./p.m.: a bare `(00:01:23)` is a transcription tool's timestamp.
 */
const TIME_MARK = /^\d{1,2}[:.]\d{2} ?(?:a\.? ?m\.?|p\.? ?m\.?)$/i;
/**
 * Canadian Hansard's marks on lines of their own: the clock in brackets (`(1420)`, 24-hour, from
 * 08:00 to 19:59) and the language of what follows (`[English]`, `[Translation]`, `[Français]`).
 */
const HANSARD_MARK =
  /^(?:\((?:0[89]|1\d)[0-5]\d\)|\[(?:English|Translation|Français|Traduction)\])$/;

/** True when a line is one of Canadian Hansard's clock or language marks. */
export function isHansardMark(line: string): boolean {
  return line.length <= 13 && HANSARD_MARK.test(line);
}

/**
 * The European Parliament's procedural parentheses: `(The speaker agreed to take a blue-card
 * question)`, `(The sitting was suspended at 12.05)`.
 */
const EP_PROCEDURE =
  /^(?:The speaker (?:agreed|declined) to (?:take|answer) (?:a |two )?blue-card questions?(?: from [^()]{1,80})?|The sitting (?:was|is) (?:suspended|closed|resumed|opened)(?: at \d{1,2}[.:]\d{2})?)\.?$/;

/** The Congressional Record's pointer to printed material: `(See exhibit 1.)`. */
const SEE_EXHIBIT = /^See exhibits? \d{1,3}(?: and \d{1,3})?\.?$/i;
/**
 * A court record's procedural sentence: `(Whereupon, at 10:58 a.m., the case in the above-entitled
 * matter was submitted.)`, `(Whereupon, a recess was taken.)`: a direction of any length up to
 * {@link MAX_RECORD_DIRECTION_CHARS}.
 */
const WHEREUPON = /^Whereupon\b/i;
const MAX_RECORD_DIRECTION_CHARS = 300;

/**
 * The procedural sentences of a UN verbatim record, on a line of their own and without brackets:
 * `The meeting was called to order at 10.05 a.m.`, `The agenda was adopted.`, `The meeting rose
 * at 11.50 a.m.`, and the same in the French, Spanish and Russian records (`La séance est levée à
 * 13 h 5.`, `Se levanta la sesión a las 11.50 horas.`, `Заседание закрывается в 11 ч. 50 м.`), the line saying who took the chair (`In the absence
 * of the President, Mr. Rae (Canada), Vice-President, took the Chair.`), a decision without a
 * vote (`It was so decided.`), Hansard's `The Secretary of State was asked—` and the
 * Congressional Record's clerk lines (`The legislative clerk proceeded to call the roll.`) the
 * Australian Hansard's `Opposition members interjecting—` and the European Parliament's `IN THE
 * CHAIR: NAME Vice-President`. Anchored at both ends, no nested quantifier.
 */
const RECORD_SENTENCE =
  /^(?:The meeting (?:was called to order|rose|was suspended|was resumed|resumed) at \d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.(?: and (?:was )?resumed at \d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.)?|The agenda was adopted|It was so decided|Il en est ainsi décidé|Así queda acordado|Решение принимается|The [\p{L} ,.'’-]{2,120} was asked(?:—|–|-|:)|L['’]ordre du jour est adopté|La séance (?:est ouverte|est levée|est suspendue|est reprise) à \d{1,2} (?:h(?: \d{1,2})?|heures(?: \d{1,2})?)|Se aprueba el orden del día|Se (?:abre|levanta|suspende|reanuda) la sesión a las \d{1,2}[.:]\d{2} horas|In the absence of the President, [^!?;]{3,120}, (?:Vice-President|Vice-Chair), took the Chair|En l['’]absence (?:du Président|de la Présidente), [^!?;]{3,120}, Vice-Présidente?, assume la présidence|En ausencia del Presidente, [^!?;]{3,120}, Vicepresidente?a?, ocupa la Presidencia|Повестка дня утверждается|The (?:(?:senior )?assistant )?(?:legislative |bill )?clerk (?:proceeded to call|called) the roll|There being no objection, the material was ordered to be printed in the Record, as follows:|\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3} interjecting(?:—|–|-)?|IN THE CHAIR: \p{Lu}[\p{Lu}\p{M} .'’-]{1,60}(?: (?:Vice-President|President))?|Заседание (?:открывается|закрывается|прерывается|возобновляется) в \d{1,2} ч\. \d{1,2} м)\.?$/u;

/**
 * A script cue in capitals on a line of its own, without brackets: Russian TV scripts
 * (`СИНХРОН`, `ЛАЙФ`, `ЗК`, `СТЕНДАП`…) and US rundown scripts (`SOT`, `VO`, `NATS`, `VO/SOT`).
 */
const SCRIPT_CUE =
  /^(?:СИНХРОН|ЛАЙФ|ЗК|ГЗК|ЗТМ|ИНТЕРШУМ|СТЕНДАП|ТИТР|ШУМ|SOT|VO|NATS|NAT SOT|VO\/SOT|SOT\/VO|VOSOT|STANDUP|ON CAM)$/u;

/** A script cue in capitals, or all in lower case as many Russian scripts write them (`лайф`). */
export function isScriptCue(line: string): boolean {
  if (line.length > 12) return false;
  const upper = line.toUpperCase();
  return (line === upper || line === line.toLowerCase()) && SCRIPT_CUE.test(upper);
}

/**
 * The section labels of a wire-service video script on a line of their own: AP's `SHOTLIST:` and
 * `STORYLINE:`. Not read aloud: directions.
 */
const WIRE_SECTION = /^(?:SHOTLIST|SHOT LIST|STORYLINE|STORY LINE)[ \t]*:?$/i;

/** True when a line is a wire script's section label (`SHOTLIST:`, `STORYLINE:`). */
export function isWireSection(line: string): boolean {
  return line.length <= 16 && WIRE_SECTION.test(line);
}

/**
 * The line that opens a wire script's list of shots: AP's `SHOTLIST:`, Reuters' `SHOWS: KYIV,
 * UKRAINE (MAY 3, 2025) (REUTERS - ACCESS ALL)` or `VIDEO SHOWS: …`.
 */
const SHOTS_OPEN = /^(?:SHOTLIST|SHOT LIST|(?:VIDEO )?SHOWS)[ \t]*:/i;
/** The label that ends the shots: the narration follows (`STORYLINE:`, Reuters `STORY: …`). */
const SHOTS_CLOSE = /^(?:STORYLINE|STORY LINE|STORY)[ \t]*:/i;
/** A numbered shot (`1. Wide of parliament building`, `4. (SOUNDBITE) …`). */
const SHOT_NUMBER = /^\d{1,3}\.[ \t]+\S/;

/** Where a paragraph leaves a wire script's shot list: opened, closed, or unchanged (null). */
export function shotListSwitch(text: string): boolean | null {
  if (SHOTS_OPEN.test(text)) return true;
  if (SHOTS_CLOSE.test(text)) return false;
  return null;
}

/** True when a line starts with a shot or list number (`1. `, `12. `). */
export function isNumberedLine(line: string): boolean {
  return SHOT_NUMBER.test(line);
}

/** An omission mark on a line of its own (`<…>`, `[...]`, `(…)`): official transcripts' cut. */
const OMISSION = /^(?:<(?:…|\.\.\.)>|\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\))$/;

/**
 * True when a whole paragraph is a record's procedural sentence (see above), an omission mark
 * alone (`<…>` in kremlin.ru transcripts) or a script cue (`СИНХРОН`, `SOT`): a direction, not
 * words of the turn around it.
 */
export function isRecordSentence(text: string): boolean {
  const t = text.trim();
  if (t.length <= 12 && isScriptCue(t)) return true;
  if (isWireSection(t) || isHansardMark(t)) return true;
  return t.length <= 240 && (RECORD_SENTENCE.test(t) || OMISSION.test(t));
}

/** True when the text inside a pair of brackets is a stage direction. */
export function isDirectionText(inner: string): boolean {
  const text = inner.trim();
  if (text.length <= MAX_RECORD_DIRECTION_CHARS && WHEREUPON.test(text)) return true;
  if (TIME_MARK.test(text) || SEE_EXHIBIT.test(text) || EP_PROCEDURE.test(text)) return true;
  if (!text || text.length > MAX_DIRECTION_CHARS) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_DIRECTION_WORDS) return false;
  if (!/\p{L}/u.test(text)) return false;
  for (const w of words) {
    if (LEXICON.has(w.toLowerCase().replace(/[^\p{L}-]/gu, ''))) return true;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  const caps = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  return caps && words.length >= 2;
}

export interface TextPart {
  /** `dropped`: a fragment of no letter or digit (`___`, the `.` after `(applause)`). */
  kind: 'text' | 'direction' | 'dropped';
  /** For a direction, the text inside its brackets. */
  text: string;
}

/**
 * Splits a paragraph's text at the stage directions it contains. Text fragments holding no
 * letter or digit (the `.` of `— (applause).`, a separator line `___`) come back as `dropped`:
 * they carry no words, and the caller reports them.
 *
 * @example splitDirections('I know. (Laughter.) Anyway.')
 *   // [{kind:'text',text:'I know.'},{kind:'direction',text:'Laughter.'},{kind:'text',text:'Anyway.'}]
 */
export function splitDirections(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  let i = 0;
  // The next `)` and `]` at or after the current position, found by searching forward from
  // where the last search stopped: each closing bracket is found once, never from every opener.
  let nextParen = -2;
  let nextBracket = -2;
  // The next `(` and `[`, likewise searched forward only (native search, not a loop per character).
  let openParen = -2;
  let openBracket = -2;
  while (i < text.length) {
    if (openParen !== -1 && openParen < i) openParen = text.indexOf('(', i);
    if (openBracket !== -1 && openBracket < i) openBracket = text.indexOf('[', i);
    if (openParen === -1 && openBracket === -1) break;
    i =
      openParen === -1
        ? openBracket
        : openBracket === -1
          ? openParen
          : Math.min(openParen, openBracket);
    const open = text[i] as string;
    let close: number;
    if (open === '(') {
      if (nextParen !== -1 && nextParen <= i) nextParen = text.indexOf(')', i + 1);
      close = nextParen;
    } else {
      if (nextBracket !== -1 && nextBracket <= i) nextBracket = text.indexOf(']', i + 1);
      close = nextBracket;
    }
    if (close === -1 || close - i > MAX_DIRECTION_CHARS + 2) {
      i++;
      continue;
    }
    const inner = text.slice(i + 1, close);
    if (inner.includes(open) || !isDirectionText(inner)) {
      i++;
      continue;
    }
    pushText(parts, text.slice(last, i));
    parts.push({ kind: 'direction', text: inner.trim() });
    i = close + 1;
    last = i;
  }
  pushText(parts, text.slice(last));
  return parts;
}

function pushText(parts: TextPart[], raw: string): void {
  const text = raw.trim();
  if (/[\p{L}\p{N}\p{M}]/u.test(text)) parts.push({ kind: 'text', text });
  else if (text !== '') parts.push({ kind: 'dropped', text });
}
