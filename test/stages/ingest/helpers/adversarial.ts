/**
 * Adversarial text for property tests of the extractors: strings up to 100 KB built to trip
 * regular expressions into catastrophic backtracking and loops into quadratic time.
 *
 * Four shapes, mixed:
 * - soup: random pieces of news text (numbers, number words, qualifiers, dates, casualty
 *   words, punctuation, whitespace, other scripts), as real text mixes them;
 * - repeat: one short unit repeated up to 100 KB ("1,1,1,...", "more than more than",
 *   "- - -", ". . .", "Jan. Jan."), the classic trigger of nested quantifiers, with a
 *   different tail so a pattern that almost matches must give up at the end;
 * - long runs: a single character class over thousands of characters (digits, spaces,
 *   letters, hyphens, newlines) inside text;
 * - unicode: arbitrary code units, lone surrogates included.
 *
 * Sizes lean small (most cases are a few KB, one in ten approaches 100 KB), so a thousand
 * cases stay fast while every run still meets long inputs.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';

/** Pieces of news text, with the words and signs the extractors' patterns look for. */
export const PIECES: readonly string[] = [
  // digits and number shapes
  '0', '1', '2', '5', '9', '12', '130', '1990', '2016', '26,000', '1.000.000', '2.5', '.45', '3-4', '10-12', '1/2', '½', '#3',
  '$', '€', '%', '10%', '9mm', '5:30', '10:30 p.m.', '(', ')', '[', ']', '"', "'", '’', '“', '”', '–', '—', '-', '/', ':', ';',
  ',', '.', '...', '!', '?', '+', '~', '&', '*', '@', '_',
  // whitespace
  ' ', ' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u200b', '\u2009',
  // number words and qualifiers
  'a', 'an', 'one', 'two', 'three', 'seven', 'eleven', 'twenty', 'twenty-one', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'dozen', 'dozens', 'score', 'of', 'and', 'or', 'to', 'from', 'between', 'more', 'than', 'less', 'fewer', 'at', 'least',
  'most', 'up', 'about', 'some', 'nearly', 'almost', 'around', 'approximately', 'over', 'under', 'several', 'few', 'many', 'no',
  'none', 'nobody', 'no one', 'half', 'first', 'second', '3rd', '21st', 'th',
  // casualty and claim words
  'killed', 'dead', 'died', 'death', 'deaths', 'toll', 'wounded', 'injured', 'hurt', 'shot', 'fatally', 'arrested', 'detained',
  'missing', 'displaced', 'evacuated', 'troops', 'soldiers', 'protesters', 'people', 'civilians', 'victims', 'man', 'woman',
  'men', 'women', 'children', 'boy', 'girl', 'police', 'said', 'reported', 'according', 'including', 'total', 'in total',
  'nationwide', 'rose', 'climbed', 'later', 'was', 'were', 'had', 'been', 'the', 'in', 'on', 'by', 'with',
  // dates and times
  'January', 'Jan.', 'Feb', 'March', 'Dec.', 'Monday', 'Sat.', 'Saturday', 'yesterday', 'today', 'tonight', 'night', 'morning',
  'ago', 'last', 'next', 'week', 'weeks', 'month', 'year', 'years', 'year-old', '-year-old', 'days', 'day', 'hours', 'decade',
  '1990s', "'90s", 'since', 'until', 'Christmas', 'Easter', 'anniversary', 'p.m.', 'a.m.', 'noon', 'midnight',
  // places, names, abbreviations
  'Baku', 'Springfield', 'N.C.', 'U.S.', 'Mr.', 'Dr.', 'St.', 'Ave.', 'Smith', 'O’Neil', 'McDonald', 'Route', 'No.', 'block',
  'I-95', 'COVID-19', 'AK-47', 'http://', 'www.', '.com', 'e-mail', '@user', '#tag',
  // other scripts and symbols
  'é', 'ß', 'Ж', 'ж', 'ع', '中', '😀', '‍', '́', 'ﬁ', '™', 'ª', 'º', 'ᵗʰ', '\u00ad', '\ufeff',
];

const PIECE = fc.constantFrom(...PIECES);

/** Most characters a generated string has. */
export const MAX_LENGTH = 100_000;

/** A length that leans small: mostly up to 2 KB, sometimes up to 20 KB, one in ten up to 100 KB. */
const LENGTH = fc.oneof(
  { weight: 7, arbitrary: fc.integer({ min: 0, max: 2_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 2_000, max: 20_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20_000, max: MAX_LENGTH }) },
);

/** Random pieces until the length is reached; generated from a seed so large strings stay cheap to make. */
const SOUP = fc.tuple(LENGTH, fc.array(PIECE, { minLength: 1, maxLength: 400 })).map(([length, pool]) => {
  // cycling a random pool of up to 400 pieces with a stride keeps variety without drawing 20,000 values
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < length; index++) {
    const piece = pool[(index * 7 + Math.floor(index / pool.length)) % pool.length] as string;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
});

