/**
 * Stage directions: `(Applause.)`, `[ Applause ]`, `(MUSIC)`, `(BEGIN VIDEO CLIP)`,
 * `(a fire alarm sounds)`. Told apart from ordinary parentheses (`(called Shikotan in Japan)`,
 * `8 (800) 200 4040`, `(NATO)`) by a lexicon of production words, or by being several words in
 * capitals.
 */

import { trimChars } from './chars.ts';
import { clockFields, clockMs } from './clock.ts';
import { biteLeadLength, cueWordsOf, isEuropeanCue } from './cue-languages.ts';
import { lazyRegExp } from './lazy.ts';
import {
  HAS_LETTER,
  HAS_LETTER_OR_DIGIT,
  HAS_LOWERCASE,
  HAS_UPPERCASE,
} from './letter-patterns.ts';
import { tradeAndName } from './trades.ts';
import type { RootContent } from './tree.ts';

/** What decorates a marker inside its brackets: `[***VO***]`, `{-- PAUSE --}`. */
const DECORATION = '*-=~ \t';

const LEXICON = new Set(
  (
    'applause applauding applauds laughter laughs laughing laugh cheers cheering cheer booing boos ' +
    'boo chanting chants chant crosstalk cross-talk inaudible unintelligible indiscernible ' +
    'music singing sings silence pause pauses sighs sigh coughs cough crying cries gunfire ' +
    'explosion explosions siren sirens alarm sounds noise clip commercial break begin end ' +
    'camera voice-over voiceover vo sot nats natsot speaking interpreted interpretation ' +
    'translated translation interpreter translator prepared off-mic mic microphone rings ringing ' +
    'bell gavel recess exhibit audience crowd interruption interruptions interjections interrupts interrupted difficulties ' +
    'technical unclear garbled break music inaudibly whistles whistling shouting shouts ' +
    'chuckles chuckling groans murmurs sobbing concluded adjourned whereupon recessed ' +
    'adjournment luncheon whistle roars consultations ' +
    // CBS's mark of a break between a Sunday show's segments (`(ANNOUNCEMENTS)`).
    'announcements ' +
    // A podcast script's breaks and sounds (`[STINGER]`, `[MIDROLL]`, `[SFX: door]`).
    'stinger sting midroll mid-roll preroll pre-roll postroll post-roll bumper jingle sfx ' +
    // Whisper's mark of a stretch without speech (`[BLANK_AUDIO]`, read without its underscore).
    'blankaudio ' +
    // Captions for the deaf and hard of hearing describe sounds (`[man coughing]`, `[door creaks]`).
    'coughing gasps gasping groaning screaming screams wailing chattering whispering whispers ' +
    'sniffles sniffling sniffs knocking footsteps creaks creaking rumbling honking ' +
    'panting grunts grunting exhales inhales indistinct muffled stammering clapping buzzing beeping ' +
    // Their sounds of things, a verb's form no aside in brackets takes (`[Door slams]`, `[dog barks]`; not `barking`, a place).
    'slams slamming bangs banging barks thuds thumps thumping shatters shattering clatters ' +
    'clattering rustling rustles beeps buzzes chimes dings clinking squeaks squeaking screeches ' +
    'screeching blares blaring whirring rumbles splashing sneezes sneezing yawns snoring giggles giggling ' +
    'aplausos аплодисменты смех пауза музыка ' +
    // Parliamentary and broadcast reactions in German, French, Spanish, Italian and Russian
    // (`Beifall bei der SPD`, `Applaudissements sur les bancs du groupe LR.`, `Rumores`).
    'beifall heiterkeit zuruf zurufe unruhe widerspruch lachen applaus gelächter ' +
    'applaudissements rires exclamations protestations murmures huées brouhaha ' +
    'risas rumores protestas abucheos pitos ' +
    'applausi risate proteste brusio ' +
    'оживление шум выкрики оплески alkışlar gürültüler χειροκροτήματα ' +
    // Arabic and Hebrew broadcasts' and records' marks (`[فاصل إعلاني]`, `(מחיאות כפיים)`).
    'فاصل تصفيق ضحك موسيقى מחיאות קריאות צחוק מוזיקה ננעלה'
  ).split(' '),
);

/** A word of the lexicon of sounds and production words, in lower case (`laughter`, `sighs`). */
export const isSoundWord = (word: string): boolean => LEXICON.has(word);

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

/**
 * The Congressional Record's procedural parentheses: `(Mr. GARZA of Texas asked and was given
 * permission to address the House for 1 minute …)`, `(Mr. HOLLOWAY assumed the Chair.)`.
 */
const RECORD_PROCEDURE = lazyRegExp(
  String.raw`^(?:Mr|Mrs|Ms|Miss|Dr)\. (?:Mc|Mac|De|Di|Le|La|O'|O’)?\p{Lu}{2}[\p{Lu}'’-]*(?: of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)? (?:asked and was given permission|was given permission|assumed the [Cc]hair)\b`,
  'u',
);

/**
 * The interjections and the clock of continental Europe's verbatim records, in their brackets:
 * the Bundestag's `(Beifall bei der SPD – Zuruf von der AfD: Falsch!)`, `(Heiterkeit)`,
 * `(Schluss: 18.02 Uhr)`, the Assemblée's `(Applaudissements sur les bancs du groupe …)`, `(La
 * séance est levée à vingt heures.)`, the Cortes' `(Aplausos.— Rumores.)`, the Camera's
 * `(Applausi dei deputati del gruppo …)`, the Sejm's `(Oklaski)`, `(Głos z sali: …)`, `(Początek
 * posiedzenia o godz. 10 min 05)`, `(Zebrani wstają)`, the Eduskunta's `(Hälinää)`, `(Puhemies
 * koputtaa)`, `(Välihuutoja)`, the Riksdag's and Folketing's `(Applåder)`, `(Munterhet)`, the
 * Brazilian Câmara's and Senado's `(Palmas.)`, `(Pausa.)`, `(Manifestação no plenário.)`,
 * `(Levanta-se a sessão às 18 horas.)`: the first words say it, whatever follows. Anchored.
 */
const CHAMBER_NOTE =
  /^(?:Beifall|Zurufe?|Heiterkeit|Lachen|Widerspruch|Unruhe|Schluss:|Applaudissements|Exclamations|Protestations|La séance|Aplausos|Rumores|Applausi|Commenti|La seduta|Oklaski|Głos z sali|Głosy z sali|Wesołość na sali|Poruszenie na sali|Gwar na sali|Dzwonek|Początek posiedzenia|Przerwa w posiedzeniu|Wznowienie posiedzenia|Koniec posiedzenia|Na posiedzeniu przewodniczą|Posiedzeniu przewodniczy|Zebrani wstają|Posłowie wstają|Marszałek (?:trzykrotnie )?uderza|Hälinää|Välihuut(?:o|oja)|Naurua|Vastalauseita|Suosionosoituksia|(?:Puhemies )?koputtaa|Applåder|Munterhe[td]|Palmas|Pausa|Risos|Tumulto|Manifestaç(?:ão|ões) (?:no|nas|do|das) (?:plenário|galerias)|Soa a campainha|Intervenção fora do microfone|Desligamento do microfone|Durante o discurso d[oa]|O Plenário presta|(?:Levanta|Suspende|Reabre|Encerra)-se a sessão)(?=[ ,.:;–—-]|$)/u;
const MAX_CHAMBER_NOTE_CHARS = 600;

/** A sign-language interpreter's mention (ASL, BSL, Auslan, sign language). */
const SIGN_LANGUAGE =
  /^(?:An? |The )?(?:ASL|BSL|Auslan|[Ss]ign[- ]language) (?:interpret|translat)/;

/** The Congressional Record's pointer to printed material: `(See exhibit 1.)`. */
const SEE_EXHIBIT = /^See exhibits? \d{1,3}(?: and \d{1,3})?\.?$/i;
/**
 * A court record's procedural sentence: `(Whereupon, at 10:58 a.m., the case in the above-entitled
 * matter was submitted.)`, `(Whereupon, a recess was taken.)`: a direction of any length up to
 * {@link MAX_RECORD_DIRECTION_CHARS}.
 */
const WHEREUPON = /^Whereupon\b/i;
/**
 * A military commission's (and a court-martial's) record of its sessions, in square brackets:
 * `[The R.M.C. 803 session was called to order at 0901, 25 March 2019.]`, `[The Military
 * Commission recessed at 1203, 25 March 2019.]`, `[The R.M.C. 803 session adjourned at 1622.]`.
 * The session or body, what it did, a military time. Anchored, bounded classes.
 */
const SESSION_RECORD = lazyRegExp(
  String.raw`^The (?:R\.M\.C\. \d{3}(?:\(\w\))? session|(?:military )?commission|court-martial|session|proceedings) (?:was |were )?(?:called to order|recessed|adjourned|reconvened|resumed|terminated|closed) at \d{4}(?:, \d{1,2} \p{L}{3,9} \d{4})?\.?$`,
  'iu',
);
/**
 * A Westminster-style Hansard's notes in brackets (Kenya, Uganda, Ghana, India): who took the
 * chair (`(The Speaker, Ms Anita Among, in the Chair.)`), the members' doing (`(Members rose)`,
 * `(Hon. Members interjecting)`), the question's fate (`(Question put and agreed to.)`), the
 * House's (`(The House resumed)`), South Africa's language notes (`[English paragraphs follow.]`,
 * `[Translation of isiZulu paragraphs follows.]`). Anchored, bounded classes.
 */
const HANSARD_NOTE =
  /^(?:(?:The )?[^[\]]{1,80},? in the Chair|(?:Some )?(?:Hon\. |Honourable )?Members (?:rose|stood|interjecting|laughing|applauding|walked out)|Question,? put and (?:agreed to|negatived)|(?:The )?(?:House|Senate|Assembly|Committee) (?:resumed|adjourned|rose|was suspended)[^()[\]]{0,60}|(?:Translation of )?[A-Za-z]{3,14} (?:paragraphs?|speech|sentences?) follows?)\.?$/u;
/**
 * A court transcript's note of what the defendant, the witness or the jury did, alone in its
 * brackets (`(Defendant stood)`, `(The witness was sworn)`, `(Jury out)`, `(In the absence of the
 * jury)`): who, then what they did, nothing more.
 */
const COURT_NOTE =
  /^(?:In the (?:presence|absence) of the jury|(?:The )?(?:defendants?|witness(?:es)?|jury|jurors?|accused|prisoners?)(?: (?:was|were))?(?: duly)? (?:stood|sat|sworn|affirmed|withdrew|retired|returned|entered|left|out|in|present|sentenced|taken down|released|excused))\.?$/i;
/**
 * A US court reporter's parentheticals (depositions, trials, hearings): the record's own notes,
 * `(Discussion off the record.)`, `(Sidebar conference.)`, `(Indicating.)`, `(Record read.)`,
 * `(Exhibits 4 and 5 received in evidence.)`, `(Jury exits courtroom.)`; the International
 * Criminal Court's `(The hearing starts in open session at 9.31 a.m.)`, `(Private session at …)`,
 * `(Recess taken at …)`.
 */
