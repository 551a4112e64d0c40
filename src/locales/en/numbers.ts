/**
 * English word lists for the number extractor (src/stages/extract/numbers). Data only:
 * every list here is read by a rule there. Words are lowercase unless a list says otherwise.
 *
 * @example
 * CARDINAL_WORDS.get('twenty') === 20;
 * VAGUE_HEADS.get('hundreds'); // [200, 999]
 */

/** Cardinal number words below one hundred, with their values. */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * Multiplier words: "twenty six thousand", "2.5 million", "two dozen".
 * `dozen` multiplies like `hundred` but nothing may follow it ("two dozen three" is two numbers).
 */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  // South Asian English: "2 lakh" (200,000), "1.5 crore" (15 million)
  ['lakh', 1e5], ['crore', 1e7],
]);

/**
 * Ordinal number words, with their values. "second" is here for compounds ("twenty-second");
 * alone it is not read, because it is far more often the time unit or "a second shooting".
 */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6],
  ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
  ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70],
  ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1e3], ['millionth', 1e6],
]);

/** Ordinal words that are not read on their own (only inside a compound such as "twenty-second"). */
export const ORDINALS_ONLY_IN_COMPOUNDS: ReadonlySet<string> = new Set(['second']);

/**
 * Fraction words after a number word: "two-thirds", "one quarter", "a half".
 * The value is the denominator; plural forms go with numerators above one.
 */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fourth', 4], ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6],
  ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10],
]);

/**
 * Vague amounts and the interval each allows. A multiplier after one scales the interval:
 * "several hundred" -> [300, 999], "hundreds of thousands" -> [200000, 999999].
 * Keys are the head words as written after "a"/"an" is dropped ("a few" -> "few").
 * Note: "a couple (of)" is read as vague [2, 3] (colloquially "two or so"), not exact 2;
 * "a couple" alone is not a number (it is usually the noun: "a couple was found dead").
 */
export const VAGUE_HEADS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['few', [2, 5]],
  ['couple', [2, 3]],
  ['handful', [2, 5]],
  ['several', [3, 9]],
  ['dozens', [24, 99]],
  ['scores', [40, 99]],
  ['tens', [20, 99]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['millions', [2e6, 9999999]],
  ['billions', [2e9, 9999999999]],
]);

/**
 * Words that may follow "a", "an" or "half" in a number ("a dozen", "a few", "half a million",
 * "a pair of"): the scanner tries the number-word rules after an article only before one.
 */
export const AFTER_ARTICLE_WORDS: ReadonlySet<string> = new Set([
  'few', 'couple', 'handful', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion',
  'half', 'pair', 'third', 'quarter', 'a', 'an',
]);

/** Plural multipliers that may follow a vague head: "hundreds of thousands", "tens of millions". */
export const PLURAL_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/** What a qualifier word says about a number, before it becomes an interval. */
export type QualifierKind = 'about' | 'nearly' | 'more-than' | 'at-least' | 'fewer-than' | 'at-most' | 'exact';

/**
 * Qualifier phrases written before a number, as lowercase word lists. Longest phrases win.
 * A trailing "." is kept on abbreviations ("approx.", "ca.").
 */
