import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import type { Gazetteer } from '../../../src/stages/entities/gazetteer.js';
import { recognizeEntities } from '../../../src/stages/entities/recognize.js';
import { extractQuotes } from '../../../src/stages/quotes/index.js';
import { growthRatio } from '../../helpers/growth.js';

const EMPTY: Gazetteer = { lookup: () => [], lookupVariant: () => [], usState: () => undefined };

function quotesOf(text: string) {
  const d: SourceDoc = { id: 'd', path: 'd.txt', language: 'en', text, raw: text, offsets: { toRaw: (o) => o } };
  return extractQuotes(d, recognizeEntities(d, { gazetteer: EMPTY }));
}

describe('extractQuotes', () => {
  const cases: [string, string, string, number, string][] = [
    // text, quote, speaker, quote start, rule
    ['"It led us to be united," Khazar Ibrahim told Anadolu Agency.', 'It led us to be united,', 'Khazar Ibrahim', 1, 'en/quote/name-verb'],
    ['Member of the House of Commons Bob Blackman spoke. "I pay tribute to the victims," he said.', 'I pay tribute to the victims,', 'Bob Blackman', 52, 'en/quote/name-verb'],
    ['Khazar Ibrahim said more. "This is not a secret anymore," the envoy said.', 'This is not a secret anymore,', 'Khazar Ibrahim', 27, 'en/quote/name-verb'],
    ['"We will find who did this," said Trooper Stephen Hammons.', 'We will find who did this,', 'Stephen Hammons', 1, 'en/quote/verb-name'],
    ['According to a Human Rights Watch report, “most of the evidence does not support this.”', 'most of the evidence does not support this.', 'Human Rights Watch', 43, 'en/quote/according-to'],
    // a surname said alone is the full name given before; a name before the agency it speaks for is the speaker
    ['Party host, Alex January, said he invited friends. "I don\'t even know the boy who was shot," January said.', "I don't even know the boy who was shot,", 'Alex January', 52, 'en/quote/name-verb'],
    ['"At this point we don\'t know the motive," Ron Hackett with Velmora police said.', "At this point we don't know the motive,", 'Ron Hackett', 1, 'en/quote/name-verb'],
    // a clause after "According to X," goes on past an abbreviation's period to its sentence's end
    ['According to the Velmora Police, it was at 6:07 p.m. when a call reached them. Two men were hurt.', 'it was at 6:07 p.m. when a call reached them', 'Velmora Police', 33, 'en/quote/according-to'],
    ['According to Sheriff Dan Cole, the call came in around 5 p.m. Sunday.', 'the call came in around 5 p.m. Sunday', 'Dan Cole', 31, 'en/quote/according-to'],
    ['Eventually, both nations regained their freedom and independence, said Guliyev.', 'Eventually, both nations regained their freedom and independence', 'Guliyev', 0, 'en/quote/said-clause'],
    // lowercase words of a role, then the name, then the verb and whom it was told
    ['"The attackers came from the east around 11 a.m.," police spokesman Ibrahim Garba told Sahel Wire by telephone.', 'The attackers came from the east around 11 a.m.,', 'Ibrahim Garba', 1, 'en/quote/name-verb'],
    ['"We buried eleven people yesterday evening," a local councillor, Halidou Maiga, said.', 'We buried eleven people yesterday evening,', 'Halidou Maiga', 1, 'en/quote/name-verb'],
    // a person named in apposition to a title ("the town's mayor, Aissa Moussa, 45.") is the "she" of the next quote
    ["About 1,200 have not returned, according to the town's mayor, Aissa Moussa, 45. \"Every family here lost something that day,\" she said.", 'Every family here lost something that day,', 'Aissa Moussa', 81, 'en/quote/name-verb'],
    // "told reporters:" before the opening mark
    ['Sheriff Dan Cole told reporters: "This was a targeted attack on the family."', 'This was a targeted attack on the family.', 'Dan Cole', 34, 'en/quote/name-verb-before'],
    // a partial quote inside reported speech: the sentence's speaker says it
    // the sentence's speaker with initials, and not across a sentence's end (two untyped Mullins: either may be meant)
    ['D.C. Police said they had the "single and sole person responsible."', 'single and sole person responsible.', 'D.C. Police', 31, 'en/quote/sentence-speaker'],
    ['Alexander Mullins was found dead. Henry Mullins calls it sad for the city. Mullins said his son was "loved and appreciated by his family."', 'loved and appreciated by his family.', 'Mullins', 101, 'en/quote/sentence-speaker'],
    ['Police Chief Maria Lopez said the attack was "cowardly, senseless and an attack on all of us."', 'cowardly, senseless and an attack on all of us.', 'Maria Lopez', 46, 'en/quote/sentence-speaker'],
  ];
  it.each(cases)('%s', (text, quote, speaker, start, rule) => {
    const q = quotesOf(text).find((x) => x.text === quote);
    expect(q).toMatchObject({ speaker, rule, span: { doc: 'd', start, end: start + quote.length } });
    expect(text.slice(q!.span.start, q!.span.end)).toBe(quote);
  });
  it('a surname goes to the one untyped full name of a given name with that surname, not to either of two', () => {
    const one = quotesOf('Gladys Garland has been checking her mail on the front porch. "Everybody was close knit and everybody knew everybody," Garland said.');
    expect(one.map((q) => q.speaker)).toEqual(['Gladys Garland']);
    const two = quotesOf('Saturday Dan Caron was remembered as a kind man. "He would do anything for his family and friends," said his daughter Nicole Caron. "I love him so much and I miss him," Caron said.');
    expect(two.map((q) => q.speaker)).toEqual(['Nicole Caron', 'Caron']);
  });
  it('a partial quote is not the speaker\'s where another voice is reported between ("said the gunman shouted")', () => {
    const q = quotesOf('Witnesses said the gunman shouted "you will all pay for this" before firing.');
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['you will all pay for this', undefined]]);
  });
  it('reads a quote in single marks, the British style, only where a speaker follows it', () => {
    const text = "Mayor Jennifer Gregerson spoke. ‘Our community has been shaken to its core,’ she said. 'It was like a war zone out there,' said resident Mary Clarke.";
    expect(quotesOf(text).map((q) => [q.text, q.speaker, text.slice(q.span.start, q.span.end) === q.text])).toEqual([
      ['Our community has been shaken to its core,', 'Jennifer Gregerson', true],
      ['It was like a war zone out there,', 'Mary Clarke', true],
    ]);
    // a nickname, a phrase called so, a quote with an apostrophe inside (whose marks cannot be told apart)
    expect(quotesOf("The man, known as 'Big Mike from the east side', was arrested. Police called him 'a danger to the public at large' and left.")).toEqual([]);
    expect(quotesOf("'I don't know what happened to them,' she said.")).toEqual([]);
  });
  it('gives an institution that speaks as written, not a pronoun or a family', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => [q.speaker, q.speakerType]);
    expect(speakers('"It is a tragic night for our community," police said.')).toEqual([['police', 'organization']]);
    expect(speakers('"Thibodeaux fired at the officer, fatally wounding him," the state police said in a news release.')).toEqual([['state police', 'organization']]);
    expect(speakers('"We are completely devastated by this," the family said in a statement.')).toEqual([[undefined, undefined]]);
  });
  it('finds a reported clause in each sentence, the second right after the first', () => {
    const text = 'The officers arrived within two minutes of the call, said John Smith. The suspect fled on foot toward the river, said Jane Doe.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.span.start, q.span.end, q.kind])).toEqual([
      ['The officers arrived within two minutes of the call', 'John Smith', 0, 51, 'reported'],
      ['The suspect fled on foot toward the river', 'Jane Doe', 70, 111, 'reported'],
    ]);
  });
  it('a reported clause runs past the period of an abbreviation to its sentence start; the speaker past a title\'s', () => {
    const text = 'Two men were hurt. Deputies arrived at 5 p.m. Sunday at the Elm Street home, said Kestrel County Sheriff\'s Lt. Ann Marlow. He ran, said Sgt. Tom Reyes pic.twitter.com/abc';
    expect(quotesOf(text).filter((q) => q.kind === 'reported').map((q) => [q.text, q.speaker])).toEqual([
      ['Deputies arrived at 5 p.m. Sunday at the Elm Street home', 'Ann Marlow'],
    ]);
    expect(quotesOf('The suspect fled toward the river on foot, said Lt. Tom Reyes pic.twitter.com/abc').map((q) => q.speaker)).toEqual(['Tom Reyes']);
    // a title with no name after it names no one
    expect(quotesOf('The suspect fled toward the river on foot, said the county Lt. and left.').filter((q) => q.kind === 'reported')).toEqual([]);
  });
  it('a reported clause never starts inside quotation marks or runs past 400 characters', () => {
    expect(quotesOf('He said "we stayed there, said Smith.').filter((q) => q.kind === 'reported')).toEqual([]);
    expect(quotesOf(`${'word '.repeat(90)}, said John Smith.`).filter((q) => q.kind === 'reported')).toEqual([]);
  });
  it('a quote with no attribution of its own goes on from the attributed quote before it', () => {
    const speakers = (text: string) => quotesOf(text).map((q) => `${q.speaker ?? '-'} ${q.rule}`);
    // split by its attribution; the next quote of the speaker; after the speaker's reported words
    expect(speakers('Opposition leader Karim Hadad spoke. "We will not be silenced," he added, "and we will be back in the square."')).toEqual(['Karim Hadad en/quote/name-verb', 'Karim Hadad en/quote/continued']);
    expect(speakers('"My son was 24. He was studying," said Marek Sobol, the father of one of the dead. "He went to the park with a flag, not a gun."')).toEqual(['Marek Sobol en/quote/verb-name', 'Marek Sobol en/quote/continued']);
    expect(speakers('"Those detained will face charges," Oresko said. He added that the rally was illegal and that "the organisers bear full responsibility for every drop."')).toEqual(['Oresko en/quote/name-verb', 'Oresko en/quote/continued']);
    // not across a paragraph, another person, or a sentence of another subject
    expect(speakers('"We will stay here until the end," Smith said.\n\n"Nobody knows what happened that night."')).toEqual(['Smith en/quote/name-verb', '- en/quote/unattributed']);
    expect(speakers('"We will stay here until the end," Smith said. John Doe disagreed. "Nobody knows what happened that night."')[1]).toBe('- en/quote/unattributed');
    expect(speakers('"We will stay here until the end," Smith said. The crowd chanted. "Nobody knows what happened that night."')[1]).toBe('- en/quote/unattributed');
    // a quote's own attribution stands
    expect(speakers('"We will stay here until the end," Smith said. Police said "nobody knows what happened that night."')[1]).toBe('Police en/quote/name-verb-before');
  });
  it('a pronoun goes to the last person who spoke, not to a person only named in between', () => {
    const text = 'Khazar Ibrahim said it was a turning point. The order came from Mikhail Gorbachev. "It has changed us all deeply," he recalled.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Khazar Ibrahim']);
  });
  it('a person named with a title after a preposition is spoken of ("from Soviet leader Mikhail Gorbachev")', () => {
    const text =
      'Ibrahim said it was a turning point. On that night, under direct instructions from Soviet leader Mikhail Gorbachev, troops entered the city. "It has changed us all deeply," he recalled.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Ibrahim']);
    // the same person as the subject of the sentence still speaks
    const subject = 'Ibrahim said it was a turning point. Soviet leader Mikhail Gorbachev spoke in Moscow. "It has changed us all deeply," he recalled.';
    expect(quotesOf(subject).map((q) => q.speaker)).toEqual(['Mikhail Gorbachev']);
  });
  it('a pronoun goes to the last person named as a subject, even one who did not speak before', () => {
    const text = 'Robinson said it was sad. Superintendent Alberto Carvalho took to Twitter. "The culture of violence is unacceptable," he wrote.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Alberto Carvalho']);
  });
  it('no attribution across a blank line: "Riley said 14 trucks came" opens a new paragraph', () => {
    const text = 'Chief Tom Smith spoke first.\n\n"We train for days like this, but hope they never happen."\n\nRiley said 14 fire trucks came.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker])).toEqual([['We train for days like this, but hope they never happen.', undefined]]);
  });
  it('"according to" names a source within its paragraph only', () => {
    const text = 'He was charged, according to The Washington Post.\n\nD.C. Police, Fire and Emergency Services responded to the scene.';
    expect(quotesOf(text).filter((q) => q.kind === 'according-to').map((q) => q.speaker)).toEqual([]);
  });
  it('", according to X, a spokesman" sources what came before: the apposition is no statement', () => {
    const text = 'The shooter is contained, according to Lt. Kirk Wilson, a Colorado Springs police spokesman.';
    expect(quotesOf(text).filter((q) => q.kind === 'according-to')).toEqual([]);
  });
  it('"the Cobb DA said": a name after "the" is no person', () => {
    const text = 'Reynolds, the Cobb DA, said it was hard. "There is a human element involved, too," he said.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Cobb DA');
  });
  it('"said Lt. Colleen Stuart of the Topeka Police Department": the name after the abbreviation', () => {
    const text = 'Deputy Tom Smith arrived. "The task force exchanged gunfire outside the motel," said Lt. Colleen Stuart of the Topeka Police Department.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Colleen Stuart']);
  });
  it('"the man says" is nobody named: an unnamed caller is not the last person named', () => {
    const text = 'Officer John Thompson took the call. “He is in the house now,” the man says.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([undefined]);
  });
  it('"she said" is not the quote of a man the report calls "he"', () => {
    const text = 'Witness Nathaniel Hilliard said he heard the guns. His wife was holding a baby. "The only thing I could do is get down low," she said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([undefined]);
    const named = 'Witness Nathaniel Hilliard said he heard the guns. Officer Jane Cole said her unit came. "We came as fast as we could," she said.';
    expect(quotesOf(named).map((q) => q.speaker)).toEqual(['Jane Cole']);
  });
  it('"she said" goes to the woman of a name the lists give to women, not to her son the report calls "he"', () => {
    const text = 'Jamal Porter, 19, was killed. He worked at a tire shop. His mother, Lorraine Porter, said he had planned to study welding. "Jamal was the kid who drove everybody home," she said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Lorraine Porter']);
  });
  it('"said the friend," and "his friend said" are someone unnamed who spoke; "he said the boy was 16" speaks of the boy', () => {
    const friend = 'Officer John Smith was charged in April. "We were flying, doing tight turns," said the friend, adding that they came home late. "He seemed totally normal," he said.';
    expect(quotesOf(friend).map((q) => q.speaker)).toEqual([undefined, undefined]);
    const possessive = 'Officer John Smith was charged in April. His friend said he had changed. "He seemed totally normal," he said.';
    expect(quotesOf(possessive).map((q) => q.speaker)).toEqual([undefined]);
    const topic = 'Ameer Davis said his niece called. He said the boy was about 16 years old. "I hope this young man pulls through," he said.';
    expect(quotesOf(topic).map((q) => q.speaker)).toEqual(['Ameer Davis']);
  });
  it('"he said" after an unnamed person spoke is not the last named person\'s', () => {
    const text = 'Officer John Mirabelli said two people were hurt. A neighbor said he was awakened by the shots. "A woman was shot in the hand," he said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([undefined]);
  });
  it('"she said" after a sentence someone unnamed opens and goes on to speak in is not the last named person\'s', () => {
    const woman = 'Officer Jane Cole said two people were hurt. A woman at the home declined to give her name, but cried and said it was "heartbreaking." "We are still waiting for answers," she said.';
    expect(quotesOf(woman).map((q) => q.speaker).at(-1)).toBeUndefined();
    const owner = 'Officer John Smith said the club had no permit. At least one business owner in the same strip center says he has filed a complaint. "They need to close it down today," he said.';
    expect(quotesOf(owner).map((q) => q.speaker)).toEqual([undefined]);
    // a verb with a subject of its own is not the unnamed person's speech: the officer still speaks
    const told = 'Officer John Smith was at the scene. A man was shot twice, police said. "We are looking for a white car," he said.';
    expect(quotesOf(told).map((q) => q.speaker)).toEqual(['John Smith']);
  });
  it('a name that qualifies the one who speaks is no speaker: "Thompson\'s daughter told ...", "the Tulsa-based performer\'s manager told"', () => {
    const daughter = 'Officer Mark Thompson died on Sunday. Thompson\'s daughter told reporters she did not know why, saying in part, "Our hearts go out to all the officers."';
    expect(quotesOf(daughter).map((q) => q.speaker)).toEqual([undefined]);
    const father = 'Harry LaRose, 18, was pronounced dead. "He was a good boy, not sassy," LaRose\'s father said.';
    expect(quotesOf(father).map((q) => q.speaker)).toEqual([undefined]);
    // (with a gazetteer that knows Tulsa, so that the town is a place the speaker's words hold)
    const based = 'The shooting broke out before the show. The Tulsa-based performer\'s manager told the NY Times, "It was chaos. I heard shots, and I immediately ran to my artist."';
    const tulsa: Gazetteer = { ...EMPTY, lookup: (name) => (name === 'Tulsa' ? [{ name: 'Tulsa', country: 'US', region: 'Oklahoma', precision: 'city', lat: 36.15, lon: -95.99, population: 403505 }] : []) };
    const d: SourceDoc = { id: 'd', path: 'd.txt', language: 'en', text: based, raw: based, offsets: { toRaw: (o) => o } };
    expect(extractQuotes(d, recognizeEntities(d, { gazetteer: tulsa })).map((q) => q.speaker)).toEqual([undefined]);
    // the relation named after: the named one speaks
    const friend = 'Funeral services were held Monday for Matthew Kendall. "He was one of the funniest people around here," said Kendall\'s friend Ethan Saltsgaver.';
    expect(quotesOf(friend).map((q) => q.speaker)).toEqual(['Ethan Saltsgaver']);
  });
  it('"said Mr. Craig" is not the Susan Craig the report named before; "said Ms. Craig" is', () => {
    const text = (title: string) => `"It looked like a swarm of kids," said neighbor Susan Craig, who has lived there for years. "We're not about to move," said ${title} Craig.`;
    expect(quotesOf(text('Mr.')).map((q) => q.speaker)).toEqual(['Susan Craig', 'Craig']);
    expect(quotesOf(text('Ms.')).map((q) => q.speaker)).toEqual(['Susan Craig', 'Susan Craig']);
  });
  it('", said Lt. Dan Dietrich." ends a reported clause with a titled name', () => {
    const text = 'On Wednesday morning, police found an AK-47 rifle in the backyard of a house, said Lt. Dan Dietrich.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Dan Dietrich']);
  });
  it('"said Martinez as he was embraced by his brother Marco Martinez": the speaker is the name before the clause', () => {
    const text = 'Juan Martinez, 24, was arrested on Sunday. "He is just a little boy and I love him," said Martinez as he was embraced by his brother Marco Martinez.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Juan Martinez']);
  });
  it('a sentence in quotes, then "Police said it is too early": no attribution', () => {
    const text = 'Neighbors were shaken. "This was not the right time for any of this." Police said it is still too early to release names.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([undefined]);
  });
  it('a name inside a quote is not the "he" of the next quote', () => {
    const text = 'Commissioner Anthony Batts said: "We were prepared, and Deputy Commissioner John Skinner made the plan with his staff."\n\nHe continued, "This was a very dramatic weekend for all of us."';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Anthony Batts', 'Anthony Batts']);
  });
  it('"said Agent in Charge Ed Reinhold": a name is not cut at "in" before a capital ("Agent" alone is no speaker)', () => {
    const text = '"We will be here several days processing crime scenes," said Agent in Charge Ed Reinhold.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Agent');
  });
  it('", said Sgt. Richard Bratz, a spokesman.": "Sgt" alone is no speaker', () => {
    const text = 'The child was not believed to be the intended target of the shooting, said Sgt. Richard Bratz, a state police spokesman.';
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain('Sgt');
  });
  it('"said Shontay Young\'s brother, Sean Young": the name after the relation speaks', () => {
    const text = '"Once the trial is over, that will be my sense of closure," said Shontay Young\'s brother, Sean Young.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Sean Young']);
  });
  it('"the chief said" goes to the official named with a title, not to a person named in passing', () => {
    const text = 'Police Chief Mary Sclabassi spoke on Friday. There was no tie between Timothy Obeshaw and Sharon Watson. "Witnesses told us they were at soccer practice," the chief said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Mary Sclabassi']);
  });
  const negatives: string[] = ['The army had branches "everywhere" in the city.', 'It was called “Bloody January” by many.', ''];
  it.each(negatives)('no quote in %j', (text) => expect(quotesOf(text)).toEqual([]));
});

