import { describe, expect, it } from 'vitest';
import type { NumberRole } from '../../../../src/model/mention.js';
import { extractNumbers } from '../../../../src/stages/extract/numbers/index.js';
import { expectInvariants, show } from './table.js';

// Text that must produce no number at all.
const NOTHING: readonly string[] = [
  'see http://www.wsoctv.com/news/local/one-shot/486561279 for more',
  'https://example.com/2016/12/24/at-least-one-dead.html',
  'visit www.postandcourier.com/homicides2016 today',
  'email tips123@example.com or @WSOC9 on Twitter',
  'one of the victims was a woman',
  'No one was hurt',
  'no-one was hurt',
  'the one who fired',
  'they shot at one another',
  'mourning their loved one',
  "everyone knew one's name",
  'a couple was found dead',
  'many people were hurt',
  'numerous people were hurt',
  'a number of people were hurt',
  'a second shooting happened',
  'in Thousand Oaks',
  'the Million Man March',
  'someone and anyone',
  'often, they tend to be attentive',
  'a shooting; a woman; a man',
  'Hundred Years War is not a count',
  '',
  '   \n\t ',
];

// Text whose numbers are identifiers or the like: nothing a claim could count.
const NO_QUANTITY: readonly string[] = [
  'version 2.3.1 is out',
  'update to v2.3 now',
  'the server at 192.168.0.1',
  'call 555-1234 or (212) 555-1234',
  'call 1-800-555-1234 today',
  'product code XR12.5%B is sold out',
  'the SKU AB-12.5% kit',
  'Wilson, NC 27893',
  'ZIP code All 21201 21202 21205',
  'COVID-19 cases',
  'north on I-95 near exit 12',
  'open 24/7',
  'after 9/11',
  'a 3-1 win over the Hawks',
  'they won 21-14',
  'a 2-2 draw',
  'called 911',
  'Route 66 and Interstate 10',
  'an AK-47 and an F-16',
  'text TIPLA to 274637',
  'Crime Stoppers at 601-355-TIPS',
  'Crime Stoppers of Michigan at 1-800-SPEAK-UP',
  'in the 2200 block of Banks Lane',
  'the H1N1 flu',
];

const QUANTITY_ROLES: ReadonlySet<NumberRole> = new Set(['count', 'money', 'percent', 'measure', 'age']);

describe('negative: no number at all', () => {
  it.each(NOTHING)('%j', (input) => {
    const mentions = extractNumbers(input, 'test');
    expect(mentions, show(mentions)).toEqual([]);
  });
});

describe('negative: no quantity, only codes, phones and dates', () => {
  it.each(NO_QUANTITY)('%j', (input) => {
    const mentions = extractNumbers(input, 'test');
    expectInvariants(input, mentions);
    const quantities = mentions.filter((m) => QUANTITY_ROLES.has(m.role));
    expect(quantities, show(quantities)).toEqual([]);
  });
});
