/**
 * An HTML output shown inside the form's preview frame. Standalone, a prompter page may take the
 * focus (`autofocus`); embedded, it must not take it from the transcript being typed, and Chrome
 * refuses it in a sandboxed frame with a console error anyway.
 */

/**
 * Removes `autofocus` from every element (HTMLRewriter, the Workers runtime's streaming parser).
 *
 * @example await embeddable('<div autofocus>x</div>') // '<div>x</div>'
 */
export async function embeddable(html: string): Promise<string> {
  const rewriter = new HTMLRewriter().on('[autofocus]', {
    element(element) {
      element.removeAttribute('autofocus');
    },
  });
  return rewriter.transform(new Response(html)).text();
}
