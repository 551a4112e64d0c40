import { describe } from 'vitest';
import { testRows, type Row } from './table.js';

// What a number measures, rule by rule (in the order of DEFAULT_ROLE_RULES).

const ROLES: Readonly<Record<string, readonly Row[]>> = {
  alphanumeric: [
    ['COVID-19 cases rose', 'COVID-19', 19, 'exact', [19, 19], 'code', 'alphanumeric', '19'],
    ['north on I-95 today', 'I-95', 95, 'exact', [95, 95], 'code', 'alphanumeric', '95'],
    ['an AK-47 rifle', 'AK-47', 47, 'exact', [47, 47], 'code', 'alphanumeric', '47'],
    ['the H1N1 virus', 'H1N1', 1, 'exact', [1, 1], 'code', 'alphanumeric', '1'],
    ['a 3D printer', '3D', 3, 'exact', [3, 3], 'code', 'alphanumeric', '3'],
  ],
  percent: [
    ['12% of voters', '12%', 12, 'exact', [12, 12], 'percent', 'percent', '12'],
    ['rose 12 percent', '12', 12, 'exact', [12, 12], 'percent', 'percent'],
    ['12 per cent of them', '12', 12, 'exact', [12, 12], 'percent', 'percent'],
    ['a 12.5% rise', '12.5%', 12.5, 'exact', [12.5, 12.5], 'percent', 'percent', '12.5'],
  ],
  money: [
    ['a $5,000 reward', '$5,000', 5000, 'exact', [5000, 5000], 'money', 'money', '5,000'],
    ['5 million dollars', '5 million', 5000000, 'exact', [5000000, 5000000], 'money', 'money'],
    ['a €20 fine', '€20', 20, 'exact', [20, 20], 'money', 'money', '20'],
    ['a US$5 fee', 'US$5', 5, 'exact', [5, 5], 'money', 'money', '5'],
    ['a $2.5m deal', '$2.5m', 2500000, 'exact', [2500000, 2500000], 'money', 'money', '2.5'],
    // local abbreviations before the number, with or without their dot; other codes
    ['compensation of Rs 1 million for each family', '1 million', 1000000, 'exact', [1000000, 1000000], 'money', 'money'],
    ['a payment of Rs. 500 each', '500', 500, 'exact', [500, 500], 'money', 'money'],
    ['a fine of PKR 20,000', '20,000', 20000, 'exact', [20000, 20000], 'money', 'money'],
  ],
  time: [
    ['just before 1 p.m. Saturday', '1', 1, 'exact', [1, 1], 'time', 'time'],
    ['at 9pm Saturday', '9pm', 9, 'exact', [9, 9], 'time', 'time', '9'],
    ['at 5 o\'clock', '5', 5, 'exact', [5, 5], 'time', 'time'],
    ['around 10:30 a.m.', '10:30', 1030, 'exact', [1030, 1030], 'time', 'clock'],
  ],
  age: [
    ['the 70-year-old communist empire', '70', 70, 'exact', [70, 70], 'age', 'age'],
    ['a\nseven year-old boy', 'seven', 7, 'exact', [7, 7], 'age', 'age'],
    ['an eighty\nyear-old man', 'eighty', 80, 'exact', [80, 80], 'age', 'age'],
    ['a 48-year-old man', '48', 48, 'exact', [48, 48], 'age', 'age'],
    ['20 y/o killed, 14 y/o critical', '20', 20, 'exact', [20, 20], 'age', 'age'],
    ['20 y/o killed, 14 y/o critical', '14', 14, 'exact', [14, 14], 'age', 'age'],
    ['a 14 y.o. boy', '14', 14, 'exact', [14, 14], 'age', 'age'],
    ['a 20 yo man was shot', '20', 20, 'exact', [20, 20], 'age', 'age'],
    ['he is 48 years old', '48', 48, 'exact', [48, 48], 'age', 'age'],
    ['a 6-month-old girl', '6', 6, 'exact', [6, 6], 'age', 'age'],
    ['aged 48', '48', 48, 'exact', [48, 48], 'age', 'age'],
    ['victims, ages 13, 17 and 19, were', '17', 17, 'exact', [17, 17], 'age', 'age'],
    ['who ranged in age from 20 to 22, were', '20 to 22', 20, 'range', [20, 22], 'age', 'age'],
  ],
  'age-apposition': [
    ['Tammy Pearce, 54, Paul Pearce, 28, and', '54', 54, 'exact', [54, 54], 'age', 'age-apposition'],
    ['Selby Gene Outland, 47, and Dominique', '47', 47, 'exact', [47, 47], 'age', 'age-apposition'],
    ['Dominique Nicole Privette, 23.', '23', 23, 'exact', [23, 23], 'age', 'age-apposition'],
    ['the boy, 11, appeared', '11', 11, 'exact', [11, 11], 'age', 'age-apposition'],
    ['John Smith (48) was', '48', 48, 'exact', [48, 48], 'age', 'age-apposition'],
    // after a count of people, a list of their ages
    ['Two men, 22 and 25, were shot', '22', 22, 'exact', [22, 22], 'age', 'age-apposition'],
    ['Two men, 22 and 25, were shot', '25', 25, 'exact', [25, 25], 'age', 'age-apposition'],
    ['three women, 19, 20 and 24, were', '20', 20, 'exact', [20, 20], 'age', 'age-apposition'],
    ['and two males, 30 and 42 were injured', '42', 42, 'exact', [42, 42], 'age', 'age-apposition'],
    ['the two men, 31 and 42 died at the scene', '42', 42, 'exact', [42, 42], 'age', 'age-apposition'],
  ],
  'month-day': [
    ['On January 20, 1990, troops', '20', 20, 'exact', [20, 20], 'date', 'month-day'],
    ['On 20 January 1990', '20', 20, 'exact', [20, 20], 'date', 'month-day'],
    ['filed Jan. 5 in court', '5', 5, 'exact', [5, 5], 'date', 'month-day'],
    ['the 20th of January', '20th', 20, 'exact', [20, 20], 'date', 'month-day', '20'],
    ['days – January 18, 19 and 20.', '19', 19, 'exact', [19, 19], 'date', 'month-day'],
    ['days – January 18, 19 and 20.', '20', 20, 'exact', [20, 20], 'date', 'month-day'],
  ],
  ordinal: [
    ['marked the 30th anniversary', '30th', 30, 'exact', [30, 30], 'ordinal', 'ordinal', '30'],
    ['the 31st anniversary', '31st', 31, 'exact', [31, 31], 'ordinal', 'ordinal', '31'],
    ['The Black January: 15™ Anniversary', '15™', 15, 'exact', [15, 15], 'ordinal', 'ordinal', '15'],
    ['the thirtieth anniversary', 'thirtieth', 30, 'exact', [30, 30], 'ordinal', 'ordinal'],
    ['the twenty-first century', 'twenty-first', 21, 'exact', [21, 21], 'ordinal', 'ordinal'],
    ['the first victim', 'first', 1, 'exact', [1, 1], 'ordinal', 'ordinal'],
  ],
  decade: [
    ['In the late 80s of the last century', '80s', 80, 'exact', [80, 80], 'year', 'decade', '80'],
    ['in the 1980s', '1980s', 1980, 'exact', [1980, 1980], 'year', 'decade', '1980'],
    ["in the '80s", "'80s", 80, 'exact', [80, 80], 'year', 'decade', '80'],
    ['a man in his 40s', '40s', 40, 'exact', [40, 40], 'age', 'decade', '40'],
    ['people ranging from their mid-teens to early 20s', '20s', 20, 'exact', [20, 20], 'age', 'decade', '20'],
    ['two men in their late teens or early 20s', '20s', 20, 'exact', [20, 20], 'age', 'decade', '20'],
    ['victims in their 30s and 40s', '40s', 40, 'exact', [40, 40], 'age', 'decade', '40'],
    ['suspects in the late teens to early 20s', '20s', 20, 'exact', [20, 20], 'year', 'decade', '20'],
    ['from the 60s to the 80s', '80s', 80, 'exact', [80, 80], 'year', 'decade', '80'],
  ],
  'code-noun': [
    ['Route 66 crossing', '66', 66, 'exact', [66, 66], 'code', 'code-noun'],
    ['transported to Troop 4 in Georgetown', '4', 4, 'exact', [4, 4], 'code', 'code-noun'],
    ['children under the age of 15 died', '15', 15, 'exact', [15, 15], 'age', 'age'],
    ['10 On Your Side captured video of police', '10', 10, 'exact', [10, 10], 'code', 'code-noun'],
    ['Interstate 10 closed', '10', 10, 'exact', [10, 10], 'code', 'code-noun'],
    ['the No. 5 seed', '5', 5, 'exact', [5, 5], 'code', 'code-noun'],
    ['off N.C. 42 just east', '42', 42, 'exact', [42, 42], 'code', 'code-noun'],
    ['told WSOC 9 on Monday', '9', 9, 'exact', [9, 9], 'code', 'code-noun'],
    ['Image 17 of 111 shows', '111', 111, 'exact', [111, 111], 'code', 'code-noun'],
    ['LEXINGTON, Ky. (LEX 18) - The teen killed', '18', 18, 'exact', [18, 18], 'code', 'code-noun'],
    ['DALLAS (FOX 4) - Police said', '4', 4, 'exact', [4, 4], 'code', 'code-noun'],
  ],
  identifier: [
    ['called 911 to report', '911', 911, 'exact', [911, 911], 'code', 'identifier'],
    ['Wilson, NC 27893', '27893', 27893, 'exact', [27893, 27893], 'code', 'identifier'],
    ['agent 007 arrived', '007', 7, 'exact', [7, 7], 'code', 'identifier'],
  ],
  address: [
    ['in the 2200 block of Banks Lane', '2200', 2200, 'exact', [2200, 2200], 'code', 'address'],
    ['at 1234 Main Street', '1234', 1234, 'exact', [1234, 1234], 'code', 'address'],
    ['at 710 SW 13th Terr. just', '710', 710, 'exact', [710, 710], 'code', 'address'],
  ],
  duration: [
    ['35 years have passed', '35', 35, 'exact', [35, 35], 'measure', 'duration'],
    ['three days later', 'three', 3, 'exact', [3, 3], 'measure', 'duration'],
    ['two weeks ago', 'two', 2, 'exact', [2, 2], 'measure', 'duration'],
    ['a 10-minute drive', '10', 10, 'exact', [10, 10], 'measure', 'duration'],
    ['30 years ago', '30', 30, 'exact', [30, 30], 'measure', 'duration'],
  ],
  measure: [
    ['5 miles away', '5', 5, 'exact', [5, 5], 'measure', 'measure'],
    ['10 km away', '10', 10, 'exact', [10, 10], 'measure', 'measure'],
    ['a 40-caliber handgun', '40', 40, 'exact', [40, 40], 'measure', 'measure'],
    ['a .45 caliber handgun', '.45', 0.45, 'exact', [0.45, 0.45], 'measure', 'measure'],
    ['a 9mm pistol', '9mm', 9, 'exact', [9, 9], 'measure', 'measure', '9'],
  ],
  year: [
    ['a similar tragedy in 1956.', '1956', 1956, 'exact', [1956, 1956], 'year', 'year'],
    ['on March 31, 1918.', '1918', 1918, 'exact', [1918, 1918], 'year', 'year'],
    ['in 1990 people marched', '1990', 1990, 'exact', [1990, 1990], 'year', 'year'],
    ['In December 1989, the', '1989', 1989, 'exact', [1989, 1989], 'year', 'year'],
  ],
  count: [
    ['three consecutive non-working days', 'three', 3, 'exact', [3, 3], 'count', 'words'],
    ['entered Baku from five directions', 'five', 5, 'exact', [5, 5], 'count', 'words'],
    ['killing one and injuring two', 'one', 1, 'exact', [1, 1], 'count', 'words'],
  ],
};

