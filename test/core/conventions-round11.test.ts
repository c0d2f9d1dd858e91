/**
 * An eleventh round of conventions: the big European languages' TV and radio scripts (Spanish and
 * Catalan, German, French, Italian), their cue words read from one table per language
 * (src/core/cue-languages.ts). Each rule with cases written in its convention and counter-cases
 * in prose, dramas and interviews that must not change.
 */
import { describe, expect, it } from 'vitest';
import { CUE_LANGUAGES, isEuropeanCue } from '../../src/core/cue-languages.ts';
import { inlineScriptCue, isProductionLine, isScriptCue } from '../../src/core/directions.ts';
import type { ScriptDocument } from '../../src/core/index.ts';
import { parseTag } from '../../src/core/tags.ts';
import { format, rows } from './convention-rows.ts';

const rules = (doc: ScriptDocument, ruleId: string) =>
  doc.messages.filter((m) => m.ruleId === ruleId);
const speechOf = (doc: ScriptDocument, start: string) =>
  doc.blocks.find((b) => b.text.startsWith(start));
const speaker = (doc: ScriptDocument, name: string) => doc.speakers.find((s) => s.name === name);

describe('Spanish TV scripts (TVE, Antena 3)', () => {
  it('GOOD: a bare VÍDEO over copy is the report’s cue and ends the anchor’s turn; RÓTULO is a caption', () => {
    const doc = format([
      'PRESENTADORA: Buenas noches. Un incendio obliga a desalojar tres pueblos de Ávila.',
      '',
      'VÍDEO',
      'Los vecinos han pasado la noche en el polideportivo.',
      '',
      'TOTAL: MARÍA GARCÍA / VECINA',
      '"Nos dijeron que saliéramos con lo puesto."',
      '',
      'RÓTULO: INCENDIO EN NAVALUENGA',
      '',
      'PRESENTADORA: Seguiremos informando.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Buenas noches. Un'],
      ['direction', null, 'VÍDEO'],
      ['narration', null, 'Los vecinos han'],
      ['direction', null, 'TOTAL: MARÍA GARCÍA'],
      ['speech', 'María García', 'Nos dijeron que'],
      ['direction', null, 'RÓTULO: INCENDIO EN'],
      ['speech', 'anchor', 'Seguiremos informando.'],
    ]);
    expect(rules(doc, 'turn-end').some((m) => m.line === 3)).toBe(true);
    expect(speechOf(doc, 'Nos dijeron')?.sot).toBe(true);
  });

  it('GOOD: DIRECTO and CONEXIÓN hand over to the reporter; COLAS keeps the anchor reading', () => {
    const doc = format([
      'PRESENTADOR:',
      'Buenas noches.',
      '',
      'COLAS',
      'Las llamas avanzan empujadas por el viento.',
      '',
      'DIRECTO',
      'CONEXIÓN',
      'REPORTERA: Estamos a dos kilómetros del frente.',
      '',
      'SUPER: ANA LÓPEZ / BOMBERA',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Buenas noches.'],
      ['direction', null, 'COLAS'],
      ['speech', 'anchor', 'Las llamas avanzan'],
      ['direction', null, 'DIRECTO'],
      ['direction', null, 'CONEXIÓN'],
      ['speech', 'reporter', 'Estamos a dos'],
      ['direction', null, 'SUPER: ANA LÓPEZ'],
    ]);
    expect(rules(doc, 'turn-end').some((m) => m.line === 7)).toBe(true);
  });
});

