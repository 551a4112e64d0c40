import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLEAN_RULES, cleanDoc } from '../../../src/stages/ingest/clean.js';
import { expectOffsetMapExact, testContext } from '../../helpers/spans.js';

function clean(text: string, id = 'doc') {
  const ctx = testContext();
  const doc = cleanDoc({ id, path: `${id}.txt`, text }, ctx);
  return { doc, ctx };
}

/** The characters cleaning changed (in normalized order), as one string. */
function changedCharacters(text: string): string {
  const { doc } = clean(text);
  return expectOffsetMapExact(doc)
    .map((i) => doc.text[i])
    .join('');
}

/** A hard-wrapped paragraph, as PDF/OCR text comes: ~50 columns, no final punctuation on most lines. */
const WRAPPED = [
  'Fifteen years have passed since the central',
  'authorities committed an atrocious crime against',
  'the people of the city. On 20 January troops',
  'entered the capital in a desperate and futile',
  'attempt to stop the growing independence move-',
  'ment and to punish ordinary people that rallied',
  'on the streets to voice their protest.',
].join('\n');

/** An article of its own words, longer than the teasers above it. */
const ARTICLE = [
  'Two men were shot on Elm Street on Sunday night, police said.',
  'Both were taken to Kestrel General Hospital, where one was listed in critical condition and the other in stable condition.',
  'Detectives said the gunman fled in a dark sedan and asked anyone with information to call the department.',
  'Neighbors said they heard at least six shots shortly before midnight.',
].join('\n\n');

