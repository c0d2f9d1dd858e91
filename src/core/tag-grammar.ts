/**
 * The speaker-tag grammar as data: every word list the tag matcher (./tags.ts) consults. Adding a
 * role word, a delivery note, an honorific or an office is a change here, not in the matcher.
 *
 * Keys are lower case, one space between words, `’` written `'`, no trailing full stop (the
 * matcher folds what it reads the same way: see `foldWords` in ./tags.ts).
 */

import { CUE_LANGUAGES, cueWordsOf } from './cue-languages.ts';
import { lazy } from './lazy.ts';

type RoleWordTables = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Role words, per language: a tag that is only one of these (in capitals or capitalized) is an
 * unnamed voice with that role (lower-case English role strings), never a person. Made on first
 * use: an object literal this size costs its creation at start-up.
 */
const ROLE_TABLES: () => RoleWordTables = lazy(() => ({
  en: {
    q: 'reporter',
    // Downing Street's lobby briefing: the Prime Minister's Official Spokesperson and the lobby
    // journalists' questions (`PMOS:`, `Lobby:`).
    pmos: 'spokesperson',
    lobby: 'reporter',
    question: 'reporter',
    questioner: 'reporter',
    // A town hall's or a debate's question from the audience (`AUDIENCE QUESTION 2:`).
    'audience question': 'audience member',
    'question from the audience': 'audience member',
    // A press conference's question from a reporter the transcript does not name.
    'question from the floor': 'reporter',
    'question from floor': 'reporter',
    reporter: 'reporter',
    journalist: 'reporter',
    // A podcast's or a talk show's guest, named in parentheses or not (`GUEST (Tom Adeyemi,
    // hydrologist):`); numbered (`Guest 2`), a service's label kept as written.
    guest: 'guest',
    // The New Zealand Prime Minister's post-Cabinet transcripts: `Media: Prime Minister, …`.
    media: 'reporter',
    a: 'answer',
    answer: 'answer',
    // A US deposition or trial: the witness answering the court or counsel, not a question.
    'the witness': 'witness',
    // A US or Canadian court transcript's other voices, named by their place in the courtroom
    // (`THE COURT:` is the judge; `THE REPORTER:` the court's stenographer, not a journalist).
    'the court': 'judge',
    // England and Wales: a part-time judge sitting in the Crown Court.
    'the recorder': 'judge',
    'the employment judge': 'judge',
    'employment judge': 'judge',
    // Australian and New Zealand courts' judge (`HIS HONOUR:`, `HER HONOUR:`).
    'his honour': 'judge',
    'her honour': 'judge',
    'the deputy clerk': 'clerk',
    'the bailiff': 'bailiff',
    bailiff: 'bailiff',
    'the interpreter': 'interpreter',
    'the videographer': 'videographer',
    videographer: 'videographer',
    'the reporter': 'court reporter',
    'court reporter': 'court reporter',
    'the court reporter': 'court reporter',
    'the stenographer': 'court reporter',
    'the court clerk': 'clerk',
    'the court officer': 'court officer',
    // The International Criminal Court's usher opening a hearing (`THE COURT USHER: All rise.`).
    'the court usher': 'court usher',
    'the defendant': 'defendant',
    // A police interview's other voices (PACE: the suspect's solicitor, the appropriate adult).
    solicitor: 'solicitor',
    'duty solicitor': 'solicitor',
    'appropriate adult': 'appropriate adult',
    defendant: 'defendant',
    'the plaintiff': 'plaintiff',
    'the jury': 'jury',
    juror: 'juror',
    'prospective juror': 'juror',
    'the foreperson': 'jury foreperson',
    host: 'host',
    'co-host': 'host',
    anchor: 'anchor',
    'co-anchor': 'anchor',
    // A US script's anchor parts over their copy: the lead into a report, its intro, the tag after.
    'anchor lead': 'anchor',
    'anchor intro': 'anchor',
    'anchor tag': 'anchor',
    'anchor outro': 'anchor',
    // A radio script's host parts around a report (NPR, CBC: `HOST INTRO:`, `HOST OUTRO:`), and
    // a UK programme's presenter's (`PRESENTER INTRO:`).
    'host intro': 'host',
    'host outro': 'host',
    'host lead': 'host',
    'host tag': 'host',
    'presenter intro': 'presenter',
    'presenter outro': 'presenter',
    presenter: 'presenter',
    correspondent: 'correspondent',
    // A BBC or RTÉ script's short forms (`PRES:`, `ANCH:`, `CORR:`), the bulletin's reader, and
    // the weather presenter of a US newscast.
    pres: 'presenter',
    anch: 'anchor',
    corr: 'correspondent',
    newsreader: 'announcer',
    meteorologist: 'meteorologist',
    moderator: 'moderator',
    // A press conference's own voices, named by their place (`THE MODERATOR:`, sports
    // transcripts), as a court transcript names its own.
    'the moderator': 'moderator',
    // Unnamed voices as scripts and captions write them (`MAN:`, `WOMAN 2:`, `Male Speaker:`).
    man: 'man',
    woman: 'woman',
    child: 'child',
    boy: 'boy',
    girl: 'girl',
    'male speaker': 'male speaker',
    'female speaker': 'female speaker',
    'male voice': 'male voice',
    'female voice': 'female voice',
    'the host': 'host',
    'the announcer': 'announcer',
    interviewer: 'interviewer',
    // Research and oral-history interviews: the interviewer and the one who answers.
    int: 'interviewer',
    iv: 'interviewer',
    i: 'interviewer',
    ie: 'interviewee',
    respondent: 'respondent',
    resp: 'respondent',
    res: 'respondent',
    interviewee: 'interviewee',
    narrator: 'narrator',
    announcer: 'announcer',
    // A US radio or ENPS script's announcer (`ANNCR:`, `(ANNC)` over the copy).
    anncr: 'announcer',
    annc: 'announcer',
    commentator: 'commentator',
    // A results programme's or a panel's expert (`ANALYST (Prof. Neil Carden, …):`).
    analyst: 'analyst',
    // A vox pop's passer-by, unnumbered (`VOX:`, `VOX POP:`, `VOXPOP:`), as `VOX 1:` is.
    vox: 'vox',
    'vox pop': 'vox pop',
    'vox-pop': 'vox pop',
    voxpop: 'vox pop',
    'voice one': 'voice one',
    'voice two': 'voice two',
    'voice three': 'voice three',
    voice: 'voice',
    'voice-over': 'voice-over',
    operator: 'operator',
    interpreter: 'interpreter',
    translator: 'interpreter',
    caller: 'caller',
    // A phone-in's numbered callers are also written by who they are to the station
    // (`LISTENER 3:`): the same voices.
    listener: 'caller',
    // Released emergency calls and body-camera footage: the voices by their place on the call.
    dispatcher: 'dispatcher',
    dispatch: 'dispatcher',
    'call taker': 'dispatcher',
    '911 operator': 'dispatcher',
    officer: 'officer',
    suspect: 'suspect',
    subject: 'subject',
    audience: 'audience',
    'audience member': 'audience member',
    'audience members': 'audience',
    // A council's or an inquiry's speaker from the floor (UK): `Member of the public:`.
    'member of the public': 'audience member',
    'members of the public': 'audience',
    crowd: 'crowd',
    crowds: 'crowd',
    chorus: 'crowd',
    protesters: 'crowd',
    'several speakers': 'several speakers',
    'multiple speakers': 'several speakers',
    'multiple voices': 'several speakers',
    'several voices': 'several speakers',
    voices: 'several speakers',
    all: 'several speakers',
    both: 'several speakers',
    // A programme's presenters together (`ANCHORS:`, `BOTH HOSTS:`), reporters shouting at once.
    anchors: 'several speakers',
    'both anchors': 'several speakers',
    'co-anchors': 'several speakers',
    hosts: 'several speakers',
    'both hosts': 'several speakers',
    'co-hosts': 'several speakers',
    presenters: 'several speakers',
    'both presenters': 'several speakers',
    reporters: 'several speakers',
    participant: 'participant',
    participants: 'several speakers',
    'noble lords': 'noble lords',
    'some noble lords': 'noble lords',
    'hon. members': 'hon. members',
    'hon members': 'hon. members',
    'hon. member': 'hon. member',
    'hon member': 'hon. member',
    'some hon. members': 'hon. members',
    'several hon. members': 'hon. members',
    'an hon. member': 'hon. member',
    'an hon member': 'hon. member',
    'some hon members': 'hon. members',
    unidentified: 'unidentified',
    'senior administration official': 'senior administration official',
    'administration official': 'administration official',
    'senior state department official': 'senior state department official',
    'state department official': 'state department official',
    'senior official': 'senior official',
    official: 'official',
    'press secretary': 'press secretary',
    staff: 'staff',
    'staff member': 'staff',
  },
  ru: {
    ведущий: 'host',
    ведущая: 'host',
    ведущие: 'host',
    корреспондент: 'correspondent',
    // TV scripts abbreviate the correspondent (`КОРР.:`, `СПЕЦКОР:`).
    корр: 'correspondent',
    спецкор: 'correspondent',
    журналист: 'reporter',
    журналистка: 'reporter',
    вопрос: 'reporter',
    ответ: 'answer',
    реплика: 'audience member',
    'реплика из зала': 'audience member',
    'голос из зала': 'audience member',
    голос: 'voice',
    'голос за кадром': 'voice-over',
    голоса: 'several speakers',
    диктор: 'announcer',
    модератор: 'moderator',
    переводчик: 'interpreter',
    зритель: 'audience member',
    зрители: 'audience',
    участник: 'participant',
  },
  de: {
    // A TV script's anchor (`MOD:` over the link the presenter reads).
    mod: 'anchor',
    // The anchor's lead into a report and the words after it (`ANMOD:`, `ABMOD:`).
    anmod: 'anchor',
    abmod: 'anchor',
    // (`MODERATION:`, `ANMODERATION:`, `ABMODERATION:` written out: ./cue-languages.ts.)
    moderator: 'moderator',
    moderatorin: 'moderator',
    frage: 'reporter',
    zusatzfrage: 'reporter',
    // A radio feature's manuscript (Deutschlandfunk): the author's narration and the voice reading
    // the quotations (`AUTORIN:`, `Zitator:`).
    autor: 'reporter',
    autorin: 'reporter',
    zitator: 'voice-over',
    zitatorin: 'voice-over',
    nachfrage: 'reporter',
    antwort: 'answer',
    sprecher: 'announcer',
    sprecherin: 'announcer',
    reporterin: 'reporter',
    journalistin: 'reporter',
    korrespondent: 'correspondent',
    korrespondentin: 'correspondent',
    interviewerin: 'interviewer',
    erzähler: 'narrator',
    erzählerin: 'narrator',
    dolmetscher: 'interpreter',
    dolmetscherin: 'interpreter',
    publikum: 'audience',
    stimme: 'voice',
    // Unnamed voices of a report, as `MAN:`/`WOMAN:` in English (`FRAU:` alone: no courtesy).
    frau: 'woman',
    mann: 'man',
  },
  fr: {
    // The House of Commons of Canada's record in French (`Des voix: Oh, oh!`): hon. members.
    'des voix': 'hon. members',
    journaliste: 'reporter',
    'un journaliste': 'reporter',
    'une journaliste': 'reporter',
    réponse: 'answer',
    animateur: 'host',
    animatrice: 'host',
    présentateur: 'anchor',
    présentatrice: 'anchor',
    correspondant: 'correspondent',
    correspondante: 'correspondent',
    'envoyé spécial': 'correspondent',
    'envoyée spéciale': 'correspondent',
    modérateur: 'moderator',
    modératrice: 'moderator',
    narrateur: 'narrator',
    narratrice: 'narrator',
    interprète: 'interpreter',
    'voix off': 'voice-over',
    femme: 'woman',
    homme: 'man',
    'une femme': 'woman',
    'un homme': 'man',
  },
  es: {
    periodista: 'reporter',
    pregunta: 'reporter',
    // La Moncloa and Latin American government transcripts: `P.-` the question, `R.-` the answer.
    p: 'reporter',
    r: 'answer',
    respuesta: 'answer',
    presentador: 'anchor',
    presentadora: 'anchor',
    conductor: 'host',
    conductora: 'host',
    moderador: 'moderator',
    moderadora: 'moderator',
    corresponsal: 'correspondent',
    // An Argentine script's studio presenter (`PISO:`, the set).
    piso: 'anchor',
    reportero: 'reporter',
    reportera: 'reporter',
    // The reporter's part of a Spanish TV or radio script (`REDACTORA:`); a reporter at the
    // Mexican president's morning conference (`INTERLOCUTORA:`).
    interlocutor: 'reporter',
    interlocutora: 'reporter',
    redactor: 'reporter',
    redactora: 'reporter',
    'enviado especial': 'correspondent',
    'enviada especial': 'correspondent',
    narrador: 'narrator',
    narradora: 'narrator',
    // The off-screen voice of a Spanish TV script.
    'voz en off': 'voice-over',
    'voz off': 'voice-over',
    locutor: 'announcer',
    locutora: 'announcer',
    entrevistador: 'interviewer',
    entrevistadora: 'interviewer',
    entrevistado: 'interviewee',
    entrevistada: 'interviewee',
    intérprete: 'interpreter',
    público: 'audience',
    mujer: 'woman',
    hombre: 'man',
  },
  it: {
    // Press interviews: `D:` (domanda) the question, `R:` (risposta) the answer.
    d: 'reporter',
    domanda: 'reporter',
    risposta: 'answer',
    giornalista: 'reporter',
    cronista: 'reporter',
    conduttore: 'host',
    conduttrice: 'host',
    intervistatore: 'interviewer',
    intervistatrice: 'interviewer',
    intervistato: 'interviewee',
    intervistata: 'interviewee',
    moderatore: 'moderator',
    moderatrice: 'moderator',
    corrispondente: 'correspondent',
    inviato: 'correspondent',
    inviata: 'correspondent',
    voce: 'voice',
    'voce fuori campo': 'voice-over',
    'voce off': 'voice-over',
    pubblico: 'audience',
    donna: 'woman',
    uomo: 'man',
  },
  pt: {
    p: 'reporter',
    pergunta: 'reporter',
    resposta: 'answer',
    jornalista: 'reporter',
    repórter: 'reporter',
    apresentador: 'anchor',
    apresentadora: 'anchor',
    âncora: 'anchor',
    // Portugal's TV scripts: the anchor's part is the `PIVÔ`.
    pivô: 'anchor',
    pivot: 'anchor',
    mediador: 'moderator',
    mediadora: 'moderator',
    entrevistador: 'interviewer',
    entrevistadora: 'interviewer',
    correspondente: 'correspondent',
    narrador: 'narrator',
    locutor: 'announcer',
    mulher: 'woman',
    homem: 'man',
  },
  nl: {
    presentator: 'presenter',
    presentatrice: 'presenter',
    verslaggever: 'reporter',
    verslaggeefster: 'reporter',
    correspondente: 'correspondent',
    vraag: 'reporter',
    antwoord: 'answer',
    interviewer: 'interviewer',
    voorzitter: 'chair',
  },
  pl: {
    prowadzący: 'host',
    prowadząca: 'host',
    reporterka: 'reporter',
    // Polish TV scripts: the anchor's part is the `PREZENTER`.
    prezenter: 'presenter',
    prezenterka: 'presenter',
    dziennikarz: 'reporter',
    dziennikarka: 'reporter',
    korespondent: 'correspondent',
    korespondentka: 'correspondent',
    pytanie: 'reporter',
    odpowiedź: 'answer',
    lektor: 'announcer',
  },
  sv: {
    programledare: 'host',
    nyhetsuppläsare: 'announcer',
    // SVT's scripts: the anchor's lead is the `PRATARE`.
    pratare: 'anchor',
    intervjuare: 'interviewer',
    fråga: 'reporter',
    svar: 'answer',
  },
  // Norwegian and Danish.
  no: {
    programleder: 'host',
    vært: 'host',
    studievært: 'host',
    nyhetsoppleser: 'announcer',
    spørsmål: 'reporter',
    spørgsmål: 'reporter',
  },
  fi: {
    juontaja: 'host',
    toimittaja: 'reporter',
    kirjeenvaihtaja: 'correspondent',
    haastattelija: 'interviewer',
    uutistenlukija: 'announcer',
    kysymys: 'reporter',
    vastaus: 'answer',
  },
  // Greek, with and without the accent capitals drop.
  el: {
    παρουσιαστης: 'host',
    παρουσιαστής: 'host',
    παρουσιαστρια: 'host',
    παρουσιάστρια: 'host',
    δημοσιογραφος: 'reporter',
    δημοσιογράφος: 'reporter',
    ρεπορτερ: 'reporter',
    ρεπόρτερ: 'reporter',
    ανταποκριτης: 'correspondent',
    ανταποκριτής: 'correspondent',
    ερωτηση: 'reporter',
    ερώτηση: 'reporter',
    απαντηση: 'answer',
    απάντηση: 'answer',
  },
  ro: {
    prezentator: 'host',
    prezentatoare: 'host',
    reporteră: 'reporter',
    corespondent: 'correspondent',
    întrebare: 'reporter',
    răspuns: 'answer',
  },
  hu: {
    műsorvezető: 'host',
    riporter: 'reporter',
    tudósító: 'correspondent',
    kérdés: 'reporter',
    válasz: 'answer',
  },
  // Czech and Slovak.
  cs: {
    moderátor: 'moderator',
    moderátorka: 'moderator',
    redaktor: 'reporter',
    redaktorka: 'reporter',
    reportér: 'reporter',
    reportérka: 'reporter',
    zpravodaj: 'correspondent',
    zpravodajka: 'correspondent',
    otázka: 'reporter',
    odpověď: 'answer',
    odpoveď: 'answer',
  },
  uk: {
    ведучий: 'host',
    ведуча: 'host',
    кореспондент: 'correspondent',
    кореспондентка: 'correspondent',
    журналіст: 'reporter',
    журналістка: 'reporter',
    питання: 'reporter',
    відповідь: 'answer',
  },
  tr: {
    sunucu: 'host',
    spiker: 'announcer',
    muhabir: 'reporter',
    gazeteci: 'reporter',
    soru: 'reporter',
    cevap: 'answer',
    yanıt: 'answer',
    moderatör: 'moderator',
    tercüman: 'interpreter',
    çevirmen: 'interpreter',
    // The Grand National Assembly's record (`BAŞKAN – …`).
    başkan: 'president',
    // A minister's press interview (`Bakan: Şimdilik hayır.`).
    bakan: 'minister',
  },
  // Indonesian and Malay.
  id: {
    'pembawa acara': 'host',
    wartawan: 'reporter',
    jurnalis: 'reporter',
    pemberita: 'reporter',
    penyiar: 'announcer',
    pertanyaan: 'reporter',
    soalan: 'reporter',
    jawaban: 'answer',
    jawapan: 'answer',
    pewawancara: 'interviewer',
    // Malaysian TV: the newsreader (`PEMBACA BERITA:`) and the presenter (`PENYAMPAI:`).
    'pembaca berita': 'anchor',
    penyampai: 'presenter',
    narasumber: 'interviewee',
    penerjemah: 'interpreter',
  },
  // Vietnamese (the abbreviations `BTV`, `PV` of TV scripts are not read: initials look alike).
  vi: {
    'người dẫn chương trình': 'host',
    'biên tập viên': 'anchor',
    'phóng viên': 'reporter',
    'người dẫn': 'host',
    'phát thanh viên': 'announcer',
    hỏi: 'reporter',
    đáp: 'answer',
  },
  // Thai TV news: the newsreader, the reporter, the host.
  th: {
    ผู้ประกาศข่าว: 'announcer',
    ผู้ประกาศ: 'announcer',
    ผู้สื่อข่าว: 'reporter',
    นักข่าว: 'reporter',
    พิธีกร: 'host',
    ผู้ดำเนินรายการ: 'host',
  },
  sw: {
    mtangazaji: 'host',
    mwandishi: 'reporter',
    'mwandishi wa habari': 'reporter',
    swali: 'reporter',
    jibu: 'answer',
  },
  // Scripts without capitals: the role word alone before a colon (`主持人：`, `المذيع:`), or in a
  // Korean news transcript's brackets (`[앵커]`). Chinese and Japanese write the full-width colon.
  zh: {
    主持人: 'host',
    主播: 'anchor',
    // A TV script's lead, read by the anchor (`【导语】`), and the anchor on camera (`【口播】`).
    导语: 'anchor',
    導語: 'anchor',
    口播: 'anchor',
    记者: 'reporter',
    記者: 'reporter',
    解说: 'narrator',
    解說: 'narrator',
    旁白: 'narrator',
    播音员: 'announcer',
    问: 'reporter',
    問: 'reporter',
    答: 'answer',
    翻译: 'interpreter',
    翻譯: 'interpreter',
    观众: 'audience member',
    // An official interviewed by office (`部长：目前没有。`, `市长：`).
    部长: 'minister',
    部長: 'minister',
    市长: 'mayor',
    市長: 'mayor',
    // A ministry's or a government's press conference: its spokesperson unnamed.
    发言人: 'spokesperson',
    發言人: 'spokesperson',
  },
  ja: {
    司会: 'host',
    司会者: 'host',
    記者: 'reporter',
    キャスター: 'anchor',
    アナウンサー: 'announcer',
    // NHK scripts shorten the announcer's cue: `【アナ】`.
    アナ: 'announcer',
    ナレーション: 'narrator',
    ナレーター: 'narrator',
    リポーター: 'reporter',
    レポーター: 'reporter',
    質問: 'reporter',
    質問者: 'reporter',
    回答: 'answer',
    通訳: 'interpreter',
    // A governor's, a mayor's or a minister's press conference (`知事：`, `市長：`, `大臣：`).
    知事: 'governor',
    市長: 'mayor',
    大臣: 'minister',
    首相: 'prime minister',
    総理: 'prime minister',
    総理大臣: 'prime minister',
    官房長官: 'chief cabinet secretary',
  },
  ko: {
    앵커: 'anchor',
    기자: 'reporter',
    사회자: 'host',
    진행자: 'host',
    내레이션: 'narrator',
    질문: 'reporter',
    답변: 'answer',
    통역: 'interpreter',
    대변인: 'spokesperson',
    // A president's, a prime minister's or a minister's press conference by office (`대통령:`).
    대통령: 'president',
    국무총리: 'prime minister',
    총리: 'prime minister',
    장관: 'minister',
  },
  ar: {
    المذيع: 'anchor',
    المذيعة: 'anchor',
    مذيع: 'anchor',
    مذيعة: 'anchor',
    المراسل: 'correspondent',
    المراسلة: 'correspondent',
    مراسل: 'correspondent',
    المقدم: 'host',
    المقدمة: 'host',
    المحاور: 'interviewer',
    // A minister interviewed by office (`الوزير: ليس في الوقت الحالي.`).
    الوزير: 'minister',
    الوزيرة: 'minister',
    سؤال: 'reporter',
    جواب: 'answer',
    المترجم: 'interpreter',
  },
  fa: {
    مجری: 'host',
    گوینده: 'announcer',
    خبرنگار: 'reporter',
    پرسش: 'reporter',
    پاسخ: 'answer',
  },
  ur: {
    اینکر: 'anchor',
    میزبان: 'host',
    'نامہ نگار': 'correspondent',
    رپورٹر: 'reporter',
    سوال: 'reporter',
  },
  bn: {
    উপস্থাপক: 'host',
    প্রতিবেদক: 'reporter',
    সংবাদদাতা: 'correspondent',
    প্রশ্ন: 'reporter',
    উত্তর: 'answer',
  },
  he: {
    מגיש: 'host',
    מגישה: 'host',
    כתב: 'reporter',
    כתבת: 'reporter',
    מראיין: 'interviewer',
    מראיינת: 'interviewer',
    שאלה: 'reporter',
    תשובה: 'answer',
  },
  hi: {
    // The Lok Sabha's and Rajya Sabha's chair in the Hindi record (`माननीय अध्यक्ष :`).
    'माननीय अध्यक्ष': 'speaker',
    एंकर: 'anchor',
    संवाददाता: 'correspondent',
    रिपोर्टर: 'reporter',
    प्रश्न: 'reporter',
    सवाल: 'reporter',
    उत्तर: 'answer',
    जवाब: 'answer',
  },
}));

