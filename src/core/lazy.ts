/**
 * A value made on first use and kept. Top-level work that only some requests need (schemas of
 * one route, tables of one repair) then costs nothing at start-up, which every cold start pays.
 *
 * @example export const blockSchema = lazy(() => z.object({ … })); blockSchema().parse(value)
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * A regular expression parsed on first use, for module-level patterns. V8 parses a regular
 * expression literal twice: when it compiles the module (to report a syntax error early) and when
 * the statement creating it runs; with a Unicode property class (`\p{Lu}`) each parse costs about
 * 35 µs per class, so a few hundred module-level patterns took half of the bundle's import time
 * (`npm run bench -- bundle`). A pattern written as a string is parsed only when first used.
 * Behaves as the `RegExp` it stands for (`test`, `exec`, `lastIndex`, and in `replace`, `match`,
 * `matchAll`, `split`, `search`), made on the first call.
 *
 * @example const NAME = lazyRegExp(String.raw`^\p{Lu}[\p{L}'’-]+$`, 'u'); NAME.test('Ana')
 */
export function lazyRegExp(pattern: string, flags = ''): RegExp {
  return new LazyRegExp(pattern, flags);
}

/** A pattern that `RegExp#source` gives back unchanged: not empty, no `/`, no line break. */
const SOURCE_AS_WRITTEN = /^[^/\n\r\u2028\u2029]+$/;

class LazyRegExp implements RegExp {
  #made: RegExp | undefined;
  readonly #pattern: string;
  readonly flags: string;

  constructor(pattern: string, flags: string) {
    this.#pattern = pattern;
    this.flags = flags;
  }

  #regExp(): RegExp {
    if (this.#made === undefined) this.#made = new RegExp(this.#pattern, this.flags);
    return this.#made;
  }

  exec(text: string): RegExpExecArray | null {
    return this.#regExp().exec(text);
  }
  test(text: string): boolean {
    return this.#regExp().test(text);
  }
  get lastIndex(): number {
    return this.#made === undefined ? 0 : this.#made.lastIndex;
  }
  set lastIndex(value: number) {
    this.#regExp().lastIndex = value;
  }
  /**
   * The pattern as `RegExp` writes it, without parsing it when they are the same: `RegExp`
   * escapes only `/` and line breaks, and writes an empty pattern `(?:)`.
   */
  get source(): string {
    return this.#made === undefined && SOURCE_AS_WRITTEN.test(this.#pattern)
      ? this.#pattern
      : this.#regExp().source;
  }
  get global(): boolean {
    return this.flags.includes('g');
  }
  get ignoreCase(): boolean {
    return this.flags.includes('i');
  }
  get multiline(): boolean {
    return this.flags.includes('m');
  }
  get sticky(): boolean {
    return this.flags.includes('y');
  }
  get unicode(): boolean {
    return this.flags.includes('u');
  }
  get unicodeSets(): boolean {
    return this.flags.includes('v');
  }
  get dotAll(): boolean {
    return this.flags.includes('s');
  }
  get hasIndices(): boolean {
    return this.flags.includes('d');
  }
  compile(): this {
    throw new TypeError('lazyRegExp: compile() is not supported');
  }
  toString(): string {
    return this.#regExp().toString();
  }
  [Symbol.match](text: string): RegExpMatchArray | null {
    return this.#regExp()[Symbol.match](text);
  }
  [Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    return this.#regExp()[Symbol.matchAll](text);
  }
  [Symbol.replace](text: string, replacement: never): string {
    return this.#regExp()[Symbol.replace](text, replacement);
  }
  [Symbol.search](text: string): number {
    return this.#regExp()[Symbol.search](text);
  }
  [Symbol.split](text: string, limit?: number): string[] {
    return this.#regExp()[Symbol.split](text, limit);
  }
}
