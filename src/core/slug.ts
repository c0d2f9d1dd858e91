/**
 * The story slug: one or two UPPERCASE words naming the story, as newsroom systems print on every
 * page (`KURIL-ISLANDS`). Taken from the title's words that the story itself repeats most.
 */
import { foldKey } from './chars.ts';

const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been being it its ' +
    'this that these those not no yes isn aren wasn weren don doesn didn won going anywhere says ' +
    'said will would can could should may might must has have had do does did than then there ' +
    'their they them he she his her we our you your i me my us what who when where why how all ' +
    'new after before over under about into up down out more most press briefing remarks ' +
    'statement transcript january february march april june july august september october ' +
    'november december monday tuesday wednesday thursday friday saturday sunday secretary ' +
    'senior administration official officials background call calls conference news update ' +
    'live video watch full text speech interview'
  ).split(' '),
);

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** ASCII, upper-case form of a word (transliterating Cyrillic, dropping accents). */
function asciiWord(word: string): string {
  let out = '';
  for (const ch of foldKey(word)) out += CYRILLIC[ch] ?? ch;
  return out.replace(/[^a-z0-9]/g, '').toUpperCase();
}

/** Characters of body text sampled to count the title's words: enough to rank them. */
const SAMPLE_CHARS = 4_000;

export function makeSlug(title: string | null, blocks: ReadonlyArray<{ text: string }>): string {
  let body = '';
  for (const b of blocks) {
    body += ` ${b.text}`;
    if (body.length >= SAMPLE_CHARS) break;
  }
  // Without a title, the story's capitalized words (names, places) are the candidates.
  const source = title ?? (body.match(/(?<![.!?] )\b\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).join(' ');
  const words = source
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/['’]s$/u, '').replace(/^[-'’]+|[-'’]+$/gu, ''))
    .filter(
      (w) => w.length >= 3 && !/^\d+$/.test(w) && !/['’]/.test(w) && !STOPWORDS.has(foldKey(w)),
    );
  if (words.length === 0) return 'STORY';
  // One folded copy of the sample; each candidate word is counted in it, word-bounded.
  const folded = ` ${foldKey(body)} `;
  const counts = new Map<string, number>();
  const score = (w: string | undefined): number => {
    if (!w) return 0;
    const key = foldKey(w);
    let n = counts.get(key);
    if (n === undefined) {
      n = 0;
      for (let at = folded.indexOf(` ${key} `); at !== -1; at = folded.indexOf(` ${key} `, at + 1))
        n++;
      counts.set(key, n);
    }
    return n;
  };
  let best = 0;
  for (let i = 1; i < words.length; i++) if (score(words[i]) > score(words[best])) best = i;
  // Add the neighbour in the title the story repeats more (a contraction or a word said only in
  // the title does not count): `Kuril Islands`, not `Islands Aren’t`.
  const chosen = [words[best] ?? ''];
  const next = words[best + 1];
  const prev = words[best - 1];
  const weight = (w: string | undefined, pair: string): number =>
    w && !/['’]/.test(w) && source.includes(pair) && score(w) >= 2 ? score(w) : 0;
  const nextWeight = weight(next, `${words[best]} ${next}`);
  const prevWeight = weight(prev, `${prev} ${words[best]}`);
  if (next && nextWeight > 0 && nextWeight >= prevWeight) chosen.push(next);
  else if (prev && prevWeight > 0) chosen.unshift(prev);
  const slug = chosen.map(asciiWord).filter(Boolean).join('-');
  return slug || 'STORY';
}
