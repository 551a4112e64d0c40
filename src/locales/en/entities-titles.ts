/**
 * Titles and roles that come before a person's name ("Ambassador Vilayat Guliyev", "Trooper
 * Stephen Hammons", "Soviet leader Mikhail Gorbachev"). Lowercase; matched case-insensitively
 * as whole words. A title makes the name after it a person and is kept as an attribute.
 *
 * @example
 * PERSON_TITLES.has('trooper') === true
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'hon', 'honorable', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister', 'rabbi', 'imam', 'pastor', 'bishop', 'archbishop', 'pope',
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'envoy', 'consul', 'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'councilor', 'commissioner', 'delegate', 'speaker', 'deputy', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'alhaji', 'alhaja', 'hajiya', 'mallam', 'malam', 'mullah', 'general', 'gen', 'brigadier', 'brig', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt', 'pfc', 'spc', 'admiral', 'adm', 'commander', 'cmdr', 'marshal', 'officer', 'patrolman', 'patrolwoman', 'policeman', 'policewoman', 'firefighter', 'trooper', 'detective', 'det', 'inspector', 'insp', 'constable', 'sheriff', 'undersheriff', 'chief', 'superintendent', 'supt', 'agent', 'investigator', 'coroner', 'judge', 'justice', 'attorney', 'atty', 'prosecutor', 'lawyer', 'dean', 'principal', 'coach', 'member', 'journalist', 'reporter', 'correspondent', 'photographer', 'witness', 'resident', 'neighbor', 'neighbour', 'victim', 'suspect', 'survivor', 'activist', 'historian', 'author', 'writer', 'poet', 'editor', 'analyst', 'founder', 'ceo', 'head',
]);

/**
 * Role nouns that refer back to a person already named ("the envoy said", "the officer told").
 * A quote whose speaker is one of these goes to the last named person before it. Words for
 * anyone ("the man says", "the witness said", "the mother said") are not here: they often
 * speak of a person the report never names.
 *
 * @example
 * ROLE_NOUNS.has('envoy') === true
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'ambassador', 'envoy', 'diplomat', 'minister', 'president', 'official', 'officer', 'trooper', 'detective', 'sheriff', 'chief', 'mayor', 'governor', 'senator', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'lawyer', 'attorney', 'prosecutor', 'judge', 'coroner', 'lieutenant', 'sergeant', 'captain', 'commander', 'general', 'historian', 'author', 'professor', 'doctor', 'activist', 'pastor', 'teacher', 'principal', 'manager', 'director', 'investigator', 'agent', 'journalist', 'reporter', 'congressman', 'congresswoman', 'lawmaker', 'politician',
]);

/**
 * Titles that say what part a person had in the happening, not their office ("Victim", "Suspect",
 * "Witness"). Before one capitalised word they mostly open a headline or label a form ("Victim
 * ID'd in shooting", "Suspect Description:"), so a name after one needs two words ("Victim Jane
 * Doe"). Lowercase, singular and plural.
 */
export const PART_TITLES: ReadonlySet<string> = new Set([
  'victim', 'victims', 'suspect', 'suspects', 'witness', 'witnesses', 'resident', 'residents', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'survivor', 'survivors',
]);

/** Nouns for a person a report may not name ("a neighbor said", "the woman told"): after one speaks, "he said" is not the last named person's. Lowercase. */
export const UNNAMED_NOUNS: readonly string[] = ['neighbor', 'neighbour', 'witness', 'resident', 'man', 'woman', 'boy', 'girl', 'relative', 'friend', 'caller', 'customer', 'employee', 'worker', 'student', 'bystander', 'passerby', 'source', 'mother', 'father', 'owner', 'person', 'teen', 'clerk', 'manager'];

/**
 * Nouns for groups of people, and kin, that open a sentence before a speech verb ("Witnesses said",
 * "Officials told", "Grandmother says"): never one person's name. Lowercase.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'witnesses', 'officials', 'authorities', 'investigators', 'neighbors', 'neighbours', 'residents', 'relatives', 'friends', 'deputies', 'officers', 'troopers',
  'detectives', 'prosecutors', 'doctors', 'parents', 'students', 'teachers', 'organizers', 'sources', 'experts', 'critics', 'others', 'family', 'families',
  'survivors', 'victims', 'police', 'paramedics', 'firefighters', 'agents', 'workers', 'employees', 'customers', 'staff', 'people', 'everyone', 'someone',
  'dispatchers', 'medics', 'management', 'administrators', 'coworkers', 'classmates', 'relatives', 'mourners', 'protesters', 'demonstrators', 'soldiers', 'troops',
  // kin, who speak in reports without a name ("Grandmother says she still can't believe it", "his Mom said")
  'mom', 'dad', 'mother', 'father', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'brother', 'sister', 'aunt', 'uncle', 'wife', 'husband', 'daughter', 'son',
]);

/** Personal pronouns that can be a speaker ("he said"). */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Words that stand before a title and belong to it ("Soviet leader", "former President",
 * "Minister of Defense"): kept in the title, never in the name. Lowercase.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['former', 'late', 'then', 'acting', 'deputy', 'assistant', 'vice', 'senior', 'chief', 'state', 'police', 'prime', 'foreign', 'defense', 'defence', 'interior', 'us', 'u.s']);
