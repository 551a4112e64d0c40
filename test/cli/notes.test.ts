/** The note a whole-dossier build over a large input prints (`largeInputNote`). */
import { describe, expect, it } from 'vitest';
import { LARGE_INPUT_BYTES, largeInputNote } from '../../src/cli/program.js';

describe('largeInputNote', () => {
  it('says nothing below the bound, or when the size is unknown (stdin, folders)', () => {
    expect(largeInputNote(undefined)).toBeUndefined();
    expect(largeInputNote(0)).toBeUndefined();
    expect(largeInputNote(LARGE_INPUT_BYTES - 1)).toBeUndefined();
  });

  it('names the size and the two ways to build in bounded memory from the bound up', () => {
    const note = largeInputNote(LARGE_INPUT_BYTES);
    expect(note).toContain('100 MB of input');
    expect(largeInputNote(2_092_413_514)).toContain('2,092 MB of input for one whole dossier');
    for (const n of [note, largeInputNote(2_092_413_514)]) {
      expect(n).toContain('--format jsonl');
      expect(n).toContain('--store');
      expect(n?.endsWith('\n')).toBe(true);
    }
  });
});
