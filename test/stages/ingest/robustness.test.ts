/**
 * Property tests over every extractor (Markdown included: adversarial text is markup soup too): on adversarial text up to 100 KB (helpers/adversarial.ts)
 * no call throws, every result points at its own text, and no call is catastrophically slow:
 * a call over 50 ms (the fastest of five timings, each the smaller of CPU and wall-clock time,
 * so a pause or the load of the shared machine is not taken for a slow pattern) fails when it grows faster than linearly (it is timed again on the
 * first quarter of its input) or takes over 250 ms. Linear calls over 50 ms are counted and
 * printed at the end of a fuzz run. A thousand cases each in `npm test`; `npm run fuzz` runs
 * 100,000 (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import { createContext } from '../../../src/pipeline/stage.js';
import { claimBudget, extractClaims } from '../../../src/stages/extract/claims/index.js';
import { extractDates } from '../../../src/stages/extract/dates/index.js';
import { extractNumbers, numberBudget } from '../../../src/stages/extract/numbers/index.js';
import { cleanDoc } from '../../../src/stages/ingest/clean.js';
import { decodeBytes } from '../../../src/stages/ingest/decode.js';
import { extractMarkdown } from '../../../src/stages/ingest/markdown.js';
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

/** The date reading of a text, cleaned and split first (untimed): the call to time. */
function datesOf(text: string): () => ReturnType<typeof extractDates> {
  const doc = clean(text);
  const sentences = splitSentences(doc);
  return () => extractDates(doc, sentences, { published: '2020-01-01' });
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
    name: 'extractMarkdown',
    prepare: (text) => () => extractMarkdown(text),
    verify: (text, md) => {
      const { text: rendered, offsets } = md as ReturnType<typeof extractMarkdown>;
      for (const offset of [0, rendered.length >> 1, rendered.length]) {
        const raw = offsets.toRaw(offset);
        expect(raw >= 0 && raw <= text.length).toBe(true);
      }
    },
  },
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

/** Per extractor: the slowest call, and the calls over 50 ms that grew linearly (with the head of their input, to reproduce them). */
const stats = new Map<string, { slowestMs: number; slowestLength: number; linearSlow: (SlowCall & { readonly input: string })[] }>();

