import { describe, expect, it, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';
import { readInputs } from '../../src/stages/ingest/read.js';
import type { RawDoc } from '../../src/model/document.js';
import type { Dossier } from '../../src/model/dossier.js';

// The five black-january reports, read from ../shared (never copied into the project).
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/black-january/', import.meta.url));

// Every casualty, troop, crowd and expulsion figure the reports state, and nothing else:
// `doc-prefix kind value qualifier 'number words'`. Ages ("a seven year-old boy"), anniversaries
// ("the 30th anniversary"), durations ("35 years have passed", "70-year-old empire") and counts of
// things ("three non-working days", "five directions", "thousands of rallies") must not appear.
const EXPECTED_CLAIMS = [
  "000 killed 141 exact '141'",
  "001 killed 100 more-than 'More than a hundred'",
  "002 killed 130 exact '130'",
  "002 killed 147 exact '147'",
  "002 participants 1000000 about 'About one million'",
  "002 participants 20000 vague 'tens of thousands'",
  "002 troops 26000 exact '26 thousand'",
  "003 detained 200 vague 'Hundreds'",
  "003 detained 200 vague 'hundreds'",
  "003 displaced 200000 exact '200.000'",
  "003 injured 700 exact '700'",
  "003 killed 130 more-than 'more than 130'",
  "003 troops 26000 exact 'twenty six thousand'",
  "004 detained 400 about 'about 400'",
  "004 injured 200 vague 'hundreds'",
  "004 injured 744 about 'Some 744'",
  "004 killed 130 exact '130'",
  "004 killed 130 more-than 'more than 130'",
  "004 killed 147 exact '147'",
  "004 participants 1000000 about 'About 1 million'",
  "004 participants 200000 vague 'hundreds of thousands'",
  "004 troops 26000 exact '26,000'",
];

describe('black-january: the five reports of one event', () => {
  let dossier: Dossier;
  beforeAll(async () => {
    const docs: RawDoc[] = [];
    for await (const item of readInputs([CORPUS])) if ('text' in item) docs.push(item);
    expect(docs).toHaveLength(5);
    dossier = buildDossier(docs, createContext({ now: new Date('2026-01-01T00:00:00Z') }));
  });

  it('finds every stated figure with its kind, value and qualifier, and nothing else', () => {
    const rows = dossier.events[0]!.figures.flatMap((f) =>
      f.claims.map((c) => {
        const text = dossier.documents.find((d) => d.id === c.doc)!.text;
        return `${c.doc.slice(0, 3)} ${f.kind} ${c.value} ${c.qualifier} '${text.slice(c.numberSpan[0], c.numberSpan[1])}'`;
      }),
    );
    expect(rows.sort()).toEqual([...EXPECTED_CLAIMS].sort());
  });

  it('resolves the spellings of one name to one entity (Baku/Baky, Lankaran/Lenkeran/Lankyaran, Gorbachev/Gorbachov)', () => {
    const entityOf = (alias: string) => dossier.entities.filter((e) => e.aliases.includes(alias)).map((e) => e.id);
    for (const names of [['Baku', 'Baky'], ['Lankaran', 'Lenkeran', 'Lankyaran'], ['Mikhail Gorbachev', 'Gorbachov'], ['Nagorno-Karabakh', 'Upper Karabakh']]) {
      const ids = names.map(entityOf);
      expect(ids[0], names.join(' / ')).toHaveLength(1);
      for (const id of ids) expect(id, names.join(' / ')).toEqual(ids[0]);
    }
  });

  it('points every claim at the sentence that states it', () => {
    for (const f of dossier.events[0]!.figures) {
      for (const c of f.claims) {
        const text = dossier.documents.find((d) => d.id === c.doc)!.text;
        expect(text.slice(c.span[0], c.span[1])).toBe(c.quote);
        expect(c.span[0]).toBeLessThanOrEqual(c.numberSpan[0]);
        expect(c.numberSpan[1]).toBeLessThanOrEqual(c.span[1]);
      }
    }
  });

  it('keeps Baku that night and the 147 total apart, and reports 130 vs 141 as a conflict', () => {
    const killed = dossier.events[0]!.figures.filter((f) => f.kind === 'killed');
    expect(killed.map((f) => f.scope.key)).toEqual(['main', 'total']);
    const [night, total] = killed;
    expect(night).toMatchObject({ low: 130, best: 130, high: 141, agreement: 'conflicting' });
    expect(night!.scope.place).toBe('Baku');
    expect(night!.explanation).toMatch(/^130 \(2 reports[^)]*\) vs 141 \(1 report/);
    expect(night!.explanation).toContain("'more than 130'");
    // 002 and 004 share an origin: their agreement is one source's.
    expect(total).toMatchObject({ low: 147, best: 147, high: 147, agreement: 'single', independentSources: 1 });
    expect(dossier.lineage.map((l) => [l.docs.map((d) => d.slice(0, 3)), l.relation])).toEqual([[['002', '004'], 'shared-origin']]);
  });
});
