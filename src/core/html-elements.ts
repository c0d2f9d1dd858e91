/**
 * The HTML elements whose tags are taken out of a transcript's text (the markup plugin), and that
 * an IRC nick in angle brackets is never (the tag grammar): one list, in a module of its own so
 * the grammar does not import a plugin.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b big blockquote br cite code del dfn div em font h1 h2 h3 h4 h5 h6 hr i img ins ' +
    'kbd li mark ol p pre q s samp small span strike strong sub sup table tbody td th thead tr ' +
    'tt u ul wbr section article header footer nav figure figcaption'
  ).split(' '),
);
