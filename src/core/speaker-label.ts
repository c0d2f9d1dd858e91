/**
 * The label outputs print for a speaker (a prompter's cue, a print script's speaker column, a
 * subtitle's speaker label). Roles are English words in the document (`reporter`, `woman`), so
 * that tools read them alike in every language; a script in another language is labelled with
 * the role as its own tags wrote it (`JOURNALISTE`, `FEMME`, `PERIODISTA 2`), as its newsroom
 * reads it.
 */
import type { Speaker } from './document.ts';
import { lazyRegExp } from './lazy.ts';

/** A letter: an alias without one (`>>`) is no role word. */
const LETTER = lazyRegExp(String.raw`\p{L}`, 'u');

/**
 * The role as the tags wrote it: the speaker's first alias without its notes (`JOURNALISTE
 * (voix off)` → `JOURNALISTE`) or what follows a comma; null when it holds no letter.
 */
function writtenRole(speaker: Speaker): string | null {
  const alias = speaker.aliases[0];
  if (alias === undefined) return null;
  let end = alias.length;
  for (let i = 0; i < alias.length; i++) {
    const c = alias[i];
    if (c === '(' || c === '[' || c === ',') {
      end = i;
      break;
    }
  }
  const core = alias.slice(0, end).trim();
  return core !== '' && core.length <= 40 && LETTER.test(core) ? core : null;
}

/**
 * The speaker's label: the name; else the role (in a document not in English, or a voice of
 * several speakers, as the tags wrote it); else the first alias, else the id.
 */
export function speakerLabel(speaker: Speaker, language: string): string {
  if (speaker.name) return speaker.name;
  if (speaker.role) {
    // Voices together are labelled as the tag says who (`JANE AND TOM`, `ALL`) in any language.
    const asWritten = language !== 'en' || speaker.role === 'several speakers';
    return (asWritten ? writtenRole(speaker) : null) ?? speaker.role;
  }
  return speaker.aliases[0] ?? speaker.id;
}
