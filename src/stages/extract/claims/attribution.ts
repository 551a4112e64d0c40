import type { EntityMention } from '../../../model/entity.js';
import type { Claim } from '../../../model/record.js';
import { CALENDAR_WORDS } from '../../../locales/en/entities-stopwords.js';
import { PART_TITLES, PERSON_TITLES, ROLE_NOUNS } from '../../../locales/en/entities-titles.js';

/**
 * Who a sentence attributes what it states to: "according to Human Rights Watch",
 * "said Louisiana State Police Trooper Stephen Hammons", "police said".
 */

const NAME = String.raw`(?:the )?[A-Z][\p{L}.'’&-]*(?:\s(?:(?:of|for|and|de|the|&)\s)?[A-Z][\p{L}.'’&-]*){0,7}`;
/**
 * An institution named by lowercase nouns, after a name or none: "the health ministry", "a rights
 * group", "the United Nations human rights office", "a spokesman for the fire service", "the army".
 */
const MODIFIER = String.raw`(?:(?!(?:when|then|and|or|but|that|which|who|as|if|one|two|three|four|five|six|seven|eight|nine|ten|his|her|their|its|our|said|also|later|earlier)\s)[a-z][a-z'’-]*\s)`;
const CAPITAL = String.raw`(?:[A-Z][\p{L}.'’&-]*\s)`;
const INSTITUTION_HEAD = String.raw`(?:ministry|government|army|military|agency|group|mission|office|monitor|observatory|commission|council|committee|rescuers|paramedics|medics|doctors)\b(?: (?=[A-Z])${NAME})?`;
const INSTITUTION = String.raw`(?:(?:the |a |an )(?:${CAPITAL}{1,3}${MODIFIER}{0,3}|${MODIFIER}{1,3})${INSTITUTION_HEAD}|the ${INSTITUTION_HEAD}|${CAPITAL}{1,3}${MODIFIER}{0,3}${INSTITUTION_HEAD}|(?:a |the )?(?:spokesman|spokeswoman|spokesperson) (?:for|of) (?:the )?(?:[\p{L}'’&-]+\s){0,3}[\p{L}'’&-]+)`;
const AUTHORITY = String.raw`(?:the )?(?:local |state |city |county |federal )?(?:police|authorities|officials|investigators|detectives|deputies|prosecutors|witnesses|a spokesman|a spokeswoman|a spokesperson|the coroner|the medical examiner|hospital officials|the sheriff|sheriff's officials|(?:the )?sheriff's office|residents|neighbors|family members|relatives|(?:(?:hospital|medical|security|military|police|diplomatic|official|independent|local|rights|human rights) )?(?:sources|monitors|activists|organi[sz]ers)|(?:a|an|the) (?:(?:local|senior|government|district|regional|provincial|police|security|hospital|health|city|county|state) ){1,2}official)|${INSTITUTION}`;

/**
 * Title and role words, longest first ("spokeswoman" before "spokes..."): "governor", "minister",
 * "spokesman"; not a part in the happening ("Police said the victim, John Smith, was found").
 */
