/**
 * English words and phrase lists for dates and time reasoning (data, not logic).
 * Regular-expression sources here are alternations meant to be embedded in larger patterns;
 * they hold no capturing groups.
 */

/** Month names and abbreviations, lower case, to their 1-based number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names, lower case, to 0 = Sunday. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** The months' full names, lower case, in order. */
export const FULL_MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Alternation of month names and abbreviations (abbreviations may take a dot). */
export const MONTH_SOURCE = `(?:${FULL_MONTH_NAMES.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)`;

/** Seasons to their first and last month (meteorological, northern hemisphere; winter runs into the next year). */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 2],
};

/** Alternation of season words. */
export const SEASON_SOURCE = '(?:spring|summer|fall|autumn|winter)';

/** Cardinal number words up to ninety; compounds ("thirty-five") are built from them. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, several: 3, few: 3, couple: 2,
};

/** Ordinal number words to their value; compounds ("thirty-fifth") are built from tens + units. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};

/** Tens words that start a compound number ("thirty-five", "thirty -five" after OCR). */
export const TENS_SOURCE = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';

/** Alternation of cardinal words, including compounds and spaced hyphens ("thirty -five"). */
export const NUMBER_WORD_SOURCE =
  `(?:${TENS_SOURCE}(?:\\s?[-\u2010\u2011\u2013]\\s?|\\s)(?:one|two|three|four|five|six|seven|eight|nine)|` +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|several|a few|a couple of)';

/** Alternation of ordinals: digits with a suffix (also the OCR glyph "15\u2122" for "15th") or words. */
export const ORDINAL_SOURCE =
  `(?:\\d{1,3}(?:st|nd|rd|th|\u2122)|${TENS_SOURCE}(?:\\s?[-\u2010\u2011\u2013]\\s?|\\s)` +
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|' +
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|' +
  'fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|' +
  'fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)';

/** Calendar unit words to their unit. */
export const UNIT_WORDS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'week', fortnights: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'year', decades: 'year',
};

/** How many of its unit a unit word counts, when more than one: a decade is ten years, a fortnight two weeks. */
export const UNIT_MULTIPLES: Readonly<Record<string, number>> = { decade: 10, decades: 10, fortnight: 2, fortnights: 2 };

/** Alternation of unit words. */
export const UNIT_SOURCE = '(?:days?|weeks?|fortnights?|months?|years?|decades?)';

/** Parts of the day to their canonical name. */
export const PARTS_OF_DAY: Readonly<Record<string, 'morning' | 'afternoon' | 'evening' | 'night'>> = {
  morning: 'morning', dawn: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night',
  overnight: 'night', midnight: 'night', nightfall: 'evening',
};

/**
 * Prepositions and words after which a bare four-digit number is a year ("in 1918", "since 1988",
 * "the revolution of 1956"). Counts never follow these directly in news text without a noun after.
 */
export const YEAR_PREPOSITION_SOURCE =
  '(?:in|since|of|from|until|till|by|before|after|during|through|throughout|between|circa|around|' +
  'early|late|mid|summer|spring|fall|autumn|winter|year|since early|since late|back in|as of|' +
  'born in|founded in|established in)';

/**
 * Nouns that, right after a four-digit number, make it a count, not a year ("1,990 people", "in 2000 homes").
 * Matched as whole lower-case words.
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'residents', 'civilians', 'troops', 'soldiers', 'men', 'women', 'children',
  'victims', 'cases', 'homes', 'houses', 'votes', 'members', 'officers', 'police', 'students',
  'workers', 'dollars', 'euros', 'rounds', 'shots', 'bullets', 'cars', 'vehicles', 'units',
  'feet', 'miles', 'meters', 'metres', 'kilometers', 'km', 'acres', 'pounds', 'tons', 'hours',
  'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'block', 'times', 'guns', 'weapons',
]);

/** Words after "N/N" that make it a name, not a date ("the 9/11 attacks", "24/7 coverage"). */
export const SLASH_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'attack', 'attacks', 'attackers', 'commission', 'memorial', 'museum', 'victims', 'era', 'generation',
  'responders', 'hijackers', 'terrorists', 'terrorist', 'bombings', 'truthers', 'anniversary',
  'coverage', 'service', 'support', 'access', 'operation', 'operations', 'news', 'call', 'calls',
  'dispatch', 'hotline', 'security', 'care', 'line',
]);

