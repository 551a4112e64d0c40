import { describe, expect, it } from 'vitest';
import { buildDossier } from '../src/pipeline/build.js';
import { createContext } from '../src/pipeline/stage.js';

// Garbage in: nothing throws, and nothing blows up. The 1 MB line holds 80,000 numbers and so
// 40,000 claims: about 2 s alone on this machine, linear; catastrophic backtracking would take
// minutes. The bound leaves room for a loaded CI machine running other test files beside it.
const GARBAGE: readonly (readonly [string, string])[] = [
  ['empty', ''],
  ['whitespace only', ' \n\t\n  \r\n'],
  ['huge numbers', '999999999999999999999999 people were killed and 1e308 were hurt.'],
  ['mixed scripts', 'Погибли 130 человек. 130人が死亡した。 قتل 130 شخصا. 130 people died.'],
  ['one 1 MB line', 'killed 12 people and wounded '.repeat(40_000)],
  ['digits only', '1234567890 '.repeat(50_000)],
  ['punctuation', '.,;:!?-–—"“”()[]{}'.repeat(20_000)],
  ['long capitalised run', 'The Big Red House Of The Old Town '.repeat(20_000)],
];

describe('garbage input', () => {
  it.each(GARBAGE)('%s', (_name, text) => {
    const started = performance.now();
    const dossier = buildDossier([{ id: 'g', path: 'g.txt', text }], createContext({ now: new Date(0) }));
    expect(dossier.documents).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
