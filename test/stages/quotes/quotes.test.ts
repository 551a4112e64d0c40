import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/model/document.js';
import type { Gazetteer } from '../../../src/stages/entities/gazetteer.js';
import { recognizeEntities } from '../../../src/stages/entities/recognize.js';
import { extractQuotes } from '../../../src/stages/quotes/index.js';

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
    ['Eventually, both nations regained their freedom and independence, said Guliyev.', 'Eventually, both nations regained their freedom and independence', 'Guliyev', 0, 'en/quote/said-clause'],
  ];
  it.each(cases)('%s', (text, quote, speaker, start, rule) => {
    const q = quotesOf(text).find((x) => x.text === quote);
    expect(q).toMatchObject({ speaker, rule, span: { doc: 'd', start, end: start + quote.length } });
    expect(text.slice(q!.span.start, q!.span.end)).toBe(quote);
  });
  it('finds a reported clause in each sentence, the second right after the first', () => {
    const text = 'The officers arrived within two minutes of the call, said John Smith. The suspect fled on foot toward the river, said Jane Doe.';
    expect(quotesOf(text).map((q) => [q.text, q.speaker, q.span.start, q.span.end, q.kind])).toEqual([
      ['The officers arrived within two minutes of the call', 'John Smith', 0, 51, 'reported'],
      ['The suspect fled on foot toward the river', 'Jane Doe', 70, 111, 'reported'],
    ]);
  });
  it('a reported clause never starts inside quotation marks or runs past 400 characters', () => {
    expect(quotesOf('He said "we stayed there, said Smith.').filter((q) => q.kind === 'reported')).toEqual([]);
    expect(quotesOf(`${'word '.repeat(90)}, said John Smith.`).filter((q) => q.kind === 'reported')).toEqual([]);
  });
  it('a pronoun goes to the last person who spoke, not to a person only named in between', () => {
    const text = 'Khazar Ibrahim said it was a turning point. The order came from Mikhail Gorbachev. "It has changed us all deeply," he recalled.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Khazar Ibrahim']);
  });
  const negatives: string[] = ['The army had branches "everywhere" in the city.', 'It was called “Bloody January” by many.', ''];
  it.each(negatives)('no quote in %j', (text) => expect(quotesOf(text)).toEqual([]));
});
