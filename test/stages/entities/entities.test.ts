import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import type { PlaceInfo } from '../../../src/model/entity.js';
import type { Gazetteer } from '../../../src/stages/entities/gazetteer.js';
import { recognizeEntities } from '../../../src/stages/entities/recognize.js';
import { mergeEntities } from '../../../src/stages/entities/canonical.js';
import { isSpellingVariant, skeletonKey } from '../../../src/stages/entities/keys.js';

/** A small gazetteer, so that the tests do not depend on the package's data. */
const PLACES: Record<string, PlaceInfo[]> = {
  baku: [{ name: 'Baku', country: 'AZ', region: '09', precision: 'city', lat: 40.38, lon: 49.89, population: 1116513 }],
  azerbaijan: [{ name: 'Azerbaijan', country: 'AZ', precision: 'country' }],
  tulsa: [{ name: 'Tulsa', country: 'US', region: 'Oklahoma', precision: 'city', lat: 36.15, lon: -95.99, population: 403505 }],
  // Two towns of one name: the larger one is not the one a North Carolina report means.
  smithfield: [
    { name: 'Smithfield', country: 'US', region: 'Rhode Island', precision: 'city', lat: 41.92, lon: -71.55, population: 21430 },
    { name: 'Smithfield', country: 'US', region: 'North Carolina', precision: 'city', lat: 35.51, lon: -78.34, population: 12000 },
  ],
  'north carolina': [{ name: 'North Carolina', country: 'US', region: 'North Carolina', precision: 'region' }],
  granger: [{ name: 'Granger', country: 'US', region: 'Indiana', precision: 'city', lat: 41.75, lon: -86.11, population: 30465 }],
  buckeye: [{ name: 'Buckeye', country: 'US', region: 'Arizona', precision: 'city', lat: 33.37, lon: -112.58, population: 56683 }],
  philadelphia: [{ name: 'Philadelphia', country: 'US', region: 'Pennsylvania', precision: 'city', lat: 39.95, lon: -75.16, population: 1567442 }],
  denton: [{ name: 'Denton', country: 'US', region: 'Texas', precision: 'city', lat: 33.21, lon: -97.13, population: 131044 }],
  miami: [{ name: 'Miami', country: 'US', region: 'Florida', precision: 'city', lat: 25.77, lon: -80.19, population: 441003 }],
  side: [{ name: 'Side', country: 'TR', region: '07', precision: 'city', lat: 36.77, lon: 31.39, population: 11000 }],
  'd.c.': [{ name: 'Washington, D.C.', country: 'US', region: 'District of Columbia', precision: 'city', lat: 38.9, lon: -77.04, population: 601723 }],
};
const STATES: Record<string, string> = { 'okla.': 'Oklahoma', okla: 'Oklahoma', 'n.c.': 'North Carolina' };
const GAZETTEER: Gazetteer = {
  lookup: (name) => PLACES[name.toLowerCase()] ?? [],
  lookupVariant: (name, countries) => (countries.has('AZ') && /^bak[uy]$/i.test(name) ? PLACES['baku']! : []),
  usState: (name) => {
    const state = STATES[name.toLowerCase()];
    return state ? { name: state, country: 'US', region: state, precision: 'region' } : undefined;
  },
};

function doc(text: string, id = 'd'): SourceDoc {
  return { id, path: `${id}.txt`, language: 'en', text, raw: text, offsets: { toRaw: (o) => o } };
}

function find(text: string, name: string) {
  return recognizeEntities(doc(text), { gazetteer: GAZETTEER }).find((m) => m.name === name);
}

