import { describe, expect, it } from 'vitest';
import type { DateAnchor, DateKind, DatePrecision, PartOfDay } from '../../../../src/model/time.js';
import { datesIn } from './helpers.js';

/** What a mention must be; absent fields are not checked, `start: null` means "not placed". */
interface Expected {
  readonly text: string;
  readonly start?: string | null;
  readonly end?: string;
  readonly precision?: DatePrecision;
  readonly kind?: DateKind;
  readonly partOfDay?: PartOfDay;
  readonly anchoredTo?: DateAnchor;
  readonly rule?: string;
  readonly tense?: 'past' | 'future';
  readonly isRecurring?: boolean;
  readonly isStamp?: boolean;
  readonly yearImplied?: boolean;
}

/** [publication date (reference), text, every date mention the text must yield, in order]. */
type Row = readonly [published: string | null, text: string, expected: readonly Expected[]];

// Reference days used below: 2016-01-04 is a Monday, 2021-01-20 a Wednesday,
// 2015-06-25 a Thursday, 2013-07-21 a Sunday.
const MONDAY = '2016-01-04';

const ABSOLUTE: readonly Row[] = [
  [null, 'On January 20, 1990, the army entered the city.', [{ text: 'January 20, 1990', start: '1990-01-20', precision: 'day', kind: 'absolute', rule: 'en/date/month-name-day' }]],
  [null, 'The graves of those killed on March 31, 1918 are there.', [{ text: 'March 31, 1918', start: '1918-03-31', precision: 'day' }]],
  [null, 'In December 1989 the council decided to unite the region.', [{ text: 'December 1989', start: '1989-12', precision: 'month', kind: 'absolute' }]],
  [null, 'On 20 January 1990 Soviet troops invaded the capital.', [{ text: '20 January 1990', start: '1990-01-20', rule: 'en/date/day-month-name' }]],
  [null, 'The shooting occurred Jan. 5, 2016, police said.', [{ text: 'Jan. 5, 2016', start: '2016-01-05' }]],
  [null, 'It happened on Sept. 12, 2014 at the park.', [{ text: 'Sept. 12, 2014', start: '2014-09-12' }]],
  [null, 'He was sworn in January 5th, 2001 in Ohio.', [{ text: 'January 5th, 2001', start: '2001-01-05' }]],
  [null, 'It was the 5th of January, 2016 when it happened.', [{ text: '5th of January, 2016', start: '2016-01-05' }]],
  [null, 'date 2021-01-20 The tragedy is remembered in Baku.', [{ text: '2021-01-20', start: '2021-01-20', precision: 'day', isStamp: true }]],
  [null, 'The shooting on 6/14/2016 left two dead.', [{ text: '6/14/2016', start: '2016-06-14', rule: 'en/date/slash' }]],
  // a date in digits before a weight, not a notice's date of birth
  [null, 'On 09/15/2015, 200 pounds of marijuana were seized.', [{ text: '09/15/2015', start: '2015-09-15' }]],
  // day first with dots, as Europe writes it; never a day that does not exist
  [null, 'Published: 14.04.2025', [{ text: '14.04.2025', start: '2025-04-14', precision: 'day', rule: 'en/date/dotted' }]],
  // day first with slashes, as most of the world writes it: with its year
  [null, 'Four dead in attack on police station. 16/10/2023', [{ text: '16/10/2023', start: '2023-10-16', rule: 'en/date/slash' }]],
  // a document that writes one slash date day first writes them all so; a past date read month first after the report's day is day first
  ['2024-03-30', 'The bombing on 10/03/2024 killed five, and a second blast on 25/03/2024 killed two.', [{ text: '10/03/2024', start: '2024-03-10' }, { text: '25/03/2024', start: '2024-03-25' }]],
  ['2024-03-12', 'The bombing on 10/03/2024 killed five.', [{ text: '10/03/2024', start: '2024-03-10' }]],
  ['2024-10-05', 'The bombing on 10/03/2024 killed five.', [{ text: '10/03/2024', start: '2024-10-03' }]],
  ['2016-10-01', 'He will appear in court on 11/3/2016.', [{ text: '11/3/2016', start: '2016-11-03' }]],
  [null, 'The rally of 03.04.2025 was dispersed.', [{ text: '03.04.2025', start: '2025-04-03', rule: 'en/date/dotted' }]],
  [null, 'Police were called on 07/21/15 to the complex.', [{ text: '07/21/15', start: '2015-07-21' }]],
  [null, 'The report is dated 2016/01/20 in the archive.', [{ text: '2016/01/20', start: '2016-01-20' }]],
  [null, 'The case opened in March 2013 after a tip.', [{ text: 'March 2013', start: '2013-03', precision: 'month' }]],
  [null, 'Saturday, Dec. 14, 2013 was a cold day.', [{ text: 'Saturday, Dec. 14, 2013', start: '2013-12-14', precision: 'day' }]],
  [null, 'What happened on January 19-20, 1990?', [{ text: 'January 19-20, 1990', start: '1990-01-19', end: '1990-01-20', kind: 'range' }]],
  [null, 'On the night of January 19-20, 1990, troops entered Baku.', [{ text: 'night of January 19-20, 1990', start: '1990-01-19', end: '1990-01-20', kind: 'range', partOfDay: 'night' }]],
  [null, 'It lasted from January 5 to January 7, 2016, officials said.', [{ text: 'January 5 to January 7, 2016', start: '2016-01-05', end: '2016-01-07', kind: 'range' }]],
  [null, 'A documentary from the bloody night of January 20, 1990, was screened.', [{ text: 'night of January 20, 1990', start: '1990-01-20', partOfDay: 'night', kind: 'absolute' }]],
  [null, 'In the evening of January 19, 1990, tanks rolled in.', [{ text: 'evening of January 19, 1990', start: '1990-01-19', partOfDay: 'evening' }]],
  [null, 'The country, which in 1918 first gained independence, was proud.', [{ text: '1918', start: '1918', precision: 'year', kind: 'absolute', rule: 'en/date/bare-year' }]],
  [null, 'Since 1988, the separatists increased their activities.', [{ text: '1988', start: '1988', precision: 'year' }]],
  [null, 'The Hungarian people lived through a similar tragedy in 1956.', [{ text: '1956', start: '1956' }]],
  [null, 'Heroes and martyrs of 1956 and 1990 shall never be forgotten!', [{ text: '1956', start: '1956' }, { text: '1990', start: '1990' }]],
  [null, 'The unrest grew in early 2015 across the state.', [{ text: '2015', start: '2015' }]],
  [null, 'The city changed a lot in the 1980s.', [{ text: 'the 1980s', start: '1980', end: '1989', precision: 'decade', kind: 'absolute', rule: 'en/date/decade' }]],
  [null, 'In the late 80s of the last century, separatists became active.', [{ text: 'the late 80s of the last century', start: '1987', end: '1989', precision: 'decade' }]],
  [null, 'By the end of the 1980s, the regime entered its death agony.', [{ text: 'the end of the 1980s', start: '1988', end: '1989', precision: 'decade' }]],
  [null, 'Crime peaked in the mid-1990s in the county.', [{ text: 'the mid-1990s', start: '1994', end: '1996' }]],
  [null, 'The gang rose in the early 2000s downtown.', [{ text: 'the early 2000s', start: '2000', end: '2003' }]],
  [null, "Music from the '80s played at the party.", [{ text: "the '80s", start: '1980', end: '1989', precision: 'decade' }]],
  [null, 'In the fall of 1989, the movement reached an incredible momentum.', [{ text: 'the fall of 1989', start: '1989-09', end: '1989-11', precision: 'season', kind: 'absolute', rule: 'en/date/season' }]],
  [null, 'The gang formed in summer 2015 near the river.', [{ text: 'summer 2015', start: '2015-06', end: '2015-08', precision: 'season' }]],
  [null, 'It was bitter in the winter of 1990 in the north.', [{ text: 'the winter of 1990', start: '1990-12', end: '1991-02', precision: 'season' }]],
  [null, 'They were expelled from Armenia, in 1988-1989.', [{ text: '1988-1989', start: '1988', end: '1989', precision: 'year', kind: 'range', rule: 'en/date/year-range' }]],
  [null, 'Bloody events of 1988-1990 opened a new chapter.', [{ text: '1988-1990', start: '1988', end: '1990', kind: 'range' }]],
  [null, 'The families left in 1988-89 for the capital.', [{ text: '1988-89', start: '1988', end: '1989' }]],
  [null, 'The conflict grew between 1988 and 1990 in the region.', [{ text: '1988 and 1990', start: '1988', end: '1990', kind: 'range', rule: 'en/date/year-span' }]],
  [null, 'He served from 2001 to 2005 as sheriff.', [{ text: '2001 to 2005', start: '2001', end: '2005' }]],
  [null, 'The town was founded in the 19th century by miners.', [{ text: 'the 19th century', start: '1800', end: '1899', precision: 'century', rule: 'en/date/century' }]],
  [null, 'In the early twentieth century the mill closed.', [{ text: 'the early twentieth century', start: '1900', end: '1932', precision: 'century' }]],
  [null, 'Three were shot on Christmas Day 2015 in the city.', [{ text: 'Christmas Day 2015', start: '2015-12-25', kind: 'absolute', rule: 'en/date/holiday' }]],
  [null, 'The rally on July 4th, 2016 drew thousands.', [{ text: 'July 4th, 2016', start: '2016-07-04' }]],
  [null, 'The revolution of 1956 is remembered every autumn.', [{ text: '1956', start: '1956' }]],
];

