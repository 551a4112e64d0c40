import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/pipeline/stage.js';
import { dateBudget, extractDates } from '../../../../src/stages/extract/dates/index.js';
import type { ReadingCut } from '../../../../src/stages/reading-cut.js';
import { cleanDoc } from '../../../../src/stages/ingest/clean.js';
import { splitSentences } from '../../../../src/stages/segment/sentences.js';
import { DATES_CUT_RULE, timeDocument } from '../../../../src/stages/time/index.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function read(text: string): { dates: ReturnType<typeof extractDates>; cut: ReadingCut | undefined; length: number } {
  const doc = cleanDoc({ id: 'w', path: 'w.txt', text }, createContext({ now: new Date(0) }));
  let cut: ReadingCut | undefined;
  const dates = extractDates(doc, splitSentences(doc), { published: '2020-01-01' }, (c) => (cut = c));
  return { dates, cut, length: doc.text.length };
}

describe('date budget: a text denser in dates than a report is read in part', () => {
  it('grows with the length of the text', () => {
    expect(dateBudget(0)).toBe(500);
    expect(dateBudget(36_000)).toBe(860);
    expect(dateBudget(100_000)).toBe(1_500);
  });

  it('leaves a long chronology whole: 300 dated sentences of different days', () => {
    // one date per ~60 characters over 18 KB: denser than any report of the development set
    const sentences = Array.from({ length: 300 }, (_, i) => `On ${MONTHS[i % 12]} ${(i % 28) + 1}, ${1950 + (i % 60)}, troops moved.`);
    const { dates, cut } = read(sentences.join(' '));
    expect(cut).toBeUndefined();
    expect(dates).toHaveLength(300);
    expect(dates[299]?.start).toBe('2009-12-20');
  });

  it('stops a wall of dates in one sentence at the budget and says where', () => {
    const { dates, cut, length } = read('Monday '.repeat(14_285));
    expect(cut).toBeDefined();
    expect(cut?.candidates).toBe(dateBudget(length));
    // every date read lies before the cut, and the cut is where the next candidate starts
    expect(dates.length).toBeGreaterThan(1_000);
    expect(dates.length).toBeLessThanOrEqual(dateBudget(length));
    expect(dates.every((date) => date.span.end <= (cut as ReadingCut).offset)).toBe(true);
    expect((cut as ReadingCut).offset % 'Monday '.length).toBe(0);
  });

  it('counts refused candidates too: a wall of fractions reads as no date and is cut', () => {
    const { dates, cut } = read('1/2 '.repeat(25_000));
    expect(dates).toEqual([]);
    expect(cut).toBeDefined();
  });

  it('reads a repeated sentence once; its copied dates count against the budget', () => {
    const { dates, cut, length } = read('Sat.'.repeat(25_000));
    expect(dates).toHaveLength(dateBudget(length));
    expect(cut?.offset).toBe(4 * dateBudget(length));
    // a few repeats are read whole (a page's repeated line)
    expect(read('Police said it happened Sat. '.repeat(20)).dates).toHaveLength(20);
  });

  it('the time stage warns, naming the file, the line and the place it stopped', () => {
    const ctx = createContext({ now: new Date(0) });
    const doc = cleanDoc({ id: 'dump-7', path: 'dump.jsonl', line: 7, text: `Shots were fired on Saturday. ${'Dec. 5 '.repeat(3_000)}` }, ctx);
    const timed = timeDocument(doc, splitSentences(doc), ctx);
    expect(timed.dates[0]?.text).toBe('Saturday');
    const warning = ctx.diagnostics.find((d) => d.ruleId === DATES_CUT_RULE);
    expect(warning).toMatchObject({ severity: 'warning', stage: 'time', file: 'dump.jsonl', line: 7 });
    expect(warning?.message).toMatch(/^Document `dump-7` holds more dates than a report does/);
    // the first candidate left unread: "5 Dec." (day before month) starts inside the wall's "Dec. 5 Dec."
    expect(warning?.actual).toMatch(/^(?:Dec\. 5|5 Dec\.)/);
    expect(warning?.spans?.[0]?.start).toBeGreaterThan(30);
  });
});
