/**
 * The story form European newsrooms' systems print above a TV script, in their own languages:
 * the fields are notes (kept, never read on air), and a French script's `SUJET :` on its first
 * line is the story's topic (the title), though `SUJET` alone further down cues a package.
 */
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../src/core/index.ts';

const notes = (text: string) =>
  formatTranscript(text)
    .blocks.filter((b) => b.type === 'note')
    .map((b) => b.text);

describe('a story form in the script’s language', () => {
  it.each([
    [
      'French',
      "DURÉE : 1'30\nÉMISSION : JT 20H\n\nLANCEMENT\nBonsoir. La grève des contrôleurs aériens perturbe le trafic ce soir.\n\nOFF\nDans le hall, les voyageurs attendent depuis le matin.\n",
      ["DURÉE : 1'30", 'ÉMISSION : JT 20H'],
    ],
    [
      'Spanish',
      'TÍTULO: HUELGA DE CONTROLADORES\nDURACIÓN: 1:45\nFECHA: 28/11/2026\n\nENTRADILLA:\nBuenas noches. La huelga de controladores aéreos complica los vuelos de esta noche.\n\nVÍDEO\nEn la terminal, los viajeros esperan desde primera hora.\n',
      ['TÍTULO: HUELGA DE CONTROLADORES', 'DURACIÓN: 1:45', 'FECHA: 28/11/2026'],
    ],
    [
      'German',
      'Sendung: Tagesschau 20 Uhr\nDauer: 1:30\nDatum: 28.11.2026\n\nANMODERATION\nGuten Abend. Der Warnstreik bei der Bahn legt seit heute Morgen den Fernverkehr lahm.\n\nNACHRICHTENFILM\nIn den Bahnhöfen warten Reisende seit Stunden.\n',
      ['Sendung: Tagesschau 20 Uhr', 'Dauer: 1:30', 'Datum: 28.11.2026'],
    ],
    [
      'Italian',
      'TITOLO: SCIOPERO DEI TRENI\nDURATA: 1\'20"\n\nLANCIO:\nBuonasera. Lo sciopero dei treni ferma i pendolari in tutto il paese.\n\nSERVIZIO\nNelle stazioni, i viaggiatori aspettano da ore.\n',
      ['TITOLO: SCIOPERO DEI TRENI', 'DURATA: 1\'20"'],
    ],
    [
      'Dutch',
      'ONDERWERP: STAKING BIJ DE NS\nDUUR: 1:10\nDATUM: 28-11-2026\n\nPRESENTATOR: Goedenavond. De staking bij de NS legt het treinverkeer vanavond stil.\n',
      ['DUUR: 1:10', 'DATUM: 28-11-2026'],
    ],
  ])('%s: its fields are notes, its copy is read', (_language, script, fields) => {
    const found = notes(script);
    for (const field of fields) expect(found).toContain(field);
    const doc = formatTranscript(script);
    expect(doc.blocks.some((b) => b.type === 'narration' || b.type === 'speech')).toBe(true);
  });
});

describe('a French script’s SUJET line', () => {
  const script = (top: string) =>
    `${top}\nDURÉE : 1'30\n\nLANCEMENT\nBonsoir. La grève des contrôleurs aériens perturbe le trafic ce soir.\n\nSUJET\nDans le hall de l'aéroport, les voyageurs attendent depuis le matin.\n`;

  it.each([
    ['SUJET : GRÈVE DES CONTRÔLEURS', 'GRÈVE DES CONTRÔLEURS'],
    ['SUJET: INCENDIE À MARSEILLE', 'INCENDIE À MARSEILLE'],
  ])('%s at the top is the topic: the title and a headline', (top, title) => {
    const doc = formatTranscript(script(top));
    expect(doc.title).toBe(title);
    expect(doc.blocks[0]).toMatchObject({ type: 'headline', text: top });
  });

  it('alone further down still cues the package', () => {
    const doc = formatTranscript(script('SUJET : GRÈVE DES CONTRÔLEURS'));
    const cue = doc.blocks.findIndex((b) => b.type === 'direction' && b.text === 'SUJET');
    expect(cue).toBeGreaterThan(0);
    expect(doc.blocks[cue + 1]?.type).not.toBe('headline');
  });
});
