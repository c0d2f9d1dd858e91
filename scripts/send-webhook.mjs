// Signs a sample CMS delivery the Standard Webhooks way and POSTs it to a running scriptdesk.
//
//   npm run webhook -- path/to/story.txt [--url http://localhost:8787/v1/webhooks/cms]
//        [--story-id ID] [--revision REV] [--outputs srt,vtt] [--id msg_…] [--title T]
//
// The secret is WEBHOOK_SECRET from the environment, else from .dev.vars (`npm start` creates it).
// Several space-separated secrets give several signatures, as a sender does during a rotation.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSecrets, signWebhook } from '../src/webhooks/signature.ts';

const DEFAULT_URL = 'http://localhost:8787/v1/webhooks/cms';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string', default: DEFAULT_URL },
    'story-id': { type: 'string' },
    revision: { type: 'string' },
    outputs: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
  },
});

const file = positionals[0];
if (!file) {
  console.error('usage: npm run webhook -- path/to/story.txt [--url URL] [--revision REV]');
  process.exit(2);
}

const parsed = parseSecrets(process.env.WEBHOOK_SECRET ?? readDevVar('WEBHOOK_SECRET'));
if (!parsed.ok) {
  console.error(`No usable WEBHOOK_SECRET (${parsed.detail}). Run \`npm start\` once or set it.`);
  process.exit(2);
}

const storyId =
  values['story-id'] ??
  (basename(file, extname(file))
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '') ||
    'story');
const payload = {
  story: {
    id: storyId,
    ...(values.revision ? { revision: values.revision } : {}),
    ...(values.title ? { title: values.title } : {}),
    body: readFileSync(file, 'utf8'),
  },
  ...(values.outputs ? { outputs: values.outputs.split(',').map((name) => name.trim()) } : {}),
};

const body = new TextEncoder().encode(JSON.stringify(payload));
const id = values.id ?? `msg_${randomUUID().replaceAll('-', '')}`;
const timestamp = Math.floor(Date.now() / 1000);
const signatures = await Promise.all(
  parsed.keys.map((key) => signWebhook(key, id, timestamp, body)),
);

const response = await fetch(values.url, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  },
  body,
});
const text = await response.text();
console.log(`${response.status} ${response.statusText}  webhook-id: ${id}`);
try {
  console.log(JSON.stringify(JSON.parse(text), null, 2));
} catch {
  console.log(text);
}
process.exit(response.ok ? 0 : 1);

/** Reads KEY=value (optionally quoted) from .dev.vars next to package.json. */
function readDevVar(name) {
  const path = fileURLToPath(new URL('../.dev.vars', import.meta.url));
  if (!existsSync(path)) return undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (line.trimStart().startsWith('#') || eq === -1 || line.slice(0, eq).trim() !== name) {
      continue;
    }
    return line
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/^'(.*)'$/, '$1');
  }
  return undefined;
}
