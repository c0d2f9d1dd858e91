/**
 * Speakers' names one letter apart (`Jane Doe` / `Jane Dow`, `Tom Reyes` / `Tom Reys`): likely
 * one person whose tag was mistyped, or two people. Never merged (a name is a fact a person
 * checks): the pairs are reported for someone to choose. Found by hashing, not by comparing all
 * pairs: two words one edit apart (a letter changed, added, dropped) share a form with one
 * letter deleted, so each word is filed under its own deletions.
 */
import { foldKey } from './chars.ts';
import { boundedEditDistance } from './edit-distance.ts';

/** A speaker with a name, as the registry has it. */
export interface NamedSpeaker {
  id: string;
  name: string | null;
}

/** Words shorter than this are left alone (an initial, `Al` / `Ed`). */
const MIN_WORD = 3;
/** Names of more speakers than this are not checked (a roll call, a long record: no typo hunt). */
const MAX_SPEAKERS = 400;

/** The folded word with each of its letters deleted in turn. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two different words are one edit apart (one changed, added or dropped letter). */
function oneEditApart(a: string, b: string): boolean {
  return a !== b && boundedEditDistance(a, b, 1) === 1;
}

/**
 * Pairs of speakers whose full names have the same number of words, all the same but one, and
 * that one (three letters at least) one edit from the other's: `[first id, second id]` in the
 * speakers' order, each pair once.
 */
export function closeSpellings(speakers: readonly NamedSpeaker[]): [string, string][] {
  const named = speakers.filter((s) => s.name?.includes(' ') === true);
  if (named.length < 2 || named.length > MAX_SPEAKERS) return [];
  // Each name's words folded; a key: the other words and the deletion of one letter of this one.
  const filed = new Map<string, number[]>();
  const folded = named.map((s) => foldKey(s.name ?? '').split(' '));
  for (let k = 0; k < named.length; k++) {
    const words = folded[k] as string[];
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      if (word.length < MIN_WORD - 1) continue;
      const rest = `${w}|${words.length}|${words.filter((_, j) => j !== w).join(' ')}`;
      for (const form of [word, ...deletions(word)]) {
        const key = `${rest}|${form}`;
        const list = filed.get(key);
        if (list === undefined) filed.set(key, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    }
  }
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const [key, list] of filed) {
    if (list.length < 2 || list.length > 8) continue;
    const w = Number(key.slice(0, key.indexOf('|')));
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] as number;
        const b = list[y] as number;
        const wa = (folded[a] as string[])[w] as string;
        const wb = (folded[b] as string[])[w] as string;
        if (Math.max(wa.length, wb.length) < MIN_WORD || !oneEditApart(wa, wb)) continue;
        const id = `${a}:${b}`;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([(named[a] as NamedSpeaker).id, (named[b] as NamedSpeaker).id]);
      }
    }
  }
  return pairs;
}
