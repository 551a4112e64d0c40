/**
 * US states (and DC) as `[name, postal code, AP abbreviations...]`. News datelines write
 * "TULSA, Okla." or "Tulsa, OK"; the gazetteer keys US cities by postal code.
 *
 * @example
 * US_STATES.find((s) => s[1] === 'OK')?.[0] === 'Oklahoma'
 */
export const US_STATES: readonly (readonly string[])[] = [
  ['Alabama', 'AL', 'Ala.'], ['Alaska', 'AK'], ['Arizona', 'AZ', 'Ariz.'], ['Arkansas', 'AR', 'Ark.'], ['California', 'CA', 'Calif.', 'Cal.'],
  ['Colorado', 'CO', 'Colo.'], ['Connecticut', 'CT', 'Conn.'], ['Delaware', 'DE', 'Del.'], ['District of Columbia', 'DC', 'D.C.'], ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'], ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL', 'Ill.'], ['Indiana', 'IN', 'Ind.'], ['Iowa', 'IA'],
  ['Kansas', 'KS', 'Kan.', 'Kans.'], ['Kentucky', 'KY', 'Ky.'], ['Louisiana', 'LA', 'La.'], ['Maine', 'ME'], ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'], ['Michigan', 'MI', 'Mich.'], ['Minnesota', 'MN', 'Minn.'], ['Mississippi', 'MS', 'Miss.'], ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'], ['Nebraska', 'NE', 'Neb.', 'Nebr.'], ['Nevada', 'NV', 'Nev.'], ['New Hampshire', 'NH', 'N.H.'], ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.'], ['New York', 'NY', 'N.Y.'], ['North Carolina', 'NC', 'N.C.'], ['North Dakota', 'ND', 'N.D.'], ['Ohio', 'OH'],
  ['Oklahoma', 'OK', 'Okla.'], ['Oregon', 'OR', 'Ore.', 'Oreg.'], ['Pennsylvania', 'PA', 'Pa.', 'Penn.'], ['Rhode Island', 'RI', 'R.I.'], ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.'], ['Tennessee', 'TN', 'Tenn.'], ['Texas', 'TX', 'Tex.'], ['Utah', 'UT'], ['Vermont', 'VT', 'Vt.'], ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'], ['West Virginia', 'WV', 'W.Va.', 'W. Va.'], ['Wisconsin', 'WI', 'Wis.', 'Wisc.'], ['Wyoming', 'WY', 'Wyo.'], ['Puerto Rico', 'PR', 'P.R.'],
];

/**
 * First-level divisions outside the US that datelines name after a town ("KINGSTON, Ontario",
 * "BALLARAT, Vic.", "CARDIFF, Wales"): country code, GeoNames admin1 code, name, abbreviations.
 * The gazetteer names their cities' regions so, and reads a town in the division a comma names.
 */
export const ADMIN_REGIONS: readonly (readonly string[])[] = [
  ['CA', '01', 'Alberta', 'Alta.', 'AB'],
  ['CA', '02', 'British Columbia', 'B.C.', 'BC'],
  ['CA', '03', 'Manitoba', 'Man.', 'MB'],
  ['CA', '04', 'New Brunswick', 'N.B.', 'NB'],
  ['CA', '05', 'Newfoundland and Labrador', 'Nfld.', 'NL', 'Newfoundland'],
  ['CA', '07', 'Nova Scotia', 'N.S.', 'NS'],
  ['CA', '08', 'Ontario', 'Ont.', 'ON'],
  ['CA', '09', 'Prince Edward Island', 'P.E.I.', 'PE'],
  ['CA', '10', 'Quebec', 'Que.', 'QC', 'Québec'],
  ['CA', '11', 'Saskatchewan', 'Sask.', 'SK'],
  ['CA', '12', 'Yukon', 'Y.T.', 'YT'],
  ['CA', '13', 'Northwest Territories', 'N.W.T.', 'NT'],
  ['CA', '14', 'Nunavut', 'Nvt.', 'NU'],
  ['AU', '01', 'Australian Capital Territory', 'ACT'],
  ['AU', '02', 'New South Wales', 'NSW'],
  ['AU', '03', 'Northern Territory', 'NT'],
  ['AU', '04', 'Queensland', 'Qld', 'QLD'],
  ['AU', '05', 'South Australia', 'SA'],
  ['AU', '06', 'Tasmania', 'Tas.', 'TAS'],
  ['AU', '07', 'Victoria', 'Vic.', 'VIC'],
  ['AU', '08', 'Western Australia', 'WA'],
  ['GB', 'ENG', 'England'],
  ['GB', 'NIR', 'Northern Ireland'],
  ['GB', 'SCT', 'Scotland'],
  ['GB', 'WLS', 'Wales'],
];

