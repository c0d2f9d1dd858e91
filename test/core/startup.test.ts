import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Imports `modules` in a fresh Node process and returns what the import itself did: the
 * patterns our own code gave `new RegExp` and its calls of `normalize` (which loads the Unicode
 * normalization data), each with the caller's file:line. Every cold start of the
 * Worker pays its module-level work (`npm run bench -- bundle`); a table or a pattern that only
 * some requests need is made on first use instead.
 */
function startupWork(modules: readonly string[]): string[] {
  const urls = modules.map((m) => pathToFileURL(join(ROOT, m)).href);
  const script = `
    const made = [];
    const Native = RegExp;
    globalThis.RegExp = new Proxy(Native, {
      construct(target, args, newTarget) {
        const caller = (new Error().stack ?? '').split('\\n').slice(2).find((l) => l.includes('/src/'));
        if (caller) made.push(String(args[0]).slice(0, 60) + ' @ ' + caller.trim().replace(/^.*\\/src\\//, 'src/'));
        return Reflect.construct(target, args, newTarget);
      },
    });
    const normalize = String.prototype.normalize;
    String.prototype.normalize = function (form) {
      const caller = (new Error().stack ?? '').split('\\n').slice(2).find((l) => l.includes('/src/'));
      if (caller) made.push('normalize @ ' + caller.trim().replace(/^.*\\/src\\//, 'src/'));
      return normalize.call(this, form);
    };
    for (const url of ${JSON.stringify(urls)}) await import(url);
    globalThis.RegExp = Native;
    String.prototype.normalize = normalize;
    process.stdout.write(JSON.stringify(made));
  `;
  const child = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as string[];
}

describe('start-up work', () => {
  it('importing the app (core, readers, outputs, routes) builds none of our regular expressions and normalizes no text', () => {
    // Module-level patterns are literals or lazyRegExp; tables built from them (case-insensitive
    // copies, character classes of ASCII, folded stopwords, the 608 character set) are made when
    // first needed, not at import.
    expect(startupWork(['src/http/app.ts'])).toEqual([]);
  });

  it('the check sees a pattern built at import', () => {
    // `lazyRegExp` builds its RegExp on first use: a module-level `.test` builds it at import.
    expect(startupWork(['test/core/startup-fixture.ts'])).toEqual([
      expect.stringMatching(/^\^\\p\{Lu\} @ src\/core\/lazy\.ts:/),
    ]);
  });
});

describe('character classes of ASCII', () => {
  it('are the Unicode properties the non-ASCII classes are read from', async () => {
    const { CHAR, charBits } = await import('../../src/core/language.ts');
    const quote = (c: number) => c === 0x22 || c === 0x27;
    for (let c = 0; c < 0x80; c++) {
      const ch = String.fromCharCode(c);
      const expected =
        (/^[\p{L}\p{M}\p{N}]$/u.test(ch) ? CHAR.WORD : 0) |
        (/^\p{Ll}$/u.test(ch) ? CHAR.LOWER : 0) |
        (/^[\p{Lu}\p{Lt}]$/u.test(ch) ? CHAR.UPPER : 0) |
        (/^\p{Nd}$/u.test(ch) ? CHAR.DIGIT : 0) |
        (/^\p{M}$/u.test(ch) ? CHAR.MARK : 0) |
        (/^[\p{Pe}\p{Pf}]$/u.test(ch) || quote(c) ? CHAR.CLOSING : 0) |
        (/^[\p{Ps}\p{Pi}]$/u.test(ch) || quote(c) ? CHAR.OPENING : 0);
      const all = CHAR.WORD | CHAR.LOWER | CHAR.UPPER | CHAR.DIGIT | CHAR.MARK;
      expect([ch, charBits(c) & (all | CHAR.CLOSING | CHAR.OPENING)]).toEqual([ch, expected]);
    }
  });
});
