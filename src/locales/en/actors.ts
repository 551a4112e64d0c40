/**
 * Head nouns of a phrase that names a person or a group who acts in or suffers a violent event
 * ("a gunman", "the victim", "two Tulsa police officers"). Lowercase.
 *
 * @example
 * ACTOR_NOUNS.includes('gunman') === true
 */
export const ACTOR_NOUNS: readonly string[] = [
  'gunman', 'gunmen', 'shooter', 'shooters', 'suspect', 'suspects', 'assailant', 'assailants', 'attacker', 'attackers', 'intruder', 'intruders', 'robber', 'robbers', 'carjacker',
  'man', 'men', 'woman', 'women', 'teen', 'teens', 'teenager', 'teenagers', 'boy', 'boys', 'girl', 'girls', 'child', 'children', 'toddler', 'juvenile', 'juveniles', 'person', 'people',
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'boyfriend', 'girlfriend', 'uncle', 'cousin', 'grandfather', 'grandmother', 'friend', 'neighbor', 'neighbour',
  'victim', 'victims', 'crowd', 'group', 'family', 'resident', 'homeowner', 'student', 'students', 'customer', 'clerk', 'driver', 'passenger', 'bystander', 'bystanders',
  'police', 'officer', 'officers', 'deputy', 'deputies', 'trooper', 'troopers', 'agent', 'agents', 'detective', 'detectives', 'sheriff', 'guard', 'soldier', 'soldiers', 'troops',
];

/** Heads of a phrase that names those who respond to an event: police, deputies, troopers. Lowercase. */
export const RESPONDER_NOUNS: readonly string[] = ['police', 'officer', 'officers', 'deputy', 'deputies', 'trooper', 'troopers', 'agents', 'detectives', 'authorities', 'firefighters', 'paramedics'];

/** Lowercase words that may stand between an article and the head noun ("an armed man", "a 23-year-old woman"). */
export const ACTOR_MODIFIERS: readonly string[] = [
  'armed', 'masked', 'unknown', 'unidentified', 'off-duty', 'young', 'teenage', 'older', 'elderly', 'male', 'female', 'local', 'lone', 'second', 'other', 'third', 'fourth', 'white', 'black', 'hispanic', 'police', 'state', 'county', 'city', 'federal', 'undercover', 'responding', 'plainclothes', 'injured', 'wounded', 'alleged', 'suspected', 'possible', 'fellow',
];

/** Capitalized words that open a sentence and are no part of a name before an actor noun ("When police arrived"). */
export const SENTENCE_OPENERS: readonly string[] = ['When', 'Then', 'After', 'Before', 'As', 'If', 'But', 'And', 'So', 'While', 'Once', 'Where', 'Later', 'Meanwhile', 'Also', 'Now', 'Soon', 'By', 'Until', 'Though', 'Although', 'Because', 'Since', 'Both'];

/** The verbs the actor patterns read: a sentence without one of them has no actor. */
export const ACTOR_VERBS: readonly string[] = ['shot', 'killed', 'wounded', 'stabbed', 'struck', 'fire', 'fired', 'arrested', 'detained', 'apprehended', 'took', 'custody', 'booked', 'responded', 'arrived', 'called', 'dispatched'];

/**
 * People arrested who are detainees, not the perpetrators of the event: "dozens of protesters were
 * rounded up", "nine villagers were detained" (while "two men were arrested in connection with the
 * shooting" are its suspects). "people" and "persons" only in numbers (`MASS_COUNT_BEFORE`): "More
 * than 300 people were detained"; "three people were taken into custody" are suspects.
 */
export const DETAINEE_NOUNS: readonly string[] = [
  'protesters', 'protestors', 'demonstrators', 'marchers', 'activists', 'residents', 'civilians', 'villagers',
  'students', 'journalists', 'supporters', 'mourners', 'worshippers', 'migrants', 'refugees', 'opposition',
];
/** Nouns of people at large, detainees only in numbers (see `DETAINEE_NOUNS`). */
export const PEOPLE_NOUNS: readonly string[] = ['people', 'persons'];
/** A count of ten or more right before a phrase ("more than 300", "dozens of", "hundreds of"). */
export const MASS_COUNT_BEFORE = /(?:\b\d{2,}|\d{1,3}(?:,\d{3})+|\b(?:dozens|scores|hundreds|thousands)(?:\s+of)?)\s*$/i;