const COURT_RECORD_NOTE = lazyRegExp(
  String.raw`^(?:(?:Discussion|Conference|Colloquy)(?: (?:was )?held)? off (?:the )?record|Off (?:the )?record(?: discussion| at \d{1,2}:\d{2} ?[ap]\.m\.)?|(?:Sidebar|Side-bar|Bench) (?:conference|discussion)(?: (?:was )?held)?|The following (?:proceedings|discussion) (?:was|were) held (?:at (?:the )?(?:sidebar|bench)|in chambers|out of the (?:presence|hearing) of the jury)|(?:The )?(?:witness )?indicating|(?:Witness|Document|Exhibit) handed to (?:the )?(?:witness|counsel|court|jury)|Reporter (?:clarification|interruption)|(?:Court reporter|Reporter) reads? (?:back|the record)|(?:Record|Question|Answer|Previous (?:question|answer)) (?:was )?read(?: back)?(?: by the (?:court )?reporter)?|Simultaneous (?:speakers|speaking|crosstalk)|Non-?verbal response|(?:The )?jury (?:exits|enters|exited|entered|leaves|left|returns|returned)(?: the)?(?: courtroom| jury box)?|Off-the-record discussion|(?:The )?witness (?:reviews|reviewing|reads|reading|examines|examining) (?:the )?(?:document|exhibit|deposition|transcript)s?|(?:Videotape|Video|Audio recording|Audio|Recording|Tape) (?:played|was played|is played)|(?:The )?(?:court and counsel|counsel) confer(?:ring|red)?|(?:The )?jury panel (?:sworn|seated|present)|(?:[\p{Lu}][\p{L}'’.-]* )?Exhibits? (?:Nos?\. )?[\w-]{1,12} (?:through|to|and) [\w-]{1,12} (?:were |was )?(?:marked|received|admitted|identified)(?: in(?:to)? evidence| for identification)?|\p{Lu}[\p{L}'’.-]* Exhibit [\w-]{1,12}, [^()]{3,80}, (?:was )?marked(?: for identification)?|(?:The )?(?:hearing|inquiry|court|trial|case|proceedings|matter|sitting) (?:was |were |stood )?adjourned(?: (?:until|till|to|at) [^()]{3,80})?|Adjourned (?:until|till|to) [^()]{3,80}|(?:The )?court (?:rose|adjourned)|In (?:open court|chambers)|(?:The hearing (?:starts|resumes|ends)|Upon resuming|Recess taken)[^()]{0,80}|(?:Open|Private|Closed) session(?: at [^()]{1,40})?|Exhibits? (?:No\. )?[\w-]{1,12}(?:(?:,| and) [\w-]{1,12}){0,6} (?:was |were )?(?:received|admitted|marked|identified|offered|withdrawn)(?: in(?:to)? evidence| for identification)?)[.:]?$`,
  'iu',
);
const MAX_RECORD_DIRECTION_CHARS = 300;

/**
 * The procedural sentences of a UN verbatim record, on a line of their own and without brackets:
 * `The meeting was called to order at 10.05 a.m.`, `The agenda was adopted.`, `The meeting rose
 * at 11.50 a.m.`, and the same in the French, Spanish and Russian records (`La séance est levée à
 * 13 h 5.`, `Se levanta la sesión a las 11.50 horas.`, `Заседание закрывается в 11 ч. 50 м.`), the line saying who took the chair (`In the absence
 * of the President, Mr. Rae (Canada), Vice-President, took the Chair.`, Australia's `The SPEAKER (Hon.
 * Milton Dick) took the chair at 12:00, …`), a decision without a
 * vote (`It was so decided.`), Hansard's `The Secretary of State was asked—` and the
 * Congressional Record's clerk lines (`The legislative clerk proceeded to call the roll.`) the
 * Australian Hansard's `Opposition members interjecting—` and the European Parliament's `IN THE
 * CHAIR: NAME Vice-President`, and the Belgian Chamber's opening and closing in both languages
 * (`La réunion publique de commission est ouverte à 12 h 18 et présidée par M. …`, `De openbare
 * commissievergadering wordt geopend om 12.18 uur en voorgezeten door de heer …`), and the
 * Storting's record of what happened (`Statsråd Name overbrakte 25 kgl. proposisjoner (se under
 * Referat).`, `Name inntok så presidentplassen.`, `Det ble deretter foretatt navneopprop.`, `Møtet
 * hevet kl. 23.15.`, `…, Name, tok ordet og uttalte:`). Anchored at both ends, no nested
 * quantifier.
 */
const RECORD_SENTENCE = lazyRegExp(
  String.raw`^(?:The meeting (?:was called to order|rose|was suspended|was resumed|resumed) at \d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.(?: and (?:was )?resumed at \d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.)?|The agenda was adopted|It was so decided|Il en est ainsi décidé|Así queda acordado|Решение принимается|The [\p{L} ,.'’-]{2,120} was asked(?:—|–|--?|:)|L['’]ordre du jour est adopté|La (?:séance|réunion publique de commission) (?:est ouverte|est levée|est suspendue|est reprise) à \d{1,2} (?:h(?: \d{1,2})?|heures(?: \d{1,2})?)(?: et présidée par [^!?;]{3,120})?|Statsråd [^!?;]{3,80} overbrakte \d{1,3} [^!?;]{3,60}|Det ble (?:deretter )?foretatt navneopprop|Puhetta johta(?:a|i|vat) [^!?;]{3,160}|Täysistunto (?:lopetetaan|keskeytetään) kello \d{1,2}\.\d\d|Møtet (?:settes|heves|hevet) kl\. \d{1,2}(?:[.:]\d{2})?|De (?:openbare commissievergadering|(?:plenaire )?vergadering) wordt (?:geopend|gesloten|geschorst|hervat) om \d{1,2}[.:]\d{2} uur(?: en voorgezeten door [^!?;]{3,120})?|Se aprueba el orden del día|Se (?:abre|levanta|suspende|reanuda) la sesión a las [\p{L}\d.: ]{3,60}|Eran las [\p{L}\d.: ]{3,60}|(?:Beginn|Schluss): \d{1,2}[.:]\d{2} Uhr|La seduta(?: comincia| termina|, sospesa) alle [\d,.:\p{L} ]{3,60}|In the absence of the President, [^!?;]{3,120}, (?:Vice-President|Vice-Chair), took the Chair|En l['’]absence (?:du Président|de la Présidente), [^!?;]{3,120}, Vice-Présidente?, assume la présidence|En ausencia del Presidente, [^!?;]{3,120}, Vicepresidente?a?, ocupa la Presidencia|Повестка дня утверждается|The (?:(?:senior )?assistant )?(?:legislative |bill )?clerk (?:proceeded to call|called) the roll|There being no objection, the material was ordered to be printed in the Record, as follows:|\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3} interjecting(?:—|–|--?)?|IN THE CHAIR: \p{Lu}[\p{Lu}\p{M} .'’-]{1,60}(?: (?:Vice-President|President))?|Заседание (?:открывается|закрывается|прерывается|возобновляется) в \d{1,2} ч\. \d{1,2} м|(?:The )?(?:House|Senate|Assembly|Council|Parliament|Lok Sabha|Rajya Sabha|Dáil|Seanad|(?:Legislative|National) (?:Assembly|Council)) (?:then )?(?:met|rose|adjourned|re-?assembled)(?: for lunch| after lunch)? at [^!?]{1,60}|Question put(?: and (?:agreed to|negatived))?|Agreed to|The (?:Deputy |House )?(?:Speaker|SPEAKER|Chairperson|President|PRESIDENT|Chair)(?: \([^()]{1,60}\))? took the [Cc]hair(?: [^!?]{1,160})?|(?:Motion|Amendment|Bill) (?:agreed to|negatived)|Debate concluded|[Cc]onclusion of (?:the )?press conference|The (?:House|Senate|Assembly) was called to order|\[[^\]]{1,80} in the Chair\]|PRAYERS|THE WITNESS WITHDREW(?: \[[^\]]{1,12}\])?)\.?$`,
  'u',
);

/**
 * A script cue in capitals on a line of its own, without brackets: Russian TV scripts
 * (`СИНХРОН`, `ЛАЙФ`, `ЗК`, `СТЕНДАП`…) and US rundown scripts (`SOT`, `VO`, `NATS`, `VO/SOT`,
 * `VO/SOT/VO`, `SOT/TAG`).
 */
const SCRIPT_CUE =
  /^(?:СИНХРОН|ЛАЙФ|ЗК|ГЗК|ЗТМ|ИНТЕРШУМ|СТЕНДАП|ТИТР|ШУМ|SOT|VO|NATS|NAT SOT|(?:VO|SOT)(?:\/(?:VO|SOT|NATS|TAG)){1,3}|VOSOT|STANDUP|ON CAM)$/u;

/**
 * More segment names of US and UK scripts, written in capitals on a line of their own only
 * (`TAG`, an Australian or British script's `INTRO` over the presenter's lead, `VOX` or `VOX POPS`
 * over the passers-by, `READER`, `PKG`, `TAKE VO`, `ANCHOR ON CAM`, a talent's `JANE/MIKE ON CAM`): in lower
 * case they are ordinary words.
 */
const SCRIPT_CUE_CAPITALS =
  /^(?:TAG|LEAD|INTRO|VOX|VOX[ -]?POPS?|VO TAG|SOQ|SOC|IN VISION|OOV|READER|PKG|PACKAGE|TAKE (?:VO|SOT|PKG|NATS)|ROLL (?:VO|SOT|PKG)|(?:[A-Z][A-Z'’.-]{1,20}(?:\/[A-Z][A-Z'’.-]{1,20})? )?ON CAMERA|[A-Z][A-Z'’.-]{1,20}(?:\/[A-Z][A-Z'’.-]{1,20})? ON CAM|FULL ?SCREEN|OTS|NATS UP|NAT SOUND|UPSOUND|SOUNDBITE|SOT FULL|VO\/NATS|BUMP|TEASE|TOSS|WIPE|B-ROLL|REPORTAGE|CABEÇA|OFF|PASSAGEM|NOTA PÉ|NOTA-PÉ|NOTA SECA|NOTA COBERTA|NOTA|SONORA|ENCERRAMENTO|VT|ARTE|VIVO|DIRETO|RÖPORTAJ|ΣΥΝΕΝΤΕΥΞΗ|ΔΗΛΩΣΗ|O-TOON|NARASI|인터뷰|ZAPOWIEDŹ|SETKA|SONDA|MATERIAŁ|VTR|COLAS|TOTAL|RVM|SONORO|LANCEMENT|SUJET|BEITRAG|NIF|SYNK|INSLAG|PTC|SPEAK|SYNCHRON|REPORTÁŽ|ΡΕΠΟΡΤΑΖ|PAKET|MAZ|تقرير|DIŞ SES|वीओ|पीटीसी|बाइट|وی او|پی ٹی سی|بائٹ|CAM ?\d{1,2}|CAMERA \d{1,2})$/u;

/**
 * A radio script's back announcement (`BACK ANNO`, `BACK ANNOUNCE`, `BACK-ANNOUNCE`) and its
 * lead-in, the presenter's words into a report (`LEAD-IN`, `LEAD IN`).
 */
const BACK_ANNOUNCE = /^(?:BACK[ -]ANNO(?:UNCE)?|LEAD[ -]IN)$/;

/**
 * Segment names that scripts also write in title case (`Cabeça:`, `Off:`, `Sonora: José Bezerra,
 * agricultor`, as a Brazilian script pasted from a word processor has them): closed by a colon
 * only (`Sonora` alone may be the Mexican state's heading). In capitals they are in
 * {@link SCRIPT_CUE_CAPITALS}.
 */
const TITLE_CASE_CUES: ReadonlySet<string> = new Set([
  'Cabeça',
  'Passagem',
  'Sonora',
  'Nota pé',
  'Nota Pé',
  'Nota-pé',
  'Nota-Pé',
  'Nota coberta',
  'Nota Coberta',
  'Nota seca',
  'Encerramento',
  'Off',
  'Setka',
  'Zapowiedź',
  'Röportaj',
  'Narasi',
]);

/** A title-case segment name closed by its colon, alone over its copy (`Cabeça:`, `Off:`). */
export function isTitleCaseCue(line: string): boolean {
  return (
    line.length <= 14 && line.endsWith(':') && TITLE_CASE_CUES.has(line.slice(0, -1).trimEnd())
  );
}

/**
 * A script cue in capitals, or all in lower case as many Russian scripts write them (`лайф`); a
 * colon may close it (`COLAS:`, `MOD:` over the words it cues).
 */
export function isScriptCue(cue: string, closed = false): boolean {
  if (cue.length > 24) return false;
  // With its run time after it (`PKG (1:30)`, `SOT :12`, `BEITRAG 1'45`): the cue.
  const timed = cueWithoutRunTime(cue);
  if (timed !== null) return isScriptCue(timed, closed);
  if (cue.length > 17) return false;
  const colon = cue.endsWith(':');
  const line = colon ? cue.slice(0, -1).trimEnd() : cue;
  // Spanish, Catalan, German, French and Italian cues: one look-up in their table (`closed`: the
  // caller took the colon off).
  if (isEuropeanCue(line, colon || closed)) return true;
  const upper = line.toUpperCase();
  if (line === upper && SCRIPT_CUE_CAPITALS.test(line)) return true;
  // A radio script's back announcement alone over the presenter's words (closed by a colon, a
  // label inside the copy: `BACK ANNO: The council says…`).
  if (!colon && !closed && line === upper && BACK_ANNOUNCE.test(line)) return true;
  // Cues run together with slashes, spaced or not (`SOT / PKG`, `VO / SOT / VO`, `PKG/SOT`): each
  // a cue in capitals.
  if (line === upper && line.includes('/') && !colon) {
    const parts = line.split('/').map((part) => part.trim());
    if (
      parts.length <= 4 &&
      parts.every((part) => part !== '' && !part.includes('/') && isScriptCue(part))
    )
      return true;
  }
  return (
    line.length <= 12 && (line === upper || line === line.toLowerCase()) && SCRIPT_CUE.test(upper)
  );
}

