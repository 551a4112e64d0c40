import { describe, expect, it } from 'vitest';
import { analyzeText, checkClaimSpans, claimRows } from '../../../helpers/analyze.js';

// [text, expected claim rows `kind value qualifier 'number words'`]
const NUMBER_KIND: readonly (readonly [string, readonly string[]])[] = [
  ['On that night, 130 civilians died in Baku.', ["killed 130 exact '130'"]],
  ['The operation killed 141 unarmed residents of the city in one night.', ["killed 141 exact '141'"]],
  ['As a result, more than 130 civilians were killed and 700 wounded.', ["killed 130 more-than 'more than 130'", "injured 700 exact '700'"]],
  ['Some 744 people were injured, and about 400 people were detained by the army.', ["injured 744 about 'Some 744'", "detained 400 about 'about 400'"]],
  ['Two people died and two were wounded during a shooting on Elm Street.', ["killed 2 exact 'Two'", "injured 2 exact 'two'"]],
  ['In total, 147 residents of the country became victims of the bloodshed.', ["killed 147 exact '147'"]],
  ['A total of 147 civilians became victims of the massacre.', ["killed 147 exact '147'"]],
  ['The attack left four people dead and three injured.', ["killed 4 exact 'four'", "injured 3 exact 'three'"]],
  ['The death toll rose to 3 on Tuesday.', ["killed 3 exact '3'"]],
  ['Police arrested two men on Friday.', ["detained 2 exact 'two'"]],
  ['Three suspects were taken into custody.', ["detained 3 exact 'Three'"]],
  ['Five people remain missing after the raid.', ["missing 5 exact 'Five'"]],
  ['The expulsion of 200,000 villagers from the valley began in spring.', ["displaced 200000 exact '200,000'"]],
  ['Twenty six thousand strong troops invaded the capital at midnight.', ["troops 26000 exact 'Twenty six thousand'"]],
  ['In the evening, the army of 26,000 troops with armoured vehicles entered the city.', ["troops 26000 exact '26,000'"]],
  ['About one million people gathered on the streets that day.', ["participants 1000000 about 'About one million'"]],
  ['About 1 million people accompanied the funerals.', ["participants 1000000 about 'About 1 million'"]],
  ['Four people were shot, one fatally, police said.', ["shot 4 exact 'Four'", "killed 1 exact 'one'"]],
  ['Hundreds of people were arrested and tortured.', ["detained 200 vague 'Hundreds'"]],
];

// Zero and singular counts: no digits.
const WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['No one was hurt in the blaze.', ["injured 0 exact 'No one was hurt'"]],
  ['No arrests have been made.', ["detained 0 exact 'No arrests'"]],
  ['A man was shot dead outside the store.', ["killed 1 exact 'A man'"]],
  ['The teen was pronounced dead at the scene.', ["killed 1 exact 'The teen'"]],
  ['Police arrested a second man on Friday.', ["detained 2 at-least 'a second man'"]],
  ['John Smith, 20, was arrested on Sunday.', ["detained 1 exact 'John Smith'"]],
  ['Indianapolis police arrested Tristan Crayton, 28, of Westfield.', ["detained 1 exact 'Tristan Crayton'"]],
  ['Los Banos police arrested the pair in March.', ["detained 2 exact 'the pair'"]],
  ['He is currently in the custody of the sheriff.', ["detained 1 exact 'He'"]],
  ['Moore was fatally shot while inside the garage.', ["killed 1 exact 'Moore'"]],
  ['Prosecutors charged him in the death of 15-year-old Braxton Bourda.', ["killed 1 exact 'Braxton Bourda'", "detained 1 exact 'him'"]],
  ['A 19-year-old man shot and killed his infant daughter before turning the gun on himself.', ["killed 1 exact 'his infant daughter'", "killed 1 exact 'turning the gun on himself'"]],
  ['Both Bass and the baby were dead from gunshot wounds.', ["killed 2 exact 'Both Bass and the baby'"]],
  ['Three others sustained non-fatal bullet wounds.', ["injured 3 exact 'Three'"]],
  ['Four men coming from a repast to honor a slain friend were shot, one fatally.', ["shot 4 exact 'Four'", "killed 1 exact 'one'"]],
];

// Numbers that are never claims: ages, anniversaries, durations, dates, money, distances, things.
const NEGATIVE: readonly string[] = [
  'Azerbaijan will have three consecutive non-working days.',
  'The troops entered the city from five directions.',
  'In protest, thousands of rallies were held.',
  'People marked the 30th anniversary of the invasion.',
  'It brought the 70-year-old empire to the edge of collapse.',
  '35 years have passed since the reprisal.',
  'Among the victims were a seven year-old boy and an eighty year-old man.',
  'The shooting happened at 9 p.m. on January 20, 1990.',
  'The suspect is held on $2 million bail.',
  'The victim was found 3 miles from home.',
  'He fired 12 shots from a 9mm pistol.',
  'Police received 4 calls about the noise.',
  'The country gained independence in 1918 and lost it in 1920.',
];

describe('claim rules: numbers tied to a kind', () => {
  it.each(NUMBER_KIND)('%s', (text, expected) => {
    expect(claimRows(text)).toEqual(expected);
  });
});

describe('claim rules: counts in words', () => {
  it.each(WORDS)('%s', (text, expected) => {
    expect(claimRows(text)).toEqual(expected);
  });
});

describe('claim rules: negative cases', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(claimRows(text)).toEqual([]);
  });
});

describe('claim spans', () => {
  it('point at the sentence and the number words', () => {
    const analysis = analyzeText('Fire broke out. On that night, 130 civilians died in Baku. Nobody else was hurt.');
    checkClaimSpans(analysis);
    const [claim] = analysis.claims;
    expect(claim?.quote).toBe('On that night, 130 civilians died in Baku.');
    expect(claim?.span.start).toBe(16);
    expect(claim?.scope).toMatchObject({ key: 'main', place: 'Baku' });
  });
  it('carry the source a figure is attributed to', () => {
    const { claims } = analyzeText('Two people were killed, police said.');
    expect(claims[0]?.attributedTo).toBe('police');
  });
});