/**
 * The role words with each language's anchor cues of ./cue-languages.ts (`ANMODERATION:`,
 * `LANCIO:`, Norwegian `ANNONSE:`, Dutch `AANKONDIGING:`) in its table: the anchor's tag, and a
 * word of that language alone.
 */
export const ROLE_WORDS: () => RoleWordTables = lazy(() => {
  const tables: Record<string, Readonly<Record<string, string>>> = { ...ROLE_TABLES() };
  for (const [code, cues] of Object.entries(CUE_LANGUAGES)) {
    const anchors = Object.keys(cues).filter((w) => cues[w] === 'anchor');
    if (anchors.length > 0)
      tables[code] = {
        ...tables[code],
        ...Object.fromEntries(anchors.map((w) => [w.toLowerCase(), 'anchor'])),
      };
  }
  return tables;
});

/**
 * Unnamed people a report quotes by what they are (vox pops: `O-Ton Pendlerin:`, `Жительница:`,
 * `PASSERBY:`): a role, the word itself, never a person named after it.
 */
export const VOX_POP_WORDS: ReadonlySet<string> = new Set(
  (
    'passerby passer-by bystander commuter shopper resident witness eyewitness voter ' +
    'owner shopkeeper nurse teacher student parent neighbour neighbor victim ' +
    'survivor volunteer customer passenger worker firefighter paramedic motorist homeowner ' +
    'protester protestor spectator villager ' +
    'passant passantin pendler pendlerin anwohner anwohnerin augenzeuge augenzeugin bewohner ' +
    'bewohnerin besucher besucherin demonstrant demonstrantin zuschauer zuschauerin ' +
    'reisender reisende fahrgast fahrgäste kunde kundin patient patientin ' +
    'traveller traveler passenger customer patient ' +
    'passante habitant habitante témoin riverain riveraine manifestant manifestante ' +
    'vecino vecina testigo transeúnte manifestante ' +
    'morador moradora testemunha bewoner bewoonster omwonende ooggetuige voorbijganger ' +
    'mieszkaniec mieszkanka świadek przechodzień ' +
    'passante residente testimone abitante ' +
    // Trades and conditions a report names its voices by (none of them a common surname).
    'commerçant commerçante agriculteur agricultrice infirmier infirmière enseignant enseignante ' +
    'étudiant étudiante lycéen lycéenne retraité retraitée pompier policier policière ' +
    'automobiliste salarié salariée ouvrier ouvrière électeur électrice sinistré sinistrée ' +
    'comerciante agricultor agricultora enfermero enfermera estudiante jubilado jubilada ' +
    'bombero bombera taxista camionero camionera votante damnificado damnificada trabajador ' +
    'trabajadora negoziante agricoltore infermiere infermiera studente studentessa pensionato ' +
    'pensionata pompiere elettore elettrice lavoratore lavoratrice ' +
    // Nordic, Czech and Slovak, Finnish, Hungarian, Turkish, Indonesian and Malay.
    'boende invånare vittne beboer beboere øjenvidne øyenvitne obyvatel obyvatelka svědek ' +
    'svědkyně asukas silminnäkijä lakos szemtanú vatandaş tanık warga saksi penduduk ' +
    // Thai: a villager, a citizen. Hindi: a resident, a villager, an eyewitness.
    'ชาวบ้าน ประชาชน निवासी ग्रामीण प्रत्यक्षदर्शी ' +
    'житель жительница жители очевидец очевидица прохожий прохожая местный местная ' +
    // Scripts without capitals: Chinese, Japanese, Korean, Arabic, Hebrew.
    '市民 居民 村民 路人 目击者 住民 目撃者 男性 女性 会社員 시민 주민 목격자 مواطن مواطنة المواطن ' +
    'عيان תושב תושבת'
  )
    .split(' ')
    // Vietnamese, in two words: the people, a witness.
    .concat(['người dân', 'nhân chứng', 'स्थानीय निवासी']),
);

