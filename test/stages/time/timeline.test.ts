import { summarize } from '../../../src/stages/time/summary.js';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../src/model/time.js';
import { buildTimeline } from '../../../src/stages/time/timeline.js';
import { fromEventDay } from '../../../src/stages/time/index.js';
import { blackJanuary, HAS_BLACK_JANUARY, timed } from './helpers.js';

const A = [
  'In 1988, separatists began their campaign in the region.',
  'On January 19, 1990, intelligence services blew up the television station.',
  'In the evening of the same day, 26,000 troops entered the city from five directions.',
  'On January 26, 1990, the defense minister defended the operation in an interview.',
  'On January 20, 2025, the parliament will mark the anniversary of the tragedy.',
].join(' ');
const B = [
  'The television station was blown up by intelligence services on January 19, 1990.',
  'In the evening hours, the army of 26,000 troops entered the city from five directions, shooting at civilians.',
].join(' ');

function summary(entries: readonly TimelineEntry[]): string[] {
  return entries.map((entry) => `${entry.date}${entry.end ? `/${entry.end}` : ''} ${entry.kind} [${entry.sources.map((source) => source.doc).join(',')}] ${entry.summary}`);
}

describe('buildTimeline', () => {
  const docs = [timed('a', A, '2025-01-10'), timed('b', B, '2021-01-20')];
  const entries = buildTimeline(docs);

  it('lists the dated happenings oldest first, merging what several reports tell', () => {
    expect(summary(entries)).toEqual([
      '1988 history [a] Separatists began their campaign in the region',
      '1990-01-19 event [a,b] Intelligence services blew up the television station',
      '1990-01-19 event [a,b] 26,000 troops entered the city from five directions',
      '1990-01-26 aftermath [a] The defense minister defended the operation in an interview',
      '2025-01-20 commemoration [a] The parliament will mark the anniversary of the tragedy',
    ]);
  });

  it('keeps the part of the day and points every source at its sentence', () => {
    expect(entries[2]?.partOfDay).toBe('evening');
    for (const entry of entries) {
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) {
        const text = source.doc === 'a' ? A : B;
        expect(source.span.doc).toBe(source.doc);
        expect(text.slice(source.span.start, source.span.end).length).toBeGreaterThan(10);
      }
    }
  });

  it('adds publication entries only from the facts given, with their evidence', () => {
    const withPublication = buildTimeline(docs, {}, [
      { doc: 'a', published: '2025-01', precision: 'month', evidence: [{ doc: 'a', start: 0, end: 8 }] },
    ]);
    const publication = withPublication.filter((entry) => entry.kind === 'publication');
    expect(publication).toHaveLength(1);
    expect(publication[0]).toMatchObject({ date: '2025-01', precision: 'month' });
  });

  it("leaves out a dateline: the report's publication entry dates it", () => {
    const doc = timed('a', 'Security forces fire on protesters in Marenza\n\nMARENZA, 4 March 2021 (Agency) - Security forces opened fire on protesters on Wednesday, killing 14 people.', '2021-03-04');
    const entries = buildTimeline([doc]);
    expect(entries.map((e) => e.date)).toEqual(['2021-03-03']);
    expect(entries[0]?.kind).toBe('event');
  });

  it('puts a later death from wounds after the event, even within the month the event is dated to', () => {
    const doc = timed('a', 'The attack on the market, March 2019. One man who was wounded in the attack died of his wounds on March 25.', '2019-04-02');
    const entries = buildTimeline([doc]);
    expect(entries.map((e) => [e.date, e.kind])).toEqual([
      ['2019-03', 'event'],
      ['2019-03-25', 'aftermath'],
    ]);
  });

  it("takes a day that only names a happening (\"Tuesday's shooting\") as a source of that day's entry", () => {
    const first = timed('a', 'A gunman opened fire at a warehouse on Tuesday, killing three workers.', '2022-05-04');
    const later = timed('b', "Hundreds gathered Saturday evening for a vigil honoring the workers killed in Tuesday's shooting.", '2022-05-08');
    expect(summary(buildTimeline([first, later]))).toEqual([
      '2022-05-03 event [a,b] A gunman opened fire at a warehouse on Tuesday, killing three workers',
      "2022-05-07 aftermath [b] Hundreds gathered Saturday evening for a vigil honoring the workers killed in Tuesday's shooting",
    ]);
    // with no entry of that day, it is one of its own
    expect(summary(buildTimeline([later])).map((s) => s.slice(0, 10))).toEqual(['2022-05-03', '2022-05-07']);
  });

  it('sets a vigil, a funeral or a memorial service on the event day or after it among the commemorations', () => {
    const doc = timed('v', 'Three students were killed when a classmate opened fire on Tuesday morning. More than 2,000 people attended a candlelight vigil on Tuesday night. Funerals were held on Friday.', '2025-10-18');
    expect(summary(buildTimeline([doc])).map((s) => s.slice(0, s.indexOf(' [')))).toEqual(['2025-10-14 event', '2025-10-14 commemoration', '2025-10-17 commemoration']);
  });

  it('takes the event told at a coarser date ("one year since the attack", "March 2019") as a source of the entry that tells its day', () => {
    const first = timed('a', 'Gunmen opened fire on the crowded market in Dalmora on Saturday, killing 12 people.', '2019-03-17');
    const title = timed('b', 'Attack on the Dalmora market, March 2019. Our team counted 14 dead.', '2019-04-02');
    const anniversary = timed('c', 'It has been one year since the attack on the Dalmora market. In 2019, the province also held elections.', '2020-03-14');
    expect(summary(buildTimeline([first, title, anniversary])).map((s) => s.slice(0, s.indexOf(']') + 1))).toEqual([
      '2019 event [c]',
      '2019-03-16 event [a,b,c]',
    ]);
    // not without an entry of that day, nor a span of years, nor a happening of other words
    expect(summary(buildTimeline([title])).map((s) => s.slice(0, 10))).toEqual(['2019-03 ev']);
    const span = timed('d', 'The bloody events of 2018-2020 opened a new chapter. Gunmen opened fire on the crowded market in Dalmora on Saturday, killing 12 people.', '2019-03-17');
    expect(summary(buildTimeline([span])).map((s) => s.slice(0, 10))).toEqual(['2018/2020 ', '2019-03-16']);
    const statistics = timed('e', 'Gunmen opened fire on the crowded market in Dalmora on Saturday, killing 12 people. There have been 30 market shootings in Dalmora in 2019 compared to 20 last year.', '2019-03-17');
    expect(summary(buildTimeline([statistics])).map((s) => s.slice(0, 10))).toEqual(['2018 histo', '2019 event', '2019-03-16']);
  });

  it('leaves out recurring days and page stamps', () => {
    const doc = timed('c', 'Posted: Monday, January 4, 2016 8:00 AM. Every year on January 20, people gather. A man was shot Saturday night.', '2016-01-04');
    expect(summary(buildTimeline([doc]))).toEqual(['2016-01-02 event [c] A man was shot Saturday night']);
  });

  it('keeps a proceeding a year on in the aftermath, and an undated day of a later piece among its commemorations', () => {
    const text = 'The man was shot on March 4, 2013. On April 4, 2014, his killer was sentenced to 40 years in prison. On April 4, 2014, neighbors gathered again.';
    const kinds = buildTimeline([timed('s', text, '2014-04-05')]).map((entry) => `${entry.date} ${entry.kind}`);
    expect(kinds).toEqual(['2013-03-04 event', '2014-04-04 aftermath', '2014-04-04 commemoration']);
  });

  it('lists a sentence once per happening it tells: not under a comparison\'s year, nor under the day it was said', () => {
    const text =
      'NIAMEY, March 10 (Agency) - At least 31 people were killed across the country on Sunday in three attacks, security sources said on Monday, in one of the deadliest days in the country this year.';
    expect(buildTimeline([timed('n', text, '2025-03-10')]).map((e) => `${e.date} ${e.kind}`)).toEqual(['2025-03-09 event']);
    // an ordinal frames the year the same way; a year that holds a day of the sentence adds nothing
    const ordinal = 'Two men were shot on Friday, the third shooting on the block this year.';
    expect(buildTimeline([timed('o', ordinal, '2016-01-04')]).map((e) => e.date)).toEqual(['2016-01-01']);
    expect(buildTimeline([timed('y', 'In 1990, on January 20, 147 people died.', '2021-01-20')]).map((e) => e.date)).toEqual(['1990-01-20']);
    // two years named side by side are two happenings
    expect(buildTimeline([timed('h', 'Heroes and martyrs of 1956 and 1990 shall never be forgotten.', '2021-01-20')]).map((e) => e.date)).toEqual(['1956', '1990']);
  });

  it("lists a sentence that tells what followed a named happening under what followed: the rise is Monday's", () => {
    const text = "The death toll from Sunday's attack on the market rose to 12 on Monday after five of the wounded died in hospital.";
    expect(buildTimeline([timed('r', text, '2025-03-10')]).map((e) => e.date)).toEqual(['2025-03-10']);
    // a day said after its subject is the day of saying: the shooting named is the happening
    const reported = 'Police on Saturday also reported a Friday afternoon shooting in the 1600 block of Smallwood St.';
    expect(buildTimeline([timed('p', reported, '2013-06-23')]).map((e) => e.date)).toEqual(['2013-06-21']);
    // an earlier day told after the named one is a happening of its own
    const follow = 'The overnight shootings follow a fatal shooting in the city on Sunday night.';
    expect(buildTimeline([timed('f', follow, '2016-07-05')]).map((e) => e.date)).toEqual(['2016-07-03', '2016-07-05']);
  });

  it('summarizes a sentence a page stamp opens from after the stamp, with the whole sentence as source', () => {
    // a page that gave no full stop after its stamp: the stamp and the first sentence are one
    const text = 'date 2021-01-20 The tragedy of January 20, 1990, has been a turning point for the country.';
    const [entry] = buildTimeline([timed('d', text, '2021-01-20')]);
    expect(entry?.summary).toBe('The tragedy of January 20, 1990, has been a turning point for the country');
    expect(entry?.sources[0]?.span).toMatchObject({ start: 0, end: text.length });
  });
});

