/**
 * Property tests over every extractor: on adversarial text up to 100 KB (helpers/adversarial.ts)
 * no call throws, every result points at its own text, and no call is catastrophically slow:
 * a call over 50 ms (the fastest of five timings, so a pause of the shared machine is not
 * taken for a slow pattern) fails when it grows faster than linearly (it is timed again on the
 * first quarter of its input) or takes over 250 ms. Linear calls over 50 ms are counted and
 * printed at the end of a fuzz run. A thousand cases each in `npm test`; `npm run fuzz` runs
 * 100,000 (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import { createContext } from '../../../src/pipeline/stage.js';
import { extractClaims } from '../../../src/stages/extract/claims/index.js';
import { extractDates } from '../../../src/stages/extract/dates/index.js';
import { extractNumbers } from '../../../src/stages/extract/numbers/index.js';
import { cleanDoc } from '../../../src/stages/ingest/clean.js';
import { decodeBytes } from '../../../src/stages/ingest/decode.js';
import { splitSentences } from '../../../src/stages/segment/sentences.js';
import {
  ADVERSARIAL_TEXT,
  MAX_CALL_MS,
  RUNS,
  describeInput,
  isLeftOut,
  judgeCall,
  parameters,
  timed,
  type SlowCall,
} from './helpers/adversarial.js';

const ctx = createContext({ now: new Date('2020-01-01') });
/** Long fuzz runs need more than the default test timeout. */
const TIMEOUT = Math.max(120_000, RUNS * 200);

function clean(text: string): SourceDoc {
  return cleanDoc({ id: 'p', path: 'p.txt', text }, ctx);
}

/** One extractor under test: how to build its call for a text (untimed work first), and what its result must satisfy. */
interface Subject<T> {
  readonly name: string;
  readonly prepare: (text: string) => () => T;
  readonly verify: (text: string, result: T) => void;
}

const SUBJECTS: readonly Subject<unknown>[] = [
  {
    name: 'cleanDoc',
    prepare: (text) => () => clean(text),
    verify: (text, doc) => {
      const { text: cleaned, offsets } = doc as SourceDoc;
      for (const offset of [0, cleaned.length >> 1, cleaned.length]) {
        const raw = offsets.toRaw(offset);
        expect(raw >= 0 && raw <= text.length).toBe(true);
      }
    },
  } satisfies Subject<SourceDoc> as Subject<unknown>,
  {
    name: 'splitSentences',
    prepare: (text) => {
      const doc = clean(text);
      return () => ({ doc, sentences: splitSentences(doc) });
    },
    verify: (_text, result) => {
      const { doc, sentences } = result as { doc: SourceDoc; sentences: ReturnType<typeof splitSentences> };
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(sentence.start >= previousEnd && sentence.end > sentence.start).toBe(true);
        expect(sentence.text).toBe(doc.text.slice(sentence.start, sentence.end));
        previousEnd = sentence.end;
      }
    },
  },
  {
    name: 'extractNumbers',
    prepare: (text) => () => extractNumbers(text, 'p'),
    verify: (text, result) => {
      for (const mention of result as ReturnType<typeof extractNumbers>) expect(mention.text).toBe(text.slice(mention.span.start, mention.span.end));
    },
  },
  {
    name: 'extractClaims',
    prepare: (text) => {
      const doc = clean(text);
      const sentences = splitSentences(doc);
      const numbers = extractNumbers(doc.text, doc.id);
      return () => ({ doc, claims: extractClaims(doc, sentences, numbers, ctx) });
    },
    verify: (_text, result) => {
      const { doc, claims } = result as { doc: SourceDoc; claims: ReturnType<typeof extractClaims> };
      for (const claim of claims) expect(claim.quote).toBe(doc.text.slice(claim.span.start, claim.span.end));
    },
  },
  {
    name: 'extractDates',
    prepare: (text) => {
      const doc = clean(text);
      const sentences = splitSentences(doc);
      return () => ({ doc, dates: extractDates(doc, sentences, { published: '2020-01-01' }) });
    },
    verify: (_text, result) => {
      const { doc, dates } = result as { doc: SourceDoc; dates: ReturnType<typeof extractDates> };
      for (const date of dates) expect(date.text).toBe(doc.text.slice(date.span.start, date.span.end));
    },
  },
];

