import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AnchorOffsetMap, TextBuilder, composeMaps, identityMap } from '../../../src/stages/ingest/offset-map.js';

describe('TextBuilder', () => {
  it('maps copied text exactly and records a jump after a skip', () => {
    const builder = new TextBuilder('large -scale');
    builder.copy(0, 5);
    builder.skip(5, 6);
    builder.copy(6, 12);
    const { text, map } = builder.finish();
    expect(text).toBe('large-scale');
    expect([0, 4, 5, 6, 10, 11].map((i) => map.toRaw(i))).toEqual([0, 4, 6, 7, 11, 12]);
  });

  it('maps each character of a longer replacement into the replaced range, clamped', () => {
    const builder = new TextBuilder('15™ x');
    builder.copy(0, 2);
    builder.replace(2, 3, 'th');
    builder.copy(3, 5);
    const { text, map } = builder.finish();
    expect(text).toBe('15th x');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => map.toRaw(i))).toEqual([0, 1, 2, 2, 3, 4, 5]);
  });

  it('maps a shorter replacement to the start of what it replaced', () => {
    const builder = new TextBuilder('a\r\nb');
    builder.copy(0, 1);
    builder.replace(1, 3, '\n');
    builder.copy(3, 4);
    const { text, map } = builder.finish();
    expect(text).toBe('a\nb');
    expect([0, 1, 2, 3].map((i) => map.toRaw(i))).toEqual([0, 1, 3, 4]);
  });

  it('builds an empty text whose only offset maps to where copying stopped', () => {
    const { text, map } = new TextBuilder('abc').finish();
    expect(text).toBe('');
    expect(map.toRaw(0)).toBe(0);
  });
});

describe('AnchorOffsetMap', () => {
  it('clamps offsets outside the text', () => {
    const map = new AnchorOffsetMap([0, 3], [0, 5], 6);
    expect(map.toRaw(-4)).toBe(0);
    expect(map.toRaw(99)).toBe(8);
  });

  it('is the identity for unchanged text', () => {
    const map = identityMap(10);
    for (let i = 0; i <= 10; i++) expect(map.toRaw(i)).toBe(i);
  });
});

/** Applies random deletions and replacements with a builder; returns the text and the map. */
function randomEdit(source: string, plan: readonly number[]): { text: string; map: AnchorOffsetMap } {
  const builder = new TextBuilder(source);
  let position = 0;
  let step = 0;
  while (position < source.length) {
    const action = (plan[step++ % plan.length] ?? 0) % 4;
    const length = Math.min(source.length - position, 1 + ((plan[step % plan.length] ?? 0) % 3));
    if (action === 0) builder.skip(position, position + length);
    else if (action === 1) builder.replace(position, position + length, 'XY'.slice(0, 1 + (length % 2)));
    else builder.copy(position, position + length);
    position += length;
  }
  return builder.finish();
}

describe('composeMaps', () => {
  // Note: the end offset (text.length) continues the last character (end of a half-open
  // span), which differs from the naive composition where the inner map jumps; it is
  // checked for range only.
  it('equals applying the two maps one after the other at every character', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 60 }),
        fc.array(fc.nat(20), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(20), { minLength: 1, maxLength: 12 }),
        (source, firstPlan, secondPlan) => {
          const first = randomEdit(source, firstPlan);
          const second = randomEdit(first.text, secondPlan);
          const composed = composeMaps(second.map, first.map);
          for (let i = 0; i < second.text.length; i++) {
            expect(composed.toRaw(i)).toBe(first.map.toRaw(second.map.toRaw(i)));
          }
          const end = composed.toRaw(second.text.length);
          expect(end).toBeLessThanOrEqual(source.length);
          if (second.text.length > 0) expect(end).toBeGreaterThanOrEqual(composed.toRaw(second.text.length - 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps copied characters identical through both maps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(fc.nat(20), { minLength: 1, maxLength: 8 }), (source, plan) => {
        const once = randomEdit(source, plan);
        for (let i = 0; i < once.text.length; i++) {
          const character = once.text[i];
          if (character !== 'X' && character !== 'Y') expect(source[once.map.toRaw(i)]).toBe(character);
        }
      }),
      { numRuns: 300 },
    );
  });
});