const PARTIAL: readonly Row[] = [
  ['2016-01-07', 'The shooting happened on Jan. 5 near the school.', [{ text: 'Jan. 5', start: '2016-01-05', kind: 'partial', anchoredTo: 'published', yearImplied: true }]],
  [MONDAY, 'It happened Dec. 28 near the school.', [{ text: 'Dec. 28', start: '2015-12-28', kind: 'partial' }]],
  // two months ahead of the page, told as past: last year's (a week ahead stays this year's, and a future sentence looks ahead)
  ['2023-03-16', 'Gunmen killed five people on 12 May.', [{ text: '12 May', start: '2022-05-12', kind: 'partial' }]],
  ['2023-12-27', 'A vigil was held on Friday, Jan. 5.', [{ text: 'Friday, Jan. 5', start: '2024-01-05', kind: 'partial' }]],
  ['2023-03-16', 'The trial will open on 12 May.', [{ text: '12 May', start: '2023-05-12', kind: 'partial' }]],
  // a hearing ahead is this year's; one that was is last year's
  ['2016-10-04', 'Caston has a court date of Nov. 1.', [{ text: 'Nov. 1', start: '2016-11-01', tense: 'future' }]],
  ['2016-10-04', 'His next court date is Nov. 1.', [{ text: 'Nov. 1', start: '2016-11-01', tense: 'future' }]],
  ['2016-10-04', 'He is due back in court on Nov. 1.', [{ text: 'Nov. 1', start: '2016-11-01', tense: 'future' }]],
  ['2016-10-04', 'He had a court date of Nov. 1 but missed it.', [{ text: 'Nov. 1', start: '2015-11-01', tense: 'past' }]],
  ['2015-06-25', 'He was shot June 17 at about 5 a.m. on a stoop.', [{ text: 'June 17', start: '2015-06-17' }]],
  ['2015-12-03', 'On Oct. 27, a toddler found the gun.', [{ text: 'Oct. 27', start: '2015-10-27' }]],
  ['2017-01-05', 'He was shot Jan 3rd outside the store.', [{ text: 'Jan 3rd', start: '2017-01-03' }]],
  ['2016-06-01', 'In March, police arrested him.', [{ text: 'March', start: '2016-03', precision: 'month', kind: 'partial' }]],
  // an anaphora after a month or a year that times a clause of its sentence is no day (not the day of a sentence before)
  ['2025-04-20', 'The attack on 12 April killed three. In Manchester last month, two teens died in separate attacks on the same night.', [{ text: '12 April', start: '2025-04-12' }, { text: 'last month', start: '2025-03' }, { text: 'the same night', start: null }]],
  ['2025-04-20', 'The attack on 12 April killed three. Two teens died in separate attacks on the same night.', [{ text: '12 April', start: '2025-04-12' }, { text: 'the same night', start: '2025-04-12' }]],
  // a number after the month's comma counts what follows: no day, no two-digit year
  ['2016-06-01', 'In March, 12 people were arrested.', [{ text: 'March', start: '2016-03', precision: 'month' }]],
  ['2016-06-01', 'In the first riot, in February, 79 prisoners died.', [{ text: 'February', start: '2016-02', precision: 'month' }]],
  ['2016-06-01', 'The March, 12 people said, was peaceful.', []],
  [null, 'The riot in February, 1979 killed many.', [{ text: 'February, 1979', start: '1979-02', precision: 'month' }]],
  ['2016-01-07', 'On Friday, Jan. 1, the shooting started.', [{ text: 'Friday, Jan. 1', start: '2016-01-01' }]],
  ['2025-01-10', 'Azerbaijan will have three consecutive non-working days – January 18, 19 and 20.', [{ text: 'January 18, 19 and 20', start: '2025-01-18', end: '2025-01-20', kind: 'range', tense: 'future', rule: 'en/date/month-day-list' }]],
  [null, 'Azerbaijan will have three consecutive non-working days – January 18, 19 and 20.', [{ text: 'January 18, 19 and 20', start: null, kind: 'range' }]],
  ['2016-01-20', 'On January 18, 19 people were injured in the riots.', [{ text: 'January 18', start: '2016-01-18', kind: 'partial', rule: 'en/date/month-name-day' }]],
  [null, 'The families met on January 18 and 19, 1990 in the square.', [{ text: 'January 18 and 19, 1990', start: '1990-01-18', end: '1990-01-19', kind: 'range' }]],
  ['2021-01-20', 'On January 20, 1990, troops entered Baku. The January 20 massacre shocked the world.', [{ text: 'January 20, 1990', start: '1990-01-20' }, { text: 'January 20', start: '1990-01-20', anchoredTo: 'previous-date', yearImplied: true }]],
  ['2021-01-20', 'The tragedy of January 20, 1990 changed us. On the night of January 19-20, troops entered Baku.', [{ text: 'January 20, 1990', start: '1990-01-20' }, { text: 'night of January 19-20', start: '1990-01-19', end: '1990-01-20', partOfDay: 'night', anchoredTo: 'previous-date' }]],
  ['2021-01-20', 'The events of January 20 shaped us. It all began on January 20, 1990 in Baku.', [{ text: 'January 20', start: '1990-01-20', anchoredTo: 'same-date' }, { text: 'January 20, 1990', start: '1990-01-20' }]],
  ['2013-12-26', 'The attack left 3 dead on Christmas.', [{ text: 'Christmas', start: '2013-12-25', rule: 'en/date/holiday' }]],
  ['2013-12-26', 'A man opened fire Christmas morning, killing three.', [{ text: 'Christmas morning', start: '2013-12-25', partOfDay: 'morning' }]],
  ['2016-11-26', 'Two men were shot on Thanksgiving in the city.', [{ text: 'Thanksgiving', start: '2016-11-24' }]],
  ['2015-12-01', 'He was shot on Thanksgiving Day at a family dinner.', [{ text: 'Thanksgiving Day', start: '2015-11-26' }]],
  ['2017-01-03', 'The officer was shot on New Year\'s Eve near the bar.', [{ text: "New Year's Eve", start: '2016-12-31' }]],
  ['2016-07-06', 'Fireworks and gunfire filled the night on the Fourth of July.', [{ text: 'the Fourth of July', start: '2016-07-04' }]],
  ['2016-05-31', 'Three were wounded on Memorial Day at a cookout.', [{ text: 'Memorial Day', start: '2016-05-30' }]],
  ['2015-04-06', 'A teen was shot on Easter Sunday after church.', [{ text: 'Easter Sunday', start: '2015-04-05' }]],
  ['2015-11-02', 'Two were shot at a party on Halloween night.', [{ text: 'Halloween night', start: '2015-10-31', partOfDay: 'night' }]],
  // Holidays with a curly apostrophe, or none, as news sites write them; Black Friday.
  ['2017-01-03', 'The officer was shot on New Year’s Eve near the bar.', [{ text: 'New Year’s Eve', start: '2016-12-31' }]],
  ['2017-01-04', 'The incident happened at a home in Laurel on New Years Eve.', [{ text: 'New Years Eve', start: '2016-12-31' }]],
  ['2016-05-10', 'A man was shot on Mother’s Day outside a church.', [{ text: 'Mother’s Day', start: '2016-05-08' }]],
  ['2016-11-30', 'Shots were fired at a mall on Black Friday.', [{ text: 'Black Friday', start: '2016-11-25' }]],
  // A phrase next to a month-day names its year: from the publication date, or from the date named before.
  ['2026-05-01', 'On March 9 last year, gunmen killed 12 people at the market.', [{ text: 'March 9 last year', start: '2025-03-09', precision: 'day', kind: 'partial', anchoredTo: 'published', yearImplied: true, rule: 'en/date/month-name-day' }]],
  ['2026-05-01', 'Last year on March 9, gunmen killed 12 people.', [{ text: 'Last year on March 9', start: '2025-03-09', kind: 'partial' }]],
  ['2026-03-09', 'Gunmen stormed the market on March 9 this year.', [{ text: 'March 9 this year', start: '2026-03-09' }]],
  ['2026-05-01', 'Last year, in June, the market reopened.', [{ text: 'Last year, in June', start: '2025-06', precision: 'month' }]],
  ['2026-05-01', 'He was shot on March 9, 2024. On March 12 the year before, he had been arrested.', [{ text: 'March 9, 2024' }, { text: 'March 12 the year before', start: '2023-03-12', anchoredTo: 'previous-date' }]],
  ['2026-05-01', 'He was shot on March 9, 2024. He had been arrested on March 12 a year earlier.', [{ text: 'March 9, 2024' }, { text: 'March 12 a year earlier', start: '2023-03-12' }]],
  // "a year before the attack" counts from the attack; "last year's" is no year of the day before it
  ['2026-05-01', 'It was March 9 a year before the attack.', [{ text: 'March 9', start: '2026-03-09' }]],
  ['2026-05-01', "He won on March 9 last year's title.", [{ text: 'March 9', start: '2026-03-09' }, { text: 'last year', start: '2025' }]],
];

