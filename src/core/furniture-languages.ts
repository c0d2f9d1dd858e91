/**
 * Page furniture of German, French, Spanish, Italian and Russian news pages and broadcast
 * scripts, read from one whole line as ./furniture.ts reads English ones: the radio's opinion
 * disclaimer (`Äußerungen unserer Gesprächspartner …`), `Es gilt das gesprochene Wort`,
 * `(Transcripción editada por …)`, `Riproduzione riservata`, `Temps de lecture : 3 min`,
 * `Partager : Facebook …`, `Mehr zum Thema`, `di Marco Bellini`, a script's header
 * (`tagesschau 20:00 Uhr`, `Sendemanuskript vom 24.11.2026`) and an interview page's rubric
 * (`Interview mit Katrin Vogel`).
 *
 * Each rule is a fixed opening that narration in that language does not use, tried only when
 * the line's first word is one the rule opens with. Anchored, no nested quantifier: linear in
 * the line.
 */
import type { NoteReason } from './document.ts';
import { lazy, lazyRegExp } from './lazy.ts';
import { HAS_LOWERCASE } from './letter-patterns.ts';

/** A capitalized name word (`Vogel`, `Jean-Pierre`, `d'Estaing` is not needed here). */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/** Two to four name words, maybe with a particle (`Ursula von der Leyen`). */
const NAME_RUN = `${NAME}(?: (?:(?:von|van|der|de|del|di|da|du|la|le) )?${NAME}){1,3}`;

/**
 * A German parliament's running page header (see the rule in {@link RULES}); the Bavarian form
 * goes on after the Wahlperiode without a dash (`Bayerischer Landtag – 19. Wahlperiode
 * Plenarprotokoll 19/12 vom 14.03.2024`).
 */
const PARLIAMENT_RUNNING_HEAD = lazyRegExp(
  String.raw`^(?:(?:Deutscher Bundestag|(?:\p{L}{5,20} )?Landtag(?: [\p{L}-]{2,40})?) [–—-] \d{1,2}\. Wahlperiode(?:(?: [–—·-])? [^\n]{1,100})?|Plenarprotokoll \d{1,2}\/\d{1,3})$`,
  'u',
);

/**
 * A German parliament's running page header (`Deutscher Bundestag – 20. Wahlperiode – 141.
 * Sitzung …`, `Plenarprotokoll 20/141`), with its page number before or after it.
 */
export function isParliamentRunningHead(line: string): boolean {
  if (line.length > 240) return false;
  let from = 0;
  // The page number before the header (`17784 Deutscher Bundestag – …`).
  while (from < 6 && line.charCodeAt(from) >= 0x30 && line.charCodeAt(from) <= 0x39) from++;
  if (from > 0 && from < 6 && line.charCodeAt(from) === 0x20) from++;
  else from = 0;
  return PARLIAMENT_RUNNING_HEAD.test(from === 0 ? line : line.slice(from));
}

interface Rule {
  /** The line's first words (lower case) the rule may open with. */
  first: readonly string[];
  pattern: RegExp;
  reason: NoteReason;
}

