/**
 * The cue words of the big European languages' TV and radio scripts, one table per language:
 * what each word does in a script. The rules that read cues (a cue alone on its line, a cue that
 * hands over to a report, a bite's header naming its speaker, a caption, the presenter's part)
 * take their words from here, so a language's conventions are in one place.
 *
 * Kinds:
 * - `report`: the report (package) another voice reads rolls: the anchor's turn ends there
 *   (Spanish `VÍDEO`, Italian `SERVIZIO`, German `NACHRICHTENFILM`/`NiF`);
 * - `live`: a live link to a reporter: the anchor's turn ends, the reporter's tag follows
 *   (`DIRECTO`, `CONEXIÓN`, `SCHALTE`, `DUPLEX`, `COLLEGAMENTO`);
 * - `cue`: a cue alone on its line that is no one's words and hands over to no one (the studio
 *   `PLATEAU`, a radio column `CHRONIQUE`);
 * - `sound`: a sound played, alone on its line or labelling what it is (`ATMO: Regen, Traktor`,
 *   `CUÑA: SEGUROS PÉREZ`, a radio's ad spot and jingles): a production line, never a speaker;
 * - `bite`: a sound bite: alone a cue, before a name (`CORTE: PEDRO SÁNCHEZ / PRESIDENTE`,
 *   `SONORE Marie Dupont, habitante :`) the header naming who speaks the quotation below;
 * - `lead`: a bite's lead only before the name it heads (`INTERVIEW Paul Durand, préfet :`, the
 *   German radio's numbered `OT 1 Name, Rolle:`); alone it may be a page's label, no cue;
 * - `caption`: a lower third keyed over the pictures (`BANDEAU :`, `RÒTOL:`), never speech;
 * - `anchor`: the presenter's part: closed by a colon, the anchor's tag (`MODERATION:`); alone on
 *   its line, a cue (`ANMODERATION`, `LANCEMENT`) over the words the anchor reads.
 * Words are written as scripts write them (capitals, or `NiF`); lines are compared as written.
 */

export type CueKind = 'report' | 'live' | 'cue' | 'sound' | 'bite' | 'lead' | 'caption' | 'anchor';

export const CUE_LANGUAGES: Readonly<Record<string, Readonly<Record<string, CueKind>>>> = {
  // Spanish TV (TVE, Antena 3) and radio (Cadena SER, COPE, RNE).
  es: {
    // The anchor's lead-in: `ENTRADILLA:` over the words the presenter reads.
    ENTRADILLA: 'anchor',
    VÍDEO: 'report',
    PIEZA: 'report',
    DIRECTO: 'live',
    CONEXIÓN: 'live',
    CUÑA: 'sound',
    SINTONÍA: 'sound',
    RÁFAGA: 'sound',
    CORTE: 'bite',
    'CORTE DE VOZ': 'bite',
    // A bite's header in capitals (`TOTAL ALBERTO NÚÑEZ FEIJÓO, PRESIDENTE DEL PP:`).
    TOTAL: 'lead',
    GRAFISMO: 'caption',
    // The programme's closing words over its copy (`DESPEDIDA:`): a cue, no one named Despedida.
    DESPEDIDA: 'cue',
    // `RÓTULO:` and `SUPER:` are read with the other captions (accented labels apart).
  },
  // Catalan TV and radio (TV3, Catalunya Ràdio).
  ca: {
    DIRECTE: 'live',
    CONNEXIÓ: 'live',
    TALL: 'bite',
    'TALL DE VEU': 'bite',
    RÒTOL: 'caption',
  },
  // German TV (ARD, ZDF: OpenMedia) and radio.
  de: {
    MODERATION: 'anchor',
    ANMODERATION: 'anchor',
    ABMODERATION: 'anchor',
    ANMOD: 'anchor',
    ABMOD: 'anchor',
    NACHRICHTENFILM: 'report',
    NiF: 'report',
    BERICHT: 'report',
    SCHALTE: 'live',
    // Radio: the newsreader's talk with the reporter.
    KOLLEGENGESPRÄCH: 'live',
    // A vox pop: other voices.
    UMFRAGE: 'bite',
    ATMO: 'sound',
    'O-TON': 'lead',
    OT: 'lead',
    BAUCHBINDE: 'caption',
  },
  // French TV (TF1, France Télévisions) and radio (Radio France).
  fr: {
    // The anchor's lead-in to a report and the words after it (`LANCEMENT`, `DÉSANNONCE`).
    LANCEMENT: 'anchor',
    DÉSANNONCE: 'anchor',
    // Capitals are often written without their accent in French.
    DESANNONCE: 'anchor',
    SONORE: 'bite',
    SON: 'bite',
    INTERVIEW: 'lead',
    ITW: 'lead',
    // Radio: the reporter's piece read on air.
    PAPIER: 'report',
    DUPLEX: 'live',
    DIRECT: 'live',
    PLATEAU: 'cue',
    CHRONIQUE: 'cue',
    JINGLE: 'sound',
    BANDEAU: 'caption',
    SYNTHÉ: 'caption',
    INCRUSTATION: 'caption',
  },
  // Italian TV (RAI, Mediaset).
  it: {
    // The anchor's lead-in (`LANCIO:`), the report (`SERVIZIO`, `PEZZO`).
    LANCIO: 'anchor',
    SERVIZIO: 'report',
    // The cue that rolls the report after the anchor's lead-in, alone on its line.
    'LANCIO SERVIZIO': 'report',
    PEZZO: 'report',
    COLLEGAMENTO: 'live',
    DIRETTA: 'live',
    'IN DIRETTA': 'live',
    SONORO: 'bite',
    INTERVISTA: 'lead',
    // The closing words over their copy (`CHIUSURA:`).
    CHIUSURA: 'cue',
  },
  // Portuguese and Polish bites' headers in capitals (`SONORA JOÃO SILVA, MINISTRO:`, `SETKA JAN
  // KOWALSKI, MINISTER:`); alone on their line they are script cues (see directions.ts).
  pt: { SONORA: 'lead' },
  // Polish TV's report (`MATERIAŁ`: the anchor's turn ends, the reporter's voice reads it).
  pl: { SETKA: 'lead', MATERIAŁ: 'report' },
  // Nordic TV and radio (NRK, SVT, DR, Yle): the report (`INNSLAG`, Danish `INDSLAG`, Yle's
  // `INSERTTI`), a bite (`INTERVJU: KARI NORDMANN, BEBOER`, Finnish `HAASTATTELU`), the anchor's
  // lead-in and back-announcement (Norwegian `ANNONSE:`, `AVANNONSE`, Danish `OPLÆG:`, Swedish
  // `PÅA:`, `PÅANNONS`, `AVANNONS`, Yle's `JUONTO`, `LOPPUJUONTO`). Norwegian and Danish are `no`.
  no: {
    INNSLAG: 'report',
    INDSLAG: 'report',
    REPORTASJE: 'report',
    INTERVJU: 'bite',
    ANNONSE: 'anchor',
    AVANNONSE: 'anchor',
    OPLÆG: 'anchor',
  },
  sv: { INTERVJU: 'bite', PÅA: 'anchor', PÅANNONS: 'anchor', AVANNONS: 'anchor' },
  fi: { INSERTTI: 'report', HAASTATTELU: 'bite', JUONTO: 'anchor', LOPPUJUONTO: 'anchor' },
  // Dutch TV and radio (NOS): the anchor's lead-in and back-announcement.
  nl: { AANKONDIGING: 'anchor', AFKONDIGING: 'anchor' },
};