const RELATIVE: readonly Row[] = [
  [MONDAY, 'Police said the shooting happened Saturday night.', [{ text: 'Saturday night', start: '2016-01-02', partOfDay: 'night', kind: 'relative', anchoredTo: 'published', rule: 'en/date/weekday' }]],
  [MONDAY, 'The victim died Monday at the hospital.', [{ text: 'Monday', start: '2016-01-04' }]],
  [MONDAY, 'He will be arraigned Monday in district court.', [{ text: 'Monday', start: '2016-01-11', tense: 'future' }]],
  [MONDAY, 'He is scheduled to appear in court Tuesday.', [{ text: 'Tuesday', start: '2016-01-05', tense: 'future' }]],
  [MONDAY, 'A man was killed early Sunday in a shooting.', [{ text: 'early Sunday', start: '2016-01-03', partOfDay: 'morning' }]],
  [MONDAY, 'Officers said they were called about 3 a.m. Sunday to the bar.', [{ text: 'Sunday', start: '2016-01-03' }]],
  [MONDAY, 'Four were shot late Saturday at a party.', [{ text: 'late Saturday', start: '2016-01-02', partOfDay: 'night' }]],
  [MONDAY, 'He was shot last Saturday outside a bar.', [{ text: 'last Saturday', start: '2016-01-02' }]],
  // the weekday of the week before the report's (Monday to Sunday)
  [MONDAY, 'He was shot on Tuesday last week.', [{ text: 'Tuesday last week', start: '2015-12-29' }]],
  [MONDAY, 'He was shot on Friday of last week.', [{ text: 'Friday of last week', start: '2016-01-01' }]],
  [MONDAY, 'The funeral is set for next Friday.', [{ text: 'next Friday', start: '2016-01-08' }]],
  [MONDAY, 'A gunman opened fire in a park yesterday.', [{ text: 'yesterday', start: '2016-01-03', kind: 'relative', rule: 'en/date/casual-day' }]],
  [MONDAY, 'Three people were shot last night on Elm Street.', [{ text: 'last night', start: '2016-01-03', partOfDay: 'night' }]],
  [MONDAY, 'Police arrested a suspect this morning.', [{ text: 'this morning', start: '2016-01-04', partOfDay: 'morning' }]],
  [MONDAY, 'A vigil is planned tonight at the school.', [{ text: 'tonight', start: '2016-01-04', partOfDay: 'night' }]],
  [MONDAY, 'The chief spoke today about the case.', [{ text: 'today', start: '2016-01-04' }]],
  [MONDAY, 'The results are expected tomorrow from the lab.', [{ text: 'tomorrow', start: '2016-01-05' }]],
  [MONDAY, 'It started the day before yesterday with a fight.', [{ text: 'the day before yesterday', start: '2016-01-02' }]],
  [MONDAY, 'She was found yesterday morning by a neighbor.', [{ text: 'yesterday morning', start: '2016-01-03', partOfDay: 'morning' }]],
  [MONDAY, 'He was arrested last week in Ohio.', [{ text: 'last week', start: '2015-12-28', end: '2016-01-03', precision: 'week', rule: 'en/date/relative-unit' }]],
  [MONDAY, 'The store was robbed last month by two men.', [{ text: 'last month', start: '2015-12', precision: 'month' }]],
  [MONDAY, 'There were 40 homicides last year in the city.', [{ text: 'last year', start: '2015', precision: 'year' }]],
  [MONDAY, 'The trial will start next year, officials said.', [{ text: 'next year', start: '2017' }]],
  [MONDAY, 'A similar shooting occurred earlier this month nearby.', [{ text: 'earlier this month', start: '2016-01' }]],
  ['2020-01-20', 'He witnessed the cruelty of the invading army 30 years ago.', [{ text: '30 years ago', start: '1990', precision: 'year', kind: 'relative', rule: 'en/date/ago' }]],
  ['2025-01-20', 'It happened thirty-five years ago in Baku.', [{ text: 'thirty-five years ago', start: '1990' }]],
  ['2025-01-20', 'It happened thirty -five years ago in Baku.', [{ text: 'thirty -five years ago', start: '1990' }]],
  // a month that times a violent happening in the past is the one before the page, not the coming one
  ['2023-11-14', 'In January, a suicide bomber killed more than 80 people.', [{ text: 'January', start: '2023-01', precision: 'month' }]],
  ['2023-11-14', 'In December, gunmen stormed the village.', [{ text: 'December', start: '2022-12', precision: 'month' }]],
  ['2023-11-14', 'Regional elections are due in January.', [{ text: 'January', start: '2024-01', precision: 'month' }]],
  // years ago "today", "this week", "this month": that day, week or month of the year
  ['2024-11-14', 'One year ago today, a motorcycle bomb tore through the bazaar.', [{ text: 'One year ago today', start: '2023-11-14', precision: 'day', rule: 'en/date/ago' }]],
  ['2025-06-12', 'Five years ago this week, gunmen stormed the school.', [{ text: 'Five years ago this week', start: '2020-06-12', precision: 'week' }]],
  ['2025-06-12', 'Ten years ago this month, the siege began.', [{ text: 'Ten years ago this month', start: '2015-06', precision: 'month' }]],
  [MONDAY, 'The man was shot two days ago in his car.', [{ text: 'two days ago', start: '2016-01-02', precision: 'day' }]],
  [MONDAY, 'She moved in a week ago with her kids.', [{ text: 'a week ago', start: '2015-12-28', precision: 'week' }]],
  [MONDAY, 'The feud began three months ago at school.', [{ text: 'three months ago', start: '2015-10', precision: 'month' }]],
  [MONDAY, 'The plant closed two decades ago for good.', [{ text: 'two decades ago', start: '1996', precision: 'year' }]],
  [MONDAY, 'A woman was shot dead a fortnight ago.', [{ text: 'a fortnight ago', start: '2015-12-21', precision: 'week' }]],
  [MONDAY, 'Five people were shot over the weekend in the city.', [{ text: 'weekend', start: '2016-01-02', end: '2016-01-03' }]],
  [MONDAY, 'Police made three arrests this weekend after the fight.', [{ text: 'this weekend', start: '2016-01-02', end: '2016-01-03' }]],
  [null, 'On Monday, the people marked the anniversary.', [{ text: 'Monday', start: null, kind: 'relative' }]],
  [MONDAY, 'SHOTS RANG OUT SATURDAY NIGHT NEAR THE HALL.', [{ text: 'SATURDAY NIGHT', start: '2016-01-02', partOfDay: 'night' }]],
  [MONDAY, 'The shop closed Sat. after the robbery.', [{ text: 'Sat.', start: '2016-01-02' }]],
  ['2013-07-21', 'He was shot Friday and died Saturday.', [{ text: 'Friday', start: '2013-07-19' }, { text: 'Saturday', start: '2013-07-20' }]],
  ['2015-06-25', 'Burks was arrested on Friday for the shooting.', [{ text: 'Friday', start: '2015-06-19' }]],
  ['2021-01-20', 'On Wednesday, officials laid wreaths.', [{ text: 'Wednesday', start: '2021-01-20' }]],
  [MONDAY, 'He was shot Saturday night and died early Sunday.', [{ text: 'Saturday night', start: '2016-01-02' }, { text: 'early Sunday', start: '2016-01-03' }]],
  [MONDAY, 'Police said Saturday that a suspect was in custody.', [{ text: 'Saturday', start: '2016-01-02' }]],
  // "overnight" and an early-morning clock time with no day named: the publication day (weak readings).
  [MONDAY, 'Four people were injured in a shooting overnight, police said.', [{ text: 'overnight', start: '2016-01-04', partOfDay: 'night', kind: 'relative', rule: 'en/date/overnight' }]],
  [MONDAY, 'Two men were shot in the overnight hours near the park.', [{ text: 'in the overnight hours', start: '2016-01-04', rule: 'en/date/overnight' }]],
  [MONDAY, 'The shootings happened around 12:30 a.m. at a hotel.', [{ text: '12:30 a.m.', start: '2016-01-04', partOfDay: 'night', rule: 'en/date/clock' }]],
  [MONDAY, 'Officers responded at 1:30 AM to the complex.', [{ text: '1:30 AM', start: '2016-01-04', rule: 'en/date/clock' }]],
  [MONDAY, 'The shooting happened shortly after midnight on Wheeler Road.', [{ text: 'shortly after midnight', start: '2016-01-04', rule: 'en/date/clock' }]],
  // A weekday with its date in brackets: one mention, the stated date wins over the weekday's.
  ['2015-07-01', 'Monday (6/30) evening the deputies responded to a hospital.', [{ text: 'Monday (6/30) evening', start: '2015-06-30', partOfDay: 'evening', rule: 'en/date/slash' }]],
  [null, 'On Tuesday (January 3) in the 300 block a gun went off.', [{ text: 'Tuesday (January 3)', rule: 'en/date/month-name-day' }]],
  // A date that times a happening is past, even in a clause that announces ("are expected to").
  ['2016-11-03', 'All five victims of a Wednesday night shooting are expected to survive.', [{ text: 'Wednesday night', start: '2016-11-02', tense: 'past' }]],
  // A weekday after a determiner stays a day before a happening of one day, a part of the day or a word that goes on with the day.
  [MONDAY, 'He appeared at his Saturday arraignment in district court.', [{ text: 'Saturday', start: '2016-01-02' }]],
  [MONDAY, 'He has been on the run since the Tuesday slaying of his wife.', [{ text: 'Tuesday', start: '2015-12-29' }]],
  [MONDAY, 'Officials spoke at the Wednesday meeting.', [{ text: 'Wednesday', start: '2015-12-30' }]],
  [MONDAY, 'On the Sunday before the attack, he left town.', [{ text: 'Sunday', start: '2016-01-03' }]],
  [MONDAY, 'It was a Friday afternoon like any other.', [{ text: 'Friday afternoon', start: '2016-01-01', partOfDay: 'afternoon' }]],
  // The time from a happening to the report: the happening that long before the publication date.
  ['2026-03-09', 'A year after gunmen stormed the Sunday cattle market and killed 12 people, traders say business has yet to recover.', [{ text: 'A year after', start: '2025', precision: 'year', kind: 'relative', anchoredTo: 'published', rule: 'en/date/elapsed' }]],
  ['2026-03-09', 'Traders say business is slow a year after gunmen stormed the market.', [{ text: 'a year after', start: '2025', precision: 'year' }]],
  ['2016-01-01', "It's been two months since the boy was shot and killed inside his home.", [{ text: 'two months since', start: '2015-11', precision: 'month', rule: 'en/date/elapsed' }]],
];

