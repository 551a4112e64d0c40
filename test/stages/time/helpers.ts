import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { timeDocument } from '../../../src/stages/time/index.js';
import { splitForTest } from '../extract/dates/helpers.js';

/** A document dated with `timeDocument`, split with the test splitter. */
export function timed(id: string, text: string, published?: string): ReturnType<typeof timeDocument> {
  return timeDocument({ id, text, ...(published !== undefined ? { published } : {}) }, splitForTest(id, text));
}

/** The black-january reports of the shared corpus (read, never copied), or none when absent. */
export const BLACK_JANUARY_DIR = resolve(process.cwd(), '../shared/corpus/black-january');
export const HAS_BLACK_JANUARY = existsSync(BLACK_JANUARY_DIR);

/** The five black-january reports, dated from their text alone. */
export function blackJanuary(): ReturnType<typeof timeDocument>[] {
  return readdirSync(BLACK_JANUARY_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => timed(file.replace(/\.txt$/, ''), readFileSync(resolve(BLACK_JANUARY_DIR, file), 'utf8')));
}