/**
 * English names of first-level divisions that country-region-data writes in the country's
 * language or a transliteration: [English name, the package's name, country]. The gazetteer also
 * reads the names without an Arabic article ("Al Anbār": Anbar) and with an Arabic or French compass
 * word in English ("Shamal Darfur": North Darfur, "Nord-Kivu": North Kivu); these are the rest.
 *
 * @example DIVISION_EXONYMS.find((d) => d[0] === 'Bavaria')?.[1] === 'Bayern'
 */
export const DIVISION_EXONYMS: readonly (readonly [string, string, string])[] = [
  ['Bavaria', 'Bayern', 'DE'], ['Saxony', 'Sachsen', 'DE'], ['Lower Saxony', 'Niedersachsen', 'DE'], ['Hesse', 'Hessen', 'DE'],
  ['Thuringia', 'Thüringen', 'DE'], ['North Rhine-Westphalia', 'Nordrhein-Westfalen', 'DE'], ['Rhineland-Palatinate', 'Rheinland-Pfalz', 'DE'],
  ['Saxony-Anhalt', 'Sachsen-Anhalt', 'DE'],
  ['Aleppo', 'Halab', 'SY'], ['Damascus', 'Dimashq', 'SY'], ['Rural Damascus', 'Rif Dimashq', 'SY'], ['Homs', 'Hims', 'SY'], ['Hama', 'Hamah', 'SY'],
  ['Latakia', 'Al Ladhiqiyah', 'SY'], ['Deir ez-Zor', 'Dayr az Zawr', 'SY'], ['Deir el-Zour', 'Dayr az Zawr', 'SY'], ['Daraa', "Dar'a", 'SY'],
  ['Raqqa', 'Ar Raqqah', 'SY'], ['Suwayda', "As Suwayda'", 'SY'], ['Quneitra', 'Al Qunaytirah', 'SY'],
  ['Beirut', 'Beyrouth', 'LB'], ['Mount Lebanon', 'Mont-Liban', 'LB'], ['Bekaa', 'Béqaa', 'LB'], ['Akkar', 'Aakkâr', 'LB'], ['Nabatieh', 'Nabatîyé', 'LB'],
  ['North Lebanon', 'Liban-Nord', 'LB'], ['South Lebanon', 'Liban-Sud', 'LB'],
  ['Khartoum', 'Al Khartum', 'SD'], ['Gezira', 'Al Jazirah', 'SD'], ['Blue Nile', 'An Nil al Azraq', 'SD'], ['White Nile', 'An Nil al Abyad', 'SD'],
  ['River Nile', 'Nahr an Nil', 'SD'], ['Red Sea', 'Al Bahr al Ahmar', 'SD'], ['Gedaref', 'Al Qadarif', 'SD'], ['Sennar', 'Sinnar', 'SD'],
  ['North Kordofan', 'Shiamal Kurdufan', 'SD'], ['South Kordofan', 'Janub Kurdufan', 'SD'], ['West Kordofan', 'Gharb Kurdufan', 'SD'],
  ['Central Darfur', 'Wasat Darfur Zalinjay', 'SD'],
  ['Benghazi', 'Banghāzī', 'LY'], ['Tripoli', 'Ţarābulus', 'LY'], ['Misrata', 'Mişrātah', 'LY'], ['Sirte', 'Surt', 'LY'], ['Derna', 'Darnah', 'LY'],
  ['Nineveh', 'Nīnawá', 'IQ'], ['Salahuddin', 'Şalāḩ ad Dīn', 'IQ'], ['Salah al-Din', 'Şalāḩ ad Dīn', 'IQ'], ['Erbil', 'Arbīl', 'IQ'], ['Babil', 'Bābil', 'IQ'],
  ['Karbala', "Karbalā'", 'IQ'], ['Basra', 'Al Başrah', 'IQ'],
  ['Isfahan', 'Eşfahān', 'IR'], ['Sistan and Baluchestan', 'Sīstān va Balūchestān', 'IR'], ['West Azerbaijan', 'Āz̄arbāyjān-e Gharbī', 'IR'],
  ['East Azerbaijan', 'Āz̄arbāyjān-e Sharqī', 'IR'], ['Razavi Khorasan', 'Khorāsān-e Raẕavī', 'IR'], ['North Khorasan', 'Khorāsān-e Shomālī', 'IR'],
  ['South Khorasan', 'Khorāsān-e Jonūbī', 'IR'],
  ['Sanaa', "Şan‘ā'", 'YE'], ['Aden', "'Adan", 'YE'], ['Saada', 'Şā‘dah', 'YE'], ['Hadramawt', 'Ḩaḑramawt', 'YE'], ['Hadramout', 'Ḩaḑramawt', 'YE'],
  ['Marib', "Ma'rib", 'YE'], ['Taiz', 'Tā‘izz', 'YE'], ['Hodeidah', 'Al Ḩudaydah', 'YE'],
  ['Hebron', 'Ak Khalīl', 'PS'], ['Jenin', 'Janīn', 'PS'], ['Ramallah', 'Rām Allāh wal Bīrah', 'PS'], ['Bethlehem', 'Bayt Laḩm', 'PS'],
  ['Jericho', 'Arīḩā wal Aghwār', 'PS'], ['North Gaza', 'Shamāl Ghazzah', 'PS'], ['Deir al-Balah', 'Dayr al Balaḩ', 'PS'],
  ['Lower Shabelle', 'Shabeellaha Hoose', 'SO'], ['Middle Shabelle', 'Shabeellaha Dhexe', 'SO'], ['Lower Juba', 'Jubbada Hoose', 'SO'],
  ['Middle Juba', 'Jubbada Dhexe', 'SO'], ['Benadir', 'Banaadir', 'SO'], ['Hiran', 'Hiiraan', 'SO'],
  ['Far North', 'Extrême-Nord', 'CM'], ['Timbuktu', 'Tombouctou', 'ML'], ['Crimea', 'Avtonomna Respublika Krym', 'UA'],
];