const RULES: readonly Rule[] = [
  // Disclaimers of radio interview pages and speech manuscripts.
  {
    first: ['äußerungen', 'äusserungen'],
    pattern: /^Äu(?:ß|ss)erungen unserer Gesprächspartner(?:innen)? geben deren eigene/u,
    reason: 'disclaimer',
  },
  {
    first: ['es', 'dieses', 'das', 'sperrfrist'],
    pattern:
      /^(?:Es gilt das gesprochene Wort|(?:Dieses|Das) Manuskript ist (?:nur )?für den (?:privaten|persönlichen) Gebrauch|Sperrfrist:)/u,
    reason: 'disclaimer',
  },
  {
    first: ['seul', 'cet', 'voici', 'ce'],
    pattern:
      /^(?:Seul le prononcé fait foi|(?:Cet article|Ce texte) a été rédigé à partir de la (?:re)?transcription|Voici la (?:re)?transcription (?:de l['’]entretien|de l['’]interview|intégrale|de l['’]émission))/u,
    reason: 'disclaimer',
  },
  {
    first: ['(transcripción', 'transcripción', '(texto', 'sólo', 'solo', 'cotéjese'],
    pattern:
      /^(?:\(?Transcripción (?:editada|revisada|realizada) por [^)]{3,120}\)?$|\(?Texto (?:editado|revisado) por [^)]{3,120}\)?$|S[óo]lo es válido (?:el discurso pronunciado|lo pronunciado)|S[óo]lo vale lo pronunciado|Cotéjese con (?:el discurso pronunciado|lo pronunciado))/u,
    reason: 'disclaimer',
  },
  // A speech's or a release's embargo line, as German's `Sperrfrist:` is (`EMBARGOED UNTIL 10:00
  // GMT`, `Strictly embargoed until 00:01 Tuesday`, `NOT FOR PUBLICATION BEFORE …`): a time or
  // a date after it, no sentence.
  {
    first: ['embargoed', 'embargo', 'under', 'strictly', 'not'],
    pattern:
      /^(?:(?:STRICTLY |Strictly )?(?:EMBARGOED|[Ee]mbargoed)(?: UNTIL| until| TILL| till|:)|(?:UNDER EMBARGO|Under embargo) (?:UNTIL|until)|EMBARGO:|NOT FOR (?:PUBLICATION|RELEASE|BROADCAST) (?:BEFORE|UNTIL)|Not for (?:publication|release|broadcast) (?:before|until)) (?=[^.!?]{0,60}\d)[^.!?]{3,60}$/u,
    reason: 'disclaimer',
  },
  // A speech manuscript's "check against delivery" in Italian, Dutch and the Nordic languages.
  {
    first: ['fa', 'solo', 'alleen', 'gesproken', 'het', 'det'],
    pattern:
      /^(?:(?:Solo )?[Ff]a fede (?:solo )?il (?:testo|discorso) pronunciato|(?:Alleen )?(?:het )?[Gg]esproken woord geldt|Het gesproken woord geldt|Det talade ordet gäller|Det talte ord (?:gjelder|gælder))\.?$/u,
    reason: 'disclaimer',
  },
  // A German parliament's running page header (Plenarprotokoll), its page number before or after
  // it: `Deutscher Bundestag – 20. Wahlperiode – 123. Sitzung. Berlin, Mittwoch, den 27. September
  // 2023`, `Landtag Nordrhein-Westfalen – 18. Wahlperiode`, `Plenarprotokoll 20/123`: the
  // house and the Wahlperiode say it, whatever the sitting, date and page after them.
  {
    first: 'deutscher landtag bayerischer sächsischer hessischer thüringer plenarprotokoll'.split(
      ' ',
    ),
    pattern: PARLIAMENT_RUNNING_HEAD,
    reason: 'page-element',
  },
  // The Portuguese Assembleia's debates site over a page of its Diário: the viewer's error line
  // (its notice and the Diário's running head: see classifyLanguageLine).
  {
    first: ['não'],
    pattern: /^Não foi poss[ií]vel carregar a página pretendida\.?(?: Reportar [Ee]rro)?$/u,
    reason: 'page-element',
  },
  // End of an official transcript: `(Fin de la transcripción)`, `(Fin de l'intervention)`.
  {
    first: ['(fin', 'fin', '(ende', 'ende'],
    pattern:
      /^\(?(?:Fin de la transcripción|Fin de la intervención|Fin de l['’]intervention|Fin de la transcription|Ende des Interviews|Ende der Pressekonferenz)\)?\.?$/u,
    reason: 'page-element',
  },
  // A page's skip links and home link in German, French, Spanish, Italian: a line of its own.
  {
    first: ['direkt', 'zum', 'zur', 'startseite', 'aller', 'accueil', 'ir', 'inicio', 'vai'],
    pattern:
      /^(?:(?:Direkt )?zum (?:Inhalt|Hauptinhalt)(?: springen)?|Zur (?:Navigation|Suche)(?: springen)?|Startseite|Aller (?:au contenu|à la navigation)(?: principal)?|Accueil|Ir al contenido(?: principal)?|Inicio|Vai al contenuto(?: principale)?)$/iu,
    reason: 'navigation',
  },
  // Copyright notices.
  {
    first: ['riproduzione', 'alle', 'tous', 'todos', 'все', 'tutti', 'todos'],
    pattern:
      /^(?:Riproduzione riservata|Alle Rechte vorbehalten|Tous droits réservés|Todos los derechos reservados|Tutti i diritti riservati|Все права защищены)/u,
    reason: 'copyright',
  },
  // Reading time and publication lines.
  {
    first: ['temps', 'lesezeit', 'tiempo', 'tempo', 'время'],
    pattern:
      /^(?:Temps de lecture|Lesezeit|Tiempo de lectura|Tempo di lettura|Время чтения)\s?:\s?(?:env\. |ca\. )?\d{1,3}\s?(?:min|Min|мин)\.?(?:utes?|uten|uti|utos)?$/u,
    reason: 'page-element',
  },
  {
    first: [
      'publié',
      'mis',
      'modifié',
      'veröffentlicht',
      'aktualisiert',
      'stand',
      'publicado',
      'actualizado',
      'pubblicato',
      'aggiornato',
    ],
    pattern:
      /^(?:Publié|Mis à jour|Modifié|Veröffentlicht|Aktualisiert|Stand|Publicado|Actualizado|Pubblicato|Aggiornato)(?: le| am| el| il| a las)?:? \d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,? (?:à |um |a las |alle )?\d{1,2}[:h.]\d\d(?: Uhr)?)?$/u,
    reason: 'dateline',
  },
  // A Nordic parliament's page: when it was published or updated (`Viimeksi julkaistu 5.6.2021
  // 19.53`, `Senast publicerat 06-06-2021 18:05`).
  {
    first: ['viimeksi', 'senast'],
    pattern:
      /^(?:Viimeksi julkaistu|Senast publicerat) \d{1,2}[./-]\d{1,2}[./-]\d{4}(?: \d{1,2}[:.]\d\d)?$/u,
    reason: 'dateline',
  },
  // The Eduskunta's minutes: the record's number (`PTK 199/2002 vp`, `Täysistunnon pöytäkirja
  // 109/2013 vp`, Swedish `PR 35/2021 rd`), an item's header (`Pöytäkirjan asiakohta PTK
  // 170/2018 vp Täysistunto Tiistai 5.3.2019 klo 14.11—18.22`) and the text's state
  // (`Tarkistettu versio 2.0`).
  {
    first: ['ptk', 'pr', 'täysistunnon', 'plenarprotokoll', 'pöytäkirjan', 'punkt', 'tarkistettu'],
    pattern:
      /^(?:(?:(?:Täysistunnon pöytäkirja|Plenarprotokoll|Pöytäkirjan asiakohta|Punkt i protokollet) )?(?:PTK |PR )?\d{1,3}\/\d{4} (?:vp|rd)(?: [^\n]{1,100})?|Tarkistettu versio \d{1,2}(?:\.\d{1,2})?)$/u,
    reason: 'page-element',
  },
  // A Nordic parliament's page's table of contents heading, alone on its line.
  {
    first: ['innhold', 'innehåll', 'sisällys'],
    pattern: /^(?:Innhold|Innehåll|Sisällys)$/u,
    reason: 'navigation',
  },
  // Share and download links (each network's button in turn, `Compartir en Facebook Compartir en
  // Twitter Copiar enlace`, El País).
  {
    first: ['partager', 'teilen', 'compartir', 'condividi', 'поделиться', 'audio', 'podcast'],
    pattern:
      /^(?:(?:(?:Partager|Teilen|Compartir|Condividi|Поделиться)(?: sur| auf| en| su| в)?\s?:?(?: (?:Facebook|Twitter|X|LinkedIn|WhatsApp|E-[Mm]ail|Email|Mail|Telegram|ВКонтакте|Bluesky|Threads|Messenger)){0,8} ?){1,8}(?:(?:Copiar enlace|Copier le lien|Link kopieren|Copia link)(?: |$))?|(?:Audio|Podcast) (?:herunterladen|anhören|abonnieren)(?: \(\d{1,2}:\d\d(?::\d\d)?\))?)$/u,
    reason: 'share-links',
  },
  // An Arabic news page's related stories (`اقرأ أيضا`), its source line (`المصدر: الجزيرة`) and
  // its correspondent's line (`مراسلة الجزيرة - لندن`).
  {
    first: ['اقرأ'],
    pattern: /^اقرأ أيض[اًا]ً?:?$/u,
    reason: 'related-links',
  },
  {
    first: ['المصدر:', 'المصدر'],
    pattern: /^المصدر ?: ?[^.!?؟]{2,60}$/u,
    reason: 'credit',
  },
  {
    first: ['مراسل', 'مراسلة'],
    pattern: /^مراسل[ةه]? [^.!?؟\n]{2,40}(?: [-–—] [^.!?؟\n]{2,30})?$/u,
    reason: 'byline',
  },
  // A page's call to follow or subscribe (`Подписывайтесь на наш канал в Telegram`,
  // `Suscríbete a nuestro boletín`, `Abonnez-vous à notre newsletter`).
  {
    first: [
      'подписывайтесь',
      'suscríbete',
      'abonnez-vous',
      'abonnieren',
      'iscriviti',
      'inscreva-se',
      'assine',
    ],
    pattern:
      /^(?:Подписывайтесь на (?:наш|нашу|наши|нас)|Suscríbete (?:a|al) (?:nuestr[oa]s?|la|el)|Abonnez-vous (?:à|au) (?:notre|la|nos)|Abonnieren Sie (?:unseren|unsere|den)|Iscriviti (?:alla|al|ai|alle)|Inscreva-se (?:n[oa]|em)|Assine (?:a|o|nossa|nosso))[^.!?]{1,60}$/u,
    reason: 'subscription',
  },
  // Le Monde's dates under the byline (`Publié le 01 décembre 2026 à 08h14, modifié à 09h02`,
  // `Mis à jour le …`), its reading time (`Temps de Lecture 3 min.`) and its inline related
  // story (`Lire aussi | Les pluies privent 40 000 foyers d'électricité`).
  {
    first: ['publié', 'mis', 'modifié'],
    pattern:
      /^(?:Publié|Mis à jour|Modifié) le \d{1,2}(?:er)? \p{L}+ \d{4}(?: à \d{1,2}h\d{2})?(?:, (?:mis à jour|modifié) (?:le \d{1,2}(?:er)? \p{L}+ \d{4} )?à \d{1,2}h\d{2})?$/u,
    reason: 'dateline',
  },
  {
    first: ['temps'],
    pattern: /^Temps de [Ll]ecture:? \d{1,3} min\.?$/u,
    reason: 'page-element',
  },
  {
    first: ['lire'],
    pattern: /^Lire aussi ?[|:] \S[^\n]{0,150}$/u,
    reason: 'related-links',
  },
  // An article's player and reading-list buttons: Der Spiegel's `Artikel anhören • 3 Min`, `Zur
  // Merkliste hinzufügen`, El País's `Escuchar artículo`, Le Monde's `Écouter cet article`.
  {
    first: ['artikel', 'zur', 'escuchar', 'écouter', 'ascolta', 'ajouter', 'guardar'],
    pattern:
      /^(?:Artikel (?:anhören|vorlesen lassen)(?: ?[•·|] ?\d{1,3} Min\.?)?|Zur Merkliste hinzufügen|Escuchar (?:este )?artículo(?: ?[•·|] ?\d{1,3} min)?|Écouter (?:cet )?article(?: ?[•·|] ?\d{1,3} min)?|Ascolta (?:l['’])?articolo|Ajouter à (?:mes favoris|ma sélection)|Guardar(?: artículo)?)$/u,
    reason: 'page-element',
  },

  // Related links headings.
  {
    first: [
      'mehr',
      'lire',
      'à',
      'leer',
      'leggi',
      'читайте',
      'weitere',
      'sur',
      'más',
      'archivado',
      'veja',
      'leia',
      'saiba',
      'das',
      'vous',
      'te',
    ],
    pattern:
      /^(?:Das könnte (?:Sie|dich) auch interessieren|Vous aimerez aussi|Te puede interesar|Mehr zum Thema|Weitere Beiträge|Lire aussi|À lire aussi|Sur le même sujet|Leer más|Más información|Archivado [Ee]n|Leggi anche|Veja também|Leia também|Leia mais|Saiba mais|Читайте также)\s?:?$/u,
    reason: 'related-links',
  },
  // Programme credits: `Diese Nachricht wurde am 17.11.2026 im Programm Deutschlandfunk
  // gesendet.`, `Annie Genevard était l'invitée du « 8h30 franceinfo », mardi 18 novembre 2026.`
  {
    first: ['diese', 'dieser', 'dieses'],
    pattern:
      /^Diese[rs]? (?:Nachricht|Beitrag|Interview|Gespräch|Sendung|Text) wurde am [^!?]{4,80} gesendet\.?$/u,
    reason: 'programme-credit',
  },
  // A broadcast script's header: `Sendemanuskript vom 24.11.2026`, `ВЫПУСК 26.11.2026`.
  {
    first: [
      'sendemanuskript',
      'manuskript',
      'sendung',
      'выпуск',
      'эфир',
      'émission',
      'programa',
      'puntata',
    ],
    pattern:
      /^(?:Sendemanuskript|Manuskript|Sendung|Выпуск|ВЫПУСК|Эфир|ЭФИР|Émission|Programa|Puntata)(?: vom| от| du| del)? \d{1,2}[./]\d{1,2}[./]\d{2,4}$/u,
    reason: 'dateline',
  },
];

/** {@link RULES}' patterns for a line in capitals: case-insensitive (made on the first such line). */
const CAPS_RULES: () => readonly RegExp[] = lazy(() =>
  RULES.map(
    (rule) =>
      new RegExp(
        rule.pattern.source,
        rule.pattern.flags.includes('i') ? rule.pattern.flags : `${rule.pattern.flags}i`,
      ),
  ),
);

/** A guest line under a radio page's headline: `Annie Genevard était l'invitée du « 8h30 … »`. */
const GUEST = lazyRegExp(
  `^${NAME_RUN} (?:était|est) l['’]invitée? d(?:u|e la|e l['’]|es) [^!?]{3,100}$`,
  'u',
);
/** The interview's participants: `Katrin Vogel im Gespräch mit Jasper Barenberg | 17.11.2026`. */
/** Offices a headline puts before its guest's name (`An interview with Mayor Kim Park`). */
const GUEST_OFFICES =
  '(?:Prime |Foreign |Finance |Health |Deputy )?Minister|President|Vice President|Senator|Sen\\.|Governor|Gov\\.|Mayor|Representative|Rep\\.|Congresswoman|Congressman|Chancellor|Secretary|Ambassador|General|Gen\\.|Judge|Justice|Chief|Commissioner|Professor|Prof\\.|Dr\\.?|Sir|Dame|Lord|Lady|Bishop|Archbishop|Coach|Captain|CEO|Author|Director|Actor|Actress|Singer|Councillor|Councilor|Premier|Chairman|Chairwoman|Chair|(?:Ober)?[Bb]ürgermeister(?:in)?|Ministerpräsident(?:in)?|(?:Bundes)?[Kk]anzler(?:in)?|(?:Bundes|Landes|Staats)?[Mm]inister(?:in)?|(?:Bundes)?[Pp]räsident(?:in)?|Senatorin|Landrat|Landrätin|Professorin|Direktorin|Regierungssprecher(?:in)?|Parteichef(?:in)?';
const IN_CONVERSATION = lazyRegExp(
  `^${NAME_RUN} im Gespräch mit (${NAME_RUN})(?:\\s?[|,–—-]\\s?\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})?$`,
  'u',
);
/** A byline in lower case: `di Marco Bellini`, `von Anna Schmidt`, `par Claire Martin`. */
const LOWER_BYLINE = lazyRegExp(`^(?:di|von|par|por|de|от) (${NAME_RUN})$`, 'u');
/** An interview page's rubric, the guest's name only: `Interview mit Katrin Vogel`. */
const RUBRIC = lazyRegExp(
  `^(?:Interview mit|Im Gespräch mit|Entretien avec|Entrevista (?:a|con)|Intervista (?:a|con)|Интервью с?) ${NAME_RUN}$`,
  'u',
);
/** A broadcast script's programme line: `tagesschau 20:00 Uhr`, `ВЕСТИ 20:00`. */
const PROGRAMME_TIME = lazyRegExp(
  String.raw`^(?:\p{L}[\p{L}.-]* ){1,3}(?:\d{1,2}[:.]\d\d (?:Uhr|UHR)|\d{1,2}h\d\d|\d{2}:\d\d)$`,
  'u',
);

const WEEKDAYS =
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica';
const MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
/**
 * An event's place and full date (La Moncloa, Élysée, Quirinale): `Palacio de la Moncloa,
 * Madrid, lunes 23 de noviembre de 2026`. One to three places, each up to a comma, then the date.
 */
const PLACE_AND_DATE = lazyRegExp(
  `^(?:\\p{Lu}[\\p{L}'’. -]{0,40}, ){1,3}(?:(?:${WEEKDAYS}),? )?\\d{1,2}(?:º|er|\\.)? (?:de )?(?:${MONTHS})(?: de)? \\d{4}$`,
  'u',
);

/** An event's full date with its weekday, then the place: `Montag, 23. November 2026 in Berlin`. */
const DATE_AND_PLACE = lazyRegExp(
  `^(?:${WEEKDAYS}),? (?:den |le )?\\d{1,2}(?:º|er|\\.)? (?:de )?(?:${MONTHS})(?: de)? \\d{4},? (?:in|à|en|a) \\p{Lu}[\\p{L}'’.-]{1,30}(?: (?:\\p{Ll}{2,4} )?\\p{Lu}[\\p{L}'’.-]{1,30}){0,2}$`,
  'u',
);

/** The debates site's notice over a page of the Portuguese Assembleia's Diário. */
const PT_AUTOMATIC_TEXT = /^O texto apresentado é obtido de forma automática\b/u;
/** The Diário da Assembleia da República's running head: `I SÉRIE — NÚMERO 60`. */
const PT_RUNNING_HEAD = /^I{1,2} SÉRIE ?[—–-] ?NÚMERO \d{1,4}$/u;

const FIRST_WORDS: ReadonlySet<string> = new Set(RULES.flatMap((r) => r.first));
const RUBRIC_FIRST: ReadonlySet<string> = new Set(
  'interview im entretien entrevista intervista интервью'.split(' '),
);
const LOWER_BYLINE_FIRST: ReadonlySet<string> = new Set('di von par por de от'.split(' '));
/**
 * The first two code units of the words above (`(first << 8) | second`): a line opening with two
 * other ASCII characters opens none of them.
 */
const FIRST_WORD_OPENINGS: ReadonlySet<number> = new Set(
  [...FIRST_WORDS, ...RUBRIC_FIRST, ...LOWER_BYLINE_FIRST]
    .filter((w) => w.length >= 2)
    .map((w) => (w.charCodeAt(0) << 8) | w.charCodeAt(1)),
);

/**
 * The Eduskunta's sitting line (see classifyLanguageLine): the weekday in capitals ends in `NA`
 * (`MAANANTAINA`), the month in `KUUTA`. Anchored, bounded classes.
 */
const FI_SITTING =
  /^\d{1,3}\. [A-Z]{5,11}NA \d{1,2}\. [A-ZÄÖ]{2,10}KUUTA \d{4}(?: kello \d{1,2}(?:\.\d\d)?)?$/u;

/** An ASCII capital in lower case; any other code as it is. */
function lowerAsciiCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/**
 * An interview page's guest line: `Intervista a Giulia Ferri, sindaca di Bologna, sul …`; in
 * English a headline's `An interview with Mayor Kim Park`, `Q&A with …`, `Q&A: …`, `Interview:
 * …`, `In conversation with …`, `Five questions for …`, the guest's office before the name
 * (group 1) no part of it.
 */
const GUEST_OPEN = lazyRegExp(
  `^(?:Interview (?:mit|with)|INTERVIEW (?:MIT|WITH)|Im Gespräch mit|Entretien avec|Entrevista (?:a|con)|Intervista (?:a|con)|Entrevista com|(?:(?:An?|Our) )?(?:(?:[Ee]xclusive|[Ff]ull|[Ee]xtended) )?(?:[Ii]nterview|[Cc]onversation|Q ?& ?A) with|In [Cc]onversation with|(?:Interview|INTERVIEW|Q ?& ?A): |(?:Five|Six|Seven|Eight|Ten|Three|d{1,2}) [Qq]uestions for) ?(?:(${GUEST_OFFICES}) )?(${NAME_RUN})(?=$|[,:;.]| –| —| -| on | about )`,
  'u',
);

/**
 * A programme page's header field naming its presenter (ABC: `Presenter: David Speers`; `Host:
 * …`): the label in title case (a transcript's role tags are in capitals), then a name alone, maybe
 * with the initials that tag the person's turns (an oral history's `Interviewer: Tom Reyes (TR)`).
 */
export const PRESENTER_FIELD = lazyRegExp(
  String.raw`^(?:Presenter|Host|Anchor|Interviewer|Moderator|(Narrator|Interviewee|Respondent)): (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2})(?: \(\p{Lu}{2,3}\))?$`,
  'u',
);

/**
 * The guest and the interviewer an interview page's header line names: `Intervista a Giulia
 * Ferri, …` (guest), `Katrin Vogel im Gespräch mit Jasper Barenberg` (guest, interviewer).
 */
export function readInterviewHeader(line: string): {
  guest: string | null;
  interviewer: string | null;
} {
  const t = line.trim();
  if (t.length > 240) return { guest: null, interviewer: null };
  // (An oral history's header writes its labels in capitals: `INTERVIEWER: Tom Reyes`.)
  const field = PRESENTER_FIELD.exec(
    t.replace(
      /^(INTERVIEWER|INTERVIEWEE|NARRATOR|RESPONDENT):/,
      (m) => m[0] + m.slice(1).toLowerCase(),
    ),
  );
  // An oral history's `Narrator: Margaret Okafor` names the person interviewed.
  if (field)
    return field[1]
      ? { guest: field[2] ?? null, interviewer: null }
      : { guest: null, interviewer: field[2] ?? null };
  const conversation = t.includes(' im Gespräch mit ') ? IN_CONVERSATION.exec(t) : null;
  if (conversation) {
    const guest = t.slice(0, t.indexOf(' im Gespräch mit '));
    return { guest, interviewer: conversation[1] ?? null };
  }
  const open = GUEST_OPEN.exec(t);
  return { guest: open?.[2] ?? null, interviewer: null };
}

/** `/\d{4}$/`: the last four characters are ASCII digits. */
function endsInFourDigits(line: string): boolean {
  if (line.length < 4) return false;
  for (let i = line.length - 4; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Last characters of a {@link CHANNEL_LINE}: a channel's number, `…s`, `SIC`, `TVI`, `…o`, `Polsat`, `TVN`. */
const CHANNEL_LAST: ReadonlySet<number> = new Set([
  0x31, 0x32, 0x33, 0x73, 0x43, 0x49, 0x6f, 0x74, 0x4e,
]);

/**
 * The furniture reason of one line in one of the conventions above, or null. `digit`: whether the
 * line has an ASCII digit (`/\d/`), which the date and time rules need.
 */
/** See {@link classifyLanguageLine}: a station, its places, its language, the hour and the day. */
const MONITORED_SOURCE =
  /^[^,()]{2,60}(?:, [^,()]{2,40}){0,2}, in [A-Z][a-z]+(?: and [A-Z][a-z]+)? \d{4} gmt \d{1,2} [A-Z][a-z]{2} \d{2,4}$/;
const SOURCE_DESCRIPTION = /^\(Description of [Ss]ource: [^()]{3,220}\)$/;

/**
 * El País's place, date and time under the byline (`Londres - 01 dic 2026 - 08:14 CET`), or its
 * update (`Actualizado: 01 dic 2026 - 09:00 CET`).
 */
const ES_PLACE_DATE = lazyRegExp(
  String.raw`^(?:\p{Lu}[\p{L}. ]{1,30} - |Actualizado:? )\d{1,2} (?:ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\.? \d{4}(?: - \d{1,2}:\d{2}(?: [A-Z]{2,5})?)?$`,
  'u',
);

/**
 * A news page's date under the byline opening with the day: Corriere's `01 dicembre 2026
 * (modifica alle 09:02) - LONDRA`, G1's `01/12/2026 08h14 · Atualizado há 2 horas`, RIA
 * Novosti's `01.12.2026, 08:14 (обновлено: 09:02)`.
 */
const DAY_FIRST_DATE = lazyRegExp(
  String.raw`^(?:\d{2}\.\d{2}\.\d{4}, \d{1,2}:\d{2}(?: \((?:обновлено|обновлена): \d{1,2}:\d{2}\))?|\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) \d{4}(?: \((?:modifica|aggiornato|aggiornata) (?:alle|il) [\d:. ]{4,12}\))?(?: - \p{Lu}[\p{L} ]{1,30})?|\d{2}/\d{2}/\d{4} \d{1,2}h\d{2}(?: · Atualizado (?:há \d{1,3} (?:minutos?|horas?|dias?)|em \d{2}/\d{2}/\d{4} \d{1,2}h\d{2}))?)$`,
  'u',
);

export function classifyLanguageLine(line: string, digit = /\d/.test(line)): NoteReason | null {
  if (line.length > 240) return null;
  if (digit && line.length <= 70 && line.includes(' - ') && ES_PLACE_DATE.test(line))
    return 'dateline';
  const c = line.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39 && line.length <= 80 && DAY_FIRST_DATE.test(line)) return 'dateline';
  // The first word (lower case, brackets kept) is read only where its first two characters may
  // open one of the rules' words (ASCII ones are lowered here; any other is read in full).
  const c0 = line.charCodeAt(0);
  const c1 = line.charCodeAt(1);
  if (
    c0 >= 0x80 ||
    c1 >= 0x80 ||
    FIRST_WORD_OPENINGS.has((lowerAsciiCode(c0) << 8) | lowerAsciiCode(c1))
  ) {
    const space = line.indexOf(' ');
    const first = (space === -1 ? line : line.slice(0, space)).toLowerCase();
    if (FIRST_WORDS.has(first)) {
      // A line in capitals (a script typed in caps: `SENDEMANUSKRIPT VOM 24.11.2026`) is read in
      // any case: it has no case left to tell anything by.
      const caps = !HAS_LOWERCASE.test(line);
      for (const [i, rule] of RULES.entries()) {
        if (!rule.first.includes(first)) continue;
        if ((caps ? (CAPS_RULES()[i] as RegExp) : rule.pattern).test(line)) return rule.reason;
      }
    }
    if (RUBRIC_FIRST.has(first) && RUBRIC.test(line)) return 'page-element';
    if (LOWER_BYLINE_FIRST.has(first) && LOWER_BYLINE.test(line)) return 'byline';
  }
  // The Assembleia's debates site: the notice that the text was read off the PDF by machine, and
  // the Diário's running head (`I SÉRIE — NÚMERO 60`, its page number on the next line). Their
  // first words are one letter, which the table of openings above does not hold.
  // The Eduskunta's sitting line: its number, the weekday and date in capitals, the hour
  // (`199. MAANANTAINA 10. HELMIKUUTA 2003 kello 12`).
  if (digit && c0 >= 0x30 && c0 <= 0x39 && line.length <= 60 && FI_SITTING.test(line))
    return 'dateline';
  if (c1 === 0x20) {
    if (c0 === 0x4f && PT_AUTOMATIC_TEXT.test(line)) return 'disclaimer';
    if (c0 === 0x49 && line.length <= 24 && PT_RUNNING_HEAD.test(line)) return 'page-element';
  } else if (c0 === 0x49 && c1 === 0x49 && line.length <= 24 && PT_RUNNING_HEAD.test(line))
    return 'page-element';
  // One rare character first (a long pattern costs a search table per call).
  // Both open with a name: never a line opening in ASCII lower case.
  const lower = c0 >= 0x61 && c0 <= 0x7a;
  if (
    !lower &&
    line.includes('ä') &&
    line.includes(' im Gespräch mit ') &&
    IN_CONVERSATION.test(line)
  )
    return 'byline';
  if (!lower && line.includes('é') && (line.includes("l'invité") || line.includes('l’invité'))) {
    if (GUEST.test(line)) return 'programme-credit';
  }
  if (
    line.length <= 160 &&
    endsInFourDigits(line) &&
    line.includes(', ') &&
    PLACE_AND_DATE.test(line)
  ) {
    return 'dateline';
  }
  // The full date and then the place (the Bundesregierung's `Montag, 23. November 2026 in Berlin`).
  // (A weekday of the Romance languages is capitalized at the line's start: `Lundi 23 …`.)
  if (
    line.length <= 100 &&
    (DATE_AND_PLACE.test(line) || DATE_AND_PLACE.test(line[0]?.toLowerCase() + line.slice(1)))
  )
    return 'dateline';
  // A monitoring service's line of the source it transcribed and its own note on it (BBC
  // Monitoring: `Rossiya 1, Moscow, in Russian 1600 gmt 12 Mar 24`, `(Description of source: …)`).
  if (digit && line.includes(' gmt ') && MONITORED_SOURCE.test(line)) return 'programme-credit';
  if (c0 === 0x28 && line.startsWith('(Description of ') && SOURCE_DESCRIPTION.test(line))
    return 'programme-credit';
  // The rules below read a time or a channel: a digit, or a channel's name, at the line's end.
  const last = line.charCodeAt(line.length - 1);
  if (
    line.length <= 40 &&
    (last === 0x72 || last === 0x52 || (last >= 0x30 && last <= 0x39)) &&
    PROGRAMME_TIME.test(line) &&
    isProgrammeTime(line)
  ) {
    return 'programme-credit';
  }
  if (
    line.length <= 90 &&
    digit &&
    (line.includes(' uur') ||
      line.includes(' UUR') ||
      line.includes('godz.') ||
      line.includes('GODZ.')) &&
    PROGRAMME_DAY.test(line)
  )
    return 'programme-credit';
  if (
    line.length <= 60 &&
    ((digit && line.charCodeAt(0) === 0x45 && EMISSION.test(line)) ||
      (CHANNEL_LAST.has(last) && CHANNEL_LINE.test(line)))
  )
    return 'programme-credit';
  return null;
}

/** A Portuguese transcript's airing line: `Emissão de 25 de novembro de 2026` (or in capitals). */
const EMISSION = lazyRegExp(
  String.raw`^(?:Emissão de \d{1,2} de \p{Ll}+ de|EMISSÃO DE \d{1,2} DE \p{Lu}+ DE) \d{4}$`,
  'u',
);
/**
 * A programme and the channel it airs on, in Portuguese, Polish, Dutch and Italian TV
 * (`Telejornal – RTP1`, `Fakty – TVN`, `Journaal – NPO 1`).
 */
const CHANNEL_LINE = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}\d ]{1,30} [–—-] (?:RTP ?[123]|RTP Notícias|SIC(?: Notícias)?|TVI|TV Globo|Globo|TVP ?[12]|TVP Info|Polsat|TVN|NPO ?[123]|RAI ?[123])$`,
  'u',
);

/**
 * A Dutch or Polish script's programme line, the time of day with `uur` or `godz.` (or `UUR`,
 * `GODZ.` in a script typed in capitals), maybe its day after a dash: `NOS Journaal 20.00 uur –
 * dinsdag 10 november 2026`, `Wiadomości, godz. 19:30 – 12.11.2026`.
 */
const PROGRAMME_DAY = lazyRegExp(
  String.raw`^(?:\p{L}[\p{L}\d.,-]* ){1,3}(?:\d{1,2}[:.]\d\d (?:uur|UUR)|(?:godz|GODZ)\. \d{1,2}[:.]\d\d)(?: [–—-] [\p{L}\d. ]{4,40})?$`,
  'u',
);

/**
 * `tagesschau 20:00 Uhr` (a time of day with `Uhr`), `ВЕСТИ 20:00` (a programme in capitals and
 * a two-digit hour): never a name beside a running time (`Jane Doe 0:01`, an Otter tag line).
 */
function isProgrammeTime(line: string): boolean {
  if (line.endsWith(' Uhr') || line.endsWith(' UHR') || /\dh\d\d$/.test(line)) return true;
  const name = line.slice(0, line.lastIndexOf(' '));
  return name === name.toUpperCase() && name !== name.toLowerCase();
}
