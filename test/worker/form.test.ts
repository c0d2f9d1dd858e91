import { describe, expect, it } from 'vitest';
import { optionNames } from '../../src/edge/options.ts';
import { OUTPUTS } from '../../src/options.ts';
import { RENDERERS } from '../../src/outputs/index.ts';
import { call, cspNonce, SEED, stubRenderer, withRenderer } from './http-support.ts';

function submit(fields: Record<string, string | File>): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return call('/', { method: 'POST', body: form });
}

/** Decodes the few entities Mustache writes, to compare text. */
function decode(html: string): string {
  return html
    .replace(/&#x2F;/g, '/')
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('GET / (the form)', () => {
  it('offers each output that exists, and only those', async () => {
    const html = await (await call('/')).text();
    for (const output of OUTPUTS) {
      const offered = html.includes(`name="output" value="${output}"`);
      expect({ output, offered }).toEqual({ output, offered: RENDERERS[output] !== undefined });
    }
    await withRenderer('vtt', stubRenderer('vtt', 'text/vtt'), async () => {
      expect(await (await call('/')).text()).toContain('name="output" value="vtt"');
    });
  });

  it('has a labelled control for the text, the file and every option of the schema', async () => {
    const html = await (await call('/')).text();
    const ids = ['text', 'file', 'input', ...optionNames().map((name) => `opt-${name}`)];
    for (const id of ids) {
      expect(html).toContain(`id="${id}"`);
      expect(html).toContain(`<label for="${id}">`);
    }
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('method="post" action="/"');
    expect(html).toMatch(/<button type="submit" name="action" value="preview"[^>]*>Preview</);
    expect(html).toMatch(/<button type="submit" name="action" value="download"/);
  });

  it('loads nothing from another host and runs only its nonce’d script', async () => {
    const res = await call('/');
    const html = await res.text();
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`<script nonce="${cspNonce(res)}">`);
  });

  it('preselects ?output= when that output exists', async () => {
    expect(await (await call('/?output=json')).text()).toMatch(/value="json" checked/);
  });
});

describe('POST / (the form without JavaScript)', () => {
  it('answers the preview page with the text kept and the list of changes', async () => {
    const res = await submit({ text: SEED, output: 'json', action: 'preview', readRate: '170' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    const textarea = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
    expect(decode(textarea)).toBe(SEED);
    const preview =
      /<pre tabindex="0" aria-label="Preview: JSON document">([\s\S]*?)<\/pre>/.exec(html)?.[1] ??
      '';
    const doc = JSON.parse(decode(preview)) as {
      readRateWpm: number;
      messages: { line: number | null }[];
    };
    expect(doc.readRateWpm).toBe(170);
    expect(html).toContain('id="opt-readRate" name="readRate" value="170"');
    const items = html.match(/<li class="sev-/g) ?? [];
    expect(items.length).toBe(doc.messages.length);
    for (const m of doc.messages)
      if (m.line !== null) expect(html).toContain(`data-line="${m.line}"`);
  });

  it('shows an HTML output in a sandboxed frame carrying the page’s nonce', async () => {
    await withRenderer(
      'teleprompter',
      stubRenderer('html', 'text/html; charset=utf-8'),
      async () => {
        const res = await submit({ text: 'Hello.', output: 'teleprompter', action: 'preview' });
        const html = await res.text();
        expect(html).toContain(
          `<iframe title="Preview: Teleprompter" sandbox="allow-scripts" srcdoc="html blocks&#x3D;1 nonce&#x3D;${cspNonce(res)}">`,
        );
      },
    );
  });

  it('answers the file for action=download', async () => {
    const res = await submit({ text: SEED, output: 'json', action: 'download' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"/);
    expect(((await res.json()) as { blocks: unknown[] }).blocks.length).toBeGreaterThan(0);
  });

  it('reads an uploaded file and shows its text, format chosen', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nHello from the file.\n';
    const res = await submit({
      file: new File([srt], 'clip.srt'),
      output: 'json',
      action: 'preview',
    });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(decode(/<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '')).toBe(srt);
    expect(html).toContain('<option value="srt" selected>');
    const preview =
      /<pre tabindex="0" aria-label="Preview: JSON document">([\s\S]*?)<\/pre>/.exec(html)?.[1] ??
      '';
    const doc = JSON.parse(decode(preview)) as { blocks: { text: string; line: number }[] };
    expect(doc.blocks.map((b) => [b.text, b.line])).toEqual([['Hello from the file.', 3]]);
  });

  it('explains a problem on the page, with its status and the text kept', async () => {
    const empty = await submit({ text: '  ', output: 'json', action: 'preview' });
    expect(empty.status).toBe(422);
    const html = await empty.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('No text to format');
    const bad = await submit({ text: 'Hello.', output: 'json', readRate: '5', action: 'preview' });
    expect(bad.status).toBe(422);
    const badHtml = decode(await bad.text());
    // In the summary by its label, and next to its field (described by it, marked invalid),
    // with the preview marked out of date.
    expect(badHtml).toContain(
      '<strong>Reading speed (words per minute)</strong>: “5” is not allowed; allowed: an integer from 60 to 400.',
    );
    expect(badHtml).toMatch(
      /id="opt-readRate"[^>]*aria-describedby="opt-readRate-hint opt-readRate-error" aria-invalid="true"/,
    );
    expect(badHtml).toContain(
      '<p class="field-error" id="opt-readRate-error">“5” is not allowed: an integer from 60 to 400.</p>',
    );
    expect(badHtml).toContain('class="preview stale"');
    expect(badHtml).toContain('>Hello.</textarea>');
  });

  it('keeps a checkbox unchecked: the hidden false is sent before it', async () => {
    const html = await (await call('/')).text();
    const hidden = html.indexOf('type="hidden" name="dedupe" value="false"');
    expect(hidden).toBeGreaterThan(-1);
    expect(
      html.indexOf('type="checkbox" id="opt-dedupe" name="dedupe" value="true"'),
    ).toBeGreaterThan(hidden);
  });
});

describe('POST / line breaks', () => {
  it('reads the CRLF a browser sends for a textarea as the LF that was typed', async () => {
    const typed = 'Headline Here\n\nFirst paragraph.\n\nSecond paragraph.';
    const res = await submit({
      text: typed.replaceAll('\n', '\r\n'),
      output: 'json',
      action: 'preview',
    });
    const html = await res.text();
    expect(html).not.toContain('line-endings');
    const api = await call('/v1/format', {
      method: 'POST',
      body: typed,
      headers: { 'Content-Type': 'text/plain' },
    });
    const messages = ((await api.json()) as { messages: { ruleId: string }[] }).messages;
    for (const m of messages) expect(html).toContain(`<code>${m.ruleId}</code>`);
  });
});

describe('HTML outputs in the preview frame', () => {
  it('lose autofocus, so the page keeps the focus on the transcript', async () => {
    const focusing = (() => ({
      body: '<!DOCTYPE html><html><body><div id="scroller" tabindex="0" autofocus>Hi</div></body></html>',
      contentType: 'text/html; charset=utf-8',
      extension: 'html',
      messages: [],
    })) as Parameters<typeof withRenderer>[1];
    await withRenderer('teleprompter', focusing, async () => {
      const html = await (
        await submit({ text: 'Hello.', output: 'teleprompter', action: 'preview' })
      ).text();
      const srcdoc = /srcdoc="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(srcdoc).toContain('id&#x3D;&quot;scroller&quot;');
      expect(srcdoc).not.toContain('autofocus');
      // The API itself still answers the page as the layout made it.
      const api = await call('/v1/format?output=teleprompter', {
        method: 'POST',
        body: 'Hello.',
        headers: { 'Content-Type': 'text/plain' },
      });
      expect(await api.text()).toContain('autofocus');
    });
  });
});

describe('the form’s furniture', () => {
  it('serves a favicon (SVG) instead of a 404', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const res = await call(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });

  it('shows only the options of the chosen output, in newsroom words', async () => {
    const html = await (await call('/?output=teleprompter-text')).text();
    const shown = [...html.matchAll(/<div class="field" data-outputs="([^"]*)"[^>]*>/g)].map(
      (m) => ({
        outputs: (m[1] ?? '').split(' '),
        // Cue times exist only in subtitle input: the empty form's input is plain text.
        forSubtitleInput: /data-inputs="[^"]*\bsrt\b/.test(m[0] ?? ''),
        hidden: (m[0] ?? '').includes(' hidden'),
      }),
    );
    expect(shown.length).toBeGreaterThan(10);
    for (const field of shown) {
      expect(field.hidden).toBe(
        !field.outputs.includes('teleprompter-text') || field.forSubtitleInput,
      );
    }
    expect(html).toContain('<label for="opt-mirror">Mirror for the glass</label>');
    expect(html).toContain('<label for="opt-readRate">Reading speed (words per minute)</label>');
    expect(html).toContain('<option value="bbc">BBC</option>');
    expect(html).not.toContain('BCP 47');
    expect(html).not.toContain('Accepts 1/0');
  });

  it('keeps the corrections field through a plain POST and applies it', async () => {
    const corrections = JSON.stringify({ rename: [{ speaker: 'q', name: 'Jane Doe' }] });
    const res = await submit({
      text: 'Q: Will the talks resume next week, minister?\n\nMINISTER: We will see.',
      output: 'json',
      corrections,
      action: 'preview',
    });
    expect(res.status).toBe(200);
    const html = decode(await res.text());
    expect(html).toContain(`name="corrections" value="${corrections}"`);
    expect(html).toContain('Renamed the speaker ‘Q’ to ‘Jane Doe’');
  });
});
