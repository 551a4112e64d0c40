import { describe } from 'vitest';
import { testRows, type Row } from './table.js';

// How numbers are written: digits, number words, vague amounts, fractions.

const DIGITS: readonly Row[] = [
  ['26,000 troops entered', '26,000', 26000, 'exact', [26000, 26000], 'count', 'digits'],
  ['expulsion of 200.000 of Azerbaijanis', '200.000', 200000, 'exact', [200000, 200000], 'count', 'digits'],
  ['1,234,567 people', '1,234,567', 1234567, 'exact', [1234567, 1234567], 'count', 'digits'],
  ['2.5 million people', '2.5 million', 2500000, 'exact', [2500000, 2500000], 'count', 'digits'],
  ['1.2 million people', '1.2 million', 1200000, 'exact', [1200000, 1200000], 'count', 'digits'],
  ['1 million people', '1 million', 1000000, 'exact', [1000000, 1000000], 'count', 'digits'],
  ['the group of 26 thousand people', '26 thousand', 26000, 'exact', [26000, 26000], 'count', 'digits'],
  ['3 dozen eggs', '3 dozen', 36, 'exact', [36, 36], 'count', 'digits'],
  ['141 unarmed residents', '141', 141, 'exact', [141, 141], 'count', 'digits'],
  ['700 wounded', '700', 700, 'exact', [700, 700], 'count', 'digits'],
  ['1,990 people were killed', '1,990', 1990, 'exact', [1990, 1990], 'count', 'digits'],
  ['1990 people were killed', '1990', 1990, 'exact', [1990, 1990], 'count', 'digits'],
  ['1.234 million people', '1.234 million', 1234000, 'exact', [1234000, 1234000], 'count', 'digits'],
  ['a 1.5 rating', '1.5', 1.5, 'exact', [1.5, 1.5], 'measure', 'decimal'],
  ['0 deaths', '0', 0, 'exact', [0, 0], 'count', 'digits'],
  ['On Jan. 5, 300 people died', '300', 300, 'exact', [300, 300], 'count', 'digits'],
  // South Asian English's multipliers, and a count written the short way before people or things
  ['2 lakh people were displaced', '2 lakh', 200000, 'exact', [200000, 200000], 'count', 'digits'],
  ['1.5 crore people', '1.5 crore', 15000000, 'exact', [15000000, 15000000], 'count', 'digits'],
  ['1.2m people were displaced', '1.2m', 1200000, 'exact', [1200000, 1200000], 'count', 'digits', '1.2'],
  ['3k protesters gathered', '3k', 3000, 'exact', [3000, 3000], 'count', 'digits', '3'],
  ['a 1.5m wall', '1.5m', 1.5, 'exact', [1.5, 1.5], 'measure', 'measure', '1.5'],
];

const DOTTED: readonly Row[] = [
  ['1.234.567 people', '1.234.567', 1234567, 'exact', [1234567, 1234567], 'count', 'dotted'],
  ['version v2.3.1 released', 'v2.3.1', 2, 'exact', [2, 2], 'code', 'dotted', '2.3.1'],
  ['on 20.01.1990 the', '20.01.1990', 19900120, 'exact', [19900120, 19900120], 'date', 'dotted'],
];