const ANAPHORIC: readonly Row[] = [
  [null, 'January 19, 1990, intelligence services blew up the power unit. In the evening of the same day, troops entered Baku.', [{ text: 'January 19, 1990', start: '1990-01-19' }, { text: 'the evening of the same day', start: '1990-01-19', partOfDay: 'evening', kind: 'anaphoric', anchoredTo: 'previous-date', rule: 'en/date/anaphora', yearImplied: true }]],
  [null, 'January 19, 1990, the unit was blown up. On that night, 130 civilians died.', [{ text: 'January 19, 1990' }, { text: 'that night', start: '1990-01-19', partOfDay: 'night', kind: 'anaphoric' }]],
  [null, 'On Jan. 5, 2016, he was shot. He died the next day.', [{ text: 'Jan. 5, 2016' }, { text: 'the next day', start: '2016-01-06', kind: 'anaphoric' }]],
  [null, 'On Jan. 5, 2016, he was shot. He was arrested the following morning.', [{ text: 'Jan. 5, 2016' }, { text: 'the following morning', start: '2016-01-06', partOfDay: 'morning' }]],
  [null, 'On Jan. 5, 2016, he was shot. They had argued the day before.', [{ text: 'Jan. 5, 2016' }, { text: 'the day before', start: '2016-01-04' }]],
  [null, 'On Jan. 5, 2016, he was shot. He died two days later.', [{ text: 'Jan. 5, 2016' }, { text: 'two days later', start: '2016-01-07', rule: 'en/date/later' }]],
  // a day right before a happening's noun anchors the anaphora after it, not the clause's day before it
  ['2024-10-17', 'He was arrested Wednesday night. Two men were killed in the Oct. 14 shooting. One was found wounded that night.', [{ text: 'Wednesday night', start: '2024-10-16' }, { text: 'Oct. 14', start: '2024-10-14' }, { text: 'that night', start: '2024-10-14', kind: 'anaphoric' }]],
  ['2024-10-17', "He was arrested Wednesday. He was charged in Saturday's shooting. The victim died the next day.", [{ text: 'Wednesday' }, { text: 'Saturday', start: '2024-10-12' }, { text: 'the next day', start: '2024-10-13' }]],
  // not a day that names the graves of another happening ("the graves of victims of massacres ..., March 31, 1918")
  [null, 'On January 20, 1990, he was buried where the victims of the massacres of March 31, 1918 lie. A million people gathered that day.', [{ text: 'January 20, 1990' }, { text: 'March 31, 1918' }, { text: 'that day', start: '1990-01-20' }]],
  [null, 'On Jan. 5, 2016, he was shot. He was charged a week later.', [{ text: 'Jan. 5, 2016' }, { text: 'a week later', start: '2016-01-12', precision: 'week' }]],
  [null, 'On Jan. 5, 2016, he was shot. Hours later, police found the car.', [{ text: 'Jan. 5, 2016' }, { text: 'Hours later', start: '2016-01-05' }]],
  [null, 'On Jan. 5, 2016, he was shot. Neighbors gathered that day.', [{ text: 'Jan. 5, 2016' }, { text: 'that day', start: '2016-01-05' }]],
  [null, 'On Jan. 5, 2016, he was shot. Later that night, police made an arrest.', [{ text: 'Jan. 5, 2016' }, { text: 'Later that night', start: '2016-01-05', partOfDay: 'night' }]],
  [null, 'On Jan. 5, 2016, he was shot. They had fought the previous night.', [{ text: 'Jan. 5, 2016' }, { text: 'the previous night', start: '2016-01-04', partOfDay: 'night' }]],
  [null, 'On Jan. 5, 2016, troops opened fire. The morning after, the city was silent.', [{ text: 'Jan. 5, 2016' }, { text: 'The morning after', start: '2016-01-06', partOfDay: 'morning' }]],
  [null, 'That night, people gathered in the square.', [{ text: 'That night', start: null, kind: 'anaphoric' }]],
  [null, 'On Jan. 5, 2016, he was shot. It rained. Dogs barked. Cars passed. Shops closed. That day, people gathered.', [{ text: 'Jan. 5, 2016' }, { text: 'That day', start: null }]],
  [null, 'Victims of the massacres of March 31, 1918 are buried there. That day, people gathered.', [{ text: 'March 31, 1918' }, { text: 'That day', start: null }]],
  [null, 'First, on January 19, 1990, the provider was blasted. In the evening hours, the army entered the city.', [{ text: 'January 19, 1990' }, { text: 'In the evening hours', start: '1990-01-19', partOfDay: 'evening', rule: 'en/date/opening-part-of-day' }]],
  [MONDAY, 'Police said the shooting happened Saturday. The victim died the next day.', [{ text: 'Saturday', start: '2016-01-02' }, { text: 'the next day', start: '2016-01-03' }]],
  // Counted from the happening they name, which the time stage dates (`timeDocument`): unplaced here.
  [MONDAY, 'A man was shot Saturday. Two days after the shooting, police arrested his brother.', [{ text: 'Saturday', start: '2016-01-02' }, { text: 'Two days after the shooting', start: null, kind: 'anaphoric', rule: 'en/date/anaphora' }]],
  [MONDAY, 'A man was shot Saturday. Sunday, a vigil was held. The morning after the deadly shooting, police made an arrest.', [{ text: 'Saturday' }, { text: 'Sunday' }, { text: 'The morning after the deadly shooting', start: null, partOfDay: 'morning' }]],
  [MONDAY, 'A man was shot Saturday. Minutes before the attack, he called 911.', [{ text: 'Saturday' }, { text: 'Minutes before the attack', start: null }]],
  [MONDAY, 'A man was shot Saturday. Several days after the shooting, a fund opened.', [{ text: 'Saturday' }]],
  // a date set off before the phrase: the phrase says what that date is to the happening, and names no day
  [MONDAY, 'A man was shot Wednesday. His family buried him on Saturday, three days after the shooting.', [{ text: 'Wednesday', start: '2015-12-30' }, { text: 'Saturday', start: '2016-01-02' }]],
  // a happening its own words date is no anaphora: the date is read
  [MONDAY, 'He appeared in court seven weeks after the December 20 shooting.', [{ text: 'December 20', start: '2015-12-20' }]],
  [MONDAY, 'A man was shot Saturday. The day after the meeting, they left.', [{ text: 'Saturday' }, { text: 'The day after', start: '2016-01-03' }]],
];

