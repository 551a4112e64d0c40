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
};
const GAZETTEER: Gazetteer = {
  lookup: (name) => PLACES[name.toLowerCase()] ?? [],
  lookupVariant: (name, countries) => (countries.has('AZ') && /^bak[uy]$/i.test(name) ? PLACES['baku']! : []),
  usState: (name) => (/^okla\.?$/i.test(name) ? { name: 'Oklahoma', country: 'US', region: 'Oklahoma', precision: 'region' } : undefined),
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
  it('Human Rights Watch and Soviet Army are never persons, even before "said"', () => {
    const text = 'Human Rights Watch said so. The Soviet Army said nothing.';
    const types = recognizeEntities(doc(text), { gazetteer: GAZETTEER }).map((m) => [m.name, m.type]);
    expect(types).toEqual([['Human Rights Watch', 'organization'], ['Soviet Army', 'organization']]);
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