describe('extractQuotes on a long document', () => {
  // Once quadratic: each quote's speaker was looked up with passes over every mention and every
  // earlier quote of the document (2 MB of concatenated articles took 3 s in quotes, 15 MB minutes).
  // Now each lookup is a binary search: a document four times as long takes about four times as long.
  // a distinct surname per paragraph: "Whitfieldab", "Ortegaab"
  const letters = (i: number): string => String.fromCharCode(97 + ((i / 26) | 0) % 26, 97 + (i % 26));
  const paragraph = (i: number): string =>
    `Officer Dana Whitfield${letters(i)} spoke to reporters on Main Street. "We are still looking for the driver of the car," she said. ` +
    `Later, Whitfield${letters(i)} added that the road would stay closed, according to Chief Marcus Ortega${letters(i)}, who joined her. ` +
    `"Nobody should come near the scene tonight," said Ortega${letters(i)}.\n\n`;
  const text = (n: number): string => Array.from({ length: n }, (_, i) => paragraph(i)).join('');

  it('gives every paragraph its speakers, at any length', () => {
    const quotes = quotesOf(text(400));
    expect(quotes.filter((q) => q.kind === 'direct')).toHaveLength(800);
    const last = letters(399);
    // "she said" is the officer's; "said Ortega.." is the chief's, by his full name
    expect(quotes.filter((q) => q.speaker === `Dana Whitfield${last}`).map((q) => q.text)).toEqual(['We are still looking for the driver of the car,']);
    expect(quotes.filter((q) => q.speaker === `Marcus Ortega${last}` && q.kind === 'direct').map((q) => q.text)).toEqual(['Nobody should come near the scene tonight,']);
  });

  it('takes linear time: 4x the text costs well under 16x the time', () => {
    // Entities are recognised outside the timing; the quadratic lookups took 15x at these sizes.
    const prepared = (t: string) => {
      const d: SourceDoc = { id: 'd', path: 'd.txt', language: 'en', text: t, raw: t, offsets: { toRaw: (o) => o } };
      const entities = recognizeEntities(d, { gazetteer: EMPTY });
      return () => extractQuotes(d, entities);
    };
    expect(growthRatio(prepared(text(1000)), prepared(text(4000)))).toBeLessThan(9);
  });
});