describe('cleanDoc: one rule at a time', () => {
  // [rule, input, expected text, characters that differ from the raw character they map to]
  const rows: [string, string, string, string][] = [
    ['CR LF and CR line endings', 'One.\r\nTwo.\rThree.', 'One.\nTwo.\nThree.', '\n\n'],
    ['no-break and other Unicode spaces', 'a\u00a0b\u2009c', 'a b c', '  '],
    ['zero-width characters and soft hyphens', 'ab\u200bc\u00add\ufeffe', 'abcde', ''],
    ['trailing spaces and tabs', 'line one.   \nline two.\t', 'line one.\nline two.', ''],
    ['leading spaces', '  Indented line.\n   Next line.', 'Indented line.\nNext line.', ''],
    ['runs of blank lines', 'A.\n\n\n\nB.\n\n', 'A.\n\nB.', ''],
    ['split hyphen in a name', 'The Nagorno -Karabakh region', 'The Nagorno-Karabakh region', ''],
    ['split hyphen in a number word', 'thirty -five years', 'thirty-five years', ''],
    ['split hyphen in a compound', 'large -scale speeches', 'large-scale speeches', ''],
    ['OCR trademark ordinal', 'The 15™ Anniversary of the war', 'The 15th Anniversary of the war', 'th'],
    ['OCR ordinal suffix from the number', 'the 21™ century', 'the 21st century', 'st'],
    ['superscript ordinal letters', 'on the 4ᵗʰ of July', 'on the 4th of July', 'th'],
    ['masculine ordinal glyph', 'the 2º anniversary', 'the 2nd anniversary', 'nd'],
    ['doubled caption line', 'Text one.\nAmbassador Vilayat Guliyev\nAmbassador Vilayat Guliyev\nText two.', 'Text one.\nAmbassador Vilayat Guliyev\nText two.', ''],
    [
      'a grid of teasers, each written twice (or its summary going on from its headline)',
      `Police say a man fired into the floor of his apartment on Tuesday.\n\nPolice say a man fired into the floor of his apartment on Tuesday.\n\nFour teens arrested after auto break-ins\n\nFour teens arrested after auto break-ins\n\nA 4-year-old boy remains in critical condition after a pool rescue.\n\nA 4-year-old boy remains in critical condition after a pool rescue. Officers say a girl found him.\n\n${ARTICLE}`,
      ARTICLE,
      '',
    ],
    ['trailing comment form', 'Two men were shot.\n\nLeave a Reply\n\nYour email address will not be published.', 'Two men were shot.', ''],
    ['a short article before a comment form', 'He died at 9.\n\nLeave a Reply', 'He died at 9.', ''],
    ['trailing share bar', 'One man died.\n\nShare this:\n\nFacebook\n\nTwitter\n\nPrint\n\nLike this: Like Loading...', 'One man died.', ''],
    ['trailing copyright', 'One man died.\n\nCopyright 2016 WXYZ. All rights reserved.', 'One man died.', ''],
    [
      'weather alerts at the start',
      'Tornado Watch issued May 8 at 7:41PM CDT expiring May 9 at 3:00AM CDT in effect for: McCurtain\n\nLake Effect Snow Warning issued January 11 at 6:51PM EST expiring January 14 at 4:00AM EST in effect for: Erie, Wyoming\n\nPolice said two men were shot.',
      'Police said two men were shot.',
      '',
    ],
    ['login wall at the start', 'Sign in to your account\n\nWhy are we asking this?\n\nAlready have an account?\n\nPolice said two men were shot.', 'Police said two men were shot.', ''],
    ['player placeholder anywhere', 'First.\n\nAdvertisement\n\nSecond.\n\nPlease enable Javascript to watch this video', 'First.\n\nSecond.', ''],
    ['stray hard wrap in web text', 'Police are investigating a shooting death near the 200\n\nblock of Arnold Street.', 'Police are investigating a shooting death near the 200 block of Arnold Street.', ' '],
    [
      'hard-wrapped paragraph with line-end hyphenation',
      WRAPPED,
      'Fifteen years have passed since the central authorities committed an atrocious crime against the people of the city. On 20 January troops entered the capital in a desperate and futile attempt to stop the growing independence movement and to punish ordinary people that rallied on the streets to voice their protest.',
      '     ',
    ],
    ['sentence broken across a blank line in wrapped text', `${WRAPPED.replace('protest.', 'protest,')}\n\nand went home.`, '', ''],
  ];

  it.each(rows.filter((row) => row[2] !== ''))('%s', (_rule, input, expected, changed) => {
    const { doc } = clean(input);
    expect(doc.text).toBe(expected);
    expect(changedCharacters(input)).toBe(changed);
  });

  it('joins a sentence broken across a blank line in wrapped text', () => {
    const { doc } = clean(`${WRAPPED.replace('protest.', 'protest,')}\n\nand went home.`);
    expect(doc.text).toMatch(/voice their protest, and went home\.$/);
    expect(doc.text).not.toContain('\n');
  });

  it('keeps the raw text and carries the metadata, with publishedBasis metadata', () => {
    const ctx = testContext();
    const raw = { id: 'r1', path: 'dump.jsonl', line: 7, title: 'T', published: '2016-12-24', url: 'http://x', text: 'A\u00a0b.' };
    const doc = cleanDoc(raw, ctx);
    expect(doc).toMatchObject({ id: 'r1', path: 'dump.jsonl', line: 7, title: 'T', published: '2016-12-24', publishedBasis: 'metadata', url: 'http://x', language: 'en', raw: 'A\u00a0b.', text: 'A b.' });
    expect(Object.isFrozen(doc)).toBe(true);
  });

  it('reports what it changed through ctx.debug, with rule ids and raw offsets', () => {
    const { ctx } = clean('The 15™ Anniversary\r\nLeave a Reply');
    const log = ctx.debugLog[0] as { edits: { rule: string; start: number; end: number; to: string }[] };
    expect(log.edits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: CLEAN_RULES.ocrOrdinal, start: 6, end: 7, to: 'th' }),
        expect.objectContaining({ rule: CLEAN_RULES.lineEnding, start: 19, end: 21 }),
        expect.objectContaining({ rule: CLEAN_RULES.boilerplateEnd, start: 21, end: 34 }),
      ]),
    );
  });

  it('drops a login wall whole, with the short heading left between its prompts', () => {
    const { doc } = clean('Just One More Thing...\n\nWe have sent you a verification email. Please check your email and click on the link to activate your profile.\n\nClose\n');
    expect(doc.text).toBe('');
  });

  it('drops a paywall whose only other line is a short heading', () => {
    expect(clean('Total Access\n\nEnjoy the convenience of home delivery. Sign up for our best value today!').doc.text).toBe('');
  });

  it('warns when only boilerplate was left', () => {
    const { doc, ctx } = clean('Already a subscriber?\n\nClick on the button below to set up your account or log in if you already have one.\n');
    expect(doc.text).toBe('');
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: CLEAN_RULES.emptyAfterCleaning, file: 'doc.txt' })]);
  });
});

