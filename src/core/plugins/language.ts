/** The text's language: detected from its letters, or as the caller says. */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { detectLanguage } from '../language.ts';
import { report } from '../report.ts';
import type { Root } from '../tree.ts';

export interface LanguageOptions {
  /** A BCP 47 primary subtag, or `auto` to detect. */
  language: string;
}

/** Characters looked at for detection: enough for a sure answer, bounded for long inputs. */
const SAMPLE_CHARS = 20_000;

export const language: Plugin<[LanguageOptions?], Root> =
  (options) => (tree: Root, file: VFile) => {
    const wanted = options?.language ?? 'auto';
    if (wanted !== 'auto') {
      tree.data = { ...tree.data, language: wanted };
      return;
    }
    let sample = '';
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      sample += `${node.value}\n`;
      if (sample.length >= SAMPLE_CHARS) break;
    }
    const detected = detectLanguage(sample);
    tree.data = { ...tree.data, language: detected.language };
    report(
      file,
      'language',
      `Detected language: ${detected.language} (confidence ${detected.confidence.toFixed(2)}); set language= to override`,
    );
  };