describe('Spanish and Catalan radio scripts (SER, COPE, RNE, Catalunya Ràdio)', () => {
  it('GOOD: LOCUTOR is the announcer, CORTE names the bite, CORTE DE VOZ and CUÑA are cues', () => {
    const doc = format([
      'LOCUTOR: Son las ocho. Les damos las noticias.',
      '',
      'CORTE: PEDRO SÁNCHEZ / PRESIDENTE DEL GOBIERNO',
      '"Vamos a aprobar el decreto esta semana."',
      '',
      'CORTE DE VOZ',
      '"No habrá más retrasos."',
      '',
      'CUÑA',
      '',
      'LOCUTORA: Volvemos con el tiempo.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'announcer', 'Son las ocho.'],
      ['direction', null, 'CORTE: PEDRO SÁNCHEZ'],
      ['speech', 'Pedro Sánchez', 'Vamos a aprobar'],
      ['direction', null, 'CORTE DE VOZ'],
      ['narration', null, '«No habrá más'],
      ['direction', null, 'CUÑA'],
      ['speech', 'announcer', 'Volvemos con el'],
    ]);
    expect(speaker(doc, 'Pedro Sánchez')?.title).toBe('PRESIDENTE DEL GOBIERNO');
    expect(speechOf(doc, 'Vamos a aprobar')?.sot).toBe(true);
    expect(doc.speakers.map((s) => s.name)).not.toContain('Corte');
  });

  it('GOOD: a bite’s cue alone (CORTE DE VOZ) ends the announcer’s turn: the quote is another voice', () => {
    const doc = format([
      'LOCUTORA: La oposición ha pedido su comparecencia.',
      '',
      'CORTE DE VOZ',
      '"No habrá más retrasos en las ayudas."',
      '',
      'LOCUTORA: Y ahora, el tiempo.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'announcer', 'La oposición ha'],
      ['direction', null, 'CORTE DE VOZ'],
      ['narration', null, '«No habrá más'],
      ['speech', 'announcer', 'Y ahora, el'],
    ]);
    expect(rules(doc, 'turn-end').some((m) => m.line === 3)).toBe(true);
  });

  it('GOOD: Catalan TALL names the bite, CONNEXIÓ hands over, RÒTOL is a caption', () => {
    const doc = format([
      "LOCUTOR: Bon dia. Comencem amb l'actualitat.",
      '',
      'TALL: JORDI PUJOL / VEÍ DEL BARRI',
      '"Hem passat la nit al carrer."',
      '',
      'RÒTOL: INCENDI A GRÀCIA',
      '',
      'CONNEXIÓ',
      'REPORTERA: Som davant de la finca.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'announcer', 'Bon dia. Comencem'],
      ['direction', null, 'TALL: JORDI PUJOL'],
      ['speech', 'Jordi Pujol', 'Hem passat la'],
      ['direction', null, 'RÒTOL: INCENDI A'],
      ['direction', null, 'CONNEXIÓ'],
      ['speech', 'reporter', 'Som davant de'],
    ]);
  });

  it('BAD: the words in prose, in title case, or before a sentence keep their reading', () => {
    const doc = format([
      'La conexión falló durante el directo. El corte de luz duró una hora.',
      '',
      'En el vídeo se ve a los vecinos. Una cuña de radio anunció el cierre.',
    ]);
    expect(rows(doc).map((r) => r[0])).toEqual(['narration', 'narration']);
    expect(isScriptCue('Vídeo')).toBe(false);
    expect(isProductionLine('CORTE: Hoy no hay clase.')).toBe(false);
    expect(isProductionLine('TALL: Yes')).toBe(false);
  });
});