describe('cleanDoc: text that must not change', () => {
  const unchanged: [string, string][] = [
    ['one paragraph a line (web text)', 'Police said two people died.\nThe suspect fled on foot.\nNo arrests were made.'],
    ['hyphenated words', 'a well-known, 57-year-old man in a large-scale raid'],
    ['a dateline dash after capitals', 'MERCER COUNTY -The dinner will be held Tuesday.'],
    ['a spaced dash', 'Portsmouth, Va. - Five people were wounded.'],
    ['a line ending with a colon', 'He noted that what happened in the city was not new:\nthe people lived through a similar tragedy.'],
    ['a headline before a blank line', 'Shooting leaves two dead\n\nTwo people died Sunday night.'],
    ['a trailing teaser that reports casualties', 'Story.\n\nRELATED: 2 killed in shooting downtown'],
    ['a trailing sentence that starts like boilerplate', 'Story.\n\nComments from neighbors were kind.'],
    ['degrees written with º', 'It was 75º F outside and 3º below freezing.'],
    ['™ before a word ordinals do not head', 'Version 10™ software was installed.'],
    ['a repeated line that is not consecutive', 'Police said one died.\nWitnesses heard shots.\nPolice said one died.'],
    ['a line that goes on from a short one', 'Shooting on Elm Street\nShooting on Elm Street leaves two hurt, police said.'],
    ['a short line before an uppercase line', 'Reasons behind the attack\nThe army entered the city at night.'],
    ['list items', 'Victims:\n- John Smith, 24\n- Jane Doe, 31'],
    ['a byline under a long headline', 'Victims of Sunday shooting released from area hospitals\n\nby Asia Ashley\n\nTwo men were released.'],
    ['a URL line after an open line', 'New Orleans parade hit by shooting - USA Today\n\nwww.usatoday.com/story/news/1'],
    ['a dated "Posted on" line at the start', 'Posted on 13 August 2013\n\nPolice said a man was shot.'],
  ];

  it.each(unchanged)('%s', (_name, text) => {
    const { doc } = clean(text);
    expect(doc.text).toBe(text);
    expect(expectOffsetMapExact(doc)).toEqual([]);
  });
});