const SPECIAL: readonly Row[] = [
  [null, 'Every year on January 20, thousands come to the alley.', [{ text: 'January 20', start: null, isRecurring: true }]],
  [null, 'January 20 is the Day of National Mourning in the country.', [{ text: 'January 20', start: null, isRecurring: true }]],
  [MONDAY, 'Each January 20 the families meet.', [{ text: 'January 20', start: null, isRecurring: true }]],
  [null, 'Posted: Tuesday, April 15, 2014 8:04 AM EDT', [{ text: 'Tuesday, April 15, 2014', start: '2014-04-15', isStamp: true }]],
  [null, 'Four were shot on Third Street. (Published Friday, May 29, 2015)', [{ text: 'Friday, May 29, 2015', start: '2015-05-29', isStamp: true }]],
  ['2025-01-10', 'On January 20, 2025, Britain will mark the anniversary.', [{ text: 'January 20, 2025', start: '2025-01-20', tense: 'future' }]],
  ['2016-01-04', 'The man, who was shot Saturday, will be arraigned Tuesday.', [{ text: 'Saturday', start: '2016-01-02', tense: 'past' }, { text: 'Tuesday', start: '2016-01-05', tense: 'future' }]],
];


/** Text that holds no date, or not the one a naive reading finds. */
const NEGATIVE: readonly Row[] = [
  [MONDAY, 'The store is open 24/7 for customers.', []],
  [MONDAY, 'Since 9/11, security at the airport tightened.', []],
  [MONDAY, 'He lost his brother in the 9/11 attacks.', []],
  [MONDAY, 'The post-9/11 era changed policing.', []],
  [MONDAY, 'Version 2.10.3 of the app was released.', []],
  [MONDAY, 'On 31.02.2025 the office was closed.', []],
  [MONDAY, 'The score was 21/14 at the break.', []],
  [MONDAY, 'The address 10.1.2020.5 was blocked.', []],
  [MONDAY, 'The phone runs iOS 10.3 and Android 7.1.', []],
  [MONDAY, 'The team won 3-1 on the road.', []],
  [MONDAY, 'The score was 21-14 at halftime.', []],
  [MONDAY, 'About 3/4 of the votes were counted.', []],
  // dates of birth name a person, they date no happening
  [MONDAY, 'He was born January 5th, 2001 in Ohio.', []],
  [MONDAY, 'Timothy Caston (DOB 07/19/98) was at his residence.', []],
  [MONDAY, 'The suspect, D.O.B. 3/2/1990, is wanted.', []],
  [MONDAY, 'WANTED: PARIS DOE  09/15/1991  5’9” 155-160 lbs  Brown Eyes', []],
  [MONDAY, 'Soviet troops from 5 directions entered the city.', []],
  [MONDAY, 'They marked the 15th anniversary of the invasion.', []],
  [MONDAY, 'The 15\u2122 Anniversary of the Soviet Invasion was marked.', []],
  [MONDAY, 'Thirty-five years have passed since the bloodshed.', []],
  [MONDAY, 'Despite the fact that thirty -five years have passed, people remember.', []],
  [MONDAY, 'Officials said 1,990 people were evacuated.', []],
  [MONDAY, 'The storm damaged power lines in 2000 homes.', []],
  [MONDAY, 'Police were called to the area of 1115 Mt. Vernon Avenue.', []],
  [MONDAY, 'The shooting happened in the 1900 block of Main Street.', []],
  [MONDAY, 'He sat down and waited for the police.', []],
  [MONDAY, 'The Sun reported the arrest first.', []],
  [MONDAY, 'Shoppers lined up on Good Friday morning for sales.', []],
  [MONDAY, 'Hundreds joined a protest march through downtown.', []],
  [MONDAY, 'You may go home now, the officer said.', []],
  [MONDAY, 'A 19-year-old man was taken to the hospital.', []],
  [MONDAY, 'The 70-year-old communist empire collapsed.', []],
  [MONDAY, 'Temperatures were in the mid-80s at the scene.', []],
  [MONDAY, 'The suspect is a man in his late 20s.', []],
  [MONDAY, 'Guests at a Christmas party heard the shots.', []],
  [MONDAY, 'Track all of the shootings over Thanksgiving weekend here.', []],
  [MONDAY, 'The shots were fired at 10 p.m. near the bar.', []],
  [MONDAY, 'The victim was in Room 1918 of the hotel.', []],
  [MONDAY, 'He has run the shop for 30 years with his wife.', []],
  [MONDAY, 'They tried to prevent the fall of the regime.', []],
  [MONDAY, 'The measure passed by 2000 votes in the county.', []],
  [MONDAY, 'The attacker was stopped by a bouncer at the door.', []],
  [MONDAY, 'Fifteen years has passed since the crime against the people.', []],
  // Clock times: in the afternoon or evening, with a day named elsewhere in the sentence, in a stamp,
  // inside another time ("6:55 a.m." holds no "5 a.m."), or the length of a stay.
  [MONDAY, 'The victim was pronounced dead at 6:55 a.m. at the hospital.', []],
  [MONDAY, 'Updated 1:30 AM EDT', []],
  [MONDAY, 'He was held overnight in the county jail.', []],
  [MONDAY, 'She works an overnight shift at the plant.', []],
  [MONDAY, 'Those skeptical about leaving the union changed their mind overnight.', []],
  [MONDAY, 'The town emptied almost overnight.', []],
  [MONDAY, 'Change like this does not happen overnight.', []],
  // A list of related videos, each headline after its running time: page furniture, not the report.
  [MONDAY, '1:26 U.S. Rep. John Lewis makes inspiring speech on Martin Luther King Day', []],
  // A weekday after a determiner or possessive and before a noun is a kind of that noun.
  [MONDAY, "Gunmen stormed the town's Sunday market, killing 12 people.", []],
  [MONDAY, 'The story ran in the Saturday edition of the paper.', []],
  [MONDAY, 'Hundreds marched after their Friday prayers.', []],
  // "<time> after" a happening, unless the main clause is the report's present; a length of time.
  [MONDAY, 'A month after his 20th birthday, he opened fire on a man.', []],
  [MONDAY, 'Four years after he had been committed, he still had weapons.', []],
  [MONDAY, 'She is on probation for two years after pleading guilty.', []],
];