const WORDS: readonly Row[] = [
  ['two people died', 'two', 2, 'exact', [2, 2], 'count', 'words'],
  ['twenty six thousand strong', 'twenty six thousand', 26000, 'exact', [26000, 26000], 'count', 'words'],
  ['twenty-six thousand strong', 'twenty-six thousand', 26000, 'exact', [26000, 26000], 'count', 'words'],
  ['one hundred and forty-seven victims', 'one hundred and forty-seven', 147, 'exact', [147, 147], 'count', 'words'],
  ['a dozen people', 'a dozen', 12, 'exact', [12, 12], 'count', 'words'],
  ['a hundred people', 'a hundred', 100, 'exact', [100, 100], 'count', 'words'],
  ['a thousand people', 'a thousand', 1000, 'exact', [1000, 1000], 'count', 'words'],
  ['one million people', 'one million', 1000000, 'exact', [1000000, 1000000], 'count', 'words'],
  ['two dozen people', 'two dozen', 24, 'exact', [24, 24], 'count', 'words'],
  ['half a dozen people', 'half a dozen', 6, 'exact', [6, 6], 'count', 'words'],
  ['half a million people', 'half a million', 500000, 'exact', [500000, 500000], 'count', 'words'],
  ['a pair of shoes', 'a pair', 2, 'exact', [2, 2], 'count', 'words'],
  ['one and a half million people', 'one and a half million', 1500000, 'exact', [1500000, 1500000], 'count', 'words'],
  ['two million three hundred thousand', 'two million three hundred thousand', 2300000, 'exact', [2300000, 2300000], 'count', 'words'],
  ['Fifteen years has passed', 'Fifteen', 15, 'exact', [15, 15], 'measure', 'duration'],
  ['thirty -five years have passed', 'thirty -five', 35, 'exact', [35, 35], 'measure', 'duration'],
  ['one person was killed', 'one', 1, 'exact', [1, 1], 'count', 'words'],
  ['TWO DEAD IN SHOOTING', 'TWO', 2, 'exact', [2, 2], 'count', 'words'],
  ['killed two\nThree others', 'two', 2, 'exact', [2, 2], 'count', 'words'],
];

const VAGUE: readonly Row[] = [
  ['hundreds of people', 'hundreds', 200, 'vague', [200, 999], 'count', 'vague'],
  ['thousands of rallies were held', 'thousands', 2000, 'vague', [2000, 9999], 'count', 'vague'],
  ['tens of thousands of people', 'tens of thousands', 20000, 'vague', [20000, 99999], 'count', 'vague'],
  ['hundreds of thousands of people', 'hundreds of thousands', 200000, 'vague', [200000, 999999], 'count', 'vague'],
  ['millions of people', 'millions', 2000000, 'vague', [2000000, 9999999], 'count', 'vague'],
  ['dozens of people', 'dozens', 24, 'vague', [24, 99], 'count', 'vague'],
  ['scores of people', 'scores', 40, 'vague', [40, 99], 'count', 'vague'],
  ['several people', 'several', 3, 'vague', [3, 9], 'count', 'vague'],
  ['a few people', 'a few', 2, 'vague', [2, 5], 'count', 'vague'],
  ['a handful of people', 'a handful', 2, 'vague', [2, 5], 'count', 'vague'],
  ['a couple of people', 'a couple', 2, 'vague', [2, 3], 'count', 'vague'],
  ['several hundred people', 'several hundred', 300, 'vague', [300, 999], 'count', 'vague'],
  ['a few thousand people', 'a few thousand', 2000, 'vague', [2000, 5999], 'count', 'vague'],
  ['a couple hundred people', 'a couple hundred', 200, 'vague', [200, 399], 'count', 'vague'],
  ['Hundreds of other civilians', 'Hundreds', 200, 'vague', [200, 999], 'count', 'vague'],
  ['for dozens of years', 'dozens', 24, 'vague', [24, 99], 'measure', 'duration'],
];

const FRACTIONS: readonly Row[] = [
  ['two-thirds of the victims', 'two-thirds', 0.666666667, 'exact', [0.666666667, 0.666666667], 'measure', 'decimal'],
  ['a third of the victims', 'a third', 0.333333333, 'exact', [0.333333333, 0.333333333], 'measure', 'decimal'],
  ['one quarter of them', 'one quarter', 0.25, 'exact', [0.25, 0.25], 'measure', 'decimal'],
];

describe('en/number/digits', () => testRows(DIGITS));
describe('en/number/dotted', () => testRows(DOTTED));
describe('en/number/words', () => testRows(WORDS));
describe('en/number/vague', () => testRows(VAGUE));
describe('en/number/fraction', () => testRows(FRACTIONS));