const ROLE_WORDS = [...new Set([...PERSON_TITLES, ...ROLE_NOUNS])]
  .filter((w) => /^[a-z-]+$/.test(w) && !PART_TITLES.has(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A title in apposition before a name: "the Tillaberi regional governor, Colonel Moussa Adamou", "the town's mayor, Aissa Moussa". */
const TITLED = String.raw`(?:the |a |an )?(?:[\p{L}'’-]+ ){0,4}?(?:${ROLE_WORDS}), ((?:\p{Lu}[\p{L}'’-]*\.? ){1,4}\p{Lu}[\p{L}'’-]+)`;
/** "according to the Tillaberi regional governor, Colonel Moussa Adamou": the person (titles and all: `withoutTitles` drops them). */
const ACCORDING_TO_TITLED = new RegExp(String.raw`\b[Aa]ccording to ${TITLED}`, 'u');
/**
 * "..., said the town's mayor, Aissa Moussa.": the person, when the name ends the clause or an
 * apposition follows it (", who", ", 45"); not "said the mayor, John Smith, had resigned".
 * "told" is left out: its object is the audience.
 */
const SAID_TITLED = new RegExp(String.raw`\b(?:said|says|reported|stated|announced|confirmed) ${TITLED}(?=\s*[.;!?)]|\s*$|,\s+(?:who|a|an|the|adding)\b|,\s+\d)`, 'u');
/**
 * An official named by the role alone, before the verb: "..., the minister said", "the
 * regional governor told reporters". Read as written ("the minister"); `resolveRoles` gives it
 * the name of the person the report titled so before.
 */
const ROLE_NOUN = [...ROLE_NOUNS].join('|');
const ROLE = String.raw`the (?:[a-z][a-z-]* ){0,2}(?:${ROLE_NOUN})`;
/** A possessive right after a name: "the sheriff’s office". */
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** A claim's source that is a role alone ("the minister", "the regional governor"): its last word. */
const ROLE_SOURCE = new RegExp(String.raw`^the (?:[a-z][a-z-]* ){0,2}(${ROLE_NOUN})$`);

const ATTRIBUTION_WORD = /\b(?:[Aa]ccording to|said|says|told|reported|stated|announced|confirmed|estimated|counted)\b/;
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to (?:a |an )?(${NAME}|${AUTHORITY})`, 'u');
// Note: "told" is not here: who is told ("told Anadolu Agency", "told reporters") is the audience; the source comes before it (NAME_SAID).
const SAID_NAME = new RegExp(String.raw`\b(?:said|says|reported|stated|announced|confirmed) (${NAME}|${AUTHORITY})`, 'u');
const SAID_VERB = String.raw`(?:said|says|reported|told|stated|announced|confirmed|estimated|counted)\b`;
// "Officials in Kabul said", "Residents in the city of Kunduz said": the source, not the place it is in.
const NAME_SAID = new RegExp(String.raw`(${NAME}|${AUTHORITY}|${ROLE})(?: in (?:the )?(?:(?:city|town|village|province|district|region|state|capital) of )?[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3})? ${SAID_VERB}`, 'gu');
/** Where `NAME_SAID` may end. */
const SAID = new RegExp(` ${SAID_VERB}`);
/** A character that no name or authority holds (see `NAME` and `AUTHORITY`). */
const NOT_IN_NAME = /[^\p{L}.'’&\s-]/gu;

/**
 * The first match of `NAME_SAID`, or null. Note: the pattern is tried at every position, and most
 * of a sentence is before its name ("Two men were shot late Saturday, police said"). A match is
 * a name or authority of name characters right before " said", so none starts before the last
 * character outside a name that precedes the first " said": the scan starts after it.
 */
function nameSaid(clause: string): RegExpExecArray | null {
  const said = SAID.exec(clause);
  if (said === null) return null;
  let from = 0;
  NOT_IN_NAME.lastIndex = 0;
  for (let m = NOT_IN_NAME.exec(clause); m !== null && m.index < said.index; m = NOT_IN_NAME.exec(clause)) from = m.index + m[0].length;
  NAME_SAID.lastIndex = from;
  // Not an article before a verb of the list ("An estimated 4,500 people ..., the agency said"): the next match.
  for (let m = NAME_SAID.exec(clause); m !== null; m = NAME_SAID.exec(clause)) if (!/^(?:An?|The)$/.test(m[1] ?? '')) return m;
  return null;
}

/** An institution described, then named: "gun control advocacy group Everytown for Gun Safety". */
const APPOSITIVE = /^[a-z][\p{L}'’ -]* (?:group|agency|organi[sz]ation|monitor|observatory|mission|office) (\p{Lu}.*)$/u;

/** Words of time that follow a verb of saying in a name's place ("said Sunday", "said Tuesday night"). Lowercase. */
const WHEN_WORDS: ReadonlySet<string> = new Set([...CALENDAR_WORDS, 'today', 'tonight', 'yesterday', 'tomorrow', 'earlier', 'later']);

/** The match, unless what it names is a time ("said Sunday", "said Monday night"). */
function notWhen(m: RegExpExecArray | null): RegExpExecArray | null {
  const first = m?.[1]?.split(' ')[0]?.toLowerCase().replace(/\.$/, '');
  return first !== undefined && WHEN_WORDS.has(first) ? null : m;
}

/**
 * The source a clause cites, or undefined.
 *
 * @example
 * attributionOf('Two people died, police said.') === 'police'
 * attributionOf('According to a Human Rights Watch report, 130 died.') === 'Human Rights Watch'
 */
export function attributionOf(clause: string): string | undefined {
  // Note: every pattern holds one of these words; most sentences have none, and the name patterns
  // (tried at every capital letter) are the costly part of a claim.
  if (!ATTRIBUTION_WORD.test(clause)) return undefined;
  // "according to the Tillaberi regional governor, Colonel Moussa Adamou": the person, not "Tillaberi".
  const apposed = (ACCORDING_TO_TITLED.exec(clause) ?? SAID_TITLED.exec(clause))?.[1];
  if (apposed !== undefined) return withoutTitles(apposed);
  // "the FBI said Sunday", "Police on Thursday announced": a day next to the verb is when it was said, not who said it.
  const m = ACCORDING_TO.exec(clause) ?? notWhen(SAID_NAME.exec(clause)) ?? notWhen(nameSaid(clause));
  // "..., the minister said": the role as written, for `resolveRoles` to name.
  // Not a possessive: "according to the sheriff’s office" is the office's word.
  if (m?.[1] !== undefined && ROLE_SOURCE.test(m[1]) && !POSSESSIVE_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 3))) return m[1];
  // A name ends before the sentence's full stop ("said Trooper Stephen Hammons."), not an initial's ("J.").
  const who = m?.[1]?.trim().replace(/^(?:the|an?) /i, '').replace(/(?<=\p{Ll}{2})\.$/u, '').replace(/[’']s$/, '');
  // Not a pronoun, nor an article ("An estimated 4,500 people have been displaced").
  if (!who || /^(?:He|She|They|It|We|I|This|That|There|These|Those|An?|The)$/i.test(who)) return undefined;
  // "the gun control advocacy group Everytown for Gun Safety": the name, not the description
  const named = APPOSITIVE.exec(who)?.[1] ?? who;
  return named.replace(/ (?:report|statement|release)$/, '');
}

/**
 * The clause of an estimate up to its number: after the last semicolon, or comma before a
 * conjunction ("Organisers put the crowd at 40,000; police estimated 12,000", "..., while
 * organisers said 8,000").
 */
const ESTIMATE_CLAUSE_START = /(?:;|,\s*(?=(?:while|but|whereas|and)\s))(?![^;]*(?:;|,\s*(?:while|but|whereas|and)\s))/g;
/** Who estimates, before the verb ("Organisers put", "the interior ministry estimated", "police said"); or right before a number that holds its verb ("police estimated 12,000"). */
const ESTIMATOR =
  /^\s*(?:(?:while|but|whereas|and)\s+)?((?:the\s+)?[\p{L}'’ -]{1,50}?)\s+(?:(?:had|have|has)\s+)?(?:put|puts|estimated|estimates|said|says|counted|placed|pegged|claimed|gave|gives|cited|cites)\b[^;]*$/u;
/** The same, for a number whose words hold the verb ("police estimated 12,000"): the subject right before it. */
const ESTIMATOR_BEFORE_VERB = /^\s*(?:(?:while|but|whereas|and)\s+)?((?:the\s+)?[\p{L}'’ -]{1,50}?)\s*$/u;
/** An adverb between the estimator and its verb: "Police later put the number at six" -> "Police". */
const ADVERB_AFTER_ESTIMATOR = /\s+(?:later|also|then|now|since|initially|first|originally|previously|earlier|separately|independently)$/i;
/** Words that are not an estimator: the crowd itself ("The crowd was estimated at"), pronouns, a passive's auxiliaries. */
const NOT_ESTIMATOR = /(?:^(?:an?|the)|\b(?:crowds?|turnout|attendance|was|were|is|are|been|number|numbers|it|they|he|she|we|i))$/i;

/**
 * The source of a crowd's estimate: the subject of its clause's verb of estimating ("Organisers put
 * the crowd at 40,000" -> "Organisers"; "...; police estimated 12,000" -> "police"), read on the
 * sentence up to the number. Undefined for a passive ("The crowd was estimated at 5,000").
 *
 * @example
 * estimatorOf('Organisers put the crowd at ') === 'Organisers'
 * estimatorOf('Organisers put the crowd at 40,000; police ', true) === 'police' // "police estimated 12,000"
 */
export function estimatorOf(upTo: string, numberHoldsVerb = false): string | undefined {
  ESTIMATE_CLAUSE_START.lastIndex = 0;
  const cut = ESTIMATE_CLAUSE_START.exec(upTo);
  const clause = cut ? upTo.slice(cut.index + cut[0].length) : upTo;
  const who = (numberHoldsVerb ? ESTIMATOR_BEFORE_VERB : ESTIMATOR).exec(clause)?.[1]?.trim().replace(/^the /i, '').replace(ADVERB_AFTER_ESTIMATOR, '');
  return who === undefined || who.length === 0 || NOT_ESTIMATOR.test(who) ? undefined : who;
}

/** A name without the titles that open it: "Colonel Moussa Adamou" -> "Moussa Adamou", "Col. Moussa Adamou" too. */
function withoutTitles(name: string): string {
  const words = name.split(' ');
  let at = 0;
  while (at < words.length - 2 && PERSON_TITLES.has(words[at]!.toLowerCase().replace(/\.$/, ''))) at++;
  return at === 0 ? name : words.slice(at).join(' ');
}

/**
 * Claims whose source is a role alone ("Security forces detained three suspects, the minister
 * said") given the name of the person the report titled so last before the claim ("Interior
 * Minister Hamadou Souley" ... "the minister said" -> "Hamadou Souley"); a role the report gives
 * no one before stays as written ("the minister"). Returns `claims` itself when nothing changes.
 *
 * @example
 * resolveRoles(claims, entities); // attributedTo 'the minister' -> 'Hamadou Souley'
 */
export function resolveRoles(claims: readonly Claim[], entities: readonly EntityMention[]): readonly Claim[] {
  let out: Claim[] | undefined;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const role = c.attributedTo === undefined ? undefined : ROLE_SOURCE.exec(c.attributedTo)?.[1];
    if (role === undefined) continue;
    const named = titledBefore(entities, role, c.span.start);
    if (named === undefined) continue;
    out ??= claims.slice();
    out[i] = { ...c, attributedTo: named };
  }
  return out ?? claims;
}

/** The fullest name of the last person before `at` whose title holds `role` ("Interior Minister" holds "minister"). */
function titledBefore(entities: readonly EntityMention[], role: string, at: number): string | undefined {
  for (let i = entities.length - 1; i >= 0; i--) {
    const e = entities[i]!;
    if (e.span.end > at || e.type !== 'person' || e.title === undefined) continue;
    if (!e.title.toLowerCase().split(/[\s-]+/).includes(role)) continue;
    if (e.name.includes(' ')) return e.name;
    // "Minister Souley" after "Interior Minister Hamadou Souley": the full name.
    return entities.find((f) => f.type === 'person' && f.name.endsWith(` ${e.name}`))?.name ?? e.name;
  }
  return undefined;
}
