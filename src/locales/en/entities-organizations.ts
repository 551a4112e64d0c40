/**
 * Head words that make a capitalized name an organization when they end it ("Human Rights
 * Watch", "Soviet Army", "Louisiana State Police", "Tulsa Police Department", "Miami PD"). Lowercase.
 *
 * @example
 * ORGANIZATION_HEADS.has('watch') === true
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'army', 'navy', 'forces', 'force', 'guard', 'guards', 'corps', 'police', 'pd', 'militia', 'brigade', 'battalion', 'regiment', 'troops', 'command',
  'department', 'dept', 'ministry', 'office', 'bureau', 'agency', 'administration', 'service', 'services', 'commission', 'committee', 'council', 'congress', 'parliament', 'senate', 'assembly', 'court', 'government', 'cabinet', 'politburo', 'kremlin', 'authority', 'authorities', 'board', 'division', 'unit', 'patrol', 'sheriff',
  'watch', 'amnesty', 'international', 'foundation', 'institute', 'institution', 'association', 'society', 'federation', 'union', 'league', 'alliance', 'coalition', 'network', 'organization', 'organisation', 'group', 'movement', 'front', 'party', 'club', 'center', 'centre', 'trust', 'fund', 'project', 'initiative', 'campaign',
  'university', 'universities', 'college', 'colleges', 'school', 'schools', 'academy', 'hospital', 'hospitals', 'clinic', 'church', 'churches', 'mosque', 'synagogue', 'temple', 'library', 'museum', 'rescue',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'co', 'group', 'bank', 'airlines',
  'news', 'times', 'post', 'press', 'tribune', 'herald', 'journal', 'gazette', 'daily', 'radio', 'television', 'tv', 'channel', 'network', 'media', 'wire', 'izvestia', 'pravda',
]);

/** The heads of `ORGANIZATION_HEADS` that name news media ("Washington Post"): a place in such a name is not where the news happened. */
export const MEDIA_HEADS: ReadonlySet<string> = new Set(['news', 'times', 'post', 'press', 'tribune', 'herald', 'journal', 'gazette', 'daily', 'radio', 'television', 'tv', 'channel', 'network', 'media', 'wire']);

/**
 * First words of a local agency after the name of its place ("Bellefontaine Police Department",
 * "Harris County Sheriff's Office", "Cudahy Fire Department", "Ennis PD"): the place is where it serves. Lowercase.
 */
export const LOCAL_AGENCY_WORDS: ReadonlySet<string> = new Set(['police', 'pd', 'sheriff', 'fire', 'constable', 'constables', 'marshal', 'marshals']);

/**
 * Words that start an organization name ("Ministry of Defense", "House of Commons",
 * "Supreme Council of ...", "Department of Justice"). Lowercase.
 */
export const ORGANIZATION_STARTS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'embassy', 'consulate', 'house', 'council', 'committee', 'bureau', 'board', 'church', 'university', 'bank', 'centers', 'centres', 'federation', 'union', 'league', 'association', 'society', 'party', 'supreme', 'national', 'central', 'united', 'federal', 'state',
]);

/** Acronyms of three to six capitals read as organizations unless they are places ("USSR", "US" are places). */
export const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * Capitals that are no organization: time zones ("08:15 BST", "3 p.m. EST"), and the common
 * abbreviations of things, care and roles ("a silver SUV", "performed CPR", "in the ICU", "the PIO").
 */
export const NOT_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT',
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AST', 'ADT', 'NST', 'NDT', 'SAST', 'WAT', 'CAT', 'EAT',
  'SUV', 'SUVS', 'ATV', 'ATVS', 'RV', 'CPR', 'ICU', 'ER', 'EMT', 'EMTS', 'DNA', 'PTSD', 'DUI', 'DWI', 'GPS', 'PIO', 'CEO', 'TV', 'MVP', 'COM',
]);

/** Last words of a facility's name ("Stroger Hospital", "Anacostia High", "Penrose Medical"), with those of organizations. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  ...ORGANIZATION_HEADS,
  'high', 'elementary', 'middle', 'medical', 'memorial', 'regional', 'health', 'children', 'nightclub', 'bar', 'lounge', 'inn', 'motel', 'hotel',
  'lodge', 'hall', 'apartments', 'mall', 'plaza', 'restaurant', 'store', 'market', 'shop', 'station', 'headquarters', 'shooting', 'shootings', 'center', 'centre', 'clinic',
  'supply', 'supplies', 'warehouse', 'factory', 'plant', 'depot', 'garage', 'salon', 'barbershop', 'pharmacy', 'bank',
]);

/**
 * Currency words after a currency's capitals ("50 million CFA francs", "KES shillings"): the
 * capitals name a currency, not an organization. Lowercase, singular and plural. Not "won" nor
 * "real", which follow an organization's acronym as verb or adjective ("the NBA won").
 */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'franc', 'francs', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'rupee', 'rupees', 'naira', 'shilling', 'shillings', 'cedi', 'cedis', 'rand',
  'yen', 'yuan', 'renminbi', 'peso', 'pesos', 'dinar', 'dinars', 'dirham', 'dirhams', 'riyal', 'riyals', 'rial', 'rials', 'ruble', 'rubles', 'rouble', 'roubles', 'lira', 'lire',
  'kwacha', 'birr', 'taka', 'reais', 'krona', 'kronor', 'krone', 'kroner', 'zloty', 'zlotys', 'forint', 'leu', 'lei', 'hryvnia', 'hryvnias', 'rupiah', 'ringgit', 'baht', 'dong',
  'kyat', 'afghani', 'afghanis', 'leone', 'leones', 'dalasi', 'ariary', 'ouguiya', 'lempira', 'quetzal', 'colon', 'colones', 'bolivar', 'bolivars', 'sol', 'soles', 'manat', 'tenge', 'som', 'lari', 'dram',
]);

/**
 * Armed groups that conflict reports name without a head word that says so ("Islamic State
 * claimed the bombing", "Boko Haram fighters", "the Taliban"), as ACLED and UCDP code them as
 * actors. Lowercase, as the recognizer joins a name's words (with spaces; hyphens kept). Not
 * "Wagner", a surname too ("Wagner Group" has its head word).
 */
export const ARMED_GROUPS: ReadonlySet<string> = new Set([
  'islamic state', 'isis', 'isil', 'daesh', 'al-qaeda', 'al-qaida', 'al qaeda', 'al-shabaab', 'al-shabab', 'al shabaab', 'boko haram',
  'taliban', 'hamas', 'hezbollah', 'hizbollah', 'houthis', 'houthi', 'ansar allah', 'pkk', 'farc', 'eln', 'janjaweed',
  'jabhat al-nusra', 'hayat tahrir al-sham', 'lashkar-e-taiba', 'jaish-e-mohammed', 'ansar dine', 'al-mourabitoun', 'jnim', 'iswap', 'adf',
]);