/**
 * Words that mark a tag as a sound bite of a broadcast script (`O-Ton Martin Burkert, EVG:`,
 * `SOT Jane Doe:`, `СИНХРОН Иван Петров:`): the speaker follows, the delivery is `sot`.
 */
export const SOUND_BITE_LEADS: ReadonlySet<string> = new Set([
  'soundbite',
  'o-ton',
  // The Dutch bite (`O-TOON Jan de Vries, machinist:`).
  'o-toon',
  'oton',
  // German TV's bite (`SYNCHRON Landwirtin Eva Roth:`).
  'synchron',
  'sot',
  'синхрон',
  'снх',
]);

/**
 * Bite leads of European scripts, in capitals only (`SONORE Marie Dupont, habitante :`, `SONORO
 * Marco Bianchi, sindaco:`, `INTERVIEW …`, `OT 1 Name, Rolle:`): `Son Heung-min:` is a name.
 */
export const CAPITAL_BITE_LEADS: ReadonlySet<string> = new Set(
  cueWordsOf('bite', 'lead').map((w) => w.toUpperCase()),
);

/**
 * Roles a speaker may name themself in ("I'm Steve Ember"): the name is then the speaker's. Roles
 * shared by many people (`Q`, `reporter`, `crowd`) never take a name.
 */
