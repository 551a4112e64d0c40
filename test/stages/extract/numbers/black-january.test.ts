import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Interval, NumberRole, Qualifier } from '../../../../src/model/mention.js';
import { extractNumbers } from '../../../../src/stages/extract/numbers/index.js';
import { expectInvariants, show } from './table.js';

// The five reports of one event in ../shared/corpus/black-january, read in place (never copied).
const CORPUS = new URL('../../../../../shared/corpus/black-january/', import.meta.url);
const FILES = ['000_6c055e54e4f93b34', '001_b8b9b0416edd14c3', '002_b3d458d02c04fc44', '003_7ed391cfc077d790', '004_1b6d2751a6b6d7cc'];
const hasCorpus = existsSync(new URL(`${FILES[0]}.txt`, CORPUS));

function read(file: string): string {
  return readFileSync(new URL(`${file}.txt`, CORPUS), 'utf8');
}

type Count = readonly [text: string, value: number, qualifier: Qualifier, interval: Interval];

/** Every count-role number of each report, in order: what the claim layer gets to judge. */
const COUNTS: Readonly<Record<string, readonly Count[]>> = {
  '000_6c055e54e4f93b34': [
    ['141', 141, 'exact', [141, 141]],
    ['three', 3, 'exact', [3, 3]], // "the three Baltic republics"
  ],
  '001_b8b9b0416edd14c3': [
    ['more than a hundred', 100, 'more-than', [101, null]],
    ['three', 3, 'exact', [3, 3]], // "three consecutive non-working days": the claim layer rejects it by its noun
    ['More than a hundred', 100, 'more-than', [101, null]],
  ],
  '002_b3d458d02c04fc44': [
    ['thousands', 2000, 'vague', [2000, 9999]],
    ['26 thousand', 26000, 'exact', [26000, 26000]],
    ['5', 5, 'exact', [5, 5]], // "from 5 directions"
    ['130', 130, 'exact', [130, 130]],
    ['147', 147, 'exact', [147, 147]],
    ['About one million', 1000000, 'about', [900000, 1100000]],
    ['tens of thousands', 20000, 'vague', [20000, 99999]],
  ],
  '003_7ed391cfc077d790': [
    ['twenty six thousand', 26000, 'exact', [26000, 26000]],
    ['more than 130', 130, 'more-than', [131, null]],
    ['700', 700, 'exact', [700, 700]],
    ['hundreds', 200, 'vague', [200, 999]],
    ['Hundreds', 200, 'vague', [200, 999]],
    ['200.000', 200000, 'exact', [200000, 200000]],
    ['hundreds of thousands', 200000, 'vague', [200000, 999999]],
  ],
  '004_1b6d2751a6b6d7cc': [
    ['more than 130', 130, 'more-than', [131, null]],
    ['hundreds', 200, 'vague', [200, 999]],
    ['hundreds of thousands', 200000, 'vague', [200000, 999999]],
    ['26,000', 26000, 'exact', [26000, 26000]],
    ['five', 5, 'exact', [5, 5]],
    ['130', 130, 'exact', [130, 130]],
    ['147', 147, 'exact', [147, 147]],
    ['Some 744', 744, 'about', [670, 818]],
    ['about 400', 400, 'about', [360, 440]],
    ['About 1 million', 1000000, 'about', [900000, 1100000]],
  ],
};

/**
 * Numbers that must be read a given way: [file, text, value, qualifier, role]. The text is
 * found at its first occurrence, or inside the first occurrence of "context ⟨text⟩ context".
 */
const READINGS: readonly (readonly [string, string, number, Qualifier, NumberRole])[] = [
  ['003_7ed391cfc077d790', 'more than 130', 130, 'more-than', 'count'],
  ['004_1b6d2751a6b6d7cc', 'more than 130', 130, 'more-than', 'count'],
  ['003_7ed391cfc077d790', '200.000', 200000, 'exact', 'count'],
  ['003_7ed391cfc077d790', 'twenty six thousand', 26000, 'exact', 'count'],
  ['002_b3d458d02c04fc44', '26 thousand', 26000, 'exact', 'count'],
  ['004_1b6d2751a6b6d7cc', '26,000', 26000, 'exact', 'count'],
  ['002_b3d458d02c04fc44', 'About one million', 1000000, 'about', 'count'],
  ['004_1b6d2751a6b6d7cc', 'Some 744', 744, 'about', 'count'],
  ['004_1b6d2751a6b6d7cc', 'about 400', 400, 'about', 'count'],
  ['002_b3d458d02c04fc44', 'tens of thousands', 20000, 'vague', 'count'],
  ['003_7ed391cfc077d790', 'hundreds of thousands', 200000, 'vague', 'count'],
  ['003_7ed391cfc077d790', '15™', 15, 'exact', 'ordinal'],
  ['000_6c055e54e4f93b34', '30th', 30, 'exact', 'ordinal'],
  ['004_1b6d2751a6b6d7cc', '31st', 31, 'exact', 'ordinal'],
  ['001_b8b9b0416edd14c3', '35th', 35, 'exact', 'ordinal'],
  ['000_6c055e54e4f93b34', '70', 70, 'exact', 'age'],
  ['003_7ed391cfc077d790', 'seven', 7, 'exact', 'age'],
  ['000_6c055e54e4f93b34', '1956', 1956, 'exact', 'year'],
  ['002_b3d458d02c04fc44', '1918', 1918, 'exact', 'year'],
  ['004_1b6d2751a6b6d7cc', '19-20', 19, 'range', 'date'],
  ['001_b8b9b0416edd14c3', 'three', 3, 'exact', 'count'],
  ['002_b3d458d02c04fc44', '35', 35, 'exact', 'measure'],
  ['000_6c055e54e4f93b34', 'army ⟨30⟩ years ago', 30, 'exact', 'measure'],
];

describe.skipIf(!hasCorpus)('black-january reports', () => {
  it.each(FILES)('%s: the count-role numbers', (file) => {
    const text = read(file);
    const mentions = extractNumbers(text, file);
    expectInvariants(text, mentions);
    const counts = mentions.filter((m) => m.role === 'count');
    expect(
      counts.map((m) => [m.text, m.value, m.qualifier, m.interval]),
      show(counts),
    ).toEqual(COUNTS[file]);
  });

  it.each(READINGS)('%s: %s', (file, pattern, value, qualifier, role) => {
    const source = read(file);
    const [before = '', text = pattern, after = ''] = pattern.includes('⟨') ? pattern.split(/[⟨⟩]/) : ['', pattern, ''];
    const start = source.indexOf(before + text + after) + before.length;
    const found = extractNumbers(source, file).find((m) => m.span.start === start && m.text === text);
    expect(found, `no mention [${text}] at ${start}`).toBeDefined();
    expect([found?.value, found?.qualifier, found?.role]).toEqual([value, qualifier, role]);
  });
});
