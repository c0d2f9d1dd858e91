import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  encodeBase64,
  parseSecrets,
  signWebhook,
  TOLERANCE_SECONDS,
  verifyWebhook,
} from '../../src/webhooks/signature.ts';

const SECRET = `whsec_${encodeBase64(new TextEncoder().encode('node-test-only secret for signing!'))}`;
const OTHER = `whsec_${encodeBase64(new TextEncoder().encode('node-test-only second secret, rotated'))}`;
const ROOT = join(import.meta.dirname, '..', '..');

function keyOf(secret: string): Uint8Array {
  const parsed = parseSecrets(secret);
  if (!parsed.ok || !parsed.keys[0]) throw new Error('bad secret');
  return parsed.keys[0];
}

/** Non-ASCII on purpose: the reference signs the UTF-8 of a string, scriptdesk the raw bytes. */
const BODY = JSON.stringify({
  story: { id: 'kremlin-1', body: 'Лавров: «Мы готовы». — Tarō Kōno said “yes”.' },
});

describe('scriptdesk verifies what the standardwebhooks package signs', () => {
  it('GOOD: a reference signature over a UTF-8 body', async () => {
    const now = new Date();
    const headers = new Headers({
      'webhook-id': 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(SECRET).sign('msg_2KWPBgLlAfxdpx2AI54pPJ85f4W', now, BODY),
    });
    const result = await verifyWebhook([keyOf(SECRET)], headers, new TextEncoder().encode(BODY));
    expect(result).toEqual({
      ok: true,
      id: 'msg_2KWPBgLlAfxdpx2AI54pPJ85f4W',
      timestampSeconds: Math.floor(now.getTime() / 1000),
    });
  });

  it('BAD: the same signature over a body changed by one byte', async () => {
    const now = new Date();
    const headers = new Headers({
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(SECRET).sign('msg_1', now, BODY),
    });
    const tampered = new TextEncoder().encode(BODY.replace('готовы', 'готова'));
    const result = await verifyWebhook([keyOf(SECRET)], headers, tampered);
    expect(result).toMatchObject({ ok: false, reason: 'no-matching-signature' });
  });

  it('BAD: a reference signature made with another secret', async () => {
    const now = new Date();
    const headers = new Headers({
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(OTHER).sign('msg_1', now, BODY),
    });
    const result = await verifyWebhook([keyOf(SECRET)], headers, new TextEncoder().encode(BODY));
    expect(result).toMatchObject({ ok: false, reason: 'no-matching-signature' });
  });
});

describe('the standardwebhooks package verifies what scriptdesk signs', () => {
  it('GOOD: signWebhook output passes Webhook.verify', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = await signWebhook(
      keyOf(SECRET),
      'msg_x',
      timestamp,
      new TextEncoder().encode(BODY),
    );
    const verified = new Webhook(SECRET).verify(BODY, {
      'webhook-id': 'msg_x',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    });
    expect(verified).toEqual(JSON.parse(BODY));
  });

  it('scripts/send-webhook.mjs sends a delivery the reference verifier accepts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scriptdesk-webhook-'));
    const storyPath = join(dir, 'geneva talks.txt');
    const story = 'Leaders meet in Geneva.\n\nЛавров: «Мы готовы».\n';
    writeFileSync(storyPath, story);

    const received = await captureOneRequest(async (url) => {
      const result = await run(
        process.execPath,
        [
          '--experimental-strip-types',
          '--no-warnings=ExperimentalWarning',
          join(ROOT, 'scripts/send-webhook.mjs'),
          storyPath,
          '--url',
          url,
          '--revision',
          '12',
        ],
        // Two secrets, as during a rotation: the script signs with both.
        { ...process.env, WEBHOOK_SECRET: `${SECRET} ${OTHER}` },
      );
      expect(result.code, result.stderr).toBe(0);
    });

    const headers = flatHeaders(received.headers);
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const secret of [SECRET, OTHER]) {
      // jsonParse: false checks the signature over the raw text without trusting it as JSON.
      expect(() =>
        new Webhook(secret).verify(received.body, headers, { jsonParse: false }),
      ).not.toThrow();
    }
    const payload = new Webhook(SECRET).verify(received.body, headers) as {
      story: { id: string; revision: string; body: string };
    };
    expect(payload.story).toEqual({ id: 'geneva-talks', revision: '12', body: story });
    // A byte changed in transit no longer verifies with the reference either.
    expect(() => new Webhook(SECRET).verify(`${received.body} `, headers)).toThrow();
  });
});

