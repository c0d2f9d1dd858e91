/**
 * Cyrillic letters in Latin letters (a practical romanization of Russian and Ukrainian, as news
 * agencies write names): for slugs, and for caption formats whose character sets have no
 * Cyrillic (CEA-608, EBU STL Latin).
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
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
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/**
 * Greek letters (lower case, accents folded off) in Latin letters, as Greek news agencies write
 * names (ELOT 743 without its diacritics): for slugs. `ου` is `ou` (see {@link romanizeGreek}).
 */
const GREEK_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  'α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o'
    .split(' ')
    .reduce<[string, string][]>((pairs, item, i, all) => {
      if (i % 2 === 0) pairs.push([item, all[i + 1] ?? '']);
      return pairs;
    }, []),
);

/**
 * Greek text, folded to lower case without accents, in Latin letters (`πυρκαγια` → `pyrkagia`,
 * `αττικη` → `attiki`, `ουρανος` → `ouranos`); every other character stays as it is.
 */
export function romanizeGreek(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    if (ch === 'ο' && folded[i + 1] === 'υ') {
      out += 'ou';
      i++;
      continue;
    }
    out += GREEK_TO_LATIN[ch] ?? ch;
  }
  return out;
}

// --- Hangul and kana: romanized by rule -------------------------------------------------------

/** Revised Romanization of Korean: the initial consonants (19), vowels (21), final consonants (28). */
const HANGUL_INITIALS = 'g kk n d tt r m b pp s ss - j jj ch k t p h'.split(' ');
const HANGUL_VOWELS = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const HANGUL_FINALS = '- k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');
/** A final consonant said as the next syllable's initial when a vowel follows (`한국어` → `hangugeo`). */
const HANGUL_LIAISON: Readonly<Record<number, string>> = {
  1: 'g',
  2: 'kk',
  4: 'n',
  7: 'd',
  8: 'r',
  16: 'm',
  17: 'b',
  19: 's',
  20: 'ss',
  22: 'j',
  23: 'ch',
  24: 'k',
  25: 't',
  26: 'p',
  27: '',
};
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** The silent initial `ㅇ` (a syllable that opens with its vowel). */
const SILENT_INITIAL = 11;

function syllable(code: number): { initial: number; vowel: number; final: number } | null {
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return null;
  const s = code - HANGUL_FIRST;
  return { initial: Math.floor(s / 588), vowel: Math.floor((s % 588) / 28), final: s % 28 };
}

/**
 * Hepburn romanization of the kana, hiragana order (katakana is the same plus 0x60): `ぁ` to
 * `ゖ`, one entry per code point, `*` for the small kana read with the one before.
 */
const KANA =
  '* a * i * u * e * o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo ta da chi ji * tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po ma mi mu me mo * ya * yu * yo ra ri ru re ro * wa i e o n vu * *'.split(
    ' ',
  );
/** The small kana: vowels, `ゃゅょ`, `ゎ`, and `っ` (doubling the next consonant). */
const SMALL_KANA: Readonly<Record<number, string>> = {
  12353: 'a',
  12355: 'i',
  12357: 'u',
  12359: 'e',
  12361: 'o',
  12387: 'tsu',
  12419: 'ya',
  12421: 'yu',
  12423: 'yo',
  12430: 'wa',
  12437: 'ka',
  12438: 'ke',
};
const SOKUON = 0x3063;

/** The hiragana code of a kana (katakana folded), or -1. */
function kanaCode(code: number): number {
  if (code >= 0x3041 && code <= 0x3096) return code;
  if (code >= 0x30a1 && code <= 0x30f6) return code - 0x60;
  return -1;
}

/**
 * Korean Hangul (Revised Romanization, syllable by syllable with the liaison of a final before
 * a vowel; the other sound changes need a dictionary and are not made) and Japanese kana
 * (modified Hepburn as newspapers write it: `っ` doubles the next consonant, `ゃ` joins the
 * syllable before, the long-vowel mark `ー` is left out) in Latin letters. Han characters and
 * every other character stay as they are: no rule romanizes Chinese characters, which need a
 * dictionary (and Japanese kanji a reading).
 *
 * @example romanizeHangulKana('한국어') // 'hangugeo'
 * @example romanizeHangulKana('トランプ') // 'toranpu'
 */
