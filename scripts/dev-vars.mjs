// Creates .dev.vars (gitignored) from .dev.vars.example when it is missing, so `npm start` has
// the dev-only WEBHOOK_SECRET and API_TOKEN. An existing .dev.vars is never touched.
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}.dev.vars`;
if (!existsSync(target)) {
  copyFileSync(`${root}.dev.vars.example`, target);
  console.log('Created .dev.vars from .dev.vars.example (dev-only secrets, localhost only).');
}
