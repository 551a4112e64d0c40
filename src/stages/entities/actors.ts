import type { SourceDoc } from '../../model/document.js';
import type { EntityMention } from '../../model/entity.js';
import type { DocId, RuleId } from '../../model/span.js';
import { ACTOR_MODIFIERS, ACTOR_NOUNS, ACTOR_VERBS, DETAINEE_NOUNS, MASS_COUNT_BEFORE, PEOPLE_NOUNS, RESPONDER_NOUNS, SENTENCE_OPENERS } from '../../locales/en/actors.js';

/** What an actor did in the event, as ACLED's actor1 (perpetrator) and actor2 (target) do, plus those who responded. */
export type ActorRole = 'perpetrator' | 'target' | 'responder';

/**
 * One statement of who did what to whom: the actor's words (`start`, `end`) inside the clause
 * that says it (`clauseStart`, `clauseEnd`). Invariant: `text === doc.text.slice(start, end)`.
 */
export interface ActorMention {
  readonly doc: DocId;
  readonly role: ActorRole;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly rule: RuleId;
}

const ACTOR_NOUN_SET: ReadonlySet<string> = new Set(ACTOR_NOUNS);
const RESPONDER_SET: ReadonlySet<string> = new Set(RESPONDER_NOUNS);
const DETAINEE_SET: ReadonlySet<string> = new Set(DETAINEE_NOUNS);
const PEOPLE_SET: ReadonlySet<string> = new Set(PEOPLE_NOUNS);
const MODIFIER_SET: ReadonlySet<string> = new Set(ACTOR_MODIFIERS);
const OPENER_SET: ReadonlySet<string> = new Set(SENTENCE_OPENERS.map((w) => w.toLowerCase()));
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'four', 'five', 'six', 'several', 'one', 'another']);
const ADVERBS: ReadonlySet<string> = new Set(['allegedly', 'reportedly', 'then', 'later', 'fatally', 'accidentally', 'repeatedly', 'critically', 'also', 'mistakenly', 'intentionally']);
const SELF: ReadonlySet<string> = new Set(['himself', 'herself', 'themselves']);
const SHOT_VERBS: ReadonlySet<string> = new Set(['shot', 'killed', 'wounded', 'stabbed', 'struck']);
const ARREST_VERBS: ReadonlySet<string> = new Set(['arrested', 'detained', 'apprehended', 'booked']);
const ARRIVAL_VERBS: ReadonlySet<string> = new Set(['responded', 'arrived', 'called', 'dispatched']);
const VERB = new RegExp(String.raw`\b(?:${ACTOR_VERBS.join('|')})\b`, 'g');
/** How far a clause reaches on either side of its verb. */
const REACH = 80;
/** Words of a phrase that never name an actor. */
const NOT_ACTORS = /^(?:it|this|that|there|he|she|they|who|which)$/i;

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

