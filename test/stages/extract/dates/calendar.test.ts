import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  boundsOf,
  dayOf,
  daysBetween,
  easterOf,
  isoOf,
  isValidDay,
  nthWeekday,
  parseIso,
  weekdayOf,
} from '../../../../src/stages/extract/dates/calendar.js';

describe('calendar', () => {
  it('writes and reads ISO dates at any precision', () => {
    expect(isoOf(1990, 1, 20)).toBe('1990-01-20');
    expect(isoOf(1989, 12)).toBe('1989-12');
    expect(isoOf(956)).toBe('0956');
    expect(parseIso('2025-01')).toEqual({ y: 2025, m: 1 });
    expect(parseIso('nonsense')).toBeUndefined();
    expect(dayOf('1990')).toBeUndefined();
    expect(boundsOf('2020-02')).toEqual([{ y: 2020, m: 2, d: 1 }, { y: 2020, m: 2, d: 29 }]);
  });

  it.each([
    [{ y: 2020, m: 1, d: 20 }, 1],
    [{ y: 2016, m: 1, d: 4 }, 1],
    [{ y: 1990, m: 1, d: 20 }, 6],
    [{ y: 2013, m: 7, d: 21 }, 0],
  ])('knows the weekday of %o', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('does day and month arithmetic across boundaries', () => {
    expect(addDays({ y: 1990, m: 1, d: 31 }, 1)).toEqual({ y: 1990, m: 2, d: 1 });
    expect(addDays({ y: 2016, m: 1, d: 1 }, -1)).toEqual({ y: 2015, m: 12, d: 31 });
    expect(addMonths({ y: 2021, m: 3, d: 31 }, -1)).toEqual({ y: 2021, m: 2, d: 28 });
    expect(addMonths({ y: 2016, m: 1, d: 4 }, -1)).toEqual({ y: 2015, m: 12, d: 4 });
    expect(daysBetween({ y: 2020, m: 1, d: 18 }, { y: 2020, m: 1, d: 20 })).toBe(2);
    expect(isValidDay(2021, 2, 29)).toBe(false);
    expect(isValidDay(2020, 2, 29)).toBe(true);
  });

  it('finds floating holidays', () => {
    expect(nthWeekday(2016, 11, 4, 4)).toEqual({ y: 2016, m: 11, d: 24 });
    expect(nthWeekday(2016, 5, 1, -1)).toEqual({ y: 2016, m: 5, d: 30 });
    expect(easterOf(2015)).toEqual({ y: 2015, m: 4, d: 5 });
    expect(easterOf(2016)).toEqual({ y: 2016, m: 3, d: 27 });
  });
});
