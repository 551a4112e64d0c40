import { describe, expect, it } from 'vitest';
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

  it('reads a 1 MB single line in reasonable time', () => {
    const line = 'Police said the man was shot Saturday night near 1900 Main St. and died on Jan. 5, 2016. '.repeat(11_500);
    expect(line.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const dates = datesIn(line, '2016-01-07');
    expect(dates.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
