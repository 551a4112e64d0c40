import { describe, expect, it } from 'vitest';
import { givenNameSex, isCommonWord, isGivenName } from '../../../src/stages/entities/lexicon.js';

describe('isCommonWord', () => {
  it('knows common English words in any case and with a possessive', () => {
    for (const word of ['Came', 'come', 'FORTY', "Person's", 'House', 'neighbor', 'shortly']) expect(isCommonWord(word), word).toBe(true);
  });
  it('does not know names, whether romanized or not', () => {
    for (const word of ['Gorbachov', 'Gorbachev', 'Cuomo', 'Lenkeran', 'Baky', 'Guliyev', 'Miklaszewski']) expect(isCommonWord(word), word).toBe(false);
  });
});

describe('isGivenName', () => {
  it('knows given names, common words among them', () => {
    for (const name of ['Mark', 'holly', 'BILL', 'Kristen']) expect(isGivenName(name), name).toBe(true);
    for (const word of ['Crime', 'Medical', 'Gorbachev']) expect(isGivenName(word), word).toBe(false);
  });
});

describe('givenNameSex', () => {
  it('gives the sex of a name given to one sex only, none for a name given to both or none', () => {
    expect(givenNameSex('Lorraine')).toBe('f');
    expect(givenNameSex('marcus')).toBe('m');
    expect(givenNameSex('Jordan')).toBeUndefined();
    expect(givenNameSex('Crime')).toBeUndefined();
  });
});