interface Phrase {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds who did what to whom in a document, from a few general patterns within one clause:
 * "a gunman opened fire on a crowd" (perpetrator, target), "the boy was shot by his brother"
 * (target, perpetrator), "police arrested Tristan Crayton" (responder, perpetrator), "the suspect
 * was taken into custody" (perpetrator), "officers responded" (responder). A phrase is a noun
 * phrase whose head is a person noun (`ACTOR_NOUNS`) with at most two modifiers, or a name that
 * recognition typed a person or an organization. Precise before recall: a clause no pattern
 * reads gives nothing. Each verb of the patterns is read with the words around it, so the cost
 * is one scan for the verbs.
 *
 * @example
 * extractActors(doc, entities); // "Police shot the suspect." -> [{ role: 'responder', text: 'Police' }, { role: 'target', text: 'the suspect' }]
 */
export function extractActors(doc: SourceDoc, entities: readonly EntityMention[]): ActorMention[] {
  const text = doc.text;
  const out: ActorMention[] = [];
  const byStart = new Map<number, EntityMention>();
  const byEnd = new Map<number, EntityMention>();
  for (const e of entities) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    byStart.set(e.span.start, e);
    byEnd.set(e.span.end, e);
  }
  const mention = (role: ActorRole, p: Phrase, clause: Phrase, rule: RuleId): ActorMention => ({
    doc: doc.id,
    role,
    text: text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    clauseStart: clause.start,
    clauseEnd: clause.end,
    rule,
  });
  VERB.lastIndex = 0;
  for (let v = VERB.exec(text); v; v = VERB.exec(text)) {
    const at = v.index;
    if (!mayMatch(text, at, v[0]) || !mayFollowPhrase(text, at, byEnd)) continue;
    const words = wordsAround(text, at);
    const k = words.findIndex((w) => w.start === at);
    if (k < 0) continue;
    const verb = words[k]!.lower;
    // Left of the verb: an adverb, an auxiliary ("was", "has been"), an adverb, then the phrase.
    let i = k - 1;
    if (verb === 'fire') {
      if (words[i]?.lower !== 'opened') continue;
      i--;
    } else if (verb === 'custody') {
      if (words[i]?.lower !== 'into' || words[i - 1]?.lower !== 'taken') continue;
      i -= 2;
    }
    if (ADVERBS.has(words[i]?.lower ?? '')) i--;
    let isPassive = false;
    if (words[i]?.lower === 'was' || words[i]?.lower === 'were') {
      isPassive = true;
      i--;
    } else if (words[i]?.lower === 'been' && ['has', 'have', 'had'].includes(words[i - 1]?.lower ?? '')) {
      isPassive = true;
      i -= 2;
    }
    if (ADVERBS.has(words[i]?.lower ?? '')) i--;
    const left = phraseEndingAt(words, i, byEnd);
    if (!left) continue;
    // Right of the verb: "and killed", "shots", then the preposition the verb takes.
    let j = k + 1;
    if (words[j]?.lower === 'and' && SHOT_VERBS.has(words[j + 1]?.lower ?? '')) j += 2;
    const clause = (end: number): Phrase => ({ start: left.start, end });
    if (SHOT_VERBS.has(verb) || verb === 'fire' || verb === 'fired') {
      const isFire = verb === 'fire' || verb === 'fired';
      if (isFire) {
        if (isPassive) continue;
        if (words[j]?.lower === 'shots') j++;
        if (!['on', 'at', 'into'].includes(words[j]?.lower ?? '')) continue;
        j++;
      } else if (isPassive) {
        if (words[j]?.lower !== 'by') continue;
        j++;
      }
      if (!isPassive && SELF.has(words[j]?.lower ?? '')) {
        out.push(mention('perpetrator', left, clause(words[j]!.end), 'en/actor/active'));
        continue;
      }
      const right = phraseStartingAt(words, j, byStart);
      if (!right) continue;
      if (isPassive) {
        out.push(mention('target', left, clause(right.end), 'en/actor/passive'), mention('perpetrator', right, clause(right.end), 'en/actor/passive'));
      } else {
        // Responding police who shoot are still responders ("police shot the suspect").
        out.push(mention(isResponder(words, left) ? 'responder' : 'perpetrator', left, clause(right.end), 'en/actor/active'), mention('target', right, clause(right.end), 'en/actor/active'));
      }
    } else if (ARREST_VERBS.has(verb) || verb === 'custody' || verb === 'took') {
      if (isPassive || verb === 'custody') {
        // "More than 300 people were detained": detainees, not the event's perpetrators.
        const head = text.slice(left.start, left.end).toLowerCase().split(/\s+/).pop() ?? '';
        const isDetainees = DETAINEE_SET.has(head) || (PEOPLE_SET.has(head) && MASS_COUNT_BEFORE.test(text.slice(Math.max(0, left.start - 30), left.end - head.length)));
        if (verb !== 'took' && !isDetainees && !isQuestioned(text, words[k]!.end)) out.push(mention('perpetrator', left, clause(words[k]!.end), 'en/actor/arrested'));
        continue;
      }
      if (!isResponder(words, left)) continue;
      const right = phraseStartingAt(words, j, byStart);
      if (!right) continue;
      if (verb === 'took' && !text.startsWith(' into custody', right.end)) continue;
      out.push(mention('responder', left, clause(right.end), 'en/actor/arrest'));
      if (!isQuestioned(text, right.end)) out.push(mention('perpetrator', right, clause(right.end), 'en/actor/arrest'));
    } else if (ARRIVAL_VERBS.has(verb)) {
      if ((verb === 'called' || verb === 'dispatched') !== isPassive || !isResponder(words, left)) continue;
      out.push(mention('responder', left, clause(words[k]!.end), 'en/actor/responded'));
    }
  }
  claimsOfResponsibility(text, byEnd, (p, clauseEnd) => out.push(mention('perpetrator', p, { start: p.start, end: clauseEnd }, 'en/actor/claimed')));
  return out.filter((a) => !NOT_ACTORS.test(a.text)).sort((a, b) => a.start - b.start || a.role.localeCompare(b.role));
}

