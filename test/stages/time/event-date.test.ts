import { describe, expect, it } from 'vitest';
import { eventDate } from '../../../src/stages/time/event-date.js';
import { blackJanuary, HAS_BLACK_JANUARY, timed } from './helpers.js';

describe('eventDate', () => {
  it('dates breaking news from a weekday before the publication day', () => {
    const doc = timed('a', 'Police said the shooting happened Saturday night on Elm Street. The victim died Monday.', '2016-01-04');
    expect(eventDate([doc])).toMatchObject({ start: '2016-01-02', precision: 'day', basis: 'relative' });
  });

  it('does not take the day of a separate incident the report adds for the day of the attack', () => {
    const doc = timed(
      'a',
      'A car bomb exploded near a bus station on Tuesday, killing at least 14 people. Witnesses described the blast. ' +
        'The wounded were taken to two hospitals. In a separate incident on Monday, two soldiers were killed by a roadside bomb.',
      '2025-03-11',
    );
    expect(eventDate([doc])?.start).toBe('2025-03-11');
  });

  it('does not take the day of a holiday gathering the people met at for the day of a shooting after midnight', () => {
    const doc = timed(
      'a',
      'A woman died after being shot inside a vehicle about 4:30 a.m. today. The victim and her friend had met two men while attending a New Year’s Eve event. ' +
        'While inside the vehicle, a firearm was handled and accidentally discharged, striking the woman.',
      '2017-01-01',
    );
    expect(eventDate([doc])?.start).toBe('2017-01-01');
    // a holiday told as the day of the shooting is that day
    expect(eventDate([timed('b', 'A man was shot at a party on New Year’s Eve, police said.', '2017-01-02')])?.start).toBe('2016-12-31');
  });

  it("does not take a suspect's date of birth for the day of the shooting", () => {
    const doc = timed(
      'a',
      'A man was charged after he wounded two children. Investigators say that Tim Doe (DOB 07/19/98) was at his residence with friends on Monday, September 26, 2016 when a group of teens approached.',
      '2016-10-05',
    );
    expect(eventDate([doc])?.start).toBe('2016-09-26');
  });

  it('does not take the day the police spoke for the day of the shooting', () => {
    const doc = timed('a', 'Police said Wednesday that a man was shot Tuesday near the bar.', '2016-01-07');
    expect(eventDate([doc])?.start).toBe('2016-01-05');
  });

  it("takes a day's possessive of the violence for the day of the shooting, after a verb of saying too", () => {
    const doc = timed(
      'a',
      'Police reviewed video of a laundromat shooting, Chief Ann Roy said Tuesday. Roy told reporters Tuesday morning the gunman fled. ' +
        'Customers were back in the laundromat Tuesday morning. A neighbor said Monday\'s shooting felt too close to home. ' +
        'Another resident said Monday\'s shooting frightened her. As of Tuesday afternoon, no one was in custody.',
      '2014-06-03',
    );
    expect(eventDate([doc])?.start).toBe('2014-06-02');
  });

  it('does not take the day of a suspect\'s past crimes for the day of the shootout', () => {
    const doc = timed(
      'a',
      'Three agents were wounded Saturday night when a suspect opened fire at a motel. ' +
        'He had been linked to armed robberies that occurred as recently as Friday. ' +
        'He was wanted for robbing a store at gunpoint early Friday afternoon.',
      '2016-04-24',
    );
    expect(eventDate([doc])?.start).toBe('2016-04-23');
  });

  it('lets the first reports outvote a follow-up that dates its own news', () => {
    const first = timed('a', 'A man was shot and killed Saturday night outside a bar, police said.', '2016-01-04');
    const second = timed('b', 'A teen was shot Saturday at a bar on Elm Street.', '2016-01-03');
    const later = timed('c', 'A man was arrested Tuesday and charged in the Jan. 2 killing. He was arraigned Wednesday.', '2016-02-11');
    expect(eventDate([first, second, later])?.start).toBe('2016-01-02');
  });

  it('dates documents dated alone before (their votes are counted once) as fresh ones', () => {
    const texts = [
      ['a', 'A man was shot and killed Saturday night outside a bar, police said.', '2016-01-04'],
      ['b', 'A teen was shot Saturday at a bar on Elm Street.', '2016-01-03'],
      ['c', 'A man was arrested Tuesday and charged in the Jan. 2 killing. He was arraigned Wednesday.', '2016-02-11'],
    ] as const;
    const seen = texts.map(([id, text, published]) => timed(id, text, published));
    for (const doc of seen) eventDate([doc]);
    const fresh = texts.map(([id, text, published]) => timed(id, text, published));
    expect(eventDate(seen)).toEqual(eventDate(fresh));
    expect(eventDate(seen)?.start).toBe('2016-01-02');
  });

  it('does not take the day a victim died of wounds for the day of the attack', () => {
    const alone = timed('a', 'The monitors recorded 14 deaths in the attack on the market, including one man who died of his wounds on March 25.', '2019-04-02');
    expect(eventDate([alone])).toBeUndefined();
    const both = timed('b', 'Gunmen attacked the market on March 16. A sailor who was shot there succumbed to his injuries Saturday, March 23.', '2019-03-25');
    expect(eventDate([both])?.start).toBe('2019-03-16');
    const later = timed('c', 'A man who was shot outside a bar later died on Sunday.', '2019-03-25');
    expect(eventDate([later])).toBeUndefined();
    // the shot often die in hospital the same day: that day still counts
    const sameDay = timed('d', 'A 15-year-old boy died at a local hospital on Sunday after he was shot.', '2019-03-25');
    expect(eventDate([sameDay])?.start).toBe('2019-03-24');
  });

  it('dates the happening to the month when no report dates it to the day', () => {
    const doc = timed('a', 'Monitoring note: the attack on the market, March 2019. Our team recorded 14 deaths in the attack. A review is due in May 2019.', '2019-04-02');
    expect(eventDate([doc])).toMatchObject({ start: '2019-03', precision: 'month', basis: 'stated' });
    // a day, where one is stated, wins over any month
    const dated = timed('b', 'Gunmen attacked the market in March 2019. The attack on March 16 killed 14.', '2019-04-02');
    expect(eventDate([dated])).toMatchObject({ start: '2019-03-16', precision: 'day' });
    // a month of no violence (a review, a funeral) is not the happening's
    const quiet = timed('c', 'The committee will publish its review of the case in May 2019.', '2019-04-02');
    expect(eventDate([quiet])).toBeUndefined();
  });

  it('does not count a dateline: it dates the report, and its weekdays date the happening', () => {
    const doc = timed('a', 'MARENZA, 4 March 2021 (Agency) - Security forces opened fire on protesters on Wednesday, killing 14 people.', '2021-03-04');
    expect(eventDate([doc])).toMatchObject({ start: '2021-03-03', basis: 'relative' });
    const alone = timed('b', 'MARENZA, 4 March 2021 (Agency) - Security forces opened fire on protesters, killing 14 people.', '2021-03-04');
    expect(eventDate([alone])).toBeUndefined();
  });

  it('never takes the publication or the anniversary for the event', () => {
    const doc = timed('a', 'On Monday, people marked the 30th anniversary of the massacre of January 20, 1990, when troops killed civilians.');
    expect(doc.published).toBe('2020-01-20');
    expect(eventDate([doc])?.start).toBe('1990-01-20');
  });

  it('makes a range of a stated two-day night', () => {
    const doc = timed(
      'a',
      'On January 19, 1990, troops entered the city. On the night of January 19-20, 1990, soldiers shot civilians. On January 20, 1990, the killing went on.',
    );
    expect(eventDate([doc])).toMatchObject({ start: '1990-01-19', end: '1990-01-20' });
  });

  it('reads a page updated after its date from the days it names', () => {
    const doc = timed(
      'a',
      'Seven people were shot Sunday evening near 81st Street. The victims were identified Monday morning by police. Two were released Tuesday afternoon.',
      '2017-01-01',
    );
    expect(eventDate([doc])?.start).toBe('2017-01-01');
  });

  it('gives nothing when no text dates the happening, unless asked to fall back to publication', () => {
    const doc = timed('a', 'A man was shot in the leg near a bar.', '2016-01-04');
    expect(eventDate([doc])).toBeUndefined();
    expect(eventDate([doc], { fallbackToPublished: true })).toEqual({
      start: '2016-01-04',
      precision: 'day',
      basis: 'published',
      support: 0,
      sources: [],
    });
  });

  it('points its sources at the mentions that voted', () => {
    const text = 'A man was shot Saturday night, police said.';
    const doc = timed('a', text, '2016-01-04');
    const event = eventDate([doc]);
    expect(event?.sources.map((span) => text.slice(span.start, span.end))).toEqual(['Saturday night']);
  });

  it('dates a report that names no day from "overnight" or an early-morning time: the publication day', () => {
    const overnight = timed('a', 'Four people were injured in a shooting overnight, police said.', '2016-01-04');
    expect(eventDate([overnight])).toMatchObject({ start: '2016-01-04', basis: 'relative' });
    const clock = timed('b', 'The shooting happened around 1:30 a.m. outside a hotel. Five teens were hurt.', '2016-12-30');
    expect(eventDate([clock])?.start).toBe('2016-12-30');
  });

  it('lets a named day outweigh "overnight" (a weak reading)', () => {
    const doc = timed('a', 'Two people were killed overnight in the city. The first man was shot late Sunday on Elm Street.', '2015-08-10');
    expect(eventDate([doc])?.start).toBe('2015-08-09');
  });

  it('does not let "the weekend" pick its Saturday over a Sunday a report names', () => {
    const doc = timed(
      'a',
      'A man is facing a manslaughter charge after accidentally shooting his friend last weekend. The victim was hit on Sunday afternoon at a home.',
      '2016-06-01',
    );
    expect(eventDate([doc])?.start).toBe('2016-05-29');
  });

  it('counts in full the calendar day a late follow-up names, not the weekdays of its own news', () => {
    const first = timed('a', 'Five people were shot early Thursday on Bragg Street, police said. None of the wounds were life-threatening.', '2016-11-03');
    const later = timed('b', 'A man injured in a November 2 shooting at 22nd and Bragg has died. He died at a hospital on Sunday.', '2016-11-22');
    const last = timed('c', 'Two men were arrested Monday in the Nov. 2 shooting that killed one man and injured four.', '2016-11-29');
    expect(eventDate([first, later, last])?.start).toBe('2016-11-02');
  });

  it('reads a headline and its lead as the opening of the report', () => {
    const doc = timed('a', 'Teen wounded in Friday night shooting\n\nA 16-year-old was shot outside a club, police said. The club closed Saturday.', '2017-01-21');
    expect(eventDate([doc])?.start).toBe('2017-01-20');
  });
});

