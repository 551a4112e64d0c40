import { expect } from 'vitest';
import { extractDates } from '../../../../src/stages/extract/dates/index.js';
import type { Sentence } from '../../../../src/model/document.js';
import type { DateMention } from '../../../../src/model/time.js';

/** Titles and abbreviations after which a period does not end a sentence. */
const ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Ms|Mrs|Dr|St|Mt|Ave|No|Lt|Sgt|Gov|Sen|Rep|a\.m|p\.m|[A-Z])\.$/;
const BOUNDARY = /([.!?]["”’)]*)\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n|\n/g;

/**
 * A trivial sentence splitter for tests: a sentence ends at `.!?` before a capital or digit (not
 * after an abbreviation), at a blank line, and at a line break after sentence punctuation (so
 * hard-wrapped lines join).
 */
export function splitForTest(doc: string, text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ doc, index: out.length, start: s, end: e, text: text.slice(s, e) });
  };
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (match[0] === '\n') {
      const line = text.slice(text.lastIndexOf('\n', match.index - 1) + 1, match.index).trim();
      if (!/[.!?:"”…]$/.test(line)) continue;
    }
    const terminator = match[1];
    if (terminator !== undefined && ABBREVIATION.test(text.slice(Math.max(0, match.index - 6), match.index + 1))) continue;
    push(start, match.index + (terminator?.length ?? 0));
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return out;
}

/**
 * The dates of a text, checking the span invariant on every mention:
 * `text.slice(span.start, span.end) === mention.text`, and `start <= end`.
 */
export function datesIn(text: string, published?: string, doc = 't'): DateMention[] {
  const dates = extractDates({ id: doc, text }, splitForTest(doc, text), published !== undefined ? { published } : {});
  for (const date of dates) {
    expect(text.slice(date.span.start, date.span.end)).toBe(date.text);
    expect(date.span.doc).toBe(doc);
    if (date.start !== undefined && date.end !== undefined) expect(date.start <= date.end).toBe(true);
  }
  return dates;
}
