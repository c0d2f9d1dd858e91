/**
 * Serves the Worker locally for browser tests (wrangler's test harness: the same runtime as
 * `wrangler dev`) and finds Debian's Chromium. Without Chromium the browser tests skip with a loud
 * warning, except on CI (`CI=true`), where that is a failure.
 */
import { existsSync } from 'node:fs';
import { createTestHarness } from 'wrangler';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** True when the browser tests can run; warns (or throws on CI) when they cannot. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`${reason}: browser tests cannot run on CI.`);
  console.warn(`\n⚠️  SKIPPING browser tests: ${reason}.\n`);
  return false;
}

export interface RunningWorker {
  /** Base URL, e.g. `http://127.0.0.1:53121`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Starts the Worker from wrangler.toml and waits until `/healthz` answers. */
export async function startWorker(): Promise<RunningWorker> {
  // Only loopback here: do not let Miniflare fetch `Request.cf` data from the network.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false';
  const harness = createTestHarness({ workers: [{ configPath: './wrangler.toml' }] });
  const { url } = await harness.listen();
  const base = String(url).replace(/\/$/, '');
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await harness.close();
      throw new Error(`the Worker at ${base} did not answer /healthz within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: base, close: () => harness.close() };
}