export const NAMEABLE_ROLES: ReadonlySet<string> = new Set([
  'reporter',
  'host',
  'anchor',
  'presenter',
  'correspondent',
  'narrator',
  'announcer',
  'commentator',
  'voice one',
  'voice two',
  'voice three',
  'voice',
  'interviewer',
]);

/**
 * Question tags (`Q`, `QUESTION:`, `Вопрос:`): the role `reporter`, but the many reporters who ask
 * at a briefing are one voice apart from a `REPORTER:` in a package, and never take a name.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'q',
  'question',
  'questioner',
  'вопрос',
  'frage',
  'pregunta',
  'p',
  'd',
  'domanda',
  'pergunta',
]);

/** `UNIDENTIFIED <noun>[ #N]`: an unnamed voice; the role is the tag in lower case. */
export const UNNAMED_LEADS: ReadonlySet<string> = new Set([
  'unidentified',
  'unknown',
  'unnamed',
  'unseen',
  'another',
  'neizvestnyi',
  'неизвестный',
  'неизвестная',
  'неустановленный',
]);
export const UNNAMED_NOUNS: ReadonlySet<string> = new Set(
  (
    'male female man woman men women person people speaker speakers voice voices reporter ' +
    'journalist participant child boy girl official caller protester protesters crowd group ' +
    'audience member officer soldier student resident witness voice-over мужчина женщина голос ' +
    'участник журналист'
  ).split(' '),
);

/**
 * Delivery parentheticals (`SMITH (voice-over): …`): the block attribute `delivery` they set, and
 * whether the words are a translation.
 */