describe('cleanDoc: garbage input', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', ' \n\t\r\n \u00a0 '],
    ['mixed scripts', 'Горбачёв 戈尔巴乔夫 Lənkəran ‎שלום‎ 15™'],
    ['only newlines', '\n\n\n\n'],
  ])('%s: never throws and the map stays exact', (_name, text) => {
    const { doc } = clean(text);
    expectOffsetMapExact(doc);
  });

  it('cleans a 1 MB single line quickly', () => {
    const text = `${'word -word 15™ Anniversary\u00a0'.repeat(40_000)}`;
    const started = performance.now();
    const { doc } = clean(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(doc.text.length).toBeGreaterThan(900_000);
  });

  it('keeps every unchanged character mapped to itself (property)', () => {
    const alphabet = fc.constantFrom('a', 'B', 'z', ' ', ' ', '\n', '\n', '\r', '\t', '-', '.', ',', '1', '5', '™', 'ᵗ', 'ʰ', '\u00a0', '\u200b', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((characters) => characters.join('')), (text) => {
        const { doc } = clean(text);
        const changed = expectOffsetMapExact(doc).map((i) => doc.text[i]);
        // only joins (space), line endings (\n) and ordinal suffix letters differ from their raw character
        for (const character of changed) expect(' \nthstndrd').toContain(character);
        expect(doc.text).not.toMatch(/[\r\u00a0\u200b]|[ \t]\n|\n[ \t]|\n\n\n|^\s|\s$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanDoc on the black-january reports', () => {
  const directory = join(import.meta.dirname, '../../../../shared/corpus/black-january');
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const docs = new Map(
    files.map((name) => {
      const text = readFileSync(join(directory, name), 'utf8');
      return [name.slice(0, 3), clean(text, name.replace(/\.txt$/, '')).doc] as const;
    }),
  );
  const get = (prefix: string) => {
    const doc = docs.get(prefix);
    if (doc === undefined) throw new Error(`missing corpus file ${prefix}`);
    return doc;
  };

  it('reads all five reports', () => {
    expect(files).toHaveLength(5);
  });

  it('drops the comment form of 000 and keeps the byline', () => {
    for (const doc of docs.values()) {
      expect(doc.text).not.toContain('Leave a Reply');
      expect(doc.text).not.toContain('Your email address');
    }
    expect(get('000').text.endsWith('Written by Parvana Garayeva')).toBe(true);
  });

  it('keeps the doubled caption of 000 once', () => {
    expect(get('000').text.match(/^Ambassador Vilayat Guliyev$/gm)).toHaveLength(1);
  });

  it('repairs the split hyphens of 002', () => {
    const text = get('002').text;
    expect(text).toContain('Nagorno-Karabakh');
    expect(text).not.toContain('Nagorno -Karabakh');
    expect(text).toContain('thirty-five years');
    expect(text).toContain('large-scale speeches');
  });

  it('repairs the OCR ordinal of 003 and unwraps its lines into a handful of paragraphs', () => {
    const text = get('003').text;
    expect(text).toContain('15th Anniversary');
    const paragraphs = text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(paragraphs.length).toBeLessThanOrEqual(9);
    // no line is broken mid-sentence: every paragraph but the title ends a sentence
    for (const paragraph of paragraphs.slice(1)) {
      expect(paragraph).not.toContain('\n');
      expect(paragraph).toMatch(/[.!?]["”’']?$/);
    }
    expect(text).toContain('who claimed a part of the territory of Azerbaijan, compelled the people');
  });

  it('maps every normalized character back to the raw text', () => {
    for (const doc of docs.values()) {
      const changed = expectOffsetMapExact(doc);
      for (const i of changed) {
        const raw = doc.raw[doc.offsets.toRaw(i)];
        // joins map a space to a line break; the ordinal maps "th" to "™"
        expect(raw === '\n' || raw === '™', `char ${i} ${JSON.stringify(doc.text[i])} -> ${JSON.stringify(raw)}`).toBe(true);
      }
    }
  });

  it('leaves the clean web reports untouched apart from trimming', () => {
    expect(get('001').text).toBe(get('001').raw.trim());
    expect(get('004').text).toBe(get('004').raw.trim());
  });
});

describe('cleanDoc: grids of teasers', () => {
  it('keeps one copy of each paragraph of a page whose every paragraph came doubled', () => {
    const para = (i: number) => `Paragraph ${i} of the report says two men were shot on Elm Street on Sunday night.`;
    const raw = [1, 2, 3].flatMap((i) => [para(i), para(i)]).join('\n\n');
    expect(clean(raw).doc.text).toBe([1, 2, 3].map(para).join('\n\n'));
  });

  it('drops teasers that write their headline twice in one line, even when they are the whole page', () => {
    const teaser = (headline: string, summary: string) => `${headline} ${headline} MILLBROOK, Ky (WXYZ) - ${summary}`;
    const grid = [
      teaser('Man Hurt, Suspect Held In Dorset County', 'Police said one man was taken to the hospital Sunday night after a shooting.'),
      teaser('Two Injured In Crash On Route 9', 'At least two people were hurt in a crash Sunday afternoon.'),
    ];
    expect(clean([...grid, ARTICLE].join('\n\n')).doc.text).toBe(ARTICLE);
    expect(clean(grid.join('\n\n')).doc.text).toBe('');
  });

  it('keeps a photo caption\'s words without its "Buy Photo" button, each word mapped back to the raw text', () => {
    const raw = `Buy Photo Police tape closes Elm Street. (Photo: Jo Doe, Kestrel News)Buy Photo\n\n${ARTICLE}`;
    const { doc } = clean(raw);
    expect(doc.text).toBe(`Police tape closes Elm Street. (Photo: Jo Doe, Kestrel News)\n\n${ARTICLE}`);
    expect(doc.offsets.toRaw(0)).toBe('Buy Photo '.length);
    expect(raw.slice(doc.offsets.toRaw(doc.text.indexOf('Two men')), doc.offsets.toRaw(doc.text.indexOf('Two men')) + 7)).toBe('Two men');
    // a line that only opens with the words is no button
    expect(clean('Buy Photos of the victims were shown. A man was shot.').doc.text).toBe('Buy Photos of the victims were shown. A man was shot.');
  });

  it("drops a station's weather alerts (title, body, times and area), not a story that tells of a warning", () => {
    const alert = [
      'Freeze Warning',
      '...Freeze Warning Remains In Effect Until Noon EDT Thursday... * Impacts...any Trees And Flowers That Have Already Started Blooming Could Be Damaged Or Killed. ...Read More.',
      'Effective: March 15, 2017 at 9:23pmExpires: March 16, 2017 at 12:00pmTarget Area: Dorset; Tamber; Velmora',
    ].join('\n\n');
    expect(clean(`${alert}\n\n${ARTICLE}`).doc.text).toBe(ARTICLE);
    const story = 'Tornado Warning\n\nA tornado warning was in effect until 9 p.m. when the storm hit Velmora, police said.';
    expect(clean(story).doc.text).toBe(story);
  });

  it('drops a video playlist of three lines or more, not a story told by the clock', () => {
    const playlist = ['1:29 Police respond to shooting on 17th Avenue', '3:10 Quarterback opens up about shoulder injury Pause', '0:46 Mayor speaks at watch party'];
    expect(clean([...playlist, ARTICLE].join('\n')).doc.text).toBe(ARTICLE);
    const live = ['5:07 p.m.: The mayor says the gunman is in custody.', '4:54 p.m. Police have detained a man.', '3:17 PM Shots were reported at the clinic.'].join('\n\n');
    expect(clean(live).doc.text).toBe(live);
    const two = `${playlist.slice(0, 2).join('\n\n')}\n\n${ARTICLE}`;
    expect(clean(two).doc.text).toBe(two);
  });

  it('keeps a story whose first line writes its headline twice, and a single doubled headline', () => {
    const raw = `Two Men Shot On Elm Street Two Men Shot On Elm Street MILLBROOK (WXYZ) - Two men were shot on Sunday night.\n\n${ARTICLE}`;
    expect(clean(raw).doc.text).toBe(raw);
  });
});