describe('German TV scripts (ARD, ZDF, OpenMedia)', () => {
  it('GOOD: MODERATION: and ABMODERATION: are the anchor; BEITRAG, O-TON and BAUCHBINDE', () => {
    const doc = format([
      'MODERATION:',
      'Guten Abend. In Hamburg streiken die Hafenarbeiter.',
      '',
      'BEITRAG',
      'Am Terminal Altenwerder steht alles still.',
      '',
      'O-TON Jan Meier, Hafenarbeiter:',
      '"Wir bleiben draußen, bis ein Angebot kommt."',
      '',
      'BAUCHBINDE: Jan Meier, Hafenarbeiter',
      '',
      'ABMODERATION:',
      'Die Verhandlungen gehen am Donnerstag weiter.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Guten Abend. In'],
      ['direction', null, 'BEITRAG'],
      ['narration', null, 'Am Terminal Altenwerder'],
      ['speech', 'Jan Meier', 'Wir bleiben draußen,'],
      ['direction', null, 'BAUCHBINDE: Jan Meier,'],
      ['speech', 'anchor', 'Die Verhandlungen gehen'],
    ]);
    // One anchor, no speaker named after the cue.
    expect(doc.speakers.filter((s) => s.role === 'anchor')).toHaveLength(1);
    expect(doc.speakers.map((s) => s.name)).not.toContain('Moderation');
    expect(doc.speakers.map((s) => s.name)).not.toContain('Abmoderation');
  });

  it('GOOD: ANMODERATION alone, NACHRICHTENFILM, NiF and SCHALTE are cues; INSERT a caption', () => {
    const doc = format([
      'ANMODERATION',
      'Guten Abend. Ein Sturm hat Norddeutschland getroffen.',
      '',
      'NACHRICHTENFILM',
      'Der Sturm hat zahlreiche Bäume umgerissen.',
      '',
      'INSERT: Sturmtief Xaver',
      '',
      'MOD: Wir schalten nach Husum.',
      '',
      'SCHALTE',
      'REPORTERIN: Ich stehe hier am Deich in Husum.',
      '',
      'MOD: Danke nach Husum.',
      '',
      'NiF',
      'Der Bundestag soll im Herbst abstimmen.',
    ]);
    expect(rows(doc)).toEqual([
      ['direction', null, 'ANMODERATION'],
      // The words under the anchor's cue are the anchor's read.
      ['speech', 'anchor', 'Guten Abend. Ein'],
      ['direction', null, 'NACHRICHTENFILM'],
      ['narration', null, 'Der Sturm hat'],
      ['direction', null, 'INSERT: Sturmtief Xaver'],
      ['speech', 'anchor', 'Wir schalten nach'],
      ['direction', null, 'SCHALTE'],
      ['speech', 'reporter', 'Ich stehe hier'],
      ['speech', 'anchor', 'Danke nach Husum.'],
      ['direction', null, 'NiF'],
      ['narration', null, 'Der Bundestag soll'],
    ]);
    expect(rules(doc, 'turn-end').map((m) => m.line)).toEqual(expect.arrayContaining([11, 16]));
  });

  it('BAD: Moderation and Film in prose, and a Moderator tag, keep their reading', () => {
    const doc = format([
      'MODERATOR: Willkommen zur Debatte.',
      'SCHMIDT: Danke für die Einladung.',
      '',
      'Die Moderation übernahm Anna Schmidt. Der Nachrichtenfilm lief im Ersten.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'moderator', 'Willkommen zur Debatte.'],
      ['speech', 'Schmidt', 'Danke für die'],
      ['speech', 'Schmidt', 'Die Moderation übernahm'],
    ]);
    // `MODERATION:` over words is the anchor's tag, never a cue over copy.
    expect(inlineScriptCue('MODERATION: Guten Abend.')).toBeNull();
    expect(parseTag('MODERATION: Guten Abend.')?.tag.role).toBe('anchor');
    expect(isScriptCue('Nif')).toBe(false);
  });
});

describe('German radio scripts: numbered O-Töne and ATMO', () => {
  it('GOOD: SPRECHER is the announcer, OT 1 names the bite, ATMO is a cue', () => {
    const doc = format([
      'SPRECHER: Berlin. Die Bundesregierung hat das Heizungsgesetz beschlossen.',
      '',
      'OT 1 Robert Habeck, Wirtschaftsminister:',
      '"Das ist ein guter Tag für den Klimaschutz."',
      '',
      'ATMO',
      '',
      'SPRECHERIN: Die Opposition kritisiert den Entwurf.',
      '',
      'OT 2: Anna Schulz, Landwirtin',
      '"Die Ernte ist schlecht."',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'announcer', 'Berlin. Die Bundesregierung'],
      ['speech', 'Robert Habeck', 'Das ist ein'],
      ['direction', null, 'ATMO'],
      ['speech', 'announcer', 'Die Opposition kritisiert'],
      ['direction', null, 'OT 2: Anna'],
      ['speech', 'Anna Schulz', 'Die Ernte ist'],
    ]);
    expect(speaker(doc, 'Robert Habeck')?.title).toBe('Wirtschaftsminister');
    expect(speechOf(doc, 'Das ist ein')?.sot).toBe(true);
    expect(speechOf(doc, 'Die Ernte')?.sot).toBe(true);
  });

  it('GOOD: O-TON: Name, Rolle and a numbered O-Ton in title case name the bite; ATMO: what is heard is a cue', () => {
    const doc = format([
      'MOD: Guten Abend.',
      '',
      'O-TON: Jan Meier, Hafenarbeiter',
      '"Wir bleiben draußen."',
      '',
      'O-Ton 1 Anna Berg, Ärztin:',
      '"Wir sind am Limit."',
      '',
      'ATMO: Regen, Traktor',
      '',
      'MOD: Danke.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Guten Abend.'],
      ['direction', null, 'O-TON: Jan Meier,'],
      ['speech', 'Jan Meier', 'Wir bleiben draußen.'],
      ['speech', 'Anna Berg', 'Wir sind am'],
      ['direction', null, 'ATMO: Regen, Traktor'],
      ['speech', 'anchor', 'Danke.'],
    ]);
    expect(speaker(doc, 'Anna Berg')?.title).toBe('Ärztin');
    expect(isProductionLine('CUÑA: SEGUROS PÉREZ')).toBe(true);
    expect(isProductionLine('CORTE 1: ANA RUIZ / ALCALDESA')).toBe(true);
    // A sentence after the label is no bite's header.
    expect(isProductionLine('O-TON: Das war gut.')).toBe(false);
  });

  it('BAD: initials OT in an interview, and OT without a number or name, stay a speaker', () => {
    const doc = format(['OT: Hello, I’m Olivia.', 'AB: Nice to meet you.', 'OT: Likewise.']);
    expect(rows(doc).map((r) => r[0])).toEqual(['speech', 'speech', 'speech']);
    expect(isProductionLine('OT: Hello')).toBe(false);
  });
});

