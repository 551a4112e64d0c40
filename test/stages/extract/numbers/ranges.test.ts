import { describe } from 'vitest';
import { testRows, type Row } from './table.js';

// Two numbers read as one: ranges, "between ... and ...", scores.

const RANGE: readonly Row[] = [
  ['131-300 people', '131-300', 131, 'range', [131, 300], 'count', 'range'],
  ['131 – 300 people', '131 – 300', 131, 'range', [131, 300], 'count', 'range'],
  ['131 to 300 people', '131 to 300', 131, 'range', [131, 300], 'count', 'range'],
  ['10 or 12 people', '10 or 12', 10, 'range', [10, 12], 'count', 'range'],
  ['two to three people', 'two to three', 2, 'range', [2, 3], 'count', 'range'],
  ['two or three people', 'two or three', 2, 'range', [2, 3], 'count', 'range'],
  ['2 to 3 million people', '2 to 3 million', 2000000, 'range', [2000000, 3000000], 'count', 'range'],
  ['in 1988-1989', '1988-1989', 1988, 'range', [1988, 1989], 'year', 'year'],
  ['in 1988-89', '1988-89', 1988, 'range', [1988, 1989], 'year', 'year'],
  ['On the night of January 19-20', '19-20', 19, 'range', [19, 20], 'date', 'month-day'],
  ['5 to 10 years in prison', '5 to 10', 5, 'range', [5, 10], 'measure', 'duration'],
  ['ages 16 to 18', '16 to 18', 16, 'range', [16, 18], 'age', 'age'],
];

const BETWEEN: readonly Row[] = [
  ['between 10 and 12 people', 'between 10 and 12', 10, 'range', [10, 12], 'count', 'between', '10 and 12'],
  ['between two and three thousand people', 'between two and three thousand', 2000, 'range', [2000, 3000], 'count', 'between', 'two and three thousand'],
  ['aged between 16 and 18', 'between 16 and 18', 16, 'range', [16, 18], 'age', 'age', '16 and 18'],
];

const SCORE: readonly Row[] = [
  ['a 3-1 win', '3-1', 3, 'exact', [3, 3], 'code', 'score'],
  ['won 21-14 on Friday', '21-14', 21, 'exact', [21, 21], 'code', 'score'],
  ['a 5-5 draw', '5-5', 5, 'exact', [5, 5], 'code', 'score'],
];

describe('en/number/range', () => testRows(RANGE));
describe('en/number/between', () => testRows(BETWEEN));
describe('en/number/score', () => testRows(SCORE));
