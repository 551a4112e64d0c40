import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import type { Gazetteer } from '../../../src/stages/entities/gazetteer.js';
import { recognizeEntities } from '../../../src/stages/entities/recognize.js';
import { extractActors, groupActors } from '../../../src/stages/entities/actors.js';

const EMPTY: Gazetteer = { lookup: () => [], lookupVariant: () => [], usState: () => undefined };

function actorsOf(text: string): [string, string, string][] {
  const d: SourceDoc = { id: 'd', path: 'd.txt', language: 'en', text, raw: text, offsets: { toRaw: (o) => o } };
  const found = extractActors(d, recognizeEntities(d, { gazetteer: EMPTY }));
  for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  return found.map((a) => [a.role, a.text, a.rule]);
}

describe('extractActors', () => {
  const cases: [string, [string, string, string][]][] = [
    ['A gunman opened fire on a crowd at the party.', [['perpetrator', 'A gunman', 'en/actor/active'], ['target', 'a crowd', 'en/actor/active']]],
    ['Police shot the suspect after a chase.', [['responder', 'Police', 'en/actor/active'], ['target', 'the suspect', 'en/actor/active']]],
    // a photo credit in brackets before the subject is no part of it
    ['(Bryan Chan / Velmora Times) Police shot the suspect after a chase.', [['responder', 'Police', 'en/actor/active'], ['target', 'the suspect', 'en/actor/active']]],
    ['Police said a man shot his wife in the head.', [['perpetrator', 'a man', 'en/actor/active'], ['target', 'his wife', 'en/actor/active']]],
    ['The boy was shot by his 5-year-old brother.', [['target', 'The boy', 'en/actor/passive'], ['perpetrator', 'his 5-year-old brother', 'en/actor/passive']]],
    ['Deputies arrested Tristan Crayton, 28, on Monday.', [['responder', 'Deputies', 'en/actor/arrest'], ['perpetrator', 'Tristan Crayton', 'en/actor/arrest']]],
    ['The suspect was taken into custody.', [['perpetrator', 'The suspect', 'en/actor/arrested']]],
    // people arrested as suspects, in few; not people detained in numbers, nor protesters
    ['Three people were taken into custody.', [['perpetrator', 'Three people', 'en/actor/arrested']]],
    ['Officers responded to the 2200 block of Banks Lane.', [['responder', 'Officers', 'en/actor/responded']]],
    // people held only for questioning, or let go, are no perpetrators; the police who held them respond
    ['Police detained two men for questioning and later released them.', [['responder', 'Police', 'en/actor/arrest']]],
    // a group that claims the attack
    ['Boko Haram claimed responsibility for the raid on Tuesday.', [['perpetrator', 'Boko Haram', 'en/actor/claimed']]],
    ["The Islamic State said it carried out Saturday's bombing.", [['perpetrator', 'Islamic State', 'en/actor/claimed']]],
    ['The banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the bombing.', [['perpetrator', 'TTP', 'en/actor/claimed']]],
  ];
  it.each(cases)('%s', (text, expected) => expect(actorsOf(text)).toEqual(expected));

  const negatives: string[] = [
    // A pronoun names nobody; a capitalized word no cue typed is no actor.
    'He shot himself in the chest.',
    'Monday Night Football was shot in Tulsa.',
    'The photos were shot by a drone.',
    'More than 300 people were detained in the capital that day.',
    'Police said dozens of people were rounded up.',
    'Dozens of protesters were arrested.',
    'Two individuals were detained for questioning and released.',
    'No group has claimed responsibility for the attack.',
    'The ministry said it carried out an investigation.',
    'One person was detained after the shooting but later released.',
    '',
  ];
  it.each(negatives)('no actor in %j', (text) => expect(actorsOf(text)).toEqual([]));

  it('groups one actor across wordings that differ only in their article', () => {
    const d: SourceDoc = { id: 'd', path: 'd.txt', language: 'en', text: 'A gunman shot a man. The gunman was arrested.', raw: '', offsets: { toRaw: (o) => o } };
    const groups = groupActors(extractActors(d, []));
    expect(groups.map((g) => [g.role, g.name, g.mentions.length])).toEqual([
      ['perpetrator', 'A gunman', 2],
      ['target', 'a man', 1],
    ]);
  });
});