/** Words before "N/N" that make it a name or rate, not a date ("post-9/11", "since 9/11"). */
export const SLASH_NAME_PRECEDERS: ReadonlySet<string> = new Set(['post', 'pre', 'since', 'after', 'before']);

const MONTH_NAMES = FULL_MONTH_NAMES.map((name) => name.charAt(0).toUpperCase() + name.slice(1)).join('|');
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const WEEKDAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
const WEEKDAY_ABBREVIATIONS = 'Sun|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat';

/** Alternation of holiday names (longest first). */
export const HOLIDAY_SOURCE =
  "(?:christmas(?:\\s+(?:day|eve))?|new\\s+year['’]?s\\s+(?:day|eve)|independence\\s+day|(?:the\\s+)?fourth\\s+of\\s+july|" +
  "halloween|valentine['’]?s\\s+day|veterans['’]?\\s+day|(?:st\\.|saint)\\s+patrick['’]s\\s+day|juneteenth|thanksgiving(?:\\s+day)?|" +
  "memorial\\s+day|labor\\s+day|mother['’]s\\s+day|father['’]s\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|mlk\\s+day|" +
  "presidents['’]?\\s+day|columbus\\s+day|black\\s+friday|easter(?:\\s+sunday)?)";

/**
 * Cheap cues, one per family of rules: a rule runs on a sentence only when its cue is found there,
 * and a sentence without any cue skips chrono-node. Names are matched with their capital (or all
 * capitals, or lower case for unambiguous full names) so "may", "march", "friend", "Mark" and
 * "money" do not wake the month and weekday parsers. Each cue must match wherever its rules can.
 */
