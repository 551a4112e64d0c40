import { describe, expect, it } from 'vitest';
import { buildDossier, createContext } from '../../src/index.js';
import { withCanonicalSpeakers } from '../../src/pipeline/build.js';
import type { Entity } from '../../src/model/entity.js';

const context = () => createContext({ now: new Date('2030-01-01T00:00:00Z') });

/** The dossier of two reports, `a` and `b` (publication day and text each), as one event. */
function twoReports(a: readonly [string, string], b: readonly [string, string]): ReturnType<typeof buildDossier> {
  return buildDossier(
    [
      { id: 'a', path: 'a.txt', published: a[0], text: a[1] },
      { id: 'b', path: 'b.txt', published: b[0], text: b[1] },
    ],
    context(),
    undefined,
    { grouping: 'one' },
  );
}

describe("a quote's speaker", () => {
  it("is named as the dossier's entity is, whatever the quote's report spells", () => {
    const a = 'Bomb kills 19 in Peshawar\n\nPolice officer Muhammad Ijaz Khan said the bomb was hidden in a motorcycle. "We are checking the cameras," Muhammad Ijaz Khan said. Muhammad Ijaz Khan leads the inquiry.';
    const b = 'Toll rises to 27\n\n"Three men have been detained," said police officer Mohammad Ijaz Khan on Wednesday.';
    const dossier = twoReports(['2023-11-14', a], ['2023-11-15', b]);
    const people = dossier.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, [...e.aliases].sort()])).toEqual([['Muhammad Ijaz Khan', ['Mohammad Ijaz Khan', 'Muhammad Ijaz Khan']]]);
    const quotes = dossier.events[0]?.quotes ?? [];
    expect(quotes.map((q) => [q.doc, q.speaker])).toEqual([
      ['a', 'Muhammad Ijaz Khan'],
      ['b', 'Muhammad Ijaz Khan'],
    ]);
  });

  it("who is named by surname alone is the person of the report with that surname", () => {
    const text = 'Officer Ana Medina arrived first.\n\n"The house has been shot," Medina recalled.';
    const dossier = buildDossier([{ id: 'a', path: 'a.txt', published: '2016-05-01', text }], context());
    expect(dossier.events[0]?.quotes.map((q) => q.speaker)).toEqual(['Ana Medina']);
  });

  it('named by a surname that people of several other reports have stays as its report spells it; one such person names it', () => {
    const person = (id: string, name: string, doc: string): Entity => ({ id, type: 'person', name, aliases: ['Thompson'], titles: [], mentions: [{ doc, span: { doc, start: 0, end: 5 }, text: 'Thompson' }] });
    const event = { id: 'e1', title: 't', date: null, places: [], documents: ['a', 'b', 'c'], figures: [], timeline: [], actors: [], quotes: [{ speaker: 'Thompson', text: 'We heard three shots.', doc: 'c', span: [40, 61] as const }] };
    const zach = person('person-1', 'Zach Thompson', 'a');
    const brei = person('person-2', 'Brei Thompson', 'b');
    expect(withCanonicalSpeakers([event], [zach, brei])[0]?.quotes.map((q) => q.speaker)).toEqual(['Thompson']);
    expect(withCanonicalSpeakers([event], [zach])[0]?.quotes.map((q) => q.speaker)).toEqual(['Zach Thompson']);
  });
});

describe('the same quote in several reports', () => {
  it('is one quote, with the copies in alsoIn; other words or another speaker stay apart', () => {
    const wire = 'Gunmen attack market\n\n"I heard shots and then everyone was running," said Amina Qorel, a trader.';
    const copy = 'Market attack kills 12\n\n“I heard shots and then  everyone was running,” said Amina Qorel, a trader. "We hid under the stalls," said Amina Qorel.';
    const dossier = twoReports(['2019-03-16', wire], ['2019-03-16', copy]);
    const quotes = dossier.events[0]?.quotes ?? [];
    expect(quotes.map((q) => [q.doc, q.text.slice(0, 14), (q.alsoIn ?? []).map((o) => o.doc)])).toEqual([
      ['a', 'I heard shots ', ['b']],
      ['b', 'We hid under t', []],
    ]);
    // each copy points at its own passage
    const copySpan = quotes[0]?.alsoIn?.[0]?.span;
    expect(copySpan && copy.slice(copySpan[0], copySpan[1])).toMatch(/^I heard shots and then {2}everyone was running,?$/);
  });
});