export const PREFIX_QUALIFIERS: readonly (readonly [phrase: string, kind: QualifierKind])[] = [
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['approx.', 'about'], ['approx', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['circa', 'about'], ['ca.', 'about'], ['close to', 'about'], ['closer to', 'about'], ['nearer to', 'about'], ['~', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just shy of', 'nearly'], ['just under', 'fewer-than'], ['well under', 'fewer-than'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['upward of', 'more-than'],
  ['in excess of', 'more-than'], ['greater than', 'more-than'], ['just over', 'more-than'],
  ['well over', 'more-than'], ['well above', 'more-than'], ['north of', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['not fewer than', 'at-least'], ['not less than', 'at-least'], ['a minimum of', 'at-least'],
  ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['under', 'fewer-than'],
  ['below', 'fewer-than'],
  ['at most', 'at-most'], ['up to', 'at-most'], ['as many as', 'at-most'], ['as much as', 'at-most'],
  ['no more than', 'at-most'], ['not more than', 'at-most'], ['a maximum of', 'at-most'],
  ['exactly', 'exact'], ['precisely', 'exact'],
];

/** Qualifier phrases written after a number: "10 or more", "a dozen or so", "65 and over", "twenty-odd" (some more than twenty). */
export const POSTFIX_QUALIFIERS: readonly (readonly [phrase: string, kind: QualifierKind])[] = [
  ['or more', 'at-least'], ['or over', 'at-least'], ['and over', 'at-least'], ['and above', 'at-least'],
  ['and up', 'at-least'], ['and older', 'at-least'], ['plus', 'at-least'], ['odd', 'at-least'],
  ['or fewer', 'at-most'], ['or less', 'at-most'], ['or under', 'at-most'], ['or younger', 'at-most'],
  ['or so', 'about'], ['more or less', 'about'],
];

/** Words that join two numbers into a range: "131 to 300", "two or three", "5 through 10". */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'or', 'through', 'thru']);

/**
 * Verbs that may follow the last of a list of ages in apposition whose closing comma was left
 * out: "two men, 30 and 42 were injured", "the two men, 31 and 42 died at the scene".
 */
export const VERBS_AFTER_AGES: readonly string[] = ['were', 'was', 'are', 'is', 'have', 'has', 'had', 'remain', 'remains', 'remained', 'died', 'got'];

/** Month names and abbreviations (matched only when capitalized: "May 5", not "may 5"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
]);

/** Weekday names (matched only when capitalized). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Time units: a number directly before one is a duration (role `measure`): "35 years", "three-day". */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs',
  'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months',
  'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century', 'centuries',
]);

/** Units of measure other than time (role `measure`): "5 miles", "40-caliber", "9 mm". */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'mile', 'miles', 'mi', 'km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres',
  'meter', 'meters', 'metre', 'metres', 'm', 'cm', 'mm', 'millimeter', 'millimeters', 'millimetre',
  'millimetres', 'centimeter', 'centimeters', 'centimetre', 'centimetres', 'inch', 'inches',
  'foot', 'feet', 'ft', 'yard', 'yards', 'yd', 'yds', 'acre', 'acres', 'hectare', 'hectares',
  'pound', 'pounds', 'lb', 'lbs', 'ounce', 'ounces', 'oz', 'kg', 'kgs', 'kilo', 'kilos',
  'kilogram', 'kilograms', 'gram', 'grams', 'g', 'ton', 'tons', 'tonne', 'tonnes', 'gallon',
  'gallons', 'liter', 'liters', 'litre', 'litres', 'mph', 'kph', 'knots', 'degree', 'degrees',
  'caliber', 'calibre', 'cal', 'gauge', 'mile-per-hour', 'square', 'cubic', 'volt', 'volts',
  'watt', 'watts', 'storey', 'story', 'stories', 'storeys',
]);

/**
 * Unit abbreviations that may be glued to digits: "9mm", "10km", "5ft".
 * A glued "m" is metres; "$5m" is read as money by the money rule first.
 */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'mm', 'cm', 'km', 'kms', 'm', 'mi', 'ft', 'in', 'yd', 'kg', 'g', 'lb', 'lbs', 'oz', 'mph', 'kph',
  'cal', 'ml', 'l', 'gb', 'mb', 'kb', 'hz', 'khz', 'mhz', 'ghz', 'v', 'w', 'kw', 'mw',
]);

/** Currency symbols written before a number: "$5,000", "€20". */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₹', '₽', '₼', '₺', '₩', '₦']);