describe('verifyWebhook', () => {
  const now = 1_800_000_000;
  async function headersFor(timestamp: number, signatureOverride?: string): Promise<Headers> {
    const signature =
      signatureOverride ??
      (await signWebhook(keyOf(SECRET), 'msg_t', timestamp, new TextEncoder().encode(BODY)));
    return new Headers({
      'webhook-id': 'msg_t',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    });
  }
  const verify = async (headers: Headers) =>
    verifyWebhook([keyOf(SECRET)], headers, new TextEncoder().encode(BODY), { nowSeconds: now });

  const GOOD: Array<[string, number]> = [
    ['exactly now', now],
    [`${TOLERANCE_SECONDS} s old`, now - TOLERANCE_SECONDS],
    [`${TOLERANCE_SECONDS} s ahead`, now + TOLERANCE_SECONDS],
  ];
  for (const [name, timestamp] of GOOD) {
    it(`GOOD: timestamp ${name}`, async () => {
      expect((await verify(await headersFor(timestamp))).ok).toBe(true);
    });
  }

  const BAD: Array<[string, number, string]> = [
    ['one second too old', now - TOLERANCE_SECONDS - 1, 'timestamp-too-old'],
    ['one second too far ahead', now + TOLERANCE_SECONDS + 1, 'timestamp-too-new'],
    ['6 minutes old', now - 360, 'timestamp-too-old'],
    ['6 minutes ahead', now + 360, 'timestamp-too-new'],
  ];
  for (const [name, timestamp, reason] of BAD) {
    it(`BAD: timestamp ${name}`, async () => {
      expect(await verify(await headersFor(timestamp))).toMatchObject({ ok: false, reason });
    });
  }

  it('BAD: only unknown signature versions, even over the right content', async () => {
    const good = (await headersFor(now)).get('webhook-signature') ?? '';
    const headers = await headersFor(now, `v2,${good.slice(3)} v1a,${good.slice(3)}`);
    expect(await verify(headers)).toMatchObject({ ok: false, reason: 'no-supported-signature' });
  });

  it('GOOD: a matching v1 among wrong and unknown ones', async () => {
    const good = (await headersFor(now)).get('webhook-signature') ?? '';
    const wrong = `v1,${encodeBase64(new Uint8Array(32))}`;
    expect((await verify(await headersFor(now, `v2,abc ${wrong} ${good}`))).ok).toBe(true);
  });
});

describe('parseSecrets', () => {
  const GOOD: Array<[string, string, number]> = [
    ['one whsec_ secret', SECRET, 1],
    ['a secret without the prefix', SECRET.slice('whsec_'.length), 1],
    ['two secrets separated by a space', `${SECRET} ${OTHER}`, 2],
    ['two secrets separated by a comma', `${SECRET},${OTHER}`, 2],
  ];
  for (const [name, value, count] of GOOD) {
    it(`GOOD: ${name}`, () => {
      const parsed = parseSecrets(value);
      expect(parsed.ok && parsed.keys.length).toBe(count);
    });
  }
  const BAD: Array<[string, string | undefined]> = [
    ['nothing', undefined],
    ['blanks', '  '],
    ['not base64', 'whsec_$$$$'],
    ['16 bytes', `whsec_${encodeBase64(new Uint8Array(16))}`],
    ['one good and one broken', `${SECRET} whsec_!`],
  ];
  for (const [name, value] of BAD) {
    it(`BAD: ${name}`, () => {
      expect(parseSecrets(value).ok).toBe(false);
    });
  }
});

interface Captured {
  headers: IncomingHttpHeaders;
  body: string;
}

/** Starts a loopback server, runs `send(url)`, and returns the one request it received. */
async function captureOneRequest(send: (url: string) => Promise<void>): Promise<Captured> {
  let captured: Captured | undefined;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      captured = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    await send(`http://127.0.0.1:${port}/v1/webhooks/cms`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  if (!captured) throw new Error('the script sent nothing');
  return captured;
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