/** A short unit repeated up to the length, between a random head and tail. */
const REPEAT = fc
  .tuple(fc.array(PIECE, { minLength: 1, maxLength: 6 }), LENGTH, fc.array(PIECE, { maxLength: 8 }), fc.array(PIECE, { maxLength: 8 }))
  .map(([unit, length, head, tail]) => {
    const text = unit.join('');
    return `${head.join('')}${text.repeat(Math.max(1, Math.floor(length / Math.max(1, text.length))))}${tail.join('')}`.slice(0, MAX_LENGTH);
  });

/** One character class over a long run, inside text. */
const RUN = fc
  .tuple(fc.constantFrom('0', '9', ' ', '\n', '-', '.', ',', 'a', 'A', '’', '\t', '1 ', 'a ', '. ', '- ', ', '), LENGTH, fc.array(PIECE, { maxLength: 20 }), fc.array(PIECE, { maxLength: 20 }))
  .map(([character, length, head, tail]) => `${head.join('')}${character.repeat(Math.max(1, Math.floor(length / character.length)))}${tail.join('')}`.slice(0, MAX_LENGTH));

/** Arbitrary UTF-16 code units, lone surrogates included. */
const UNICODE = fc.string({ unit: 'binary', maxLength: 4_000 });

/**
 * Adversarial text up to {@link MAX_LENGTH} characters.
 *
 * @example
 * fc.assert(fc.property(ADVERSARIAL_TEXT, (text) => { extractNumbers(text, 'p'); }));
 */
export const ADVERSARIAL_TEXT: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: SOUP },
  { weight: 3, arbitrary: REPEAT },
  { weight: 2, arbitrary: RUN },
  { weight: 1, arbitrary: UNICODE },
);

/** Calls slower than this are checked for superlinear growth (see {@link judgeCall}). */
export const MAX_CALL_MS = 50;
/** Calls slower than this fail whatever their growth. */
export const HARD_CALL_MS = 250;
/** A call on the whole input this many times slower than on its first quarter grows faster than linearly (linear: 4, quadratic: 16). */
export const SUPERLINEAR_RATIO = 8;

/**
 * Runs `call` once; returns its result and its time in milliseconds: the smaller of the wall
 * clock and the CPU time of this process. Note: both are at least the call's own cost; on a
 * shared machine with more running processes than cores the wall clock also counts the time
 * the test waited for a core, and the CPU time also counts other threads of this process
 * (other test files in `npm test`); the smaller is the better bound.
 */
export function measure<T>(call: () => T): { result: T; ms: number } {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const result = call();
  const cpu = process.cpuUsage(cpuStart);
  const wall = performance.now() - wallStart;
  return { result, ms: Math.min(wall, (cpu.user + cpu.system) / 1000) };
}

/**
 * Runs `call` and returns its result and the fastest of up to eight timings (see {@link measure}):
 * a call over the limit is run again after a pause, so a pause of the machine (garbage collection,
 * another process) or code V8 threw away and is compiling again in the background (a function fed
 * other text by an earlier test file of the same worker) is not taken for a slow pattern; a
 * catastrophic pattern is slow every time.
 */
export function timed<T>(call: () => T): { result: T; ms: number } {
  const first = measure(call);
  let ms = first.ms;
  // Note: pauses of up to a second, as `judgeCall` makes: in a full `npm test` on two cores a
  // burst of other test files kept a 20 ms call (measured alone) over 50 ms for five timings 25 to
  // 100 ms apart.
  for (const wait of RETRY_PAUSES_MS) {
    if (ms <= MAX_CALL_MS) break;
    pause(wait);
    ms = Math.min(ms, measure(call).ms);
  }
  return { result: first.result, ms };
}

/** Pauses before each timing again of a call over the limit (see {@link timed}). */
const RETRY_PAUSES_MS = [25, 50, 100, 250, 500, 1000, 1000];

/** How a call over {@link MAX_CALL_MS} grows: its time on the whole input and on a quarter of it (its head and tail). */
export interface SlowCall {
  readonly ms: number;
  readonly quarterMs: number;
  readonly length: number;
  readonly isCatastrophic: boolean;
}

/** Blocks the thread for `ms` milliseconds (the properties are synchronous; this lets a burst of load pass). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Judges a call that took `ms` on `text`: under {@link MAX_CALL_MS} it passes; over it, the
 * call is timed again on the whole input and on a quarter of it (its first and last eighths),
 * interleaved, the fastest of five each. It is catastrophic when it grows faster than
 * linearly ({@link SUPERLINEAR_RATIO}) or takes over {@link HARD_CALL_MS}; a verdict of
 * catastrophic is confirmed three more times after pauses, because on a shared machine a burst of
 * load can stretch every timing of one moment. Returns undefined for a fast call. `prepare`
 * builds the call for a text (untimed work such as cleaning before an extractor).
 */
