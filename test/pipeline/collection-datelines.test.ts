import { describe, expect, it } from 'vitest';
import { buildDossier, createContext } from '../../src/index.js';

const WIRE = 'Police disperse rally\n\nTBILISI, Georgia, April 14 (Caspian Wire) - Riot police dispersed a rally outside parliament in Tbilisi late on Sunday, detaining at least 87 people.';
const LOCAL = 'Rally dispersed\n\nPublished: 14.04.2025\n\nPolice dispersed the rally on Rustaveli Avenue in Tbilisi on Sunday night, detaining 92 people.';

describe('a dateline without a year', () => {
  it("is read in the year of the other reports of the build: its weekdays then date the happening", () => {
    const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z') });
    const dossier = buildDossier([{ id: 'wire', path: 'wire.txt', text: WIRE }, { id: 'local', path: 'local.txt', text: LOCAL }], ctx);
    const wire = dossier.documents.find((d) => d.id === 'wire');
    expect([wire?.published, wire?.publishedBasis]).toEqual(['2025-04-14', 'collection']);
    expect(dossier.events.map((e) => [e.documents.length, e.date?.start])).toEqual([[2, '2025-04-13']]);
    expect(ctx.diagnostics.some((d) => d.ruleId === 'time/published/collection' && d.spans?.[0]?.doc === 'wire')).toBe(true);
  });

  it("is read near the day another report's happening took place, not an anniversary piece's publication day", () => {
    const wire = 'Bomb hits market\n\nPESHAWAR, Pakistan, Nov 14 (Wire) - A bomb exploded in a crowded market in Peshawar on Tuesday, killing at least 19 people.';
    const update = 'Toll rises\n\nPublished: 2023-11-15\n\nThe death toll from the bombing of a Peshawar market on Tuesday has risen to 27.';
    const anniversary = 'A year on\n\nPublished: 2024-11-14\n\nOne year ago today, a bomb tore through a Peshawar market, killing 27 people.';
    const dossier = buildDossier(
      [
        { id: 'wire', path: 'wire.txt', text: wire },
        { id: 'update', path: 'update.txt', text: update },
        { id: 'anniversary', path: 'anniversary.txt', text: anniversary },
      ],
      createContext({ now: new Date('2026-01-01T00:00:00Z') }),
    );
    expect(dossier.documents.find((d) => d.id === 'wire')?.published).toBe('2023-11-14');
    expect(dossier.events.map((e) => [e.documents.length, e.date?.start])).toEqual([[3, '2023-11-14']]);
  });

  it('is left without a year alone, or far from the other reports', () => {
    const alone = buildDossier([{ id: 'wire', path: 'wire.txt', text: WIRE }], createContext({ now: new Date('2026-01-01T00:00:00Z') }));
    expect(alone.documents[0]?.published).toBeNull();
    const far = buildDossier(
      [{ id: 'wire', path: 'wire.txt', text: WIRE }, { id: 'late', path: 'late.txt', text: 'Trial opens\n\nPublished: 20.08.2025\n\nThe trial of five protesters opened.' }],
      createContext({ now: new Date('2026-01-01T00:00:00Z') }),
    );
    expect(far.documents.find((d) => d.id === 'wire')?.published).toBeNull();
  });
});
