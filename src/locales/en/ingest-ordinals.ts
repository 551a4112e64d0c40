/**
 * English material for repairing OCR-damaged ordinals ("15™ Anniversary" -> "15th Anniversary").
 * Data, not logic: `stages/ingest/clean.ts` reads it.
 */

/**
 * Nouns that commonly follow an ordinal. An ambiguous glyph after a number (`™`, `ª`, `º`)
 * becomes an English ordinal suffix only when the next word is one of these.
 *
 * @example
 * ORDINAL_HEAD_WORDS.has('anniversary') === true;
 */
export const ORDINAL_HEAD_WORDS: ReadonlySet<string> = new Set([
  'anniversary', 'anniversaries', 'birthday', 'century', 'centuries', 'annual', 'day', 'days',
  'year', 'years', 'time', 'times', 'edition', 'session', 'congress', 'convocation', 'parliament',
  'district', 'precinct', 'ward', 'round', 'generation', 'division', 'brigade', 'battalion',
  'regiment', 'army', 'corps', 'fleet', 'amendment', 'article', 'floor', 'grade', 'street', 'avenue',
  'place', 'position', 'term', 'week', 'month', 'victim', 'person', 'shooting', 'death', 'homicide',
  'quarter', 'inning', 'period', 'congressional', 'circuit', 'republic', 'summit', 'conference',
  'festival', 'memorial', 'commemoration', 'mourning', 'plenary', 'meeting', 'degree', 'consecutive',
  'straight', 'largest', 'deadliest', 'worst', 'biggest', 'most', 'highest', 'lowest',
]);

/**
 * Superscript letter pairs that OCR and copy-paste leave after a number, mapped to plain letters.
 *
 * @example
 * SUPERSCRIPT_ORDINALS.get('ᵗʰ') === 'th';
 */
export const SUPERSCRIPT_ORDINALS: ReadonlyMap<string, string> = new Map([
  ['ᵗʰ', 'th'],
  ['ˢᵗ', 'st'],
  ['ⁿᵈ', 'nd'],
  ['ʳᵈ', 'rd'],
]);

/**
 * The English ordinal suffix of a whole number.
 *
 * @example
 * ordinalSuffix(15) === 'th'; ordinalSuffix(22) === 'nd'; ordinalSuffix(111) === 'th';
 */
export function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  switch (value % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}
