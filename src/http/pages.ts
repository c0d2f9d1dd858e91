/**
 * HTML pages of the edge (the form, the API reference) from `templates/*.html.mustache`, with the
 * shared style sheet and script as partials. Mustache escapes every `{{value}}`.
 */
import Mustache from 'mustache';
import { TEMPLATE_SOURCES } from '../generated/templates.ts';

/** Page templates: `templates/<name>.mustache`. */
export type PageName = 'form.html' | 'docs.html';

/** Renders a page; partials (`{{> page.css}}`) are other files of `templates/`. */
export function renderPage(name: PageName, view: object): string {
  const source = TEMPLATE_SOURCES[name];
  if (source === undefined) throw new Error(`templates/${name}.mustache is missing`);
  return Mustache.render(source, view, (partial) => TEMPLATE_SOURCES[partial] ?? '');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/**
 * Escapes text, then turns `code` spans into `<code>` and blank lines into paragraph breaks: for
 * descriptions written in the schema and the OpenAPI document (render with `{{{…}}}`).
 */
export function inlineMarkup(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => {
      const parts = escapeHtml(paragraph).split('`');
      return parts
        .map((part, i) => {
          if (i % 2 === 0) return part;
          // An unmatched backtick stays a backtick.
          return i < parts.length - 1 ? `<code>${part}</code>` : `\`${part}`;
        })
        .join('');
    })
    .join('</p><p>');
}

/** Turns `readRate` into `Read rate`. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
