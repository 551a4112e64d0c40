import { describe, expect, it } from 'vitest';
import { CHROME_FLAG, foldWord, isMultiplierCode, isStopCode, stemWord, tokenHashes, WordFolder } from '../../../src/stages/lineage/fold.js';

describe('foldWord: spelling variants meet', () => {
  // [variant, variant, why]
  const rows: [string, string, string][] = [
    ['armoured', 'armored', 'British -our'],
    ['Armour', 'armor', 'case and -our'],
    ['colours', 'color', '-our with plural'],
    ['neighbourhood', 'neighborhood', '-our inside a compound'],
    ['centre', 'center', '-re/-er'],
    ['centres', 'centered', '-re/-er with inflections'],
    ['organised', 'organized', '-ise/-ize'],
    ['organisation', 'organization', '-isation/-ization'],
    ['analysed', 'analyzed', '-yse/-yze'],
    ['defence', 'defense', '-ence/-ense'],
    ['travelled', 'traveled', 'doubled consonant'],
    ['catalogue', 'catalog', '-ogue'],
    ['programme', 'program', '-mme'],
    ['grey', 'gray', 'listed variant'],
    ['entrances', 'entrance', 'plural'],
    ['vehicles', 'vehicle', 'plural of a word ending in e'],
    ['entered', 'enter', 'past tense'],
    ['shooting', 'shoot', '-ing'],
    ['stopped', 'stop', 'doubled consonant before -ed'],
    ['cities', 'city', '-ies'],
    ['carried', 'carry', '-ied'],
    ['Azerbaijan’s', 'azerbaijan', 'curly possessive'],
    ["people's", 'people', 'straight possessive'],
    ['Lənkəran', 'lenkeran', 'transliteration'],
    ['Горбачёв', 'gorbachev', 'Cyrillic'],
  ];
  it.each(rows)('%s ~ %s (%s)', (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
    expect(foldWord(a).length).toBeGreaterThan(1);
  });
});

describe('foldWord: different words stay apart', () => {
  const rows: [string, string][] = [
    ['shooter', 'shoot'],
    ['police', 'policy'],
    ['hour', 'her'],
    ['four', 'for'],
    ['armed', 'army'],
    ['injured', 'insured'],
    ['journal', 'general'],
    ['sources', 'sores'],
  ];
  it.each(rows)('%s != %s', (a, b) => {
    expect(foldWord(a)).not.toBe(foldWord(b));
  });
});

describe('stemWord', () => {
  it('leaves short words alone', () => {
    expect(stemWord('bus')).toBe('bus');
    expect(stemWord('is')).toBe('is');
  });
  it('does not strip -s from -ss, -us, -is', () => {
    expect(stemWord('status')).toBe('status');
    expect(stemWord('crisis')).toBe('crisiz');
    expect(stemWord('witness')).toBe('witnes');
    expect(stemWord('witnesses')).toBe(stemWord('witness'));
  });
});

describe('WordFolder', () => {
  const folder = new WordFolder();
  it('gives variants one content id', () => {
    expect(folder.code('Armoured')).toBe(folder.code('armored'));
    expect(folder.code('Armoured')).toBeGreaterThanOrEqual(0);
  });
  it('marks stopwords and reporting verbs', () => {
    for (const word of ['the', 'The', 'said', 'according', 'would', 'they']) expect(isStopCode(folder.code(word)), word).toBe(true);
    expect(folder.code('The')).toBe(folder.code('the'));
    expect(folder.code('of')).not.toBe(folder.code('the'));
    expect(isStopCode(folder.code('armored'))).toBe(false);
    expect(isStopCode(folder.code('five'))).toBe(false);
  });
  it('codes number words by value, and knows the multipliers', () => {
    expect(folder.code('five')).toBe(-(5 + 2));
    expect(folder.code('Twenty')).toBe(-(20 + 2));
    expect(isMultiplierCode(folder.code('thousand'))).toBe(true);
    expect(isMultiplierCode(folder.code('five'))).toBe(false);
    expect(isMultiplierCode(folder.code('armored'))).toBe(false);
  });
  it('flags web chrome words', () => {
    expect(folder.code('newsletter')).toBeGreaterThanOrEqual(CHROME_FLAG);
    expect(folder.code('Copyright')).toBeGreaterThanOrEqual(CHROME_FLAG);
    expect(folder.code('hospital')).toBeLessThan(CHROME_FLAG);
  });
  it('answers the same from its cache as on first sight, also after growing and clearing', () => {
    const small = new WordFolder(50);
    const words = Array.from({ length: 300 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`);
    const first = words.map((w) => small.code(w));
    const again = words.map((w) => small.code(w));
    expect(again).toEqual(first);
    expect(small.size).toBeLessThanOrEqual(50);
  });
  it('hashes a token the same inline and standalone', () => {
    const text = 'the armored vehicles';
    expect(tokenHashes(text, 4, 11)).toEqual(tokenHashes('armored', 0, 7));
  });
});
