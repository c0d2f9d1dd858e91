import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export const SEED = 'seed/000_f12ffaff09c5b2fe.txt';

/** The four real transcripts, by file name. */
export function corpusFiles(): string[] {
  return readdirSync(join(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `corpus/${f}`);
}
