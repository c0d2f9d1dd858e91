import { describe, expect, it } from 'vitest';
import { TEMPLATE_SOURCES } from '../../src/generated/templates.ts';
import { renderTemplate } from '../../src/templates.ts';

describe('client code as template partials', () => {
  it('bundles each src/client module into a partial a custom layout can include', () => {
    const sources = {
      'teleprompter--studio.html': '<main>{{title}}</main><script>{{> teleprompter.js}}</script>',
      'teleprompter.js': TEMPLATE_SOURCES['teleprompter.js'] ?? '',
    };
    const html = renderTemplate('teleprompter', 'studio', { title: 'A & B' }, sources);
    expect(html.startsWith('<main>A &amp; B</main><script>')).toBe(true);
    // The controller's code, whole: it reads the settings and drives the keys; the delimiters
    // that keep Mustache out of the code are gone.
    expect(html).toContain('data-settings');
    expect(html).toContain('keydown');
    expect(html).not.toMatch(/<%%|%%>|\{\{=/);
    expect(html.endsWith('</script>')).toBe(true);
  });

  it('places the form’s script as code, braces and all', () => {
    const form = TEMPLATE_SOURCES['form.js'] ?? '';
    expect(form.length).toBeGreaterThan(1000);
    const html = renderTemplate(
      'teleprompter',
      'x',
      {},
      { 'teleprompter--x.html': '{{> form.js}}', 'form.js': form },
    );
    expect(html).toContain('/v1/format');
    expect(html).toContain('}}');
  });
});