describe('French TV and radio scripts (TF1, France Télévisions, Radio France)', () => {
  it('GOOD: SONORE Name, role : is that person’s bite, the cue word off; BANDEAU a caption; PLATEAU a cue', () => {
    const doc = format([
      'PRÉSENTATRICE : Bonsoir. À Marseille, les habitants attendent d’être relogés.',
      '',
      'SUJET',
      'OFF',
      'Un an après l’effondrement, les façades sont toujours étayées.',
      '',
      'SONORE Marie Dupont, habitante :',
      '« On nous a promis un logement, on attend encore. »',
      '',
      'BANDEAU : RUE D’AUBAGNE, UN AN APRÈS',
      '',
      'PLATEAU',
      'PRÉSENTATRICE : La mairie promet des travaux.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Bonsoir. À Marseille,'],
      ['direction', null, 'SUJET'],
      ['direction', null, 'OFF'],
      ['narration', null, 'Un an après'],
      ['speech', 'Marie Dupont', 'On nous a'],
      ['direction', null, 'BANDEAU : RUE'],
      ['direction', null, 'PLATEAU'],
      ['speech', 'anchor', 'La mairie promet'],
    ]);
    expect(speaker(doc, 'Marie Dupont')?.title).toBe('habitante');
    expect(speechOf(doc, 'On nous a')?.sot).toBe(true);
    expect(doc.speakers.map((s) => s.name)).not.toContain('Sonore Marie Dupont');
  });

  it('GOOD: LANCEMENT, DUPLEX, SON and INTERVIEW before a name, SYNTHÉ a caption', () => {
    const doc = format([
      'LANCEMENT',
      'Bonsoir. Les agriculteurs bloquent l’autoroute A7.',
      '',
      'DUPLEX',
      'JOURNALISTE : Nous sommes au péage de Vienne.',
      '',
      'SON Jean Martin, agriculteur',
      '« Nous ne lèverons pas le camp. »',
      '',
      'INTERVIEW Paul Durand, préfet :',
      '« Le dialogue reste ouvert. »',
      '',
      'SYNTHÉ : Paul Durand / Préfet de l’Isère',
    ]);
    expect(rows(doc)).toEqual([
      ['direction', null, 'LANCEMENT'],
      // The words under the anchor's cue are the anchor's read.
      ['speech', 'anchor', 'Bonsoir. Les agriculteurs'],
      ['direction', null, 'DUPLEX'],
      ['speech', 'reporter', 'Nous sommes au'],
      ['direction', null, 'SON Jean Martin,'],
      ['speech', 'Jean Martin', 'Nous ne lèverons'],
      ['speech', 'Paul Durand', 'Le dialogue reste'],
      ['direction', null, 'SYNTHÉ : Paul'],
    ]);
    expect(speaker(doc, 'Paul Durand')?.title).toBe('préfet');
    expect(speechOf(doc, 'Le dialogue')?.sot).toBe(true);
  });

  it('GOOD: radio: SON : Name, role names the bite; CHRONIQUE is a cue over its copy', () => {
    const doc = format([
      'ANIMATEUR : Il est 8 heures. Le journal.',
      '',
      'SON : Claire Petit, infirmière',
      '« Nous sommes épuisées. »',
      '',
      'CHRONIQUE',
      'Ce matin, l’économie avec Julie.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'host', 'Il est 8'],
      ['direction', null, 'SON : Claire'],
      ['speech', 'Claire Petit', 'Nous sommes épuisées.'],
      ['direction', null, 'CHRONIQUE'],
      ['narration', null, 'Ce matin, l’économie'],
    ]);
    expect(speechOf(doc, 'Il est 8')?.text).toContain('8 heures');
  });

  it('BAD: a drama’s SON, Son Heung-min, and the words in prose keep their reading', () => {
    const drama = format([
      'MOTHER: Where are you going?',
      'SON: Out. I’ll be back by ten.',
      'MOTHER: Take a coat.',
      'SON: Hi Dad.',
    ]);
    expect(rows(drama).map((r) => r[1])).toEqual(['Mother', 'Son', 'Mother', 'Son']);
    const football = format([
      'Son Heung-min: I am happy with the result.',
      'Reporter: What about the next game?',
      'Son Heung-min: We will prepare.',
    ]);
    expect(rows(football)[0]).toEqual(['speech', 'Son Heung-min', 'I am happy']);
    const prose = format(['Son père est venu. Le plateau était vide, le duplex coupé.']);
    expect(rows(prose)).toEqual([['narration', null, 'Son père est']]);
    expect(isEuropeanCue('SON', true)).toBe(false);
    expect(isEuropeanCue('SON', false)).toBe(true);
    // `INTERVIEW` alone may be a page's label: a cue only before its name.
    expect(isScriptCue('INTERVIEW')).toBe(false);
  });
});