describe.skipIf(!HAS_BLACK_JANUARY)('buildTimeline on the black-january reports', () => {
  const docs = blackJanuary();
  const entries = buildTimeline(docs);
  const byDate = (date: string): TimelineEntry[] => entries.filter((entry) => entry.date === date);

  it('runs from 1918 to the days after January 20, 1990, then the commemorations', () => {
    expect(entries[0]?.date).toBe('1918');
    const eventDays = entries.filter((entry) => entry.kind !== 'commemoration' && entry.kind !== 'publication').map((entry) => entry.date);
    expect(eventDays).toEqual([...eventDays].sort((a, b) => (a.slice(0, 4) === b.slice(0, 4) ? 0 : a < b ? -1 : 1)));
    expect(byDate('1990-01-26').map((entry) => entry.kind)).toEqual(['aftermath']);
    expect(entries.filter((entry) => entry.kind === 'commemoration').every((entry) => entry.date >= '2005')).toBe(true);
  });

  it('merges the same happening told by two reports', () => {
    expect(byDate('1918-03-31').map((entry) => entry.sources.map((source) => source.doc.slice(0, 3)))).toEqual([['002', '004']]);
    expect(byDate('1989-12').map((entry) => entry.sources.map((source) => source.doc.slice(0, 3)))).toEqual([['002', '004']]);
    const nineteenth = byDate('1990-01-19');
    expect(nineteenth.length).toBeGreaterThanOrEqual(3);
    expect(nineteenth.every((entry) => entry.kind === 'event')).toBe(true);
    expect(nineteenth.filter((entry) => entry.sources.some((s) => s.doc.startsWith('002')) && entry.sources.some((s) => s.doc.startsWith('004')))).toHaveLength(3);
  });

  it('keeps the history before the event apart from it', () => {
    const before = entries.filter((entry) => (entry.end ?? entry.date) < '1990');
    expect(before.length).toBeGreaterThanOrEqual(8);
    expect(before.every((entry) => entry.kind === 'history')).toBe(true);
    expect(byDate('1990-01-20').every((entry) => entry.kind === 'event')).toBe(true);
  });
});

