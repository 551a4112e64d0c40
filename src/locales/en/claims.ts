/**
 * English word lists for claim rules: which words around a number make it a count of the
 * killed, injured, detained, missing, displaced, of troops or of participants, and which make
 * it a count of something else. Data, not logic: the rules in `stages/extract/claims` read them.
 */

/** Nouns for people (plural and singular). A number followed by one of these counts people. */
export const PERSON_NOUNS = [
  'people', 'persons', 'person', 'civilians', 'civilian', 'residents', 'resident', 'inhabitants',
  'men', 'man', 'women', 'woman', 'children', 'child', 'kids', 'kid', 'boys', 'boy', 'girls', 'girl',
  'teens', 'teen', 'teenagers', 'teenager', 'youths', 'youth', 'adults', 'adult', 'juveniles', 'juvenile',
  'infants', 'infant', 'babies', 'baby', 'toddlers', 'toddler', 'students', 'student', 'victims', 'victim',
  'others', 'other', 'individuals', 'individual', 'bystanders', 'bystander', 'passengers', 'passenger',
  'officers', 'officer', 'deputies', 'deputy', 'troopers', 'trooper', 'policemen', 'policeman',
  'soldiers', 'soldier', 'troops', 'servicemen', 'fighters', 'militants', 'insurgents', 'rebels',
  'protesters', 'protestors', 'demonstrators', 'marchers', 'mourners', 'worshippers', 'workers',
  'employees', 'customers', 'patrons', 'guests', 'shoppers', 'pedestrians', 'motorists', 'drivers',
  'suspects', 'suspect', 'gunmen', 'gunman', 'shooters', 'shooter', 'attackers', 'assailants',
  'perpetrators', 'intruders', 'burglars', 'robbers', 'carjackers', 'thieves', 'snipers', 'accomplices', 'kidnappers',
  'hijackers', 'looters', 'rioters', 'bombers', 'militiamen', 'gunwomen',
  'males', 'male', 'females', 'female', 'relatives', 'family members', 'siblings', 'brothers', 'sisters',
  'sons', 'daughters', 'friends', 'neighbors', 'neighbours', 'refugees', 'detainees', 'prisoners',
  'hostages', 'citizens', 'nationals', 'villagers', 'farmers', 'journalists', 'doctors', 'nurses',
  'firefighters', 'agents', 'guards', 'members', 'supporters', 'participants', 'fans', 'spectators',
  'teachers', 'pupils', 'minors', 'elderly', 'dead', 'wounded', 'injured', 'fatalities', 'casualties',
  'deaths', 'homicides', 'murders', 'arrests', 'detentions', 'souls', 'lives', 'bodies',
] as const;

/**
 * Plural nouns for things that are not people: a number followed by one of these is never a
 * casualty or participant claim ("three non-working days", "five directions", "thousands of rallies").
 */
export const NON_PERSON_NOUNS = [
  'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'hours', 'hour', 'minutes', 'minute',
  'seconds', 'decades', 'centuries', 'nights', 'night', 'times', 'directions', 'rallies', 'rally',
  'demonstrations', 'protests', 'meetings', 'shots', 'shot', 'rounds', 'round', 'bullets', 'bullet',
  'casings', 'shell', 'shells', 'guns', 'gun', 'weapons', 'rifles', 'pistols', 'handguns', 'firearms',
  'cars', 'car', 'vehicles', 'vehicle', 'tanks', 'buses', 'trucks', 'homes', 'home', 'houses', 'house',
  'buildings', 'blocks', 'block', 'miles', 'mile', 'feet', 'foot', 'yards', 'meters', 'metres',
  'kilometers', 'kilometres', 'km', 'dollars', 'dollar', 'cents', 'points', 'percent', 'per', 'counts',
  'count', 'charges', 'charge', 'cases', 'case', 'incidents', 'incident', 'shootings', 'shooting',
  'attacks', 'crimes', 'calls', 'call', 'pages', 'articles', 'stories', 'photos', 'videos', 'votes',
  'seats', 'districts', 'regions', 'cities', 'towns', 'villages', 'countries', 'republics', 'states',
  'streets', 'roads', 'floors', 'rooms', 'schools', 'hospitals', 'ambulances', 'games', 'goals',
  'grams', 'pounds', 'kilograms', 'ounces', 'degrees', 'lanes', 'exits', 'units', 'gallons',
  'languages', 'laws', 'bills', 'steps', 'stages', 'phases', 'episodes', 'issues', 'questions',
  'reasons', 'ways', 'things', 'items', 'tips', 'leads', 'warrants', 'felonies', 'misdemeanors',
  // animals: "108,780 deer had been killed", "40 cattle were stolen"
  'deer', 'animals', 'animal', 'dogs', 'dog', 'cats', 'cat', 'birds', 'cattle', 'cows', 'sheep', 'goats', 'horses',
  'pigs', 'chickens', 'livestock', 'fish', 'wolves', 'bears', 'elk', 'turkeys', 'geese', 'ducks', 'camels', 'donkeys',
] as const;

/**
 * Taken to hospital with their injuries ("was rushed to the hospital with non-life-threatening
 * injuries", "were taken to local hospitals with minor wounds"): injured. Not "with gunshot wounds",
 * which tells the people shot, fatally or not.
 */
const TO_HOSPITAL_WITH_INJURIES = String.raw`(?:taken|rushed|transported|airlifted|flown|transferred)\s+to\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|medical cent(?:er|re)s?|trauma cent(?:er|re)s?)\s+with\s+(?!(?:[\w-]+\s+){0,2}?(?:gunshot|bullet)\b)(?:[\w-]+\s+){0,3}?(?:injuries|injury|wounds?)`;