/** Currency words after a number: "5 million dollars", "200 manat". "pounds" is a weight (see MEASURE_UNITS). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'cent', 'cents', 'euro', 'euros', 'sterling', 'yen', 'yuan', 'renminbi',
  'rupee', 'rupees', 'ruble', 'rubles', 'rouble', 'roubles', 'manat', 'manats', 'lira', 'liras',
  'dinar', 'dinars', 'dirham', 'dirhams', 'peso', 'pesos', 'franc', 'francs', 'krona', 'kronor',
  'krone', 'kroner', 'rand', 'naira', 'shekel', 'shekels', 'hryvnia', 'hryvnias', 'usd',
  'eur', 'gbp', 'bucks', 'grand', 'bitcoin', 'bitcoins',
]);

/** Currency codes and abbreviations written before a number: "USD 5", "AZN 200", "Rs 1 million". Case-sensitive. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'AZN', 'RUB', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'PKR', 'NGN', 'KES', 'BDT', 'IDR', 'ZAR', 'EGP', 'UAH',
  'ILS', 'IQD', 'SYP', 'AFN', 'NPR', 'LKR', 'PHP', 'MXN', 'BRL', 'COP', 'XOF', 'XAF', 'ETB', 'SDG', 'GEL', 'AMD',
  // local abbreviations, with or without their dot: "Rs 1 million", "Rs. 500", "KSh 2,000", "Tk 50,000"
  'Rs', 'Rp', 'RM', 'Tk', 'Ksh', 'KSh',
]);

/** Multipliers glued to a currency amount: "$5m", "$2.5bn", "£30k". */
export const GLUED_MONEY_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12],
]);

/** Words after a number that make it a percentage: "12 percent", "12 per cent". */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'percentage', 'per']);

/** Words before a number that make it an age: "aged 48", "age 16", "ages 16 to 18". */
export const AGE_PREFIXES: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);

/** Units in "N-year-old" / "N years old" / "N-month-old" ages. */
export const AGE_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days',
]);

/** Possessives before a decade that make it an age: "in his 40s". */
export const AGE_DECADE_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);

/** Words between an owner and a decade age: "in his early 40s", "in their mid-teens". */
export const AGE_DECADE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);
/** An `AGE_DECADE_MODIFIERS` word with its hyphen or space, optional, as a pattern source: "early 20s", "mid-teens", "20s". */
export const AGE_DECADE_MODIFIER_SOURCE = String.raw`(?:(?:${[...AGE_DECADE_MODIFIERS].join('|')})[- ]?)?`;

/**
 * Nouns that make a number a count even where its shape says otherwise:
 * "1990 people" (not a year), "December 12 people"? (not a day).
 */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'men', 'women', 'children', 'kids', 'adults', 'teens',
  'teenagers', 'youths', 'boys', 'girls', 'babies', 'infants', 'students', 'pupils', 'civilians',
  'residents', 'citizens', 'inhabitants', 'locals', 'protesters', 'protestors', 'demonstrators',
  'rioters', 'marchers', 'mourners', 'troops', 'soldiers', 'servicemen', 'police', 'officers',
  'policemen', 'agents', 'guards', 'militants', 'fighters', 'rebels', 'insurgents', 'gunmen',
  'attackers', 'suspects', 'victims', 'casualties', 'dead', 'deaths', 'bodies', 'injured',
  'wounded', 'killed', 'refugees', 'migrants', 'families', 'households', 'homes', 'houses',
  'buildings', 'vehicles', 'cars', 'tanks', 'guns', 'firearms', 'weapons', 'rifles', 'pistols',
  'handguns', 'rounds', 'bullets', 'shots', 'shells', 'rockets', 'missiles', 'bombs', 'arrests',
  'prisoners', 'detainees', 'hostages', 'inmates', 'workers', 'employees', 'members',
  'supporters', 'participants', 'volunteers', 'votes', 'voters', 'shootings', 'murders',
  'homicides', 'incidents', 'cases', 'more', 'others',
]);

/** Words before a four-digit number that make it a year whatever follows: "in 1990 people ...". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'circa', 'early',
  'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'class', 'through', 'between',
]);

/**
 * Words before a number that make it an identifier (role `code`), matched in any case:
 * "Route 66", "Interstate 10", "flight 93", "Chapter 11".
 */
export const CODE_NOUNS: ReadonlySet<string> = new Set([
  'route', 'highway', 'hwy', 'interstate', 'exit', 'flight', 'apartment', 'apt', 'suite', 'ste',
  'chapter', 'article', 'section', 'precinct', 'episode', 'page', 'pages', 'version', 'channel',
  'newschannel', 'paragraph', 'psalm', 'verse', 'proposition', 'prop', 'amendment', 'ordinance',
  'docket', 'badge', 'room', 'covid', 'sars', 'mk', 'ver', 'ep', 'vol', 'volume', 'fig', 'pp',
]);