export const DATE_CUES = {
  monthName: new RegExp(
    `\\b(?:${MONTH_NAMES}|${MONTH_NAMES.toUpperCase()}|${MONTH_ABBREVIATIONS}|${MONTH_ABBREVIATIONS.toUpperCase()})\\b|` +
      '\\b(?:january|february|april|june|july|september|october|november|december)\\b',
  ),
  weekday: new RegExp(
    `\\b(?:${WEEKDAY_NAMES}|${WEEKDAY_NAMES.toUpperCase()}|${WEEKDAY_NAMES.toLowerCase()}|${WEEKDAY_ABBREVIATIONS})\\b|\\bweekend\\b`,
  ),
  year: /\b(?:1\d|20)\d\d\b/,
  numericDate: /\d\/\d|\d{4}[-\/.]\d|\d\.\d{1,2}\.\d{4}/,
  decade: /\d0['’]?s\b/,
  century: /\bcentury\b/i,
  season: /\b(?:spring|summer|fall|autumn|winter)\b/i,
  ago: /\bago\b/i,
  casualDay: /\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/i,
  overnight: /\bovernight\b/i,
  clock: /\d\s?[ap]\.?\s?m\b|\bmidnight\b/i,
  relativeUnit: /\b(?:last|this|next)\s+(?:week|month|year)\b/i,
  anaphora:
    /\b(?:that|same|following|next|previous|preceding)\s+(?:day|night|morning|afternoon|evening|week)\b|\bthe\s+(?:day|morning|afternoon|night|evening|week)\s+(?:after|before)\b|\b(?:days?|weeks?|hours?|minutes?|moments?)\s+(?:after|before)\s+(?:the|that|this)\b/i,
  // Note: `\w+(?:\s+|\s*,\s+)` is `\w+\s*,?\s+` without its two adjacent blank runs, which
  // backtracked quadratically over a long run of tabs before a part of the day
  openingPartOfDay: /^\W*(?:\w+(?:\s+|\s*,\s+))?(?:in|during)\s+the\s+(?:morning|afternoon|evening|night)\b/i,
  later: /\b(?:later|earlier|afterwards?)\b/i,
  elapsed: /\b(?:years?|months?)\s+(?:after|since)\b/i,
  // the names the holiday rule reads (one list: "New Year’s Eve" with a curly apostrophe was missed by a copy)
  holiday: new RegExp(`\\b${HOLIDAY_SOURCE}\\b`, 'i'),
} as const;

/** Number shapes that can start a date: a numeric date, a year, a decade, a slash date, a clock time. */
export const NUMBER_TRIGGER_SOURCE = "\\d{4}[-.\\/]\\d|\\b(?:1\\d|20)\\d\\d\\b|\\d0['’]?s\\b|\\d\\/\\d|\\d\\s?[aApP]\\.?\\s?[mM]\\b";

/**
 * Words and numbers that can start a date, found in one scan of a document: a capitalized or
 * all-capitals word whose initial can start a trigger below (month and weekday names, "Today",
 * "Later", "Christmas"; holidays like "Memorial Day" come in through "Day"), a year, a decade, a slash or
 * dashed date, and lower-case words that dates in news hinge on. A sentence with none skips
 * chrono-node; one with some tests only the cues `CUE_TRIGGERS` names for them. A test checks that
 * every cue match comes with a trigger.
 */
export const CUE_TRIGGER =
  /\b[ACDEFHJLMNOSTWY][A-Za-z]{2,11}\b|\d{4}[-.\/]\d|\b(?:1\d|20)\d\d\b|\d0['’]?s\b|\d\/\d|\d\s?[aApP]\.?\s?[mM]\b|\b(?:ago|yesterday|today|tonight|tomorrow|overnight|midnight|night|morning|afternoon|evening|days?|weeks?|hours?|minutes?|moments?|months?|years?|later|earlier|afterwards?|century|spring|summer|fall|autumn|winter|weekend|january|february|april|june|july|september|october|november|december|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g;

const MONTH_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
const WEEKDAY_WORDS = [
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sun', 'mon', 'tue',
  'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'weekend',
];
const PART_OF_DAY_CUES = ['casualDay', 'anaphora', 'openingPartOfDay'] as const;

/** For a trigger word (lower case), the cues worth testing on its sentence. Numbers are handled in code. */
const TRIGGER_WORDS: readonly (readonly [word: string, cues: readonly DateCueName[], capitalizedCues?: readonly DateCueName[]])[] = [
  ...MONTH_WORDS.map((word) => [word, ['monthName']] as const),
  ...WEEKDAY_WORDS.map((word) => [word, ['weekday']] as const),
  ['july', ['monthName', 'holiday']],
  ['friday', ['weekday', 'holiday']],
  ...['yesterday', 'today', 'tonight', 'tomorrow'].map((word) => [word, ['casualDay']] as const),
  ['overnight', ['overnight']],
  ['midnight', ['clock']],
  ...['night', 'morning', 'afternoon', 'evening'].map((word) => [word, PART_OF_DAY_CUES] as const),
  // Holidays are written with capitals ("Memorial Day", "New Year's"): lower-case "day" and "year"
  // (as in "19-year-old") need not wake the holiday cue, whose pattern is long.
  ['day', ['anaphora'], ['anaphora', 'holiday']],
  ['week', ['relativeUnit', 'anaphora']],
  // "two days after the shooting", "hours before the attack": counted from the happening.
  ...['days', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'moment', 'moments'].map((word) => [word, ['anaphora']] as const),
  // "a year after gunmen stormed the market", "two months since he was shot": counted back from the report.
  ['month', ['relativeUnit', 'elapsed']],
  ['year', ['relativeUnit', 'elapsed'], ['relativeUnit', 'holiday', 'elapsed']],
  ['months', ['elapsed']],
  // "New Years Eve", written without its apostrophe
  ['years', ['elapsed'], ['elapsed', 'holiday']],
  ...['later', 'earlier', 'afterward', 'afterwards'].map((word) => [word, ['later']] as const),
  ['ago', ['ago']],
  ['century', ['century']],
  ...['spring', 'summer', 'fall', 'autumn', 'winter'].map((word) => [word, ['season']] as const),
  ...['christmas', 'halloween', 'thanksgiving', 'easter', 'juneteenth'].map((word) => [word, ['holiday']] as const),
];

/**
 * For a trigger word as written (lower case, capitalized or all capitals), the cues worth testing
 * on its sentence. Numbers are handled in code.
 */
export const CUE_TRIGGERS: ReadonlyMap<string, readonly DateCueName[]> = new Map(
  TRIGGER_WORDS.flatMap(([word, cues, capitalizedCues = cues]) => [
    [word, cues] as const,
    [word.charAt(0).toUpperCase() + word.slice(1), capitalizedCues] as const,
    [word.toUpperCase(), capitalizedCues] as const,
  ]),
);

/** Name of a cue of `DATE_CUES`. */
export type DateCueName = keyof typeof DATE_CUES;

/**
 * Future-tense markers: a date in a clause with one of these is announced, not past
 * ("will have three non-working days - January 18, 19 and 20", "is scheduled to appear Monday").
 */
export const FUTURE_SOURCE =
  "(?:will|won't|shall|'ll|is to|are to|(?:is|are|was|were) (?:scheduled|set|expected|due|slated|planned|going) to|" +
  'plans? to|upcoming|scheduled for|set for|slated for|' +
  // a hearing ahead: "has a court date of Nov. 1", "His next court date is", "is due back in court on",
  // "held without bond pending a first court appearance on Monday"
  "(?:has|have) an? (?:\\w+ )?court date|next (?:court date|court appearance|hearing)|(?:is|are) due (?:back )?in court|" +
  'pending (?:an? |his |her |their )?(?:\\w+ )?(?:court appearance|hearing|arraignment))';

/**
 * Phrases that name the year of a month or a day written next to them ("March 9 last year", "last
 * year on March 9", "in June the year before"), to how many years they are from what they count
 * from: the publication date, or the date the document named before.
 */
export const YEAR_PHRASES: Readonly<Record<string, { readonly years: number; readonly from: 'published' | 'previous-date' }>> = {
  'last year': { years: -1, from: 'published' }, 'this year': { years: 0, from: 'published' }, 'next year': { years: 1, from: 'published' },
  'the year before': { years: -1, from: 'previous-date' }, 'the previous year': { years: -1, from: 'previous-date' },
  'the preceding year': { years: -1, from: 'previous-date' }, 'a year earlier': { years: -1, from: 'previous-date' },
  'a year before': { years: -1, from: 'previous-date' }, 'the year after': { years: 1, from: 'previous-date' },
  'the following year': { years: 1, from: 'previous-date' }, 'the next year': { years: 1, from: 'previous-date' },
  'a year after': { years: 1, from: 'previous-date' }, 'a year later': { years: 1, from: 'previous-date' },
};

/**
 * Alternation of the phrases of `YEAR_PHRASES`. "the year before" and "a year before" only
 * before a pause: "a year before the attack" counts from the attack, not from a date.
 */
export const YEAR_PHRASE_SOURCE =
  '(?:(?:last|this|next)\\s+year|the\\s+(?:previous|preceding|following|next)\\s+year|a\\s+year\\s+(?:earlier|later)|' +
  '(?:the|a)\\s+year\\s+(?:before|after)(?!\\s+\\w))';

/**
 * Verbs and adverbs of the report's present ("traders say", "business has yet to recover", "is
 * closed now"): a main clause with one tells what is so when the report is written. Not "still":
 * "Four years after he had been committed, Meyer still had weapons" tells a past.
 */
export const PRESENT_SOURCE = "(?:say|says|is|are|isn't|aren't|remain|remains|has|have|hasn't|haven't|continue|continues|now|today)";

/**
 * Superlatives and ordinals that make a year or a month after them the frame of a comparison
 * ("one of the deadliest days in the country this year", "the third attack on the area this
 * year", "the worst violence since 2019"): that year dates no happening of its own.
 */
export const SUPERLATIVE_SOURCE =
  '(?:[a-z]{3,}iest|worst|best|most|least|fewest|largest|biggest|highest|lowest|longest|greatest|heaviest|strongest|' +
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';

/** Words that make a date recurring, not a day on the calendar ("Every year on January 20"). */
export const RECURRING_SOURCE = '(?:every year|each year|every|each|annually|yearly)';

/** Nouns that a date right before them modifies ("the January 20 massacre"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'massacre', 'tragedy', 'events', 'event', 'attack', 'attacks', 'shooting', 'shootings', 'bombing',
  'crackdown', 'killings', 'incident', 'riots', 'uprising', 'revolution', 'issue', 'anniversary',
  'memorial', 'commemoration', 'victims', 'election', 'elections',
  'rally', 'rallies', 'protest', 'protests', 'demonstration', 'demonstrations', 'raid', 'raids', 'blast', 'explosion', 'ambush',
  'clashes', 'stabbing', 'killing', 'murder', 'murders', 'riot', 'siege', 'standoff', 'rampage',
]);

/**
 * Stems of words telling that a sentence reports violence (the happening an event record is about).
 * Matched at word starts, case-insensitive. Deaths are apart (`DEATH_SOURCE`): a victim may die days later.
 */
export const VIOLENCE_SOURCE =
  '(?:shot\\b|shots\\b|shoot(?:ing|ings|er|ers|out)?\\b|gunfire|gunshots?|gunm[ae]n|fired\\b|firing\\b|opened fire|' +
  'kill|slain|slay|wound|injur|hurt\\b|stab|murder|homicide|massacr|bloodshed|crackdown|invad|invasion|' +
  'attack|assault|bomb|blast|blew up|explo|violen|clash|riot|pogrom|raid|entered|struck|hostage|' +
  'carjack|robbe|suppress|ran into|crash)';

/** Stems of words telling that a sentence reports a death, which may come after the violence. */
export const DEATH_SOURCE = '(?:died|dies|death|dead|passed away|succumb|victim|tragedy)';

/** Stems of words telling that a sentence reports later proceedings, not the happening itself. */
export const AFTERMATH_SOURCE =
  '(?:arraign|arrest|court|hearing|judge|trial|sentenc|plead|plea\\b|indict|jury|bond\\b|bail\\b|funeral|vigil|' +
  'buried|burial|memorial service|autopsy|released|charged|charges|booked|extradit|prosecut|convict|' +
  'appeal|lawsuit|sued|interview|press conference|news conference|statement|announced|identified|ruled|' +
  'last seen|reported missing|season opened|guilty|verdict)';

/**
 * A suspect's or victim's past, told as background to the happening ("linked to armed robberies
 * that occurred as recently as the day before", "was wanted for", "on the Most Wanted list"): its
 * dates are of other happenings.
 */
export const BACKGROUND_SOURCE =
  '(?:linked to|wanted (?:for|in connection with)|was wanted|most wanted|as recently as|criminal (?:history|record)|' +
  'prior (?:arrests?|convictions?|robber)|previous(?:ly)? (?:arrested|convicted|charged|jailed))';

/**
 * Verbs of saying that a date right after belongs to ("police said Wednesday", "officials
 * confirmed early Friday", "told reporters Tuesday"): the day it was said.
 */
export const SAYING_VERB_SOURCE =
  '(?:said|says|announced|confirmed|revealed|reported|stated|added|explained|released|' +
  'told\\s+(?:\\w+\\s+){0,3}|according to \\w+|in a statement|at a news conference)';

/**
 * Verbs of saying and reporting that a date right after belongs to (`SAYING_VERB_SOURCE`, and
 * "was arrested Friday", "was in stable condition Saturday"): the day of the report, not of the happening.
 */
export const REPORT_VERB_SOURCE =
  `(?:${SAYING_VERB_SOURCE}|identified|` +
  'arrested|charged|charges|booked|arraigned|sentenced|pleaded|ruled|since|' +
  // a state as of a day, not a happening: "was in stable condition Saturday", "were searching for suspects Wednesday"
  'condition|hospitali[sz]ed|remained|remains|investigating|searching|looking for)';

/**
 * Nouns of a happening that a date right before them times ("a Wednesday night shooting",
 * "Saturday's deadly attack"): such a date is past even in a clause that announces something
 * ("victims of a Wednesday night shooting are expected to survive").
 */
export const HAPPENING_NOUN_SOURCE =
  '(?:shootings?|attacks?|killings?|stabbings?|bombings?|massacres?|crash|robbery|homicides?|murders?|incident|gunfire|violence|blast|explosion|riots?|crackdown|fire|standoff|shootout)';

/**
 * Gatherings that mourn: a vigil, a funeral, a memorial service, a wake. A crowd at one is no crowd of
 * the event (claims' `mournersApart`), and its day is no day of the event's happenings (the
 * timeline's `kindOf`).
 */
export const MOURNING_SOURCE = '(?:vigils?|funerals?|memorial services?|wakes?|prayer services?)';

/** Stems of words telling that a sentence commemorates rather than reports ("marked the 30th anniversary"). */
export const COMMEMORATION_SOURCE =
  '(?:anniversar|commemorat|remember|memory|mourn|tribute|honou?r|marks?\\b|marked|marking|' +
  'years have passed|years has passed|day of national|memorial|non-working)';

/**
 * Words that, before "overnight", make it a length of stay rather than the night of a happening
 * ("was held overnight", "stayed overnight at the hospital").
 */
export const STAY_BEFORE_OVERNIGHT_SOURCE = '(?:stay|stayed|stays|spent|spend|held|kept|remained|remain|hospitalized|jailed|detained|admitted|parked|left)';

/**
 * Words before "overnight" that make it "suddenly", not a night: "changed their mind overnight",
 * "almost overnight", "did not happen overnight", "disappeared overnight".
 */
export const IDIOM_BEFORE_OVERNIGHT_SOURCE = '(?:almost|literally|virtually|practically|seemingly|nearly|not|change|changed|changes|changing|transformed|transforms|disappeared|vanished)';

/** Nouns that "overnight" modifies as a kind of thing, not a time ("an overnight shift", "overnight parking"). */
export const OVERNIGHT_NOUN_SOURCE = '(?:shift|shifts|stay|stays|bag|parking|camp|camps|flight|flights|train|delivery|guest|guests|trip|trips|visit|visits|oats|success|sensation)';

/**
 * Words that name a day (a weekday, a month, "yesterday", "today", "tonight", "last night", "this
 * morning"): a sentence with one places its clock times itself.
 */
export const DAY_WORD_SOURCE =
  '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)|' +
  'january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)';

/** Stamp words that introduce a document's own date near its top ("date 2021-01-20", "Published: ..."). */
export const STAMP_SOURCE = '(?:date|dated|published|posted|updated|last updated|first published|created|modified)';

/** Function words left out when comparing the content of two sentences. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'but', 'by', 'for', 'from', 'with',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'that', 'this', 'these',
  'those', 'it', 'its', 'as', 'into', 'their', 'there', 'they', 'them', 'he', 'she', 'his', 'her',
  'which', 'who', 'whom', 'what', 'when', 'where', 'than', 'then', 'also', 'not', 'no', 'all',
  'after', 'before', 'during', 'since', 'said', 'day', 'night', 'evening', 'morning', 'first',
  'same', 'hours', 'year', 'years', 'about', 'more', 'some', 'other', 'such', 'while', 'would',
  'could', 'will', 'did', 'do', 'does', 'up', 'out', 'over', 'under', 'again', 'so', 'if',
]);

/** Words that turn a weekday into a name ("Black Friday", "Bloody Sunday", "Super Tuesday"). */
export const WEEKDAY_NAME_PRECEDERS: ReadonlySet<string> = new Set([
  'black', 'good', 'super', 'bloody', 'ash', 'palm', 'easter', 'cyber', 'holy', 'maundy', 'giving', 'small',
]);

/**
 * Determiners and possessives that, right before a weekday and a noun, make the weekday a kind of
 * that noun ("the Sunday market", "a Saturday edition", "their Friday prayers"), not a day.
 */
export const WEEKDAY_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Lower-case words that, after "the Sunday", "a Friday"..., do not make the weekday a noun's
 * modifier: the day itself goes on ("the Sunday before the attack", "a Friday afternoon", "the
 * Saturday also saw"). Parts of the day, prepositions, conjunctions, adverbs and the verbs that
 * follow a day as subject.
 */
export const WEEKDAY_NOUN_EXCEPTIONS: ReadonlySet<string> = new Set([
  'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'overnight', 'midnight', 'dawn', 'noon', 'nightfall',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'before', 'after', 'during', 'until', 'till', 'through', 'into', 'near',
  'around', 'about', 'since', 'between', 'against', 'past', 'as', 'than', 'like', 'following', 'prior',
  'and', 'or', 'but', 'nor', 'when', 'while', 'that', 'which', 'who', 'where', 'if', 'because', 'so', 'then',
  'also', 'too', 'again', 'still', 'last', 'next', 'just', 'only', 'even', 'already', 'alone', 'ago', 'early', 'late', 'earlier', 'later',
  'was', 'is', 'were', 'are', 'had', 'has', 'have', 'will', 'would', 'could', 'saw', 'began', 'started', 'brought', 'marked',
]);

/**
 * Nouns of a happening on one day (besides `HAPPENING_NOUN_SOURCE`, the stems of
 * `VIOLENCE_SOURCE`, `DEATH_SOURCE` and `AFTERMATH_SOURCE`, and `EVENT_NOUNS`) that a weekday
 * after a determiner still dates: "the Wednesday meeting", "a Monday rally".
 */
export const ONE_DAY_NOUN_SOURCE = '(?:meetings?|briefings?|rall(?:y|ies)|protests?|march(?:es)?|vote|votes|games?|match|matches|storms?|raids?|ceremon(?:y|ies))';

/** Words right before a number that make it a version or code, not a date ("version 2.10.3", "iOS 10/11"). */
export const VERSION_SOURCE = '(?:v|version|ver|release|build|ios|android|windows|update|firmware|model|no|number|#)';

/** Words before a month name alone that make it a month ("in March", "since May", "last June"). */
export const MONTH_ALONE_PRECEDERS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'during',
  'through', 'from', 'before', 'after', 'between', 'and', 'or', 'to', 'that', 'each', 'every',
]);

/** Street-type words: "1115 Mt. Vernon Avenue" is an address, not the year 1115. */
export const STREET_SOURCE =
  '(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Hwy|Highway|Pkwy|Parkway|Cir|Circle|Ter|Terrace|Trail|Pike|Square|Sq)';

/**
 * Holidays with a fixed day (month, day), and floating ones by rule: `[month, weekday, nth]`
 * (nth from the start; -1 is the last) or `easter`. Christmas and New Year's need a following
 * "Day", "Eve", part of day or a preceding "on" to be a date ("a Christmas party" is not).
 */
export const FIXED_HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24],
  "new year's day": [1, 1], "new year's eve": [12, 31], 'new years day': [1, 1], 'new years eve': [12, 31],
  'independence day': [7, 4], 'the fourth of july': [7, 4], 'fourth of july': [7, 4],
  'halloween': [10, 31], "valentine's day": [2, 14], 'valentines day': [2, 14], 'veterans day': [11, 11], "veterans' day": [11, 11],
  "st. patrick's day": [3, 17], "saint patrick's day": [3, 17], 'juneteenth': [6, 19],
};

/** Floating holidays: month, weekday (0 = Sunday), which one (-1 = last). */
export const FLOATING_HOLIDAYS: Readonly<Record<string, readonly [number, number, number]>> = {
  'thanksgiving': [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'memorial day': [5, 1, -1],
  'labor day': [9, 1, 1], "mother's day": [5, 0, 2], "father's day": [6, 0, 3],
  'martin luther king day': [1, 1, 3], 'martin luther king jr. day': [1, 1, 3], 'martin luther king jr day': [1, 1, 3], 'mlk day': [1, 1, 3],
  "presidents' day": [2, 1, 3], 'presidents day': [2, 1, 3], 'columbus day': [10, 1, 2],
  'black friday': [11, 5, 4],
};

