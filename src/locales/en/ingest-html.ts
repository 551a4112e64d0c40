/**
 * English material for reading web pages and PDFs: bylines and page furniture.
 * Data, not logic: `stages/ingest/html.ts` and `stages/ingest/pdf.ts` read it.
 */

/**
 * The word a byline starts with, dropped from the author names a page gives.
 *
 * @example
 * 'By Jane Doe'.replace(BYLINE_PREFIX, '') === 'Jane Doe';
 */
export const BYLINE_PREFIX = /^\s*(?:by|written by|posted by|reported by)\s*:?\s+/i;

/**
 * A line that is only a page number, as printed in a header or footer: "3", "- 3 -",
 * "Page 3", "Page 3 of 10", "3 of 10", "3/10", "p. 3".
 *
 * @example
 * PAGE_NUMBER_LINE.test('Page 3 of 10') === true;
 * PAGE_NUMBER_LINE.test('3 people died') === false;
 */
export const PAGE_NUMBER_LINE = /^[\s\-–—|[(]*(?:(?:page|p\.|pg\.?)\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[\s\-–—|\])]*$/i;
