/**
 * The language a report is written in, told from its opening: corroborate's rules read English,
 * so a report in another language is said to be one (a warning), not silently read as English.
 *
 * Note: own code, not a language-identification package. franc-min and tinyld (trigram models,
 * 80 languages and more) took 1.2-1.7 ms a report on gva-dev's openings (300 characters), as long
 * as a third of the whole build, and called a few English reports French, Swedish or Fula. A count
 * of function words ("the", "und", "dans", "los") and of letters of other scripts takes a few
 * microseconds and only has to tell English from the rest, which it does with a wide margin.
 */

/** The opening read: long enough for a few dozen function words, short enough to cost nothing. */
const HEAD = 2_000;

/**
 * The commonest function words of the languages told apart by words (Latin script), in lowercase
 * (a word written otherwise never matches one: `detectLanguage`), each word in
 * one list only (a word of two languages, as "la" or "de", tells neither apart), and none an English
 * word too ("die", "war", "van", "door", "sin", "no" are left out: none is a common English word
 * of the entities' lexicon, `isCommonWord`). ISO 639-1 codes.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'was', 'were', 'is', 'that', 'for', 'with', 'said', 'he', 'she', 'it', 'on', 'by', 'have', 'has', 'had', 'are', 'from', 'at', 'this', 'which', 'who', 'not', 'they', 'his', 'her', 'been', 'after', 'would', 'will'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'qui', 'sur', 'au', 'aux', 'ont', 'été', 'sont', 'avec', 'il', 'elle', 'ce', 'cette', 'ne', 'selon', 'ils', 'leur', 'mais', 'où', 'après', 'nous', 'vous', 'aussi', 'depuis', 'lors', 'sans', 'très', 'tous', 'toutes', 'être', 'avait', 'était', 'fait'],
  es: ['el', 'los', 'las', 'del', 'y', 'por', 'para', 'fue', 'fueron', 'su', 'sus', 'al', 'es', 'como', 'más', 'pero', 'han', 'según', 'tras', 'entre', 'también', 'unos', 'unas', 'este', 'esta', 'sobre', 'donde', 'cuando', 'desde', 'hasta', 'otros', 'otras', 'muy', 'ya', 'había', 'habían'],
  de: ['der', 'das', 'und', 'ist', 'dem', 'ein', 'eine', 'einer', 'nicht', 'mit', 'sich', 'auf', 'für', 'von', 'zu', 'wurde', 'wurden', 'im', 'bei', 'auch', 'sie', 'er', 'nach', 'wie', 'sind', 'dass', 'aber', 'oder', 'noch', 'nur', 'über', 'seit', 'zum', 'zur', 'einem', 'einen', 'eines', 'wird', 'haben', 'waren'],
  it: ['il', 'gli', 'di', 'che', 'è', 'della', 'dei', 'nel', 'nella', 'hanno', 'sono', 'stato', 'stati', 'anche', 'alla', 'dopo', 'secondo', 'questo', 'sul', 'sulla', 'degli', 'delle', 'agli', 'dal', 'dalla', 'questa', 'sia', 'essere', 'più', 'tra', 'fra', 'erano', 'aveva'],
  pt: ['os', 'da', 'das', 'uma', 'não', 'foi', 'foram', 'na', 'nos', 'pelo', 'pela', 'ao', 'são', 'mais', 'segundo', 'após', 'ele', 'ela', 'isso', 'pelos', 'pelas', 'num', 'numa', 'já', 'ainda', 'até', 'muito', 'também', 'eram', 'tinha', 'depois', 'cerca', 'seu', 'sua', 'seus', 'suas', 'ou', 'está', 'estão', 'esteve', 'disse', 'há'],
  nl: ['het', 'een', 'te', 'voor', 'zijn', 'niet', 'ook', 'werd', 'werden', 'bij', 'aan', 'naar', 'dat', 'maar', 'wordt', 'heeft', 'hebben', 'deze', 'wat', 'nog', 'hun', 'zij', 'wij', 'toen', 'omdat'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'olan', 'gibi', 'çok', 'daha', 'sonra', 'kadar', 'ise', 'göre', 'ama', 'veya', 'değil', 'olduğu', 'yaptı', 'oldu', 'şekilde', 'üzere'],
};

/** The language of each function word (`FUNCTION_WORDS`); a word of two lists tells neither apart and is left out. */
const LANGUAGE_OF_WORD: ReadonlyMap<string, string> = (() => {
  const languages = new Map<string, Set<string>>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) languages.set(w, (languages.get(w) ?? new Set()).add(language));
  return new Map([...languages].flatMap(([w, of]) => (of.size === 1 ? [[w, [...of][0]!] as const] : [])));
})();

/**
 * Scripts other than Latin, each the writing of one language in news, or of several told apart by
 * their own letters (Ukrainian "і ї є ґ" among Cyrillic; Persian "پ چ ژ گ" among Arabic; Japanese kana among Han).
 */
