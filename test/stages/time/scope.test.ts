import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/model/record.js';
import { addTimeScopes, joinLabels, timeScopeOf } from '../../../src/stages/time/scope.js';
import { timed } from './helpers.js';

function scopes(text: string, published?: string): ReturnType<typeof timeScopeOf>[] {
  const doc = timed('d', text, published);
  return doc.sentences.map((sentence) => timeScopeOf(sentence, doc.dates));
}

describe('timeScopeOf', () => {
  it('gives the period and the words of the date a figure sentence states', () => {
    expect(scopes('January 19, 1990, troops entered Baku. On that night, 130 civilians died in Baku.')).toEqual([
      { period: '1990-01-19', label: 'January 19, 1990' },
      { period: '1990-01-19', label: 'on that night' },
    ]);
  });

  it("keeps a preposition of the date, not a verb's particle nor one of a possessive's noun", () => {
    expect(scopes('Two men were shot on Saturday.', '2016-01-05')).toEqual([{ period: '2016-01-02', label: 'on Saturday' }]);
    expect(scopes('A second suspect turned himself in Friday.', '2016-01-05')).toEqual([{ period: '2016-01-01', label: 'Friday' }]);
    expect(scopes("Smith was arrested in Friday's raid.", '2016-01-05')).toEqual([{ period: '2016-01-01', label: 'Friday' }]);
  });

  it('writes an opening word that only the sentence capitalised in lower case, and keeps names', () => {
    expect(scopes('On Jan. 5, 2016, two men were shot. That night, police arrested one. Later that night, a third man was hurt.')).toEqual([
      { period: '2016-01-05', label: 'on Jan. 5, 2016' },
      { period: '2016-01-05', label: 'that night' },
      { period: '2016-01-05', label: 'later that night' },
    ]);
    expect(scopes('Saturday night, two men were shot.', '2016-01-05')).toEqual([{ period: '2016-01-02', label: 'Saturday night' }]);
  });

  it("leaves out a date of a relative clause that tells of someone else, unless it tells of the figure's kind", () => {
    const text = 'The crowd of about 20,000 had gathered to demand the release of Amara Tesfaye, who was arrested last month.';
    const doc = timed('d', text, '2021-03-04');
    const sentence = doc.sentences[0]!;
    const at = sentence.start + text.indexOf('20,000');
    expect(timeScopeOf(sentence, doc.dates, at, 'participants')).toEqual({});
    // the arrest's own figure keeps it
    expect(timeScopeOf(sentence, doc.dates, at, 'detained')).toMatchObject({ period: '2021-02' });
    // a death told in the clause still dates a death
    const death = 'Police charged a man in the death of Armoni Sexton, who died Sunday morning after being shot.';
    const d2 = timed('e', death, '2015-04-21');
    expect(timeScopeOf(d2.sentences[0]!, d2.dates, d2.sentences[0]!.start + death.indexOf('Armoni'), 'killed')).toMatchObject({ period: '2015-04-19' });
  });

  it('times a figure inside a relative clause that dates itself by that clause ("..., in which forces killed 8,000 men in July 1995")', () => {
    const text = 'Thousands gathered in Potocari on Friday to mark the anniversary of the genocide, in which forces killed more than 8,000 men and boys in July 1995.';
    const doc = timed('d', text, '2025-07-11');
    const sentence = doc.sentences[0]!;
    expect(timeScopeOf(sentence, doc.dates, sentence.start + text.indexOf('8,000'), 'killed')).toMatchObject({ period: '1995-07' });
    // the figure outside it keeps the sentence's day
    expect(timeScopeOf(sentence, doc.dates, sentence.start + text.indexOf('Thousands'), 'participants')).toMatchObject({ period: '2025-07-11' });
  });

  it('keeps the preposition and writes ranges as start/end', () => {
    expect(scopes('More than 100 civilians were killed on January 20, 1990.')).toEqual([{ period: '1990-01-20', label: 'on January 20, 1990' }]);
    expect(scopes('In the night of January 19-20, 1990, 130 people died.')).toEqual([
      { period: '1990-01-19/1990-01-20', label: 'night of January 19-20, 1990' },
    ]);
  });

  it('prefers the finest date and gives nothing without one', () => {
    expect(scopes('In 1990, on January 20, 147 people died.', '2021-01-20')).toEqual([{ period: '1990-01-20', label: 'on January 20' }]);
    expect(scopes('Some 744 people were injured.')).toEqual([{}]);
    expect(scopes('Every year on January 20, thousands gather.')).toEqual([{}]);
  });

  it('times the clause, not a thing a date names ("a July 30 court date"), but a happening\'s day ("the April 13 rally") and a count\'s day ("as of June 15") do', () => {
    expect(scopes('In April, Smith was charged with driving under the influence and had faced a July 30 court date.', '2015-07-20')).toEqual([{ period: '2015-04', label: 'in April' }]);
    expect(scopes('A month after police dispersed the April 13 rally, 38 of those detained were still in jail.', '2025-05-14')).toEqual([{ period: '2025-04-13', label: 'April 13' }]);
    expect(scopes('Shootings remain at the same level as last year, with 100 people killed as of June 15.', '2013-06-20')).toEqual([{ period: '2013-06-15', label: 'June 15' }]);
  });

  it('keeps no preposition of the happening a date names: "suspect in Saturday shooting" is timed "Saturday"', () => {
    expect(scopes('Police apprehend suspect in Saturday shooting', '2016-11-23')).toEqual([{ period: '2016-11-19', label: 'Saturday' }]);
    expect(scopes('Two men were shot on Saturday.', '2016-11-23')).toEqual([{ period: '2016-11-19', label: 'on Saturday' }]);
  });

  it('never takes the day something was said: "authorities said Wednesday"', () => {
    expect(scopes('A woman was fatally shot by a hunter, authorities said Wednesday.', '2016-11-23')).toEqual([{}]);
    expect(scopes('Police said Wednesday that two men were shot Tuesday night.', '2016-11-23')).toEqual([{ period: '2016-11-22', label: 'Tuesday night' }]);
    // the day of an arrest is the claim's own
    expect(scopes('Two men were arrested Friday.', '2016-11-23')).toEqual([{ period: '2016-11-18', label: 'Friday' }]);
    // nor the day something was said or named before the verb: "on Sunday identified", "on Thursday announced"
    expect(scopes("The sheriff's office on Sunday identified the four people killed Christmas Eve.", '2016-12-26')).toEqual([{ period: '2016-12-24', label: 'Christmas Eve' }]);
    expect(scopes('Police on Thursday announced the arrest of two men.', '2016-10-07')).toEqual([{}]);
    expect(scopes('Police on Thursday arrested two men.', '2016-10-07')).toEqual([{ period: '2016-10-06', label: 'on Thursday' }]);
  });
});