describe('a day counted from the happening', () => {
  it("is placed from the event's day, not from the day a later report's own dates guess", () => {
    const first = timed('a', 'A gunman opened fire at a house party early Sunday, killing two people.', '2025-06-08');
    const later = timed('b', 'A second suspect turned himself in Friday. The gunman took his own life hours after the attack.', '2025-06-15');
    const entries = buildTimeline([first, later], { event: { start: '2025-06-08', precision: 'day', basis: 'stated', support: 1, sources: [] } });
    const suicide = entries.find((entry) => entry.summary.includes('took his own life'));
    expect(suicide).toMatchObject({ date: '2025-06-08', kind: 'event' });
    expect(entries.find((entry) => entry.summary.includes('turned himself in'))?.date).toBe('2025-06-13');
  });
});

describe('summarize', () => {
  // Each trimming pattern is tried only where its first or last character is (see `summarize`);
  // these summaries are those of trying every pattern on every clause.
  it.each([
    ['On January 20, 1990, the Soviet army entered Baku.', 3, 19, 'The Soviet army entered Baku'],
    ['He was shot Saturday - which left him dead - and died.', 12, 20, 'He was shot Saturday'],
    [' , which on Saturday night killed two people ;', 12, 20, 'On Saturday night killed two people'],
    ['While on Jan. 5 police said two men were shot. ', 9, 15, 'On Jan. 5 police said two men were shot'],
    ['Three people were shot Saturday\u00a0night in the city, police said \u2014', 23, 31, 'Three people were shot Saturday night in the city, police said'],
    ['THAT Saturday, WHERE two men died: police said.', 5, 13, 'Saturday, WHERE two men died'],
    ['On Saturday , the shooting happened..', 3, 11, 'The shooting happened.'],
    // an outlet's tag a dateline left opening the sentence
    ['(WMC)- Five teens were shot on Saturday evening.', 31, 39, 'Five teens were shot on Saturday evening'],
    ['(AP) \u2014 Two men were shot Friday.', 27, 33, 'Two men were shot Friday'],
    ['(KNZA)--Two men were shot Friday.', 27, 33, 'Two men were shot Friday'],
    // a parenthesis that is no tag stays
    ['(Update) Two men were shot Friday.', 27, 33, '(Update) Two men were shot Friday'],
  ] as const)('summarizes "%s"', (sentence, start, end, expected) => {
    expect(summarize(sentence, start, end)).toBe(expected);
  });
});

