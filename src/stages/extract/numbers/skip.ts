import { isWordCode } from './text.js';

/** Characters that end a URL or an e-mail address. */
function isUrlEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 60 || c === 62 || c === 0xa0 || Number.isNaN(c);
}

/** Characters of an e-mail address or handle around its "@". */
function isAddressCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 45 || c === 43 || c === 95;
}

/**
 * Spans of URLs ("http://…", "www.…") and e-mail addresses or handles ("a.b@c.com",
 * "@user123"), sorted and merged: numbers inside them are not read. Found with `indexOf` (native
 * and fast) rather than a regex, whose first characters would be common letters.
 *
 * @example
 * findSkipSpans('see www.wsoc9.com/1234 now'); // [[4, 22]]
 */
export function findSkipSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // Note: a "://" or "www." inside the URL just found is skipped: its span would lie inside that
  // one (it ends at the same blank), and scanning to the blank again from each of them made
  // "http://ahttp://a..." quadratic
  let urlEnd = 0;
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', Math.max(i + 3, urlEnd))) {
    let start = i;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    urlEnd = untilBlank(text, i + 3);
    spans.push([start, urlEnd]);
  }
  urlEnd = 0;
  for (let i = text.indexOf('www.'); i >= 0; i = text.indexOf('www.', Math.max(i + 4, urlEnd))) {
    if (i > 0 && (isWordCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 47)) continue;
    urlEnd = untilBlank(text, i + 4);
    spans.push([i, urlEnd]);
  }
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    let start = i;
    while (start > 0 && isAddressCode(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isAddressCode(text.charCodeAt(end))) end++;
    while (end > i + 1 && text.charCodeAt(end - 1) === 46) end--; // a full stop after the address
    if (end > i + 1) spans.push([start, end]);
  }
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** End of the run of non-blank characters from `from`. */
function untilBlank(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isUrlEnd(text.charCodeAt(end))) end++;
  return end;
}