for (const [rule, rows] of Object.entries(ROLES)) {
  describe(`en/number/${rule}`, () => testRows(rows));
}

const SHAPES: readonly Row[] = [
  ['call 555-1234 now', '555-1234', 5551234, 'exact', [5551234, 5551234], 'phone', 'phone'],
  ['call (212) 555-1234 now', '(212) 555-1234', 2125551234, 'exact', [2125551234, 2125551234], 'phone', 'phone'],
  ['call 212-555-1234 now', '212-555-1234', 2125551234, 'exact', [2125551234, 2125551234], 'phone', 'phone'],
  ['Crimestoppers at 601-355-TIPS or', '601-355-TIPS', 601355, 'exact', [601355, 601355], 'phone', 'phone'],
  ['the Crime Line at 1-888-Lock-U-Up.', '1-888-Lock-U-Up', 1888, 'exact', [1888, 1888], 'phone', 'phone'],
  ['date 2021-01-20 The', '2021-01-20', 20210120, 'exact', [20210120, 20210120], 'date', 'iso-date'],
  ['on 1/20/1990 the', '1/20/1990', 19900120, 'exact', [19900120, 19900120], 'date', 'slash'],
  ['open 24/7', '24/7', 24, 'exact', [24, 24], 'code', 'slash'],
  ['after 9/11 the', '9/11', 9, 'exact', [9, 9], 'code', 'slash'],
  ['dialed 9-1-1 at once', '9-1-1', 9, 'exact', [9, 9], 'code', 'hyphen-chain'],
];

describe('fixed-role shapes', () => testRows(SHAPES));