function check(rows: readonly Row[]): void {
  it.each(rows.map((row) => [row[1], row] as const))('%s', (_title, row) => {
    const [published, text, expected] = row;
    const dates = datesIn(text, published ?? undefined);
    expect(dates.map((date) => date.text)).toEqual(expected.map((item) => item.text));
    let searchFrom = 0;
    expected.forEach((item, i) => {
      const date = dates[i];
      if (!date) throw new Error(`missing ${item.text}`);
      const at = text.indexOf(item.text, searchFrom);
      expect(date.span.start).toBe(at);
      expect(date.span.end).toBe(at + item.text.length);
      searchFrom = at + 1;
      if (item.start !== undefined) expect(date.start).toBe(item.start ?? undefined);
      if (item.end !== undefined) expect(date.end).toBe(item.end);
      if (item.precision !== undefined) expect(date.precision).toBe(item.precision);
      if (item.kind !== undefined) expect(date.kind).toBe(item.kind);
      if (item.partOfDay !== undefined) expect(date.partOfDay).toBe(item.partOfDay);
      if (item.anchoredTo !== undefined) expect(date.anchoredTo).toBe(item.anchoredTo);
      if (item.rule !== undefined) expect(date.rule).toBe(item.rule);
      if (item.tense !== undefined) expect(date.tense).toBe(item.tense);
      if (item.isRecurring !== undefined) expect(date.isRecurring ?? false).toBe(item.isRecurring);
      if (item.isStamp !== undefined) expect(date.isStamp ?? false).toBe(item.isStamp);
      if (item.yearImplied !== undefined) expect(date.certainty.year).toBe(item.yearImplied ? 'implied' : 'stated');
    });
  });
}

