/**
 * German words for a trade or a post before a person's name in a bite's label (`O-TON
 * Hafenarbeiter Jan Meier`, `OT 2: Busfahrerin Eva Roth`, `SYNCHRON Landwirtin Eva Roth`): the
 * trade is read by its ending, as the trades are too many to list (`Hafenarbeiter`,
 * `Krankenpflegerin`, `Feuerwehrmann`).
 */
import { titleCaseIfCaps } from './chars.ts';
import { lazyRegExp } from './lazy.ts';

/**
 * The endings of trades and posts, each also a whole word; `-in` after one is its feminine. No
 * given name ends so (`Hermann`: a `-mann` needs four letters before it).
 */
const TRADE_ENDINGS: readonly string[] = (
  'arbeiter fahrer händler besitzer inhaber wirt bauer bäuerin sprecher leiter meister führer ' +
  'helfer pfleger lehrer schüler student rentner arzt ärztin chef experte expertin forscher ' +
  'berater politiker unternehmer winzer fischer bäcker metzger schreiner tischler elektriker ' +
  'mechaniker techniker ingenieur polizist soldat anwalt anwältin richter kunde kundin ' +
  'vorsitzender vorsitzende aktivist gewerkschafter sanitäter erzieher verkäufer angestellter ' +
  'angestellte mitarbeiter betreiber vertreter beamter beamtin mann frau'
).split(' ');

const ONE_WORD_MIXED_CASE = lazyRegExp(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
/** A name's word after the trade: capitalised, a hyphen or an apostrophe inside (`Müller-Lüdenscheidt`). */
const NAME_WORD = lazyRegExp(String.raw`^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$`, 'u');

/** Whether one word (in mixed case, or in capitals) is a German trade: `Hafenarbeiter`. */
export function isTradeWord(word: string): boolean {
  const mixed = titleCaseIfCaps(word);
  if (!ONE_WORD_MIXED_CASE.test(mixed) || mixed.length < 4) return false;
  const key = mixed.toLowerCase();
  for (const base of [key, key.endsWith('in') ? key.slice(0, -2) : '']) {
    for (const ending of TRADE_ENDINGS) {
      if (base === '' || !base.endsWith(ending)) continue;
      const prefix = base.length - ending.length;
      if (ending === 'mann' || ending === 'frau' ? prefix >= 4 : true) return true;
    }
  }
  return false;
}

/**
 * Whether one word is a German trade compounded of another word and a trade's ending
 * (`Ladenbesitzerin`, `Hafenarbeiter`, `Landwirt`): alone, as a vox pop's tag, it names no one.
 * An ending alone (`Fischer`, `Bauer`), a short first part (`Neubauer`) and `-mann`/`-frau`
 * (`Zimmermann`, `Hoffmann`) are surnames as often.
 */
export function isCompoundTrade(word: string): boolean {
  const mixed = titleCaseIfCaps(word);
  if (!ONE_WORD_MIXED_CASE.test(mixed)) return false;
  const key = mixed.toLowerCase();
  for (const base of [key, key.endsWith('in') ? key.slice(0, -2) : '']) {
    for (const ending of TRADE_ENDINGS) {
      if (base === '' || ending === 'mann' || ending === 'frau' || !base.endsWith(ending)) continue;
      if (base.length - ending.length >= 4) return true;
    }
  }
  return false;
}

/**
 * A trade and a name of one to three words after it (`Hafenarbeiter Jan Meier`, `HAFENARBEITER
 * JAN MEIER`): the two parts, or null.
 */
export function tradeAndName(text: string): { trade: string; name: string[] } | null {
  const list = text.trim().split(/\s+/);
  if (list.length < 2 || list.length > 4) return null;
  const trade = list[0] ?? '';
  const name = list.slice(1);
  if (!isTradeWord(trade) || !name.every((w) => NAME_WORD.test(titleCaseIfCaps(w)))) return null;
  return { trade: titleCaseIfCaps(trade), name };
}
