/**
 * English word lists for lineage detection (`stages/lineage`): words that carry no content
 * for deciding whether two reports share an origin, number words, abbreviations that do not
 * end a sentence, and British spellings that suffix rules cannot fold.
 * Data, not logic: `stages/lineage/fold.ts` and `stages/lineage/profile.ts` read them.
 * None of these names a place, a person or a story.
 */

/**
 * Lowercase words ignored when comparing sentences: function words, auxiliaries, pronouns,
 * and the reporting verbs and hedges of the news genre ("said", "according", "told"), which
 * every report uses whatever its origin.
 *
 * @example
 * LINEAGE_STOPWORDS.has('said') === true;
 * LINEAGE_STOPWORDS.has('armored') === false;
 */
export const LINEAGE_STOPWORDS: ReadonlySet<string> = new Set([
  // articles, determiners, quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'all', 'both',
  'either', 'neither', 'no', 'nor', 'not', 'other', 'another', 'such', 'own', 'same', 'much', 'many',
  'more', 'most', 'less', 'least', 'few', 'fewer', 'several', 'lot', 'lots', 'whole',
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it',
  'its', 'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'which',
  'what', 'whatever', 'whoever', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything',
  'everyone', 'everybody', 'everything', 'nobody', 'nothing', 'one', 'ones',
  // prepositions and conjunctions
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'without', 'from', 'to', 'into', 'onto', 'upon', 'about',
  'above', 'below', 'over', 'under', 'between', 'among', 'through', 'throughout', 'during', 'before',
  'after', 'since', 'until', 'till', 'against', 'toward', 'towards', 'across', 'along', 'around',
  'behind', 'beside', 'besides', 'beyond', 'near', 'off', 'out', 'up', 'down', 'via', 'per', 'within',
  'and', 'or', 'but', 'so', 'yet', 'if', 'then', 'than', 'because', 'while', 'whereas', 'although',
  'though', 'unless', 'whether', 'as', 'also', 'too', 'once', 'where', 'when', 'why', 'how',
  'there', 'here', 'thus', 'hence', 'therefore', 'however', 'moreover', 'meanwhile', 'instead',
  // auxiliaries and light verbs
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'doing', 'done', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'ought', 'get', 'gets', 'got', 'getting', 'make', 'makes', 'made', 'go', 'goes', 'went',
  'gone', 'going', 'come', 'came', 'take', 'took', 'taken', 'let', 'put',
  // contractions (apostrophes are removed before lookup)
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'cant', 'couldnt',
  'shouldnt', 'hasnt', 'havent', 'hadnt', 'im', 'ive', 'id', 'youre', 'youve', 'hes', 'shes',
  'theyre', 'theyve', 'thats', 'theres', 'whats', 'lets',
  // adverbs and hedges
  'very', 'just', 'only', 'even', 'still', 'already', 'again', 'ever', 'never', 'always', 'often',
  'now', 'soon', 'later', 'really', 'actually', 'perhaps', 'maybe', 'rather', 'quite',
  'almost', 'nearly', 'well', 'back', 'away', 'yes', 'ok', 'like', 'unlike', 'including',
  // the reporting genre: who said what is not what the report shares
  'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'telling', 'according', 'reportedly',
  'added', 'adding', 'noted', 'stated', 'explained', 'asked', 'continued', 'mr', 'mrs', 'ms', 'dr',
  'st', 'jr', 'sr', 'etc', 'eg', 'ie', 'pm',
]);

/**
 * Cardinal number words and their values; `hundred` and larger multiply what precedes them.
 *
 * @example
 * NUMBER_WORDS.get('five') === 5; NUMBER_WORDS.get('thousand') === 1000;
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18],
  ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  ['million', 1_000_000], ['billion', 1_000_000_000], ['dozen', 12],
]);

/**
 * Number words that multiply the number before them ("26 thousand", "one million").
 *
 * @example
 * NUMBER_MULTIPLIERS.has('thousand') === true;
 */
export const NUMBER_MULTIPLIERS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion']);

/**
 * Lowercase abbreviations after which a period does not end a sentence
 * ("Mr. Ibrahim", "Lt. Gov. Smith", "Main St. near"). Single letters (initials, "p.m.") are
 * handled by the splitter itself.
 *
 * @example
 * SENTENCE_ABBREVIATIONS.has('mr') === true;
 */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'lt', 'sgt', 'cpl', 'capt',
  'col', 'gen', 'maj', 'brig', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'det', 'insp', 'supt', 'ofc', 'dep',
  'atty', 'hon', 'pres', 'no', 'nos', 'vs', 'approx', 'ave', 'blvd', 'rd', 'hwy', 'co', 'corp',
  'inc', 'ltd', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'etc', 'al',
]);

/**
 * British spellings that the suffix rules of the folder cannot reach, mapped to the American
 * spelling (lowercase, whole words; inflected forms follow through the stemmer).
 *
 * @example
 * SPELLING_VARIANTS.get('grey') === 'gray';
 */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['grey', 'gray'], ['tyre', 'tire'], ['tyres', 'tires'], ['kerb', 'curb'], ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'], ['plough', 'plow'], ['cheque', 'check'], ['cheques', 'checks'],
  ['pyjamas', 'pajamas'], ['storey', 'story'], ['storeys', 'stories'], ['sceptical', 'skeptical'],
  ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'], ['moustache', 'mustache'],
  ['draught', 'draft'], ['gaol', 'jail'], ['whilst', 'while'], ['amongst', 'among'],
  ['towards', 'toward'], ['learnt', 'learned'], ['burnt', 'burned'], ['spelt', 'spelled'],
]);

/**
 * Words of web page chrome: login walls, newsletters, comment forms, sharing, legal notices.
 * A sentence most of whose content words are these is page furniture, not report text: it is
 * neither indexed nor counted as a shared passage (two scrapes of one site's login wall are
 * not one report copying another).
 *
 * @example
 * WEB_CHROME_WORDS.has('newsletter') === true;
 */
export const WEB_CHROME_WORDS: ReadonlySet<string> = new Set([
  'account', 'accounts', 'login', 'logged', 'logout', 'log', 'sign', 'signed', 'signup', 'register',
  'registered', 'registering', 'registration', 'password', 'username', 'profile', 'email', 'emails',
  'e-mail', 'inbox', 'newsletter', 'newsletters', 'subscribe', 'subscribed', 'subscriber',
  'subscribers', 'subscription', 'subscriptions', 'unsubscribe', 'notification', 'notifications',
  'alerts', 'privacy', 'policy', 'terms', 'cookie', 'cookies', 'browser', 'javascript', 'click',
  'clicking', 'link', 'links', 'website', 'websites', 'web', 'page', 'pages', 'homepage', 'app',
  'apps', 'download', 'comment', 'comments', 'commenting', 'commenter', 'reply', 'replies', 'posts',
  'sharing', 'facebook', 'twitter', 'instagram', 'linkedin', 'pinterest', 'reddit', 'whatsapp',
  'youtube', 'tweet', 'copyright', 'rights', 'reserved', 'material', 'broadcast', 'rewritten',
  'redistributed', 'republished', 'advertisement', 'advertising', 'sponsored', 'submit',
  'submitting', 'content', 'premium', 'membership', 'loading', 'slideshow', 'player', 'feedback',
  'unlimited', 'settings', 'saved', 'confirmation', 'activate', 'matching', 'items', 'delivered',
  'sent', 'welcome', 'thank', 'thanks', 'mobile',
]);