/**
 * A claim of the attack right after a name: "Al-Shabaab claimed responsibility for the attack",
 * "the Islamic State said it carried out Saturday's bombing", "Boko Haram has claimed the raid", "the banned
 * Tehreek-e-Taliban Pakistan (TTP) claimed responsibility" (the name in brackets).
 */
const CLAIMED_AFTER = new RegExp(
  String.raw`^\)?\s+(?:(?:has|have|had)\s+)?(?:(?:later|quickly|swiftly|also)\s+)?(?:claimed\s+responsibility\s+for|claimed|said\s+(?:it|they)\s+(?:had\s+)?carried\s+out)\s+(?:the|this|that|its|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|assault|siege|shooting|raid|ambush|massacre|killings|blast|explosion)\b`,
  'i',
);

/** The people and organizations that claim the attack (`CLAIMED_AFTER`), each with the end of its clause. */
function claimsOfResponsibility(text: string, byEnd: ReadonlyMap<number, EntityMention>, found: (p: Phrase, clauseEnd: number) => void): void {
  // Note: only the names that end shortly before a verb of claiming are read (most reports have none).
  if (!text.includes('claimed') && !text.includes('carried out')) return;
  CLAIM_VERB.lastIndex = 0;
  const seen = new Set<number>();
  for (let v = CLAIM_VERB.exec(text); v !== null; v = CLAIM_VERB.exec(text)) {
    for (let end = Math.max(0, v.index - CLAIM_VERB_REACH); end < v.index; end++) {
      const e = byEnd.get(end);
      if (e === undefined || seen.has(end)) continue;
      seen.add(end);
      const m = CLAIMED_AFTER.exec(text.slice(end, end + 120));
      if (m) found({ start: e.span.start, end }, end + m[0].length);
    }
  }
}

/** The verbs of `CLAIMED_AFTER`, and how far after a name they may start ("has quickly claimed"). */
const CLAIM_VERB = /\b(?:claimed|said (?:it|they) (?:had )?carried out)\b/g;
const CLAIM_VERB_REACH = 24;

/**
 * People held for questioning, or let go: "Two individuals were detained for questioning and
 * released", "Police detained two men and later released them". Witnesses or suspects cleared, not
 * the event's perpetrators.
 */
const QUESTIONED_AFTER = /^[^.;]{0,60}?\b(?:for questioning|(?:and|but|then)\s+(?:(?:were|was|have been|had been|later|then|subsequently|since)\s+)*released)\b/i;

/** Whether the people held by the verb ending at `at` were only questioned or were released (`QUESTIONED_AFTER`). */
function isQuestioned(text: string, at: number): boolean {
  return QUESTIONED_AFTER.test(text.slice(at, at + 100));
}

/** A quick look at the text next to a verb that most verbs fail ("fire" without "opened", "called" without "were"), before its words are read. */
function mayMatch(text: string, at: number, verb: string): boolean {
  switch (verb) {
    case 'fire':
      return text.startsWith('opened ', at - 7);
    case 'custody':
      return text.startsWith('taken into ', at - 11);
    case 'took':
      return text.slice(at, at + REACH).includes(' into custody');
    case 'called':
    case 'dispatched':
      return text.startsWith('were ', at - 5) || text.startsWith('was ', at - 4);
    default:
      return true;
  }
}

/** Words that may stand right before a verb of the patterns, besides a person noun: adverbs, auxiliaries, "opened" fire, taken "into". */
const BEFORE_VERB: ReadonlySet<string> = new Set([...ADVERBS, 'was', 'were', 'been', 'opened', 'into']);

