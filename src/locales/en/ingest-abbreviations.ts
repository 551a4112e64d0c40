/**
 * English abbreviations and sentence starters for the sentence splitter
 * (`stages/segment/sentences.ts`). Data, not logic. Entries are lowercase, without the final period.
 */

/**
 * Abbreviations that are usually followed by more of the same sentence: titles before a
 * name, months before a day, "No." before a number, street words before a name.
 * After one of these a period ends the sentence only when a {@link SENTENCE_STARTERS}
 * word follows ("He lives on Main St. The house ...").
 *
 * @example
 * CONTINUING_ABBREVIATIONS.has('mr') === true;
 */
export const CONTINUING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'drs', 'prof', 'rev', 'hon', 'pres', 'gov', 'sen', 'sens',
  'rep', 'reps', 'atty', 'supt', 'insp', 'det', 'dets', 'sgt', 'lt', 'capt', 'cpt', 'col', 'gen', 'maj', 'brig',
  'cmdr', 'cdr', 'adm', 'cpl', 'pvt', 'pfc', 'spc', 'ofc', 'off', 'dep', 'cmsr', 'comm', 'sup', 'msgr',
  'fr', 'sr', 'sra', 'srta', 'st', 'ste', 'mt', 'ft', 'pt',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // numbers and references
  'no', 'nos', 'vol', 'vols', 'art', 'sec', 'ch', 'fig', 'figs', 'p', 'pp', 'para', 'ed', 'eds',
  'approx', 'est', 'vs', 'v', 'cf', 'ca', 'al',
  // places and addresses
  'ave', 'av', 'blvd', 'rd', 'hwy', 'fwy', 'pkwy', 'ln', 'ct', 'cir', 'pl', 'sq', 'apt', 'bldg', 'dept',
  'univ', 'twp', 'cty', 'mtn', 'pct', 'dist', 'div', 'co', 'cos',
  // name suffixes: "Navarro Jr. College", "John H. Stroger Jr. Hospital"
  'jr',
  // US state abbreviations in the AP style used by datelines ("Wilson, N.C.", "Portsmouth, Va.")
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations written in lowercase ("approx. 30", "et al."). Every other entry of
 * {@link CONTINUING_ABBREVIATIONS} counts only when capitalised, so "He said no. Police ..."
 * and "They did not want to miss. The ..." still end sentences.
 *
 * @example
 * LOWERCASE_ABBREVIATIONS.has('approx') === true;
 */
export const LOWERCASE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'approx', 'vs', 'v', 'cf', 'ca', 'al', 'pp', 'esp', 'incl', 'viz', 'est', 'yr', 'yrs', 'mos', 'min', 'hr', 'hrs',
]);

/**
 * Abbreviations that often end a sentence ("... of Smith & Co."); after them the usual rule
 * applies: a capitalised word starts a new sentence.
 *
 * @example
 * ENDING_ABBREVIATIONS.has('inc') === true;
 */
export const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'ltd', 'llc', 'plc', 'etc', 'esq', 'bros', 'ph.d',
]);

/** Time-of-day abbreviations (with inner periods, lowercase). */
export const TIME_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/**
 * Words that may follow a time ("9 p.m. Saturday", "10 a.m. EST") in the same sentence.
 * After a.m./p.m. any other capitalised word starts a new sentence.
 *
 * @example
 * TIME_FOLLOWERS.has('saturday') === true;
 */
export const TIME_FOLLOWERS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'ct', 'mt', 'pt', 'utc', 'gmt', 'bst', 'cet',
  'eastern', 'central', 'mountain', 'pacific', 'local', 'today', 'tonight', 'tomorrow', 'yesterday',
]);

/**
 * Closed-class words that begin sentences. After an ambiguous abbreviation ("St.", "U.S.",
 * a single initial) a period ends the sentence only when one of these follows.
 *
 * @example
 * SENTENCE_STARTERS.has('the') === true;
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'then', 'he', 'she', 'it', 'they', 'we',
  'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'if',
  'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on', 'of', 'for', 'from', 'with', 'by', 'to',
  'however', 'meanwhile', 'according', 'although', 'though', 'because', 'since', 'no', 'not', 'one',
  'two', 'three', 'some', 'many', 'all', 'both', 'each', 'several', 'what', 'who', 'where', 'why', 'how',
]);
