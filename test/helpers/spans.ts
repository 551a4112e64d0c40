import { expect } from 'vitest';
import type { SourceDoc } from '../../src/model/document.js';
import type { Span } from '../../src/model/span.js';
import { createContext } from '../../src/pipeline/stage.js';
import { identityMap } from '../../src/stages/ingest/offset-map.js';

/**
 * Asserts the span invariant on every mention: `doc.text.slice(span.start, span.end) === text`,
 * the span lies inside the text and names the document.
 */
export function expectSpansMatch(
  doc: Pick<SourceDoc, 'id' | 'text'>,
  mentions: readonly { readonly span?: Span; readonly start?: number; readonly end?: number; readonly text: string; readonly doc?: string }[],
): void {
  for (const mention of mentions) {
    const start = mention.span?.start ?? mention.start;
    const end = mention.span?.end ?? mention.end;
    expect(start, `start of ${JSON.stringify(mention.text)}`).toBeTypeOf('number');
    expect(end, `end of ${JSON.stringify(mention.text)}`).toBeTypeOf('number');
    expect(0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= doc.text.length).toBe(true);
    expect(doc.text.slice(start, end)).toBe(mention.text);
    const owner = mention.span?.doc ?? mention.doc;
    if (owner !== undefined) expect(owner).toBe(doc.id);
  }
}

/**
 * Asserts that the offset map sends every normalized character to the same raw character,
 * except where `isEdited(i)` says cleaning changed it; and that raw offsets never decrease.
 * Returns the offsets of the changed characters, for tables that check them.
 */
export function expectOffsetMapExact(doc: Pick<SourceDoc, 'text' | 'raw' | 'offsets'>): number[] {
  const changed: number[] = [];
  let previous = -1;
  for (let i = 0; i <= doc.text.length; i++) {
    const raw = doc.offsets.toRaw(i);
    expect(raw, `toRaw(${i}) is monotone`).toBeGreaterThanOrEqual(previous);
    expect(raw, `toRaw(${i}) is inside raw`).toBeLessThanOrEqual(doc.raw.length);
    previous = raw;
    if (i < doc.text.length && doc.raw[raw] !== doc.text[i]) changed.push(i);
  }
  return changed;
}

/** A context for tests (fixed clock, debug output kept). */
export function testContext(): ReturnType<typeof createContext> {
  return createContext({ now: new Date('2026-01-01T00:00:00Z'), options: { debug: true } });
}

/** A `SourceDoc` whose text is used as is (no cleaning), for stages after ingest. */
export function sourceDoc(text: string, id = 'd'): SourceDoc {
  return { id, path: `${id}.txt`, language: 'en', text, raw: text, offsets: identityMap(text.length) };
}