/**
 * Words before a number that make it an identifier only when capitalized (lowercase they are
 * ordinary nouns: "the road 5 miles", "the unit 3 officers"): "County Road 5", "Unit 3".
 */
export const CODE_NOUNS_CAPITALIZED: ReadonlySet<string> = new Set([
  'Road', 'Street', 'Avenue', 'Line', 'Unit', 'Stage', 'Act', 'Title', 'Rule', 'Measure', 'Part',
  'Book', 'Mark', 'Level', 'Grade', 'Floor', 'Bus', 'Station', 'District', 'Ward', 'Case', 'Model',
  'Lot', 'Box', 'Gate', 'Terminal', 'Platform', 'Pier', 'Building', 'Engine', 'Ladder', 'Squad',
  'Company', 'Battalion', 'Division', 'Brigade', 'Regiment', 'Zone', 'Sector', 'Block', 'Phase',
  'Season', 'Game', 'Week', 'Day', 'Bill', 'Resolution', 'Local', 'Team', 'Group', 'Apollo',
  'Windows', 'Boeing', 'Airbus', 'School', 'Camp', 'US', 'SR', 'CR', 'TV', 'News', 'Fox', 'FOX',
  'ABC', 'CBS', 'NBC', 'CW', 'PBS', 'WB', 'UPN', 'Image', 'Photo', 'Slide', 'Picture', 'Video',
  'Suspect', 'Victim', 'Page', 'Troop', 'Post', 'Beat', 'Area', 'Region', 'Car', 'Cell', 'Pod', 'Tower', 'Hangar', 'Berth',
]);

/** Capitalized words after a number that make it a channel or a station name: "14 News", "Channel 7 News", "10 On Your Side". */
export const CODE_NOUNS_AFTER: ReadonlySet<string> = new Set(['News', 'NewsChannel', 'Eyewitness', 'Action', 'On']);

/**
 * Road words after a number that make it the road's number, in any case: "on the 805 freeway",
 * "the 91 Expressway". Note: not "highway", which often qualifies people after a count ("3 highway
 * patrol troopers").
 */
export const ROAD_NOUNS_AFTER: ReadonlySet<string> = new Set(['freeway', 'freeways', 'fwy', 'expressway', 'tollway', 'turnpike', 'bypass']);

/** Abbreviations that make the next number an identifier only with their dot: "No. 5", "Apt. 3". */
export const CODE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'num', 'apt', 'ste', 'vol', 'fig', 'p', 'pp', 'sec', 'rm', 'bldg', 'ep', 'hwy', 'rte', 'st',
]);

/** Emergency and service numbers read as identifiers, not counts: "called 911". */
export const SERVICE_NUMBERS: ReadonlySet<string> = new Set(['911']);

/** Words after a number that make it a street address or a place code: "the 2200 block of". */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['block']);

/** Street-type words that end an address after a house number: "1234 Main Street", "400 N. Tryon St.". */
export const STREET_SUFFIXES: readonly string[] = [
  'Street', 'St', 'Avenue', 'Ave', 'Av', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr',
  'Court', 'Ct', 'Way', 'Place', 'Pl', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Terrace',
  'Ter', 'Terr', 'Trail', 'Trl', 'Pike', 'Plaza', 'Square', 'Sq', 'Loop', 'Row', 'Alley', 'Crossing', 'Expressway',
  'Freeway', 'Turnpike', 'Commons', 'Point', 'Run', 'Path', 'Ridge', 'Cove', 'Heights',
];

/** Words before "one" that make it a pronoun, not a number: "no one", "the one who", "loved ones". */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'whichever', 'loved', 'little', 'such',
]);

/** Words after "one" that make it a pronoun, not a number: "one of the victims", "one another". */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set([
  'of', 'another', 'who', 'whom', 'whose', 'which', 'that', 'else', 'by', 'on',
]);

/** Hyphenated prefixes that do not make the digits after them an identifier: "mid-1990s", "pre-2000". */
export const NUMBER_PREFIXES: ReadonlySet<string> = new Set([
  'mid', 'pre', 'post', 'late', 'early', 'non', 'sub', 'circa', 'ca', 'top', 'over', 'under', 'anti', 'than',
]);
