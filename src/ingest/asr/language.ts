/**
 * The language a speech-to-text result declares: Whisper's `language` (`english`), whisper.cpp's
 * `result.language`, AssemblyAI's and ElevenLabs' `language_code` (`en_us`, `eng`), Deepgram's
 * `detected_language`, AWS's and Google's `language_code`/`languageCode`, Azure's `locale`,
 * Speechmatics' `metadata.transcription_config.language`, Gladia's `languages`. A translation's
 * language is the audio's, not the text's: none then.
 */
import { declaredLanguage } from '../../core/language.ts';

const KEYS = [
  'language',
  'language_code',
  'languageCode',
  'detected_language',
  'locale',
  'languages',
];
/** Objects looked into, breadth first: the members near the top, never an hour's words. */
const MAX_OBJECTS = 64;
const MAX_DEPTH = 4;

export function asrLanguage(json: unknown): string | null {
  if (!isRecord(json) || isTranslation(json)) return null;
  let level: Record<string, unknown>[] = [json];
  let seen = 0;
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Record<string, unknown>[] = [];
    for (const object of level) {
      for (const key of KEYS) {
        const value = object[key];
        const code = declaredLanguage(Array.isArray(value) ? value[0] : value);
        if (code !== null) return code;
      }
      for (const key in object) {
        if (seen >= MAX_OBJECTS) break;
        const value = object[key];
        // An array is looked into by its first item only: a list of words or segments.
        const inner = Array.isArray(value) ? value[0] : value;
        if (isRecord(inner)) {
          next.push(inner);
          seen++;
        }
      }
    }
    level = next;
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTranslation(json: Record<string, unknown>): boolean {
  const params = json.params;
  return (
    json.task === 'translate' ||
    json.translate === true ||
    (isRecord(params) && params.translate === true)
  );
}