/** Per extractor: the slowest call, and the calls over 50 ms that grew linearly. */
const stats = new Map<string, { slowestMs: number; slowestLength: number; linearSlow: SlowCall[] }>();

function record(name: string, text: string, ms: number, slow: SlowCall | undefined): void {
  const entry = stats.get(name) ?? { slowestMs: 0, slowestLength: 0, linearSlow: [] };
  if (ms > entry.slowestMs) Object.assign(entry, { slowestMs: ms, slowestLength: text.length });
  if (slow !== undefined && !slow.isCatastrophic) entry.linearSlow.push(slow);
  stats.set(name, entry);
}

afterAll(() => {
  if (process.env['FUZZ_RUNS'] === undefined) return;
  console.log(`garbage collection before slow-call timings: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'on' : 'off'}`);
  for (const [name, { slowestMs, slowestLength, linearSlow }] of stats) {
    const worst = [...linearSlow].sort((a, b) => b.ms - a.ms)[0];
    console.log(
      `${name}: slowest ${slowestMs.toFixed(1)} ms on ${slowestLength} chars; ${linearSlow.length} linear call(s) over ${MAX_CALL_MS} ms` +
        (worst !== undefined ? ` (worst ${worst.ms.toFixed(1)} ms on ${worst.length} chars, ${worst.quarterMs.toFixed(1)} ms on a quarter)` : ''),
    );
  }
});

describe('extractors on adversarial text: no exception, nothing catastrophically slow', () => {
  for (const subject of SUBJECTS) {
    // inputs of an open backlog case are left out (see BACKLOG in helpers/adversarial.ts)
    const texts = ADVERSARIAL_TEXT.filter((text) => !isLeftOut(subject.name, text));
    it(
      `${subject.name}: results point at their text; no call superlinear over ${MAX_CALL_MS} ms`,
      () => {
        fc.assert(
          fc.property(texts, (text) => {
            const { result, ms } = timed(subject.prepare(text));
            const slow = judgeCall(text, ms, subject.prepare);
            record(subject.name, text, ms, slow);
            if (slow?.isCatastrophic === true) {
              expect.fail(`${subject.name} took ${ms.toFixed(1)} ms, ${slow.quarterMs.toFixed(1)} ms on a quarter of it, on ${describeInput(text)}`);
            }
            subject.verify(text, result);
          }),
          parameters<string>(),
        );
      },
      TIMEOUT,
    );
  }

  it(
    'decodeBytes: any bytes decode or are named as not text',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
          const { result, ms } = timed(() => decodeBytes(bytes));
          expect(ms).toBeLessThan(MAX_CALL_MS);
          if (result.isText) expect(typeof result.text).toBe('string');
          else expect(result.what.length).toBeGreaterThan(0);
        }),
        parameters<Uint8Array>(),
      );
    },
    TIMEOUT,
  );
});