/**
 * A division's noun after its name, in lowercase: "the Donetsk region", "Kaduna state", "Kandahar
 * province", "Arghandab district". Lowercase.
 */
export const DIVISION_NOUNS: readonly string[] = ['region', 'province', 'state', 'district', 'governorate', 'oblast', 'prefecture'];

/** Words that end a place name of county level ("Baltimore County", "Orleans Parish"). Lowercase. */
export const COUNTY_HEADS: ReadonlySet<string> = new Set(['county', 'parish', 'borough', 'township', 'district', 'province', 'region', 'oblast', 'governorate', 'prefecture', 'lga']);

/**
 * Words that open a place's name and no person's: "Fort Riley", "Camp Lejeune", "Mount Vernon",
 * "Lake Charles", "Port Arthur", "Cape Town". Lowercase.
 */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(['fort', 'ft', 'camp', 'mount', 'mt', 'lake', 'port', 'cape']);

/** Words that end a place name of city level or finer ("Oklahoma City", "Main Street"). Lowercase. */
export const CITY_HEADS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'heights', 'springs', 'beach', 'falls', 'harbor', 'port']);

/** Words that end a street or site name: a place finer than a city, never the event's city. Lowercase. */
export const POINT_HEADS: ReadonlySet<string> = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'highway', 'hwy', 'interstate', 'parkway', 'pkwy', 'square', 'park', 'bridge', 'mall', 'plaza', 'airport', 'station', 'apartments', 'court', 'place', 'way', 'circle', 'terrace']);