export interface Delivery {
  delivery: string | null;
  translated: boolean;
}
const VO: Delivery = { delivery: 'voice-over', translated: false };
const OC: Delivery = { delivery: 'on-camera', translated: false };
const TRANSLATED: Delivery = { delivery: 'through-translator', translated: true };
const PHONE: Delivery = { delivery: 'via-telephone', translated: false };
const RADIO: Delivery = { delivery: 'via-radio', translated: false };
export const DELIVERIES: Readonly<Record<string, Delivery>> = {
  'voice-over': VO,
  'voice over': VO,
  voiceover: VO,
  vo: VO,
  'v/o': VO,
  'v.o': VO,
  'on camera': OC,
  'on-camera': OC,
  // A US script's reporter parts: `SMITH (ON CAM):`, `(STANDUP)`, a piece to camera `(PTC)`.
  'on cam': OC,
  // The presenter in the studio, or on the camera the director names (`ANCHOR (CAM 2):`).
  'in studio': OC,
  'in the studio': OC,
  ...Object.fromEntries(
    ['1', '2', '3', '4', '5', '6'].flatMap((n) => [
      [`cam ${n}`, OC],
      [`camera ${n}`, OC],
    ]),
  ),
  standup: OC,
  'stand-up': OC,
  'stand up': OC,
  ptc: OC,
  // BBC scripts: in vision (on camera), out of vision (over pictures).
  'in vision': OC,
  iv: OC,
  oov: VO,
  live: { delivery: 'live', translated: false },
  oc: OC,
  'o/c': OC,
  'off camera': { delivery: 'off-camera', translated: false },
  // A press conference's question asked away from the microphone (`REPORTER (off mic):`).
  'off mic': { delivery: 'off-mic', translated: false },
  'off-mic': { delivery: 'off-mic', translated: false },
  'off-camera': { delivery: 'off-camera', translated: false },
  // Subtitles for the deaf and hard of hearing: `[JOHN, OFF-SCREEN]`, `(MARY O.S.)`.
  'off-screen': { delivery: 'off-camera', translated: false },
  'o.s': { delivery: 'off-camera', translated: false },
  'through translator': TRANSLATED,
  'through-translator': TRANSLATED,
  'through interpreter': TRANSLATED,
  'through an interpreter': TRANSLATED,
  'through a translator': TRANSLATED,
  'via translator': TRANSLATED,
  'via interpreter': TRANSLATED,
  'voice of translator': TRANSLATED,
  'voice of interpreter': TRANSLATED,
  'via telephone': PHONE,
  'via-telephone': PHONE,
  'via phone': PHONE,
  'by telephone': PHONE,
  'by phone': PHONE,
  'on the phone': PHONE,
  // A radio contributor on the line, or a remote studio's (`down the line`, BBC).
  'on the line': PHONE,
  'down the line': { delivery: 'down-the-line', translated: false },
  'down-the-line': { delivery: 'down-the-line', translated: false },
  'on phone': PHONE,
  // Heard over a two-way radio (a coastguard, a pilot, a police unit in a documentary's script).
  'on radio': RADIO,
  'on the radio': RADIO,
  'over the radio': RADIO,
  'over radio': RADIO,
  'via radio': RADIO,
  'by radio': RADIO,
  'on tape': { delivery: 'on-tape', translated: false },
  'on-tape': { delivery: 'on-tape', translated: false },
  sot: { delivery: 'sot', translated: false },
  'via satellite': { delivery: 'via-satellite', translated: false },
  'via-satellite': { delivery: 'via-satellite', translated: false },
  'via-video-link': { delivery: 'via-video-link', translated: false },
  'via video link': { delivery: 'via-video-link', translated: false },
  'by video link': { delivery: 'via-video-link', translated: false },
  // Remote interviews by video call (CNN and MSNBC since 2020: `(via Skype)`, `(VIA ZOOM)`).
  'via skype': { delivery: 'via-video-link', translated: false },
  'via zoom': { delivery: 'via-video-link', translated: false },
  'via webex': { delivery: 'via-video-link', translated: false },
  'via facetime': { delivery: 'via-video-link', translated: false },
  'via teams': { delivery: 'via-video-link', translated: false },
  'via video': { delivery: 'via-video-link', translated: false },
  'via video call': { delivery: 'via-video-link', translated: false },
  'via videoconference': { delivery: 'via-video-link', translated: false },
  'via video conference': { delivery: 'via-video-link', translated: false },
  'via broadband': { delivery: 'via-video-link', translated: false },
  retranslated: { delivery: null, translated: true },
  // A record's speech given in its translation (South Africa's Hansard: `Ms P TSHWETE
  // (Translation):`).
  translation: { delivery: null, translated: true },
  translated: { delivery: null, translated: true },
  'as translated': { delivery: null, translated: true },
  'as interpreted': { delivery: null, translated: true },
  interpreted: { delivery: null, translated: true },
  'in translation': { delivery: null, translated: true },
  'как переведено': { delivery: null, translated: true },
  'в переводе': { delivery: null, translated: true },
  'за кадром': VO,
  синхрон: { delivery: 'sot', translated: false },
  'через переводчика': TRANSLATED,
  'по телефону': PHONE,
  'en off': VO,
  'hors champ': { delivery: 'off-camera', translated: false },
  'voz en off': VO,
  // Brazilian scripts: `REPÓRTER (OFF):` reads over pictures, `(PASSAGEM)` on camera.
  off: VO,
  passagem: { delivery: 'on-camera', translated: false },
  sonora: { delivery: 'sot', translated: false },
};

/**
 * Script cues on a line of their own before a turn (Russian TV scripts, US rundowns): how the
 * next turn is delivered. `ЗК` (за кадром) is a voice-over, `СТЕНДАП` a stand-up on camera,
 * `СИНХРОН` a sound bite. Keys folded to lower case; cues not listed (`ЛАЙФ`) set none.
 */
export const CUE_DELIVERIES: Readonly<Record<string, string>> = {
  зк: 'voice-over',
  гзк: 'voice-over',
  vo: 'voice-over',
  стендап: 'on-camera',
  standup: 'on-camera',
  'on cam': 'on-camera',
  'in vision': 'on-camera',
  oov: 'voice-over',
  синхрон: 'sot',
  sot: 'sot',
  // Brazilian scripts: `OFF` the reporter's voice-over, `PASSAGEM` the stand-up, `SONORA` a bite.
  off: 'voice-over',
  passagem: 'on-camera',
  sonora: 'sot',
  setka: 'sot',
  // A piece to camera (UK, Indian and Pakistani TV: `PTC`, Hindi `पीटीसी`, Urdu `پی ٹی سی`);
  // Hindi `वीओ` / Urdu `وی او` and Turkish `DIŞ SES` a voice-over; Hindi `बाइट` a bite.
  ptc: 'on-camera',
  पीटीसी: 'on-camera',
  'پی ٹی سی': 'on-camera',
  वीओ: 'voice-over',
  'وی او': 'voice-over',
  'diş ses': 'voice-over',
  // Norwegian and Danish TV: the reporter's `SPEAK` over pictures; Czech `SYNCHRON` a bite.
  speak: 'voice-over',
  synchron: 'sot',
  // Portuguese `VT` (the tape), Indonesian `NARASI` (the reporter over pictures), Dutch
  // `O-TOON`, Turkish `SES` and `RÖPORTAJ`, Greek `ΔΗΛΩΣΗ` and `ΣΥΝΕΝΤΕΥΞΗ`, Korean `인터뷰`.
  narasi: 'voice-over',
  'o-toon': 'sot',
  ses: 'sot',
  röportaj: 'sot',
  δηλωση: 'sot',
  συνεντευξη: 'sot',
  인터뷰: 'sot',
  बाइट: 'sot',
  بائٹ: 'sot',
  // Spanish `CORTE`, Catalan `TALL`, French `SONORE`/`SON`, Italian `SONORO`: a bite.
  ...Object.fromEntries(cueWordsOf('bite').map((w) => [w, 'sot'])),
};

/**
 * Script cues that hand over to a report another voice reads (`PKG`, German `BEITRAG`, Italian
 * `RVM`, French `SUJET`, Spanish `VTR`, the reporter's `OFF`): the anchor's turn ends there.
 */
export const PACKAGE_CUES: ReadonlySet<string> = new Set(
  // Czech `REPORTÁŽ`, Greek `ΡΕΠΟΡΤΑΖ`, Indonesian `PAKET`, German `MAZ`, Arabic `تقرير`, Korean
  // `<리포트>`, Brazilian `VT`: the report itself.
  (
    'pkg beitrag rvm sujet vtr vt off inslag reportáž ρεπορταζ paket maz تقرير 리포트 ' +
    // An interview cue: another voice (Japanese `【インタビュー】`, Turkish `RÖPORTAJ`, Greek
    // `ΣΥΝΕΝΤΕΥΞΗ`, Korean `인터뷰`); a report: Japanese `【リポート】`, Dutch and French `REPORTAGE`.
    'インタビュー röportaj συνεντευξη 인터뷰 リポート レポート reportage'
  )
    .split(' ')
    // Spanish `VÍDEO`, Italian `SERVIZIO`, German `NiF`, the live links (`DIRECTO`, `SCHALTE`), and
    // the bites another voice speaks (`CORTE DE VOZ`, `TALL`, `SONORE`).
    .concat(cueWordsOf('report', 'live', 'bite')),
);

/**
 * How a voice is heard, in a tag's parenthetical (`CROWD (chanting):`, `SMITH (laughing):`): the
 * block's `delivery`, the manner word as written (lower case).
 */
