import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributionOf, scopeOf } from '../../../../src/stages/extract/claims/index.js';
import { paragraphStart } from '../../../../src/stages/extract/claims/scope.js';

describe('scopeOf: totals', () => {
  it.each([
    ['In total, 147 people died.', 'total'],
    ['147 people died nationwide.', 'total'],
    ['Nationwide, 147 people died.', 'total'],
    ['Overall, five people were hurt.', 'total'],
    // a capitalised total word before another capitalised word is a name, not a total
    ['The 13-year-old died a short time later at Nationwide Children\'s Hospital.', 'unscoped'],
    ['He was taken to Nationwide Children\'s Hospital, where he died.', 'unscoped'],
    ['Two died, police said, a toll that overall rose.', 'total'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});

describe('scopeOf: a recap of many crimes', () => {
  it('is statistics, not the event', () => {
    expect(scopeOf('Reporter Adam Sege recaps the overnight crime, including a 14-year-old boy killed in a drive-by shooting.').key).toBe('aggregate');
  });
});

describe('scopeOf: incidents and a spate of shootings', () => {
  it.each([
    ['One shot, at least four dead in opening weekend incidents', 'aggregate'],
    ['TWO WEEKS OF GUNS: 4 dead, others injured after recent spate of shootings, violence', 'aggregate'],
    ['Two men were killed in separate incidents on Thursday.', 'aggregate'],
    // one incident is the event's
    ['Two people were killed in the incident in Gary.', 'main'],
    // shootings over the weekend are statistics; one shooting over the weekend is the event
    ['Five people were wounded in shootings across the city over the weekend.', 'aggregate'],
    ['Nine people were shot over the weekend in Velmora.', 'aggregate'],
    ['A boy, 6, is recovering after becoming an innocent victim of a shooting over the weekend.', 'main'],
    ['Drugs may have been at the center of a Liberty City shooting over the weekend which left two women dead.', 'main'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});

describe('scopeOf: the place of a headline in title case', () => {
  it.each([
    ['At Least 3 Injured in Overnight Shooting', undefined],
    ['Teen Killed in Overnight Shooting in Hamden', 'Hamden'],
    ['2 Dead in Memphis Shooting', 'Memphis'],
    // running text keeps any capitalised place after "in"
    ['Four people were shot in Velmora on Saturday.', 'Velmora'],
    // but not a facility's name, nor the town of the hospital the wounded were taken to
    ['A man who had been critically wounded died at Grant Medical Center.', undefined],
    ['Two workers were killed at Desert Ridge Supply on Friday.', undefined],
    ['At least 15 people were wounded and taken to the district hospital in Ayorou.', undefined],
    ['Five people were wounded in Ayorou and taken to a hospital.', 'Ayorou'],
    // a city's possessive before a part of it: the city
    ["A teenager died after a shooting in Pittsburgh’s Northview Heights neighborhood.", 'Pittsburgh'],
    ["The toll from Friday's bombing in Peshawar's Qissa Khwani bazaar rose to 31.", 'Peshawar'],
    // a place that opens the sentence
    ['In Pellmar, where nine people were shot dead, a plaque was unveiled.', 'Pellmar'],
    // two streets named together are no place; a town after them is
    ['Two men were killed near Thompson and Colorado avenues.', undefined],
    ['Two men were killed at Reed and Main streets in Velmora.', 'Velmora'],
    // a word of the part of a town or country before its name
    ['Police fired live rounds at protesters in central Varenza, killing two people.', 'Varenza'],
    ['A man was shot dead in downtown Velmora on Friday.', 'Velmora'],
    // a month or a weekday, named or abbreviated, is no place; a place whose name opens on one is
    ["A teenager was charged in the shooting of a 16-year-old in Feb.", undefined],
    ['Two were killed in Sept. 2015 in Velmora.', 'Velmora'],
    ['Two were shot in May in Velmora.', 'Velmora'],
    ['He was shot in Mar Vista on Friday.', 'Mar Vista'],
    // a name over a clipped "and" is one place
    ['A grandmother was shot and killed in Hill ‘n’ Dale on Friday.', 'Hill ‘n’ Dale'],
    ["A grandmother was shot and killed in Hill 'n' Dale.", "Hill 'n' Dale"],
    // a corner of two streets named bare is no place; two towns after "in" are
    ['A woman was shot and killed near Twain and Maryland on Sunday.', undefined],
    ['The girl was accidentally shot at Florida and Ohio.', undefined],
    ['Two men were killed in Velmora and Durnhill on Sunday.', 'Velmora'],
    // a hospital named short after a state of care, and a headline's "in Court", are no places
    ['Three other victims remained in critical condition at Stroger on Sunday.', undefined],
    ['He was hospitalized at Velmora on Friday and released.', undefined],
    ['Boy, 11, Charged With Killing Toddler, in Court 1:25 autoplay', undefined],
    ['Two men were shot at Velmora on Friday.', 'Velmora'],
    // a one-word name goes on past "of (the)" and a capitalised word; a facility's so named is no place
    ['A man was shot and killed in Back of the Yards on Friday.', 'Back of the Yards'],
    ['He died at University of Velmora Chandler Hospital on Friday.', undefined],
    // a name before an ordinal goes on: a numbered part of a city, not the word before it
    ['A 6-year-old boy was injured in Lower 9th Ward on Sunday.', undefined],
    ['A woman was killed in a shooting at East 7 Mile Road and Sherwood Street.', undefined],
  ])('%s -> %s', (clause, place) => {
    expect(scopeOf(clause).place).toBe(place);
  });
});

describe('scopeOf: the headlines of linked stories', () => {
  it.each([
    ['Related: Police: 5 officers dead, 7 hurt in Dallas protest shooting', 'other'],
    // a related-coverage label with no colon, then the linked headline
    ['Related Coverage 3 dead, 1 critical in berry farm shooting near Woodburn', 'other'],
    ['Related charges were filed against 3 men.', 'unscoped'],
    ['RELATED: Accident at oil rig leaves two workers dead', 'other'],
    ['READ MORE: UPDATED STORY: 2 dead, 3 injured in Civic Center shooting', 'other'],
    ['More: Three arrested in attack at a bar', 'other'],
    ['Previous story: 1 dead, 4 injured after man shoots at random', 'other'],
    // a label inside a sentence, or words that only start like one
    ['Police said more than two people were hurt.', 'unscoped'],
    ['Moreover, two people died.', 'unscoped'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});

describe('scopeOf: statistics over several shootings', () => {
  it.each([
    ['Teenager killed, 6 wounded in Baltimore shootings', 'aggregate'],
    ['Twelve people were shot across the city over the weekend.', 'aggregate'],
    ['So far this year, 300 people have been killed in the city.', 'aggregate'],
    ["Rights groups say at least 50 more prisoners have died in the country's jails in the past year.", 'aggregate'],
    ['Separately, a drone strike on a camp near El Fasher killed eight people on Tuesday.', 'other'],
    // a whole country after "across" is a total; a possessive year names a past happening, no statistics
    ["At least eight people were killed in Wednesday's protests across Kenya, the commission said.", 'total'],
    ['More than 300 people have been killed across the province since the offensive began.', 'total'],
    // not a figure of speech: "spreading fear across the region"
    ['At least eight others were injured, spreading fear and chaos across the region.', 'unscoped'],
    ['Two died across the street.', 'unscoped'],
    ["Tens of thousands of people marched to mark the anniversary of last year's protests.", 'unscoped'],
    ['The deadliest single attack took place on 17 January in Mabuo, where armed men killed 44 civilians.', 'other'],
    ['In a separate development, two soldiers were killed in the north.', 'other'],
    ['He said separately that three people died.', 'unscoped'],
    ['In the last month, 12 people were shot in the city.', 'aggregate'],
    // the year frames an ordinal of happenings, not the count
    ['The raid, in which seven people were killed, was the third attack on the area this year.', 'unscoped'],
    ["Two people were killed Saturday, the city's 30th and 31st homicides this year.", 'unscoped'],
    // hospitals across the city hold the people of one happening
    ['A total of 56 people were treated in hospitals across the city.', 'total'],
    ['3 dead, 26 wounded in weekend Detroit shootings', 'aggregate'],
    ['The first of the five shootings that wounded 15 people was in Diggs Town.', 'aggregate'],
    ['Two teens have shot to death in separate accidental shootings.', 'aggregate'],
    ['Of all the shootings last week, only three people are in custody so far.', 'aggregate'],
    ['In all of the homicides last month, four men were charged.', 'aggregate'],
    ['Police are investigating a series of shootings overnight which have left two dead.', 'aggregate'],
    ['Three young children have been shot accidentally in the Houston area in the past four days.', 'aggregate'],
    ['Nine people were killed in the city over the last two weeks.', 'aggregate'],
    // a city's violent weekend or night, and counts over several scenes or incidents
    ['Six injured in violent weekend in Toledo', 'aggregate'],
    ['Violent weekend in Detroit: 17 scenes, 7 dead, 14 hurt', 'aggregate'],
    ['A weekend of violence left three dead and nine wounded.', 'aggregate'],
    ['At least eight others were injured at those six crime scenes.', 'aggregate'],
    ['Police responded to 12 separate incidents in which 15 people were shot.', 'aggregate'],
    ['Toddler, 4 others injured in 3 overnight shooting incidents in Omaha', 'aggregate'],
    ['It is a building where dozens of drug arrests have taken place in recent years.', 'aggregate'],
    // one incident, however violent
    ['Two people were wounded in a violent robbery on Elm Street.', 'unscoped'],
    ['On the bloody night of January 20, 130 civilians died in Baku.', 'main'],
    ['One incident left two people wounded on Friday.', 'unscoped'],
    // happenings other than the event
    ['Four other overnight incidents left eight people wounded, police said.', 'other'],
    ['Three people were wounded during other incidents overnight.', 'other'],
    ['The anniversary came a day after a smaller blast in Mosul killed one person and injured three.', 'other'],
    ['In an unrelated bombing, two soldiers were killed near the border.', 'other'],
    // other people are not other happenings
    ['Eight other people were injured in the shooting.', 'unscoped'],
    // one spree's shootings are the event's own
    ['Four people were killed in the shootings, police said.', 'unscoped'],
    ['Both men were wounded in Sunday\'s shooting.', 'unscoped'],
    // a year that names the day of one happening, and a time from it, are no statistics
    ['On March 9 last year, gunmen killed 12 people at the market.', 'unscoped'],
    ['Last year on March 9, gunmen killed 12 people.', 'main'],
    ['A year after gunmen stormed the market and killed 12 people, traders say business is slow.', 'unscoped'],
    ['There were 40 homicides last year in the city.', 'aggregate'],
    ['About 300 people are killed a year in the city.', 'aggregate'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});

describe('scopeOf: a happening set apart', () => {
  it('labels it by its place, then the word that sets it apart', () => {
    expect(scopeOf('Separately, in Karachi, gunmen killed two people.')).toEqual({ key: 'other', place: 'Karachi', label: 'in Karachi, separately' });
    expect(scopeOf('Separately, gunmen killed two people.')).toEqual({ key: 'other', label: 'Separately' });
    expect(scopeOf('In other cities, 40 people were killed.')).toEqual({ key: 'other', label: 'In other cities' });
  });
});

describe('attributionOf', () => {
  it.each([
    ['Two people died, police said.', 'police'],
    ['According to a Human Rights Watch report, 130 died.', 'Human Rights Watch'],
    ['Four were hurt, said Louisiana State Police Trooper Stephen Hammons.', 'Louisiana State Police Trooper Stephen Hammons'],
    // the one told is the audience, not the source
    ['"It led us to be more united," Khazar Ibrahim told Anadolu Agency, referring to the massacre of more than 130 people.', 'Khazar Ibrahim'],
    ['Sheriff Dana Holt told reporters that two men were arrested.', 'Sheriff Dana Holt'],
    // a day after the verb says when, not who
    ['Three federal agents were injured, the FBI said Sunday.', 'FBI'],
    ['Two men died, Smith said Friday.', 'Smith'],
    ['Police on Thursday announced the arrest of a man.', undefined],
    ['Three people were killed in the crash.', undefined],
    // institutions a report names by their lowercase nouns
    ['Security forces killed at least 14 people, a rights group said.', 'rights group'],
    ['At least 19 people were killed, according to the health ministry.', 'health ministry'],
    ['The United Nations human rights office said on Saturday that at least 19 people were killed.', 'United Nations human rights office'],
    ['Twelve people died, a spokesman for the fire service said.', 'spokesman for the fire service'],
    ['According to the gun control advocacy group Everytown for Gun Safety, three children were killed.', 'Everytown for Gun Safety'],
    // not a word that ends as one of their nouns, nor a bare one
    ['They said a Sanford police officer arrived.', undefined],
    ['Two men were hurt when office workers said they heard shots.', undefined],
    // a person named after a title in apposition, not a word of the title
    ['At least nine people are still missing, according to the Tillaberi regional governor, Colonel Moussa Adamou.', 'Moussa Adamou'],
    ["About 1,200 residents have not returned, said the town's mayor, Aissa Moussa.", 'Aissa Moussa'],
    ['Police said the victim, John Smith, was found dead.', 'Police'],
    ['Two people were hurt, said the mayor, John Smith, who had resigned.', 'John Smith'],
    // an official named by the role alone: as written, for the document to name
    ['Security forces detained three suspects on Monday morning, the minister said.', 'the minister'],
    ['Four people were wounded, the regional governor told reporters.', 'the regional governor'],
    ['He was pronounced dead, according to the sheriff’s office.', 'sheriff'],
    // not an article before a verb of the list; sources, monitors, organisers; an institution by its noun alone
    ['An estimated 4,500 people have been displaced, the agency said.', 'agency'],
    ['At least three people were killed, hospital sources said.', 'hospital sources'],
    ['Two soldiers were killed, the army said.', 'army'],
    ['Investigators said a group of children were waiting at the bus stop.', 'Investigators'],
    // the source, not the place it is in
    ['Officials in Kabul said 12 people were killed.', 'Officials'],
    ['Police in Pakistan said on Thursday the death toll had risen to 100.', 'Police'],
    ['Residents in the city of Kunduz said 12 people were killed.', 'Residents'],
  ])('%s -> %s', (clause, who) => {
    expect(attributionOf(clause)).toBe(who);
  });
});

describe('scopeOf: a capital named by its country', () => {
  it.each([
    ['Two people were killed in the Kenyan capital on Monday.', 'Nairobi'],
    ['Bombs killed 24 people across the Iraqi capital.', 'Baghdad'],
    ["Five people were killed in Kenya's capital on Monday.", 'Nairobi'],
    ['Soviet troops entered the capital of Azerbaijan, Baky, at night.', 'Baku'],
    // the country itself, and a possessive that is no capital
    ['Five people were killed in Kenya on Monday.', 'Kenya'],
    ["Two died in Peshawar's Qissa Khwani bazaar.", 'Peshawar'],
    // the place of a share is not the whole count's
    ['Police shot dead 31 people, including 14 in Nairobi and five in Mombasa.', undefined],
    ['Five people, including a child, were killed in Osel.', 'Osel'],
    // a state's capital is not known by the state
    ['Two died in the capital of Ohio.', 'Ohio'],
    // no country of that adjective: no place
    ['Two died in the Kurdish capital.', undefined],
  ])('%s -> %s', (clause, place) => {
    expect(scopeOf(clause).place).toBe(place);
  });
});

describe('scopeOf: a toll since a war or a battle began', () => {
  it.each([
    ['More than 1,200 civilians have been killed in the city since fighting for it began in May.', 'aggregate'],
    ['At least 300 people have been killed since the war began.', 'aggregate'],
    ['Some 20,000 people have been killed since the war in Sudan broke out in April 2023.', 'aggregate'],
    ['Since the outbreak of the conflict, 500 people have died.', 'aggregate'],
    // the event's own dead since it happened, and its day
    ['Two more people have died since the attack.', 'unscoped'],
    ['Two more victims have died since May 3.', 'unscoped'],
    ['More than 38,000 people have fled since the fighting began.', 'unscoped'],
  ])('%s -> %s', (clause, key) => {
    expect(scopeOf(clause).key).toBe(key);
  });
});

describe('scopeOf: a division named with its noun', () => {
  it.each([
    ['Shelling killed four people in the Donetsk region of Ukraine on Wednesday.', 'Donetsk'],
    ['Gunmen killed 12 people in Kaduna state.', 'Kaduna'],
    ['Four people died in the Punjab province.', 'Punjab'],
    ['In total 19 people were killed across Kestria province.', 'Kestria'],
  ])('%s -> %s', (clause, place) => {
    expect(scopeOf(clause).place).toBe(place);
  });
});

describe('paragraphStart', () => {
  /** The definition: the start of the line holding `at` when it begins at most 2,000 characters before it, else `at`. */
  const reference = (text: string, at: number): number => {
    const from = Math.max(0, at - 2000);
    for (let i = at - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1;
    return from === 0 ? 0 : at;
  };

  it('reads any offsets of any texts, in any order, as the definition does (it goes on from the last call)', () => {
    // texts of words and line breaks, some longer than the reach without a break
    const text = fc.array(fc.oneof(fc.constant('\n'), fc.constant('word '), fc.constant('x'.repeat(900))), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.nat()), { minLength: 1, maxLength: 30 }), text, text, (calls, a, b) => {
        const texts = [a, b, a];
        for (const [which, offset] of calls) {
          const t = texts[which]!;
          const at = t.length === 0 ? 0 : offset % (t.length + 1);
          expect(paragraphStart(t, at)).toBe(reference(t, at));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a run-on text in order as the definition does', () => {
    const text = `${'a'.repeat(2500)}\n${'b'.repeat(300)}\n${'c'.repeat(4000)}`;
    for (let at = 0; at <= text.length; at += 37) expect(paragraphStart(text, at)).toBe(reference(text, at));
  });
});
