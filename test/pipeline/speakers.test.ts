import { describe, expect, it } from 'vitest';
import { buildDossier, createContext } from '../../src/index.js';

const context = () => createContext({ now: new Date('2030-01-01T00:00:00Z') });

describe("a quote's speaker", () => {
  it("is named as the dossier's entity is, whatever the quote's report spells", () => {
    const a = 'Bomb kills 19 in Peshawar\n\nPolice officer Muhammad Ijaz Khan said the bomb was hidden in a motorcycle. "We are checking the cameras," Muhammad Ijaz Khan said. Muhammad Ijaz Khan leads the inquiry.';
    const b = 'Toll rises to 27\n\n"Three men have been detained," said police officer Mohammad Ijaz Khan on Wednesday.';
    const dossier = buildDossier(
      [
        { id: 'a', path: 'a.txt', published: '2023-11-14', text: a },
        { id: 'b', path: 'b.txt', published: '2023-11-15', text: b },
      ],
      context(),
      undefined,
      { grouping: 'one' },
    );
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
});