export const MANNERS: ReadonlySet<string> = new Set(
  (
    'chanting laughing laughs crying cries singing sings shouting shouts yelling whispering ' +
    'whispers sighing sighs cheering applauding sobbing screaming praying reading inaudible ' +
    'crosstalk'
  ).split(' '),
);

/**
 * Language notes of verbatim records (UN `(spoke in Russian)`, `(interpretation from French)`):
 * the words are an interpretation. The first words of the note; any language name may follow.
 */
export const LANGUAGE_NOTES: readonly string[] = [
  'spoke in',
  'speaks in',
  'speaking in',
  'interpretation from',
  'interpreted from',
  'translated from',
  'translation from',
  // South Africa's Hansard: `Ms P TSHWETE (Translation of isiXhosa speech):`.
  'translation of',
  'parle en',
  'parlé en',
  'habla en',
  'spricht',
  'говорит на',
  'говорит по-',
];

/**
 * A bite's language alone in its header's parentheses (`SOT: MOHAMED OSMAN / FARMER (ARABIC)`,
 * `(IN FRENCH)`): the script gives its words in translation.
 */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  (
    'arabic french spanish russian ukrainian german chinese mandarin cantonese japanese korean ' +
    'hindi urdu farsi persian dari pashto turkish hebrew portuguese italian dutch polish greek ' +
    'swahili amharic somali hausa bengali tamil punjabi indonesian malay vietnamese thai ' +
    'burmese tagalog romanian hungarian czech serbian croatian bulgarian kurdish armenian ' +
    'georgian'
  ).split(' '),
);

/** Courtesy honorifics kept in the name as written (`MR. SMITH` → `Mr. Smith`). */
export const HONORIFICS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr prof sir dame lord lady baroness baron viscount earl duke duchess ' +
    'marquess countess rev revd fr hon rt madam madame monsieur mme mlle m herr frau sr sra srta don doña ' +
    'dña г-н г-жа ' +
    // South Africa's Hansard in isiXhosa, isiZulu and Afrikaans (`Nksz P TSHWETE:`, `Mnr …`).
    'nksz nkk mnu mnr mev shri smt'
  ).split(' '),
);

/** Peerage honorifics, whose names take `of` (`Lord Ashby of Fenwick`). */
export const PEERAGE: ReadonlySet<string> = new Set(
  'lord lady baroness baron viscount earl duke duchess marquess countess'.split(' '),
);

/**
 * Rank and office abbreviations before a name: they become the speaker's title, spelled out
 * (`SEN. JANE DOE (D-NY)` → Jane Doe, Senator (D-NY)).
 */
export const RANKS: Readonly<Record<string, string>> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  gen: 'General',
  col: 'Colonel',
  capt: 'Captain',
  lt: 'Lieutenant',
  sgt: 'Sergeant',
  adm: 'Admiral',
  amb: 'Ambassador',
  maj: 'Major',
  cpl: 'Corporal',
  cllr: 'Councillor',
  cmdr: 'Commander',
  det: 'Detective',
  insp: 'Inspector',
  supt: 'Superintendent',
  pres: 'President',
  sec: 'Secretary',
  atty: 'Attorney',
  chief: 'Chief',
  // British police ranks (a PACE interview's `DC MORGAN:`, `DS Patel:`).
  dc: 'Detective Constable',
  ds: 'Detective Sergeant',
  di: 'Detective Inspector',
  dci: 'Detective Chief Inspector',
  pc: 'Police Constable',
  // The German government's transcripts (`BK Merz:`, `BK’in Merkel:`, `StS Seibert:`,
  // `SRS’in Demmer:`, `BM Pistorius:`).
  bk: 'Bundeskanzler',
  "bk'in": 'Bundeskanzlerin',
  'bk’in': 'Bundeskanzlerin',
  sts: 'Staatssekretär',
  "sts'in": 'Staatssekretärin',
  'sts’in': 'Staatssekretärin',
  srs: 'stellvertretender Regierungssprecher',
  "srs'in": 'stellvertretende Regierungssprecherin',
  'srs’in': 'stellvertretende Regierungssprecherin',
  bm: 'Bundesminister',
  "bm'in": 'Bundesministerin',
  'bm’in': 'Bundesministerin',
  bmin: 'Bundesministerin',
  // A prime minister beside them (`PM Dubois:`).
  pm: 'Prime Minister',
  // The Bundespressekonferenz's chair (`VORS. WEFERS:`, `Vorsitzende Wefers:`).
  vors: 'Vorsitz',
  vorsitzende: 'Vorsitzende',
  vorsitzender: 'Vorsitzender',
};

/**
 * Offices (lower case). `The <office>[ of|for …]` alone is an office tag (`The Prime Minister:`);
 * an office before a name is the title (`CHIEF JUSTICE ROBERTS`, `President of Russia Vladimir
 * Putin`); `The <office> (Name)` names its holder (Hansard).
 */