describe('Italian TV scripts (RAI, Mediaset)', () => {
  it('GOOD: CONDUTTORE is the host, SERVIZIO hands over, SONORO Name, role: is that bite', () => {
    const doc = format([
      'CONDUTTORE: Buonasera. Allerta rossa in Liguria.',
      '',
      'SERVIZIO',
      'Il fiume Bisagno è salito di due metri in poche ore.',
      '',
      'SONORO Marco Bianchi, sindaco di Genova:',
      '"Chiediamo a tutti di restare a casa."',
      '',
      'SUPER: MARCO BIANCHI - SINDACO DI GENOVA',
      '',
      'CONDUTTRICE: Passiamo allo sport.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'host', 'Buonasera. Allerta rossa'],
      ['direction', null, 'SERVIZIO'],
      ['narration', null, 'Il fiume Bisagno'],
      ['speech', 'Marco Bianchi', 'Chiediamo a tutti'],
      ['direction', null, 'SUPER: MARCO BIANCHI'],
      ['speech', 'host', 'Passiamo allo sport.'],
    ]);
    expect(speaker(doc, 'Marco Bianchi')?.title).toBe('sindaco di Genova');
    expect(rules(doc, 'turn-end').some((m) => m.line === 3)).toBe(true);
  });

  it('GOOD: COLLEGAMENTO hands over to the correspondent; RVM and SONORO: as before', () => {
    const doc = format([
      'CONDUTTORE:',
      'Buonasera.',
      '',
      'RVM',
      'Le immagini da Genova.',
      '',
      'SONORO: Laura Rossi, commerciante',
      '"Abbiamo perso tutto."',
      '',
      'COLLEGAMENTO',
      'INVIATO: Siamo in piazza De Ferrari.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'host', 'Buonasera.'],
      ['direction', null, 'RVM'],
      ['narration', null, 'Le immagini da'],
      ['direction', null, 'SONORO: Laura Rossi,'],
      ['speech', 'Laura Rossi', 'Abbiamo perso tutto.'],
      ['direction', null, 'COLLEGAMENTO'],
      ['speech', 'correspondent', 'Siamo in piazza'],
    ]);
  });

  it('BAD: the words in prose stay text', () => {
    const doc = format([
      'Il servizio è stato trasmesso ieri. Il collegamento con Genova è caduto.',
    ]);
    expect(rows(doc)).toEqual([['narration', null, 'Il servizio è']]);
    expect(isScriptCue('Servizio')).toBe(false);
  });
});

