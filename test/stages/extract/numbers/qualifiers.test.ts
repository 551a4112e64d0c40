import { describe } from 'vitest';
import { testRows, type Row } from './table.js';

// Qualifier words and the intervals they allow (see the table in src/stages/extract/numbers/index.ts).

const PREFIX: readonly Row[] = [
  ['More than 130 civilians', 'More than 130', 130, 'more-than', [131, null], 'count', 'qualifier-prefix', '130'],
  ['more than a hundred victims', 'more than a hundred', 100, 'more-than', [101, null], 'count', 'qualifier-prefix', 'a hundred'],
  ['over 130 people', 'over 130', 130, 'more-than', [131, null], 'count', 'qualifier-prefix', '130'],
  // "all over" ends a happening, it qualifies no number
  ['when it was all over one person was dead', 'one', 1, 'exact', [1, 1], 'count', 'words'],
  ['upwards of 200 people', 'upwards of 200', 200, 'more-than', [201, null], 'count', 'qualifier-prefix', '200'],
  ['in excess of 200 people', 'in excess of 200', 200, 'more-than', [201, null], 'count', 'qualifier-prefix', '200'],
  ['well over 1,000 people', 'well over 1,000', 1000, 'more-than', [1001, null], 'count', 'qualifier-prefix', '1,000'],
  ['About one million people', 'About one million', 1000000, 'about', [900000, 1100000], 'count', 'qualifier-prefix', 'one million'],
  ['About 1 million people', 'About 1 million', 1000000, 'about', [900000, 1100000], 'count', 'qualifier-prefix', '1 million'],
  ['Some 744 people were injured', 'Some 744', 744, 'about', [670, 818], 'count', 'qualifier-prefix', '744'],
  ['about 400 people were detained', 'about 400', 400, 'about', [360, 440], 'count', 'qualifier-prefix', '400'],
  ['roughly 30 people', 'roughly 30', 30, 'about', [27, 33], 'count', 'qualifier-prefix', '30'],
  ['approximately 200 people', 'approximately 200', 200, 'about', [180, 220], 'count', 'qualifier-prefix', '200'],
  ['approx. 200 people', 'approx. 200', 200, 'about', [180, 220], 'count', 'qualifier-prefix', '200'],
  ['around 1,000 people', 'around 1,000', 1000, 'about', [900, 1100], 'count', 'qualifier-prefix', '1,000'],
  ['an estimated 5,000 people', 'an estimated 5,000', 5000, 'about', [4500, 5500], 'count', 'qualifier-prefix', '5,000'],
  ['about 5 people', 'about 5', 5, 'about', [4, 6], 'count', 'qualifier-prefix', '5'],
  ['about a dozen people', 'about a dozen', 12, 'about', [11, 13], 'count', 'qualifier-prefix', 'a dozen'],
  ['~500 people', '~500', 500, 'about', [450, 550], 'count', 'qualifier-prefix', '500'],
  ['nearly 100 people', 'nearly 100', 100, 'about', [90, 100], 'count', 'qualifier-prefix', '100'],
  ['closer to 60 people', 'closer to 60', 60, 'about', [54, 66], 'count', 'qualifier-prefix', '60'],
  ['just shy of 100 people', 'just shy of 100', 100, 'about', [90, 100], 'count', 'qualifier-prefix', '100'],
  ['almost 50 people', 'almost 50', 50, 'about', [45, 50], 'count', 'qualifier-prefix', '50'],
  ['at least 5 people', 'at least 5', 5, 'at-least', [5, null], 'count', 'qualifier-prefix', '5'],
  ['no fewer than 5 people', 'no fewer than 5', 5, 'at-least', [5, null], 'count', 'qualifier-prefix', '5'],
  ['a minimum of 5 people', 'a minimum of 5', 5, 'at-least', [5, null], 'count', 'qualifier-prefix', '5'],
  ['fewer than 10 people', 'fewer than 10', 10, 'fewer-than', [0, 9], 'count', 'qualifier-prefix', '10'],
  ['under 10 people', 'under 10', 10, 'fewer-than', [0, 9], 'count', 'qualifier-prefix', '10'],
  ['less than 10 people', 'less than 10', 10, 'fewer-than', [0, 9], 'count', 'qualifier-prefix', '10'],
  ['at most 10 people', 'at most 10', 10, 'at-most', [0, 10], 'count', 'qualifier-prefix', '10'],
  ['up to 10 people', 'up to 10', 10, 'at-most', [0, 10], 'count', 'qualifier-prefix', '10'],
  ['as many as 100 people', 'as many as 100', 100, 'at-most', [0, 100], 'count', 'qualifier-prefix', '100'],
  ['no more than 10 people', 'no more than 10', 10, 'at-most', [0, 10], 'count', 'qualifier-prefix', '10'],
  ['exactly 12 people', 'exactly 12', 12, 'exact', [12, 12], 'count', 'qualifier-prefix', '12'],
  ['more than $5,000 stolen', 'more than $5,000', 5000, 'more-than', [5001, null], 'money', 'money', '5,000'],
  ['nearly 40% of voters', 'nearly 40%', 40, 'about', [36, 40], 'percent', 'percent', '40'],
  ['about 2.5 miles away', 'about 2.5', 2.5, 'about', [2.25, 2.75], 'measure', 'measure', '2.5'],
  ['more than 70 years of stay', 'more than 70', 70, 'more-than', [71, null], 'measure', 'duration', '70'],
];

const POSTFIX: readonly Row[] = [
  ['10 or more people', '10 or more', 10, 'at-least', [10, null], 'count', 'qualifier-postfix', '10'],
  // "twenty-odd": some more than twenty
  ['twenty-odd people were hurt', 'twenty-odd', 20, 'at-least', [20, null], 'count', 'qualifier-postfix', 'twenty'],
  ['20 odd people were hurt', '20 odd', 20, 'at-least', [20, null], 'count', 'qualifier-postfix', '20'],
  ['100+ people', '100+', 100, 'at-least', [100, null], 'count', 'qualifier-postfix', '100'],
  ['a dozen or so people', 'a dozen or so', 12, 'about', [11, 13], 'count', 'qualifier-postfix', 'a dozen'],
  ['5 or fewer people', '5 or fewer', 5, 'at-most', [0, 5], 'count', 'qualifier-postfix', '5'],
  ['people 65 and over', '65 and over', 65, 'at-least', [65, null], 'count', 'qualifier-postfix', '65'],
];

describe('en/number/qualifier-prefix', () => testRows(PREFIX));
describe('en/number/qualifier-postfix', () => testRows(POSTFIX));