export function judgeCall(text: string, ms: number, prepare: (text: string) => () => unknown): SlowCall | undefined {
  if (ms <= MAX_CALL_MS) return undefined;
  // a quarter of the input keeping its head and its tail, where cue words often sit
  const eighth = Math.floor(text.length / 8);
  const quarter = text.slice(0, eighth) + text.slice(text.length - eighth);
  const whole = prepare(text);
  const part = prepare(quarter);
  // Note: with --expose-gc (npm run fuzz sets it) the heap is collected before each timing, so
  // a collection of the test's own garbage is not charged to the larger input. A full collection
  // also shrinks the young generation: the first call after it pays for growing it back (100-150 ms
  // for a call that allocates much, whatever its input's size), so each call runs once untimed first.
  const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
  const settled = (call: () => unknown): number => {
    collect();
    call();
    return measure(call).ms;
  };
  let verdict: SlowCall | undefined;
  for (const wait of [250, 500, 1000, 0]) {
    let wholeMs = Number.POSITIVE_INFINITY;
    let quarterMs = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 5; attempt++) {
      wholeMs = Math.min(wholeMs, settled(whole));
      quarterMs = Math.min(quarterMs, settled(part));
    }
    if (wholeMs <= MAX_CALL_MS) return undefined;
    quarterMs = Math.max(quarterMs, 0.5);
    verdict = { ms: wholeMs, quarterMs, length: text.length, isCatastrophic: wholeMs > HARD_CALL_MS || wholeMs / quarterMs > SUPERLINEAR_RATIO };
    if (!verdict.isCatastrophic) return verdict;
    pause(wait);
  }
  return verdict;
}

/** Cases each property runs: 1,000 in `npm test`; `FUZZ_RUNS` (set by `npm run fuzz`) for the long run. */
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1000);

/**
 * A seed for the run, printed on failure by fast-check; `FUZZ_SEED` replays one. `npm test` uses a
 * fixed seed, so a run of the test suite is repeatable and CI never turns red by chance; the long
 * `npm run fuzz` run (which sets `FUZZ_RUNS`) draws a new seed each time to explore.
 */
const TEST_SEED = 20261122;
export const SEED =
  process.env['FUZZ_SEED'] !== undefined ? Number(process.env['FUZZ_SEED']) : process.env['FUZZ_RUNS'] !== undefined ? undefined : TEST_SEED;

/** A short description of a failing input: its length and its head, for the report. */
export function describeInput(text: string): string {
  return `${text.length} chars: ${JSON.stringify(text.slice(0, 120))}${text.length > 120 ? '...' : ''}`;
}

/** A known slow pattern in a stage that is not this test's to fix. */
export interface BacklogCase {
  readonly id: string;
  /** The extractors whose properties leave such inputs out (an extractor also runs the stages it needs). */
  readonly stages: readonly string[];
  readonly matches: (text: string) => boolean;
  /** The reproducer, as measured on this machine. */
  readonly note: string;
}

/**
 * Backlog: patterns found by these properties that take super-linear time, or linear time over
 * the hard limit, in stages owned elsewhere. Until each is fixed, inputs matching it are left
 * out of the properties of the listed extractors (`FUZZ_STRICT=1` keeps them), and
 * robustness.test.ts keeps one failing test per case (`it.fails`, run with FUZZ_BACKLOG=1).
 * A fixed case leaves the list; its reproducer joins "fixed slow patterns stay linear".
 */
export const BACKLOG: readonly BacklogCase[] = [
  // Fixed cases have left this list; their reproducers are kept in robustness.test.ts ("fixed
  // slow patterns stay linear", and "dense dates" for `dense-dates`, fixed in the date extractor).
];

/**
 * Whether `text` is left out of the property of `stage` while a backlog case is open.
 *
 * @example
 * isLeftOut('extractNumbers', text) // true when an open backlog case of extractNumbers matches text
 */
export function isLeftOut(stage: string, text: string): boolean {
  if (process.env['FUZZ_STRICT'] === '1') return false;
  return BACKLOG.some((entry) => entry.stages.includes(stage) && entry.matches(text));
}

/**
 * fast-check parameters that report a failure briefly (the input's length and head, the seed
 * and path to replay it) instead of printing a 100 KB counterexample.
 */
export function parameters<T>(): fc.Parameters<[T]> {
  return {
    numRuns: RUNS,
    ...(SEED !== undefined ? { seed: SEED } : {}),
    // FUZZ_PATH (with FUZZ_SEED) replays one reported case directly
    ...(process.env['FUZZ_PATH'] !== undefined ? { path: process.env['FUZZ_PATH'], endOnFailure: true } : {}),
    reporter(details) {
      if (!details.failed) return;
      const input = details.counterexample?.[0];
      // FUZZ_DUMP=file keeps the failing input whole, to reproduce it outside the test
      const dump = process.env['FUZZ_DUMP'];
      if (dump !== undefined && input !== undefined) writeFileSync(dump, typeof input === 'string' ? input : Buffer.from(input as Uint8Array));
      const shown = typeof input === 'string' ? describeInput(input) : input instanceof Uint8Array ? `${input.length} bytes` : String(input);
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `property failed after ${details.numRuns} runs (replay: FUZZ_SEED=${details.seed}, path ${details.counterexamplePath ?? '?'}): ${error.split('\n')[0]}\ninput: ${shown}`,
      );
    },
  };
}