describe('recognizeEntities', () => {
  const cases: [string, string, string, string, number, string | undefined][] = [
    // text, name, type, rule, start, title
    ['Soviet leader Mikhail Gorbachev ordered it.', 'Mikhail Gorbachev', 'person', 'en/entity/title', 14, 'leader'],
    ['said Louisiana State Police Trooper Stephen Hammons on Friday.', 'Stephen Hammons', 'person', 'en/entity/title', 36, 'Trooper'],
    ['said Louisiana State Police Trooper Stephen Hammons on Friday.', 'Louisiana State Police', 'organization', 'en/entity/organization-head', 5, undefined],
    ['Ambassador Vilayat Guliyev spoke.', 'Vilayat Guliyev', 'person', 'en/entity/title', 11, 'Ambassador'],
    ['"We stay," Khazar Ibrahim told reporters.', 'Khazar Ibrahim', 'person', 'en/entity/speech', 11, undefined],
    ['The troops entered Baku at night.', 'Baku', 'place', 'en/entity/gazetteer', 19, undefined],
    ['According to a Human Rights Watch report, many died.', 'Human Rights Watch', 'organization', 'en/entity/organization-head', 15, undefined],
    ['The Soviet Army entered the city.', 'Soviet Army', 'organization', 'en/entity/organization-head', 4, undefined],
    ['The Upper Karabakh issue grew.', 'Upper Karabakh', 'place', 'en/entity/place-prefix', 4, undefined],
  ];
  it.each(cases)('%s -> %s', (text, name, type, rule, start, title) => {
    const m = find(text, name);
    expect(m?.type).toBe(type);
    expect(m?.rule).toBe(rule);
    expect(m?.span.start).toBe(start);
    expect(m?.span.end).toBe(start + name.length);
    expect(m?.text).toBe(text.slice(start, start + name.length));
    expect(m?.title).toBe(title);
  });

  it('links a surname alone to the full name of the document', () => {
    const text = 'Trooper Stephen Hammons arrived. Later Hammons left.';
    const m = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).find((x) => x.span.start === 39);
    expect(m).toMatchObject({ name: 'Hammons', type: 'person', span: { start: 39, end: 46 } });
  });

  const negatives: [string, string][] = [
    ['This massacre entered history as Black January.', 'Black January'],
    ['Leave a Reply', 'Leave'],
    ['Leave a Reply', 'Reply'],
  ];
  it.each(negatives)('%s: %s is no person', (text, name) => {
    const persons = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).filter((m) => m.type === 'person' && m.name.includes(name));
    expect(persons).toEqual([]);
  });
  it('a title ending a sentence is no title of the next one ("a police spokesman.\\n\\nAfterward")', () => {
    const text = 'Shots were fired, said a police spokesman.\n\nAfterward, casings remained. He met the spokesman. Afterward Smith left.';
    expect(recognizeEntities(doc(text), { gazetteer: GAZETTEER }).filter((m) => m.type === 'person')).toEqual([]);
  });
  it('one name that speaks is a person ("Herrera said"), unless the report writes it in lowercase ("Officials said" ... "officials")', () => {
    const persons = (text: string) => recognizeEntities(doc(text), { gazetteer: GAZETTEER }).filter((m) => m.type === 'person').map((m) => m.name);
    expect(persons('Herrera said the shooting felt too close.')).toEqual(['Herrera']);
    expect(persons('Officials said two died. The officials left.')).toEqual([]);
    expect(persons('HERRERA said nothing.')).toEqual([]);
    expect(persons('Witnesses said a car sped away.')).toEqual([]);
    expect(persons('Neighbours said it was loud. One neighbour ran.')).toEqual([]);
  });
  it('Human Rights Watch and Soviet Army are never persons, even before "said"', () => {
    const text = 'Human Rights Watch said so. The Soviet Army said nothing.';
    const types = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).map((m) => [m.name, m.type]);
    expect(types).toEqual([['Human Rights Watch', 'organization'], ['Soviet Army', 'organization']]);
  });
});