export const OFFICES: ReadonlySet<string> = new Set([
  'president',
  'vice president',
  'vice-president',
  'prime minister',
  'deputy prime minister',
  'first minister',
  'minister',
  'minister of state',
  'secretary',
  'secretary of state',
  'secretary-general',
  'secretary general',
  'under-secretary-general',
  'under-secretary of state',
  'parliamentary under-secretary of state',
  'foreign secretary',
  'home secretary',
  'chancellor',
  'chancellor of the exchequer',
  'speaker',
  'deputy speaker',
  // South Africa's National Assembly (`The DEPUTY PRESIDENT:`, `The CHIEF WHIP OF THE
  // MAJORITY PARTY:`, `The HOUSE CHAIRPERSON:`).
  'deputy president',
  // Malaysia's Dewan Rakyat (`Tuan Yang di-Pertua:`, `Timbalan Yang di-Pertua [Name]:`).
  'tuan yang di-pertua',
  'timbalan yang di-pertua',
  // The Hellenic Parliament's minutes in capitals (`ΠΡΟΕΔΡΕΥΩΝ (Name):`, `ΠΡΟΕΔΡΟΣ (Name):`).
  'προεδρευων',
  'προεδρος',
  // The same with their accents, as some copies keep them in capitals (`ΠΡΟΕΔΡΕΎΩΝ (Name):`).
  'προεδρεύων',
  'πρόεδρος',
  'chief whip',
  'deputy chief whip',
  'house chairperson',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'leader',
  'leader of the house',
  'leader of the opposition',
  'attorney general',
  'secretary general',
  'director general',
  'solicitor general',
  'chief justice',
  'justice',
  'judge',
  // The International Criminal Court's chair of a trial chamber (`PRESIDING JUDGE SCHMITT:`).
  'presiding judge',
  // A UK tribunal's and county court's judges (`EMPLOYMENT JUDGE REID:`, `DISTRICT JUDGE PATEL:`).
  'employment judge',
  'district judge',
  'circuit judge',
  'clerk',
  'ambassador',
  'governor',
  'mayor',
  'senator',
  'representative',
  'congressman',
  'congresswoman',
  'commissioner',
  'high commissioner',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'press secretary',
  'first lady',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'patriarch',
  'premier',
  // Australian and British cabinets' and states' offices (`TREASURER:`, `SHADOW TREASURER:`).
  'treasurer',
  'attorney-general',
  'attorney general',
  'opposition leader',
  'police commissioner',
  'general',
  'admiral',
  'colonel',
  'director',
  'director-general',
  'professor',
  'agent',
  'special agent',
  'sheriff',
  'police chief',
  'fire chief',
  'officer',
  'detective',
  'inspector',
  'captain',
  'lieutenant',
  'sergeant',
  'commander',
  'major',
  'councillor',
  'council member',
  'councilman',
  'councilwoman',
  'delegate',
  'assemblyman',
  'assemblywoman',
  'superintendent',
  'trooper',
  'chief executive',
  'presiding officer',
  'deputy presiding officer',
  // The US Congress's chair for the day, as captions and floor transcripts write it.
  'speaker pro tempore',
  'president pro tempore',
  'acting president pro tempore',
  // The Scottish Parliament and the Senedd (`The Cabinet Secretary for Health (Name):`).
  'cabinet secretary',
  // The Oireachtas (`The Taoiseach:`, `An Ceann Comhairle:`, `Deputy Jane Doe:`).
  'deputy',
  'taoiseach',
  'tánaiste',
  'ceann comhairle',
  'leas-cheann comhairle',
  'cathaoirleach',
  'leas-chathaoirleach',
  // The Polish Sejm's and Senat's records (`Poseł Jan Nowak:`, `Posłanka Anna Kowalska:`,
  // `Sekretarz Stanu w Ministerstwie Zdrowia Jan Nowak:`), before the member's name.
  'poseł',
  'posłanka',
  'sekretarz stanu',
  'podsekretarz stanu',
  // The Czech Chamber's record (`Poslanec Jan Novák:`, `Místopředseda PSP Jan Kasal:`).
  'poslanec',
  'poslankyně',
  'předseda psp',
  'předsedkyně psp',
  'místopředseda psp',
  'místopředsedkyně psp',
  'předseda vlády',
  'místopředseda vlády',
  'lord speaker',
  'президент',
  'министр',
  'премьер-министр',
  'председатель',
  'губернатор',
  'мэр',
  'посол',
  'пресс-секретарь',
  // Spanish, French, German and Italian offices (`Presidente del Gobierno.-`, `Le Premier ministre :`).
  'presidente',
  'presidenta',
  'vicepresidente',
  'vicepresidenta',
  'ministro',
  'ministra',
  'portavoz',
  'alcalde',
  'alcaldesa',
  'président',
  'présidente',
  'premier ministre',
  'ministre',
  'porte-parole',
  'maire',
  'kanzler',
  'kanzlerin',
  'bundeskanzler',
  'bundeskanzlerin',
  'bundespräsident',
  'bundespräsidentin',
  'präsident',
  'präsidentin',
  // The Bundestag's and Landtage's chairs and the government's bench (Plenarprotokoll).
  'vizepräsident',
  'vizepräsidentin',
  'alterspräsident',
  'alterspräsidentin',
  'staatssekretär',
  'staatssekretärin',
  'staatsminister',
  'staatsministerin',
  'bundesminister',
  'bundesministerin',
  // Austria's Nationalrat writes the member's office before the name (`Abgeordneter Mag. Jörg
  // Leichtfried (SPÖ):`).
  'abgeordneter',
  'abgeordnete',
  'ministerin',
  'bürgermeister',
  'bürgermeisterin',
  'regierungssprecher',
  'regierungssprecherin',
  'sindaco',
  'sindaca',
  // Dutch, Polish and Portuguese offices (`Dijkgraaf Pieter Mulder:`, `Burmistrz Jan Nowak:`).
  ...(
    'talmannen talman statsminister statsministern statsministeren formanden formand ' +
    'presidenten ' +
    'voorzitter burgemeester wethouder dijkgraaf staatssecretaris woordvoerder woordvoerster ' +
    'minister-president prezydent burmistrz wojewoda rzecznik rzeczniczka prezes marszałek ' +
    'prefeito prefeita governador governadora secretário secretária porta-voz comandante ' +
    'vereador vereadora ' +
    // The Eduskunta's and the Storting's chairs and government bench (`Puhemies Paula Risikko`,
    // `Ensimmäinen varapuhemies:`, `Pääministeri Jyrki Katainen`, `Statsråd Olaug V. Bollestad`).
    'puhemies varapuhemies pääministeri ministeri statsråd'
  ).split(' '),
]);

/** Words that may open an office phrase before the office word (`Foreign Minister`, `Deputy …`). */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'deputy vice assistant acting shadow parliamentary junior senior principal permanent chief ' +
    'foreign defence defense finance health interior justice economy trade education home first ' +
    'former associate lord ' +
    // Finnish and Swedish ordinals of the deputy chairs (`Ensimmäinen varapuhemies`, `Andre vice
    // talman`).
    'ensimmäinen toinen förste andre'
  ).split(' '),
);

/** Spelled-out numbers that tell unnamed voices apart (`SENIOR STATE DEPARTMENT OFFICIAL ONE`). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten'.split(' '),
);

/**
 * First words that make a lower-case text after a comma a clause, not a title (`Smith, who
 * said: …`); titles in French, Spanish or Russian are written in lower case
 * (`Claire Dubois, secrétaire générale du syndicat :`).
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  (
    'who whom whose which that as and but or nor in on at the a an when where after before said ' +
    'says say with for from to of by if while because so then also though although he she it ' +
    'they we i you this these those there here not no yes well now qui que quand comme et mais ' +
    'dans sur dit il elle ils nous je der die das und aber wenn wie sagte er sie es wir ich ' +
    'el los las y pero cuando como dijo que él ella который которая которые что и но в на как ' +
    'когда сказал сказала он она они мы я'
  ).split(' '),
);

/** Lower-case words allowed inside an office phrase (`Secretary of State for Health and Care`). */
export const OFFICE_CONNECTORS: ReadonlySet<string> = new Set(
  'of for the and on in to de del la des du at do dos da das für'.split(' '),
);

/**
 * The article that opens an office-first tag (`The Prime Minister`, `Le Premier ministre :`,
 * `El Presidente:`, `Der Bundeskanzler:`, `Il Presidente:`).
 */
export const OFFICE_ARTICLES: ReadonlySet<string> = new Set([
  'the',
  // Irish: `An Ceann Comhairle:`, `An Tánaiste:`.
  'an',
  'le',
  'la',
  'el',
  'der',
  'die',
  'il',
  // Dutch: `De voorzitter:` (Handelingen).
  'de',
]);

/** Party codes in parentheses (`(Con)`, `(D-NY)`): kept as part of the speaker's title. */
export const PARTIES: ReadonlySet<string> = new Set(
  (
    'con lab ld lib dem snp dup pc green ind sdlp uup sf alba reform alliance lab/co-op co-op ' +
    'tuv d r i dem rep gop ' +
    // Canada's House of Commons (`Mr. John Smith (Calgary Centre, CPC)`).
    'cpc ndp bq gp ' +
    // Its French record and Quebec's National Assembly (`Mme Claire Dubé (Sherbrooke, NPD)`).
    'npd pcc caq plq qs pq'
  ).split(' '),
);

/**
 * The Eduskunta's party codes as its minutes write them, in lower case after the member's name
 * (`Marja-Liisa Tykkyläinen /sd:`, `Antero Laukkanen kd :`): kept as the speaker's title.
 */
export const EDUSKUNTA_PARTIES: ReadonlySet<string> = new Set(
  'kesk kok sd ps vihr vas r kd liik sin vkk rkp'.split(' '),
);

/**
 * Capitalized words that label text rather than name a speaker (`UPDATE: …`, `Note: …`): a tag
 * that is only these words (or starts with one of the multi-word labels) is no tag.
 */
export const LABELS: ReadonlySet<string> = new Set(
  (
    'note notes update updated updates correction corrections source sources photo photos video ' +
    'audio editor editors warning example examples summary transcript caption captions related ' +
    'read watch listen date time location subject re fwd tags tag title slug keywords disclaimer ' +
    'ps breaking live exclusive advertisement background context quote translation image credit ' +
    'credits published posted filed dateline byline headline monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october ' +
    'november december today yesterday tomorrow tonight morning afternoon evening step part ' +
    'chapter section phone tel fax email web website address price total result results ' +
    'conclusion introduction the a an and or but so then also however first second third ' +
    'finally moscow washington london analysis opinion explainer timeline watch topic topics ' +
    'agenda item items budget statement debate motion bill clause schedule amendment question ' +
    'questions urgent business order orders point points news more see also share follow ' +
    'copyright contact alert flash developing just in in-depth fact check key takeaways ' +
    'panel interview interviews discussion roundtable feature profile review preview recap ' +
    // The same rubric over a press interview in other languages (`ENTREVISTA: Ministra de …`).
    'entrevista intervista entretien интервью wywiad röportaj ' +
    'spotlight episode podcast segment highlights special report timestamps chapters ' +
    // A show page's list of its guests (`Guests: Alan Brooks, Nia Coleman`, `GUESTS:` in capitals).
    'guests ' +
    // A UK radio cue sheet's labels over words the presenter reads (`CUE:`, `TRAIL:`), and a
    // radio script's host intro and extro around a clip (`INTRO:`, `EXTRO:`, `OUTRO:`, CBC, NPR).
    'cue trail before between intro extro outro ' +
    // A live-text entry's title (`Full-time: City 2-1 Rovers`).
    'full-time half-time kick-off goal ' +
    // The section and header labels of wire-service video scripts (AP, Reuters).
    'shotlist storyline story shows restrictions length type country city language ' +
    'обновление внимание примечание источник фото видео тема срочно ' +
    // A script's or a page's topic and subject labels in German, French, Spanish and Italian.
    'thema sujet tema titel titre titolo título betreff objet asunto oggetto onderwerp temat ' +
    'assunto ' +
    // A bulletin's sections (`Sport: Ashby Town have appointed…`, `WEATHER:`, `WEATHER NOW:` in a
    // script typed in capitals).
    'weather sport travel traffic now ' +
    // A live page's label before its title (`Liveblog: Sturmtief …`, `Ticker: …`).
    'liveblog liveticker newsblog ticker ' +
    // A media advisory's fields (`WHAT: Governor signs the bill`, `WHERE:`, `WHO:`, `WHY:`).
    'what when where who why visuals'
  ).split(' '),
);

