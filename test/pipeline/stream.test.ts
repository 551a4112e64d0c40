import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../../src/model/document.js';
import { StreamBuilder, type StreamEvent } from '../../src/pipeline/stream.js';
import { assembleDossier, lineageOf } from '../../src/pipeline/build.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { createContext } from '../../src/pipeline/stage.js';

const TOWNS = ['Velmora', 'Durnhill', 'Ostrava', 'Kestrel', 'Marrowby', 'Pellham', 'Quillon', 'Tarnow'];
const VICTIMS = ['Oskar Brantley', 'Lidia Farrow', 'Emeka Sorensen', 'Tamsin Okafor', 'Ruth Calloway', 'Ivo Lindqvist', 'Nadia Ferreira', 'Pavel Haddad'];

/** Two reports of each of eight invented shootings, one every ten days, in date order. */
function dump(): RawDoc[] {
  return TOWNS.flatMap((town, i) => {
    const day = new Date(Date.UTC(2021, 0, 4 + 10 * i)).toISOString().slice(0, 10);
    const victim = VICTIMS[i] ?? '';
    return [
      { id: `${i}a`, path: 'dump.jsonl', published: day, text: `${victim} was shot dead in ${town} on ${day}, and ${i + 1} others were wounded, ${town} police said.` },
      { id: `${i}b`, path: 'dump.jsonl', published: day, text: `${town} police named ${victim} as the man killed in the shooting; ${i + 1} people were hurt.` },
    ];
  });
}

describe('StreamBuilder', () => {
  it('emits each event as the stream moves past it, with the figures a whole build gives', async () => {
    const events: StreamEvent[] = [];
    const openWhenEmitted: number[] = [];
    let pushed = 0;
    // smallCollection 0: the stream holds no reports back (see the small-collection test below)
    const stream = new StreamBuilder({
      now: new Date(0),
      threads: 0,
      batchSize: 2,
      order: 'arrival',
      group: { smallCollection: 0 },
      onEvent: (e) => {
        events.push(e);
        openWhenEmitted.push(pushed);
      },
    });
    for (const raw of dump()) {
      await stream.push(raw);
      pushed++;
    }
    const summary = await stream.end();
    expect(summary).toMatchObject({ documents: 16, events: 8, outOfOrder: 0 });
    // events closed while the stream went on: the first long before the last report came in
    expect(openWhenEmitted[0]).toBeLessThan(12);
    expect(summary.peakOpenDocs).toBeLessThan(16);
    expect(events.map((e) => [...e.event.documents].sort())).toEqual(TOWNS.map((_, i) => [`${i}a`, `${i}b`]));
    // the same figures as a whole build of all the reports
    const ctx = createContext({ now: new Date(0) });
    const analyses = dump().map((r) => analyzeDocument(r, ctx));
    const whole = assembleDossier(analyses, ctx, lineageOf(analyses));
    const figures = (docs: readonly string[]) => whole.events.find((e) => e.documents.includes(docs[0] ?? ''))?.figures.map((f) => [f.kind, f.best]);
    for (const e of events) expect(e.event.figures.map((f) => [f.kind, f.best])).toEqual(figures(e.event.documents));
    expect(events[2]?.event.figures.find((f) => f.kind === 'injured')?.best).toBe(3);
  });

  it('tells which event a later one follows up, which it had written out: it recalls its day or month and names its people', async () => {
    const later: RawDoc = {
      id: 'later',
      path: 'dump.jsonl',
      published: '2021-05-20',
      text: 'A Velmora judge sentenced Gideon Marsh on Thursday for killing Oskar Brantley in January.',
    };
    const events: StreamEvent['event'][] = [];
    // a strong link at minSharedWeight 2 is 8: the three shared names weigh about 10
    const stream = new StreamBuilder({ now: new Date(0), threads: 0, order: 'arrival', group: { minSharedWeight: 2 }, onEvent: (e) => void events.push(e.event) });
    for (const raw of [...dump(), later]) await stream.push(raw);
    await stream.end();
    const first = events.find((e) => e.documents.includes('0a'));
    const followUp = events.find((e) => e.documents.includes('later'));
    expect(followUp?.documents).toEqual(['later']);
    expect(followUp?.follows).toBe(first?.id);
    // no other event follows one
    expect(events.filter((e) => e.follows !== undefined)).toHaveLength(1);
  });

  it('gives one event for a small collection whose reports all name one thing, as a whole build does', async () => {
    // a first report, a trial a year later and an anniversary: days the grouper would keep apart
    const reports: RawDoc[] = [
      { id: 'first', path: 'f.txt', published: '2021-01-04', text: 'Gunmen killed four people at the Velmora bus depot on Monday, police said.' },
      { id: 'trial', path: 't.txt', published: '2021-11-02', text: 'Two men went on trial on Tuesday over the attack on the Velmora bus depot.' },
      { id: 'anniversary', path: 'a.txt', published: '2022-01-04', text: 'Residents of Velmora laid flowers on Tuesday, a year after the depot attack.' },
    ];
    const collect = async (raws: RawDoc[], order: 'date' | 'arrival', group = {}) => {
      const events: string[][] = [];
      const stream = new StreamBuilder({ now: new Date(0), threads: 0, order, group, onEvent: (e) => void events.push([...e.event.documents].sort()) });
      for (const raw of raws) await stream.push(raw);
      await stream.end();
      return events;
    };
    const ctx = createContext({ now: new Date(0) });
    const analyses = reports.map((r) => analyzeDocument(r, ctx));
    const whole = assembleDossier(analyses, ctx, lineageOf(analyses));
    expect(whole.events.map((e) => [...e.documents].sort())).toEqual([['anniversary', 'first', 'trial']]);
    expect(await collect(reports, 'arrival')).toEqual([['anniversary', 'first', 'trial']]);
    expect(await collect(reports, 'date')).toEqual([['anniversary', 'first', 'trial']]);
    // without the rule, the grouper alone keeps them apart
    expect(await collect(reports, 'arrival', { smallCollection: 0 })).toHaveLength(3);
    // reports that share no name are grouped as usual
    const apart: RawDoc[] = [
      { id: 'x', path: 'x.txt', published: '2021-01-04', text: 'Gunmen killed four people at the Velmora bus depot on Monday, police said.' },
      { id: 'y', path: 'y.txt', published: '2021-06-04', text: 'A man was shot dead in Durnhill on Friday, police said.' },
    ];
    expect(await collect(apart, 'arrival')).toEqual([['x'], ['y']]);
  });

  it('sorts a dump that is out of date order, and gives the events of the sorted dump', async () => {
    const docs = dump();
    const shuffled = [...docs.slice(8), ...docs.slice(0, 8)].reverse();
    const collect = async (raws: RawDoc[], order: 'date' | 'arrival') => {
      const events: string[][] = [];
      const stream = new StreamBuilder({ now: new Date(0), threads: 0, order, onEvent: (e) => void events.push([...e.event.documents].sort()) });
      for (const raw of raws) await stream.push(raw);
      return { events: events.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '')), summary: await stream.end() };
    };
    const sorted = await collect(docs, 'arrival');
    const fromShuffled = await collect(shuffled, 'date');
    expect(fromShuffled.events).toEqual(sorted.events);
    expect(fromShuffled.summary.outOfOrder).toBe(0);
    // grouped as they come, the late reports are counted (their events may be split)
    expect((await collect([...docs.slice(8), ...docs.slice(0, 8)], 'arrival')).summary.outOfOrder).toBe(8);
  });
});