/** A claim of `value` killed, read from its number at `at` in `text` (the parts `addTimeScopes` reads). */
function killedAt(doc: string, text: string, number: string, value: number): Claim {
  const at = text.indexOf(number);
  return {
    doc,
    kind: 'killed',
    value,
    qualifier: 'at-least',
    interval: [value, null],
    span: { doc, start: 0, end: text.length },
    quote: text,
    numberSpan: { doc, start: at, end: at + number.length },
    scope: { key: 'unscoped' },
    certainty: 'stated',
    isUpdate: false,
    rule: 'test',
  };
}

describe('addTimeScopes', () => {
  it("gives a figure the day its sentence states, never the dateline's, which is the report's day", () => {
    const text = 'NIAMEY, March 10 (Agency) - At least 31 people were killed across the country on Sunday in three attacks, security sources said.';
    const doc = timed('d', text, '2025-03-10');
    const [claim] = addTimeScopes([killedAt('d', text, '31', 31)], doc.sentences, doc.dates, text);
    expect(claim?.scope).toMatchObject({ period: '2025-03-09', label: 'on Sunday' });
    // without the text (no dateline known), the first day of the sentence, as before
    expect(addTimeScopes([killedAt('d', text, '31', 31)], doc.sentences, doc.dates)[0]?.scope.period).toBe('2025-03-10');
    // a sentence that states no day of its own keeps the dateline's
    const alone = 'NIAMEY, March 10 (Agency) - At least 31 people were killed in three attacks.';
    const d2 = timed('e', alone, '2025-03-10');
    expect(addTimeScopes([killedAt('e', alone, '31', 31)], d2.sentences, d2.dates, alone)[0]?.scope.period).toBe('2025-03-10');
  });

  it("never times the dead by the day of a proceeding told before them: \"On Thursday, a man was found guilty of murdering 2 men\"", () => {
    const period = (text: string, published: string) => {
      const doc = timed('d', text, published);
      return addTimeScopes([killedAt('d', text, '2', 2)], doc.sentences, doc.dates, text)[0]?.scope.period;
    };
    expect(period('On Thursday, a man was found guilty of murdering 2 men during a dice game in Nov. 2015.', '2016-04-15')).toBe('2015-11');
    expect(period('On Thursday, a man was charged with shooting 2 men.', '2016-04-15')).toBeUndefined();
    // the day the dead were found is theirs
    expect(period('On Thursday, police found 2 men shot dead in a car.', '2016-04-15')).toBe('2016-04-14');
    // a year of a proceeding dates its dead near enough
    expect(period('In 2010, Scott was charged with the murder of 2 men.', '2016-04-15')).toBe('2010');
  });
});

describe('joinLabels', () => {
  it('says each thing once: a part the date words restate gives way to them', () => {
    expect(joinLabels('in Baku, that night', 'on that night')).toBe('in Baku, on that night');
    expect(joinLabels('the evening', 'in the evening of the same day')).toBe('in the evening of the same day');
    expect(joinLabels('in Baku', 'that night')).toBe('in Baku, that night');
    expect(joinLabels('in Baku, on January 20', 'January 20')).toBe('in Baku, on January 20');
    expect(joinLabels(undefined, 'on Monday')).toBe('on Monday');
    expect(joinLabels('in total', undefined)).toBe('in total');
  });
});