describe('absolute dates: stated year', () => check(ABSOLUTE));
describe('partial dates: year from the document or the publication date', () => check(PARTIAL));
describe('relative dates: from the publication date', () => check(RELATIVE));
describe('anaphoric dates: from an earlier date of the document', () => check(ANAPHORIC));
describe('recurring days, page stamps, announcements', () => check(SPECIAL));
describe('negative cases: no date', () => check(NEGATIVE));

describe('stated and implied parts', () => {
  it('keeps a stated year stated and an implied year implied', () => {
    const [stated] = datesIn('It happened on January 20, 1990 in Baku.');
    expect(stated?.certainty).toEqual({ year: 'stated', month: 'stated', day: 'stated' });
    const [partial] = datesIn('It happened on Jan. 5 in Ohio.', '2016-01-07');
    expect(partial?.certainty).toEqual({ year: 'implied', month: 'stated', day: 'stated' });
    expect(partial?.stated).toEqual({ month: 1, day: 5 });
    const [weekday] = datesIn('He was shot Saturday in Ohio.', MONDAY);
    expect(weekday?.certainty).toEqual({ year: 'implied', month: 'implied', day: 'implied' });
    expect(weekday?.stated).toEqual({ weekday: 6 });
  });

  it('records the offset of relative and anaphoric expressions', () => {
    const [ago] = datesIn('It happened 30 years ago today.', '2020-01-20');
    expect(ago?.offset).toEqual({ amount: -30, unit: 'year' });
    const dates = datesIn('On Jan. 5, 2016, he was shot. He died two days later.');
    expect(dates[1]?.offset).toEqual({ amount: 2, unit: 'day' });
  });

  it('counts the expressions of this file', () => {
    const rows = ABSOLUTE.length + PARTIAL.length + RELATIVE.length + ANAPHORIC.length + SPECIAL.length + NEGATIVE.length;
    expect(rows).toBeGreaterThanOrEqual(150);
  });
});