/**
 * The words of `POINT_HEADS` that end a street's name and no person's: "King Street", "Princess
 * Anne Road" are streets whatever their title words ("Lt. Kenny Park" is a person). Lowercase.
 */
export const STREET_HEADS: ReadonlySet<string> = new Set(['street', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'highway', 'hwy', 'parkway', 'pkwy', 'drive']);

/**
 * Prefixes that translate one another in place names: Russian "Nagorno-" (mountainous) is
 * rendered "Upper", "High" or "Mountainous" ("Nagorno-Karabakh", "Upper Karabakh"). Two names
 * whose prefixes are both in this set and whose rest is the same name are one place. A bare
 * name without the prefix ("Karabakh") stays a different, wider place.
 */
export const TRANSLATED_PREFIXES: ReadonlySet<string> = new Set(['nagorno', 'nagorny', 'nagorny', 'upper', 'high', 'mountainous']);

/** Prepositions before a place ("in Baku", "near Tulsa"): a capitalized name after one that the gazetteer knows is a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'of', 'towards', 'toward']);

/** The prepositions of `PLACE_PREPOSITIONS` that say where something happened ("shot in Tulsa"), not where someone is from or goes. */
export const STRONG_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside']);

/**
 * Words of a violent happening: "in X" after one of them in the same sentence says where it
 * happened ("the shootings in Charenton", "shot a boy in the head last summer in Larose", "the
 * attack on the cattle market in Tamberi").
 *
 * @example
 * EVENT_WORDS.test('opened fire at a barber shop in') === true
 */
export const EVENT_WORDS = /\b(?:shot|shoot|shooting|shootings|shootout|gunfire|gunshots?|gunman|gunmen|opened fire|killed|killing|killings|murder|murders|murdered|slaying|slain|homicide|stabbed|stabbing|wounded|rampage|massacre|standoff|attacks?|attacked|attackers|bombings?|blast|explosion|ambush|ambushed|stormed)\b/i;

/**
 * Places that name where someone was taken or tried, not where the event happened, when they
 * stand right before "in X" ("taken to Harms Memorial Hospital in American Falls", "jailed in",
 * "went on trial in Niamey").
 *
 * @example
 * FACILITY_BEFORE.test('was taken to a hospital ') === true
 */
export const FACILITY_BEFORE = /\b(?:hospital|medical cent(?:er|re)|trauma cent(?:er|re)|clinic|jail|jailed|prison|detention|court|courthouse|courtroom|trial|tried|funeral home|funeral|cemetery|morgue|memorial service|vigil|booked|held|taken|transported|flown|airlifted)\b[^.,;:!?]{0,30}$/i;

/**
 * Countries whose towns English writes with the gazetteer's spelling: an unknown name in a
 * report from one of them is not read as a spelling variant of a town ("Boys" is not Boise).
 */
export const ENGLISH_SPELLED_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);

/** An ordinal in digits right after a name, read at the start of the text after it: "East 79th Street", "S.E. 80th", "Lower 9th Ward". */
export const ORDINAL_AFTER = /^\s+\d{1,3}(?:st|nd|rd|th)\b/;
/** A number in digits, ordinal or not, right after a compass word: "East 79th Street", "East 7 Mile Road", "West 3rd". */
export const STREET_NUMBER_AFTER = /^\s+\d{1,5}(?:st|nd|rd|th)?\b/;

