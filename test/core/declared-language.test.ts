import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { declaredLanguage } from '../../src/core/language.ts';
import type { InputFormat } from '../../src/ingest/index.ts';
import { optionsSchema } from '../../src/options.ts';
import { prepare } from '../../src/produce.ts';

const options = optionsSchema().parse({});
const read = (input: string, format: InputFormat): ScriptDocument =>
  prepare(input, options, format);
const languageMessages = (doc: ScriptDocument) =>
  doc.messages.filter((m) => m.ruleId === 'language');

/** A short clip: too few words for detection to be sure of any language. */
const FR = 'Le maire a dit : "Nous fermons le pont."';
const DE = 'Der Rat hat heute abgestimmt.';
const ES = 'El consejo votó hoy.';

/** An OpenAI Whisper verbose_json result of one segment. */
function whisper(text: string, language: string, task = 'transcribe'): string {
  return JSON.stringify({
    task,
    language,
    duration: 3,
    text,
    segments: [{ id: 0, seek: 0, start: 0, end: 3, text: ` ${text}`, tokens: [], temperature: 0 }],
  });
}

describe('declaredLanguage', () => {
  it('reads BCP 47 tags, ISO 639-2/3 codes and the English names speech-to-text services write', () => {
    expect(declaredLanguage('en-US')).toBe('en');
    expect(declaredLanguage('en_us')).toBe('en');
    expect(declaredLanguage('pt-BR')).toBe('pt');
    expect(declaredLanguage('zh-Hans')).toBe('zh');
    expect(declaredLanguage('FR')).toBe('fr');
    expect(declaredLanguage('eng')).toBe('en');
    expect(declaredLanguage('deu')).toBe('de');
    expect(declaredLanguage('ger')).toBe('de');
    expect(declaredLanguage('spa')).toBe('es');
    expect(declaredLanguage('english')).toBe('en');
    expect(declaredLanguage('French')).toBe('fr');
    expect(declaredLanguage('no')).toBe('nb');
    expect(declaredLanguage('nn-NO')).toBe('nb');
  });

  it('names no language for `auto`, an unknown code, a non-string or an overlong value', () => {
    expect(declaredLanguage('auto')).toBeNull();
    expect(declaredLanguage('xx')).toBeNull();
    expect(declaredLanguage('')).toBeNull();
    expect(declaredLanguage(42)).toBeNull();
    expect(declaredLanguage(null)).toBeNull();
    expect(declaredLanguage(`en${'-x'.repeat(30)}`)).toBeNull();
  });
});

describe('the language an input declares', () => {
  it('is taken when the text is too short to tell: with no declaration, the same text is unsure', () => {
    const plain = read(FR, 'text');
    expect(plain.language).toBe('en');
    expect(languageMessages(plain)[0]?.severity).toBe('warning');
    const declared = read(whisper(FR, 'french'), 'json');
    expect(declared.language).toBe('fr');
    const [message] = languageMessages(declared);
    expect(message?.severity).toBe('info');
    expect(message?.reason).toContain('as the input declares it');
    // The language's rules follow: French quotes, as for `language=fr`.
    expect(declared.blocks[0]?.text).toContain('«');
    expect(declared.blocks[0]?.text).toBe(
      prepare(FR, optionsSchema().parse({ language: 'fr' }), 'text').blocks[0]?.text,
    );
  });

  it('from each speech-to-text service where its result says it', () => {
    const assembly = JSON.stringify({
      language_code: 'de',
      status: 'completed',
      text: DE,
      words: DE.split(' ').map((w, i) => ({ text: w, start: i * 400, end: i * 400 + 300 })),
    });
    expect(read(assembly, 'json').language).toBe('de');
    const eleven = JSON.stringify({
      language_code: 'spa',
      language_probability: 0.98,
      text: ES,
      words: ES.split(' ').map((w, i) => ({
        text: w,
        start: i * 0.4,
        end: i * 0.4 + 0.3,
        type: 'word',
        speaker_id: 'speaker_0',
      })),
    });
    expect(read(eleven, 'json').language).toBe('es');
    const speechmatics = JSON.stringify({
      format: '2.9',
      metadata: { transcription_config: { language: 'de' } },
      results: DE.replace('.', '')
        .split(' ')
        .map((w, i) => ({
          type: 'word',
          start_time: i * 0.4,
          end_time: i * 0.4 + 0.3,
          alternatives: [{ content: w, confidence: 0.9 }],
        })),
    });
    expect(read(speechmatics, 'json').language).toBe('de');
  });

  it('is not the language of a translation: Whisper translating French audio writes English', () => {
    const doc = read(whisper('The mayor said the bridge closes.', 'french', 'translate'), 'json');
    expect(doc.language).toBe('en');
    expect(languageMessages(doc).some((m) => m.reason.includes('declares'))).toBe(false);
  });

  it('from a WebVTT header, a TTML document and an HTML page', () => {
    const vtt = `WEBVTT\nKind: captions\nLanguage: de\n\n00:00:01.000 --> 00:00:03.000\n${DE}\n`;
    expect(read(vtt, 'vtt').language).toBe('de');
    // Without the header, four words tell no language (`heute` would: see language.test.ts).
    const short = vtt.replace('Language: de\n', '').replace(DE, 'Der Rat hat abgestimmt.');
    expect(read(short, 'vtt').language).toBe('en');
    const ttml = `<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="es"><body><div><p begin="00:00:01.000" end="00:00:03.000">${ES}</p></div></body></tt>\n`;
    expect(read(ttml, 'ttml').language).toBe('es');
    const html = `<!doctype html><html lang="fr-FR"><head><title>Conseil</title></head><body><p>${FR}</p></body></html>`;
    expect(read(html, 'html').language).toBe('fr');
  });

  it('gives way to a text that surely reads as another language, and says so', () => {
    const spanish =
      'El alcalde dijo que el puente se cerrará el lunes por la mañana. Los vecinos del barrio ' +
      'no están de acuerdo con la decisión y piden que se abra una consulta. La obra durará tres ' +
      'meses y el tráfico se desviará por la avenida del puerto, según el ayuntamiento.';
    const doc = read(`<html lang="en"><body><p>${spanish}</p></body></html>`, 'html');
    expect(doc.language).toBe('es');
    expect(languageMessages(doc).some((m) => m.reason.includes('declares English'))).toBe(true);
  });
});
