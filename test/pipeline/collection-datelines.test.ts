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