describe('backlog: known slow patterns in other stages (left out of the properties above)', () => {
  // Each fails while its pattern is slow; when one passes, the stage is fixed: remove its
  // `it.fails` here and its entry in BACKLOG (helpers/adversarial.ts).
  /** One timing: these inputs are sized to take several times the limit while the pattern is slow. */
  // Note: these cases are timings against a fixed 50 ms, so whether they fail depends on the
  // machine and its load; as plain `it.fails` they made CI red by chance. They run (as `it.fails`)
  // with FUZZ_BACKLOG=1, and are skipped in `npm test`: known failures kept, not deleted.
  const backlog = process.env['FUZZ_BACKLOG'] ? it.fails : it.skip;
  const once = (call: () => unknown): number => {
    const started = performance.now();
    call();
    return performance.now() - started;
  };

  backlog('quote-run: cleanDoc cleans a line of 8,000 right single quotes in under 50 ms', () => {
    const text = `The first line of the report is long enough to be continued\nprotesters${'’'.repeat(8000)}02displaced`;
    expect(once(() => clean(text))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('non-ascii-glued-words: extractNumbers reads 8 KB of "ßtwoßtwo..." in under 50 ms', () => {
    const text = 'ßtwo'.repeat(2000);
    expect(once(() => extractNumbers(text, 'p'))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('number-word-run: extractNumbers reads 10 KB of "one one one ..." in under 50 ms', () => {
    const text = 'one '.repeat(2500);
    expect(once(() => extractNumbers(text, 'p'))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('dotted-run: splitSentences splits 40 KB of "Dec.00Dec." in under 50 ms', () => {
    const doc = clean('Dec.00Dec.'.repeat(4000));
    expect(once(() => splitSentences(doc))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('dotted-run: extractDates reads 21 KB of "10-120" in under 50 ms', () => {
    const doc = clean('10-120'.repeat(3500));
    const sentences = splitSentences(doc);
    expect(once(() => extractDates(doc, sentences, { published: '2020-01-01' }))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('url-run: extractNumbers reads 40 KB of "http://Baku" in under 50 ms', () => {
    const text = 'http://Baku'.repeat(3600);
    expect(once(() => extractNumbers(text, 'p'))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('endless-thousands: extractNumbers reads 16 KB of "130,130,130,..." in under 50 ms', () => {
    const text = ',130'.repeat(4000);
    expect(once(() => extractNumbers(text, 'p'))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('numbers-in-one-sentence: extractClaims reads a 12 KB sentence of 6,000 numbers in under 50 ms', () => {
    const doc = clean(`an${' 1'.repeat(6000)} nobody.com`);
    const sentences = splitSentences(doc);
    const numbers = extractNumbers(doc.text, doc.id);
    expect(once(() => extractClaims(doc, sentences, numbers, ctx))).toBeLessThan(MAX_CALL_MS);
  });

  backlog('many-decades: extractDates reads 80 KB of decades in one sentence in under 50 ms', () => {
    const doc = clean('almostß1990sß1990salmost1990salmostß'.repeat(2200));
    const sentences = splitSentences(doc);
    expect(once(() => extractDates(doc, sentences, { published: '2020-01-01' }))).toBeLessThan(MAX_CALL_MS);
  });

  it('the backlog leaves out only the inputs of its cases', () => {
    expect(isLeftOut('extractNumbers', 'one '.repeat(100))).toBe(true);
    expect(isLeftOut('extractNumbers', 'twenty-one hundred and '.repeat(30))).toBe(true);
    expect(isLeftOut('extractNumbers', 'one, '.repeat(100))).toBe(false);
    expect(isLeftOut('extractNumbers', 'Two people were killed and three were hurt. '.repeat(100))).toBe(false);
    expect(isLeftOut('splitSentences', 'Dec.00Dec.'.repeat(100))).toBe(true);
    expect(isLeftOut('extractDates', '10-120'.repeat(100))).toBe(true);
    expect(isLeftOut('splitSentences', 'Dec. 00 Dec. '.repeat(100))).toBe(false);
    expect(isLeftOut('splitSentences', 'x'.repeat(5000))).toBe(false);
    expect(isLeftOut('extractNumbers', 'http://Baku'.repeat(100))).toBe(true);
    expect(isLeftOut('extractNumbers', 'see http://example.com/a for more. '.repeat(100))).toBe(false);
    expect(isLeftOut('extractDates', 'the 1990s '.repeat(60))).toBe(true);
    expect(isLeftOut('extractNumbers', ',130'.repeat(150))).toBe(true);
    expect(isLeftOut('extractNumbers', '1,300,000 people, '.repeat(200))).toBe(false);
    expect(isLeftOut('extractClaims', '1 '.repeat(4001))).toBe(true);
    expect(isLeftOut('extractNumbers', '1 '.repeat(4001))).toBe(false);
    expect(isLeftOut('cleanDoc', 'one '.repeat(100))).toBe(false);
    expect(isLeftOut('cleanDoc', `protesters${'’'.repeat(300)}0`)).toBe(true);
    expect(isLeftOut('cleanDoc', 'the protesters’ demands, the police’s answer. '.repeat(300))).toBe(false);
    expect(isLeftOut('extractNumbers', 'ßtwo'.repeat(200))).toBe(true);
    expect(isLeftOut('extractNumbers', 'Straße zwei, café two. '.repeat(200))).toBe(false);
  });
});