/** Compass words that name a part of a city before its name ("West Philadelphia", "Northeast D.C."). Lowercase. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'downtown', 'central', 'suburban']);

/**
 * Short names of cities the news uses that are no name of the gazetteer: `[short name, the
 * gazetteer's name, its first-level division]`. "D.C." alone is Washington.
 *
 * @example
 * CITY_ALIASES.find((a) => a[0] === 'D.C.')?.[1] === 'Washington, D.C.'
 */
export const CITY_ALIASES: readonly (readonly [string, string, string])[] = [
  ['D.C.', 'Washington, D.C.', 'District of Columbia'],
  ['Washington D.C.', 'Washington, D.C.', 'District of Columbia'],
  ['NYC', 'New York City', 'New York'],
];

/**
 * Country names the news uses that the region names of `Intl.DisplayNames` do not give,
 * with the ISO code they stand for ("USSR" is the former Soviet Union, code SU).
 */
export const COUNTRY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'US'], ['u.s', 'US'], ['u.s.', 'US'], ['usa', 'US'], ['u.s.a.', 'US'], ['america', 'US'], ['united states of america', 'US'],
  ['uk', 'GB'], ['u.k.', 'GB'], ['britain', 'GB'], ['great britain', 'GB'], ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'],
  ['ussr', 'SU'], ['soviet union', 'SU'], ['russian federation', 'RU'], ['turkey', 'TR'], ['holland', 'NL'], ['burma', 'MM'], ['ivory coast', 'CI'], ['czech republic', 'CZ'],
]);

/**
 * English names of cities outside the English-speaking world that GeoNames writes another way:
 * `[English name, the gazetteer's name, ISO country code]` ("Geneva" is Genève, "Basra" Basrah,
 * "Raqqa" Ar Raqqah). Only names no larger place of the English-speaking world has ("Hanover",
 * "Brunswick", "Canton", "Lyons" and "Palmyra" are American towns or names as often).
 *
 * @example
 * CITY_EXONYMS.find((a) => a[0] === 'Geneva')?.[1] === 'Genève'
 */
export const CITY_EXONYMS: readonly (readonly [string, string, string])[] = [
  ['Geneva', 'Genève', 'CH'], ['Basle', 'Basel', 'CH'], ['Berne', 'Bern', 'CH'], ['Lucerne', 'Luzern', 'CH'],
  ['Cologne', 'Köln', 'DE'], ['Nuremberg', 'Nürnberg', 'DE'], ['Frankfurt', 'Frankfurt am Main', 'DE'],
  ['Antwerp', 'Antwerpen', 'BE'], ['Bruges', 'Brugge', 'BE'], ['Ghent', 'Gent', 'BE'], ['Louvain', 'Leuven', 'BE'],
  ['Gothenburg', 'Göteborg', 'SE'], ['Seville', 'Sevilla', 'ES'],
  ['Cracow', 'Kraków', 'PL'], ['Kiev', 'Kyiv', 'UA'], ['Kharkov', 'Kharkiv', 'UA'], ['Lvov', 'Lviv', 'UA'], ['Odesa', 'Odessa', 'UA'],
  ['Zaporizhzhia', 'Zaporizhia', 'UA'], ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'], ['Madras', 'Chennai', 'IN'],
  ['Rangoon', 'Yangon', 'MM'], ['Saigon', 'Ho Chi Minh City', 'VN'], ['Peking', 'Beijing', 'CN'],
  ['Hama', 'Ḩamāh', 'SY'], ['Raqqa', 'Ar Raqqah', 'SY'], ['Raqqah', 'Ar Raqqah', 'SY'], ['Hasakah', 'Al Ḩasakah', 'SY'],
  ['Fallujah', 'Al Fallūjah', 'IQ'], ['Falluja', 'Al Fallūjah', 'IQ'], ['Basra', 'Basrah', 'IQ'],
  ['Hodeidah', 'Al Ḩudaydah', 'YE'], ['Hudaydah', 'Al Ḩudaydah', 'YE'], ['Taiz', 'Ta‘izz', 'YE'],
  ['Mazar-i-Sharif', 'Mazār-e Sharīf', 'AF'], ['Mazar-e-Sharif', 'Mazār-e Sharīf', 'AF'], ['Marawi', 'Marawi City', 'PH'],
  ['Khan Younis', 'Khān Yūnis', 'PS'], ['Khan Yunis', 'Khān Yūnis', 'PS'], ['Gaza City', 'Gaza', 'PS'],
  ['Misrata', 'Mişrātah', 'LY'], ['Misurata', 'Mişrātah', 'LY'], ['Mekelle', "Mek'ele", 'ET'],
];

