import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import type { Gazetteer } from '../../../src/stages/entities/gazetteer.js';
import { recognizeEntities } from '../../../src/stages/entities/recognize.js';
import { growthRatio } from '../../helpers/growth.js';

const EMPTY: Gazetteer = { lookup: () => [], lookupVariant: () => [], usState: () => undefined };
const doc = (text: string): SourceDoc => ({ id: 'd', path: 'd.txt', language: 'en', text, raw: text, offsets: { toRaw: (o) => o } });
const persons = (text: string) => recognizeEntities(doc(text), { gazetteer: EMPTY }).filter((m) => m.type === 'person').map((m) => m.name);

/** A distinct made-up surname per index, of consonants after "Harlow" (no demonym-like endings): "Harlowbdg". */
const CONSONANTS = 'bdgkmprtvz';
const surname = (i: number): string => `Harlow${[100, 10, 1].map((d) => CONSONANTS[Math.floor(i / d) % 10]).join('')}`;

describe('recognizeEntities on a long document', () => {
  // "Herrera said" is a person unless the report writes "herrera" in lowercase: that check once
  // scanned the whole text for each speaker (quadratic in a long document); after a few scans the
  // document's words are read once into a set. Both ways must give the same answer.
  it('reads one-name speakers the same way before and after the words are read into a set', () => {
    const speakers = Array.from({ length: 30 }, (_, i) => `${surname(i)} said the road was closed.`).join(' ');
    // the 3rd and the 25th are written in lowercase too: common words, not names
    const text = `${speakers} Then ${surname(2).toLowerCase()} and ${surname(24).toLowerCase()} came. Witnesses said more. A witness left.`;
    const found = persons(text);
    expect(found).toHaveLength(28);
    expect(found).toContain(surname(0));
    expect(found).toContain(surname(29));
    expect(found).not.toContain(surname(2));
    expect(found).not.toContain(surname(24));
    // "Witnesses said" ... "a witness": the singular in lowercase makes the plural a common noun
    expect(found).not.toContain('Witnesses');
  });

  it('takes about linear time in the number of speakers', () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `${surname(i)} said the road was closed on the east side of the bridge.`).join(' ');
    const small = doc(text(1000));
    const large = doc(text(4000));
    // linear is about 4x; a scan of the text per speaker was about 16x at these sizes
    expect(growthRatio(() => recognizeEntities(small, { gazetteer: EMPTY }), () => recognizeEntities(large, { gazetteer: EMPTY }))).toBeLessThan(9);
  });
});