/** Killed: a death stated after the number ("130 civilians died", "were shot dead"). */
export const KILLED_AFTER =
  /^(?:[^.;:]{0,60}?\b)?(?:were|was|have been|has been|had been|are|is|got|being)?\s*(?<!\b(?:a|an|the|his|her|their|its|this|that)\s+)(?:(?:shot|gunned|stabbed|beaten)\s+(?:and\s+)?(?:killed|dead|to death)|(?:fatally|mortally)(?:\s+(?:shot|wounded|injured|stabbed))?|killed|slain|murdered|executed|massacred|martyred|butchered|lynched|beheaded|gunned down|burn(?:t|ed) (?:alive|to death)|(?:stoned|beaten|tortured|hacked|clubbed|shot) to death|dead|died|die|dies|dying|perished|lost (?:their|his|her) lives?|lost (?:their|his|her) life|were among the dead|became victims|fell victims?|(?:pronounced|declared) (?:dead|deceased)|succumbed|did not survive|didn't survive|deceased|neutrali[sz]ed)\b/;

/** What a toll's update raises or brings, as a pattern source: "the (military) death toll", "the number of people killed" (`KILLED_BEFORE`, and the update rule's `UPDATE`). */
export const TOLL_OBJECT_SOURCE = String.raw`(?:the|its|their)\s+(?:[\w-]+\s+)?(?:(?:death\s+)?toll|number of (?:the )?(?:people |persons |those |civilians )?(?:killed|dead|deaths|fatalities))`;

/**
 * What a toll or a number of the killed or injured did before its number: rose to, stands at, was
 * revised to, fell to, exceeded ("the death toll rose to 3", "the number of injured was revised
 * to 61"). One list for `KILLED_BEFORE` and `INJURED_BEFORE`.
 */
const TOLL_VERB = String.raw`(?:rose|rises|risen|climbed|climbs|jumped|increased|reached|reaches|stands|stood|was|is|grew|grows|(?:revised|raised|lowered|updated|adjusted|corrected|reduced|put|placed|set|estimated)(?: up(?:ward)?| down(?:ward)?| again)? (?:to|at)|fell|falls|dropped|declined|decreased|exceeds|exceeded|surpassed|surpasses|topped)`;

/**
 * Killed: a death stated before the number ("killed 141", "shot dead two protesters", "gunned down
 * five villagers", "the death toll rose to 3", "the number
 * of people killed in the strike has risen to 34", "raising the death toll to two", "massacre of
 * 130", "the death toll was later revised to 23", "the toll fell to 20", "the number of those who died
 * that night exceeds 130", "the dead numbered 147"). Note: a toll's subject may be long ("the death toll from a shooting at the Copper Lantern
 * bar on the city's South Side rose to three").
 */
export const KILLED_BEFORE =
  new RegExp(String.raw`\b(?:(?:also|among (?:the|those)) (?:dead|killed|slain|fatalities)(?: in the (?:[\w'’-]+ ){0,2}?(?:shooting|attack|incident|blast|explosion|bombing|strike|raid|ambush))? (?:were|was)|(?:dead|killed|fatalities) (?:included|include|includes)(?: (?:a|an|one|the) (?:[\w'’-]+ ){0,2}?[\w'’-]+,? and)?|killed|killing|kills|kill|(?:shot|shooting|shoots) dead|gunned down|gunning down|guns down|neutrali[sz](?:ed|ing)|slaughtered|massacred|massacre of|murder of|murdering|murdered|deaths? of|bodies of|(?:put|puts|putting|placed|places|estimated|estimates|set|sets) (?:the |its |their )?(?:[\w-]+['’]s )?(?:death )?toll(?: [\w'’-]+){0,5}? at|number of (?:the )?(?:people |persons |those |civilians )?(?:killed|dead|deaths|fatalities|who (?:died|were killed|lost their lives))(?: [\w'’-]+){0,5}? at|death toll (?:of|at|is|was)|(?:rais|bring|brought|push|took|tak)\w*\s+${TOLL_OBJECT_SOURCE}(?:,?\s+[\w'’-]+){0,8}?\s+to|(?:toll|number of (?:the )?(?:people |persons |those |civilians )?(?:killed|dead|deaths|fatalities|who (?:died|were killed|lost their lives)))\b[^.;:]{0,100}?\b(?:hit|hits|${TOLL_VERB})(?: to| at)?|(?:dead|deaths|fatalities) numbered|claimed the lives of|took the lives? of|lives of|leaving|left|leaves|buried|burying|buries|bury|neutrali[sz](?:ed|ing)["”’'])\s*$`);

/**
 * A patient's condition as hospitals and police state it: "in critical condition", "in critical but
 * stable condition", "in serious but stable condition", "in temporary serious condition" (Detroit
 * police), "in extremely critical condition".
 */
export const IN_CONDITION = String.raw`in\s+(?:(?:temporary|extremely|very|guarded|critical|serious|stable|fair|grave)\s+(?:but\s+|and\s+)?)?(?:critical|serious|stable|fair|good|grave|guarded)\s+condition`;

/**
 * Injured: stated after the number ("700 wounded", "were hurt"). Note: a bare "gunshot wound" is
 * the mark of being shot, fatally or not ("four victims who had sustained gunshot wounds", one of
 * whom died): it counts the shot (`SHOT_AFTER`); a wound said to be minor, non-life-threatening or
 * treated is an injury.
 */
export const INJURED_AFTER =
  new RegExp(String.raw`^(?:[^.;:]{0,60}?\b)?(?:were|was|have been|has been|had been|are|is|got|being)?\s*(?<!\b(?:a|an|the|his|her|their|its|this|that)\s+)(?:(?:shot|stabbed)\s+(?:and\s+)?(?:wounded|injured)|wounded|injured|hurt|hospitalized|hospitalised|treated for (?:gunshot )?(?:wounds|injuries)|treated (?:at|in) (?:an? |the )?(?:[\w'’-]+ ){0,3}?hospitals?|(?:suffered|sustained|received)\s+(?!(?:(?:an?|multiple|several|apparent)\s+)?(?:gunshot|bullet)\s+wounds?\b)(?:[\w-]+\s+){0,3}?(?:injuries|wounds?)|(?:non-?\s?life[- ]threatening|minor|serious|critical|graze)(?: gunshot)? (?:injuries|wounds)|gunshot injuries|(?:listed )?${IN_CONDITION}|among (?:the|those) (?:wounded|injured|hurt)|${TO_HOSPITAL_WITH_INJURIES}|(?:receiving|being given|getting) (?:medical )?treatment|(?:being|been) treated (?:at|in) (?:an? |the )?(?:[\w'’-]+ ){0,3}?hospitals?)\b`);

/**
 * A status of some of the injured, not their number: "two remain hospitalized", "four were listed
 * in critical condition", "one was treated and released". Such a count is a lower bound.
 */
export const INJURED_STATUS_AFTER = new RegExp(
  String.raw`^(?:[^.;:]{0,60}?\b)?(?:were|was|are|is|remain|remains|remained|still)?\s*(?:listed |reported |still )?(?:${IN_CONDITION}|hospitalized|hospitalised|in the hospital|treated and released|recovering)\b`,
);
export const INJURED_TRUE_WORD = /\b(?:wounded|injured|hurt|shot|wounds|injuries)\b/;

/**
 * Injured: stated before the number ("wounding 3", "injuring four", "wounding of hundreds of"), and
 * inverted: "Also injured in the shooting were three men".
 */
export const INJURED_BEFORE = new RegExp(String.raw`\b(?:wounding|injuring|wounded|injured|injures|wounds|hurts|hurting|wounding of|injuries to|injuring of)\s*$|\b(?:wounded|injured) (?:included|include|includes)(?:\s+(?:a|an|one|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+and)?\s*$|\bnumber of (?:the )?(?:people |persons |those )?(?:injured|wounded|hurt|who were (?:injured|wounded|hurt))(?: [\w'’-]+){0,5}? at\s*$|\bnumber of (?:the )?(?:people |persons |those )?(?:injured|wounded|hurt|who were (?:injured|wounded|hurt))\b[^.;:]{0,60}?\b${TOLL_VERB}(?: to| at)?\s*$|\b(?:the )?(?:injured|wounded) numbered\s*$|\b(?:also|among the) (?:injured|wounded|hurt)(?: in the (?:shooting|attack|incident))? (?:were|was)\s*$`);

/**
 * Shot (fatally or not): "four people were shot", "two males with gunshot wounds", and headlines
 * without the verb "be": "5 shot in Brooklyn park", "3 people shot, 1 dead". Used to derive the
 * injured (shot minus killed). Not people "shot at" (targets, not hit: "were shot at by a gunman",
 * "shot at five people, hitting two"), nor the people inside a thing "it" was shot ("Five people
 * were in the car when it was shot at").
 */
export const SHOT_AFTER =
  /^(?:[^.;:]{0,60}?\b)?(?<!\b(?:it|which)\s)(?:were|was|have been|has been|had been|got|being)\s+(?:(?:also|all|accidentally|accidently|allegedly|reportedly|apparently|both)\s+){0,2}(?:found\s+)?(?:shot|stabbed|knifed|struck by (?:gunfire|bullets)|hit by (?:gunfire|bullets|stray bullets))\b(?!\s+(?:and\s+)?(?:killed|dead|to death|wounded|injured)|\s+at\s+by\b|\s+at\s*[.,;])|^(?:[^.;:]{0,60}?\b)?(?:with|suffered|sustained|received|suffering|had)\s+(?:(?:multiple|several|apparent)\s+)?gunshot wounds?\b|^(?:\s+[\w'’-]+){0,2}?\s+shot\b(?=\s+(?:in|on|near|during|outside|inside|after|while)\b|\s+at\b(?!\s+by\b|\s*[.,;])|\s*[,;:]|\s*$)|^(?:\s+[\w'’-]+){1,2}?\s+shot(?=\s*\.)/;
/** "shot 3 before fleeing", "opened fire, hitting four people"; not "shot" the noun ("a single shot 223", "a warning shot"), which counts no one. */
export const SHOT_BEFORE = /\b(?:(?<!\b(?:a|an|the|one|single|warning|fatal|first|last|kill|final)[\s-])shot|shooting|shootings of|stabbed|stabbing|stabbings of|(?:opened fire|firing|fired)(?:\s+[\w'’-]+){0,4}?,?\s+(?:hitting|striking))\s*$/;

/** A jail or a detention centre, by its name's head ("the Wexley County Jail", "the county detention center"). */
const JAIL = String.raw`(?:[Jj]ail|[Dd]etention (?:[Cc]enter|[Cc]entre|[Ff]acility)|[Cc]orrectional (?:[Cc]enter|[Cc]entre|[Ff]acility))`;

/**
 * Held as one accused, where "held" alone may be a hostage or a vigil: "held without bond", "held on
 * a $50,000 bond", "held in lieu of bail", "held on charges of murder", "held in connection with the
 * shooting". And taken to a jail: "was taken to jail", "transported to the Franklin County jail".
 */
const HELD_ACCUSED = String.raw`(?:held\s+(?:without\s+(?:bond|bail)|on\s+(?:an?\s+)?(?:\$[\d,.]+(?:\s+(?:million|thousand))?\s+)?(?:[\w-]+\s+){0,2}?(?:bond|bail)|in lieu of|on (?:charges?|suspicion|counts?) of|in connection with)|(?:taken|transported|brought|sent)\s+(?:in)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?${JAIL})`;

/** Detained: "about 400 people were detained", "arrested two men". */
export const DETAINED_AFTER = new RegExp(
  String.raw`^(?:[^.;:]{0,60}?\b)?(?:were|was|have been|has been|had been|are|is|got|being)?\s*(?<!\b(?:will|would|could|may|might|to|not|never)\s+(?:be|been)\s+)(?:arrested|detained|taken into (?:police )?custody|apprehended|booked|jailed|imprisoned|charged|indicted|captured|rounded up|held (?:for questioning|in custody|by (?:the )?(?:police|authorities|officers|investigators|security forces))|(?<!\b(?:was|is)\s+(?:being\s+)?)${HELD_ACCUSED}|behind bars|remanded (?:in|into) custody|surrendered|turned themselves in)\b|^(?:[^.;:]{0,60}?\b)?(?:were|was|have been|has been|had been|are|is|remain|remains|remained)\s+(?:(?:now|still|currently|both|all)\s+)?(?:in (?:police )?custody|under arrest)\b|^(?:\s+[\w'’-]+){0,2}?\s+(?:in (?:police )?custody|under arrest|into (?:police )?custody)\b|^(?:[^.;:]{0,60}?\b)?(?:are|is|remain|remains|remained)\s+(?:(?:still|now|currently)\s+)?(?:(?:being\s+)?held\s+(?:at|in)\s+|in\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,4}?${JAIL}\b`,
);
export const DETAINED_BEFORE = /\b(?:arrested|arresting|arrests|detained|detaining|apprehended|apprehending|charged|indicted|jailed|rounded up|arrest of|detention of|(?<!\b(?:video|videos|camera|cameras|footage|photos?|images?|surveillance|recordings?|cellphones?|phones?|lens)\s+(?:[\w'’-]+\s+){0,2})(?:captured|capturing))\s*$/;

/**
 * Missing: "five people are missing", "52 people were still in the hands of the bandits", "12 remain
 * in captivity"; not those freed since in the same clause ("Three guards were briefly held hostage
 * and later freed unharmed").
 */
export const MISSING_AFTER =
  /^(?:[^.;:]{0,40}?\b)?(?:were|was|have been|has been|had been|are|is|remain|remained|remains|still)?\s*(?:(?:still\s+)?(?:missing|unaccounted for|disappeared|vanished|abducted|kidnapped|(?:taken|carried|led|whisked) away|taken (?:hostage|captive)|held (?:hostage|captive)|in captivity|in the hands of (?:the |their )?(?:bandits|kidnappers|abductors|captors|gunmen|militants|insurgents|jihadists|terrorists|rebels|attackers))|(?:still\s+)?(?:trapped|buried) (?:under|beneath|in) (?:the\s+)?(?:rubble|debris|wreckage|collapsed))\b(?![^.;]{0,60}?\b(?:freed|released|rescued|escaped|unharmed|found alive|returned home)\b)/;

/** Missing: taken, stated before the number ("abducting about 40 others", "Gunmen abduct 40 villagers", "the kidnapping of 12 pupils"). */
export const MISSING_BEFORE = /\b(?:abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?|abduction of|kidnapping of|took hostage|taking hostage|seized as hostages)\s*$/;

/**
 * Places and troubles that people flee from when they are displaced: "fled their homes", "fled the
 * fighting", "fled the country", "fled to Armenia", "fled across the border". Not a getaway: "two
 * suspects fled the scene", "the men fled in a silver SUV", "fled to a waiting car", "bystanders fled
 * across the avenue". Note: matched in lowercase, so "fled to" takes any word but an article, a
 * possessive or "nearby" ("fled to armenia", "fled to safety").
 */
const FLED_FROM = String.raw`fled\s+(?:(?:from|out of)\s+)?(?:(?:their|his|her|its)\s+(?:\w+\s+)?(?:homes?|houses?|villages?|towns?|cities|city|country|homeland|land|region)|the\s+(?:\w+\s+)?(?:country|region|province|city|town|village|villages|area|fighting|violence|war|conflict|shelling|bombing|bombardment|massacres?|pogroms?|persecution|unrest|clashes|offensive|occupation)|to\s+(?:the\s+(?:neighbou?ring|border|mountains|hills|countryside|forests?|woods|capital))|(?:to|into)\s+(?!(?:the|a|an|his|her|their|its|this|that|a|waiting|nearby|foot)\b)[\w'’-]+|across\s+the\s+border|abroad|the\s+border)`;

/**
 * Residents who have fled, with no place named: "2,000 residents have fled since the attack", "the
 * 2,000 villagers who fled". Note: only residents and the like, in the perfect or a relative clause:
 * "two suspects fled" is a getaway.
 */
const RESIDENTS_FLED = String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:residents|people|families|villagers|civilians|inhabitants|households|locals)\s+(?:who\s+(?:have\s+|had\s+)?|(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?)fled`;

/** Residents who left their homes: "1,200 residents left their homes" (not "two people left their home" for work). */
const RESIDENTS_LEFT = String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:residents|families|villagers|inhabitants|households)\s+(?:have\s+|had\s+)?(?:left|abandoned)\s+(?:their\s+)?(?:homes|houses|villages)`;

/** Displaced: "the expulsion of 200,000", "10,000 people fled their homes". */
export const DISPLACED_AFTER = new RegExp(
  String.raw`${RESIDENTS_FLED}\b|^(?:[^.;:]{0,60}?\b)?(?:were|was|have been|has been|had been|are|is)?\s*(?:displaced|expelled|deported|evacuated|${FLED_FROM}|forced (?:to flee|out|from)|driven (?:out|from)|(?:made|left|rendered) homeless|became refugees)\b|${RESIDENTS_LEFT}\b`,
);
export const DISPLACED_BEFORE =
  /\b(?:expulsion (?:\w+\s){0,4}of|expelled|deportation of|deported|displacement of|displaced|evacuation of|evacuated|exodus of|forced out|forced|forcing)\s*$/;
/** "forcing 3,000 people to flee": what "forced" before a count displaces (not "forced two men to the ground"). */
export const TO_FLEE_AFTER = /^\s+(?:to\s+(?:flee|leave\s+(?:their|his|her)\s+(?:homes?|houses?|villages?|towns?|land))|(?:out\s+of|from)\s+(?:their|his|her)\s+(?:homes?|houses?|villages?|towns?|land))\b/;

/**
 * Troops: "26,000 troops", "twenty six thousand strong Soviet troops", "an army of 26,000". Police
 * count as troops only when deployed ("500 riot police were deployed", "a 2,000-strong police
 * force"; see `POLICE_NOUN`): "several police officers responded" and "wounded two police officers"
 * count the police who responded or were hurt.
 */
export const TROOP_NOUN = /^\s*(?:-?\s*strong\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:troops|soldiers|servicemen|paratroopers|marines|tanks crews|military personnel|national guardsmen|guardsmen)\b/;
/** Police as a count's head: troops only with a strength word before it or a deployment verb after it (`TROOP_VERB_AFTER`). */
export const POLICE_NOUN = /^\s*(?:-?\s*(?<strong>strong)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:police officers|riot police|policemen|police|officers|personnel)\b/;
export const TROOP_GROUP_BEFORE = /\b(?:army|group|force|forces|contingent|troops|unit|units|column|division|brigade|corps) (?:of|numbering)\s*$/;
export const TROOP_VERB_AFTER = /^(?:[^.;]{0,80}?\b)(?:entered|invaded|deployed|stormed|marched into|moved into|rolled into|were deployed|were sent|were brought)\b/;

/**
 * Gatherings that people attend or come to: "attended a vigil", "came to the block party". Not a
 * school, a house or a scene: "the children attended Lincoln Elementary", "came to his house".
 */
const GATHERING = String.raw`(?:(?:a|an|the|their|his|her|this|that|its|[\w'’-]+['’]s)\s+)?(?:[\w.'’-]+\s+){0,5}?(?:rall(?:y|ies)|vigils?|funerals?|memorials?|protests?|marche?s?|demonstrations?|parades?|services?|ceremon(?:y|ies)|events?|part(?:y|ies)|festivals?|concerts?|games?|celebrations?|meetings?|gatherings?|show|fireworks|cookout|barbecue|picnic|wake|procession|commemorations?|mass)\b`;

/** Why people come to a place when they gather: "come to the alley to honor the memory", "came out to protest". */
const GATHERING_PURPOSE = String.raw`(?:honou?r|mourn|commemorate|remember|protest|pay (?:tribute|respects|homage)|lay (?:flowers|wreaths)|demand|rally|march|support|celebrate|watch|see|hear|show (?:their )?(?:support|solidarity))\b`;
/** Coming to a gathering or a place for one: "came to the block party", "come to the alley of the martyrs to honor them" (not "came to his house to attack him"). */
const CAME_TO = String.raw`(?:came|come) (?:out )?to\s+(?:${GATHERING}|${GATHERING_PURPOSE}|[^.;:]{0,60}?\bto\s+${GATHERING_PURPOSE})`;

/** Participants: gatherings of people. */
export const PARTICIPANTS_AFTER = new RegExp(
  String.raw`^(?:[^.;:]{0,60}?\b)?(?:gathered|rallied|marched|protested|demonstrated|attended\s+${GATHERING}|attended(?=\s*(?:[.;,!?]|$))|accompanied|took part|took to the streets|turned out|joined|${CAME_TO}|assembled|participated|filled (?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:streets|squares?|plaza|stadium|arena|church|hall|park|field|auditorium|sanctuary|room|gym|chapel|pews)\b|flocked|mourned|held a vigil)\b`,
);
export const PARTICIPANTS_BEFORE = /\b(?:crowd of|crowds of|rally of|gathering of|march of|protest of|demonstrations? (?:held )?(?:\w+\s){0,4}with|attended by|joined by|vigil of)\s*$/;

/**
 * A crowd's size as an estimate, right before the number: "put the crowd at", "the turnout was
 * estimated at", "estimated the number of protesters at". The number counts people present even
 * without a noun after it. Read on the sentence up to the number.
 */
export const CROWD_ESTIMATE_BEFORE =
  /\b(?:(?:put|puts|putting|estimated|estimates|estimating|placed|places|pegged|pegs)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:crowds?|turnout|attendance|numbers? of (?:protesters|demonstrators|participants|marchers|mourners|people))(?:\s+size)?\s+at|(?:crowds?|turnout|attendance)(?:\s+size)?\s+(?:was\s+|were\s+|is\s+|had been\s+|has been\s+)?(?:estimated|put|placed|pegged)\s+at)\s*$/i;
/**
 * The other side's estimate later in a sentence of a crowd's size ("organisers put the crowd at
 * 40,000; police estimated 12,000", "..., while organisers said 8,000"), read on the sentence up to
 * the number (the estimate follows another number): only for a number no other cue claims.
 */
export const CROWD_OTHER_ESTIMATE_BEFORE =
  /\b(?:crowds?|turnout|attendance)\b[^.]{0,80}?[;,]\s*(?:while\s+|but\s+|and\s+|whereas\s+)?(?:the\s+)?(?:police|authorities|officials|organi[sz]ers|the government|(?:[\w'’-]+\s+)?(?:ministry|officials|organi[sz]ers))\s+(?:had\s+|have\s+)?(?:estimated|said|counted|claimed|put it at|put the figure at|put the number at)?\s*$/i;
/**
 * The other side's estimate after a count of participants in the same sentence, with no crowd word
 * ("50,000 people attended the rally, while police put the figure at 20,000"; the verb may be read
 * as the number's qualifier: "but police estimated 2,000").
 */
export const OTHER_SIDE_ESTIMATE_BEFORE =
  /[;,]\s*(?:while\s+|but\s+|and\s+|whereas\s+)?(?:the\s+)?(?:police|authorities|officials|organi[sz]ers|the government|(?:[\w'’-]+\s+)?(?:ministry|officials|organi[sz]ers))\s+(?:had\s+|have\s+)?(?:estimated|said|counted|claimed|put (?:it|the figure|the number|the crowd|the turnout|attendance) at)?\s*$/i;
/** Words of a crowd's size: what a sentence holds before `CROWD_ESTIMATE_BEFORE` is tried on it. */
export const CROWD_WORD = /\b(?:crowds?|turnout|attendance|numbers? of (?:protesters|demonstrators|participants|marchers|mourners))\b/i;

/**
 * Nouns that name the kind themselves: "14 deaths", "three fatalities", "two arrests". A number
 * counting one of these is a claim of that kind even with no verb.
 */
export const HEAD_KIND: Readonly<Record<string, 'killed' | 'injured' | 'detained'>> = {
  deaths: 'killed', dead: 'killed', fatalities: 'killed', bodies: 'killed',
  killed: 'killed', injuries: 'injured', wounded: 'injured', injured: 'injured', arrests: 'detained', detentions: 'detained', detainees: 'detained',
};

/**
 * A partitive or inclusive count is a part of another count ("two of the wounded died", "including
 * one man"), and so is the next item of its list ("including 41 women and 29 children"); not a
 * count after the comma that closes the list ("including the suspect, and six others were injured").
 */
export const PARTITIVE_AFTER = /^\s*(?:of (?:the|them|those|whom|which|these)\b|(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\b)/i;
export const PARTITIVE_BEFORE = /\b(?:including|among them|among whom|of whom|of which)(?:(?:\s+[\w'’-]+){1,4}?\s+and)?\s*$|\bamong (?:the|those) (?:[\w'’-]+\s+){1,6}?(?:were|was)\s*$|\b(?:dead|killed|fatalities|wounded|injured|victims) (?:included|include|includes)(?:\s+(?:a|an|one|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,?\s+and)?\s*$/i;

/**
 * Detentions that are not arrests: "detained for questioning", "people of interest", "detained
 * ... but later released" (a release on bond or bail follows an arrest and does not count here),
 * and rewards for an arrest to come: "information leading to the identification and arrest of a suspect".
 */
export const NOT_ARREST = /\b(?:for (?:further |additional |more )?questioning|(?:persons?|people) of interest|(?:later|since|been|were|was|and|but|then) released\b(?! on (?:bond|bail))|leading to (?:the |an )?(?:[\w-]+ and )?(?:arrests?|conviction)\b)/i;
/**
 * A person's record of arrests, not arrests in the event: "the suspect has four prior arrests",
 * "he has at least five arrests dating back to 2010", "a suspect with three previous arrests". Read
 * around a number whose head noun is "arrests": `RECORD_ARRESTS_BEFORE` in the lowercase words
 * before it, `RECORD_ARRESTS_AFTER` in those after it.
 */
export const RECORD_ARRESTS_BEFORE = /\b(?:has|had|have had|has had)\s+$/;
export const RECORD_ARRESTS_AFTER = /^\s+(?:(?:prior|previous|past|earlier|former)\s+(?:[\w-]+\s+)?arrests\b|(?:[\w-]+\s+)?arrests\s+(?:dating back|going back|since (?:19|20)\d\d|in (?:the past|the last|his|her)\b|on (?:his|her|their) record|over the (?:years|past)))/;

/**
 * Arrests of a police operation over many people, not of the event: "twelve people were taken
 * into custody in a law enforcement operation targeting gangs", "a police operation resulted in
 * 20 arrests", "three men arrested during a drug bust". A detained claim whose
 * sentence holds one of these is about another happening.
 */
export const OPERATION_ARRESTS = /\b(?:(?:drug|gun|gang|narcotics|warrant|prostitution|immigration)\s+(?:busts?|sweeps?|raids?|crackdowns?|operations?|roundups?|stings?)\b|(?:sweeps?|crackdowns?|roundups?|stings?)\s+(?:on|against|targeting|for (?:illegal|drugs|guns|weapons|firearms|narcotics|gangs?)\b)|(?:operations?|sweeps?|crackdowns?|roundups?|stings?)\s+(?:focused on|targeting|aimed at|(?:that )?(?:netted|resulted in|led to)\s+(?:\S+\s+){0,2}?arrests\b)|law enforcement operations?\b)/i;

/**
 * Combatants counted right after a number of killed ("killed 25 \"terrorists\"", "30 militants were
 * killed"), and the operations of the forces who fight them ("in air strikes after the attacks",
 * "in a counter-terrorism operation"): such a toll is of the forces' operation, not of the attack
 * the report is about (see `operationScope`).
 */
const COMBATANT_NOUNS = String.raw`(?:terrorists?|militants?|insurgents?|jihadists?|rebels?|bandits?|fighters|extremists?|assailants?|attackers?|raiders|gunmen|kidnappers)`;
export const COMBATANTS_AFTER = new RegExp(String.raw`^\s*["“‘']?(?:of\s+(?:(?:the|their|those)\s+)?)?(?:(?:suspected|alleged|armed|islamist|jihadist|enemy)\s+)?${COMBATANT_NOUNS}\b`, 'i');
/**
 * Combatants named before a number of killed that counts part of "them": "Troops later engaged the
 * gunmen, killing three of them" (`THEM_AFTER` right after the number).
 */
export const COMBATANTS_NAMED = new RegExp(String.raw`\b${COMBATANT_NOUNS}\b`, 'i');
export const THEM_AFTER = /^\s*of\s+them\b/i;
/**
 * The forces as the ones who killed, before the number: "troops killed 11 of the assailants", "the
 * army said it had killed 11", "police shot dead two of the attackers"; or a verb only forces use
 * of the people they killed ("Eleven terrorists were neutralised").
 */
export const FORCES_KILLED_BEFORE = /\b(?:troops|soldiers|(?:the\s+)?army|(?:the\s+)?military|security forces|(?:defen[cs]e and security )?forces|police|officers|gendarmes|commandos)\b(?:\s+(?:said|says|reported|announced)\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)?[^.;]{0,30}?\b(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|shot dead|eliminated)["”’']?\s*$|\b(?:troops|(?:the\s+)?army|(?:the\s+)?military|security forces|forces)\s+(?:says?|said|claims?|claimed)\s*$|\b(?:the\s+)?(?:army|military)\s+(?:said|says|claimed|claims|announced)\b[^.;]{0,100}?\b(?:killed|killing|neutrali[sz]ed|eliminated)\s*$/i;
export const NEUTRALISED = /\bneutrali[sz]ed\b/i;
export const FORCES_OPERATION = /\b(?:air\s?strikes?|drone strikes?|(?:military|security|army|counter-?terrorism|counter-?insurgency|clearance|mop-up)\s+operations?|counter-?(?:attacks?|offensives?|operations?)|retaliatory (?:strikes?|raids?|operations?)|(?:military|army|security forces'?)\s+raids?)\b/i;

/** A detention asked about, not stated: "police did not say whether the shooter was arrested". */
export const ASKED_BEFORE = /\b(?:whether|if)\b[^.;,]{0,40}$/i;

/** Zero claims: "no one was hurt", "no arrests have been made", "no injuries were reported". */
export const ZERO_KILLED = /\b(?:no one|nobody|no-one|none|no (?:one )?else|no other (?:people|persons|one))\s+(?:(?:else|other)\s+)?(?:was|were|has been|had been|is|got)\s+(?:killed|fatally)|\bno (?:deaths|fatalities|one died|one was killed)\b|\bno (?:other )?(?:deaths|fatalities) (?:were|have been|had been)? ?(?:reported|confirmed)/i;
/**
 * Words that set a wounded person apart from the dead: signs they survived ("in stable condition",
 * "treated and released", "non-life-threatening injuries", "is recovering", "was hospitalized for
 * two days") or words that make them another victim ("the other victim", "a second man", "the
 * surviving brother"). Read in the sentence of an injured person a report describes (see
 * `mayBeKilled` in reconcile).
 */
export const SURVIVED = /\b(?:(?:stable|fair|good|satisfactory|improving) condition|treated and released|released from (?:the )?hospital|non-?life[- ]threatening|not life[- ]threatening|minor (?:injur(?:y|ies)|wounds?)|(?:expected|likely) to (?:survive|recover|live|be (?:ok|okay|all right))|(?:is|was|are|were|been) recovering|survived|surviving|survivors?|the other (?:victim|man|woman|person)|(?:another|a second|a third) (?:man|woman|person|victim|boy|girl|teen)|hospitali[sz]ed for (?:\w+ ){1,2}(?:days?|weeks?))\b/i;

export const ZERO_INJURED = /\b(?:no one|nobody|no-one|none|no (?:one )?else|no other (?:people|persons|one))\s+(?:(?:else|other)\s+)?(?:of them\s+)?(?:was|were|has been|had been|is|got)\s+(?:physically\s+)?(?:hurt|injured|wounded|hit|struck|harmed)|\bno (?:other )?(?:injuries|one was hurt|one was injured|one was harmed)\b|\bnone of (?:them|the \w+) (?:was|were) (?:hurt|injured|wounded|hit|harmed)/i;
export const ZERO_DETAINED = /\bno (?:arrests?|one has been arrested|one was arrested|suspects? (?:has|have) been (?:arrested|identified|named)|one (?:is|was) (?:in custody|under arrest)|suspects? (?:is|are|was|were) in custody)\b|\bnobody (?:is|was) (?:in custody|under arrest)\b|\bno (?:one|suspects?) (?:has|have|had) been (?:arrested|detained|taken into custody|charged)|\bnobody (?:has|had) been (?:arrested|detained|charged)|\bremains? at large\b|\b(?:is|are|was|were) still at large\b|\b(?:suspects?|gunman|gunmen|shooter|shooters) (?:fled|got away)\b|\b(?:have|has|had) not (?:yet )?(?:made|announced|reported) any arrests\b|\b(?:have|has|had) not (?:yet )?arrested (?:anyone|anybody)\b|\b(?:is|are|remains?|remained) (?:still )?on the (?:run|loose)\b|\bneither (?:suspect|man|of them|of the (?:suspects|men)) (?:is|was|were|has been) (?:in custody|under arrest|arrested)\b/i;

/** Singular nouns for one person, the head of "a man", "the 16-year-old boy", "another victim". */
/**
 * Verbs of harm whose result may follow their object: "shot two protesters dead", "stabbed his wife
 * to death", "beat three men to death" (read by the number and the person rules).
 */
export const HARM_VERBS: readonly string[] = [
  'shot', 'shoots', 'shooting', 'stabbed', 'stabs', 'stabbing', 'beat', 'beats', 'beating', 'beaten', 'hacked', 'hacking',
  'clubbed', 'clubbing', 'stoned', 'stoning', 'bludgeoned', 'battered', 'kicked', 'burned', 'burnt', 'burning',
];

export const PERSON_SINGULAR = [
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'child', 'toddler', 'baby', 'infant', 'person', 'victim',
  'student', 'officer', 'deputy', 'trooper', 'driver', 'passenger', 'resident', 'suspect', 'gunman', 'shooter',
  'male', 'female', 'juvenile', 'youth', 'adult', 'bystander', 'clerk', 'employee', 'customer', 'mother',
  'father', 'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'grandmother', 'grandfather', 'uncle',
  'aunt', 'cousin', 'grandson', 'granddaughter', 'nephew', 'niece', 'stepfather', 'stepmother', 'stepson', 'stepdaughter',
  'friend', 'neighbor', 'neighbour', 'roommate', 'boyfriend', 'girlfriend', 'sophomore',
  'freshman', 'junior', 'senior', 'grader', 'guard', 'soldier', 'civilian', 'journalist', 'doctor', 'nurse',
  'worker', 'owner', 'homeowner', 'motorist', 'pedestrian', 'cyclist', 'security guard', 'inmate', 'pastor',
] as const;

/**
 * More singular nouns for one person, by role or trade ("a teacher was wounded", "killed a
 * farmer"). Read only where a verb of harm found no subject or object among `PERSON_SINGULAR`:
 * the subject patterns are the hottest of the analysis, and 34 more words in their alternation
 * made whole builds 8% slower (commit f5a9da4).
 */
export const ROLE_SINGULAR = [
  'teacher', 'pupil', 'staff member', 'hostage', 'farmer', 'trader', 'vendor', 'shopper', 'protester', 'protestor', 'demonstrator',
  'priest', 'imam', 'policeman', 'policewoman', 'firefighter', 'paramedic', 'medic', 'reporter', 'photographer', 'coach',
  'patient', 'prisoner', 'worshipper', 'villager', 'tourist', 'cashier', 'bartender', 'bouncer', 'waiter', 'waitress',
  'teammate', 'classmate', 'coworker', 'co-worker', 'pilot', 'sailor', 'marine', 'guardsman', 'ranger', 'agent',
  'lawyer', 'judge', 'official', 'politician', 'activist', 'volunteer', 'fan', 'spectator', 'rider', 'jogger', 'hiker',
  'hunter', 'fisherman', 'shopkeeper', 'landlord', 'tenant', 'contractor', 'mechanic', 'courier', 'miner', 'herder',
  'herdsman', 'fighter', 'militant', 'rebel', 'attacker', 'assailant', 'bomber', 'constable', 'sheriff', 'marshal', 'sergeant', 'corporal',
  'lieutenant', 'captain', 'commander', 'colonel', 'chief', 'mayor', 'councilman', 'councilwoman',
  'principal', 'professor', 'janitor', 'custodian', 'counselor', 'chaplain', 'veteran', 'lifeguard', 'mail carrier', 'aide',
  'dispatcher', 'technician', 'electrician', 'plumber', 'carpenter', 'nanny', 'caregiver', 'babysitter',
  // those who attack, rob or break in, and those who know the victim ("the intruder was shot and
  // killed by the homeowner", "the victim's acquaintance was arrested")
  'perpetrator', 'intruder', 'burglar', 'robber', 'carjacker', 'thief', 'sniper', 'accomplice', 'kidnapper', 'abductor',
  'hijacker', 'looter', 'rioter', 'trespasser', 'stalker', 'fugitive', 'offender', 'acquaintance', 'fiance', 'fiancee',
  'partner', 'relative', 'stepbrother', 'stepsister', 'housemate', 'gunwoman', 'youngster', 'shoplifter', 'rapper',
  'boxer', 'musician', 'athlete', 'player', 'deacon',
] as const;

/** Custody of a guardian, not of the police: "in the custody of the Department of Children and Families", "of her grandmother". */
const GUARDIAN_CUSTODY = String.raw`(?!\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+)?(?:[Dd]epartment|[Dd]ivision|[Aa]gency|[Cc]hild|[Cc]hildren|[Ff]amily|[Ff]amilies|[Rr]elatives?|[Gg]randmother|[Gg]randfather|[Gg]randparents?|[Pp]arents?|[Mm]other|[Ff]ather|[Aa]unt|[Uu]ncle|[Ss]ocial)\b)`;

/**
 * One who came to a hospital shot: "had arrived at Calais Regional Hospital with a gunshot wound",
 * "walked into the emergency room with a gunshot wound to the leg", "was dropped off at a hospital
 * with gunshot wounds", "arrived at Loretto Hospital shot in the abdomen".
 */
export const ARRIVED_WOUNDED = String.raw`(?:(?:had|has|have|later|then)\s+)*(?:arrived|showed up|walked|went|came|drove (?:himself|herself|themselves)|(?:was|were) (?:dropped off|driven))\s+(?:[\w'’-]+\s+){0,6}?(?:[Hh]ospitals?|[Mm]edical [Cc]ent(?:er|re)|[Ee]mergency [Rr]oom)\s+(?:[\w'’-]+\s+){0,3}?(?:with\s+(?:(?:an?|multiple|several|two|three)\s+)?(?:[\w-]+\s+)?(?:gunshot|gun shot|bullet|stab) wounds?|(?:shot|stabbed)\s+(?:in|multiple|several|once|twice)\b)\b`;

/**
 * One shot, told by what they did after: "was taken to a hospital in Lancaster after being shot",
 * "a man collapsed onto her after being shot", "is fighting for his life after getting shot". Not
 * "after being shot at" (a target), nor one who then died (read as killed).
 */
export const AFTER_BEING_SHOT = String.raw`(?:(?:was|were)\s+(?:taken|rushed|transported|airlifted|flown|brought)\s+to|(?:collapsed|fell|ran|drove|stumbled|called|is|was)\b)\s*[^.;]{0,60}?\bafter\s+(?:being|getting)\s+(?:shot|stabbed)\b(?!\s+at\b)(?![^.;]{0,50}\b(?:killed|dead|to death|died|fatally))`;

/** Verbs (passive or intransitive) after a person that make them one of the killed, injured, shot or detained. */
export const PERSON_PASSIVE: Readonly<Record<'killed' | 'injured' | 'shot' | 'detained', string>> = {
  killed: String.raw`(?:was|has been|had been|is|got|were)\s+(?:(?:accidentally|accidently|allegedly|reportedly|tragically|mistakenly|also|later|both|all)\s+){0,2}(?:(?:shot|gunned down|stabbed|beaten)\s+(?:and\s+)?(?:killed|dead|to death)|(?:fatally|mortally)\s+(?:shot|wounded|injured)|killed|slain|murdered|martyred|butchered|lynched|beheaded|gunned down|burn(?:t|ed) (?:alive|to death)|(?:stoned|beaten|tortured|hacked|clubbed|shot) to death|(?:found|pronounced|declared) (?:shot )?(?:dead|deceased)|found (?:shot|stabbed|beaten) to death|dead|among (?:the dead|those killed|the people killed|those who died|the fatalities))\b|(?:(?:(?:was|had been)\s+(?:shot|stabbed|wounded|injured|hit|struck|taken|rushed|transported|airlifted|dropped off)|(?:went|arrived|walked|drove|came|showed up))\s+(?:[\w,'’-]+\s+){0,8}?(?:and|but)\s+)?(?:(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?)?(?:later\s+)?(?:died|dies|succumbed|passed away|(?:was\s+)?(?:later\s+)?pronounced (?:dead|deceased))\b(?!\s+(?:of|from)\s+natural causes)`,
  injured: String.raw`(?:was|has been|had been|is|are|got|were|remains|remained)\s+(?:also\s+)?(?:(?:shot|stabbed)\s+and\s+(?:wounded|injured)|(?:critically|seriously|slightly|badly|non-fatally|also|accidentally|accidently)\s+(?:wounded|injured|hurt)|wounded|injured|hurt|grazed|hospitalized|among (?:the (?:wounded|injured)|those (?:wounded|injured|hurt))|(?:listed |reported )?${IN_CONDITION}|treated and released|treated for (?:a |an )?(?:[\w-]+\s+){0,3}?(?:gunshot )?(?:wounds?|injur(?:y|ies))|recovering|found with (?:a |multiple )?(?:gunshot )?wounds?|${TO_HOSPITAL_WITH_INJURIES})\b|(?:suffered|sustained|received)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,6}?(?:gunshot wounds?|injur(?:y|ies)|wounds?)\b|had\s+(?:a\s+|an\s+|one\s+|multiple\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:gunshot|bullet)\s+wounds?\b|(?:is|was)\s+(?:recovering|${IN_CONDITION}|fighting for (?:his|her|their) li(?:fe|ves))\b`,
  shot: String.raw`(?:was|has been|had been|got|were|being)\s+(?:(?:also|accidentally|accidently|allegedly|reportedly|apparently|both|all)\s+){0,2}(?:found\s+)?(?:shot|stabbed|knifed|(?:hit|struck) by (?:gunfire|a bullet|bullets|a stray bullet))\b(?![^.;]{0,50}\b(?:killed|dead|to death|died|fatally|wounded|injured))`,
  detained: String.raw`(?:was|has been|had been|is|are|were|have been|(?<=\b(?:[Hh]e|[Ss]he))['’]s(?:\s+been)?)\s+(?:being\s+)?(?:(?:later|also|since|then|now|subsequently|currently|each|both|all)\s+){0,2}(?:arrested|detained|taken into (?:police )?custody|placed (?:in|into) (?:police )?custody|in (?:police )?custody|under arrest|placed under arrest|apprehended|booked|charged|indicted|jailed|locked up|in the custody${GUARDIAN_CUSTODY}|held (?:at|in) (?:the\s+)?(?:[\w'’-]+\s+){0,4}?${JAIL}|${HELD_ACCUSED})\b|(?:is|are|remains?)\s+(?:(?:currently|back|now|still)\s+)?(?:in|under)\s+(?:the\s+)?(?:police\s+)?(?:custody${GUARDIAN_CUSTODY}|arrest)\b|(?:is|are|remains?|remained)\s+(?:(?:currently|back|now|still)\s+)?(?:in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?${JAIL}|jailed|behind bars)\b|(?:turned (?:himself|herself|themselves) in(?:to (?:the )?(?:police|authorities|deputies|officers|custody))?|surrendered)\b|(?:faces|is facing|are facing|now faces)\s+(?:[\w-]+\s+){0,3}?charges\b|(?:was|were)\s+[^.;]{0,60}?\b(?:before|until)\s+(?:being|getting)\s+(?:arrested|caught|apprehended|taken into custody)\b`,
};

/** Verbs and nouns before a person that make them one of the killed, injured or detained ("arrested John Smith", "the death of a teen"). */
export const PERSON_ACTIVE: Readonly<Record<'killed' | 'injured' | 'shot' | 'detained', string>> = {
  killed: String.raw`(?:shot and killed|fatally shot|fatally shoots|fatally wounding|fatally wounded|fatally injuring|fatally injured|fatally stabbing|fatally stabbed|fatally stabs|fatally shooting|fatally (?:struck|striking|strikes)|killed|killing|kills|murdered|murdering|slew|slaying of|killing of|murder of|death of|deaths of|homicide of|fatal (?:shooting|stabbing|beating)s? of|pronounced|(?:claimed|claims|claiming|took|takes|taking) the (?:life|lives) of)`,
  injured: String.raw`(?<!(?:fatally|mortally)\s)(?:shot and wounded|shot and injured|wounded|wounding|wounds|injured|injuring|injures|hospitalized|hospitalizing|hospitalised)`,
  // "Father shoots son in the shoulder" (a headline's present), "a stray bullet hits Texas legislator"
  shot: String.raw`(?:(?:accidentally|allegedly|then|also)\s+)?(?:shot|shoots|shooting|stabbed|stabs|stabbing|striking|struck|(?:bullets?|gunfire)\s+(?:hit|hits))(?!\s+(?:and\s+)?(?:killed|killing|dead|at|to death)\b)`,
  detained: String.raw`(?:arrested|arresting|detained|apprehended|booked|charged|indicted|arrest of|detention of)`,
};

/**
 * Cue words (see `scanCues` in `stages/extract/claims/context.ts`) one of which every match of a
 * pattern contains: a rule skips the pattern where none of them is found. Keep each list in step
 * with its pattern; a word missing here makes the pattern miss.
 */
export const PATTERN_CUES = {
  killedAfter: ['kill', 'neutrali', 'dead', 'death', 'fatal', 'mortally', 'slain', 'murder', 'execut', 'massacre', 'martyr', 'butcher', 'lynch', 'behead', 'gunned down', 'burnt', 'burned', 'die', 'died', 'dies', 'dying', 'perish', 'lives', 'life', 'own life', 'victim', 'succumb', 'survive', 'deceased'],
  injuredAfter: ['wound', 'injur', 'hurt', 'hospital', 'treated', 'condition'],
  shotAfter: ['shot', 'struck', 'gunfire', 'bullet', 'gunshot', 'stab'],
  detainedAfter: ['arrest', 'detain', 'custody', 'apprehend', 'booked', 'jail', 'imprison', 'charged', 'indict', 'captur', 'rounded up', 'held for questioning', 'held by', 'behind bars', 'surrender', 'turned themselves', 'held without', 'bond', 'bail', 'held in lieu', 'held on', 'held in connection', 'correctional'],
  missingAfter: ['missing', 'unaccounted', 'disappear', 'vanish', 'abduct', 'kidnap', 'taken away', 'carried away', 'led away', 'whisked away', 'hostage', 'captiv', 'hands of', 'trapped', 'buri'],
  missingBefore: ['abduct', 'kidnap', 'hostage'],
  displacedAfter: ['displac', 'expel', 'deport', 'evacuat', 'fled', 'forced', 'driven', 'homeless', 'refugee', 'left', 'abandon'],
  participantsAfter: ['gather', 'rall', 'march', 'protest', 'demonstrat', 'attend', 'accompan', 'took part', 'took to', 'turned out', 'joined', 'came to', 'came out', 'come to', 'come out', 'assembl', 'participat', 'filled', 'flock', 'mourn', 'vigil'],
  killedBefore: ['kill', 'slain', 'gunned down', 'neutrali', 'slaughter', 'massacre', 'murder', 'death', 'toll', 'lives', 'life', 'own life', 'leaving', 'left', 'leaves', 'bodies', 'dead', 'died', 'fatal', 'buri', 'bury'],
  injuredBefore: ['wound', 'injur', 'hurt'],
  shotBefore: ['shot', 'shoot', 'stab', 'striking', 'hitting'],
  detainedBefore: ['arrest', 'detain', 'apprehend', 'charged', 'indict', 'jail', 'rounded up', 'detention', 'captur'],
  displacedBefore: ['expuls', 'expel', 'deport', 'displac', 'evacuat', 'exodus', 'forced', 'forcing'],
  participantsBefore: ['crowd', 'rall', 'gather', 'march', 'protest', 'demonstrat', 'attend', 'joined', 'vigil'],
  killedPassive: ['kill', 'dead', 'deceased', 'death', 'fatal', 'mortally', 'slain', 'murder', 'died', 'dies', 'succumb', 'martyr', 'butcher', 'lynch', 'behead', 'gunned down', 'burnt', 'burned', 'passed away'],
  injuredPassive: ['wound', 'injur', 'hurt', 'graze', 'hospital', 'condition', 'treated', 'recover', 'fighting for'],
  shotPassive: ['shot', 'gunfire', 'bullet', 'stab'],
  // `ARRIVED_WOUNDED`
  arrivedWounded: ['hospital', 'emergency room', 'medical center', 'medical centre'],
  // `AFTER_BEING_SHOT`
  afterBeingShot: ['after being', 'after getting'],
  // `detention`: "was held at the county detention center" (the pattern reads it; the gate must let it through)
  detainedPassive: ['arrest', 'detain', 'custody', 'apprehend', 'booked', 'charged', 'indict', 'jail', 'detention', 'behind bars', 'turned himself', 'turned herself', 'turned themselves', 'surrender', 'locked up', 'charges', 'held without', 'bond', 'bail', 'held in lieu', 'held on', 'held in connection', 'correctional'],
  killedActive: ['kill', 'fatal', 'murder', 'slew', 'slay', 'death', 'homicide', 'pronounced', 'life', 'lives'],
  injuredActive: ['wound', 'injur', 'hospital'],
  shotActive: ['shot', 'shoot', 'striking', 'struck', 'stab', 'bullet', 'gunfire'],
  detainedActive: ['arrest', 'detain', 'apprehend', 'booked', 'charged', 'indict', 'detention'],
  pronouncedDead: ['pronounced', 'dead'],
} as const;

/**
 * The event set after an earlier happening it is compared with: "The shooting came after an attack
 * early Sunday at a gay nightclub in Florida left 49 people dead", "It comes two days after a gunman
 * killed five people". What follows is the earlier happening's. Only with the event as the subject
 * and "came"/"comes": "Two people were killed after a gunman opened fire" tells of the event itself.
 */
const COMES_AFTER_SOURCE = String.raw`\b(?:shooting|shootings|attack|attacks|incident|killing|killings|violence|bloodshed|it|this)\s+(?:also\s+)?(?:came|comes)\s+(?:(?:just|only|barely|less than|more than|about|nearly|almost|exactly)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|on the heels of)\b`;
export const COMES_AFTER = new RegExp(COMES_AFTER_SOURCE, 'i');

/**
 * Explicitly other places or happenings than the main one: "in other cities such as ...", "in an
 * unrelated shooting", "four other overnight incidents left eight people wounded", "a smaller blast
 * in Mosul", "Smaller rallies were also held in Batumi"); what the event is compared with ("the
 * deadliest attack in the capital since October 2017, when a truck bomb killed more than 500
 * people"). Their figures are not the event's (claims' scope `other`), nor their dates its date.
 * Note: "last week" is left out: a follow-up calls the event itself so; and "a second attack" may
 * be one of the event's own.
 */
export const OTHER_HAPPENING_SOURCE = String.raw`\b(?:in other (?:cities|towns|areas|regions|places|districts|parts)|elsewhere|(?:deadliest|worst|bloodiest|biggest|largest|most (?:deadly|violent))\b[^.;]{0,60}?\bsince\b[^.;]{0,40}?,?\s+when\b|^\W{0,3}(?:separately|in a separate development)\b|(?:deadliest|worst|bloodiest) single (?:attack|incident|raid|massacre|ambush|bombing|shooting)\b|outside (?:the city|the capital)|(?:separate|unrelated|another|an earlier|a previous|a similar|an? (?:smaller|larger|deadlier))\s+(?:shooting|incident|attack|homicide|case|stabbing|blast|bombing|explosion|ambush|raid)\b|(?:other|separate|unrelated|smaller|similar) (?:[a-z-]+ )?(?:shootings|incidents|attacks|homicides|stabbings|blasts|bombings|explosions|ambushes|raids|rallies|protests|demonstrations|marches|clashes)\b|${COMES_AFTER_SOURCE})`;

/**
 * A witness's own count right before its number: "I counted six bodies", "we pulled out 12
 * people", "I saw at least five bodies". What one person saw is part of the toll: at least that many.
 */
export const WITNESS_COUNT_BEFORE = /\b(?:I|[Ww]e)\s+(?:(?:personally|myself|alone|just|only|already|then|also)\s+)?(?:counted|saw|could see|have seen|had seen|found|carried(?: out)?|pulled out|buried|helped (?:carry|bury|pull out))\s+$/;

/** Head nouns of counts of police and soldiers ("21 police officers", "three soldiers"): the `forces` group of a claim. */
export const FORCES_HEADS: ReadonlySet<string> = new Set([
  'officers', 'officer', 'policemen', 'policeman', 'policewomen', 'troopers', 'trooper', 'deputies', 'deputy', 'soldiers', 'soldier',
  'troops', 'servicemen', 'guards', 'guardsmen', 'gendarmes', 'marines', 'personnel',
]);

/**
 * Head nouns of counts of an armed group's members ("four militants", "two gunmen"): the `fighters`
 * group of a claim, never among the forces nor among protesters. Not "suspects", who are as often
 * people the police look for.
 */
export const FIGHTER_HEADS: ReadonlySet<string> = new Set([
  'militants', 'militant', 'insurgents', 'insurgent', 'rebels', 'rebel', 'fighters', 'jihadists', 'jihadist', 'terrorists', 'terrorist',
  'gunmen', 'gunman', 'attackers', 'attacker', 'assailants', 'assailant', 'bandits', 'extremists', 'combatants',
]);

/** Head nouns of counts of protesters ("more than 50 protesters"): the `protesters` group of a claim, never among the forces. */
export const PROTESTER_HEADS: ReadonlySet<string> = new Set(['protesters', 'protester', 'protestors', 'protestor', 'demonstrators', 'demonstrator', 'marchers', 'rioters', 'activists']);
