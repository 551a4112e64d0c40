/**
 * A web page's title: the headline, and often the site's name after it ("Teen dead after shooting -
 * wistv.com - Columbia, South Carolina").
 */

/**
 * A page title as the cleaner writes it at the head of a report's text (`headlineLead`): its runs
 * of white space as single spaces, trimmed. What `reportNameTokens` looks for there.
 *
 * @example titleLine('Man shot  in\nTulsa ') === 'Man shot in Tulsa'
 */
export function titleLine(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Separators between a headline and the site's name: " - ", " | ", " – ", " — ". */
const TITLE_PARTS = /\s+[-|–—]\s+/;
/** A lowercase word of three letters or more: headlines have them, site names ("KCTV5", "Charleston, SC") do not. */
const LOWERCASE_WORD = /(?:^|\s)(?!and\b)[a-z]{3,}/;

/**
 * A page title without the site's name after it: "Teen dead after shooting - wistv.com - Columbia,
 * South Carolina" is "Teen dead after shooting". A trailing part goes when it holds a web address
 * or no lowercase word (but "and": "News, Weather and Sports") and is a list or not longer than the
 * first part; the headline itself ("Baku - 30 years later") stays whole.
 */
export function withoutSiteName(title: string): string {
  const parts = title.replace(/\s*[-|–—]\s*$/, '').split(TITLE_PARTS);
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    // "CBS 58 - Multiple Victims After Shooting": a title-case headline after the site's name stays;
    // a list ("Tulsa, OK", "News, Weather and Sports") is the site's.
    const isSiteLike = /\.(?:com|net|org|tv|co)\b/i.test(last) || (!LOWERCASE_WORD.test(last) && (last.includes(',') || last.length <= parts[0]!.length));
    if (!isSiteLike) break;
    parts.pop();
  }
  return parts.join(' - ').trim() || title;
}

