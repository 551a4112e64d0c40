import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, type DocAnalysis } from '../../src/pipeline/analyze.js';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { readInputs } from '../../src/stages/ingest/read.js';
import type { RawDoc } from '../../src/model/document.js';
import type { Dossier, DossierTimelineEntry } from '../../src/model/dossier.js';

// The time stage inside the build: publication dates, the event's date, its timeline and the time
// scope of claims. The black-january reports are read from ../shared (never copied into the project).
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/black-january/', import.meta.url));
const HAS_CORPUS = existsSync(CORPUS);

function context(): ReturnType<typeof createContext> {
  return createContext({ now: new Date('2026-01-01T00:00:00Z') });
}

/** The day number of an ISO date's first day, for ordering dates of any precision. */
function firstDay(iso: string): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, m - 1, d) / 86_400_000;
}

describe.skipIf(!HAS_CORPUS)('the build over the black-january reports', () => {
  let raws: RawDoc[];
  let dossier: Dossier;
  let analyses: Map<string, DocAnalysis>;
  beforeAll(async () => {
    raws = [];
    for await (const item of readInputs([CORPUS])) if ('text' in item) raws.push(item);
    expect(raws).toHaveLength(5);
    const ctx = context();
    dossier = buildDossier(raws, ctx);
    analyses = new Map(raws.map((raw) => [raw.id.slice(0, 3), analyzeDocument(raw, context())]));
  });

  it('gives each report the publication date its text allows, with how it was found', () => {
    const rows = dossier.documents.map((d) => `${d.id.slice(0, 3)} ${d.published} ${d.publishedBasis} ${d.publishedPrecision}`);
    expect(rows).toEqual([
      '000 2020-01-20 anniversary day',
      '001 2025-01 announcement month',
      '002 2025 relative year',
      '003 2005 anniversary year',
      '004 2021-01-20 dateline day',
    ]);
    // Inferred, not read from metadata: each says so in a diagnostic pointing at its evidence.
    const inferred = (dossier.diagnostics ?? []).filter((d) => d.rule.startsWith('time/published/'));
    expect(inferred.map((d) => d.doc?.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
  });

  it('dates the event 1990-01-19/20 from the texts, never from a publication or an anniversary', () => {
    const date = dossier.events[0]?.date;
    expect(date).toMatchObject({ start: '1990-01-19', end: '1990-01-20', precision: 'day', basis: 'stated' });
    for (const source of date?.sources ?? []) {
      const text = dossier.documents.find((d) => d.id === source.doc)?.text ?? '';
      expect(text.slice(source.span[0], source.span[1])).toMatch(/\b(?:19|20)\b|night|evening/i);
    }
    expect(date?.sources?.length).toBeGreaterThan(3);
  });

  it('keeps a timeline from 1918 to the days after January 20, 1990, oldest first', () => {
    const timeline = dossier.events[0]?.timeline ?? [];
    const history = timeline.filter((t) => t.kind !== 'commemoration' && t.kind !== 'publication');
    expect(history[0]?.date).toBe('1918');
    expect(history.some((t) => t.date === '1918-03-31')).toBe(true);
    expect(history.some((t) => t.kind === 'aftermath' && firstDay(t.date) > firstDay('1990-01-20'))).toBe(true);
    for (let i = 1; i < timeline.length; i++) {
      expect(firstDay((timeline[i] as DossierTimelineEntry).date)).toBeGreaterThanOrEqual(firstDay((timeline[i - 1] as DossierTimelineEntry).date));
    }
    expect(timeline.filter((t) => t.kind === 'publication').map((t) => t.date).sort()).toEqual(['2005', '2020-01-20', '2021-01-20', '2025', '2025-01']);
  });

  it('points every timeline entry at sentences that state its date', () => {
    const timeline = dossier.events[0]?.timeline ?? [];
    expect(timeline.length).toBeGreaterThan(20);
    for (const entry of timeline) {
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.summary.length).toBeGreaterThan(0);
      for (const source of entry.sources) {
        const doc = dossier.documents.find((d) => d.id === source.doc);
        const quoted = doc?.text.slice(source.span[0], source.span[1]) ?? '';
        expect(quoted.length).toBeGreaterThan(0);
        if (entry.kind === 'publication') continue;
        // A date mention of that document lies inside the span and is placed on the entry's date.
        const dates = analyses.get(source.doc.slice(0, 3))?.time.dates ?? [];
        const stated = dates.filter((d) => d.span.start >= source.span[0] && d.span.end <= source.span[1] && d.start === entry.date && d.end === entry.end);
        expect(stated.length, `${entry.date} ${entry.summary} in ${quoted}`).toBeGreaterThan(0);
        for (const date of stated) expect(quoted).toContain(date.text);
      }
    }
  });

  it('merges the same happening told by two reports into one entry with both sources', () => {
    const march = dossier.events[0]?.timeline.filter((t) => t.date === '1918-03-31') ?? [];
    expect(march.map((t) => t.sources.map((s) => s.doc.slice(0, 3)))).toEqual([['002', '004']]);
  });

  it('gives claims without a stated period the date their sentence states', () => {
    const claims = dossier.events[0]?.figures.flatMap((f) => f.claims) ?? [];
    const dated = claims.filter((c) => c.scope.period === '1990-01-20');
    expect(dated.length).toBeGreaterThan(0);
    for (const claim of dated) expect(claim.quote).toMatch(/January|20/);
  });

  it('renders the date and the timeline in Markdown, each date at its precision', () => {
    const md = renderMarkdown(dossier);
    expect(md).toContain('- **When:** 1990-01-19 to 1990-01-20 (as the reports state it;');
    expect(md).toContain('### Timeline');
    expect(md).toMatch(/- \*\*1918\*\* \*before\* /);
    expect(md).toMatch(/- \*\*1987 to 1989\*\* \*before\* /);
    expect(md).toMatch(/- \*\*1990-01-19, evening\*\* \*event\* The Soviet army of 26,000 troops/);
    expect(md).toMatch(/\| 001\\_b8b9b0416edd14c3 \| 2025-01 \(announcement\) \|/);
  });
});

describe('the build over breaking news', () => {
  const raws: RawDoc[] = [
    {
      id: 'first',
      path: 'first.txt',
      published: '2016-01-04',
      text: 'Two people were shot and one was killed on Saturday night outside a bar on Elm Street in Springfield, police said Sunday.\n\nThe victim died at a hospital.',
    },
    {
      id: 'second',
      path: 'second.txt',
      published: '2016-01-05',
      text: 'Police arrested a man Monday in the Saturday shooting that killed a 24-year-old man outside a Springfield bar.',
    },
  ];
  const dossier = buildDossier(raws, context());
  const event = dossier.events[0];

  it('dates the event from the weekday and the publication date', () => {
    expect(event?.date).toMatchObject({ start: '2016-01-02', precision: 'day', basis: 'relative' });
    const first = dossier.documents[0]?.text ?? '';
    const quoted = (event?.date?.sources ?? []).filter((s) => s.doc === 'first').map((s) => first.slice(s.span[0], s.span[1]));
    expect(quoted).toEqual(['Saturday night']);
  });

  it('keeps the publication dates from metadata', () => {
    expect(dossier.documents.map((d) => [d.published, d.publishedBasis, d.publishedPrecision])).toEqual([
      ['2016-01-04', 'metadata', 'day'],
      ['2016-01-05', 'metadata', 'day'],
    ]);
    expect((dossier.diagnostics ?? []).some((d) => d.rule.startsWith('time/published/'))).toBe(false);
  });

  it('puts the shooting on the timeline as the event and the arrest after it, each with its source', () => {
    const rows = (event?.timeline ?? []).map((t) => `${t.date} ${t.kind} [${t.sources.map((s) => s.doc).join(',')}]`);
    // "Police arrested a man Monday in the Saturday shooting" tells the arrest: it is listed under Monday only
    expect(rows).toContain('2016-01-02 event [first]');
    expect(rows).toContain('2016-01-04 aftermath [second]');
  });

  it('gives the claims the night they state', () => {
    const killed = event?.figures.find((f) => f.kind === 'killed');
    expect(killed?.claims.map((c) => [c.doc, c.scope.period])).toContainEqual(['first', '2016-01-02']);
  });
});

describe('the build when no text dates the happening', () => {
  it('dates reports that date nothing by their first publication day, said so, but not a commemoration', () => {
    const dossier = buildDossier([{ id: 'a', path: 'a.txt', published: '2016-01-04', text: 'A man was shot in the leg near a bar. He is expected to survive.' }], context());
    expect(dossier.events[0]?.date).toMatchObject({ start: '2016-01-04', precision: 'day', basis: 'published' });
    expect(dossier.events[0]?.timeline).toEqual([]);
    const vigil = buildDossier([{ id: 'b', path: 'b.txt', published: '2016-01-04', text: 'Hundreds gathered to honor the memory of the victims of the market shooting.' }], context());
    expect(vigil.events[0]?.date).toBeNull();
  });

  it('never takes an anniversary report for a new event', () => {
    const text = 'On Saturday, hundreds of people marked the 10th anniversary of the March 16, 2009 market attack, in which gunmen killed 12 people.';
    const dossier = buildDossier([{ id: 'a', path: 'a.txt', text }], context());
    expect(dossier.documents[0]).toMatchObject({ published: '2019-03-16', publishedBasis: 'anniversary', publishedPrecision: 'day' });
    expect(dossier.events[0]?.date).toMatchObject({ start: '2009-03-16', basis: 'stated' });
    expect(dossier.events[0]?.timeline.map((t) => `${t.date} ${t.kind}`)).toEqual(['2009-03-16 event', '2019-03-16 commemoration', '2019-03-16 publication']);
  });
});

describe('claims of happenings before the event', () => {
  const text =
    'A man was shot and killed Saturday night on Elmwood Avenue, police said. ' +
    'Officers were called to the 400 block of Elmwood Avenue at about 11 p.m. Saturday and found him on the sidewalk. ' +
    'Neighbors said the block had been quiet since a woman was shot and killed there on May 14. ' +
    'Two years ago, on June 2, 2019, two people were killed on the same block.';
  const dossier = buildDossier([{ id: 'a', path: 'a.txt', published: '2021-06-07', text }], context());
  const killed = dossier.events[0]?.figures.filter((f) => f.kind === 'killed') ?? [];

  it('keep the event figure to the event day', () => {
    expect(dossier.events[0]?.date?.start).toBe('2021-06-05');
    const main = killed.find((f) => f.scope.key === 'main');
    expect(main).toMatchObject({ best: 1, low: 1, high: 1 });
    expect(main?.claims.every((c) => !c.quote.includes('May 14') && !c.quote.includes('2019'))).toBe(true);
  });

  it('put the earlier deaths in the other figure, saying why', () => {
    const other = killed.find((f) => f.scope.key === 'other');
    // The stated "two" of 2019 speaks for that figure; the event's own man still counts in the main one.
    expect(other).toMatchObject({ best: 2, scope: { period: '2019-06-02', label: 'before the event: on June 2, 2019' } });
    const alone = buildDossier([{ id: 'c', path: 'c.txt', published: '2021-06-07', text: text.slice(0, text.indexOf('Two years ago')) }], context());
    const earlier = alone.events[0]?.figures.find((f) => f.kind === 'killed' && f.scope.key === 'other');
    expect(earlier?.claims.map((c) => c.scope.period)).toEqual(['2021-05-14']);
  });

  it("put a country's total of an earlier year, and an attack of a past month, in the other figure", () => {
    const report =
      'Gunmen killed 38 people in the village of Tessa on Sunday, officials said. ' +
      'In 2023, a total of 8,400 people were killed in violence across the country. ' +
      'In January, a suicide bomber killed more than 80 people at a market in the capital.';
    const built = buildDossier([{ id: 'd', path: 'd.txt', published: '2024-05-28', text: report }], context());
    const figures = built.events[0]?.figures.filter((f) => f.kind === 'killed').map((f) => [f.scope.key, f.scope.label, f.best]);
    expect(figures).toEqual([
      ['main', 'in Tessa, on Sunday', 38],
      ['other', 'before the event: in total, in 2023', 8400],
      ['other', 'before the event: in January', 81],
    ]);
  });

  it('put a later attack a look back a year on tells of in the other figure, not a follow-up\'s arrest', () => {
    const first = 'Bomb kills 19 in Peshawar market\n\nPublished: 2023-11-14\n\nA bomb killed 19 people at a market in Peshawar on Tuesday, police said.';
    const lookBack = 'A year after the Peshawar blast\n\nPublished: 2024-11-14\n\nOne year ago today, a bomb killed 27 people at a market in Peshawar. Last month, a bomb at a bus stop in Bannu killed nine people.';
    const followUp = 'Suspect held\n\nPublished: 2024-03-20\n\nPolice arrested a man on Monday over the Peshawar market bombing.';
    const built = buildDossier(
      [
        { id: 'a', path: 'a.txt', text: first },
        { id: 'b', path: 'b.txt', text: lookBack },
        { id: 'c', path: 'c.txt', text: followUp },
      ],
      context(),
      undefined,
      { grouping: 'one' },
    );
    const figures = built.events[0]?.figures.map((f) => [f.kind, f.scope.key, f.scope.label ?? '', f.best]);
    expect(figures).toContainEqual(['killed', 'other', 'after the event: last month', 9]);
    const main = built.events[0]?.figures.find((f) => f.kind === 'killed' && f.scope.key !== 'other');
    expect(main?.claims.map((c) => c.value)).not.toContain(9);
    expect(main?.claims.map((c) => c.value)).toContain(27);
    // the arrest months on is the event's
    expect(figures?.find((f) => f[0] === 'detained')?.[1]).not.toBe('other');
  });

  it('leave claims of the day after the event in the event (a victim who died later)', () => {
    const later = buildDossier([{ id: 'b', path: 'b.txt', published: '2021-06-08', text: 'A man was shot Saturday night on Elmwood Avenue. He died Monday at a hospital, police said.' }], context());
    const main = later.events[0]?.figures.find((f) => f.kind === 'killed' && f.scope.key === 'main');
    expect(main?.best).toBe(1);
  });
});

describe('a report a year after the event', () => {
  const text =
    'A year after gunmen stormed the Sunday cattle market in Velmora and killed 12 people, traders say business has yet to recover. ' +
    'On March 9 last year, dozens of attackers on motorcycles opened fire on the crowd, wounding 20 others.';
  const dossier = buildDossier([{ id: 'a', path: 'a.txt', published: '2026-03-09', text }], context());
  const figures = dossier.events[0]?.figures ?? [];

  it("dates the event to the day it names in the year it names, not to the market's weekday", () => {
    expect(dossier.events[0]?.date).toMatchObject({ start: '2025-03-09', precision: 'day', basis: 'stated' });
  });

  it("keeps its figures as the event's own, each with the period its sentence states", () => {
    const killed = figures.find((f) => f.kind === 'killed');
    expect(killed).toMatchObject({ best: 12, scope: { key: 'main' } });
    expect(killed?.claims.map((c) => c.scope.period)).toEqual(['2025']);
    const injured = figures.find((f) => f.kind === 'injured');
    expect(injured).toMatchObject({ best: 20, scope: { key: 'main' } });
    expect(injured?.claims.map((c) => [c.scope.period, c.scope.label])).toEqual([['2025-03-09', 'on March 9 last year']]);
  });
});

describe('a wire report dated the day after the happening', () => {
  it("gives a figure the day its sentence states, not the dateline's", () => {
    const text = 'VELMORA, March 10 (Agency) - At least 31 people were killed across the country on Sunday in three attacks, security sources said.';
    const dossier = buildDossier([{ id: 'w', path: 'w.txt', published: '2025-03-10', text }], context());
    const killed = dossier.events[0]?.figures.find((f) => f.kind === 'killed');
    expect(killed?.claims.map((c) => c.scope.period)).toEqual(['2025-03-09']);
    // a sentence that states no day of its own keeps the dateline's
    const alone = buildDossier([{ id: 'v', path: 'v.txt', published: '2025-03-10', text: 'VELMORA, March 10 (Agency) - At least 31 people were killed in three attacks.' }], context());
    expect(alone.events[0]?.figures.find((f) => f.kind === 'killed')?.claims.map((c) => c.scope.period)).toEqual(['2025-03-10']);
  });
});
