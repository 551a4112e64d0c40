import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import anyAscii from 'any-ascii';
import { foldName, skeletonKey } from '../../../src/stages/entities/keys.js';

/** The definition `foldName` implements in single passes: the alternations as regular expressions, in order. */
function foldByDefinition(name: string): string {
  let s = anyAscii(name).toLowerCase().replace(/-/g, ' ').replace(/[^a-z ]+/g, '').replace(/\s+/g, ' ').trim();
  const alternations: [RegExp, string][] = [[/kh/g, 'h'], [/t?ch/g, 'c'], [/sh/g, 's'], [/zh/g, 'j'], [/([bcdfghjklmnpqrstvwxz])y([aeiou])/g, '$1$2'], [/y/g, 'i'], [/([a-z])\1+/g, '$1']];
  for (const [pattern, replacement] of alternations) s = s.replace(pattern, replacement);
  return s;
}

describe('foldName', () => {
  const cases: [string, string][] = [
    ['Lənkəran', 'lenkeran'],
    ['Lankyaran', 'lankaran'],
    ['Khazar', 'hazar'],
    ['Gorbachov', 'gorbacov'],
    ['Tchaikovsky', 'caikovski'],
    ['Zhytomyr', 'jitomir'],
    ['Nagorno-Karabakh', 'nagorno karabah'],
    ['  Anna  -  Lee ', 'ana le'],
  ];
  it.each(cases)('%s -> %s', (name, folded) => expect(foldName(name)).toBe(folded));

  it('equals the alternations applied as regular expressions, for any name', () => {
    const letters = fc.constantFrom(...'aeiouykhtcszjbnmrlAEKHYTCSZ- .\'ə'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 16 }), (chars) => {
        const name = chars.join('');
        expect(foldName(name)).toBe(foldByDefinition(name));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('skeletonKey', () => {
  const cases: [string, string][] = [
    ['Baku', 'bk'],
    ['Baky', 'bk'],
    ['Gorbachev', 'grbcv'],
    ['Upper Karabakh', '^krbh'],
    ['Nagorno-Karabakh', '^krbh'],
    ['Karabakh', 'krbh'],
    ['', ''],
  ];
  it.each(cases)('%j -> %j', (name, key) => expect(skeletonKey(name)).toBe(key));
});
