/**
 * Capitalized words that are never a name on their own: sentence openers, pronouns, months
 * and weekdays, interjections of page furniture ("Leave a Reply", "Read More"). Lowercase.
 * A run made only of these words is not an entity; a run that contains a month or weekday
 * ("Black January", "Bloody Sunday") is an event name, never a person.
 *
 * @example
 * NOT_NAMES.has('leave') === true
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'since', 'as', 'at', 'in', 'on', 'of', 'for', 'with', 'by', 'from', 'to', 'into', 'about', 'over', 'under', 'during', 'among', 'against', 'between', 'through', 'until', 'despite', 'although', 'though', 'because', 'unless', 'where', 'whereas',
  'what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'all', 'some', 'many', 'most', 'more', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both', 'each', 'every', 'other', 'another', 'such', 'only', 'also', 'even', 'still', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'later', 'earlier', 'eventually', 'meanwhile', 'however', 'therefore', 'thus', 'instead', 'actually', 'according', 'among', 'along', 'once', 'again', 'yes', 'please', 'thank', 'thanks', 'photo', 'video', 'image', 'click', 'read', 'leave', 'reply', 'share', 'comment', 'comments', 'subscribe', 'advertisement', 'related', 'posted', 'published', 'updated', 'update', 'photos', 'videos', 'tips', 'paste', 'alert', 'gallery', 'copyright', 'follow', 'email', 'print', 'tweet', 'like', 'more', 'listen', 'sign', 'login', 'home', 'top', 'breaking', 'sponsored', 'story', 'stories', 'officers', 'officials', 'marking', 'entering', 'continuing', 'written', 'hundreds', 'thousands', 'dozens', 'fifteen', 'twenty', 'thirty', 'first', 'second', 'third', 'last', 'let', 'heroes', 'tanks', 'people', 'reasons', 'refugees', 'everybody', 'everyone', 'somebody', 'someone', 'anybody', 'anyone', 'nobody', 'nothing', 'something', 'anything', 'everything', 'several', 'few', 'crimes', 'deadly', 'fatal',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter',
]);

/** Months, weekdays and holidays: a name that contains one is an event or a date ("Black January"), not a person or place. Lowercase. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'day', 'week', 'night', 'spring', 'summer', 'autumn', 'winter',
]);

/** Nationality and demonym adjectives end in these: "Soviet", "Azerbaijani", "Armenian" modify a name but are not persons. */
export const DEMONYM_SUFFIX = /(?:an|ian|ese|ish|i|ic|ch|ss)$/;