describe('fromEventDay', () => {
  it('counts "a week after the attack" from the event\'s day, not from a later death the report dates', () => {
    const doc = timed('w', 'A 30th victim, a 62-year-old man, died in hospital on Thursday, prosecutors said. A week after the attack, the harbour front was covered with flowers.', '2025-07-13');
    const own = doc.dates.find((d) => d.text === 'A week after the attack');
    expect(own?.start).toBe('2025-07-17');
    const moved = fromEventDay(doc, '2025-07-05').dates.find((d) => d.text === 'A week after the attack');
    expect(moved?.start).toBe('2025-07-12');
    // other dates stay where the report put them
    expect(fromEventDay(doc, '2025-07-05').dates.find((d) => d.text === 'Thursday')?.start).toBe('2025-07-10');
  });
});

describe('summarize: a relative clause about a person', () => {
  const sentence = 'The family of Dale Finnegan, who was shot dead by a police officer during a traffic stop last weekend, on Thursday demanded the release of the footage.';
  const at = (words: string) => [sentence.indexOf(words), sentence.indexOf(words) + words.length] as const;

  it('gives a date inside it that clause, with the person named', () => {
    expect(summarize(sentence, ...at('last weekend'))).toBe('Dale Finnegan was shot dead by a police officer during a traffic stop last weekend');
  });

  it('gives a date outside it the sentence without it', () => {
    expect(summarize(sentence, ...at('on Thursday'))).toBe('The family of Dale Finnegan on Thursday demanded the release of the footage');
  });

  it('reads through the commas of a town and its state, and names the person of a clause no comma closes', () => {
    const holmquist = 'Sgt. Carson Holmquist, who grew up in Wisconsin and lived in Flintstone, Georgia, was the last of the victims to be identified Friday.';
    expect(summarize(holmquist, holmquist.indexOf('Friday'), holmquist.indexOf('Friday') + 6)).toBe('Sgt. Carson Holmquist was the last of the victims to be identified Friday');
    const party = 'Police arrested a man in the murders of Jordan Ebner, who was killed at a Mukilteo, Washington, house party just before midnight on Saturday.';
    expect(summarize(party, party.indexOf('Saturday'), party.indexOf('Saturday') + 8)).toBe('Jordan Ebner was killed at a Mukilteo, Washington, house party just before midnight on Saturday');
  });
});