export function romanizeHangulKana(text: string): string {
  // One piece per syllable: a small kana rewrites the piece before it, never the whole string.
  const out: string[] = [];
  let double = false;
  /** The syllable before ended in `ㄹ` and this one opens with it: `ll` (`몰래` → `mollae`). */
  let lateral = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const s = syllable(code);
    if (s) {
      let piece =
        s.initial === SILENT_INITIAL ? '' : lateral ? 'l' : (HANGUL_INITIALS[s.initial] ?? '');
      piece += HANGUL_VOWELS[s.vowel] ?? '';
      lateral = false;
      if (s.final !== 0) {
        const next = syllable(text.charCodeAt(i + 1));
        const liaison = HANGUL_LIAISON[s.final];
        piece +=
          next?.initial === SILENT_INITIAL && liaison !== undefined
            ? liaison
            : (HANGUL_FINALS[s.final] ?? '');
        lateral = s.final === 8 && next?.initial === 5;
      }
      out.push(piece);
      continue;
    }
    lateral = false;
    const k = kanaCode(code);
    if (k === -1) {
      // `ー` lengthens the vowel before it (left out); `・` parts the words of a name.
      if (code === 0x30fc) continue;
      out.push(code === 0x30fb ? ' ' : (text[i] as string));
      double = false;
      continue;
    }
    if (k === SOKUON) {
      double = true;
      continue;
    }
    let roman = KANA[k - 0x3041] ?? '';
    if (roman === '*') {
      // A small kana joins the syllable before: `きゃ` kya, `しゃ` sha, `ティ` ti, `ファ` fa.
      const small = SMALL_KANA[k] ?? '';
      const prev = out[out.length - 1] ?? '';
      const cut = prev.slice(0, -1);
      if (/^y[aou]$/.test(small) && /(?:sh|ch|j)i$/.test(prev))
        out[out.length - 1] = cut + small[1];
      else if (/^y[aou]$/.test(small) && /[kgnhbpmr]i$/.test(prev))
        out[out.length - 1] = cut + small;
      else if (/^[aiueo]$/.test(small) && /[bcdfghjkmnprstvwz][aiueo]$/.test(prev))
        out[out.length - 1] = cut + small;
      else if (/^[aiueo]$/.test(small) && prev.endsWith('u'))
        out[out.length - 1] = `${cut}w${small}`;
      else out.push(small);
      continue;
    }
    if (double) {
      roman = roman.startsWith('ch') ? `t${roman}` : (roman[0] ?? '') + roman;
      double = false;
    }
    out.push(roman);
  }
  return out.join('');
}

/** Devanagari consonants U+0915–U+0939 in Latin letters (Hindi as newspapers write names). */
const DEVANAGARI_CONSONANTS =
  'k kh g gh n ch chh j jh n t th d dh n t th d dh n n p ph b bh m y r r l l l v sh sh s h'.split(
    ' ',
  );
/** Independent vowels U+0904–U+0914 (long and short alike, as in names: `राम` → `ram`). */
const DEVANAGARI_VOWELS = 'e a a i i u u ri li e e e ai o o o au'.split(' ');
/** Vowel signs U+093E–U+094C after a consonant. */
const DEVANAGARI_SIGNS = 'a i i u u ri ri e e e ai o o o au'.split(' ');
/** The consonants a nukta changes (`ज़` → `z`, `फ़` → `f`) and U+0958–U+095F that have it. */
const NUKTA: Readonly<Record<string, string>> = { k: 'q', kh: 'kh', g: 'gh', j: 'z', ph: 'f' };
const NUKTA_FORMS = 'q kh gh z r rh f y'.split(' ');

/**
 * Hindi and the other languages written in Devanagari, in Latin letters without diacritics, as
 * Indian newspapers write names in English (`दिल्ली` → `dilli`, `प्रदूषण` → `pradushan`): each
 * consonant with its inherent `a` unless a vowel sign or a virama follows; the word's last
 * inherent `a` is not said in Hindi and is left out. Every other character stays as it is.
 *
 * @example romanizeDevanagari('राकेश शर्मा') // 'rakesh sharma'
 */
export function romanizeDevanagari(text: string): string {
  const out: string[] = [];
  /** Where the inherent `a` of the last consonant was written, or -1. */
  let inherent = -1;
  let syllables = 0;
  /** Where the last anusvara was written, or -1. */
  let nasal = -1;
  const endWord = () => {
    // Hindi leaves the final inherent vowel unsaid in a word of more than one syllable.
    if (inherent !== -1 && inherent === out.length - 1 && syllables > 1) out.pop();
    inherent = -1;
    syllables = 0;
  };
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x0915 && code <= 0x0939) {
      // An anusvara before `p`, `b` or `m` is said `m` (`मुंबई` → `mumbai`).
      if (nasal === out.length - 1 && code >= 0x092a && code <= 0x092e) out[nasal] = 'm';
      out.push(DEVANAGARI_CONSONANTS[code - 0x0915] ?? '', 'a');
      inherent = out.length - 1;
      syllables++;
    } else if (code >= 0x0958 && code <= 0x095f) {
      out.push(NUKTA_FORMS[code - 0x0958] ?? '', 'a');
      inherent = out.length - 1;
      syllables++;
    } else if (code === 0x093c) {
      // A nukta after its consonant: `ज़` → `z`.
      const at = inherent - 1;
      if (inherent !== -1 && at >= 0) out[at] = NUKTA[out[at] ?? ''] ?? out[at] ?? '';
    } else if (code >= 0x093e && code <= 0x094c) {
      const sign = DEVANAGARI_SIGNS[code - 0x093e] ?? '';
      if (inherent !== -1 && inherent === out.length - 1) out[inherent] = sign;
      else out.push(sign);
      inherent = -1;
    } else if (code === 0x094d) {
      // A virama: the consonant has no vowel (`प्र` → `pr`).
      if (inherent !== -1 && inherent === out.length - 1) {
        out.pop();
        syllables--;
      }
      inherent = -1;
    } else if (code >= 0x0904 && code <= 0x0914) {
      out.push(DEVANAGARI_VOWELS[code - 0x0904] ?? '');
      inherent = -1;
      syllables++;
    } else if (code === 0x0901 || code === 0x0902) {
      out.push('n');
      nasal = out.length - 1;
    } else if (code === 0x0903) {
      out.push('h');
    } else if (code >= 0x0966 && code <= 0x096f) {
      out.push(String(code - 0x0966));
    } else {
      endWord();
      out.push(ch);
    }
  }
  endWord();
  return out.join('');
}
