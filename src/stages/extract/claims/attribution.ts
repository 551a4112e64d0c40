/**
 * Who a sentence attributes what it states to: "according to Human Rights Watch",
 * "said Louisiana State Police Trooper Stephen Hammons", "police said".
 */

const NAME = String.raw`(?:the )?[A-Z][\p{L}.'’&-]*(?:\s(?:(?:of|for|and|de|the|&)\s)?[A-Z][\p{L}.'’&-]*){0,7}`;
const AUTHORITY = String.raw`(?:the )?(?:local |state |city |county |federal )?(?:police|authorities|officials|investigators|detectives|deputies|prosecutors|witnesses|a spokesman|a spokeswoman|a spokesperson|the coroner|the medical examiner|hospital officials|the sheriff|sheriff's officials|(?:the )?sheriff's office|residents|neighbors|family members|relatives)`;

const ATTRIBUTION_WORD = /\b(?:[Aa]ccording to|said|says|told|reported|stated|announced|confirmed|estimated|counted)\b/;
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to (?:a |an )?(${NAME}|${AUTHORITY})`, 'u');
// Note: "told" is not here: who is told ("told Anadolu Agency", "told reporters") is the audience; the source comes before it (NAME_SAID).
const SAID_NAME = new RegExp(String.raw`\b(?:said|says|reported|stated|announced|confirmed) (${NAME}|${AUTHORITY})`, 'u');
const NAME_SAID = new RegExp(String.raw`(${NAME}|${AUTHORITY}) (?:said|says|reported|told|stated|announced|confirmed|estimated|counted)\b`, 'u');

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
  const m = ACCORDING_TO.exec(clause) ?? SAID_NAME.exec(clause) ?? NAME_SAID.exec(clause);
  // A name ends before the sentence's full stop ("said Trooper Stephen Hammons."), not an initial's ("J.").
  const who = m?.[1]?.trim().replace(/^the /i, '').replace(/(?<=\p{Ll}{2})\.$/u, '').replace(/[’']s$/, '');
  if (!who || /^(?:He|She|They|It|We|I|This|That|There|These|Those)$/.test(who)) return undefined;
  return who.replace(/ (?:report|statement|release)$/, '');
}