/** A quick look at the word right before a verb: a person noun, a name's end, an adverb or an auxiliary; else no pattern can match. */
function mayFollowPhrase(text: string, at: number, byEnd: ReadonlyMap<number, EntityMention>): boolean {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (byEnd.has(end)) return true;
  let start = end;
  while (start > 0 && start > end - 20 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end).toLowerCase();
  return ACTOR_NOUN_SET.has(word) || BEFORE_VERB.has(word);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * The words of the clause around a verb at `at`: back and forth to a sentence end, at most `REACH`
 * characters each way. A word is letters, digits, apostrophes and hyphens ("23-year-old",
 * "O'Neal"); a comma is a word too. Read character by character: a regex match per word cost more
 * than the few hundred characters read.
 */
function wordsAround(text: string, at: number): Word[] {
  const to = Math.min(text.length, at + REACH);
  const words: Word[] = [];
  for (let i = Math.max(0, at - REACH); i < to; ) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      const start = i;
      while (++i < text.length && isWordChar(text.charCodeAt(i)));
      const value = text.slice(start, i);
      words.push({ text: value, lower: value.toLowerCase(), start, end: i });
      continue;
    }
    // A sentence end before the verb starts the clause over; one after it ends the clause ("Lt." ends it too, which only loses a clause).
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10) {
      if (i < at) words.length = 0;
      else break;
    } else if (c === 44 || c === 40 || c === 41) {
      // A comma or a bracket ends a phrase: "(Bryan Chan / Los Angeles Times) Police fatally shot" names no "Angeles Times) Police".
      words.push({ text: ',', lower: ',', start: i, end: i + 1 });
    }
    i++;
  }
  return words;
}

/** A character of a word of `wordsAround`: letters (ASCII and Latin-1 to Latin Extended-B), digits, apostrophes, hyphens. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f);
}

/** A phrase whose last word is `words[i]`: a typed name ending there, or a person noun with up to two modifiers and a determiner. */
function phraseEndingAt(words: readonly Word[], i: number, byEnd: ReadonlyMap<number, EntityMention>): Phrase | undefined {
  const head = words[i];
  if (!head || head.lower === ',') return undefined;
  if (!ACTOR_NOUN_SET.has(head.lower)) {
    const entity = byEnd.get(head.end);
    return entity ? { start: entity.span.start, end: entity.span.end } : undefined;
  }
  let j = i;
  while (j > i - 2 && j > 0 && isModifier(words[j - 1]!)) j--;
  if (j > 0 && DETERMINERS.has(words[j - 1]!.lower)) j--;
  return { start: words[j]!.start, end: head.end };
}

/** A phrase whose first word is `words[j]`: a typed name starting there, or a determiner, up to two modifiers and a person noun. */
function phraseStartingAt(words: readonly Word[], j: number, byStart: ReadonlyMap<number, EntityMention>): Phrase | undefined {
  const first = words[j];
  if (!first) return undefined;
  const entity = byStart.get(first.start);
  if (entity) return { start: entity.span.start, end: entity.span.end };
  let i = j;
  if (DETERMINERS.has(first.lower)) i++;
  for (let n = 0; n < 2 && words[i] && !ACTOR_NOUN_SET.has(words[i]!.lower) && isModifier(words[i]!); n++) i++;
  const head = words[i];
  if (!head || !ACTOR_NOUN_SET.has(head.lower)) return undefined;
  return { start: first.start, end: head.end };
}

/** A word between a determiner and a person noun: a listed adjective, an age ("23-year-old"), a capitalized word that does not open sentences ("Tulsa"). */
function isModifier(w: Word): boolean {
  if (MODIFIER_SET.has(w.lower) || AGE.test(w.lower)) return true;
  return UPPER_FIRST.test(w.text) && !OPENER_SET.has(w.lower) && !DETERMINERS.has(w.lower);
}

const AGE = /^\d+-year-old$/;
const UPPER_FIRST = /^\p{Lu}/u;

/** Whether a phrase's last word is a responder noun ("Tulsa police officers"). */
function isResponder(words: readonly Word[], p: Phrase): boolean {
  const last = words.find((w) => w.end === p.end);
  return last !== undefined && RESPONDER_SET.has(last.lower);
}

/**
 * An event's actors: the actor mentions of its documents grouped by role and by the words that
 * name them (without an article: "a gunman" and "the gunman" are one), in order of first mention.
 *
 * @example
 * groupActors(mentions)[0]; // { role: 'perpetrator', name: 'a gunman', mentions: [...] }
 */
export function groupActors(mentions: readonly ActorMention[]): { role: ActorRole; name: string; mentions: ActorMention[] }[] {
  const groups = new Map<string, { role: ActorRole; name: string; mentions: ActorMention[] }>();
  for (const m of mentions) {
    const key = `${m.role}:${m.text.toLowerCase().replace(/^(?:a|an|the)\s+/, '')}`;
    const group = groups.get(key);
    if (group) group.mentions.push(m);
    else groups.set(key, { role: m.role, name: m.text, mentions: [m] });
  }
  return [...groups.values()];
}