const SCRIPTS: readonly { readonly language: string; readonly script: string; readonly letters: RegExp; readonly unless?: { readonly language: string; readonly pattern: RegExp } }[] = [
  { language: 'ru', script: 'Cyrillic', letters: /\p{Script=Cyrillic}/gu, unless: { language: 'uk', pattern: /[іїєґ]/iu } },
  { language: 'ar', script: 'Arabic', letters: /\p{Script=Arabic}/gu, unless: { language: 'fa', pattern: /[پچژگ]/u } },
  { language: 'he', script: 'Hebrew', letters: /\p{Script=Hebrew}/gu },
  { language: 'el', script: 'Greek', letters: /\p{Script=Greek}/gu },
  { language: 'hi', script: 'Devanagari', letters: /\p{Script=Devanagari}/gu },
  { language: 'ko', script: 'Hangul', letters: /\p{Script=Hangul}/gu },
  { language: 'zh', script: 'Han', letters: /\p{Script=Han}/gu, unless: { language: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u } },
];

const LETTER = /\p{L}/gu;
/** The longest function word (`FUNCTION_WORDS`): longer words are not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGE_OF_WORD.keys()].map((w) => w.length));
/** Function words of one other language that say a report is in it (with three times as many as of English and of any third). */
const MIN_FUNCTION_WORDS = 6;
/** English function words that settle it: an opening with that many is English (or English enough to read). */
const SURELY_ENGLISH = 12;

/** A letter of a word: ASCII, or Latin with diacritics and beyond (not the general punctuation block of quotes and dashes). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f));
}
/**
 * A letter of a script beyond Latin (Greek on, up to the CJK blocks), not the general punctuation
 * of English news (curly quotes, dashes): what makes the count of the scripts' letters worth running.
 */
const BEYOND_LATIN = /[\u0370-\u1FFF\u3040-\uFFEF]/;

/** What `detectLanguage` found: the language (ISO 639-1) and the evidence, for the warning. */
export interface DetectedLanguage {
  readonly language: string;
  /** How the text showed it: "42 of its 60 function words are French", "its letters are Cyrillic". */
  readonly evidence: string;
}

/**
 * The language of a text when it is surely not English (undefined when it is English, or too short
 * or mixed to tell): most of its letters in another script, or at least `MIN_FUNCTION_WORDS` function words of
 * another language and three times as many as of English and of any third language.
 *
 * @example
 * detectLanguage('Au moins douze personnes ont été tuées dans la nuit, selon les autorités ...')?.language; // 'fr'
 */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (BEYOND_LATIN.test(head)) {
    const letters = head.match(LETTER)?.length ?? 0;
    for (const script of letters < 20 ? [] : SCRIPTS) {
      const count = head.match(script.letters)?.length ?? 0;
      if (count * 2 < letters) continue;
      const language = script.unless?.pattern.test(head) ? script.unless.language : script.language;
      return { language, evidence: `${Math.round((100 * count) / letters)}% of the letters of its opening are ${script.script}` };
    }
  }
  const counts = new Map<string, number>();
  let words = 0;
  // A scan of the words, not a pattern's list of them: an English report is told after its first
  // few lines (`SURELY_ENGLISH` English function words), and only short words are looked up.
  const n = head.length;
  for (let i = 0; i < n; ) {
    if (!isWordCode(head.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordCode(head.charCodeAt(j))) j++;
    // Only words written in lowercase count, as the lists hold them: a capitalized one is as often
    // part of a name ("El Paso", "Al Qaeda", "Los Angeles", "De Niro") as a sentence's first word.
    const language = j - i <= LONGEST_FUNCTION_WORD ? LANGUAGE_OF_WORD.get(head.slice(i, j)) : undefined;
    i = j;
    if (language === undefined) continue;
    words++;
    const count = (counts.get(language) ?? 0) + 1;
    counts.set(language, count);
    if (language === 'en' && count >= SURELY_ENGLISH) return undefined;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || first[0] === 'en' || first[1] < MIN_FUNCTION_WORDS) return undefined;
  if (first[1] < 3 * (counts.get('en') ?? 0) || first[1] < 3 * (second?.[1] ?? 0)) return undefined;
  return { language: first[0], evidence: `${first[1]} of the ${words} function words of its opening are ${LANGUAGE_NAMES[first[0]] ?? first[0]}` };
}

/** The names of the languages `detectLanguage` tells, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  tr: 'Turkish',
  ru: 'Russian',
  uk: 'Ukrainian',
  ar: 'Arabic',
  fa: 'Persian',
  he: 'Hebrew',
  el: 'Greek',
  hi: 'Hindi',
  ko: 'Korean',
  zh: 'Chinese',
  ja: 'Japanese',
};
