/**
 * Unicode letter tests that many rules share, each parsed once on first use (see `lazyRegExp`:
 * V8 parses a `\p{…}` class in a literal when the module compiles, about 35 µs a class, so a
 * pattern written inline in a dozen functions cost a dozen parses at every cold start).
 */
import { lazyRegExp } from './lazy.ts';

/** `/^\p{Ll}/u`: the text starts with a lowercase letter. */
export const STARTS_LOWERCASE = lazyRegExp(String.raw`^\p{Ll}`, 'u');
/** `/^\p{Lu}/u`: the text starts with an uppercase letter. */
export const STARTS_UPPERCASE = lazyRegExp(String.raw`^\p{Lu}`, 'u');
/** `/^\p{Lu}\p{Ll}/u`: an uppercase letter, then a lowercase one. */
export const STARTS_CAPITALISED = lazyRegExp(String.raw`^\p{Lu}\p{Ll}`, 'u');
/** `/^[\p{Lu}\d]/u`: the text starts with an uppercase letter or an ASCII digit. */
export const STARTS_UPPERCASE_OR_DIGIT = lazyRegExp(String.raw`^[\p{Lu}\d]`, 'u');
/** `/^\p{L}/u`: the text starts with a letter. */
export const STARTS_LETTER = lazyRegExp(String.raw`^\p{L}`, 'u');
/** `/^[\p{L}\p{N}]/u`: the text starts with a letter or a number. */
export const STARTS_LETTER_OR_NUMBER = lazyRegExp(String.raw`^[\p{L}\p{N}]`, 'u');
/** `/\p{L}/u`: the text holds a letter. */
export const HAS_LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
/** `/\p{Lu}/u`: the text holds an uppercase letter. */
export const HAS_UPPERCASE = lazyRegExp(String.raw`\p{Lu}`, 'u');
/** `/\p{Ll}/u`: the text holds a lowercase letter. */
export const HAS_LOWERCASE = lazyRegExp(String.raw`\p{Ll}`, 'u');
/** `/\p{Lu}{2}/u`: two uppercase letters in a row. */
export const HAS_TWO_UPPERCASE = lazyRegExp(String.raw`\p{Lu}{2}`, 'u');
/** `/[\p{L}\p{N}]/u`: the text holds a letter or a number. */
export const HAS_LETTER_OR_NUMBER = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
/** `/[\p{L}\d]/u`: the text holds a letter or an ASCII digit. */
export const HAS_LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\d]`, 'u');
/** `/\p{M}/u`: the text holds a combining mark. */
export const HAS_MARK = lazyRegExp(String.raw`\p{M}`, 'u');
