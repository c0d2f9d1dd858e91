/** The text's language: detected from its letters, or as the caller says. */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { detectLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../language.ts';
import { report } from '../report.ts';
import { roleWordLanguage } from '../tags.ts';
import type { Root } from '../tree.ts';

export interface LanguageOptions {
  /** A BCP 47 primary subtag, or `auto` to detect. */
  language: string;
}

/** Danish and Norwegian Bokmål: too close for detection to overrule what the input declares. */
function siblings(a: string, b: string): boolean {
  return (a === 'da' && b === 'nb') || (a === 'nb' && b === 'da');
}

/**
 * The language of the role words the transcript's tags are (`Programledare:`, `Toimittaja:`), when
 * they are one language's alone, with the first such tag; null when none or several.
 */
function roleLanguage(tree: Root): { language: string; tag: string } | null {
  let found: { language: string; tag: string } | null = null;
  for (const node of tree.children) {
    const tag = node.type === 'paragraph' ? node.data?.tag : undefined;
    if (!tag || tag.name !== null || tag.role === null) continue;
    const language = roleWordLanguage(tag.raw);
    if (language === null || !(language in LANGUAGE_NAMES)) continue;
    if (found !== null && found.language !== language) return null;
    found ??= { language, tag: tag.raw };
  }
  return found;
}

/** Characters looked at for detection: enough for a sure answer, bounded for long inputs. */
const SAMPLE_CHARS = 6_000;

export const language: Plugin<[LanguageOptions?], Root> =
  (options) => (tree: Root, file: VFile) => {
    const wanted = options?.language ?? 'auto';
    if (wanted !== 'auto') {
      tree.data = { ...tree.data, language: wanted, languageSure: true };
      return;
    }
    let sample = '';
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      sample += `${node.value}\n`;
      if (sample.length >= SAMPLE_CHARS) break;
    }
    const detected = detectLanguage(sample);
    const name = (code: string) => LANGUAGE_NAMES[code] ?? code;
    const confidence = detected.confidence.toFixed(2);
    // The language the input declares: taken when the text alone cannot tell (a short clip), or
    // when it agrees; a text that reads surely as another language is that language.
    const declared = tree.data?.hints?.language;
    if (
      declared !== undefined &&
      (detected.unsure || detected.language === declared || siblings(detected.language, declared))
    ) {
      tree.data = {
        ...tree.data,
        language: declared,
        languageSure: SUPPORTED_LANGUAGES.has(declared),
      };
      const why = detected.unsure
        ? 'its text alone is too short to tell'
        : `detection agrees, confidence ${confidence}`;
      const rules = SUPPORTED_LANGUAGES.has(declared)
        ? ''
        : ', which scriptdesk has no rules for: quotes left as typed, default read rate';
      report(
        file,
        'language',
        `Language: ${declared} (${name(declared)}), as the input declares it (${why})${rules}; set language= to override`,
        { source: 'language' },
      );
      return;
    }
    // Too short to tell by its words, a transcript tagged with one language's role words
    // (`Programledare:`) is in that language.
    const roles = detected.unsure && declared === undefined ? roleLanguage(tree) : null;
    if (roles !== null) {
      tree.data = {
        ...tree.data,
        language: roles.language,
        languageSure: SUPPORTED_LANGUAGES.has(roles.language),
      };
      report(
        file,
        'language',
        `Language: ${roles.language} (${name(roles.language)}), from the speakers' role words (${roles.tag}): its text alone is too short to tell; set language= to override`,
        { source: 'language' },
      );
      return;
    }
    if (declared !== undefined) {
      report(
        file,
        'language',
        `The input declares ${name(declared)}, but its text reads as ${name(detected.language)} (confidence ${confidence}): using ${name(detected.language)}; set language= to choose`,
        { source: 'language' },
      );
    }
    const supported = SUPPORTED_LANGUAGES.has(detected.language);
    tree.data = {
      ...tree.data,
      language: detected.language,
      languageSure: !detected.unsure && supported,
      ...(detected.unsure ? { languageGuess: detected.guess } : {}),
    };
    if (detected.unsure) {
      const guess = detected.guess ? `best guess ${name(detected.guess)}, ` : '';
      report(
        file,
        'language',
        `Could not tell the language for sure (${guess}confidence ${confidence}): using English rules and leaving quotes as typed; set language= to choose`,
        { severity: 'warning', source: 'language' },
      );
    } else if (!supported) {
      report(
        file,
        'language',
        `Detected ${name(detected.language)} (confidence ${confidence}), which scriptdesk has no rules for: quotes left as typed, default read rate; set language= to choose`,
        { severity: 'warning', source: 'language' },
      );
    } else {
      report(
        file,
        'language',
        `Detected language: ${detected.language} (confidence ${confidence}); set language= to override`,
        { source: 'language' },
      );
    }
  };
