import { describe, expect, it } from 'vitest';
import { parseDates, resolveDates } from '../../../../src/stages/extract/dates/index.js';
import { datesIn } from './helpers.js';

describe('garbage input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t  \n'],
    ['huge number', '9'.repeat(5000)],
    ['mixed scripts', 'Горбачёв 20 января 1990 года 中文 Lənkəran January'],
    ['punctuation', '...,,,;;;---///   ((()))'],
    ['lone words', 'May March Sat Sun Wed night morning week year day'],
  ])('does not throw on %s', (_name, text) => {
    expect(() => datesIn(text, '2016-01-04')).not.toThrow();
  });

  it('reads a 1 MB sentence without breaks in reasonable time', () => {
    const sentence = `${'and the crowd moved on, '.repeat(21_000)}Saturday ${'and so on, '.repeat(46_000)}`;
    expect(sentence.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const dates = datesIn(sentence, '2016-01-04');
    expect(dates.map((date) => date.start)).toEqual(['2016-01-02']);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('places thousands of anaphora in one sentence in linear time', () => {
    // no date for "that night" to count from: each used to walk back over all the others (20,000: 6 s)
    // Note: one mention read, copied 20,000 times (the date budget stops reading a text this dense, see dateBudget)
    const unit = 'that night ';
    const [first] = parseDates('t', unit, [{ doc: 't', index: 0, start: 0, end: unit.length, text: unit }]);
    expect(first?.text).toBe('that night');
    const raws = Array.from({ length: 20_000 }, (_, i) => ({ ...first!, span: { doc: 't', start: i * unit.length, end: i * unit.length + 10 }, sentence: i }));
    const started = performance.now();
    const dates = resolveDates(raws, { published: '2016-01-10' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(dates.filter((date) => date.start !== undefined)).toEqual([]);
  });

  it('reads a 1 MB single line in reasonable time', () => {
    const line = 'Police said the man was shot Saturday night near 1900 Main St. and died on Jan. 5, 2016. '.repeat(11_500);
    expect(line.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const dates = datesIn(line, '2016-01-07');
    expect(dates.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