describe('more of each language’s words: the lead-in, the report, a vox pop, a radio piece', () => {
  it('GOOD: Spanish ENTRADILLA: is the anchor, PIEZA hands over, GRAFISMO: is a caption', () => {
    const doc = format([
      'ENTRADILLA:',
      'Buenas noches. La borrasca deja nieve en cotas bajas.',
      '',
      'PIEZA',
      'La nieve ha cortado 20 carreteras en Castilla y León.',
      '',
      'GRAFISMO: CARRETERAS CORTADAS',
      '',
      'ENTRADILLA:',
      'Seguimos con la economía.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Buenas noches. La'],
      ['direction', null, 'PIEZA'],
      ['narration', null, 'La nieve ha'],
      ['direction', null, 'GRAFISMO: CARRETERAS CORTADAS'],
      ['speech', 'anchor', 'Seguimos con la'],
    ]);
    expect(speechOf(doc, 'La nieve')?.text).toContain('20 carreteras');
  });

  it('GOOD: German BERICHT hands over, UMFRAGE is other voices, KOLLEGENGESPRÄCH a talk with the reporter', () => {
    const doc = format([
      'MOD: Guten Morgen.',
      '',
      'BERICHT',
      'Die Preise steigen weiter.',
      '',
      'UMFRAGE',
      '"Alles wird teurer."',
      '',
      'KOLLEGENGESPRÄCH',
      'REPORTER: Ich bin in Frankfurt.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Guten Morgen.'],
      ['direction', null, 'BERICHT'],
      ['narration', null, 'Die Preise steigen'],
      ['direction', null, 'UMFRAGE'],
      ['narration', null, '"Alles wird teurer."'],
      ['direction', null, 'KOLLEGENGESPRÄCH'],
      ['speech', 'reporter', 'Ich bin in'],
    ]);
  });

  it('GOOD: French radio PAPIER hands over to the reporter’s piece', () => {
    const doc = format([
      'ANIMATEUR : Il est 7 heures.',
      '',
      'PAPIER',
      'Les négociations reprennent ce matin à Bercy.',
      '',
      'ANIMATEUR : Merci.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'host', 'Il est 7'],
      ['direction', null, 'PAPIER'],
      ['narration', null, 'Les négociations reprennent'],
      ['speech', 'host', 'Merci.'],
    ]);
  });

  it('GOOD: Italian LANCIO: is the anchor, PEZZO hands over, INTERVISTA Name, role: is that bite', () => {
    const doc = format([
      'LANCIO: Buonasera. Sciopero dei treni domani.',
      '',
      'PEZZO',
      'I sindacati confermano lo stop di 24 ore.',
      '',
      'INTERVISTA Giulia Neri, pendolare:',
      '"Non so come andrò al lavoro."',
      '',
      'LANCIO: Passiamo al meteo.',
    ]);
    expect(rows(doc)).toEqual([
      ['speech', 'anchor', 'Buonasera. Sciopero dei'],
      ['direction', null, 'PEZZO'],
      ['narration', null, 'I sindacati confermano'],
      ['speech', 'Giulia Neri', 'Non so come'],
      ['speech', 'anchor', 'Passiamo al meteo.'],
    ]);
    expect(speaker(doc, 'Giulia Neri')?.title).toBe('pendolare');
  });

  it('BAD: the words in prose keep their reading', () => {
    const doc = format([
      'Die Umfrage zeigt: Der Bericht kam zu spät. Un pezzo di carta, une pièce, el papier.',
    ]);
    expect(rows(doc)).toEqual([['narration', null, 'Die Umfrage zeigt:']]);
    expect(isScriptCue('Bericht')).toBe(false);
  });
});

describe('the table of cue words', () => {
  it('holds each language’s words once, in capitals or as scripts write them', () => {
    for (const [language, table] of Object.entries(CUE_LANGUAGES)) {
      for (const word of Object.keys(table)) {
        expect(word.trim(), `${language} ${word}`).toBe(word);
        expect(word.length, `${language} ${word}`).toBeLessThanOrEqual(17);
      }
    }
    // Every cue word alone on its line (no lead, caption or anchor tag) is read as a cue.
    for (const table of Object.values(CUE_LANGUAGES))
      for (const [word, kind] of Object.entries(table))
        if (kind !== 'lead' && kind !== 'caption') expect(isScriptCue(word), word).toBe(true);
  });
});