describe('days counted from the happening ("two days after the shooting")', () => {
  const doc = timed(
    'a',
    'A gunman killed five people at a bar on Saturday night, police said. A vigil was held on Sunday. ' +
      'The morning after the massacre, residents gathered outside. Two days after the shooting, police arrested a man. ' +
      'The night before the attack, the gunman posted online. Hours after the shooting, the mayor spoke. ' +
      '48 hours after the shooting, the bar reopened. The day after, the town was quiet. Several days after the shooting, a fund opened.',
    '2016-01-04',
  );
  const placed = (text: string) => doc.dates.find((d) => d.text === text);

  it("places them from the day the report gives the happening, not from the last date before them (Sunday's vigil)", () => {
    expect(eventDate([doc])?.start).toBe('2016-01-02');
    expect(placed('The morning after the massacre')).toMatchObject({ start: '2016-01-03', partOfDay: 'morning', kind: 'anaphoric', anchoredTo: 'event-date' });
    expect(placed('Two days after the shooting')).toMatchObject({ start: '2016-01-04', anchoredTo: 'event-date' });
    expect(placed('The night before the attack')?.start).toBe('2016-01-01');
    // hours and minutes keep the day; whole days of hours move it
    expect(placed('Hours after the shooting')?.start).toBe('2016-01-02');
    expect(placed('48 hours after the shooting')?.start).toBe('2016-01-04');
    // alone, "the day after" still counts from the last date (the 48 hours after)
    expect(placed('The day after')).toMatchObject({ start: '2016-01-05', anchoredTo: 'previous-date' });
    // "several days" says no distance
    expect(doc.dates.some((d) => d.text.startsWith('Several days'))).toBe(false);
  });

  it('does not let them vote for the event date they were placed from', () => {
    const sources = eventDate([doc])?.sources ?? [];
    const counted = doc.dates.filter((d) => d.anchoredTo === 'event-date');
    expect(counted.length).toBe(5);
    for (const d of counted) expect(sources.some((s) => s.start === d.span.start)).toBe(false);
  });

  it('leaves them unplaced when the report dates no happening to the day', () => {
    const undated = timed('b', 'Two days after the shooting, police arrested a man.', '2016-01-04');
    expect(undated.dates[0]).toMatchObject({ text: 'Two days after the shooting', kind: 'anaphoric' });
    expect(undated.dates[0]?.start).toBeUndefined();
  });
});

describe.skipIf(!HAS_BLACK_JANUARY)('eventDate on the black-january reports', () => {
  it('dates the event 1990-01-19/20, not a publication or an anniversary', () => {
    expect(eventDate(blackJanuary())).toMatchObject({ start: '1990-01-19', end: '1990-01-20', precision: 'day', basis: 'stated' });
  });

  it('places "the morning after the massacre" of an anniversary report the morning after the massacre, not the anniversary', () => {
    const report = blackJanuary().find((d) => d.dates.some((m) => m.text === 'the morning after the massacre'));
    expect(report?.dates.find((m) => m.text === 'the morning after the massacre')).toMatchObject({ start: '1990-01-21', partOfDay: 'morning', anchoredTo: 'event-date' });
  });
});