/** Every word of {@link CUE_LANGUAGES} with its kind, as written and in capitals. */
export const CUE_WORDS: ReadonlyMap<string, CueKind> = (() => {
  const map = new Map<string, CueKind>();
  for (const table of Object.values(CUE_LANGUAGES)) {
    for (const [word, kind] of Object.entries(table)) {
      map.set(word, kind);
      map.set(word.toUpperCase(), kind);
    }
  }
  return map;
})();

/**
 * A European script's cue alone on its line, as written (`VÍDEO`, `SCHALTE`, `NiF`, `CORTE DE
 * VOZ`), or closed by a colon over its copy (`CUÑA:`). The presenter's part closed by a colon is
 * a tag (`MODERATION:`), and a bite's lead (`INTERVIEW`) is a cue only before its name.
 */
export function isEuropeanCue(line: string, colon: boolean): boolean {
  // Every word opens with a capital (A–Z), its second letter a capital or NiF's `i`.
  const c0 = line.charCodeAt(0);
  const c1 = line.charCodeAt(1);
  if (c0 < 0x41 || c0 > 0x5a || (c1 > 0x5a && c1 !== 0x69 && c1 < 0xc0)) return false;
  const kind = CUE_WORDS.get(line);
  if (kind === undefined || kind === 'lead' || kind === 'caption') return false;
  // `SON:` over words is a drama's character (`SON: Hi Dad.`); alone, a French radio's bite.
  return !colon || (kind !== 'anchor' && !(kind === 'bite' && line.length <= 3));
}

/**
 * A bite's lead before the name it heads without a colon between (`SONORE Marie Dupont,
 * habitante`, `CORTE PEDRO SÁNCHEZ / PRESIDENTE`): the lead's length, or 0. The German radio's
 * numbered bite (`OT 1`, `O-TON 2`) counts its number in the lead.
 */
export function biteLeadLength(line: string): number {
  const space = line.indexOf(' ');
  if (space < 2 || space > 12) return 0;
  const kind = CUE_WORDS.get(line.slice(0, space));
  if (kind !== 'bite' && kind !== 'lead') return 0;
  const m = /^ \d{1,2}:?(?= )/.exec(line.slice(space));
  return m ? space + m[0].length : space;
}

/** The words of the kinds given, in lower case (as the turn and tag rules key them). */
export function cueWordsOf(...kinds: CueKind[]): string[] {
  const out: string[] = [];
  for (const [word, kind] of CUE_WORDS) if (kinds.includes(kind)) out.push(word.toLowerCase());
  return [...new Set(out)];
}
