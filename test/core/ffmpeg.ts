/**
 * ffmpeg (Debian's `apt-get install -y ffmpeg`), the reader most pipelines use, for the tests that
 * read our subtitles back with it. Without it those tests skip loudly, except where CI=true: there
 * they run and fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const HAS_FFMPEG = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
export const IN_CI = process.env.CI === 'true';
/** For `it.skipIf` / `describe.skipIf`: skip only on a machine without ffmpeg outside CI. */
export const SKIP_FFMPEG = !HAS_FFMPEG && !IN_CI;

/** Says once, loudly, what a test file's ffmpeg checks will do on this machine. */
export function warnWithoutFfmpeg(checks: string): void {
  if (HAS_FFMPEG) return;
  console.warn(
    IN_CI
      ? `ffmpeg is missing in CI: ${checks} will FAIL.`
      : `ffmpeg not found: SKIPPING ${checks} (apt-get install -y ffmpeg).`,
  );
}

// Made when a test file imports this module (collection time), removed after that file.
const dir = mkdtempSync(join(tmpdir(), 'scriptdesk-ffmpeg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ffmpeg's SRT of a subtitle file: `body` written as `name` (its extension names the format). */
export function ffmpegToSrt(name: string, body: string): string {
  const file = join(dir, name.replace(/[^\w.-]+/g, '-'));
  writeFileSync(file, body);
  return execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 'srt', '-'], {
    encoding: 'utf8',
  });
}