/** Labels written as several words, matched on the whole tag (`EDITOR'S NOTE:`). */
export const LABEL_PHRASES: ReadonlySet<string> = new Set([
  "editor's note",
  // An earnings call's sections (The Motley Fool: `Prepared Remarks:`, `Questions & Answers:`).
  'prepared remarks',
  'questions & answers',
  'questions and answers',
  'question-and-answer session',
  'call participants',
  // A wire video's metadata (`ASPECT RATIO: 16:9`, `EDITORIAL NOTE: …`).
  'aspect ratio',
  'editorial note',
  'breaking news',
  'fact check',
  'just in',
  'key points',
  'what we know',
  'live updates',
  'live blog',
  'read more',
  'see also',
  'oral answers to questions',
  'written statements',
  'back anno',
  'back announcement',
  // The same label as NPR and other radio desks write it (`BACK ANNOUNCE:`, `BACK-ANNOUNCE:`).
  'back announce',
  'back-announce',
  'back-anno',
  'back annc',
  // A court transcript's reference (`Case No: T20237041`).
  'case no',
  'case number',
  'claim no',
  'indictment no',
]);

/**
 * News agencies in a dateline (`PARIS (Reuters): …`, `MOSCOW (TASS):`): a place and an agency in
 * parentheses open a story, not a speaker's turn.
 */
export const AGENCIES: ReadonlySet<string> = new Set(
  (
    'ap reuters afp ap/afp dpa ansa efe tass ria ria novosti interfax xinhua kyodo yonhap ' +
    'bloomberg upi pa cnn bbc nhk anadolu bernama pti ani ians'
  ).split(' '),
);

/**
 * Papers and magazines that print their interviews with their own name as the interviewer's tag
 * (`SPIEGEL: Frau Ministerin, …?`, `ZEIT: …`, `The Economist: …`), folded, without the article
 * (`Der Spiegel`, `Die Zeit`, `The Economist`).
 */
export const INTERVIEW_OUTLETS: ReadonlySet<string> = new Set([
  ...(
    'spiegel zeit stern focus welt bild faz fas sz taz handelsblatt tagesspiegel cicero profil ' +
    'falter kurier standard presse nzz weltwoche blick economist time newsweek atlantic ' +
    'spectator guardian observer telegraph independent wired playboy forbes fortune ' +
    'monde libération express point obs figaro parisien croix échos jdd país mundo vanguardia ' +
    'repubblica corriere espresso ' +
    'volkskrant nrc trouw elsevier'
  ).split(' '),
  'zeit online',
  'welt am sonntag',
  'bild am sonntag',
  'nzz am sonntag',
  'süddeutsche zeitung',
  'frankfurter allgemeine',
  'new yorker',
  'rolling stone',
  'new statesman',
  'financial times',
  'sunday times',
  'paris match',
]);

/** Words that end a label of several words (`FOX NEWS ALERT:`, `WEATHER UPDATE:`). */
export const LABEL_ENDINGS: ReadonlySet<string> = new Set(
  (
    'alert alerts update updates note notes bulletin flash correction corrections warning ' +
    'headline headlines summary transcript advisory disclaimer'
  ).split(' '),
);

/** Words no personal name contains (`THE MAKING OF A NATION:` is a heading). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of a an and for on in to at by with from or is are was were'.split(' '),
);

/** Lower-case particles allowed inside a personal name (`Charles de Gaulle`, Welsh `Rhun ap Iorwerth`). */
export const PARTICLES: ReadonlySet<string> = new Set(
  'de da di del della der den van von bin ibn al el la le las los du dos das y zu ben ter ap'.split(
    ' ',
  ),
);

/**
 * Generic numbered labels of transcription services (`Speaker 1`, `Говорящий 2`): kept as the
 * speaker's name, as the service wrote it.
 */
export const NUMBERED_LABELS: ReadonlySet<string> = new Set(
  // (`CALLER 1` is a phone-in's caller: the role `caller` with its number, see ROLES.)
  (
    'speaker participant person guest interviewee говорящий спикер участник ' +
    // The same labels in the languages services export in (a number always follows: `Sprecher`,
    // `Locutor` alone are a script's announcer).
    'sprecher sprecherin teilnehmer teilnehmerin spreker deelnemer intervenant intervenante ' +
    'locuteur locutrice orateur oratrice hablante orador oradora interlocutor interlocutora ' +
    'participante falante locutor locutora parlante oratore relatore interlocutore partecipante ' +
    'talare deltagare taler deltaker deltager mówca rozmówca uczestnik mluvčí řečník puhuja ' +
    'konuşmacı vorbitor beszélő ομιλητής спікер мовець учасник 화자 참석자 발언자'
  ).split(' '),
);

/**
 * How a speaker names themself in the first words of a turn (`I'm Steve Ember.`, `This is Jane
 * Doe reporting`, `Я — Дмитрий Борисов`); the name follows. `this is` needs a name of two words.
 */
export const SELF_INTRODUCTIONS: readonly string[] = [
  "i'm",
  'i am',
  'this is',
  'my name is',
  'я —',
  'я -',
  'меня зовут',
  'с вами',
  'ich bin',
  'mein name ist',
  'je suis',
  "je m'appelle",
  'soy',
  'me llamo',
];

/**
 * Words of a programme's or an outlet's name, never of a person's: `This is Statehouse Report`,
 * `This is BBC News` name the programme, not the speaker.
 */
export const PROGRAMME_WORDS: ReadonlySet<string> = new Set(
  (
    'report news show hour edition radio tonight live weekly update journal magazine podcast ' +
    'program programme broadcast channel network minutes nightly daily newsroom bulletin ' +
    'headlines roundup today morning evening weekend nation world politics desk'
  ).split(' '),
);

/** Capitalized words that never begin a self-introduced name (`I'm Sorry`, `This is America`). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'sorry glad happy not very so here going sure afraid delighted pleased honored honoured ' +
    'america voa the a an it what how why when where who all just still really only also live ' +
    'back now today tonight ' +
    // Where the speaker is (`I'M IN …`, `JE SUIS DEVANT LA MAIRIE`, `ICH BIN VOR …`, `SOY DE …`):
    // in a turn in capitals the words after the phrase are capitals too.
    'in at on from outside inside near there devant dans sur chez ici là vor bei aus hier de desde en'
  ).split(' '),
);

/**
 * Words a speaker answers with alone (`Exactly.`, `Yes`): never a name line after a time
 * (`[00:00:44] Exactly`), nor a podcast chapter's title.
 */
export const REPLY_WORDS: ReadonlySet<string> = new Set(
  'yes no yeah yep nope okay ok right sure absolutely exactly thanks great indeed agreed correct true wow well hmm'.split(
    ' ',
  ),
);

/**
 * A label opening with a possessive (`OUR TOP STORY:`, `TONIGHT'S GUEST:`): a caption's words,
 * never a speaker's name, in captions whose speakers change at `>>`.
 */
export const POSSESSIVE_LABEL = /^(?:our|my|your|his|her|their|its|tonight['’]s|today['’]s)\s/i;