function record(name: string, text: string, ms: number, slow: SlowCall | undefined): void {
  const entry = stats.get(name) ?? { slowestMs: 0, slowestLength: 0, linearSlow: [] };
  if (ms > entry.slowestMs) Object.assign(entry, { slowestMs: ms, slowestLength: text.length });
  if (slow !== undefined && !slow.isCatastrophic) entry.linearSlow.push({ ...slow, input: describeInput(text) });
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
    for (const slow of [...linearSlow].sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${slow.ms.toFixed(1)} ms on ${slow.input}`);
  }
});

/**
 * A test of one 100 KB wall: `unit` repeated, read (what `prepare` returns, its untimed work done
 * first) to `expected` results in under 50 ms, as `timed` times it (again, up to four times, when over).
 */
function wallCase(unit: string, expected: number, what: string, prepare: (text: string) => () => readonly unknown[], size = 100_000): void {
  const count = Math.floor(size / unit.length);
  it(`${JSON.stringify(unit)} x ${count.toLocaleString('en')} (${size / 1000} KB, ${expected.toLocaleString('en')} ${what})`, () => {
    const text = unit.repeat(count);
    const { result, ms } = timed(prepare(text));
    expect(result).toHaveLength(expected);
    expectWallTime(text, ms, prepare);
  });
}

/**
 * A wall's time is under `MAX_CALL_MS`; over it, the call is judged as a property judges one
 * (`judgeCall`: timed again on the whole and on a quarter, after pauses) and fails when it grows
 * faster than linearly or stays over `WALL_HARD_MS`. Note: a fixed 50 ms bound failed twice in
 * fresh-clone `npm test` runs on two cores ("A man was killed." x 5,555: 51.8 and 53.4 ms after
 * eight timings, 16 ms alone), while the walls this guards against took 116-253 ms.
 */
function expectWallTime(text: string, ms: number, prepare: (text: string) => () => unknown): void {
  if (ms <= MAX_CALL_MS) return;
  const slow = judgeCall(text, ms, prepare);
  if (slow === undefined) return;
  expect(slow.isCatastrophic, `${slow.ms.toFixed(1)} ms, ${slow.quarterMs.toFixed(1)} ms on a quarter`).toBe(false);
  expect(slow.ms, `${slow.ms.toFixed(1)} ms`).toBeLessThan(WALL_HARD_MS);
}

/** A wall over `MAX_CALL_MS` but linear passes under this (a load burst on a shared machine); the slow walls found took 116 ms and more. */
const WALL_HARD_MS = 2 * MAX_CALL_MS;

describe('dense dates: extractDates reads a 100 KB wall of date names in under 50 ms', () => {
  // Once the backlog case `dense-dates` (found by the 100,000-case runs, FUZZ_SEED=-1951452716,
  // -323890808 and -1374960955): "Dec." x 25,000 took 253 ms, linear, about 10 us per date name
  // in chrono-node's results; now about 10 ms. The fastest of up to eight timings, each the smaller
  // of CPU and wall-clock time, is under 50 ms, or linear and under 100 ms (`expectWallTime`).
  // Walls of real dates ("Sat." x 25,000, "Dec. 5 " x 14,000 in one sentence) are no longer left
  // out of the property above (see the walls below).
  // Note: defined before the properties, so it runs first: after thousands of adversarial cases
  // the heap is large and a major collection falling in a timing can double it.
  it('"Dec." x 25,000 (100 KB, 25,000 sentences, no date)', () => {
    const text = 'Dec.'.repeat(25_000);
    const { result, ms } = timed(datesOf(text));
    expect(result).toEqual([]);
    expectWallTime(text, ms, datesOf);
  });

  // Walls of real dates (found by the 100,000-case runs: 13 linear calls over 50 ms, the worst
  // 116 ms, then 3 after the date stage was made faster, the worst a wall of "'90s", 76 ms on
  // 49 KB), each 100 KB. Most are one sentence of thousands of dates, each costing a few
  // microseconds; a document's date reading is now bounded by `dateBudget` (1,500 candidates in
  // 100 KB, far over any report), so a wall is read up to the budget and cut there (see
  // test/stages/extract/dates/budget.test.ts). A wall of one short sentence repeated ("Sat." x
  // 25,000) is read once and copied up to the budget. Each with the number of dates it reads.
  const walls: readonly (readonly [unit: string, dates: number])[] = [
    ['Sat.', 1_500],
    ['Jan. Feb ', 0],
    ['10-12a.m.', 1_499],
    ['Sat. ', 1_499],
    ['Dec. 5 ', 750],
    ['5 March ', 750],
    ['Dec. 5 - 7 ', 750],
    ['1/2 ', 0],
    ['Dec. 5, ', 1_499],
    ['January 5 ', 750],
    ['12/5/2016 ', 750],
    ['2016-01-05 ', 750],
    ['Easter ', 1_499],
    ['since 1990 ', 1_499],
    ['the 1990s ', 1_499],
    ["'90s", 1_500],
    ['Saturday ', 1_499],
    ['last Saturday ', 1_499],
    ['Saturday, Dec. 5 ', 750],
    ['yesterday ', 1_499],
    [' today\u{1F600} ', 1_499],
    ['the next day ', 1_499],
  ];
  for (const [unit, dates] of walls) wallCase(unit, dates, 'dates', datesOf);
});

describe('dense numbers: extractNumbers reads a 100 KB wall of numbers in under 50 ms', () => {
  // Walls of numbers (found by the 100,000-case run: 91 linear calls over 50 ms on a loaded
  // machine, the worst 185 ms, "1 1 1 ..." on 96 KB): a text's numbers are now bounded by
  // `numberBudget` (3,500 candidates in 100 KB), so a wall is read up to it. Each with the
  // number of numbers it reads.
  const walls: readonly (readonly [unit: string, numbers: number])[] = [
    ['1 ', 3_500],
    ['two ', 3_500],
    // the first candidate of these two is a blank or a comma's neighbour read as no number
    [' 0\u4E2D', 3_499],
    ['5, ', 3_499],
  ];
  for (const [unit, numbers] of walls) wallCase(unit, numbers, 'numbers', (text) => () => extractNumbers(text, 'p'));
  // A number before one long blank run (found by the 100,000-case run: "0”eleven" then 7,700 tabs,
  // 52 ms): the short form of "years old" after an age was read with two blank runs side by side
  // (100,000 tabs: seconds).
  it('"0”eleven" and 100,000 tabs (2 numbers)', () => {
    const text = `0\u201Deleven${'\t'.repeat(100_000)}`;
    const prepare = (t: string) => () => extractNumbers(t, 'p');
    const { result, ms } = timed(prepare(text));
    expect(result).toHaveLength(2);
    expectWallTime(text, ms, prepare);
  });
});

describe('dense claim words: extractClaims reads a 100 KB wall of them in under 50 ms', () => {
  // Walls of claim words (found by the 100,000-case run: "died!" x 15,000, 52.6 ms on 61 KB,
  // linear): a document's claim words are now bounded by `claimBudget` (2,500 in 100 KB), and
  // reading stops before the first sentence over it. Each with its claim words per sentence and
  // the claims a sentence gives.
  const walls: readonly (readonly [unit: string, cuesPerSentence: number, claimsPerSentence: number, numbersPerSentence?: number, size?: number])[] = [
    // one sentence of 16,000 claim words: over the budget, so none is read
    ['died! ', Infinity, 0],
    ['A man was killed. ', 1, 1],
    ['He was arrested. ', 1, 1],
    // "no one" and "hurt": two claim words, one claim
    ['No one was hurt. ', 2, 1],
    // a toll and the attackers it holds: two claims a sentence, and two numbers, whose budget binds
    // first (the share pass reads each sentence once). Note: 50 KB, the others 100 KB: twice the
    // claims of a sentence of one, and a share's own; 100 KB took 33-46 ms alone on 2 cores, and
    // 116 and 159 ms, linear, under the load of the whole run (npm run fuzz, a fresh clone's npm
    // test), over the 100 ms a linear wall may take. Its quadratic pass of 2026-11-24 took 4.1 s on
    // 4,000 sentences: a 50 KB wall (925) still fails on it.
    ['Fifteen people, including three of the bandits, died. ', 1, 2, 2, 50_000],
  ];
  for (const [unit, cues, claims, numbers, size = 100_000] of walls) {
    const length = Math.floor(size / unit.length) * unit.length;
    // (all of a wall's sentences when no budget binds)
    const sentencesRead = Math.min(Math.floor(size / unit.length), Math.floor(claimBudget(length) / cues), numbers === undefined ? Infinity : Math.floor(numberBudget(length) / numbers));
    const expected = cues === Infinity ? 0 : sentencesRead * claims;
    wallCase(
      unit,
      expected,
      'claims',
      (text) => {
        const doc = clean(text);
        const sentences = splitSentences(doc);
        const numbers = extractNumbers(doc.text, doc.id);
        return () => extractClaims(doc, sentences, numbers, ctx);
      },
      size,
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
  // A case found by the properties and not fixed yet goes into BACKLOG (helpers/adversarial.ts),
  // with a test here until its stage is fixed. Note: these are timings against a fixed 50 ms, so
  // whether they fail depends on the machine and its load; they run (as `it.fails`) with
  // FUZZ_BACKLOG=1 and are skipped in `npm test`: known failures kept, not deleted. No case is
  // open now: `dense-dates` (a wall of date names) was fixed in the date extractor, see "dense dates" above.

  it('leaves out only the inputs of its cases', () => {
    // dense dates (once `dense-dates`, over 4,000 date names) are read by the properties again
    expect(isLeftOut('extractDates', 'Dec.'.repeat(25_000))).toBe(false);
    expect(isLeftOut('extractDates', 'Dec. 5 '.repeat(3_000))).toBe(false);
    expect(isLeftOut('extractNumbers', 'Dec.'.repeat(4_001))).toBe(false);
    expect(isLeftOut('extractClaims', `an${' 1'.repeat(6000)} nobody.com`)).toBe(false);
    expect(isLeftOut('extractNumbers', 'one '.repeat(100))).toBe(false);
    expect(isLeftOut('splitSentences', 'Dec.00Dec.'.repeat(100))).toBe(false);
    expect(isLeftOut('cleanDoc', `protesters${'’'.repeat(300)}0`)).toBe(false);
  });
});

describe('fixed slow patterns stay linear (once backlog cases, now in the properties above)', () => {
  // Each input took seconds at this size before its stage was fixed (quadratic); judged as the
  // properties judge a slow call: against a quarter of the input, with retries after pauses.
  const cases: readonly (readonly [id: string, text: string, prepare: (text: string) => () => unknown])[] = [
    // clean.ts CONTINUATION_START: 16,000 quotes 1.9 s before
    ['quote-run: cleanDoc', `The first line of the report is long enough to be continued\nprotesters${'’'.repeat(40_000)}02displaced`, (text) => () => clean(text)],
    // numbers: "two" glued inside letters, 16 KB 1.9 s before
    ['non-ascii-glued-words: extractNumbers', 'ßtwo'.repeat(10_000), (text) => () => extractNumbers(text, 'p')],
    // numbers/rules/words.ts: 20 KB 2.7 s before
    ['number-word-run: extractNumbers', 'one '.repeat(10_000), (text) => () => extractNumbers(text, 'p')],
    // segment tokenBefore: 40 KB 0.53 s before
    [
      'dotted-run: splitSentences',
      'Dec.00Dec.'.repeat(4_000),
      (text) => {
        const doc = clean(text);
        return () => splitSentences(doc);
      },
    ],
    // dates runner calendarWindows: 42 KB 1.6 s before
    ['dotted-run: extractDates', '10-120'.repeat(7_000), datesOf],
    // numbers/skip.ts: 40 KB 0.69 s before
    ['url-run: extractNumbers', 'http://Baku'.repeat(3_600), (text) => () => extractNumbers(text, 'p')],
    // numbers/rules/digits.ts: 16 KB 1.5 s before
    ['endless-thousands: extractNumbers', ',130'.repeat(10_000), (text) => () => extractNumbers(text, 'p')],
    // dates/rules/decade.ts: 79 KB 0.39 s before
    ['many-decades: extractDates', 'almostß1990sß1990salmost1990salmostß'.repeat(1_100), datesOf],
    // dates/resolve.ts (found by FUZZ_SEED=1186680634): 98 KB 11.6 s before
    ["easter-run: extractDates", "Easter'".repeat(6_000), datesOf],
    // claims/index.ts NOT_ARREST once per claim over its whole sentence (found by the 100,000-case
    // run, FUZZ_SEED=-1140305343): 57 KB 0.5 s, 100 KB 1.7 s before
    [
      'arrests-in-one-sentence: extractClaims',
      'detained-seven&/'.repeat(4_000),
      (text) => {
        const doc = clean(text);
        const sentences = splitSentences(doc);
        const numbers = extractNumbers(doc.text, doc.id);
        return () => extractClaims(doc, sentences, numbers, ctx);
      },
    ],
    // locales/en/dates.ts openingPartOfDay cue `\w+\s*,?\s+` over tabs (found by the
    // 100,000-case run, FUZZ_SEED=58213679): 20 KB 0.75 s before
    ['tabs-before-part-of-day: extractDates', `x${'\t'.repeat(40_000)}night`, datesOf],
    // dates/rules/clock.ts tested the whole sentence for a day word at each clock time (found by
    // the 100,000-case run, FUZZ_SEED=1701976885): 40 KB 0.52 s before
    ['clock-times-in-one-sentence: extractDates', '10-12a.m.'.repeat(4_500), datesOf],
    // claims/rules.ts COORDINATED `\s*,?\s+` over the blanks between two numbers: 80 KB 13.7 s before
    [
      'blanks-between-counts: extractClaims',
      `4 women${'\t'.repeat(40_000)}1 man were killed`,
      (text) => {
        const doc = clean(text);
        const sentences = splitSentences(doc);
        const numbers = extractNumbers(doc.text, doc.id);
        return () => extractClaims(doc, sentences, numbers, ctx);
      },
    ],
    // claims: one sentence of 49,500 numbers (99 KB) 0.52 s before (linear, now about 40 ms)
    [
      'numbers-in-one-sentence: extractClaims',
      `an${' 1'.repeat(49_500)} nobody.com`,
      (text) => {
        const doc = clean(text);
        const sentences = splitSentences(doc);
        const numbers = extractNumbers(doc.text, doc.id);
        return () => extractClaims(doc, sentences, numbers, ctx);
      },
    ],
  ];
  for (const [id, text, prepare] of cases) {
    it(`${id} on ${Math.round(text.length / 1000)} KB`, () => {
      const { ms } = timed(prepare(text));
      const slow = judgeCall(text, ms, prepare);
      expect(slow?.isCatastrophic ?? false, slow !== undefined ? `${slow.ms.toFixed(1)} ms, ${slow.quarterMs.toFixed(1)} ms on a quarter` : '').toBe(false);
    });
  }
});
