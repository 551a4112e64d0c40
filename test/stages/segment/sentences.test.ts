import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsSentenceAt, splitSentences } from '../../../src/stages/segment/sentences.js';
import { cleanDoc } from '../../../src/stages/ingest/clean.js';
import { expectSpansMatch, sourceDoc, testContext } from '../../helpers/spans.js';

function split(text: string): string[] {
  const doc = sourceDoc(text);
  const sentences = splitSentences(doc);
  expectSpansMatch(doc, sentences);
  return sentences.map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  const rows: [string, string, string[]][] = [
    ['plain sentences', 'Two men died. Three were hurt! Who fired? Nobody knows.', ['Two men died.', 'Three were hurt!', 'Who fired?', 'Nobody knows.']],
    ['titles before names', 'Mr. Ákos Pataki and Ms. Anjelika Takács spoke. Mrs. Smith and Dr. Jones left.', ['Mr. Ákos Pataki and Ms. Anjelika Takács spoke.', 'Mrs. Smith and Dr. Jones left.']],
    ['ranks before names', 'Lt. Casey Moilanen and Sgt. Bryan Lovell said Gov. Smith, Sen. Doe and Rep. Roe agreed.', ['Lt. Casey Moilanen and Sgt. Bryan Lovell said Gov. Smith, Sen. Doe and Rep. Roe agreed.']],
    ['St. before a name', 'He lives in St. Louis near St. Charles Avenue.', ['He lives in St. Louis near St. Charles Avenue.']],
    ['a street abbreviation ending a sentence before a starter', 'He lives on Main St. The house burned.', ['He lives on Main St.', 'The house burned.']],
    ['U.S. inside a sentence', 'The U.S. Park Police and the U.S. Army responded.', ['The U.S. Park Police and the U.S. Army responded.']],
    ['U.S. ending a sentence before a starter', 'He returned to the U.S. The trial starts Monday.', ['He returned to the U.S.', 'The trial starts Monday.']],
    ['p.m. before a capitalised word', 'It happened at 9 p.m. Police said two died.', ['It happened at 9 p.m.', 'Police said two died.']],
    ['p.m. before a day name', 'It was reported just before 1 p.m. Saturday in the 2200 block.', ['It was reported just before 1 p.m. Saturday in the 2200 block.']],
    ['a.m. before a lowercase word', 'Just before 1 a.m. police responded.', ['Just before 1 a.m. police responded.']],
    ['a.m. before a time zone', 'At 10 a.m. EST the road reopened.', ['At 10 a.m. EST the road reopened.']],
    ['initials', 'Officers said J. Smith and M.D. Harmon were there.', ['Officers said J. Smith and M.D. Harmon were there.']],
    ['month abbreviations before a day', 'On Nov. 9, 2015, and Sept. 12 the family spoke.', ['On Nov. 9, 2015, and Sept. 12 the family spoke.']],
    ['No. before a number', 'He was listed as No. 5 on the roster. He left.', ['He was listed as No. 5 on the roster.', 'He left.']],
    ['lowercase no. ends a sentence', 'He said no. Police arrived.', ['He said no.', 'Police arrived.']],
    ['AP state abbreviations in datelines', 'WILSON, N.C. (WNCN) — A shooting left four dead. Portsmouth, Va. - Five were hurt.', ['WILSON, N.C. (WNCN) — A shooting left four dead.', 'Portsmouth, Va. - Five were hurt.']],
    ['a quote ending with ."', 'He said, "It was awful." Then he left.', ['He said, "It was awful."', 'Then he left.']],
    ['a quote ending with .”', '“It’s Christmas Eve. It’s shocking,” said a woman. She left.', ['“It’s Christmas Eve.', 'It’s shocking,” said a woman.', 'She left.']],
    ['a quote ending with !” before the speaker', '“Stop!” he shouted. They ran.', ['“Stop!” he shouted.', 'They ran.']],
    ['an ellipsis before a name', 'sending the troops to… Baku, instead of Armenia. The operation failed.', ['sending the troops to… Baku, instead of Armenia.', 'The operation failed.']],
    ['an ellipsis before a starter', 'Police waited... The door opened.', ['Police waited...', 'The door opened.']],
    ['a missing space after a period', 'She was shot Wednesday night.The first shooting was at 10.', ['She was shot Wednesday night.', 'The first shooting was at 10.']],
    ['a missing space after a quote', 'She almost died again."I was shot in the face," she said.', ['She almost died again."', 'I was shot in the face," she said.']],
    ['no split inside domains and abbreviations without a space', 'See WRAL.com and Armslist.com, said Mrs.Smith today.', ['See WRAL.com and Armslist.com, said Mrs.Smith today.']],
    ['a line break always splits', 'Ambassador Vilayat Guliyev\nAzerbaijani students attended.', ['Ambassador Vilayat Guliyev', 'Azerbaijani students attended.']],
    ['a colon at a line end', 'He noted it was not new:\nthe people lived through it.', ['He noted it was not new:', 'the people lived through it.']],
    ['paragraphs and surrounding whitespace', '  First one.  \n\n  Second one.  ', ['First one.', 'Second one.']],
    ['a sentence starting with a digit', 'Police said one died. 3 others were hurt.', ['Police said one died.', '3 others were hurt.']],
    ['a sentence starting with a quote', 'He left. "I was scared," she said.', ['He left.', '"I was scared," she said.']],
    ['decimal numbers and URLs', 'He paid $2.95 at wral.com today. Visit www.example.org now.', ['He paid $2.95 at wral.com today.', 'Visit www.example.org now.']],
    ['Jr. before a name word', 'He was picked up by Navarro Jr. College to play football.', ['He was picked up by Navarro Jr. College to play football.']],
    ['Inc. ends a sentence', 'He worked for Acme Inc. The firm closed.', ['He worked for Acme Inc.', 'The firm closed.']],
  ];

  it.each(rows)('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives exact offsets, indexes and the document id', () => {
    const doc = sourceDoc('  One two.  Three.\nFour', 'x1');
    expect(splitSentences(doc)).toEqual([
      { doc: 'x1', index: 0, start: 2, end: 10, text: 'One two.' },
      { doc: 'x1', index: 1, start: 12, end: 18, text: 'Three.' },
      { doc: 'x1', index: 2, start: 19, end: 23, text: 'Four' },
    ]);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    ['punctuation only', '... !!! ???'],
  ])('handles %s input', (_name, text) => {
    const sentences = split(text);
    for (const sentence of sentences) expect(sentence.trim()).toBe(sentence);
  });

  it('splits a 1 MB single line quickly', () => {
    const text = 'Mr. Smith said 5 p.m. was late. '.repeat(32_000);
    const started = performance.now();
    const sentences = splitSentences(sourceDoc(text));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sentences).toHaveLength(32_000);
  });

  it('never crosses a line break, never returns empty or untrimmed sentences (property)', () => {
    const alphabet = fc.constantFrom('a', 'B', 'Mr', 'U.S', 'p.m', ' ', ' ', '.', '.', '!', '?', '…', '"', '”', '\n', '\n\n', '5', 'The', 'x');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((parts) => parts.join('')), (text) => {
        const doc = sourceDoc(text);
        const sentences = splitSentences(doc);
        expectSpansMatch(doc, sentences);
        let previousEnd = 0;
        sentences.forEach((sentence, index) => {
          expect(sentence.index).toBe(index);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.text.length).toBeGreaterThan(0);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text).not.toContain('\n');
          previousEnd = sentence.end;
        });
        // every non-space character belongs to a sentence
        const covered = sentences.reduce((count, sentence) => count + sentence.text.replace(/\s/g, '').length, 0);
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitSentences on the black-january reports', () => {
  const directory = join(import.meta.dirname, '../../../../shared/corpus/black-january');
  const docs = readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => cleanDoc({ id: name, path: name, text: readFileSync(join(directory, name), 'utf8') }, testContext()));

  it('keeps Mr./Ms. inside their sentence and splits the unwrapped report 003 into whole sentences', () => {
    const all = docs.flatMap((doc) => splitSentences(doc).map((sentence) => sentence.text));
    expect(all).toContain('Mr. Ákos Pataki and Ms. Anjelika Takács addressed the Azerbaijani friends and expressed their sympathy and solidarity.');
    expect(all).toContain('As a result, more than 130 civilians were killed and 700 wounded, hundreds of people were arrested and subjected to various forms of physical pressure.');
    expect(all).toContain('On that night, 130 civilians died in Baku.');
    for (const doc of docs) expectSpansMatch(doc, splitSentences(doc));
  });
});

describe('endsSentenceAt', () => {
  it('reads a period as the splitter does: not after "p.m." before a day, "Lt.", "St."', () => {
    expect(endsSentenceAt('at 5 p.m. Sunday at the park', 8)).toBe(false);
    expect(endsSentenceAt('said Lt. Brady Fitzgerald.', 7)).toBe(false);
    expect(endsSentenceAt('were hurt. Police said', 9)).toBe(true);
    expect(endsSentenceAt('the end.', 7)).toBe(true);
    expect(endsSentenceAt('no mark here', 3)).toBe(false);
  });

  it('agrees with splitSentences: a terminator before a blank ends a sentence exactly where the splitter ends one', () => {
    const word = fc.constantFrom('Police', 'said', 'p.m.', 'Sunday', 'Lt.', 'Ann', 'St.', 'Paul', 'two', 'died.', 'U.S.', 'The', 'hurt!', 'Why?', 'a.m.', 'He', 'Mr.', 'Jan.', '5');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const ends = new Set(splitSentences({ id: 'd', path: 'd', language: 'en', text, raw: text, offsets: { toRaw: (o) => o } }).map((s) => s.end));
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ') expect(endsSentenceAt(text, i)).toBe(ends.has(i + 1));
        }
      }),
    );
  });
});