/**
 * Demonyms that do not end like their country's name (`countryOfDemonym` reads the others:
 * "Iraqi" Iraq, "Kenyan" Kenya, "Nigerian" Nigeria, "Moroccan" Morocco), with the ISO code they
 * stand for.
 */
export const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['afghan', 'AF'], ['argentine', 'AR'], ['british', 'GB'], ['burkinabe', 'BF'], ['congolese', 'CD'], ['czech', 'CZ'], ['danish', 'DK'],
  ['dutch', 'NL'], ['emirati', 'AE'], ['filipino', 'PH'], ['finnish', 'FI'], ['french', 'FR'], ['german', 'DE'], ['greek', 'GR'],
  ['honduran', 'HN'], ['irish', 'IE'], ['ivorian', 'CI'], ['kazakh', 'KZ'], ['kyrgyz', 'KG'], ['lebanese', 'LB'], ['malagasy', 'MG'],
  ['mozambican', 'MZ'], ['nigerien', 'NE'], ['norwegian', 'NO'], ['peruvian', 'PE'], ['polish', 'PL'], ['portuguese', 'PT'], ['salvadoran', 'SV'],
  ['saudi', 'SA'], ['spanish', 'ES'], ['swedish', 'SE'], ['swiss', 'CH'], ['tajik', 'TJ'], ['thai', 'TH'], ['togolese', 'TG'], ['turkish', 'TR'],
  ['turkmen', 'TM'], ['uzbek', 'UZ'],
]);

