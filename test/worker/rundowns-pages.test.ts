/**
 * The rundown pages carry their script (src/client/rundown.ts, bundled into the `rundown.js`
 * partial) inline under the response's CSP nonce, and take what the script needs from the server
 * only as the escaped JSON of `data-config`, never as Mustache inside the code.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_SOURCES } from '../../src/generated/templates.ts';

const decode = (attribute: string): string =>
  attribute
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x2F;', '/')
    .replaceAll('&#x60;', '`')
    .replaceAll('&#x3D;', '=')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe('rundown pages and their bundled script', () => {
  it('places the bundle whole, under the nonce, on every page; the config comes as escaped JSON', async () => {
    const bundle = TEMPLATE_SOURCES['rundown.js'] ?? '';
    // The bundle is the minified module between the delimiters that keep Mustache out of it.
    const code = bundle.replace(/^\{\{=<%% %%>=\}\}/, '').replace(/<%%=\{\{ \}\}=%%>$/, '');
    expect(code.length).toBeGreaterThan(5000);
    expect(code).toContain('scriptdeskRundown');

    const created = await exports.default.fetch('http://localhost/v1/rundowns', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Evening news' }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json<{ id: string }>();

    const pages = [
      ['/rundowns', 'new', ''],
      [`/rundowns/${id}`, 'manage', id],
      [`/rundowns/${id}/talent`, 'talent', id],
      [`/rundowns/${id}/operator`, 'operator', id],
      [`/rundowns/${id}/remote`, 'remote', id],
    ] as const;
    for (const [path, view, pageId] of pages) {
      const response = await exports.default.fetch(`http://localhost${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '');
      expect(nonce, path).not.toBeNull();
      const scripts = [...html.matchAll(/<script nonce="([^"]+)">\n?([\s\S]*?)\n?<\/script>/g)];
      expect(scripts.length, path).toBe(1);
      expect(scripts[0]?.[1], path).toBe(nonce?.[1]);
      expect(scripts[0]?.[2], path).toBe(code);
      // No Mustache left in the page around the code (the code itself may hold any braces).
      expect(html.replace(code, ''), path).not.toMatch(/<%%|%%>|\{\{/);
      const attribute = /<body[^>]* data-config="([^"]*)"/.exec(html)?.[1] ?? '';
      const config = JSON.parse(decode(attribute)) as { view: string; id: string };
      expect(config.view, path).toBe(view);
      expect(config.id, path).toBe(pageId);
    }
  });
});
