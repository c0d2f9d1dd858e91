/**
 * Encodings at the HTTP edge (issue 11): a body that is not UTF-8 is decoded with its declared
 * charset or a detected one and reported as an `encoding` message; UTF-16 with a BOM is read;
 * only binary data is a 415. Runs inside workerd: its TextDecoder is the one production uses.
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ScriptDocument } from '../../src/core/document.ts';
import { signWebhook } from '../../src/webhooks/signature.ts';
import { expectProblem, format } from './http-support.ts';
import { SECRET, secretKey, unique } from './webhooks-helpers.ts';

/** Encodes `text` in a single-byte encoding, with the runtime's own decoder as the table. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text], (ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} is not in ${encoding}`);
    return b;
  });
}

// Bytes as Word saves them in Windows-1252: curly quotes 0x93/0x94, é 0xE9, € 0x80, – 0x96.
const WESTERN = new Uint8Array([
  ...new TextEncoder().encode('The caf'),
  0xe9,
  ...new TextEncoder().encode(' owner said: '),
  0x93,
  ...new TextEncoder().encode('Prices rose by '),
  0x80,
  ...new TextEncoder().encode('2 this week '),
  0x96,
  ...new TextEncoder().encode(' again.'),
  0x94,
  ...new TextEncoder().encode(' Customers were not pleased with the change at all.'),
]);

const RUSSIAN =
  'Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе. ' +
  'По его словам, стороны готовы к диалогу, но не на любых условиях.';

async function json(res: Response): Promise<ScriptDocument> {
  expect(res.status).toBe(200);
  return res.json<ScriptDocument>();
}

function encodingMessage(doc: ScriptDocument) {
  return doc.messages.find((m) => m.ruleId === 'encoding');
}

describe('TextDecoder labels in workerd', () => {
  it('decodes windows-1252, windows-1251, koi8-r and UTF-16 natively (no tables needed)', () => {
    expect(new TextDecoder('windows-1252').decode(new Uint8Array([0x93, 0xe9, 0x80]))).toBe('“é€');
    expect(new TextDecoder('windows-1251').decode(new Uint8Array([0xcc, 0xe8, 0xf0]))).toBe('Мир');
    expect(new TextDecoder('koi8-r').decode(new Uint8Array([0xed, 0xc9, 0xd2]))).toBe('Мир');
    expect(new TextDecoder('utf-16le').decode(new Uint8Array([0x1c, 0x04]))).toBe('М');
  });
});

describe('a body that is not UTF-8', () => {
  it('Windows-1252 without a charset: 200, é “ ” € – right, and an encoding message', async () => {
    const doc = await json(await format(WESTERN, 'text/plain', '?output=json'));
    const text = doc.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('café');
    expect(text).toContain('“Prices rose by €2 this week – again.”');
    expect(text).not.toContain('\ufffd');
    const message = encodingMessage(doc);
    expect(message?.severity).toBe('info');
    expect(message?.reason).toContain('Windows-1252');
    expect(message?.reason).toContain('detected');
  });

  it('Windows-1252 declared as charset=windows-1252 (and as latin1)', async () => {
    for (const charset of ['windows-1252', 'latin1', 'ISO-8859-1']) {
      const doc = await json(
        await format(WESTERN, `text/plain; charset=${charset}`, '?output=json'),
      );
      expect(doc.blocks[0]?.text).toContain('café');
      expect(encodingMessage(doc)?.reason).toContain('the charset the text was sent with');
    }
  });

  it('a Russian text in Windows-1251 is detected and read', async () => {
    const doc = await json(
      await format(encodeSingleByte(RUSSIAN, 'windows-1251'), 'text/plain', '?output=json'),
    );
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(RUSSIAN);
    expect(doc.language).toBe('ru');
    expect(encodingMessage(doc)?.reason).toContain('Windows-1251');
  });

  it('a Russian text in KOI8-R is detected and read', async () => {
    const doc = await json(
      await format(encodeSingleByte(RUSSIAN, 'koi8-r'), 'text/plain', '?output=json'),
    );
    expect(doc.blocks.map((b) => b.text).join(' ')).toBe(RUSSIAN);
    expect(encodingMessage(doc)?.reason).toContain('KOI8-R');
  });

  it.each([
    [
      'Chinese in GBK',
      'd6f7b3d6c8cba3bab8f7cebbb9dbd6dacdedc9cfbac3a3acbbb6d3adcad5bfb4bdf1ccecb5c4d0c2cec5a1a3b9facef1d4bad5d9bfaab3a3cef1bbe1d2e9a3acb2bfcaf0cec8b6a8beadbcc3d4f6b3a4b5c4b4ebcaa9a1a3',
      '各位观众晚上好，欢迎收看今天的新闻。国务院召开常务会议，部署稳定经济增长的措施。',
      'GB18030',
    ],
    [
      'Japanese in Shift_JIS',
      '834c83838358835e815b814682b182f182ce82f182cd81428eb58e9e82cc836a8385815b835882c582b781428da193fa8141938c8b9e937393e082c582cd8b4389b782aa8e4f8f5c8cdc937882f092b482a682dc82b582bd8142',
      'こんばんは。七時のニュースです。今日、東京都内では気温が三十五度を超えました。',
      'Shift_JIS',
    ],
  ])(
    '%s with no charset is detected and read (workerd decodes it)',
    async (_what, hex, text, name) => {
      const bytes = new Uint8Array((hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
      const doc = await json(await format(bytes, 'text/plain', '?output=json'));
      expect(doc.blocks.map((b) => b.text).join('')).toBe(text);
      expect(doc.speakers[0]?.role).toBe(name === 'GB18030' ? 'host' : 'anchor');
      expect(encodingMessage(doc)?.reason).toContain(name);
    },
  );

  it('UTF-16 LE and BE with a byte order mark', async () => {
    const text = 'Tarō Kōno met Лавров today.';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      le.set([code & 0xff, code >> 8], 2 + 2 * i);
      be.set([code >> 8, code & 0xff], 2 + 2 * i);
    }
    for (const [bytes, name] of [
      [le, 'UTF-16 LE'],
      [be, 'UTF-16 BE'],
    ] as const) {
      const doc = await json(await format(bytes, 'text/plain', '?output=json'));
      expect(doc.blocks[0]?.text).toBe(text);
      expect(encodingMessage(doc)?.reason).toContain(name);
    }
  });

  it('a UTF-8 byte order mark is removed and reported', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Good evening.')]);
    const doc = await json(await format(bytes, 'text/plain', '?output=json'));
    expect(doc.blocks[0]?.text).toBe('Good evening.');
    expect(encodingMessage(doc)?.reason).toContain('byte order mark');
  });

  it('plain UTF-8 gets no encoding message', async () => {
    const doc = await json(await format('The café opened.', 'text/plain', '?output=json'));
    expect(encodingMessage(doc)).toBeUndefined();
  });

  it('an uploaded Windows-1252 file in the form is read the same way', async () => {
    const form = new FormData();
    form.append('file', new File([WESTERN], 'story.txt', { type: 'text/plain' }));
    form.append('output', 'json');
    const doc = await json(await format(form, null));
    expect(doc.blocks[0]?.text).toContain('café');
    expect(encodingMessage(doc)?.reason).toContain('Windows-1252');
  });

  it('a CMS webhook whose JSON body is Windows-1252 is read, and the answer says so', async () => {
    const storyId = unique('enc');
    const head = new TextEncoder().encode(`{"story":{"id":"${storyId}","revision":1,"body":"`);
    const tail = new TextEncoder().encode('"},"outputs":["json"]}');
    const body = new Uint8Array([...head, ...WESTERN.filter((b) => b !== 0x22), ...tail]);
    const id = unique('msg');
    const timestamp = Math.floor(Date.now() / 1000);
    const request = new Request('http://x/v1/webhooks/cms', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await signWebhook(secretKey(SECRET), id, timestamp, body),
        'cf-connecting-ip': '198.51.100.251',
      },
      body,
    });
    const res = await exports.default.fetch(request);
    expect(res.status).toBe(200);
    const answer = await res.json<{ messages: ScriptDocument['messages'] }>();
    expect(answer.messages.find((m) => m.ruleId === 'encoding')?.reason).toContain('Windows-1252');
  });
});

describe('binary data is still a 415', () => {
  it('a PNG', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
      0x15, 0xc4, 0x89,
    ]);
    await expectProblem(await format(png, 'text/plain'), 415, 'unsupported-media-type');
    const form = new FormData();
    form.append('file', new File([png], 'story.txt'));
    await expectProblem(await format(form, null), 415, 'unsupported-media-type');
  });

  it('control bytes without NULs (not text)', async () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x90 + (i % 7)));
    await expectProblem(await format(bytes, 'text/plain'), 415, 'unsupported-media-type');
  });

  it('an unknown charset on a body that is not UTF-8', async () => {
    await expectProblem(
      await format(WESTERN, 'text/plain; charset=x-no-such-charset'),
      415,
      'unsupported-media-type',
    );
  });
});