/**
 * English names of the countries and territories of the gazetteer by ISO 3166-1 alpha-2 code
 * (the names CLDR gives, as `Intl.DisplayNames` would; kept as data, so that no ICU locale data
 * has to be loaded at run time). "SU" is the former Soviet Union.
 *
 * @example
 * COUNTRY_NAMES.get('AZ') === 'Azerbaijan'
 */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['AD', 'Andorra'], ['AE', 'United Arab Emirates'], ['AF', 'Afghanistan'], ['AG', 'Antigua & Barbuda'], ['AI', 'Anguilla'], ['AL', 'Albania'],
  ['AM', 'Armenia'], ['AO', 'Angola'], ['AQ', 'Antarctica'], ['AR', 'Argentina'], ['AS', 'American Samoa'], ['AT', 'Austria'], ['AU', 'Australia'],
  ['AW', 'Aruba'], ['AX', 'Åland Islands'], ['AZ', 'Azerbaijan'], ['BA', 'Bosnia & Herzegovina'], ['BB', 'Barbados'], ['BD', 'Bangladesh'],
  ['BE', 'Belgium'], ['BF', 'Burkina Faso'], ['BG', 'Bulgaria'], ['BH', 'Bahrain'], ['BI', 'Burundi'], ['BJ', 'Benin'], ['BL', 'St. Barthélemy'],
  ['BM', 'Bermuda'], ['BN', 'Brunei'], ['BO', 'Bolivia'], ['BQ', 'Caribbean Netherlands'], ['BR', 'Brazil'], ['BS', 'Bahamas'], ['BT', 'Bhutan'],
  ['BW', 'Botswana'], ['BY', 'Belarus'], ['BZ', 'Belize'], ['CA', 'Canada'], ['CC', 'Cocos (Keeling) Islands'], ['CD', 'Congo - Kinshasa'],
  ['CF', 'Central African Republic'], ['CG', 'Congo - Brazzaville'], ['CH', 'Switzerland'], ['CI', 'Côte d’Ivoire'], ['CK', 'Cook Islands'],
  ['CL', 'Chile'], ['CM', 'Cameroon'], ['CN', 'China'], ['CO', 'Colombia'], ['CR', 'Costa Rica'], ['CU', 'Cuba'], ['CV', 'Cape Verde'],
  ['CW', 'Curaçao'], ['CX', 'Christmas Island'], ['CY', 'Cyprus'], ['CZ', 'Czechia'], ['DE', 'Germany'], ['DJ', 'Djibouti'], ['DK', 'Denmark'],
  ['DM', 'Dominica'], ['DO', 'Dominican Republic'], ['DZ', 'Algeria'], ['EC', 'Ecuador'], ['EE', 'Estonia'], ['EG', 'Egypt'], ['EH', 'Western Sahara'],
  ['ER', 'Eritrea'], ['ES', 'Spain'], ['ET', 'Ethiopia'], ['FI', 'Finland'], ['FJ', 'Fiji'], ['FK', 'Falkland Islands'], ['FM', 'Micronesia'],
  ['FO', 'Faroe Islands'], ['FR', 'France'], ['GA', 'Gabon'], ['GB', 'United Kingdom'], ['GD', 'Grenada'], ['GE', 'Georgia'], ['GF', 'French Guiana'],
  ['GG', 'Guernsey'], ['GH', 'Ghana'], ['GI', 'Gibraltar'], ['GL', 'Greenland'], ['GM', 'Gambia'], ['GN', 'Guinea'], ['GP', 'Guadeloupe'],
  ['GQ', 'Equatorial Guinea'], ['GR', 'Greece'], ['GS', 'South Georgia & South Sandwich Islands'], ['GT', 'Guatemala'], ['GU', 'Guam'],
  ['GW', 'Guinea-Bissau'], ['GY', 'Guyana'], ['HK', 'Hong Kong SAR China'], ['HN', 'Honduras'], ['HR', 'Croatia'], ['HT', 'Haiti'], ['HU', 'Hungary'],
  ['ID', 'Indonesia'], ['IE', 'Ireland'], ['IL', 'Israel'], ['IM', 'Isle of Man'], ['IN', 'India'], ['IQ', 'Iraq'], ['IR', 'Iran'], ['IS', 'Iceland'],
  ['IT', 'Italy'], ['JE', 'Jersey'], ['JM', 'Jamaica'], ['JO', 'Jordan'], ['JP', 'Japan'], ['KE', 'Kenya'], ['KG', 'Kyrgyzstan'], ['KH', 'Cambodia'],
  ['KI', 'Kiribati'], ['KM', 'Comoros'], ['KN', 'St. Kitts & Nevis'], ['KP', 'North Korea'], ['KR', 'South Korea'], ['KW', 'Kuwait'],
  ['KY', 'Cayman Islands'], ['KZ', 'Kazakhstan'], ['LA', 'Laos'], ['LB', 'Lebanon'], ['LC', 'St. Lucia'], ['LI', 'Liechtenstein'], ['LK', 'Sri Lanka'],
  ['LR', 'Liberia'], ['LS', 'Lesotho'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['LV', 'Latvia'], ['LY', 'Libya'], ['MA', 'Morocco'],
  ['MC', 'Monaco'], ['MD', 'Moldova'], ['ME', 'Montenegro'], ['MF', 'St. Martin'], ['MG', 'Madagascar'], ['MH', 'Marshall Islands'],
  ['MK', 'North Macedonia'], ['ML', 'Mali'], ['MM', 'Myanmar (Burma)'], ['MN', 'Mongolia'], ['MO', 'Macao SAR China'],
  ['MP', 'Northern Mariana Islands'], ['MQ', 'Martinique'], ['MR', 'Mauritania'], ['MS', 'Montserrat'], ['MT', 'Malta'], ['MU', 'Mauritius'],
  ['MV', 'Maldives'], ['MW', 'Malawi'], ['MX', 'Mexico'], ['MY', 'Malaysia'], ['MZ', 'Mozambique'], ['NA', 'Namibia'], ['NC', 'New Caledonia'],
  ['NE', 'Niger'], ['NF', 'Norfolk Island'], ['NG', 'Nigeria'], ['NI', 'Nicaragua'], ['NL', 'Netherlands'], ['NO', 'Norway'], ['NP', 'Nepal'],
  ['NR', 'Nauru'], ['NU', 'Niue'], ['NZ', 'New Zealand'], ['OM', 'Oman'], ['PA', 'Panama'], ['PE', 'Peru'], ['PF', 'French Polynesia'],
  ['PG', 'Papua New Guinea'], ['PH', 'Philippines'], ['PK', 'Pakistan'], ['PL', 'Poland'], ['PM', 'St. Pierre & Miquelon'], ['PN', 'Pitcairn Islands'],
  ['PR', 'Puerto Rico'], ['PS', 'Palestinian Territories'], ['PT', 'Portugal'], ['PW', 'Palau'], ['PY', 'Paraguay'], ['QA', 'Qatar'],
  ['RE', 'Réunion'], ['RO', 'Romania'], ['RS', 'Serbia'], ['RU', 'Russia'], ['RW', 'Rwanda'], ['SA', 'Saudi Arabia'], ['SB', 'Solomon Islands'],
  ['SC', 'Seychelles'], ['SD', 'Sudan'], ['SE', 'Sweden'], ['SG', 'Singapore'], ['SH', 'St. Helena'], ['SI', 'Slovenia'],
  ['SJ', 'Svalbard & Jan Mayen'], ['SK', 'Slovakia'], ['SL', 'Sierra Leone'], ['SM', 'San Marino'], ['SN', 'Senegal'], ['SO', 'Somalia'],
  ['SR', 'Suriname'], ['SS', 'South Sudan'], ['ST', 'São Tomé & Príncipe'], ['SV', 'El Salvador'], ['SX', 'Sint Maarten'], ['SY', 'Syria'],
  ['SZ', 'Eswatini'], ['TC', 'Turks & Caicos Islands'], ['TD', 'Chad'], ['TF', 'French Southern Territories'], ['TG', 'Togo'], ['TH', 'Thailand'],
  ['TJ', 'Tajikistan'], ['TK', 'Tokelau'], ['TL', 'Timor-Leste'], ['TM', 'Turkmenistan'], ['TN', 'Tunisia'], ['TO', 'Tonga'], ['TR', 'Türkiye'],
  ['TT', 'Trinidad & Tobago'], ['TV', 'Tuvalu'], ['TW', 'Taiwan'], ['TZ', 'Tanzania'], ['UA', 'Ukraine'], ['UG', 'Uganda'], ['US', 'United States'],
  ['UY', 'Uruguay'], ['UZ', 'Uzbekistan'], ['VA', 'Vatican City'], ['VC', 'St. Vincent & Grenadines'], ['VE', 'Venezuela'],
  ['VG', 'British Virgin Islands'], ['VI', 'U.S. Virgin Islands'], ['VN', 'Vietnam'], ['VU', 'Vanuatu'], ['WF', 'Wallis & Futuna'], ['WS', 'Samoa'],
  ['XK', 'Kosovo'], ['YE', 'Yemen'], ['YT', 'Mayotte'], ['ZA', 'South Africa'], ['ZM', 'Zambia'], ['ZW', 'Zimbabwe'],
  ['SU', 'Soviet Union'],
]);