/** A segment's run time after its cue: `(1:30)`, `:12`, `(0'15)`, `1'45"`. */
const CUE_RUN_TIME = /^\(?(?::\d{1,2}|\d{1,2}:\d{2}|\d{1,2}['’′]\d{2}["”″]?)\)?$/;

/**
 * A script cue's words without the run time after them (`PKG (1:30)` → `PKG`, `BEITRAG 1'45` →
 * `BEITRAG`, `SOT :12` → `SOT`), or null when no run time ends the line.
 */
export function cueWithoutRunTime(line: string): string | null {
  const last = line.charCodeAt(line.length - 1);
  // A run time ends in a digit, a bracket or a seconds mark.
  if (!((last >= 0x30 && last <= 0x39) || last === 0x29 || last === 0x22 || last > 0x2000))
    return null;
  const space = line.lastIndexOf(' ');
  if (space < 2 || !CUE_RUN_TIME.test(line.slice(space + 1))) return null;
  return line.slice(0, space).trimEnd();
}

/** A label closed by a colon before words on the same line (`VO: Flames…`). */
const INLINE_CUE = /^([^\s:][^:]{0,15}):[ \t]+(\S.*)$/su;

const CAPITAL_OR_QUOTE_START = lazyRegExp(String.raw`^[\p{Lu}"“«„]`, 'u');

/**
 * A script cue closed by a colon before the copy it cues, on one line (`VO: Flames could be seen
 * for miles.`, `OFF: Em Porto Alegre…`, Hindi `वीओ: सुबह से…`, `PASSAGEM: REPÓRTER ANA LIMA`): the
 * cue and what follows it, or null. The cue names no speaker.
 *
 * @example inlineScriptCue('VO: Flames could be seen.') // { cue: 'VO', rest: 'Flames could be seen.' }
 * @example inlineScriptCue('ANCHOR: Good evening.') // null
 */
export function inlineScriptCue(line: string): { cue: string; rest: string } | null {
  // The colon within the first 17 characters, and a cue before it, before the pattern runs.
  let colon = 1;
  while (colon <= 16 && colon < line.length && line.charCodeAt(colon) !== 0x3a) colon++;
  if (line.charCodeAt(colon) !== 0x3a) return null;
  const head = line.slice(0, colon).trimEnd();
  const titleCase = TITLE_CASE_CUES.has(head);
  if (!titleCase && (head !== head.toUpperCase() || !isScriptCue(head, true))) return null;
  const m = INLINE_CUE.exec(line);
  if (!m) return null;
  const cue = (m[1] as string).trimEnd();
  // In title case the copy after it opens a sentence (`Off: we went home.` is someone's words).
  const rest = m[2] as string;
  if (titleCase && !CAPITAL_OR_QUOTE_START.test(rest)) return null;
  if (titleCase) return cue === head ? { cue, rest } : null;
  return cue === cue.toUpperCase() && isScriptCue(cue) ? { cue, rest } : null;
}

/**
 * The section labels of a wire-service video script on a line of their own: AP's `SHOTLIST:` and
 * `STORYLINE:`, Reuters' `STORY:` (with its colon). Not read aloud: directions.
 */
const WIRE_SECTION = /^(?:(?:SHOTLIST|SHOT LIST|STORYLINE|STORY LINE)[ \t]*:?|STORY[ \t]*:)$/i;

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
  // Both labels open with `S` or `V` (either case): any other paragraph is read no further.
  const first = text.charCodeAt(0) | 0x20;
  if (first !== 0x73 && first !== 0x76) return null;
  if (SHOTS_OPEN.test(text)) return true;
  if (SHOTS_CLOSE.test(text)) return false;
  return null;
}

/** True when a line starts with a shot or list number (`1. `, `12. `). */
export function isNumberedLine(line: string): boolean {
  return SHOT_NUMBER.test(line);
}

/**
 * Production lines of a newsroom script (AP ENPS, Avid iNEWS, Octopus, Ross Inception): not read,
 * not a speaker's turn, but the cues a director and a prompter operator work from.
 * - captions to key, in capitals: `SUPER: MARIA LOPEZ / FIRE CHIEF`, `CG:`, `L3:`, `CHYRON:`;
 * - a bite's cues: `IN: "We got here as fast…"`, `OUT: "…everyone is safe."`, `OUTCUE: SOC`
 *   (a label in capitals, or in any case before a quotation or an ellipsis);
 * - a run time, the label in any case: `RUNS :12`, `TRT 1:05`, `Runs: 0:12`, `DUR :20`.
 */
const CAPTION_LABELS: ReadonlySet<string> = new Set(
  // Radio scripts' audio cues too: the cart or cut to play (`CART: FLOOD-LOPEZ`, `ACT:`, `SFX:`).
  (
    'SUPER SUPERS CG CGS CHYRON L3 FONT FONTS GFX OTS KEY CART CUT ACT ACTUALITY TAPE SFX BED ' +
    'WRAP VOICER INS INSERT CLIP SONORA SETKA STING JINGLE SWEEPER IDENT ' +
    // Captions keyed in European scripts (Spanish, Italian, German, Scandinavian).
    'ROTULO BAUCHBINDE SKYLT SYNTHE ' +
    // BBC and ITN scripts' captions (`SOUP:`, `ASTON:`); Brazilian `GC:` (gerador de caracteres);
    // the report a cue rolls (`PACKAGE: FLOODS PKG`, `VT: FLOODS`).
    'SOUP ASTON GC PKG PACKAGE VT ' +
    // A US script's story the anchor reads, by its slug (`READER: FIRE`).
    'READER ' +
    // Brazilian `ARTE:` (a graphic) and Turkish `KJ:` (the caption generator's lower third).
    'ARTE KJ ' +
    // A subtitle script's on-screen text, subtitled as it shows (`FORCED NARRATIVE: 05:40`, `FN:`).
    'FN ' +
    // A radio or TV script's natural sound and ambience (`NATS: Traffic horns`, NPR's `AMBI:
    // wind`, `NAT SOUND: crowd cheering`, `MUSIC: theme up`): what is heard, never a speaker.
    'NATS NATSOT UPSOUND AMBI AMBIENCE AMBIENT MUSIC FX GRAMS ATMOS'
  )
    .split(' ')
    .concat(['NAT SOUND', 'NAT SOT', 'NATS UP'])
    // French `BANDEAU :`, German `ATMO:`, and the other captions and sounds of
    // ./cue-languages.ts in plain capitals.
    .concat(cueWordsOf('caption', 'sound').map((w) => w.toUpperCase()))
    // A broadcast transcript's on-screen strap (`CAPTION: DUNMERE WEST — LAB GAIN FROM CON`).
    .concat(['LOWER THIRD', 'LOWER THIRDS', 'FULL SCREEN', 'FORCED NARRATIVE', 'CAPTION'])
    // A BBC radio script's cue to play something (`CUE: SIGNATURE TUNE`); its `CUE:` over
    // sentences is the presenter's introduction, the presenter's copy.
    .concat(['CUE'])
    // An Australian or New Zealand TV script's pictures (`VISION: Flames over the warehouses`).
    .concat(['VISION']),
);
const CUE_LABELS: ReadonlySet<string> = new Set([
  'IN',
  'OUT',
  'INCUE',
  'IN CUE',
  'OUTCUE',
  'OUT CUE',
  'OC',
  'SOC',
  'OUTQ',
  'OUT Q',
  // BBC and ITN scripts: `IN WORDS: "The water came up…"`, `OUT WORDS: "…still rising."`.
  'IN WORDS',
  'OUT WORDS',
  // Brazilian scripts: `DEIXA: "…nas áreas de risco."`, the out-words the studio waits for.
  'DEIXA',
  // The reporter's sign-off closing a report (`SIGN-OFF: Sam Patel, ABC News, Geelong.`).
  'SIGN OFF',
  'SIGNOFF',
]);
const RUN_TIME_LABELS: ReadonlySet<string> = new Set([
  'RUNS',
  'RUN',
  'RT',
  'TRT',
  'RUN TIME',
  'RUNTIME',
  'RUNNING TIME',
  'TOTAL TIME',
  'TOTAL RUN TIME',
  'DUR',
  'DURATION',
]);
/**
 * A two-column script's column heads, the video column's then the audio column's, in the
 * languages scripts are written in (`VIDEO AUDIO`, `PICTURES SOUND`, German `BILD TEXT`/`BILD
 * TON`, French `IMAGE SON`, Spanish `IMAGEN AUDIO`/`TEXTO`, Italian `IMMAGINI TESTO`, Dutch `BEELD
 * GELUID`): `separator` parts them (a tab in the table, a space once the tab is read as one).
 */
const AV_VIDEO_HEADS = `VIDEO|PICTURES?|VISION|VISUALS?|BILDE?R?|IMAGES?|IMAGEN(?:ES)?|IMMAGINI|IMMAGINE|BEELD|OBRAZY?|KUVA`;
const AV_AUDIO_HEADS = `AUDIO|SOUND|SCRIPT|TEXT|TON|SON|SONIDO|TEXTO|TESTO|GELUID|TEKST|ZVUK|ÄÄNI|LJUD`;
export const avColumnHeads = (separator: string): RegExp =>
  lazyRegExp(`^(?:${AV_VIDEO_HEADS})${separator}(?:${AV_AUDIO_HEADS})$`, 'i');
/** Words of a video cell: what makes a table a script rather than data. */
export const VIDEO_CELL_WORDS =
  /\b(?:ANCHOR|CAM|CAMERA|VO|SOT|NATS?|PKG|SUPER|CG|GFX|OTS|TAKE|ROLL|STANDUP|STAND-UP|FULL ?SCREEN|WIDE|SHOT|B-ROLL|TAG|READER|LIVE|BOX|WIPE|MONITOR|SOUNDBITE|UPSOUND|GRAPHICS?)\b/;
/**
 * A video cell's words as a producer types them in mixed case (`Anchor on camera`, `Presenter in
 * vision`, `Wide of the docks`, `Aerials of the flood`, `B-roll`): the shot or the framing, never
 * a word of the story alone (`live`, `take`, `box` stay out: a table of other things has them).
 */
export const VIDEO_CELL_PHRASES =
  /\b(?:on[ -]?cam(?:era)?|in[ -]vision|to camera|off camera|(?:wide|close|medium|mid|tight|two|aerial|drone|establishing|cutaway|reaction)[ -]?(?:shots?|ups?)|(?:wides?|aerials?|pictures|shots?|footage|GVs?) (?:of|on|from)|footage|b-roll|full[ -]?screen|stand-?up|piece to camera|lower third|graphics?|(?:map|still|photos?) of)\b/i;
/** Longest production line (a caption, a cue's quotation, a run time): longer is copy. */
const MAX_PRODUCTION_LINE = 160;
/** English bite cues that head a bite with its person after a space (`SOT PAT DUNN, RESIDENT`). */
const SPACED_BITE_LEADS: ReadonlySet<string> = new Set(['SOT', 'SOUNDBITE', 'GRAB', 'BITE']);

/** Audio cues that may open a bite with its speaker's tag on the same line (`ACT: NAME: …`). */
const BITE_AUDIO_CUES: ReadonlySet<string> = new Set(
  'ACT ACTUALITY TAPE CUT CLIP GRAB BITE SOUNDBITE SYNC BYTE'.split(' '),
);
/** A tag in capitals (a name, a title after a comma) and its colon before words. */
const TAG_THEN_WORDS = lazyRegExp(
  String.raw`^\p{Lu}[\p{Lu}\p{M} .'’-]{1,60}(?:, ?[^:,]{1,60})?: +\S`,
  'u',
);

/** Labels of a bite's header: `SOT: NAME / TITLE`. */
const BITE_LABELS: ReadonlySet<string> = new Set([
  'SOT',
  'SOUNDBITE',
  'SOUND BITE',
  'BITE',
  'SYNC',
  // Australian and New Zealand scripts: `GRAB: TOM REYES, MAYOR`; a reporter's piece to camera
  // (`PTC: SAM PATEL`) is the words of the person it names too.
  'GRAB',
  'PTC',
  // Indian English scripts: `BYTE: RAKESH SHARMA, RESIDENT`, the reporter's `P2C: PRIYA SINGH`.
  'BYTE',
  'P2C',
  // Spanish `TOTAL`, Italian `SONORO`, Scandinavian `SYNK`: a sound bite.
  'TOTAL',
  'SONORO',
  'SYNK',
  // Czech and Slovak: `SYNCHRON: Petr Novák, mluvčí hasičů`.
  'SYNCHRON',
  // Turkish: `SES: MEHMET KAYA / VATANDAŞ`.
  'SES',
  // French: `ITW Claire Martin, habitante` (with or without a colon).
  'ITW',
]);
/**
 * The bite labels of ./cue-languages.ts (Spanish `CORTE`, Catalan `TALL`, French `SONORE`/`SON`,
 * German `OT`): a header only before a name and who they are (`SON : Claire Petit, infirmière`),
 * or numbered (`OT 2: Anna Schulz`): `SON: Hi Dad` and `OT: Hello` are a drama's and initials'.
 */
const EUROPEAN_BITE_LABELS: ReadonlySet<string> = new Set(
  // `O-TON` is a tag's lead (./tags.ts): its `O` would make every Portuguese `O …` a label's.
  cueWordsOf('bite', 'lead')
    .filter((w) => !w.includes('-'))
    .map((w) => labelKey(w)),
);
/** Caption labels with an accent or of 11 letters (`SYNTHÉ :`, `RÓTULO:`, `SOTTOPANCIA:`). */
const OTHER_CAPTION = lazyRegExp(
  `^(?:SYNTHÉ|RÓTULO|SOTTOPANCIA|${cueWordsOf('caption', 'sound')
    .map((w) => w.toUpperCase())
    .filter((w) => !/^[A-Z]{1,10}$/.test(w))
    .join('|')}) ?:`,
);
/** A German or Dutch bite's label before its colon: `O-TON:`, `O-TON 2:`, `O-TOON:`. */
const O_TON = /^O-TOO?N(?: \d{1,2})? ?:/;
/** AP ENPS's caption in brackets before its text: `[CG] ELENA RUIZ / MAYOR`, `[SUPER] …`. */
const BRACKETED_CAPTION = /^\[(?:CG|SUPER|L3|CHYRON|FONT|GFX|OTS)\][ \t]*\S/;
/** `СИНХРОН` (a bite, Russian and Ukrainian scripts), its colon or dash, then who speaks. */
const CYRILLIC_BITE = /^СИНХРОН(?: \d{1,2})?[ \t]*[:–—-][ \t]*(\S.*)$/u;
/** Longest person designation of a bite's header. */
const MAX_DESIGNATION = 80;

/** `MARIA LOPEZ / FIRE CHIEF`, `Tom Alvarez, City Engineer`: short, no quotation, no sentence end. */
function isPersonDesignation(text: string): boolean {
  if (text.length > MAX_DESIGNATION || QUOTED.test(text)) return false;
  return !/[.!?"”»]$/.test(text) && HAS_UPPERCASE.test(text.charAt(0));
}

/**
 * A caption's name and who they are in title case, split by a slash, a spaced dash or a comma
 * (`Maria Souza - Moradora`, `Ayşe Demir / Esnaf`): each word capitalized but short joining words
 * (`de`, `da`, `dos`), no sentence. Initials' answers (`GC: Paris, in 1990.`) are sentences.
 */
const CAPTION_NAME = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|d[aeo]s?|van|von|der|den|y|e))*(?: ?[/–—-] | ?, ?| ?\| )\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|d[aeo]s?|d['’]\p{L}+|y|e))*$`,
  'u',
);
function isCaptionName(text: string): boolean {
  return text.length <= MAX_DESIGNATION && CAPTION_NAME.test(text);
}

/** Lower-case codes of the first letters of {@link LABEL_FIRST_WORDS}, as a table of 128. */
let labelInitials: Uint8Array | null = null;
const LABEL_INITIALS = {
  has(code: number): boolean {
    if (labelInitials === null) {
      labelInitials = new Uint8Array(128);
      for (const word of LABEL_FIRST_WORDS) labelInitials[word.charCodeAt(0) | 0x20] = 1;
    }
    return code < 128 && labelInitials[code] === 1;
  },
};
/** First words of the labels above: any other first word is no production line. */
const LABEL_FIRST_WORDS: ReadonlySet<string> = new Set(
  [
    ...CAPTION_LABELS,
    ...CUE_LABELS,
    ...RUN_TIME_LABELS,
    ...BITE_LABELS,
    ...EUROPEAN_BITE_LABELS,
  ].map((label) => label.split(' ')[0] as string),
);

/**
 * A digit or a letter (any case, `c | 0x20` of it) as 1–36: a word of up to ten of them is one
 * number below 2^53 in base 37, the same for its capitals and its lower case.
 */
function alnumDigit(c: number): number {
  return c <= 0x39 ? c - 0x2f : c - 0x60 + 10;
}

/**
 * {@link LABEL_FIRST_WORDS} of capitals and digits only, up to ten (the only ones a line's first
 * word in capitals can be), as numbers (see {@link alnumDigit}).
 */
const LABEL_FIRST_WORD_KEYS: ReadonlySet<number> = new Set(
  [...LABEL_FIRST_WORDS]
    .filter((w) => /^[A-Z0-9]{1,10}$/.test(w))
    .map((w) => {
      let key = 0;
      for (let i = 0; i < w.length; i++) key = key * 37 + alnumDigit(w.charCodeAt(i) | 0x20);
      return key;
    }),
);
/** A run time: `:12`, `0:12`, `1:05`, `00:01:05`, `12 sec`, `:20 secs`. No nested quantifier. */
const RUN_TIME =
  /^(?::\d{1,2}|\d{1,3}(?::\d{2}){0,2}|\d{1,2}['’′]\d{2}["”″]?)(?: ?(?:sec|secs|seconds|s)\.?)?$/i;
/**
 * A timecode line: its label (`TC`, `TC IN`, `TCIN`, `TIMECODE OUT`, `IN TC`, `OUT TC`; a clip's
 * kind first, `SOT IN:`), then timecodes, each after `IN`/`OUT` or a label of its own (`TCIN
 * 00:02:10 TCOUT 00:02:25`, `SOT IN: 10:01:12:05 OUT: 10:01:19:10`), by `=` or a colon; the
 * clip's length may close it (`DUR :07`).
 */
const TIMECODE_LINE = lazyRegExp(
  String.raw`^(?:(?:SOT|VO|SOUND|CLIP) )?(?:(?:TC|TCR|TIMECODE)(?: ?(?:IN|OUT))?|(?:IN|OUT)(?: (?:TC|TCR|TIMECODE))?) ?[:=]? ?\d{1,2}(?:[:;.]\d{2}){1,3}(?:(?: ?[-–—/,] ?| )(?:(?:TC ?|TCR ?)?(?:IN|OUT)\b(?: TC)? ?[:=]? ?)?\d{1,2}(?:[:;.]\d{2}){1,3})*(?: ?[-/,]? ?(?:DUR|TRT) ?:? ?\d{0,2}(?::\d{2}){1,2})?$`,
  'i',
);
/** A cart's run time or cue after its number: `(:14)`, `DUR :18`, `OQ: "…"`, `IN:`. */
const CART_DETAIL = /\((?:\d{1,2})?:\d{2}\)|\b(?:DUR|RUNS|TRT|OQ|OC|SOC|IN|OUT) ?:/;
/** A radio station's own sounds, named in capitals in a bulletin's running order. */
const RADIO_SOUNDS: ReadonlySet<string> = new Set(['STING', 'JINGLE', 'SWEEPER', 'IDENT']);
/**
 * Caption and report labels that are also a person's initials (`GC:`, `VT:`) or a word
 * (`PACKAGE:`): a production line only with their value in capitals (`GC: PORTO ALEGRE (RS)`).
 */
const CAPITALS_VALUE: ReadonlySet<string> = new Set([
  'READER',
  'GC',
  'VT',
  'PKG',
  'PACKAGE',
  'ARTE',
  'KJ',
  'FN',
]);
/** Captions whose value may be a name and who they are in title case: `GC: Maria Souza - Moradora`. */
const NAMING_CAPTIONS: ReadonlySet<string> = new Set(['GC', 'KJ']);
const MUSIC_CUE =
  /^(?:(?:AD|SPONSOR|PROMO) READ(?: \d{1,2})?(?: [-–—] [A-Z0-9'’&/. ]{1,40})?(?: \(\d{1,3}(?: ?SEC|S|")?\)| :\d\d)?|COLD OPEN|(?:AD|MIDROLL|MID-ROLL) BREAK(?: \d{1,2})?|(?:(?:THEME|OPENING|CLOSING|BACKGROUND) )?(?:MUSIC|THEME|BED|STING|JINGLE)(?:,? (?:IN|UP|DOWN|UNDER|OUT|FADES?|AND|THEN|FULL|BUTTON|SWELLS?|POST|BRIEFLY|TO|ENDS?)){1,6})$/;
const LEAD_SLUG = /^LEAD: [A-Z0-9][A-Z0-9'’&/ -]{1,40}$/;
const CART_SOUND = /^[A-Z][A-Z0-9'’&/ -]{1,40} \((?:CART|CUT) #?\d{1,5}\)$/;
/**
 * A team's press conference transcript (an NFL or NBA club's site): the topic of each question
 * on its line over the answer (`On the run defense:`, `(On the win)`, `Opening statement:`).
 */
const PRESS_TOPIC =
  /^(?:(?:On|About|Regarding) [^:]{2,100}:|\((?:On|on) [^()]{2,100}\)|Opening (?:[Ss]tatement|[Rr]emarks):?)$/;
export const isPressTopic = (line: string): boolean => line.length <= 110 && PRESS_TOPIC.test(line);
/**
 * The one person such a transcript's header names (`Head Coach Dan Morrow`, `Dan Morrow Postgame
 * Press Conference`, `QB Cole Reyes – Media Availability`): the role before the name (group 1)
 * and the name (group 2).
 */
const PRESSER_PERSON = lazyRegExp(
  String.raw`^(?:((?:Head |Assistant )?Coach|(?:General )?Manager|(?:Offensive|Defensive) Coordinator|Quarterback|QB|Captain) )?(\p{Lu}[\p{Ll}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){1,2}?)(?:['’]s)?(?: (?:Postgame|Pregame|Weekly|Midweek|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?: (?:Press Conference|News Conference|Media Availability|Presser|Transcript|Quotes))?(?: ?[-–—|:] .{0,80})?$`,
  'u',
);
/** Words of a header's label, never of a person's name. */
const PRESSER_WORDS =
  /\b(?:Press|Conference|Media|Availability|Postgame|Pregame|Transcript|Quotes|Practice|Game|Week)\b/;
/** The person a press conference header line names: `[name, role]`, or null. */
export function presserPerson(line: string): [string, string | null] | null {
  const m = line.length <= 140 ? PRESSER_PERSON.exec(line) : null;
  if (!m || PRESSER_WORDS.test(m[2] as string)) return null;
  return [m[2] as string, m[1] ?? null];
}
/** A sound's cue word and what is heard, a few words without a sentence's end or a colon. */
const SOUND_NAMED = /^(?:ATMO|ATMOS|NATS|AMBI)(?: [^\s.!?:"“”„«]{1,24}){1,6}$/;
/** What a bite's cue quotes: a quotation or an ellipsis. */
const QUOTED = /^(?:["“”'‘’«„]|\.\.\.|…)/;

/** The label's key: capitals, runs of spaces and hyphens as one space (`OUT-CUE` → `OUT CUE`). */
function labelKey(label: string): string {
  const upper = label.toUpperCase();
  // Printable ASCII with single spaces and no hyphen (a tag's name, most labels) is the key.
  for (let i = 0; i < upper.length; i++) {
    const c = upper.charCodeAt(i);
    if (c === 0x2d || c < 0x20 || c > 0x7e || (c === 0x20 && upper.charCodeAt(i + 1) === 0x20))
      return upper.replace(/[\s-]+/g, ' ');
  }
  return upper;
}

/**
 * True when a line is a production line of a newsroom script (see {@link CAPTION_LABELS}): a
 * direction of its own, never a speaker tag.
 *
 * @example isProductionLine('SUPER: MARIA LOPEZ / FIRE CHIEF') // true
 * @example isProductionLine('RUNS :12') // true
 * @example isProductionLine('Super: the new stadium opens Friday.') // false
 */
export function isProductionLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > MAX_PRODUCTION_LINE) return false;
  // Every line of a text passes here: a label's first letter first (one look-up).
  if (t.charCodeAt(0) === 0x5b) return BRACKETED_CAPTION.test(t);
  // A radio station's sound in capitals by its cart (`SIGNATURE OUT (CART 9002)`, `BED UNDER (CUT
  // 14)`): what is played, no heading.
  if (t.charCodeAt(t.length - 1) === 0x29 && CART_SOUND.test(t)) return true;
  // A radio or podcast script's music cue and segment (`MUSIC UP AND UNDER`, `THEME MUSIC OUT`,
  // `COLD OPEN`, `AD BREAK 2`), in capitals on its line: no heading.
  if (t.length <= 64 && MUSIC_CUE.test(t)) return true;
  // A radio bulletin's lead story by its slug (`LEAD: FERRY STRIKE`): no speaker named Lead.
  if (t.startsWith('LEAD: ') && LEAD_SLUG.test(t)) return true;
  // A Russian or Ukrainian bite's header (`СИНХРОН: ИВАН ПЕТРОВ, ДВОРНИК`, `СИНХРОН – Иван
  // Петров, дворник`): the person and who they are, over the bite's words.
  if (t.charCodeAt(0) === 0x421) {
    const rest = CYRILLIC_BITE.exec(t)?.[1];
    if (rest !== undefined)
      return (rest === rest.toUpperCase() || /[,/]/.test(rest)) && isPersonDesignation(rest);
  }
  if (!LABEL_INITIALS.has(t.charCodeAt(0) | 0x20)) return false;
  // A clip's timecodes in an ENPS or iNEWS script (`TC IN: 01:02:15:10`, `TC IN 10:02:14 TC OUT
  // 10:02:31`, `TIMECODE: 00:14:22`, `IN TC 10:00:01:00`): where the editor cuts, never words.
  if (/^[tiosvc]/i.test(t) && TIMECODE_LINE.test(t)) return true;
  // A caption's label closes with a colon within its first characters.
  if (t.lastIndexOf(':', 40) > 0 && OTHER_CAPTION.test(t)) return true;
  // German `O-TON: Jan Meier, Hafenarbeiter`, `O-TON 2: …`, Dutch `O-TOON: Jan de Vries, havenmeester`
  // (the hyphen ends the first word below).
  if (t.charCodeAt(1) === 0x2d && O_TON.test(t)) {
    const rest = t.slice(t.indexOf(':') + 1).trim();
    // Or the trade before the name (`O-TON: Hafenarbeiter Jan Meier`).
    return (/[,/]/.test(rest) && isPersonDesignation(rest)) || tradeAndName(rest) !== null;
  }
  // A sound named after its cue word without a colon (German `ATMO Sirene, Regen`, `NATS crowd
  // cheering`, `AMBI wind`): what is heard, no sentence.
  if ((t.charCodeAt(0) === 0x41 || t.charCodeAt(0) === 0x4e) && SOUND_NAMED.test(t)) return true;
  // Its first word must be a label's (told from a number made of its letters: no copy of it).
  let k = 0;
  let wordKey = 0;
  // A control character U+0010–U+0019 passes the test below as a digit: no label word has one.
  let control = false;
  while (k < t.length && k <= 10) {
    const raw = t.charCodeAt(k);
    const c = raw | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) break;
    if (raw < 0x30) control = true;
    wordKey = wordKey * 37 + alnumDigit(c);
    k++;
  }
  if (k === 0 || k > 10 || control || !LABEL_FIRST_WORD_KEYS.has(wordKey)) return false;
  // A French bite's header without a colon: `ITW Claire Martin, habitante`.
  if (k === 3 && t.charCodeAt(3) === 32 && t.startsWith('ITW') && isPersonDesignation(t.slice(4)))
    return true;
  if (t.charCodeAt(k) === 32 && t.charCodeAt(1) <= 0x5a && isBiteLeadHeader(t)) return true;
  // A label ends within its first 17 characters at a colon,
  // or at a space before a run time: a line without either is none (no allocation to tell).
  const limit = Math.min(t.length - 1, 17);
  let labelled = false;
  for (let i = 1; i < limit && !labelled; i++) {
    const c = t.charCodeAt(i);
    if (c === 58) labelled = true;
    else if (c === 32 || c === 9) {
      const next = t.charCodeAt(i + 1);
      // `RUNS :12`, `TRT 1:05`, and a caption label before a spaced dash (`SONORA – JOSÉ BEZERRA`).
      labelled =
        next === 58 ||
        (next >= 48 && next <= 57) ||
        next === 0x2013 ||
        next === 0x2014 ||
        next === 45;
    }
  }
  // A bite's header without its colon (`SOT PAT DUNN, RESIDENT`, `SOUNDBITE Jo Kim, resident`):
  // a person and who they are after the cue word.
  if (!labelled && k <= 9 && t.charCodeAt(k) === 32 && SPACED_BITE_LEADS.has(t.slice(0, k))) {
    const rest = t.slice(k + 1);
    return /[,/]/.test(rest) && isPersonDesignation(rest);
  }
  if (!labelled) return false;
  const head = t.slice(0, 18);
  const colon = head.indexOf(':');
  if (colon > 0 && colon <= 16) {
    const label = t.slice(0, colon).trim();
    const key = labelKey(label);
    const runTime = RUN_TIME_LABELS.has(key);
    const cue = CUE_LABELS.has(key);
    const caption = CAPTION_LABELS.has(key);
    // A numbered bite (`OT 2: Anna Schulz, Landwirtin`, German radio; an Australian radio
    // script's `GRAB 1: FIRE CHIEF ANNA REED`) is its label's.
    const base = key.charCodeAt(key.length - 1) <= 0x39 ? key.replace(/ #?\d{1,2}$/, '') : key;
    const numbered = base !== key && (EUROPEAN_BITE_LABELS.has(base) || BITE_LABELS.has(base));
    const european = numbered || EUROPEAN_BITE_LABELS.has(key);
    const bite = BITE_LABELS.has(key) || european;
    // What follows the colon is read for a known label only (a speaker tag's words are not).
    if (runTime || cue || caption || bite) {
      const rest = t.slice(colon + 1).trim();
      if (runTime && RUN_TIME.test(rest)) return true;
      if (rest !== '' && /^[A-Za-z][A-Za-z0-9 #-]*$/.test(label)) {
        const capitals = label === label.toUpperCase();
        // An actuality's or a clip's cue before its speaker's tag and words (`ACT: MAYOR ANA
        // RUIZ: We opened…`, `TAPE: JO KIM, RESIDENT: It came fast.`): the speaker's words.
        if (BITE_AUDIO_CUES.has(key) && TAG_THEN_WORDS.test(rest)) return false;
        if (cue) return capitals || QUOTED.test(rest);
        // A sound to play (`CUE: SIGNATURE TUNE`), not the presenter's copy in capitals (`CUE:
        // THE BRIDGE CLOSES ON FRIDAY.`): no sentence's end.
        if (key === 'CUE')
          return capitals && rest === rest.toUpperCase() && !/[.!?…]["'”’]?$/.test(rest);
        // A radio station's sound (`STING: NEWS IN (CART 9001)`) is named in capitals too: a
        // sentence after the word is a speaker's (`STING: I wrote it in 1983.`).
        if (caption && (RADIO_SOUNDS.has(key) || CAPITALS_VALUE.has(key)))
          return (
            capitals &&
            (rest === rest.toUpperCase() || (NAMING_CAPTIONS.has(key) && isCaptionName(rest)))
          );
        if (caption) return capitals;
        // A bite's header naming its speaker (`SOT: MARIA LOPEZ / FIRE CHIEF`), not its words.
        if (bite)
          return (
            capitals &&
            isPersonDesignation(rest) &&
            (!european || numbered || rest.includes(',') || rest.includes('/'))
          );
      }
    }
  }
  // A radio script's cart or cut by its number, with its run time or cue: `CART 2041 / IN:
  // "We got…" / DUR :18`, `CUT 12 (:14) OQ: "…"`.
  const numbered = /^([A-Z]{2,8}) #?\d/.exec(head);
  if (numbered && CAPTION_LABELS.has(numbered[1] as string) && CART_DETAIL.test(t)) return true;
  // A caption label in capitals before a spaced dash: `SONORA – JOSÉ BEZERRA, AGRICULTOR`.
  const dash = /^([A-Z][A-Z0-9]*) [–—-] (?=\S)/.exec(head);
  if (dash && CAPTION_LABELS.has(dash[1] as string)) return true;
  // A bite's header so (`SOT - TOM REYES / MAYOR`, `GRAB - Jo Kim, resident`): a person in
  // capitals after the dash, or a name and who they are.
  if (dash && BITE_LABELS.has(dash[1] as string)) {
    const rest = t.slice(dash[0].length);
    return (rest === rest.toUpperCase() || /[,/]/.test(rest)) && isPersonDesignation(rest);
  }
  // A run time after its label without a colon between: `RUNS :12`, `TRT 1:05`.
  const space = head.search(/\s(?::|\d)/);
  if (space <= 0 || space > 16) return false;
  return (
    RUN_TIME_LABELS.has(labelKey(t.slice(0, space))) && RUN_TIME.test(t.slice(space + 1).trim())
  );
}

/**
 * Other European bites' headers without a colon, a name and who they are (`SONORE Marie Dupont,
 * habitante`, `SON Jean Martin, agriculteur`, `OT 1 Robert Habeck, Wirtschaftsminister`): a tag
 * closed by its colon is read as one.
 */
function isBiteLeadHeader(t: string): boolean {
  if (t.charCodeAt(t.length - 1) === 58) return false;
  const lead = biteLeadLength(t);
  if (lead === 0) return false;
  const rest = t.slice(lead + 1);
  return (/[,/]/.test(rest) && isPersonDesignation(rest)) || tradeAndName(rest) !== null;
}

/**
 * The run time a production line states (`RUNS :12`, `TRT 1:05`, `Runs: 0:12`, `DUR :20 sec`), in
 * ms, or null for any other line: a bite's run time counts in the story's running time.
 *
 * @example runTimeMs('RUNS :12') // 12000
 * @example runTimeMs('TRT 1:05') // 65000
 */
export function runTimeMs(line: string): number | null {
  const t = line.trim();
  if (!isProductionLine(t)) return null;
  const colon = t.slice(0, 18).indexOf(':');
  const labelled =
    colon > 0 && RUN_TIME_LABELS.has(labelKey(t.slice(0, colon).trim()))
      ? t.slice(colon + 1).trim()
      : null;
  const space = t.slice(0, 18).search(/\s(?::|\d)/);
  const rest =
    labelled ??
    (space > 0 && RUN_TIME_LABELS.has(labelKey(t.slice(0, space)))
      ? t.slice(space + 1).trim()
      : null);
  if (rest === null || !RUN_TIME.test(rest)) return null;
  const time = rest.replace(/ ?(?:sec|secs|seconds|s)\.?$/i, '');
  if (time.startsWith(':')) return Number(time.slice(1)) * 1000;
  // A UK script's minutes and seconds: `2'41"`.
  const quoted = /^(\d{1,2})['’′](\d{2})/.exec(time);
  if (quoted) return (Number(quoted[1]) * 60 + Number(quoted[2])) * 1000;
  if (!time.includes(':')) return Number(time) * 1000;
  const fields = clockFields(time);
  return fields ? clockMs(fields) : null;
}

/**
 * Segment markers of a script alone in their brackets on a line of their own (`[TAG]`, `[PKG]`,
 * `(READER)`, `[ANCHOR]`): one word the production lexicon does not hold, a marker only when it
 * is the whole line.
 */
const SEGMENT_MARKERS: ReadonlySet<string> = new Set(
  (
    'tag reader pkg package tease bump toss intro outro wipe ots gfx cg super fullscreen ' +
    'anchor anchors host hosts presenter cam standup stand-up live vo/sot sot/vo vosot ' +
    'bite soundbite nat natsound ' +
    // Brazilian and Portuguese scripts: `(VT)`, the tape; `(ARTE)`, a graphic.
    'vt arte'
  ).split(' '),
);

/** The inside of brackets on a whole line, decorations (`***`, `--`, spaces) trimmed. */
function markerText(inner: string): string {
  return trimDecoration(inner).toLowerCase();
}

function trimDecoration(text: string): string {
  return trimChars(text, DECORATION, DECORATION);
}

/** A word that names a sound alone in captions (`[THUNDER]`, `[BEEPING]`, `[SOFTLY]`). */
export const SDH_SOUND =
  /^(?:thunder|gunshots?|beep|knock|screech|chatter|foreign|música|.{3,}ing|.{4,}ly)$/;

/** A word a sound's description in captions opens with but an editor's insertion does too. */
const DETERMINER = /^(?:the|his|her|their|its|my|our|your|this|that)$/;

/**
 * A sound described in brackets as SDH captions do, in lower case or capitals, two to five
 * words, the last a verb's -s, -ed or -ing form (`door slams`, `TIRES SCREECHING`, `crowd
 * cheers`), or a sound's word (see {@link SDH_SOUND}). Not an editor's `the talks`.
 */
export function isSoundDescription(inner: string): boolean {
  const words = inner.split(' ');
  const last = (words.at(-1) as string).toLowerCase();
  return (
    words.length > 1 &&
    words.length < 6 &&
    (inner === inner.toLowerCase() || inner === inner.toUpperCase()) &&
    /^[a-z'-]+$/.test(words.join('').toLowerCase()) &&
    (/(?:[^s']s|ed|ing)$/.test(last) || SDH_SOUND.test(last)) &&
    !(words.length === 2 && DETERMINER.test((words[0] as string).toLowerCase()))
  );
}

/**
 * A presenter instruction in braces (`{ANCHOR ON CAM}`, `{***PAUSE***}`): prompter scripts put
 * the anchor's names and commands in `{ }`. Some letter inside, nothing nested, not a subtitle
 * override (`{\an8}`), not a quotation or code (`{"a": 1}`).
 */
function isBraceInstruction(inner: string): boolean {
  const text = trimDecoration(inner);
  if (text === '' || text.length > MAX_DIRECTION_CHARS) return false;
  if (text.startsWith('\\') || /[{}"]/.test(text)) return false;
  return HAS_LETTER.test(text);
}

/**
 * True when a whole line is a script's segment marker or presenter instruction: `[TAG]`,
 * `(READER)`, `{***ANCHOR ON CAM***}`.
 */
export function isScriptMarkerLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > MAX_DIRECTION_CHARS + 2) return false;
  const open = t.charAt(0);
  const close = t.charAt(t.length - 1);
  if (open === '{' && close === '}') return isBraceInstruction(t.slice(1, -1));
  // A cue in angle brackets, single or double, in capitals (`<ANCHOR ON CAM>`, `<<TAKE VO>>`):
  // the cues and directions read in square brackets, nothing else (`<b>`, `<<EOF>>` are no cue).
  if (open === '<' && close === '>' && t.charCodeAt(1) < 0x3000) {
    const inner = t.replace(/^<<?|>>?$/g, '');
    return (
      inner !== '' &&
      !/[<>]/.test(inner) &&
      !HAS_LOWERCASE.test(inner) &&
      (isScriptMarkerLine(`[${inner}]`) || isDirectionText(inner))
    );
  }
  // Chinese, Japanese and Korean scripts' sound and segment cues (`【现场声】`, `（拍手）`, `[박수]`).
  if (
    (open === '【' && close === '】') ||
    (open === '（' && close === '）') ||
    (open === '[' && close === ']' && t.charCodeAt(1) >= 0x3000) ||
    // Korean scripts write the report's cue in angle brackets too: `<리포트>`.
    (open === '<' && close === '>' && t.charCodeAt(1) >= 0x3000)
  ) {
    return CJK_CUES.has(t.slice(1, -1).trim());
  }
  // A cue in double parentheses, in capitals (`((JANE))`, `((JANE/VO))`, `((SOT))`, `((MAYOR
  // ALAN BROOKS))`): US newsroom systems' production marks; whatever they hold is no one's words.
  if (open === '(' && t.charCodeAt(1) === 0x28 && t.endsWith('))')) {
    const inner = t.slice(2, -2).trim();
    if (inner !== '' && !/[()]/.test(inner) && !HAS_LOWERCASE.test(inner) && HAS_LETTER.test(inner))
      return true;
  }
  if ((open === '[' && close === ']') || (open === '(' && close === ')')) {
    const marker = markerText(t.slice(1, -1));
    if (SEGMENT_MARKERS.has(marker)) return true;
    // `[TAKE VO]`, `[ROLL SOT]`, `(CAM 2)`, `[CAMERA 3]`.
    const space = marker.indexOf(' ');
    const head = space === -1 ? marker : marker.slice(0, space);
    const rest = space === -1 ? '' : marker.slice(space + 1);
    if ((head === 'take' || head === 'roll') && rest !== '') {
      return SEGMENT_MARKERS.has(rest) || isScriptCue(rest.toUpperCase());
    }
    if ((head === 'cam' || head === 'camera') && /^\d{1,2}$/.test(rest)) return true;
    // A script cue of any language in capitals, alone in its brackets (`[REPORTAGE]`, `[SOT]`,
    // `(BEITRAG)`, `[СИНХРОН]`): the cue it is without them, never words said.
    const inner = trimDecoration(t.slice(1, -1));
    if (inner !== '' && !HAS_LOWERCASE.test(inner) && isScriptCue(inner)) return true;
    // A caption or cue in square brackets, its value in any case (`[SUPER: Mill Road, Harlow]`,
    // `[CG: Ann Ruiz / County Engineer]`, Octopus and iNEWS).
    return open === '[' && isProductionLine(t.slice(1, -1));
  }
  return false;
}

/**
 * Sound and segment cues of Chinese, Japanese and Korean scripts: natural sound, music,
 * applause, laughter, the studio, a caption, a package's opening or closing.
 */
const CJK_CUES: ReadonlySet<string> = new Set(
  (
    '现场声 现场音 同期声 现场 音乐 掌声 笑声 音响 片头 片尾 空镜 字幕 演播室 画面 配乐 ' +
    '現場聲 音樂 掌聲 笑聲 ' +
    '拍手 笑い 音楽 効果音 スタジオ 映像 ' +
    '박수 웃음 음악 현장음 효과음 자막 스튜디오 ' +
    // A report's rolling tape: NHK's `【VTR】`, KBS's `[리포트]`.
    'VTR 리포트 リポート レポート ' +
    // A Japanese report's interview (`【インタビュー】`, `（インタビュー）`).
    'インタビュー'
  ).split(' '),
);

/** The text a marker or instruction line shows as a direction: brackets and decorations gone. */
export function scriptMarkerText(line: string): string {
  const t = line.trim();
  // A cue in double angle brackets (`<<TAKE VO>>`) loses both.
  const doubled =
    (t.startsWith('<<') && t.endsWith('>>')) || (t.startsWith('((') && t.endsWith('))')) ? 2 : 1;
  return trimDecoration(t.slice(doubled, -doubled));
}

/** An omission mark on a line of its own (`<…>`, `[...]`, `(…)`): official transcripts' cut. */
const OMISSION = /^(?:<(?:…|\.\.\.)>|\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\))$/;

/** A name after its courtesy title, in mixed case (`Dr Ruth Anand`, `Ms Carter`), its last words' count open. */
const COURTESY_NAME = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness)\.? \p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*)`;

/**
 * A court or inquiry transcript's heading for a witness, in capitals with the oath
 * (`MR GRAHAM TULLOCH (affirmed)`, `DR ANNA MARSH (sworn)`, Australia's `DANIEL MORROW, sworn:`),
 * and for who questions them
 * (`Questions by MS ADEYEMI KC`, `Cross-examination by MR HOLT`): directions, not turns.
 */
export const WITNESS_HEADING = lazyRegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{M}'’. -]{2,80}|${COURTESY_NAME}{0,4})(?: \((?:sworn|affirmed|recalled|continued|on former oath|on former affirmation)\)|, (?:sworn|affirmed|recalled):?(?: \[[^\]]{1,12}\])?)$`,
  'u',
);
/**
 * A US deposition's or trial's witness paragraph: `CAROL JENKINS, having been first duly sworn,
 * was examined and testified as follows:`, `LINDA KAYE, being first duly sworn, testified as
 * follows:`, `JOHN DOE, a witness called on behalf of the Plaintiff, having been …`; the
 * witness's name is group 1. The oath and the testimony's formula both (`MAYOR REYES, being
 * sworn in on Monday, promised …` is prose).
 */
export const SWORN_WITNESS = lazyRegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{M}'’. -]{2,60}), (?:(?:called as a witness|a witness (?:called|produced|sworn))[^,]{0,80}, )?(?:having been|being|was|after being) (?:first )?(?:duly )?(?:sworn|affirmed)[^:]{0,160}?\b(?:testified|testifies|was examined|examined|deposed|deposes|as follows)[^:]{0,80}:?$`,
  'u',
);
/** A US transcript's examination header: `BY MR. DALEY:`; the examining counsel is group 1. */
export const EXAMINER_HEADER = lazyRegExp(
  String.raw`^(?:(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|RE-DIRECT|RE-CROSS|FURTHER|VOIR DIRE)[- ]){0,2}EXAMINATION )?BY ((?:MR|MS|MRS|MISS|DR|ATTORNEY)\.? \p{Lu}[\p{Lu}\p{M}'’. -]{1,40}):?$`,
  'u',
);

/**
 * The examining counsel a US transcript's header names (`BY MR. DALEY:`, `CROSS-EXAMINATION BY
 * MS. PARK:`), or null. One character and a length tell nearly every line apart.
 */
export function examinerOf(t: string): string | null {
  if (t.length > 90) return null;
  const c = t.charCodeAt(0);
  if (
    c === 0x42 ? !t.startsWith('BY ') : !(c >= 0x41 && c <= 0x5a && t.includes('EXAMINATION BY '))
  )
    return null;
  return EXAMINER_HEADER.exec(t)?.[1] ?? null;
}
/** The first letters of {@link EXAMINATION_HEADING}'s words. */
const EXAMINATION_INITIALS: ReadonlySet<number> = new Set([0x51, 0x45, 0x43, 0x52, 0x46]);
export const EXAMINATION_HEADING = lazyRegExp(
  String.raw`^(?:Questions?|Questioned|Examination(?:-in-chief)?|Examined|Cross-examination|Cross-examined|Re-examination|Re-examined|Further questions|Further cross-examination)(?: by| from| From) (?:the )?(\p{Lu}[\p{Lu}\p{M}'’. -]{2,80}|${COURTESY_NAME}{0,3}(?: KC| QC| SC)?|(?:Chair|Chairman|Chairperson|Chair of the Inquiry|Panel|Inquiry Panel|(?:Lead |Leading )?Counsel to the Inquiry|Counsel for [\p{L} ]{2,60}|Core Participants?))$`,
  'u',
);

/**
 * A witness's heading or an examination's on its line (`MR PETER KELLAWAY (sworn)`, `Questions
 * by MS ALDERTON`): a line of its own, whatever the lines around it.
 */
export function isExaminationHeading(t: string): boolean {
  return (
    t.length <= 120 &&
    (WITNESS_HEADING.test(t) ||
      (EXAMINATION_INITIALS.has(t.charCodeAt(0)) && EXAMINATION_HEADING.test(t)))
  );
}

/**
 * The printed record's line that opens the proceedings under the cover page: `The committee met,
 * pursuant to notice, at 10:02 a.m., in room 253, …`, `The Subcommittee met, pursuant to call, …`.
 */
export const HEARING_OPENER =
  /^The (?:(?:full |joint |select )?(?:sub)?committees?|Commission|panel) (?:met|convened),? pursuant to (?:notice|call|adjournment|recess)\b/i;
/**
 * The Portuguese Assembleia da República's Diário (and the Brazilian Câmara's notas
 * taquigráficas) notes the floor's doing on a line of its own, no brackets: `Aplausos do PS.`,
 * `Aplausos do PS, de pé.`, `Protestos do PSD, batendo com as mãos nos tampos das bancadas.`,
 * `Risos do CH.`, `Aplausos gerais, de pé.`, `Pausa.`, `Entretanto, assumiu a presidência o
 * Vice-Presidente Adão Silva.`. Who (a party, Deputies, the whole House), one sentence.
 * Anchored, bounded classes.
 */
const PT_CHAMBER_LINE = lazyRegExp(
  String.raw`^(?:(?:Aplausos|Protestos|Risos|Apupos|Vozes|Murmúrios|Burburinho|Manifestações|Palmas)(?: e (?:contraprotestos|aplausos|protestos|risos))?(?: gerais| d(?:[oa]s?|e) (?:\p{Lu}[\p{L}-]*|d[oa]s?|de|e)(?:,? (?:\p{Lu}[\p{L}-]*|d[oa]s?|de|e)){0,10})?(?:, (?:de pé|\p{Ll}+ndo [^.!?;:\n]{1,100}))?|Pausa|Entretanto, (?:assumiu|reassumiu) a presidência [^.!?;:\n]{3,100})\.$`,
  'u',
);

/**
 * True when a whole paragraph is a record's procedural sentence (see above), an omission mark
 * alone (`<…>` in kremlin.ru transcripts) or a script cue (`СИНХРОН`, `SOT`): a direction, not
 * words of the turn around it.
 */
export function isRecordSentence(text: string): boolean {
  const t = text.trim();
  if (t.length <= 160 && PT_CHAMBER_LINE.test(t)) return true;
  if (t.length <= 16 ? isScriptCue(t) : t.length <= 17 && isEuropeanCue(t, false)) return true;
  if (isMusicLine(t)) return true;
  if (isWireSection(t) || isHansardMark(t)) return true;
  const c0 = t.charCodeAt(0);
  if (t.length <= 120) {
    // `NAME (sworn)` closes with its bracket; `Questions by …` and its kin open with Q, E, C, R, F.
    if (WITNESS_HEADING.test(t)) return true;
    if (EXAMINATION_INITIALS.has(c0) && EXAMINATION_HEADING.test(t)) return true;
  }
  if (examinerOf(t) !== null) return true;
  if (t.length <= 260 && (t.includes(' sworn') || t.includes(' affirmed')) && SWORN_WITNESS.test(t))
    return true;
  if (t.length <= 400 && (c0 | 0x20) === 0x74 && HEARING_OPENER.test(t)) return true;
  // The Storting's roll call, its list of names however long (`Følgende representanter hadde
  // forfall: …`), and the sitting's opening (`År 2016 … trådte Norges 161. storting sammen …`).
  if ((c0 === 0x46 || c0 === 0xc5) && STORTING_ROLL.test(t)) return true;
  return t.length <= 240 && (mayBeRecordSentence(t, c0) || OMISSION.test(t));
}

/** See {@link isRecordSentence}. */
const STORTING_ROLL = lazyRegExp(
  String.raw`^(?:År \d{4} [^!?;]{8,40} trådte Norges \d{1,3}\. storting sammen[^!?;]{0,80}|Følgende representant(?:er)? (?:hadde (?:meldt )?forfall|var fraværende): [^!?;:]{3,3000}|Fra de øvrige fraværende representantene forelå det permisjonssøknader(?: \(se nedenfor\))?)\.$`,
  'u',
);

/**
 * The first characters {@link RECORD_SENTENCE}'s openings start with (`The`, `It`, `Il`, `Así`,
 * `Решение`, `La`, `Se`, `Eran`, `Beginn`, `Schluss`, `En`, `Повестка`, `IN THE CHAIR`,
 * `Заседание`, `House`, `Senate`, `Assembly`, `Council`, `Parliament`, `[`, `PRAYERS`, `De`,
 * `Statsråd`, `Møtet`, the Eduskunta's `Puhetta johtaa …`, `Täysistunto lopetetaan kello …`), but for its `… interjecting`, which may open with any capital (the
 * Storting's `… inntok presidentplassen` and `… tok ordet og uttalte:`: {@link STORTING_SENTENCE}).
 */
const RECORD_SENTENCE_INITIALS: ReadonlySet<number> = new Set(
  // Р, П, З: Cyrillic capitals.
  [...'TIALSEBHCPDM[\u0420\u041f\u0417'].map((c) => c.charCodeAt(0)),
);

/**
 * The Storting's record taking the chair or the floor (`Stortingspresident Masud Gharahkhani
 * inntok presidentplassen`, `…, Per Olaf Lundteigen, tok ordet og uttalte:`), which may open with
 * any word: run only on a line holding their words, apart from {@link RECORD_SENTENCE}, whose
 * every line would otherwise pay for the open-ended `… tok ordet` scan.
 */
const STORTING_SENTENCE = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,4} inntok (?:så )?presidentplassen|[^!?;:]{3,200} tok ordet og uttalte:)\.?$`,
  'u',
);

/**
 * A record's procedural sentence alone (`La séance est ouverte à 14 h 15.`, `Møtet hevet kl.
 * 23.15.`, `…, Name, tok ordet og uttalte:`): {@link RECORD_SENTENCE} and the Storting's, without
 * the rest of {@link isRecordSentence}'s checks (for the parser, which asks of every line).
 */
export function isProceduralSentence(trimmed: string): boolean {
  return trimmed.length <= 240 && mayBeRecordSentence(trimmed, trimmed.charCodeAt(0));
}

/** {@link RECORD_SENTENCE} of `t` (`c0`: its first code unit), run only where it may match. */
function mayBeRecordSentence(t: string, c0: number): boolean {
  // Both hold `tok ` (`inntok `, ` tok ordet`): one scan lets every other line go.
  if (t.includes('tok ') && STORTING_SENTENCE.test(t)) return true;
  // `D`, `M`, `Q` and `c` open only `De …`, `Møtet …`, `Motion …`, `Question put …` and
  // `conclusion of …`: most lines with them are let go here.
  const opens =
    c0 === 0x44
      ? t.startsWith('De')
      : c0 === 0x4d
        ? t.startsWith('Møtet') || t.startsWith('Motion ')
        : c0 === 0x51
          ? t.startsWith('Question put')
          : c0 === 0x63
            ? t.startsWith('conclusion of')
            : RECORD_SENTENCE_INITIALS.has(c0);
  return (opens || t.includes(' interjecting')) && RECORD_SENTENCE.test(t);
}

/**
 * Music in captions, between music notes (`♪ upbeat music ♪`, `♪♪`, `♫ theme ♫`): a cue of what
 * is heard, not words read. A line that opens and closes with a note, or is only notes.
 */
export function isMusicLine(text: string): boolean {
  if (text.length === 0 || text.length > MAX_DIRECTION_CHARS + 4) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return (first === 0x266a || first === 0x266b) && (last === 0x266a || last === 0x266b);
}

/**
 * Words of the lexicon that are also surnames (`Marcus Bell`, `Menachem Begin`): in a header
 * that names the speaker (Zoom's saved transcript, `[Marcus Bell] 10:02:24`) they close a name.
 */
const SURNAME_SOUNDS: ReadonlySet<string> = new Set(['bell', 'begin']);

/** A name of two or three words in title case (`Marcus Bell`, `Anna-Lena Bell`). */
const TITLE_CASE_NAME = lazyRegExp(
  String.raw`^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$`,
  'u',
);

/**
 * A person's name in a speaker's header that a sound word closes (`Marcus Bell`): two or three
 * words in title case, the last a surname of the lexicon ({@link SURNAME_SOUNDS}), no other word
 * of it a sound. `Bell`, `[Bell rings]`, `[BELL]`, `[Church bell]` stay directions.
 */
export function isSoundSurnameName(inner: string): boolean {
  const text = inner.trim();
  if (text.length > 60 || !TITLE_CASE_NAME.test(text)) return false;
  const words = text.split(' ');
  const last = (words.at(-1) as string).toLowerCase();
  if (!SURNAME_SOUNDS.has(last)) return false;
  for (let k = 0; k < words.length - 1; k++)
    if (LEXICON.has((words[k] as string).toLowerCase())) return false;
  return true;
}

/** True when a word of the text is a sound's or a direction's (`Door SLAMS`, `[Applause]`). */
export function hasDirectionWord(text: string): boolean {
  for (const word of text.toLowerCase().split(' ')) if (LEXICON.has(word)) return true;
  return false;
}

const NON_LETTERS_OR_HYPHENS = lazyRegExp(String.raw`[^\p{L}-]`, 'gu');

const NON_LETTERS = lazyRegExp(String.raw`[^\p{L}]`, 'gu');

/** True when the text inside a pair of brackets is a stage direction. */
/**
 * An oral history's or an interview's recording marks: `[Tape 2, Side A]`, `[Tape 1 ends]`, `[End
 * of Tape 1]`, `[Recording resumes]`, `[Break in recording]`, `[Session 2]`.
 */
const RECORDING_MARK =
  /^(?:(?:Tape|Cassette|Disc|Disk|Side|Track|Session|Part|Audio file|File) (?:\d{1,3}|[A-D]|one|two|three|four)(?:,? (?:Side|Track|Part) (?:\d{1,3}|[A-D]|one|two))?(?: (?:ends|ended|begins|began|starts|started|continues|continued))?|(?:End|Start|Beginning) of (?:the )?(?:tape|side|cassette|disc|session|recording|interview)(?: (?:\d{1,3}|[A-D]|one|two))?(?:,? (?:Side|Track|Part) (?:\d{1,3}|[A-D]))?|Recording (?:resumes|resumed|stops|stopped|paused|ends|ended|begins|began|interrupted|restarts|restarted)|(?:Break|Pause|Gap|Interruption|Stop) in (?:the )?(?:recording|tape|interview)|Tape (?:change|changed|turned over|flipped|stopped|resumes|resumed))[.:]?$/i;

export function isDirectionText(inner: string): boolean {
  const text = inner.trim();
  if (
    text.length <= MAX_RECORD_DIRECTION_CHARS &&
    (WHEREUPON.test(text) || RECORD_PROCEDURE.test(text) || SESSION_RECORD.test(text))
  )
    return true;
  if (TIME_MARK.test(text) || SEE_EXHIBIT.test(text) || EP_PROCEDURE.test(text)) return true;
  if (text.length <= MAX_CHAMBER_NOTE_CHARS && CHAMBER_NOTE.test(text)) return true;
  if (text.length <= 160 && HANSARD_NOTE.test(text)) return true;
  if (text.length <= 60 && RECORDING_MARK.test(text)) return true;
  // Hong Kong's government transcripts: `(Please also refer to the Chinese portion of the remarks.)`.
  if (text.startsWith('Please also refer to the ')) return true;
  if (text.length <= 60 && COURT_NOTE.test(text)) return true;
  if (text.length <= 120 && COURT_RECORD_NOTE.test(text)) return true;
  // A briefing's note on its sign-language interpreter: `[An ASL interpreter appears on screen]`.
  if (text.length <= 120 && SIGN_LANGUAGE.test(text)) return true;
  // A monitoring service's account of the pictures and its cuts (BBC Monitoring: `[Video shows
  // the plane landing]`, `[Passage omitted]`, `[Caption reads: …]`).
  if (text.length <= 240 && MONITORING_NOTE.test(text)) return true;
  if (!text || text.length > MAX_DIRECTION_CHARS) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_DIRECTION_WORDS) return false;
  if (!HAS_LETTER.test(text)) return false;
  for (const w of words) {
    if (LEXICON.has(w.toLowerCase().replace(NON_LETTERS_OR_HYPHENS, ''))) return true;
  }
  const letters = text.replace(NON_LETTERS, '');
  const caps = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  // A newsreader's pronunciation guide is read with its word (`Luxon [PRON: LUCK-SON]`).
  if (caps && PRONUNCIATION.test(text)) return false;
  // A date in brackets after its weekday (a wire story's `on Wednesday (JANUARY 29)` typed in
  // capitals) is no direction.
  if (caps && words.length <= 3 && BRACKETED_DATE.test(text)) return false;
  // A meeting's date and clock with its zone (`(2026-11-30 10:02 GMT)`, `(14:30 CET)`) neither.
  if (caps && ZONED_TIME.test(text)) return false;
  // A newswire's name in a release's dateline is no direction: `(BUSINESS WIRE)--`.
  return caps && words.length >= 2 && !NEWSWIRES.has(text);
}

/** See {@link isDirectionText}: what a monitoring service's brackets open with. */
const MONITORING_NOTE = lazyRegExp(
  String.raw`^(?:(?:Video|Footage|Pictures?|Photos?|Graphics?|Map|Screen) (?:shows?|showing)\b|(?:Passages?|Words?|Sentences?) (?:omitted|indistinct)\b|(?:Captions?|Screen captions?|Subtitles?|Graphics?|Headline) (?:reads?|says)\b|(?:Changes|Switches) to (?:\p{Lu}\p{Ll}+|studio|video)\b|Presenter (?:over|in) (?:video|studio)\b|Translated from \p{Lu})`,
  'u',
);

/** A pronunciation guide's label, in a script typed in capitals: `PRON: LUCK-SON`, `SAY: …`. */
const PRONUNCIATION = /^(?:PRON|PRONOUNCED|SAY)[.:] /;

/** A month and its day, maybe its year: `JANUARY 29`, `MAY 3, 2025`. */
const BRACKETED_DATE =
  /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}(?:,? \d{4})?$/;

const ZONED_TIME = /^(?:\d{4}-\d\d-\d\d )?\d{1,2}:\d\d [A-Z]{2,5}(?:[+-]\d{1,2}(?::\d\d)?)?$/;

const NEWSWIRES: ReadonlySet<string> = new Set(['BUSINESS WIRE', 'GLOBE NEWSWIRE', 'MARKETWIRE']);

export interface TextPart {
  /** `dropped`: a fragment of no letter or digit (`___`, the `.` after `(applause)`). */
  kind: 'text' | 'direction' | 'dropped';
  /** For a direction, the text inside its brackets. */
  text: string;
  /** Marks taken off round a direction that are words of their own (iNEWS's `<cc>` `</cc>`). */
  marks?: string;
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
  // An iNEWS instruction between double hashes, the whole paragraph (`##TAKE VO##`).
  const hashed = hashedCue(text);
  if (hashed !== null) return [{ kind: 'direction', text: hashed, marks: '## ##' }];
  if (!text.includes('<')) return splitBraces(text);
  // Avid iNEWS marks a production cue `<cc>TAKE VO</cc>`, and a MOS object (a graphic, a clip the
  // newsroom system's MOS device plays: `<mos>XPRESSION L3: TOM BAKER</mos>`): a direction.
  // A script typed or exported in capitals writes them `<CC>` and `<MOS>` (the same length).
  const lower =
    text.includes('<MOS>') || text.includes('<CC>')
      ? text
          .replaceAll('<MOS>', '<mos>')
          .replaceAll('</MOS>', '</mos>')
          .replaceAll('<CC>', '<cc>')
          .replaceAll('</CC>', '</cc>')
      : text;
  const parts: TextPart[] = [];
  let last = 0;
  let open = nextMark(lower, 0);
  while (open !== -1) {
    const mark = lower.startsWith('<cc>', open) ? 'cc' : 'mos';
    const close = lower.indexOf(`</${mark}>`, open + mark.length + 2);
    if (close === -1) break;
    const inner = text.slice(open + mark.length + 2, close).trim();
    const end = close + mark.length + 3;
    if (inner.length <= MAX_CUE_CHARS && HAS_LETTER_OR_DIGIT.test(inner)) {
      parts.push(...splitBraces(text.slice(last, open)));
      const marks = `${text.slice(open, open + mark.length + 2)} ${text.slice(close, end)}`;
      parts.push({ kind: 'direction', text: inner, marks });
      last = end;
    }
    open = nextMark(lower, end);
  }
  parts.push(...splitBraces(text.slice(last)));
  return parts;
}

/** Where the next `<cc>` or `<mos>` mark opens from `from`, or -1. */
function nextMark(text: string, from: number): number {
  const cc = text.indexOf('<cc>', from);
  const mos = text.indexOf('<mos>', from);
  if (cc === -1) return mos;
  return mos === -1 ? cc : Math.min(cc, mos);
}

/** Longest production cue inside iNEWS's `<cc>` marks or double brackets. */
const MAX_CUE_CHARS = 160;

/**
 * The instruction inside double hashes alone on a line (iNEWS: `##TAKE VO##`, `## CG: MAPLE AVE
 * ##`), or null: a cue, never words to read (a markdown heading `## Part two` is not closed so).
 */
function hashedCue(line: string): string | null {
  const t = line.trim();
  if (t.length <= 4 || t.length > MAX_CUE_CHARS + 4 || !t.startsWith('##') || !t.endsWith('##'))
    return null;
  const inner = t.slice(2, -2).trim();
  return inner !== '' && !inner.includes('#') && HAS_LETTER_OR_DIGIT.test(inner) ? inner : null;
}

/**
 * True when a whole line is an iNEWS production cue or instruction: `<cc>TAKE VO</cc>`,
 * `[[PAUSE]]`, `##TAKE VO##`, a MOS object `<mos>…</mos>`.
 */
export function isMarkedCueLine(line: string): boolean {
  const t = line.trim();
  if (t.length > MAX_CUE_CHARS + 9) return false;
  if (t.startsWith('<cc>') || t.startsWith('<CC>'))
    return (t.endsWith('</cc>') || t.endsWith('</CC>')) && t.length > 9;
  if (t.startsWith('<mos>') || t.startsWith('<MOS>'))
    return (t.endsWith('</mos>') || t.endsWith('</MOS>')) && t.length > 11;
  if (t.startsWith('##')) return hashedCue(t) !== null;
  return t.startsWith('[[') && t.endsWith(']]') && t.length > 4 && !t.slice(2, -2).includes('[');
}

/** {@link splitDirections} for braces, then brackets. */
function splitBraces(text: string): TextPart[] {
  if (!text.includes('{')) return splitBrackets(text);
  // Presenter instructions in braces first (`{PAUSE}`), then brackets in the text between them.
  const parts: TextPart[] = [];
  let last = 0;
  let open = text.indexOf('{');
  while (open !== -1) {
    const close = text.indexOf('}', open + 1);
    if (close === -1) break;
    const inner = text.slice(open + 1, close);
    const nested = inner.lastIndexOf('{');
    if (nested !== -1) {
      open += 1 + nested;
      continue;
    }
    // `{{title}}`, `{{{slug}}}`: template markers quoted in the text, not an instruction.
    const doubled = text.charCodeAt(open - 1) === 123 || text.charCodeAt(close + 1) === 125;
    if (!doubled && isBraceInstruction(inner)) {
      parts.push(...splitBrackets(text.slice(last, open)));
      parts.push({ kind: 'direction', text: trimDecoration(inner) });
      last = close + 1;
    }
    open = text.indexOf('{', close + 1);
  }
  parts.push(...splitBrackets(text.slice(last)));
  return parts;
}

/** {@link splitDirections} for round and square brackets. */
function splitBrackets(text: string): TextPart[] {
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
    // A record's long procedural parenthesis (`(Whereupon, …)`, `(Mr. X asked and was given
    // permission …)`) opens its paragraph; anywhere else a direction is short.
    const limit = i === 0 ? MAX_RECORD_DIRECTION_CHARS : MAX_DIRECTION_CHARS;
    if (close === -1 || close - i > limit + 2) {
      i++;
      continue;
    }
    // An instruction in double brackets (iNEWS's `[[CG: MAPLE AVE / EAST SIDE]]`): one direction.
    if (
      open === '[' &&
      text.charCodeAt(i + 1) === 0x5b &&
      text.charCodeAt(close + 1) === 0x5d &&
      close - i - 2 <= MAX_CUE_CHARS &&
      !text.slice(i + 2, close).includes('[') &&
      HAS_LETTER_OR_DIGIT.test(text.slice(i + 2, close))
    ) {
      pushText(parts, text.slice(last, i));
      parts.push({ kind: 'direction', text: text.slice(i + 2, close).trim() });
      i = close + 2;
      last = i;
      continue;
    }
    const inner = text.slice(i + 1, close);
    if (inner.includes(open) || !isDirectionText(inner)) {
      i++;
      continue;
    }
    // A transcriber's mark inside a sentence (`we had [inaudible 00:00:04] and then`) stays in
    // its words: splitting there would cut the sentence into pieces.
    if (isTranscriberMark(inner) && insideSentence(text, last, i, close)) {
      i = close + 1;
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

/**
 * What a transcriber marks where the words could not be heard or are doubtful (Rev, Verbit,
 * court and research transcripts): `[inaudible]`, `[crosstalk 00:00:07]`, `[sic]`, `[ph]`.
 */
const TRANSCRIBER_MARKS: ReadonlySet<string> = new Set(
  'inaudible unintelligible indiscernible incomprehensible crosstalk cross-talk overlapping overtalk unclear sic ph phonetic'.split(
    ' ',
  ),
);

function isTranscriberMark(inner: string): boolean {
  const t = inner.trim();
  const space = t.indexOf(' ');
  const first = (space === -1 ? t : t.slice(0, space)).toLowerCase().replace(/[^a-z-]/g, '');
  return TRANSCRIBER_MARKS.has(first);
}

const CONTINUATION_CHAR = lazyRegExp(String.raw`[\p{Ll}\d,]`, 'u');

/**
 * True when the bracket at `open`…`close` sits inside a sentence: words before it since `from`
 * that end no sentence, and a word after it that starts none (lower case, a digit, a comma).
 */
function insideSentence(text: string, from: number, open: number, close: number): boolean {
  // Back over the spaces before the bracket only: never a copy of the text before it.
  let k = open - 1;
  while (k >= from && (text[k] === ' ' || text[k] === '\t' || text[k] === '\n')) k--;
  if (k < from) return false;
  let end = text[k] ?? '';
  if ((end === '"' || end === '”' || end === '’' || end === ')') && k > from)
    end = text[k - 1] ?? '';
  if ('.?!…:;'.includes(end)) return false;
  let j = close + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  const next = text[j] ?? '';
  return next !== '' && (CONTINUATION_CHAR.test(next) || next === '—' || next === '-');
}

/** Punctuation closing a sentence right after a direction (`— (laughter). Well, …`). */
const CLOSING_MARKS = /^[.,;:!?…]+(?=\s)/;

const HAS_WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{N}\p{M}]`, 'u');

function pushText(parts: TextPart[], raw: string): void {
  let text = raw.trim();
  // The sentence's closing mark after a direction (`— (laughter). Well, I …`) opens no text: it
  // carries no words and is reported, like the `.` of `— (applause).` at a paragraph's end.
  if (parts[parts.length - 1]?.kind === 'direction' && text.length > 1) {
    const mark = CLOSING_MARKS.exec(text)?.[0];
    if (mark !== undefined) {
      parts.push({ kind: 'dropped', text: mark });
      text = text.slice(mark.length).trimStart();
    }
  }
  if (HAS_WORD_CHAR.test(text)) parts.push({ kind: 'text', text });
  else if (text !== '') parts.push({ kind: 'dropped', text });
}

/**
 * A screenplay's scene heading alone on its line (`INT. KITCHEN - NIGHT`, `EXT. PIER – DAY`,
 * `INT./EXT. CAR`): its character cues are voices even when said once (`FATHER`).
 */
const SCENE_HEADING = /^(?:INT|EXT|I\/E|INT\.\/EXT)\. [A-Z0-9]/;

/** The text holds a screenplay's scene heading in a paragraph's first line. */
export function hasSceneHeading(children: readonly RootContent[]): boolean {
  for (const node of children) {
    if (node.type === 'paragraph' && SCENE_HEADING.test(node.segments[0]?.text.trim() ?? ''))
      return true;
  }
  return false;
}