describe('recognizeEntities: place cues', () => {
  const cases: [string, string, string, string, number][] = [
    // text, mention text, rule, the place it reads (name, region), start
    ['SMITHFIELD, N.C. — Four people were shot.', 'SMITHFIELD', 'en/entity/dateline', 'Smithfield, North Carolina', 0],
    ['Four teens were shot at a party in Granger on Sunday.', 'Granger', 'en/entity/place-event', 'Granger, Indiana', 35],
    ['The party in Granger went on.', 'Granger', 'en/entity/place-in', 'Granger, Indiana', 13],
    // Where someone was taken is no strong cue, even after an event word.
    ['The boy was shot and taken to a hospital in Tulsa.', 'Tulsa', 'en/entity/place-preposition', 'Tulsa, Oklahoma', 44],
    ['The Tulsa Police Department said two men died.', 'Tulsa', 'en/entity/place-police', 'Tulsa, Oklahoma', 4],
    ['A Tulsa man was charged on Monday.', 'Tulsa', 'en/entity/place-modifier', 'Tulsa, Oklahoma', 2],
    ['Buckeye police are investigating the death.', 'Buckeye', 'en/entity/place-police', 'Buckeye, Arizona', 0],
    ['The block party in West Philadelphia ended in gunfire.', 'West Philadelphia', 'en/entity/place-section', 'Philadelphia, Pennsylvania', 19],
    ['A man was shot in Smithfield. The North Carolina State Bureau of Investigation is looking into it.', 'Smithfield', 'en/entity/place-event-in-state', 'Smithfield, North Carolina', 18],
    ['A man lives in Smithfield. The North Carolina State Bureau of Investigation is looking into it.', 'Smithfield', 'en/entity/place-in-state', 'Smithfield, North Carolina', 15],
    ['Police in D.C. said five people were hurt.', 'D.C.', 'en/entity/place-in', 'Washington, D.C., District of Columbia', 10],
  ];
  it.each(cases)('%s -> %s', (text, mention, rule, place, start) => {
    const m = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).find((x) => x.text === mention);
    expect(m).toMatchObject({ type: 'place', rule, span: { start, end: start + mention.length } });
    expect(`${m?.place?.name}, ${m?.place?.region}`).toBe(place);
  });

  it('a dash between spaces ends a name: "MIAMI - The Miami-Dade Police Department"', () => {
    const text = 'MIAMI - The Miami-Dade Police Department said two men died.';
    const mentions = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).map((m) => [m.text, m.type, m.span.start]);
    expect(mentions).toEqual([['MIAMI', 'place', 0], ['Miami-Dade Police Department', 'organization', 12]]);
  });

  it('"in Philadelphia\'s Kensington section": the city, then a part of it (a point)', () => {
    const text = 'Two men were shot in Philadelphia\'s Kensington section.';
    const mentions = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).map((m) => [m.text, m.rule, m.place?.name, m.place?.precision]);
    expect(mentions).toEqual([
      ["Philadelphia's", 'en/entity/place-event', 'Philadelphia', 'city'],
      ['Kensington', 'en/entity/place-part', 'Kensington', 'point'],
    ]);
  });

  it('"Perez\'s Tulsa home": a possessive typed no place keeps the run whole', () => {
    const text = "Police searched Perez's Tulsa home on Friday.";
    expect(recognizeEntities(doc(text), { gazetteer: GAZETTEER }).filter((m) => m.rule === 'en/entity/place-part')).toEqual([]);
  });

  it('the outlet named in a headline is not a cue of the event ("- KOTV 6 Tulsa, Okla.")', () => {
    const text = 'Man shot on Friday - KOTV 6 Tulsa, Okla.\nA man was shot in Granger.';
    const tulsa = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).find((m) => m.name === 'Tulsa');
    expect(tulsa).toMatchObject({ rule: 'en/entity/place-outlet', span: { start: 28, end: 33 } });
  });

  it('no spelling variants of the towns of English-speaking countries ("Boys" in a Tulsa report is no Boise)', () => {
    const boise: PlaceInfo = { name: 'Boise', country: 'US', region: 'Idaho', precision: 'city', lat: 43.6, lon: -116.2, population: 145987 };
    const gazetteer: Gazetteer = { ...GAZETTEER, lookupVariant: (name, countries) => (name === 'Boys' && countries.size > 0 ? [boise] : []) };
    const text = 'A man was shot in Tulsa, Okla. The Boys Club said nothing. Boys ran.';
    expect(recognizeEntities(doc(text), { gazetteer }).filter((m) => m.place?.name === 'Boise')).toEqual([]);
  });

  const negatives: [string, string][] = [
    // A surname of the document with a weak cue is the person, not the Texas city.
    ['Robert Seth Denton was charged on Monday. A lawyer for Denton asked for a lower bond.', 'Denton'],
    // "South Side": only a large city has named parts; Side is a small town in Turkey.
    ['He was shot on the South Side on Friday.', 'Side'],
  ];
  it.each(negatives)('%s: %s is no place', (text, name) => {
    const places = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).filter((m) => m.type === 'place' && m.text.includes(name));
    expect(places).toEqual([]);
  });
  it('a head word alone opening a sentence is no organization ("Police said")', () => {
    const text = 'Police said the man ran. They called the Kremlin.';
    expect(recognizeEntities(doc(text), { gazetteer: GAZETTEER }).map((m) => [m.text, m.type, m.span.start])).toEqual([['Kremlin', 'organization', 41]]);
  });
});

describe('spelling keys', () => {
  const variants: [string, string, boolean][] = [
    ['Baku', 'Baky', true],
    ['Lenkeran', 'Lankyaran', true],
    ['Gorbachev', 'Gorbachov', true],
    ['Khazar', 'Hazar', true],
    ['Smith', 'Jones', false],
    ['Black', 'Bilecik', false],
    ['Baku', 'Bak', false],
  ];
  it.each(variants)('%s ~ %s: %s', (a, b, expected) => expect(isSpellingVariant(a, b)).toBe(expected));
  it('"Nagorno-" and "Upper" translate one another; the bare name stays apart', () => {
    expect(skeletonKey('Nagorno-Karabakh')).toBe(skeletonKey('Upper Karabakh'));
    expect(skeletonKey('Karabakh')).not.toBe(skeletonKey('Upper Karabakh'));
  });
});

describe('mergeEntities', () => {
  it('merges spellings across documents and keeps different people apart', () => {
    const a = doc('Soviet leader Mikhail Gorbachev ordered troops into Baku. John Smith said so.', 'a');
    const b = doc('Gorbachov said nothing, and Jane Smith said so. Baky was quiet in Azerbaijan.', 'b');
    const entities = mergeEntities([a, b].map((d) => ({ doc: d.id, mentions: recognizeEntities(d, { gazetteer: GAZETTEER }) })));
    const byName = new Map(entities.map((e) => [e.name, e]));
    expect(byName.get('Mikhail Gorbachev')?.aliases).toEqual(['Gorbachov']);
    expect(byName.get('Mikhail Gorbachev')?.mentions.map((m) => [m.doc, m.span.start, m.span.end])).toEqual([['a', 14, 31], ['b', 0, 9]]);
    expect(byName.get('Baku')?.aliases).toEqual(['Baky']);
    expect(byName.get('John Smith')).toBeDefined();
    expect(byName.get('Jane Smith')).toBeDefined();
  });
});
