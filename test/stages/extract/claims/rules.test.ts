import { describe, expect, it } from 'vitest';
import { analyzeText, checkClaimSpans, claimRows } from '../../../helpers/analyze.js';
import type { Claim, ClaimKind } from '../../../../src/model/record.js';

/** The claims read from `text`, of `kind` only when it is given, each shown by `show`. */
function shown<T>(text: string, show: (c: Claim) => T, kind?: ClaimKind): T[] {
  return analyzeText(text).claims.filter((c) => kind === undefined || c.kind === kind).map(show);
}

/** The kind and value of each claim read from `text`. */
function kindValues(text: string): [ClaimKind, number][] {
  return shown(text, (c): [ClaimKind, number] => [c.kind, c.value]);
}

// [text, expected claim rows `kind value qualifier 'number words'`]
const NUMBER_KIND: readonly (readonly [string, readonly string[]])[] = [
  ['On that night, 130 civilians died in Baku.', ["killed 130 exact '130'"]],
  ['The operation killed 141 unarmed residents of the city in one night.', ["killed 141 exact '141'"]],
  ['As a result, more than 130 civilians were killed and 700 wounded.', ["killed 130 more-than 'more than 130'", "injured 700 exact '700'"]],
  ['Some 744 people were injured, and about 400 people were detained by the army.', ["injured 744 about 'Some 744'", "detained 400 about 'about 400'"]],
  // a count of two kinds is two claims, not the sum of one
  ['Hospital officials said 19 bodies and 54 wounded people had been brought in.', ["killed 19 exact '19'", "injured 54 exact '54'"]],
  // a noun that names the kind right after its count counts of that kind, whatever cue follows; not "two of the wounded died"
  ['The crash left two fatalities and four injured.', ["killed 2 exact 'two'", "injured 4 exact 'four'"]],
  ['Police said two of the wounded died in hospital.', ["killed 2 at-least 'two'"]],
  // a running count is a lower bound; a period's statistics are not running
  ['Police said 34 bodies had been buried so far.', ["killed 34 at-least '34'"]],
  ['So far, 12 people have been treated for gunshot wounds.', ["injured 12 at-least '12'"]],
  // a span of ages between the count and its verb is no year ("early 20s")
  ['Three other people ranging from their mid-teens to early 20s were treated at a hospital and released.', ["injured 3 exact 'Three'"]],
  ['Two men in their 20s were shot and wounded.', ["injured 2 exact 'Two'"]],
  ['Two men in their 20s and a woman were shot and wounded.', ["injured 3 exact 'Two men in their 20s and a woman'"]],
  ['Two men, both in their early 20s, were killed.', ["killed 2 exact 'Two'"]],
  ['Three victims in their 30s and 40s were wounded.', ["injured 3 exact 'Three'"]],
  ['Two Hispanic men in their 20s have been taken into custody.', ["detained 2 exact 'Two'"]],
  // an age as police first told it, and a list of ages in a relative clause
  ['Regginna Doe, 17, whom police initially said was 16, died at a hospital.', ["killed 1 exact 'Regginna Doe'"]],
  // an age in its short form is no count
  ['20 y/o killed, 14 y/o critical after shooting in SW Phila.', []],
  ['Four people were injured in the shooting and, so far, three of them have been released.', ["injured 4 exact 'Four'"]],
  // "now", "still" between the verb and "in custody"
  ['Two suspects are now in custody in the shooting.', ["detained 2 exact 'Two'"]],
  ['Three men remain still in custody.', ["detained 3 exact 'Three'"]],
  ['Three people are being held by police.', ["detained 3 exact 'Three'"]],
  // the agent of a passive verb is not the count its sentence tells of; a crowd may be
  ['The attacker was overpowered by two passers-by and detained by a police patrol.', []],
  ['An innocent family was ambushed by at least one shooter Monday night, police said.', []],
  ['Protesters were joined by 200 students.', ["participants 200 exact '200'"]],
  // those still held after a count of the detained in their sentence are some of them: at least that many
  ['More than 200 people were detained and about 150 remain in custody.', ["detained 200 more-than 'More than 200'", "detained 150 at-least 'about 150'"]],
  ['Two people died and two were wounded during a shooting on Elm Street.', ["killed 2 exact 'Two'", "injured 2 exact 'two'"]],
  ['In total, 147 residents of the country became victims of the bloodshed.', ["killed 147 exact '147'"]],
  ['A total of 147 civilians became victims of the massacre.', ["killed 147 exact '147'"]],
  ['The attack left four people dead and three injured.', ["killed 4 exact 'four'", "injured 3 exact 'three'"]],
  ['The death toll rose to 3 on Tuesday.', ["killed 3 exact '3'"]],
  // a killing told by its result: "shot dead", "beat ... to death", before or after the count
  ['Troops shot dead two protesters on Friday.', ["killed 2 exact 'two'"]],
  ['Police shot two protesters dead.', ["killed 2 exact 'two'"]],
  ['Gunmen gunned down five villagers.', ["killed 5 exact 'five'"]],
  ['The mob beat three men to death.', ["killed 3 exact 'three'"]],
  ['Soldiers shot three men, two of them dead.', ["shot 3 exact 'three'", "killed 2 at-least 'two'"]],
  // the people a gunfire hit
  ['The gunman opened fire, hitting four people.', ["shot 4 exact 'four'"]],
  ['He opened fire on the crowd, hitting at least five people, two of them fatally.', ["shot 5 at-least 'at least five'", "killed 2 at-least 'two'"]],
  ['The car was hitting 40 miles an hour.', []],
  // the people stabbed are among those hit, dead or alive, as the people shot are (the kind `shot`)
  ['Two officers were stabbed during the clashes.', ["shot 2 exact 'Two'"]],
  ['Four people were stabbed, one fatally, in the attack.', ["shot 4 exact 'Four'", "killed 1 exact 'one'"]],
  ['A man went on a rampage, stabbing five people.', ["shot 5 exact 'five'"]],
  ['He stabbed two women and was later arrested.', ["shot 2 exact 'two'"]],
  ['Two people were taken to the hospital with minor injuries.', ["injured 2 exact 'Two'"]],
  // a person by "the" or by role before "and" and a count: both objects of the verb
  ['The explosion killed the bomber and 12 worshippers.', ["killed 13 exact 'the bomber and 12'"]],
  ['The gunman killed the officer and two bystanders.', ["killed 3 exact 'the officer and two'"]],
  // the other side's count of the same crowd, after "while" or "but", with no crowd word
  ['Organisers said 50,000 people attended the rally, while police put the figure at 20,000.', ["participants 50000 exact '50,000'", "participants 20000 exact '20,000'"]],
  ['About 5,000 people attended, but police estimated 2,000.', ["participants 5000 about 'About 5,000'", "participants 2000 about 'estimated 2,000'"]],
  ['About 5,000 people attended, but police said 20 were arrested.', ["participants 5000 about 'About 5,000'", "detained 20 exact '20'"]],
  // among the dead or wounded, told first: a part of them, at least that many
  ['Among the dead were three children.', ["killed 3 at-least 'three'"]],
  ['Among those killed were two police officers.', ["killed 2 at-least 'two'"]],
  ['Among the wounded were three children.', ["injured 3 at-least 'three'"]],
  ['Also killed were two police officers.', ["killed 2 exact 'two'"]],
  ['The dead included three police officers.', ["killed 3 at-least 'three'"]],
  // "none of" a count's people, described by a participle: the participle is said of them
  ['None of the 11 men arrested in the days after the massacre has been tried.', ["detained 11 exact '11'"]],
  ['None of the four people killed was armed.', ["killed 4 exact 'four'"]],
  ['The wounded included two children.', ["injured 2 at-least 'two'"]],
  ['The dead included a police officer and two soldiers.', ["killed 3 at-least 'a police officer and two'"]],
  // forced to flee, from their homes; not forced anywhere else
  ['Rebels seized the town, forcing 3,000 people to flee.', ["displaced 3000 exact '3,000'"]],
  ['The floods forced 2,000 people from their homes.', ["displaced 2000 exact '2,000'"]],
  ['Over 5,000 people were rendered homeless by the shelling.', ["displaced 5000 more-than 'Over 5,000'"]],
  ['Some 300 people were left homeless.', ["displaced 300 about 'Some 300'"]],
  ['The robbers forced two employees into a back room.', []],
  ['Police forced 30 protesters out of the square.', []],
  ['Two people were taken to the hospital with gunshot wounds.', ["shot 2 exact 'Two'"]],
  ['The attacker stabbed three people before police shot him dead.', ["shot 3 exact 'three'", "killed 1 exact 'him'"]],
  // the result said of another person after the count: a singular pronoun cannot be the count's people
  ['The gunman shot three people before police shot him dead.', ["shot 3 exact 'three'", "killed 1 exact 'him'"]],
  // the number at the end of its sentence, and the toll's words farther from it
  ['Police said the death toll rose to 3.', ["killed 3 exact '3'"]],
  ['Death toll from market strike rises to 34', ["killed 34 exact '34'"]],
  ["The number of people killed in Tuesday's airstrike on the market in Kabra has risen to 34.", ["killed 34 exact '34'"]],
  ['The number of injured rose to 61.', ["injured 61 exact '61'"]],
  // a toll revised, up or down, in the passive
  ['The death toll was later revised to 23.', ["killed 23 exact '23'"]],
  ['The toll was revised upward to 31 on Monday.', ["killed 31 exact '31'"]],
  ['The death toll was put at 31 by hospital officials.', ["killed 31 exact '31'"]],
  ['The toll fell to 20 after some victims were counted twice.', ["killed 20 exact '20'"]],
  ['The number of people killed has been revised down to 12.', ["killed 12 exact '12'"]],
  ['The real number of dead was closer to 60.', ["killed 60 about 'closer to 60'"]],
  // the number of the dead, of those who died, the dead numbered; a count that went past a number is more than it
  ['The number of the dead reached 150.', ["killed 150 exact '150'"]],
  ['The number of those who died that night exceeds 130.', ["killed 130 more-than '130'"]],
  ['The dead numbered about 130.', ["killed 130 about 'about 130'"]],
  ['The death toll topped 100 on Friday.', ["killed 100 more-than '100'"]],
  ['The number of the wounded was revised to 744.', ["injured 744 exact '744'"]],
  ['The number of those who were injured exceeded 700.', ["injured 700 more-than '700'"]],
  ['The wounded numbered 744.', ["injured 744 exact '744'"]],
  ['Sales exceeded 700 units.', []],
  ['Smith, who died in 2019, had 4 children.', []],
  // a count's people described by their ages between the count and its verb
  ['Three people, including a 4-year-old, were shot.', ["shot 3 exact 'Three'"]],
  ['Seven people, including a 1-year-old girl, were injured.', ["injured 7 exact 'Seven'"]],
  ['Six people, ages 14 to 52, were shot on the porch.', ["shot 6 exact 'Six'"]],
  ['The four men, aged 20 to 27, were wounded outside a store.', ["injured 4 exact 'four'"]],
  ['Three other victims, ages 24, 25, and 41, were wounded.', ["injured 3 exact 'Three'"]],
  ['Two men, 22 and 25, were shot on the corner.', ["shot 2 exact 'Two'"]],
  ['Two children, 11 and 14, were also wounded.', ["injured 2 exact 'Two'"]],
  // each count of people with its ages, then the verb of both: their sum; the last age, its comma left out, is no count
  ['Three females, ages 21, 32, and 49, and two males, 30 and 42 were injured in the shooting.', ["injured 5 exact 'Three females, ages 21, 32, and 49, and two'"]],
  ['Two women, 19 and 20, and three men, 22, 25 and 31, were shot.', ["shot 5 exact 'Two women, 19 and 20, and three'"]],
  ['Two men, 22 and 25, and 3 others were arrested.', ["detained 5 exact 'Two men, 22 and 25, and 3'"]],
  // one more person after the count's people and their ages
  ['Two men, 22 and 25, and a woman were shot.', ["shot 3 exact 'Two men, 22 and 25, and a woman'"]],
  ['Two men, ages 22 and 25, and a woman, 40, were shot.', ["shot 3 exact 'Two men, ages 22 and 25, and a woman'"]],
  // one person with an age before the count
  ['A woman, 30, and two men, 22 and 25, were shot.', ["shot 3 exact 'A woman, 30, and two'"]],
  ['A woman, aged 30, and two men were injured.', ["injured 3 exact 'A woman, aged 30, and two'"]],
  // the object of a verb before, with an age, is not among the count's people
  ['He killed a woman, 30, and two men were wounded.', ["injured 2 exact 'two'", "killed 1 exact 'a woman'"]],
  // the ages' closing comma left out before the verb
  ['Two men, 22 and 25 were shot on the corner.', ["shot 2 exact 'Two'"]],
  ['Three people, ages 19, 20 and 34 were wounded.', ["injured 3 exact 'Three'"]],
  ['Police said the two men, 31 and 42 died at the scene.', ["killed 2 exact 'two'"]],
  // a count after a count of people is still a count
  ['The gunman killed two men, 22 others were hurt.', ["killed 2 exact 'two'", "injured 22 exact '22'"]],
  // no toll of people: a toll road, a heavy toll on a region
  ['The toll road was extended to 5 miles.', []],
  ['The war took a heavy toll on the region, which was set to vote on 12 measures.', []],
  ['The interior ministry put the number of dead at six.', ["killed 6 exact 'six'"]],
  // a detail of the count between it and its verb
  ['Three people, including two children, were killed.', ["killed 3 exact 'Three'"]],
  ['Three people (including two children) were killed.', ["killed 3 exact 'Three'"]],
  ['They found seven gunshot victims, including one person who succumbed to his injuries.', ["killed 1 at-least 'one'"]],
  // the taken, counted after the verb
  ['Armed men stormed the village, killing seven people and abducting about 40 others.', ["killed 7 exact 'seven'", "missing 40 about 'about 40'"]],
  ['Gunmen abduct 40 villagers, kill 7 in overnight raid', ["missing 40 exact '40'", "killed 7 exact '7'"]],
  ['Gunmen took hostage 12 workers at the mine.', ["missing 12 exact '12'"]],
  ['Officials put the death toll from the attack at 31 and the number of injured at 70.', ["killed 31 exact '31'", "injured 70 exact '70'"]],
  // a toll's long subject past a count of other things; a toll corrected, and the value it replaces left out
  ["The death toll from Tuesday's attack by gunmen on three villages in Oruba district has risen to at least 23, a local official said.", ["killed 23 at-least 'at least 23'"]],
  ['The ministry revised the death toll down to seven from nine.', ["killed 7 exact 'seven'"]],
  ['The health ministry corrected its earlier figure of nine dead to seven on Monday.', ["killed 7 exact 'seven'"]],
  ['Castavia lowers protest death toll to seven', ["killed 7 exact 'seven'"]],
  // combatants the forces killed: a killed count (of another scope, see scope tests); a forces' word for killing
  ['Eleven terrorists were neutralised and six suspected accomplices were arrested.', ["killed 11 exact 'Eleven'", "detained 6 exact 'six'"]],
  ['Police arrested two men on Friday.', ["detained 2 exact 'two'"]],
  ['In Springfield, 22 of the victims were injured.', ["injured 22 at-least '22'"]],
  // Arrests in the event, beside the words of a record.
  ['Police have made two arrests in the shooting.', ["detained 2 exact 'two'"]],
  ['The raid ended with two arrests on Friday.', ["detained 2 exact 'two'"]],
  ['Three suspects were taken into custody.', ["detained 3 exact 'Three'"]],
  ['Five people remain missing after the raid.', ["missing 5 exact 'Five'"]],
  ['The expulsion of 200,000 villagers from the valley began in spring.', ["displaced 200000 exact '200,000'"]],
  ['Twenty six thousand strong troops invaded the capital at midnight.', ["troops 26000 exact 'Twenty six thousand'"]],
  ['In the evening, the army of 26,000 troops with armoured vehicles entered the city.', ["troops 26000 exact '26,000'"]],
  ['About one million people gathered on the streets that day.', ["participants 1000000 about 'About one million'"]],
  ['About 1 million people accompanied the funerals.', ["participants 1000000 about 'About 1 million'"]],
  // People who gather, attend or come to a gathering (or to a place for one); displaced people who flee home or war; deployed police.
  ['Dozens of people attended a Thursday evening vigil near the scene.', ["participants 24 vague 'Dozens'"]],
  ["About 50,000 people had attended the Carnival Association's annual parade.", ["participants 50000 about 'About 50,000'"]],
  // a crowd with no noun, its verb right after the number
  ['Tens of thousands took to the streets on Sunday.', ["participants 20000 vague 'Tens of thousands'"]],
  ['Hundreds gathered outside the mosque.', ["participants 200 vague 'Hundreds'"]],
  // a crowd's size as each side estimates it, with no noun after the number
  ['Organisers put the crowd at 40,000; police estimated 12,000.', ["participants 40000 exact '40,000'", "participants 12000 about 'estimated 12,000'"]],
  ['Organizers estimated the turnout at more than 10,000, but police said 4,000.', ["participants 10000 more-than 'more than 10,000'", "participants 4000 exact '4,000'"]],
  ['The crowd was estimated at about 5,000.', ["participants 5000 about 'about 5,000'"]],
  ['Police put the number of protesters at 2,500.', ["participants 2500 exact '2,500'"]],
  ['Police estimated the crowd at 2,000 and arrested 15.', ["participants 2000 exact '2,000'", "detained 15 exact '15'"]],
  ['Organisers have said 40,000 attended.', ["participants 40000 exact '40,000'"]],
  // the other side's words take no number another cue claims
  ['Organisers put the crowd at 40,000; police said 300 were arrested.', ["participants 40000 exact '40,000'", "detained 300 exact '300'"]],
  ['The school has 1,200 students who attended classes.', []],
  // an abbreviation's period breaks no clause: the cue reads on past "St." and "H."
  ["About 50,000 people had attended the St. Paul Carnival Association's parade.", ["participants 50000 about 'About 50,000'"]],
  ['Two officers were wounded at the John H. Stroger Hospital gate.', ["injured 2 exact 'Two'"]],
  // An adverb between the person and the verb.
  ['A 28-year-old woman also suffered a gunshot wound to the head, police said.', ["injured 1 exact 'A 28-year-old woman'"]],
  // People found dead or hurt, a list of them sharing the predicate (its second person without an article).
  ["Police found a father and daughter dead on New Year's Day.", ["killed 2 exact 'a father and daughter'"]],
  ['The shooting left a mother and son wounded.', ["injured 2 exact 'a mother and son'"]],
  ['Officers found a man wounded in the street.', ["injured 1 exact 'a man'"]],
  ['Police found a man and gun in the car.', []],
  // "has died"; a full name with a generational suffix (its surname is the person's key).
  ['A second victim has died as a result of the shooting at the club.', ["killed 2 at-least 'A second victim'"]],
  ['Marvin Douglass Lancaster III died at the scene.', ["killed 1 exact 'Marvin Douglass Lancaster III'"]],
  ['John Smith Jr. died at the scene.', ["killed 1 exact 'John Smith Jr.'"]],
  // A person named by the happening they were part of.
  ['Winona police: Victim of Friday night shooting died Monday evening', ["killed 1 exact 'Victim'"]],
  ['The victim of Saturday’s shooting died at the hospital.', ["killed 1 exact 'The victim'"]],
  // Bodies found are people killed; "the body" of someone already named, or a body of things, is not.
  ['Two bodies were found in the house.', ["killed 2 exact 'Two'"]],
  ['The bodies of four people, including two children, were found in the home.', ["killed 4 exact 'four'"]],
  ['Investigators removed the last of eight bodies from the house.', ["killed 8 exact 'eight'"]],
  ['Authorities found a body in the burned motel room.', ["killed 1 exact 'found a body'"]],
  ['The body of a man was found near the river on Sunday.', ["killed 1 exact 'The body of a man was found'"]],
  ['His body was taken to the coroner.', []],
  ['Officers wore body cameras during the raid.', []],
  // The count's own verb, then another subject's: the cue is said of that subject.
  ['As many as seven officers returned fire and Wilkes was shot and killed, police said.', ["killed 1 exact 'Wilkes'"]],
  ['Two officers arrived and the suspect was arrested.', ["detained 1 exact 'the suspect'"]],
  ['Two men were killed and a woman was wounded.', ["killed 2 exact 'Two'", "injured 1 exact 'a woman'"]],
  // A report unsure of what happened still reports it.
  ['Shots rang out overnight, and at least four people may have been injured.', ["injured 4 at-least 'at least four'"]],
  ['Hundreds of people came to the block party from across the county.', ["participants 200 vague 'Hundreds'"]],
  ['Every year, tens of thousands of people come to the alley of the martyrs to honor the victims.', ["participants 20000 vague 'tens of thousands'"]],
  ['About 10,000 people fled their homes as the fighting spread.', ["displaced 10000 about 'About 10,000'"]],
  ['Some 5,000 villagers fled to Armenia in the winter.', ["displaced 5000 about 'Some 5,000'"]],
  ['About 2,000 residents have fled since the attack.', ["displaced 2000 about 'About 2,000'"]],
  // a toll whose subject is long, a toll raised; a count of "more" people adds to an earlier count
  ["The death toll from a shooting at the Copper Lantern bar on the city's South Side rose to three on Sunday.", ["killed 3 exact 'three'"]],
  ['A second victim died overnight, raising the death toll to two.', ["killed 2 exact 'two'"]],
  // an adjective before the toll, its subject after it, or the number of the killed
  ['The sailor died Saturday, bringing the military death toll after the rampage in Velmora, Kestria to 5.', ["killed 5 exact '5'"]],
  ['His death brings the number of people killed in the attack to six.', ["killed 6 exact 'six'"]],
  ['Police have detained two more people in connection with the attack.', ["detained 2 at-least 'two'"]],
  // more casualties after the dead: two wounded, not three
  ['Shelling killed four people in the town on Wednesday. Two more were wounded in the village.', ["killed 4 exact 'four'", "injured 2 exact 'Two'"]],
  ["The foundation, which puts the capital's toll at 81, disagrees.", ["killed 81 exact '81'"]],
  ['Most of the 2,000 villagers who fled have not returned.', ["displaced 2000 exact '2,000'"]],
  ['About 500 riot police were deployed in the capital.', ["troops 500 about 'About 500'"]],
  // Police who were hurt are casualties, not troops.
  ['The gunman opened fire and wounded two police officers, the chief said.', ["injured 2 exact 'two'"]],
  ['Four people were shot, one fatally, police said.', ["shot 4 exact 'Four'", "killed 1 exact 'one'"]],
  ['Hundreds of people were arrested and tortured.', ["detained 200 vague 'Hundreds'"]],
  // Headlines in title case.
  ['1 Man Dead, 8 People Wounded In House Party Shooting', ["killed 1 exact '1'", "injured 8 exact '8'"]],
  // The custody of someone else than the people counted is not their detention.
  ['5 Shot in Revenge Shooting in Brooklyn Park, Suspect in Police Custody', ["shot 5 exact '5'"]],
  // One more person joined to a count; the others added to the count before them.
  ['A woman was killed and three other women and a man injured in the shooting.', ["injured 4 exact 'three other women and a man'", "killed 1 exact 'A woman'"]],
  ['The gunman left one person dead, two officers wounded and three others injured.', ["killed 1 exact 'one'", "injured 5 exact 'two officers wounded and three'"]],
  ['Four women and one man were hospitalized after the shooting.', ["injured 5 at-least 'Four women and one'"]],
  // "in custody" right after the people, or after "be"; cue words of every pattern are scanned.
  ['Two men in custody after the shooting.', ["detained 2 exact 'Two'"]],
  ['Three men remain in custody.', ["detained 3 exact 'Three'"]],
  // In jail now, not in jail before; an indictment charges.
  ['The two suspects remain in the Wexley County Jail.', ["detained 2 exact 'two'"]],
  ['The two suspects are being held in the county jail.', ["detained 2 exact 'two'"]],
  ['Both suspects remain behind bars.', ["detained 2 exact 'Both suspects'"]],
  ['Allen remains in jail on a $1.7 million bond.', ["detained 1 exact 'Allen'"]],
  ['He had been in jail before.', []],
  ['A grand jury indicted two men in the shooting.', ["detained 2 exact 'two'"]],
  // Headlines that list counts by verbs: a participle after a comma is the next count's verb, present tenses too.
  ['No Bail for Teen Charged in Shooting That Killed 1, Injured 6', ["killed 1 exact '1'", "injured 6 exact '6'"]],
  ['Man charged in shooting that killed one, wounded three others', ["killed 1 exact 'one'", "injured 3 exact 'three'", "detained 1 exact 'Man'"]],
  ['Gunman kills 3 and injures 5 at party', ["killed 3 exact '3'", "injured 5 exact '5'"]],
  ['East Baltimore shooting wounds 4, kills 1', ["injured 4 exact '4'", "killed 1 exact '1'"]],
  ['A festival turned violent early Saturday after shots were fired into the crowd of thousands, injuring four people.', ["participants 2000 vague 'thousands'", "injured 4 exact 'four'"]],
  // Police releases' words: "pronounced deceased", "located an adult male deceased", victims besides the dead taken to hospital.
  ['Two victims, a 19-year-old male and a 17-year-old female, were pronounced deceased at the scene.', ["killed 2 exact 'Two'"]],
  ['Two people, a 14-year-old and an 18-year-old, were injured.', ["injured 2 exact 'Two'"]],
  ['In addition to these two children, a 15-year-old boy was shot in the foot.', ["shot 1 exact 'a 15-year-old boy'"]],
  ['A man was pronounced deceased at the scene.', ["killed 1 exact 'A man'"]],
  ['Officers located an adult male deceased inside a detached shed.', ["killed 1 exact 'an adult'"]],
  ['Six additional gunshot victims were transported to Wexley Regional Medical Center by private vehicle.', ["injured 6 exact 'Six'"]],
  ['Three other victims were rushed to area hospitals.', ["injured 3 exact 'Three'"]],
  ['Two other shooting victims were taken to nearby hospitals where one was pronounced deceased.', ["killed 1 exact 'one'"]],
  // A pair or list of names with their ages.
  ['Both suspects, Trevon Mills, 20, and Dylan Ortiz, 18, who turned himself in Friday, remain in the county jail.', ["detained 2 exact 'Both suspects'"]],
  ['Antonio Hernandez, 31, and Omero Garcia, 39, were killed in the shooting.', ["killed 2 exact 'Antonio Hernandez, 31, and Omero Garcia'"]],
  ['Ladonna Wright, 37, Louis Robinson, 20, and Antoine Wright, 33, were also shot.', ["shot 3 exact 'Ladonna Wright, 37, Louis Robinson, 20, and Antoine Wright'"]],
  ['Two men were captured near the border.', ["detained 2 exact 'Two'"]],
  ['Twelve villagers were abducted overnight.', ["missing 12 exact 'Twelve'"]],
  // A bare gunshot wound marks the shot, fatally or not; a wound said to be non-fatal is an injury.
  ['Upon arriving, officers found four victims who had sustained gunshot wounds.', ["shot 4 exact 'four'"]],
  ['Police found two males with gunshot wounds.', ["shot 2 exact 'two'"]],
  ['Two victims suffered non-life-threatening gunshot wounds.', ["injured 2 exact 'Two'"]],
  // Inverted: the count after "were".
  ['Also injured in the shooting were three men, ages 19, 21 and 22.', ["injured 3 exact 'three'"]],
  // One person joined before a count; not the object of another verb.
  ['A mother was killed, and an 11-month-old boy and two men wounded.', ["injured 3 exact 'an 11-month-old boy and two'", "killed 1 exact 'A mother'"]],
  ['The gunman killed a man and two women were wounded.', ["injured 2 exact 'two'", "killed 1 exact 'a man'"]],
  // A verb right before the number governs it; the cue word far after is another subject's.
  ['Man suspected of shooting 4 at a bar arrested', ["shot 4 exact '4'"]],
];

// Zero and singular counts: no digits.
const WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['No one was hurt in the blaze.', ["injured 0 exact 'No one was hurt'"]],
  ['No one was physically harmed in the attack.', ["injured 0 exact 'No one was physically harmed'"]],
  // a wound the person had: one of the injured
  ['A woman had a gunshot wound to the arm, police said.', ["injured 1 exact 'A woman'"]],
  ['The 4-year-old boy had multiple bullet wounds.', ["injured 1 exact 'The 4-year-old boy'"]],
  ['No arrests have been made.', ["detained 0 exact 'No arrests'"]],
  ['Detectives have not made any arrests in the case.', ["detained 0 exact 'have not made any arrests'"]],
  ['Police have not yet arrested anyone.', ["detained 0 exact 'have not yet arrested anyone'"]],
  ['The gunman is still on the run.', ["detained 0 exact 'is still on the run'"]],
  ['Neither suspect is in custody.', ["detained 0 exact 'Neither suspect is in custody'"]],
  ['A man was shot dead outside the store.', ["killed 1 exact 'A man'"]],
  // a killing told by its result after the person: "shot him dead", "stabbed his wife to death"
  ['Officers shot the gunman dead outside the school.', ["killed 1 exact 'the gunman'"]],
  ['Police shot him dead.', ["killed 1 exact 'him'"]],
  ['A man stabbed his wife to death on Sunday.', ["killed 1 exact 'his wife'"]],
  ['He beat a neighbor to death with a bat.', ["killed 1 exact 'a neighbor'"]],
  ['He admitted to accidentally shooting his friend dead.', ["killed 1 exact 'his friend'"]],
  ['He stabbed his estranged wife, Chericia Brown, to death.', ["killed 1 exact 'his estranged wife'"]],
  ['A teenager was stabbed in the chest outside the school.', ["shot 1 exact 'A teenager'"]],
  // the other of two, with its own verb and no noun
  ['One victim died and the other was wounded.', ["killed 1 exact 'One'", "injured 1 exact 'the other'"]],
  ['One man was killed and the other man was arrested.', ["killed 1 exact 'One'", "detained 1 exact 'the other man'"]],
  // the person before a relative clause ", who was killed"
  ['One of the officers returned fire, striking Fells, who was killed.', ["killed 1 exact 'Fells'", "shot 1 exact 'Fells'"]],
  ['The gunman, who was killed by police, has not been named.', ["killed 1 exact 'The gunman'"]],
  // taken to hospital with injuries (not gunshot wounds, which tell the shot, fatally or not)
  ['Thacker was transported to the hospital with non-life-threatening injuries.', ["injured 1 exact 'Thacker'"]],
  // a wounding, then a death of the same person
  ['A man was wounded and died at the hospital.', ["killed 1 exact 'A man'"]],
  ['A man, who also suffered gunshot wounds, was airlifted to the medical center where he later died.', ["killed 1 exact 'he'"]],
  // one person by role or trade (`ROLE_SINGULAR`), read where no `PERSON_SINGULAR` subject or object is
  ['A teacher was wounded in the hallway.', ["injured 1 exact 'A teacher'"]],
  ['The 60-year-old farmer, who lived alone, was killed.', ["killed 1 exact 'The 60-year-old farmer'"]],
  ['Gunmen killed a young farmer near the village.', ["killed 1 exact 'a young farmer'"]],
  ['Officers arrested a protester outside the station.', ["detained 1 exact 'a protester'"]],
  ['A school principal was wounded.', ["injured 1 exact 'A school principal'"]],
  ['Two men and a woman were being treated at Maryview Hospital for their wounds.', ["injured 3 exact 'Two men and a woman'"]],
  // others than the dead taken to hospital; not the victims taken there at large, who may have died
  ['Two people have died and four others were taken to hospital after a knife attack.', ["killed 2 exact 'Two'", "injured 4 exact 'four'"]],
  ['Two victims were airlifted to the trauma center and two others were taken to Homestead Hospital.', []],
  // others than the dead, shot; the shot who, their clause says, live: the injured
  ['A man was killed and two others were shot.', ["injured 2 exact 'two'", "killed 1 exact 'A man'"]],
  ['The shooting left one dead and 11 others shot.', ["killed 1 exact 'one'", "injured 11 exact '11'"]],
  ['The three other people who were shot are expected to recover.', ["injured 3 exact 'three'"]],
  ['Two men were shot and are in stable condition.', ["injured 2 exact 'Two'"]],
  ['Two men were shot and suffered non-life-threatening injuries.', ["injured 2 exact 'Two'"]],
  // not a part of them that lives
  ['Five people were shot, three of whom are expected to recover.', ["shot 5 exact 'Five'"]],
  // one person named or a pronoun, and others: the others and the one
  ['A 12-year-old was hurt after he and three others were shot on a basketball court.', ["shot 4 exact 'he and three'", "injured 1 exact 'A 12-year-old'"]],
  ['Flowers lay at the house where Varney and seven others were killed Sunday.', ["killed 8 exact 'Varney and seven'"]],
  ['John Smith, 24, and two others were arrested.', ["detained 3 exact 'John Smith, 24, and two'"]],
  // the object of a verb, named, and others: both its objects
  ['Police arrested Tyrell Banks and two others.', ["detained 3 exact 'Tyrell Banks and two'"]],
  ['Gunmen killed Ahmed Musa and four others near the market.', ["killed 5 exact 'Ahmed Musa and four'"]],
  // not a word that names no one
  ['Two were taken to the Medical Center and two others were sent to Regional Medical Center.', []],
  ['Police and two others were at the scene.', []],
  // the words of other newsrooms for the killed
  ['At least 25 people were martyred and 40 others injured in the blast.', ["killed 25 at-least 'At least 25'", "injured 40 exact '40'"]],
  ['Nine people were burnt to death when the mob set fire to the bus.', ["killed 9 exact 'Nine'"]],
  ['Fourteen soldiers were gunned down in the ambush.', ["killed 14 exact 'Fourteen'"]],
  ['A journalist was beheaded.', ["killed 1 exact 'A journalist'"]],
  ['The fire burned 20 homes.', []],
  ['The explosion claimed 31 lives.', ["killed 31 exact '31'"]],
  ['Two suspects surrendered to police on Friday.', ["detained 2 exact 'Two'"]],
  ['Three men were remanded in custody.', ["detained 3 exact 'Three'"]],
  ['Doctors saved 31 lives.', []],
  ['None of the hostages were harmed.', ["injured 0 exact 'None of the hostages were harmed'"]],
  // one of several: a lower bound
  ['A 7-year-old girl was among the dead.', ["killed 1 at-least 'A 7-year-old girl'"]],
  ["The gunman's mother was among those wounded.", ["injured 1 at-least 'The gunman's mother'"]],
  ['Three children were among the dead.', ["killed 3 at-least 'Three'"]],
  ['Two police officers are among the wounded.', ["injured 2 at-least 'Two'"]],
  ['The teen was pronounced dead at the scene.', ["killed 1 exact 'The teen'"]],
  ['Police arrested a second man on Friday.', ["detained 2 at-least 'a second man'"]],
  // an ordinal person beside another of the sentence is one more, not the same one
  ['A man who was shot Monday has died, and police say a second victim was found dead nearby.', ["killed 1 exact 'A man'", "killed 2 at-least 'a second victim'"]],
  ['John Smith, 20, was arrested on Sunday.', ["detained 1 exact 'John Smith'"]],
  // An age before a hometown, without its closing comma, is no count.
  ['Police say John Smith, 22 of Springfield, is charged with manslaughter.', ["detained 1 exact 'John Smith'"]],
  ['Mary Jones, 41 from Dayton, was killed.', ["killed 1 exact 'Mary Jones'"]],
  // An age after "also", "both" or "each" in an apposition is no count.
  ['Her brother, also 16, was wounded.', ["injured 1 exact 'Her brother'"]],
  ['Indianapolis police arrested Tristan Crayton, 28, of Westfield.', ["detained 1 exact 'Tristan Crayton'"]],
  ['Los Banos police arrested the pair in March.', ["detained 2 exact 'the pair'"]],
  // A list of described people: a relative in it is a person too.
  ['A woman and her adult grandson are facing charges.', ["detained 2 exact 'A woman and her adult grandson'"]],
  ['A woman and her niece were wounded.', ["injured 2 exact 'A woman and her niece'"]],
  ['He is currently in the custody of the sheriff.', ["detained 1 exact 'He'"]],
  // The second verb's cue word (`detention`) is of its family but not among its pattern's cue words.
  ['John Smith was arrested Friday and Mary Jones was held at the Harris County Detention Center.', ["detained 1 exact 'John Smith'", "detained 1 exact 'Mary Jones'"]],
  // Alone, the same detention: the sentence's cue words let the pattern run (`detention`).
  ['Mary Jones, 34, was held at the Harris County Detention Center on Monday.', ["detained 1 exact 'Mary Jones'"]],
  // A list of relatives counts them, one per item ("baby" names no second person).
  ['The man shot and killed his mother, stepfather, and grandmother on Saturday.', ["killed 3 exact 'his mother, stepfather, and grandmother'"]],
  ['His wife and baby daughter were killed in the fire.', ["killed 2 exact 'His wife and baby daughter'"]],
  // Hyphenated step- relatives and grandchildren are relatives too.
  ['He is accused of killing his mother, step-father and grandmother.', ["killed 3 exact 'his mother, step-father and grandmother'"]],
  ['The shooting injured his granddaughter.', ["injured 1 exact 'his granddaughter'"]],
  // "other friend" holds "her friend" mid-word: not a relation of someone named before.
  ['The other friend was shot in the leg.', ["shot 1 exact 'The other friend'"]],
  ['Moore was fatally shot while inside the garage.', ["killed 1 exact 'Moore'"]],
  ['Prosecutors charged him in the death of 15-year-old Braxton Bourda.', ["killed 1 exact 'Braxton Bourda'", "detained 1 exact 'him'"]],
  // "the fatal shooting of" a person names one killed, as "the death of" does
  ['Detectives are looking into the fatal shooting of a 19-year-old woman near the park.', ["killed 1 exact 'a 19-year-old woman'"]],
  ['A man was charged in the fatal stabbing of Lena Morrow, 31.', ["detained 1 exact 'A man'", "killed 1 exact 'Lena Morrow'"]],
  // a headline's present tense, and a person without a determiner after its verb
  ['Police: Father shoots son in the shoulder in Dunmore', ["shot 1 exact 'son'"]],
  ['Deputy fatally shoots man outside Harlem bar', ["killed 1 exact 'man'"]],
  ['Man fatally shoots girl, injures boy in Elmwood', ["killed 1 exact 'girl'", "injured 1 exact 'boy'"]],
  ['Teen dad kills infant, self in Dunmore', ["killed 1 exact 'infant'", "killed 2 exact 'infant, self'"]],
  ['A man killed his wife, then himself, deputies said.', ["killed 1 exact 'his wife'", "killed 2 exact 'his wife, then himself'"]],
  // one person and a count joined to it: a role noun, a count of the person's kin
  ['Three students and a teacher were killed.', ["killed 4 exact 'Three students and a teacher'"]],
  ['A woman and her two sons were killed in the fire.', ["killed 3 exact 'A woman and her two'"]],
  ['He killed a woman and her two sons.', ["killed 3 exact 'a woman and her two'"]],
  ['Police: Son fatally shoots his father in hunting accident', ["killed 1 exact 'his father'"]],
  ['Stray bullet hits 15-year-old girl at cookout', ["shot 1 exact '15-year-old girl'"]],
  ['Woman hit by stray bullet while sleeping', ["shot 1 exact 'Woman'"]],
  ['Man hit by car on Main Street', []],
  ['The gun went off and fatally struck Ralston in the back.', ["killed 1 exact 'Ralston'"]],
  // no finite verb before the person: a noun's use
  ['The shooting suspect was arrested on Friday.', ["detained 1 exact 'The shooting suspect'"]],
  // a town or a name before a person noun describes the person; it is no name of theirs
  ['Arrest made in fatal shooting of 16-year-old Harlem boy', ["killed 1 exact '16-year-old Harlem boy'"]],
  ['Jury selection begins in the 2019 fatal shooting of Dunmore teenager.', ["killed 1 exact 'Dunmore teenager'"]],
  // (a title and the name after it: the person's words hold the name, "Kern County deputy Ray Olsen")
  ['He fled after he wounded Kern County deputy Ray Olsen.', ["injured 1 exact 'Kern County deputy Ray Olsen'"]],
  ['A 19-year-old man shot and killed his infant daughter before turning the gun on himself.', ["killed 1 exact 'his infant daughter'", "killed 1 exact 'turning the gun on himself'"]],
  ['A man shot and killed his wife before killing himself, deputies said.', ["killed 1 exact 'his wife'", "killed 1 exact 'killing himself'"]],
  // a road's number is no count; a suspect who fled and was then arrested is one arrest (the zero gives way in reconciling)
  ['A suspect fled the scene on his motorcycle and crashed it on the 805 freeway, where he was arrested by police.', ["detained 0 exact 'suspect fled'", "detained 1 exact 'he'"]],
  ['A man shot and killed his wife and children before setting the house on fire.', ["killed 3 at-least 'his wife and children'"]],
  // the ages in the apposition are no counts; the sons in the plural are at least two
  ['Her sons, 7 and 8, were critically hurt.', ["injured 2 at-least 'Her sons'"]],
  ['Both Bass and the baby were dead from gunshot wounds.', ["killed 2 exact 'Both Bass and the baby'"]],
  ['Oskar Brantley and Lidia Farrow were shot dead on Monday.', ["killed 2 exact 'Oskar Brantley and Lidia Farrow'"]],
  ['Police arrested Ann Jones, Bo Lin and Cy Ray on Friday.', ["detained 3 exact 'Ann Jones, Bo Lin and Cy Ray'"]],
  ['Three others sustained non-fatal bullet wounds.', ["injured 3 exact 'Three'"]],
  ['Four men coming from a repast to honor a slain friend were shot, one fatally.', ["shot 4 exact 'Four'", "killed 1 exact 'one'"]],
  ['A fifth victim was grazed by a bullet.', ["injured 5 at-least 'A fifth victim'"]],
  // Headlines without an article or "was".
  ['Man killed in accidental shooting', ["killed 1 exact 'Man'"]],
  ['Officials identify man killed by apparent accidental gunshot', ["killed 1 exact 'man'"]],
  ['5th person dies after July murder-suicide', ["killed 5 at-least '5th person'"]],
  ['Springfield Police: Person killed in accidental shooting', ["killed 1 exact 'Person'"]],
  ['Police: Man charged in fatal shooting', ["detained 1 exact 'Man'"]],
  ['The attack left a mother and a grandmother dead.', ["killed 2 exact 'a mother and a grandmother'"]],
  // A headline's subject without a determiner: a place or a word, an age, the person (or the age alone).
  ['× Boone County man dies after accidentally shooting himself, police say', ["killed 1 exact 'Boone County man'"]],
  ['VA 2-year-old dies from injuries in accidental shooting', ["killed 1 exact 'VA 2-year-old'"]],
  ['Magnolia youth, Hank Bollen, dies in Union County hunting accident', ["killed 1 exact 'Magnolia youth'"]],
  ['Local man was shot on Friday.', ["shot 1 exact 'Local man'"]],
  ['Armed suspect dies after officer-involved shooting', ["killed 1 exact 'Armed suspect'"]],
  ['× Third person dies after weekend shooting', ["killed 3 at-least 'Third person'"]],
  // A determiner after the opening words starts the person's words.
  ['Buy Photo A 9-year-old child was killed at home.', ["killed 1 exact 'A 9-year-old child'"]],
  // Headlines of a death with three opening words, an age in apposition or an age in months; an adverb after "was".
  ['Otter Tail County Boy Dies After Being Accidentally Shot', ["killed 1 exact 'Boy'"]],
  ['Teen, 17, dead in apparent accidental shooting in Arlington', ["killed 1 exact 'Teen'"]],
  ['Police: 18-month old dead after shooting in Beebe', ["killed 1 exact '18-month old'"]],
  ['He was accidentally killed Friday while playing with a gun.', ["killed 1 exact 'He'"]],
  // A wounded person who died is among the dead; an ordinal after the dead counts one of another kind.
  ['The toll rose to three after a man who had been critically wounded died at the hospital.', ["killed 3 exact 'three'"]],
  ['Two workers were shot and killed and a third was wounded at a warehouse.', ["killed 2 exact 'Two'", "injured 1 exact 'a third'"]],
  ['No one was in custody, and detectives were investigating.', ["detained 0 exact 'No one was in custody'"]],
  // Headlines of the wounded and the shot, without "was"; a bullet that grazed someone.
  ['13-year-old Pollok boy injured in accidental shooting', ["injured 1 exact '13-year-old Pollok boy'"]],
  ['Killeen 2-year-old in critical condition from gunshot', ["injured 1 exact '2-year-old'"]],
  ['Teen seriously wounded in Far South Side drive-by shooting', ["injured 1 exact 'Teen'"]],
  ['Orangeburg man shot while hunting', ["shot 1 exact 'man'"]],
  ['Man shot at Westside gas station; suspect in custody', ["shot 1 exact 'Man'"]],
  // the children of a parent and an age in a relative clause are no counts
  ['Ortega, 46, a father of three, was shot twice on Saturday night.', ["shot 1 exact 'Ortega'"]],
  ['My brother Daniel, who was 22, was arrested at the gate.', ["detained 1 exact 'Daniel'"]],
  ['Police officer shot in foot while avoiding attacking dog', ["shot 1 exact 'officer'"]],
  ['Bullet grazes teen after skate park dispute', ["injured 1 exact 'teen'"]],
  ['Three juveniles were shot and a bullet grazed a 4th person.', ["shot 3 exact 'Three'", "injured 4 at-least '4th person'"]],
  // One shot whose clause says they survived is wounded; one who shot himself is shot (not "to death").
  ['The boyfriend was also shot in his leg and is expected to recover.', ["injured 1 exact 'The boyfriend'"]],
  ['An adult male was shot in the leg and is listed in stable condition.', ["injured 1 exact 'An adult male'"]],
  ['A 16-year-old boy accidentally shot himself in the shin.', ["shot 1 exact 'A 16-year-old boy'"]],
  ['A Chetek man accidentally shot himself to death.', ["killed 1 exact 'shot himself to death'"]],
  // "Both" alone before its verb is two people.
  ['Both were pronounced dead at the scene.', ["killed 2 exact 'Both'"]],
  // An age stands for the determiner, anywhere; a place with its state may describe the person.
  ['Older brother of 10-year-old Aurora boy who was fatally shot arrested in case', ["killed 1 exact '10-year-old Aurora boy'"]],
  ['Prosecutors charged 20-year-old man in the death.', ["detained 1 exact '20-year-old man'"]],
  ['A 7-year-old Georgetown, California boy was shot in the chest.', ["shot 1 exact 'A 7-year-old Georgetown, California boy'"]],
  // The determiner starts a word: "data man" holds no "a man".
  ['The data man was shot on Friday.', ["shot 1 exact 'The data man'"]],
  // A list of described people before a plural verb counts them; the later ones may drop the determiner or have a possessive.
  ['A man, woman and boy were wounded late Tuesday.', ["injured 3 exact 'A man, woman and boy'"]],
  ['Shortly before 9 p.m., an 18-year-old man and 50-year-old woman were wounded.', ["injured 2 exact 'an 18-year-old man and 50-year-old woman'"]],
  ['A 44-year-old man and a 17-year-old girl died Friday.', ["killed 2 exact 'A 44-year-old man and a 17-year-old girl'"]],
  ['A mother and her son were wounded.', ["injured 2 exact 'A mother and her son'"]],
  // Not before "was": the first person is another verb's object. Nor across "after" (a list of relatives).
  ['The gunman shot a man and a woman was injured.', ["injured 1 exact 'a woman'", "shot 1 exact 'a man'"]],
  ['The infant was rushed to the hospital after his mother and grandmother were shot and killed.', ["killed 2 exact 'his mother and grandmother'"]],
  // Headlines of arrests, after a dateline too.
  ['Juvenile charged with murder in shooting of 17-year-old', ["detained 1 exact 'Juvenile'"]],
  ['Jerome Lee Hart arrested Tuesday on murder warrant', ["detained 1 exact 'Jerome Lee Hart'"]],
  ['BOISE, Idaho (AP) - A couple charged with the shooting have pleaded not guilty.', ["detained 2 exact 'couple'"]],
  // Headlines in the present tense, with the police as subject.
  ['Police apprehend suspect in Saturday shooting', ["detained 1 exact 'suspect'"]],
  // Arrest phrasings: "being charged", "held at ... Jail", "placed under arrest", "facing charges", "took ... into custody".
  ['Dana Brooks is being charged with manslaughter.', ["detained 1 exact 'Dana Brooks'"]],
  ['He is being held at the Marion County Jail.', ["detained 1 exact 'He'"]],
  ['The juvenile was placed under arrest for reckless homicide.', ["detained 1 exact 'The juvenile'"]],
  ['The teen is facing charges.', ["detained 1 exact 'The teen'"]],
  ["The sheriff's office took Kia Moss into custody.", ["detained 1 exact 'Kia Moss'"]],
  // Pairs.
  ['Police have charged the parents of a 3-year-old girl.', ["detained 2 exact 'the parents'"]],
  ['Both of these violent men are back in custody.', ["detained 2 exact 'Both of these violent men'"]],
  // A hometown after the name, a relative clause after the person.
  ['16-year-old Alan Reyes of North Park was arrested for the homicide.', ["detained 1 exact 'Alan Reyes'"]],
  ["Their 12-year-old daughter who wasn't identified is hospitalized in critical condition.", ["injured 1 exact 'Their 12-year-old daughter'"]],
  ['A 3-year-old boy was accidentally shot in the shoulder.', ["shot 1 exact 'A 3-year-old boy'"]],
  // Ordinals: in digits right before the person; "another" sets a person apart and counts one.
  ['The 4th victim is listed in critical condition.', ["injured 4 at-least 'The 4th victim'"]],
  // A status of some of the injured bounds their number from below, whatever the count's words.
  ['The wounded were taken to the hospital, where doctors said several were in critical condition.', ["injured 3 at-least 'several'"]],
  ['More than five were in critical condition.', ["injured 5 more-than 'More than five'"]],
  ['Up to three were in critical condition.', ["injured 3 at-most 'Up to three'"]],
  ['The 3rd grade girl who was grazed is resting at home.', ["injured 1 exact 'The 3rd grade girl'"]],
  ['A fourth person has been arrested in the shooting.', ["detained 4 at-least 'A fourth person'"]],
  // Ordinals past the sixth, and a headline's ordinal without its article.
  ['An eighth suspect has been arrested.', ["detained 8 at-least 'An eighth suspect'"]],
  ['8th suspect arrested in parking lot shooting', ["detained 8 at-least '8th suspect'"]],
  ['Police arrested a 10th suspect on Friday.', ["detained 10 at-least 'a 10th suspect'"]],
  // A school year is no ordinal.
  ['Fourth grader dead after shooting at home', ["killed 1 exact 'Fourth grader'"]],
  ['A third grader was wounded.', ["injured 1 exact 'A third grader'"]],
  // The happening the person is part of, between the person and the verb.
  ['A suspect in the shooting has been arrested.', ["detained 1 exact 'A suspect'"]],
  ["A suspect in Sunday's fatal shooting was arrested Monday.", ["detained 1 exact 'A suspect'"]],
  ['The second suspect in the Main Street shooting has been arrested.', ["detained 2 at-least 'The second suspect'"]],
  // "turned himself into police": a common spelling of "turned himself in to police".
  ['On Friday, John Smith turned himself into police.', ["detained 1 exact 'John Smith'"]],
  ['Another teen was critically injured.', ["injured 1 exact 'Another teen'"]],
  // A person the report is unsure of: four or five.
  ['Four people were shot, and a fifth person may have been wounded, too.', ["shot 4 exact 'Four'", "injured 4 range 'a fifth person'"]],
  // Held as one accused (without bond, on a bond, in connection with), or taken to a jail.
  ['He is being held without bond.', ["detained 1 exact 'He'"]],
  ['She is being held on a $50,000 bond.', ["detained 1 exact 'She'"]],
  ['Smith was held on $1 million bail.', ["detained 1 exact 'Smith'"]],
  ['The suspect is held on $2 million bail.', ["detained 1 exact 'The suspect'"]],
  ['One man was held without bail.', ["detained 1 exact 'One man'"]],
  ['Two men are being held in connection with the attack.', ["detained 2 exact 'Two'"]],
  ['Three suspects were being held on charges of murder.', ["detained 3 exact 'Three'"]],
  ['The suspect was held on suspicion of murder.', ["detained 1 exact 'The suspect'"]],
  ['Ceesay was transported to Franklin County jail and charged with assault.', ["detained 1 exact 'Ceesay'"]],
  ['Lee was taken to jail.', ["detained 1 exact 'Lee'"]],
  ['Stroh is being held at the Multi County Correctional Center.', ["detained 1 exact 'Stroh'"]],
  // Those who attack, rob or break in, and those who know the victim, by role.
  ['The intruder was shot and killed by the homeowner.', ["killed 1 exact 'The intruder'"]],
  ['A burglar was shot by the homeowner.', ["shot 1 exact 'A burglar'"]],
  ['The clerk shot and killed the robber.', ["killed 1 exact 'the robber'"]],
  ['Two robbers were killed.', ["killed 2 exact 'Two'"]],
  ['The perpetrator was charged with manslaughter.', ["detained 1 exact 'The perpetrator'"]],
  ["The victim's acquaintance was arrested.", ["detained 1 exact 'The victim's acquaintance'"]],
  // A role after a possessive determiner.
  ['Her partner was stabbed.', ["shot 1 exact 'Her partner'"]],
  // Found with a wound: "found X suffering from a gunshot wound", "with non-life-threatening injuries".
  ['Officers found a man suffering from multiple gunshot wounds.', ["shot 1 exact 'a man'"]],
  ['When they arrived, officers found a 5-year-old girl suffering from a gunshot wound.', ["shot 1 exact 'a 5-year-old girl'"]],
  ['Officers found a man and a woman with gunshot wounds.', ["shot 2 exact 'a man and a woman'"]],
  ['Deputies found the driver suffering from non-life-threatening injuries.', ["injured 1 exact 'the driver'"]],
  // Came to a hospital with a wound.
  ['Tony McLaughlin, 38, of Calais, had arrived at Calais Regional Hospital with a gunshot wound.', ["shot 1 exact 'Tony McLaughlin'"]],
  ['A man walked into the emergency room with a gunshot wound to the leg.', ["shot 1 exact 'A man'"]],
  ['He went to the hospital with a gunshot wound and died.', ["killed 1 exact 'He'"]],
  // Conditions as hospitals and police word them.
  ['The shooting left a man in extremely critical condition.', ["injured 1 exact 'a man'"]],
  ['The child was in critical but stable condition.', ["injured 1 exact 'The child'"]],
  ['The 4-year-old was listed in temporary serious condition.', ["injured 1 exact 'The 4-year-old'"]],
  ['Two were in serious but stable condition.', ["injured 2 at-least 'Two'"]],
  ['Police say both victims are recovering.', ["injured 2 exact 'both victims'"]],
  // The person's words start at its determiner, not at an earlier one ("in a press release the child").
  ['Police said in a press release the child was in critical condition.', ["injured 1 exact 'the child'"]],
  // One described as wounded, before or after the noun; one who then died is one of the dead.
  ['Officials said the injured child was brought to the hospital.', ["injured 1 exact 'the injured child'"]],
  ['The critically injured officer was flown to a trauma center.', ["injured 1 exact 'The critically injured officer'"]],
  ['A man wounded in the shooting was taken to the hospital.', ["injured 1 exact 'A man'"]],
  ['A woman wounded in the attack died two days later.', ["killed 1 exact 'A woman'"]],
  ['The gunman wounded at least five people.', ["injured 5 at-least 'at least five'"]],
  // A headline's person past its start, without an article: "who died", "is killed".
  ['Services set for Malin boy who died of gunshot wound', ["killed 1 exact 'boy'"]],
  ["Sheriff's office releases name of teen who died in shooting", ["killed 1 exact 'teen'"]],
  ['Neighborhood in fear after girl, 15, is killed by masked gunmen', ["killed 1 exact 'girl'"]],
  // A life claimed or taken; one dropped off at a hospital who later died.
  ['An accident with a firearm claimed the life of 4-year-old Summer Miller.', ["killed 1 exact 'Summer Miller'"]],
  ['The bullet took the life of a 16-year-old boy.', ["killed 1 exact 'a 16-year-old boy'"]],
  ['A shooting victim had been dropped off for treatment and later died.', ["killed 1 exact 'A shooting victim'"]],
  // Words between the verb and its count: "a further", "another", "a total of".
  ['The blast killed a further 3 people.', ["killed 3 exact '3'"]],
  ['Gunmen killed another 5 people.', ["killed 5 exact '5'"]],
  ['The attack killed a total of 12 people.', ["killed 12 exact '12'"]],
  // A further count of the same kind in the sentence adds to the one before; of another kind it is its own.
  ['Five people were killed on Monday and a further three died on Tuesday.', ["killed 8 exact 'Five people were killed on Monday and a further three'"]],
  ['Two men were killed and another two injured.', ["killed 2 exact 'Two'", "injured 2 exact 'two'"]],
  // Captured people are detained; not people a camera captured.
  ['The army captured 30 rebel fighters.', ["detained 30 exact '30'"]],
  // "nearly" of the number is its qualifier, not a near miss.
  ['The attack killed nearly 200 people.', ["killed 200 about 'nearly 200'"]],
  // The common misspelling "accidently"; "accidentally injured".
  ['The child was accidently shot.', ["shot 1 exact 'The child'"]],
  ['A student was accidentally injured by a gun.', ["injured 1 exact 'A student'"]],
  // "took nine people into custody"; "hospitalized a child".
  ["Sheriff's deputies took nine people into custody to question them.", ["detained 9 exact 'nine'"]],
  ['Deputies are investigating an accidental shooting that hospitalized a child.', ["injured 1 exact 'a child'"]],
  // "were both ...": two, whatever of the subject was read; "were all ..." of one read: how many is unsaid.
  ['Veronica Mercado and her 2-year-old child were both found dead inside a home.', ["killed 2 exact 'her 2-year-old child'"]],
  // taken to a hospital after being shot; arrived at a hospital shot; "but (later) died".
  ['A 5-year-old boy was taken to a hospital in Lancaster after being shot in the hand.', ["shot 1 exact 'A 5-year-old boy'"]],
  ['A 20-year-old woman arrived at Loretto Hospital shot in the abdomen.', ["shot 1 exact 'A 20-year-old woman'"]],
  ['Rangel was rushed to a nearby hospital, but died the next day.', ["killed 1 exact 'Rangel'"]],
  // a hometown after "from"
  ['An 18-year-old male from Milwaukee was also shot in the abdomen.', ["shot 1 exact 'An 18-year-old male'"]],
  // one killed, the participle after the noun
  ['Davis was identified as the deputy killed in the line of duty.', ["killed 1 exact 'the deputy'"]],
  ['The man killed was identified as Adarius Hayes, 21.', ["killed 1 exact 'The man'"]],
  ['Friends of a 16-year-old boy shot and killed late Friday night held a vigil.', ["killed 1 exact 'a 16-year-old boy'"]],
  // An aside in dashes or parentheses between a count and its verb; a title's period inside the clause.
  ['Four people — three of them teenagers — were shot late Tuesday night.', ["shot 4 exact 'Four'"]],
  // (the people in parentheses are told with the verb too: the same four)
  ['Officers determined that four people (three men and one woman) had been injured by the gunfire.', ["injured 4 exact 'four'", "injured 4 exact 'three men and one'"]],
  ['A total of four people, including Mr. Bolden, were wounded in the shooting.', ["injured 4 exact 'four'"]],
  // "One of the victims died": at least one.
  ['One of the victims died.', ["killed 1 at-least 'One of the victims'"]],
  ['One of the suspects was arrested Tuesday.', ["detained 1 at-least 'One of the suspects'"]],
  // A count past "the", "her", "all" after its verb; "left the two men dead".
  ['Police found Brown had killed the two children.', ["killed 2 exact 'two'"]],
  ['He shot all 4 people.', ["shot 4 exact '4'"]],
  ['The attack left the two men dead.', ["killed 2 exact 'two'"]],
  // Found shot; fighting for one's life; found shot to death; placed into custody.
  ['Two others were also found shot at the crime scene.', ["shot 2 exact 'Two'"]],
  ['A 14-year-old boy is fighting for his life.', ["injured 1 exact 'A 14-year-old boy'"]],
  ['Inside the home, police said, a 1-year-old girl was found shot to death.', ["killed 1 exact 'a 1-year-old girl'"]],
  ['He was placed into custody.', ["detained 1 exact 'He'"]],
  // One described as slain or dead; one wounded or killed with the participle and a time word after the noun.
  ['The slain teenager was identified as Jesse Romero.', ["killed 1 exact 'The slain teenager'"]],
  ['A man injured Wednesday afternoon was trying to secure his gun.', ["injured 1 exact 'A man'"]],
  ['The agent injured in the shooting has been taken to a hospital.', ["injured 1 exact 'The agent'"]],
  // After being shot, whatever the verb; a headline's adverb and age.
  ['A man collapsed onto her after being shot.', ["shot 1 exact 'A man'"]],
  ['Frankfort Teen Accidentally Shot, Killed During Christmas Gathering', ["killed 1 exact 'Teen'"]],
  ["Boy, 12, Arrested in Teen's Fatal Shooting", ["detained 1 exact 'Boy'"]],
  // A count before an age: "Two 16-year-old males"; an aside of some of them in commas.
  ['Two 16-year-old males were shot after they left the fairgrounds.', ["shot 2 exact 'Two'"]],
  ['Three men, one of whom was shot, were arrested.', ["detained 3 exact 'Three'", "shot 1 at-least 'one of whom'"]],
  ['Four people were shot, one of them fatally.', ["shot 4 exact 'Four'", "killed 1 at-least 'one of them'"]],
  // A headline's name killed; the other at a sentence's start; slain after a possessive or opening a headline.
  ['PD: Nora Osman, 19, shot and killed at S. Phoenix party', ["killed 1 exact 'Nora Osman'"]],
  ['The other was shot in the hand.', ["shot 1 exact 'The other'"]],
  ["He carried his slain daughter's body into a back bedroom.", ["killed 1 exact 'his slain daughter'"]],
  ['Slain wife warned police that husband threatened to kill her', ["killed 1 exact 'Slain wife'"]],
  // left someone shot; shot and pronounced dead; before being arrested.
  ['The incident left a 4-year-old shot in the head.', ["shot 1 exact 'a 4-year-old'"]],
  ['Shakir Williams was shot multiple times and pronounced dead on the scene.', ["killed 1 exact 'Shakir Williams'"]],
  ['Wallace was on the run for more than a month before being arrested in September.', ["detained 1 exact 'Wallace'"]],
  // "found two people shot."; "fatally injuring"; found with the place between; "remains in critical condition"; "was hit ... and died".
  ['Officers found two people shot.', ["shot 2 exact 'two'"]],
  ['Bullets struck the house, fatally injuring Maleki Parker.', ["killed 1 exact 'Maleki Parker'"]],
  ['A deputy found a man inside the home dead from an apparent gunshot wound.', ["killed 1 exact 'a man'"]],
  ['An 11-year-old girl remains in critical condition.', ["injured 1 exact 'An 11-year-old girl'"]],
  ['Kason Barnes was hit in the head and died at the scene.', ["killed 1 exact 'Kason Barnes'"]],
  ['One of the students, an 8-year-old boy, died after being rushed to the hospital.', ["killed 1 at-least 'One of the students'"]],
  // people receiving treatment at a hospital are injured
  ['Twelve bodies have been recovered and four people are receiving treatment at the hospital.', ["killed 12 exact 'Twelve'", "injured 4 exact 'four'"]],
  // "scores" with a casualty word on either side; people trapped under rubble are missing.
  ['The bombing left 35 dead and scores wounded.', ["killed 35 exact '35'", "injured 40 vague 'scores'"]],
  ['Troops opened fire on protesters, killing 11 and injuring scores.', ["killed 11 exact '11'", "injured 40 vague 'scores'"]],
  ['Rescuers said 40 people were still trapped under the rubble.', ["missing 40 exact '40'"]],
  // Names with an inner capital.
  ['DeShawn Jones was shot.', ["shot 1 exact 'DeShawn Jones'"]],
];

// Numbers that are never claims: ages, anniversaries, durations, dates, money, distances, things.
const NEGATIVE: readonly string[] = [
  // how badly, not how many: "no one was seriously injured" counts no serious injuries, not no injured
  'All of the victims were adults; no one was seriously injured.',
  'Nobody was badly hurt when the gunman fired at the car.',
  // "shot" the noun: a caliber after it, not people shot
  'The weapon was a single shot 223, according to the Sheriff’s Department.',
  'He fired a warning shot 2 feet over their heads.',
  // A getaway is no displacement; attending school, coming to a house or filling a cart gathers no one; responding police are no troops.
  'The three men fled in an SUV after the shooting.',
  'Police wrote that his conduct could have resulted in serious injuries to any of the hundreds of bystanders who fled across the avenue to escape his gunfire.',
  'Two men fled to a waiting car.',
  // "were all charged" of the one name read: how many, unsaid; a tally of a year by its ordinal
  'Martin, Pierre Vann, 22 and Gregory Brown, 22, were all charged with assault.',
  'The teen was the 12th person shot and killed by on-duty officers this year.',
  // "left the two oldest in the back seat": no predicate of harm; a dead end is no one; one shot at
  'Starks-Vaulx left the two oldest in the back seat.',
  'The road was a dead end.',
  'The officer returned fire after being shot at.',
  // the shot fired, not a person shot
  'He fired one shot.',
  // the scores of a game
  'The two teams traded scores in the first half.',
  // a camera's capture
  'Surveillance video also captured two men running from the store.',
  // a near miss: no one killed
  'Police bullets nearly killed his father-in-law.',
  'The blast nearly killed 12 people.',
  'Two men were nearly killed.',
  // "who killed": the person killed someone (nobody counted without a number)
  'Police Officer Who Killed Teen Is Cleared',
  // a plural noun opening a headline is no one person's name
  'Police: Victims are in critical condition',
  // "held" of a hostage, a vigil, a meeting: no one detained
  'The two hostages were held in a basement.',
  'A vigil for the three victims was held on Sunday.',
  'A meeting of 40 residents was held in connection with the case.',
  'Three men have fled, police said.',
  'Several families of the wounded walked at the front of the march.',
  'Swift was the fourth teenager killed in 2017.',
  // a partitive none, children of a parent, an age in a relative clause
  'Three other children were in the home at the time, but none was hurt.',
  'None of the four people inside was hurt.',
  'The 13-month-old is in the custody of the Department of Children and Families.',
  'All three children attended Lincoln Elementary School.',
  'Two people inside the restaurant came out to render aid.',
  'The five men came to his home to attack him.',
  'Witnesses saw the three individuals pushing carts filled with diapers.',
  'Several police officers responded earlier in the night to the square where a large crowd had gathered.',
  // A supposition: no one was.
  'Any of the hundreds of bystanders could have been hurt.',
  'Two men could have died in the crash.',
  'Azerbaijan will have three consecutive non-working days.',
  'The troops entered the city from five directions.',
  'In protest, thousands of rallies were held.',
  'People marked the 30th anniversary of the invasion.',
  'It brought the 70-year-old empire to the edge of collapse.',
  '35 years have passed since the reprisal.',
  'Among the victims were a seven year-old boy and an eighty year-old man.',
  'The shooting happened at 9 p.m. on January 20, 1990.',
  'The victim was found 3 miles from home.',
  'He fired 12 shots from a 9mm pistol.',
  'Police received 4 calls about the noise.',
  'The country gained independence in 1918 and lost it in 1920.',
  // People asked about, not stated.
  'It remained unclear early Sunday whether the suspect escaped or whether he was killed in the fire.',
  'Police did not say if the woman was hurt.',
  // Ages in an apposition, not counts.
  'Among the victims were Smith, 20, Jones, 22, and Doe, 19.',
  'The boys, both 15, were charged.',
  // A person killed in another event, named in running text.
  'A vigil honored a man killed in a shooting last week.',
  // Detentions that are not arrests, asked about, or to come.
  'Police did not say whether the shooter was arrested.',
  'Three people were detained for questioning and later released.',
  'She was detained for additional questioning.',
  'One student will be charged as an adult.',
  'He will face charges.',
  'Officers tried to arrest a man on Friday.',
  'He turned himself into a target.',
  'The suspect is no longer on the run.',
  'Police prepared to take him into custody.',
  'The child was placed in protective custody.',
  'A reward is offered for information leading to the arrest of a suspect.',
  // A person's record of arrests, not arrests in the event.
  'The suspect has four prior arrests, including two from last year.',
  'He has at least five arrests dating back to 2010, according to police.',
  'Court records list three previous arrests for theft.',
  'Records show he had 12 arrests on his record.',
  'Both have been arrested previously carrying guns.',
  'He was arrested multiple times for drugs.',
  // Headlines of more than one person, or of one who shot at others (a death is read: "Man shot, killed in Dayton", below).
  'Teens and 12-year-old injured in Wilmington shooting',
  'Suspect shot at officers before fleeing',
  'A couple of witnesses were interviewed.',
  // A determiner that ends a longer word; a headline's subject only at the opening; a possessive names someone else.
  'Investigators said data man was shot.',
  'Officials said Tuesday that Arizona man was shot.',
  "Smith's father has been charged with obstructing an officer.",
  'Boone County deputies were injured.',
  // A verb after a count of more than one, in the singular and without a subject of its own, is said of someone else.
  'He robbed two women and was later arrested.',
  'He robbed two stores and was arrested on Monday.',
  'None of the three men was arrested.',
  // A death of natural causes; one honoured (mostly of another event); one not hurt.
  'Robles, who had died of natural causes, was his neighbor.',
  'The vigil honored Javon Booker, who was killed in a robbery last year.',
  'She hugged her son, who was not hurt.',
  // A negation between the count and its cue word.
  'They saw two men arguing, but did not see anyone injured.',
  'Two people were not injured.',
];

describe('claim rules: numbers tied to a kind', () => {
  it.each(NUMBER_KIND)('%s', (text, expected) => {
    expect(claimRows(text)).toEqual(expected);
  });
});

describe('claim rules: ages in a relative clause', () => {
  it.each(['Three men, who police said were 20, 21 and 22, were arrested.', 'Three men, who were 20, 21 and 22, were arrested.'])('%s: no age is a count', (text) => {
    // Note: the three are not read either (the count's words stop at the ages): a count missed, not a wrong one.
    expect(kindValues(text).filter(([, value]) => value >= 20)).toEqual([]);
  });
});

describe('claim rules: counts in words', () => {
  it.each(WORDS)('%s', (text, expected) => {
    expect(claimRows(text)).toEqual(expected);
  });
});

describe('claim rules: negative cases', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(claimRows(text)).toEqual([]);
  });
});

describe('claim spans', () => {
  it('point at the sentence and the number words', () => {
    const analysis = analyzeText('Fire broke out. On that night, 130 civilians died in Baku. Nobody else was hurt.');
    checkClaimSpans(analysis);
    const [claim] = analysis.claims;
    expect(claim?.quote).toBe('On that night, 130 civilians died in Baku.');
    expect(claim?.span.start).toBe(16);
    expect(claim?.scope).toMatchObject({ key: 'main', place: 'Baku' });
  });
  it('tie a claim about another shooting to other happenings', () => {
    const { claims } = analyzeText('An unrelated shooting in Orlando on Sunday killed two and injured 10.');
    expect(claims.map((c) => [c.kind, c.value, c.scope.key])).toEqual([['killed', 2, 'other'], ['injured', 10, 'other']]);
    expect(analyzeText('In a separate shooting, a man was wounded.').claims.map((c) => c.scope.key)).toEqual(['other']);
    expect(analyzeText('A man was wounded in the shooting.').claims.map((c) => c.scope.key)).toEqual(['unscoped']);
  });
  it('read a count past ", among them ...,", and residents who left their homes as displaced', () => {
    expect(kindValues('Eleven other people, among them seven police officers, were wounded in the attack.')).toEqual([['injured', 11]]);
    expect(kindValues('Some 1.200 residents left their homes after the attack.')).toEqual([['displaced', 1200]]);
    expect(kindValues('Two people left their home before the shooting.')).toEqual([]);
  });
  it('read a correction told in the passive, of the injured too, and not the count it replaces', () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.isCorrection === true]);
    expect(rows('The number of wounded was revised down to 25.')).toEqual([['injured', 25, true]]);
    expect(rows('The death toll was lowered to 12.')).toEqual([['killed', 12, true]]);
    expect(rows('One of the 26 people initially reported wounded had not been shot, which is why the count of wounded was lowered to 25.')).toEqual([['injured', 25, true]]);
  });
  it('read a headline\'s "shot to death" and "shot, killed", and "passed away", as a death', () => {
    const rows = (text: string) => analyzeText(text).claims.filter((c) => c.kind === 'killed').map((c) => [c.kind, c.value]);
    expect(rows('Douglas teen shot to death; girl in custody')).toEqual([['killed', 1]]);
    expect(rows('Teen shot, killed during party in Fresno')).toEqual([['killed', 1]]);
    // one person: killed, not also shot
    expect(claimRows('Man shot, killed in Dayton')).toEqual(["killed 1 exact 'Man'"]);
    expect(rows('Man beaten to death outside bar')).toEqual([['killed', 1]]);
    expect(rows('Smith passed away at the hospital on Saturday morning.')).toEqual([['killed', 1]]);
  });
  it('never take a birth for the time of a figure ("born in 1941")', () => {
    const { claims } = analyzeText('The coroner identified the victim as Doyle Cook, born in 1941, and pronounced him dead at the scene.', 't', '2016-03-25');
    expect(claims.map((c) => [c.kind, c.value, c.scope.period ?? null, c.scope.label ?? null])).toEqual([['killed', 1, null, null]]);
  });
  it('read no name in an abbreviated month, and a weekend toll as statistics', () => {
    expect(analyzeText('Juzahris Webb, 17, was shot and killed Jan. 31 while walking home.').claims.map((c) => c.subject)).toEqual(['webb']);
    expect(analyzeText('Twin brothers, 17, among 17 killed in deadliest weekend of year').claims.map((c) => [c.value, c.scope.key])).toEqual([[17, 'aggregate']]);
    expect(analyzeText('Seventeen people were shot and killed in Chicago between Friday evening and Monday morning.').claims.map((c) => c.scope.key)).toEqual(['aggregate']);
  });
  it("read a roundup's headline that gives its statistics of two kinds as those statistics, and not one kind alone", () => {
    const roundup = 'Stormy Night In Gary Leaves 3 Dead, 9 Injured\n\nPolice are looking into a series of shootings overnight that left three dead and nine other people injured. In one of them, a man was shot in the arm.';
    const headline = (text: string) => analyzeText(text).claims.filter((c) => c.span.start < text.indexOf('\n')).map((c) => [c.kind, c.value, c.scope.key]);
    expect(headline(roundup)).toEqual([['killed', 3, 'aggregate'], ['injured', 9, 'aggregate']]);
    const one = 'Toledo boy, 9, dies in accidental shooting\n\nThe boy was shot at home on Sunday and died later. He is the first child to die by gunfire in the city this year, one of 40 killed this year.';
    expect(headline(one)).toEqual([['killed', 1, 'unscoped']]);
    const charges = '2 suspects charged in shooting that wounded 6-year-old girl\n\nTwo men were charged on Monday. Police say 2 suspects were arrested in a string of shootings this year that injured 1 child and killed 3 adults.';
    expect(headline(charges).map(([, , key]) => key)).not.toContain('aggregate');
  });
  it('read an ordinal victim in digits as a rising toll ("A 30th victim, a 62-year-old man, died")', () => {
    expect(analyzeText('A 30th victim, a 62-year-old man, died in hospital on Thursday, prosecutors said.').claims.map((c) => [c.kind, c.value, c.qualifier, c.isUpdate ?? false])).toEqual([['killed', 30, 'at-least', true]]);
    expect(analyzeText('The 1st victim died at the scene.').claims.map((c) => [c.kind, c.value, c.qualifier])).toEqual([['killed', 1, 'exact']]);
  });
  it('add no part of a count to the next count, and take soldiers among the casualties for no force', () => {
    // (the attackers a toll includes are set apart from it: `withAttackerShares`)
    expect(kindValues('At least 21 people were killed, including four attackers, and 30 others were wounded.')).toEqual([['killed', 17], ['killed', 4], ['injured', 30]]);
    expect(kindValues('21 people were killed, including four attackers, and 30 were wounded.')).toEqual([['killed', 17], ['killed', 4], ['injured', 30]]);
    expect(kindValues('The minister said 37 people were wounded, among them two soldiers.')).toEqual([['injured', 37]]);
    // the second item of the list is a part too; a count after the list's closing comma is not
    expect(kindValues('At least 212 civilians were killed, including 41 women and 29 children, and 96 others were injured.')).toEqual([['killed', 212], ['injured', 96]]);
    expect(analyzeText('In total, two people were killed, including the suspect, and six others were injured.').claims.map((c) => [c.kind, c.value, c.qualifier])).toEqual([['killed', 2, 'exact'], ['injured', 6, 'exact']]);
    // a sum of two groups stays a sum
    expect(kindValues('At least 60 protesters and 6 journalists were injured.')).toEqual([['injured', 66]]);
  });
  it('read the forces\' euphemism in quotes as a count of the attackers they killed', () => {
    expect(analyzeText('The army said its troops "neutralised" 15 attackers during the fighting.').claims.map((c) => [c.kind, c.value, c.scope.key])).toEqual([['killed', 15, 'other']]);
  });
  it('take the count of those who killed, in the active voice, for no count of the dead', () => {
    expect(kindValues('On January 7, 2015, two gunmen killed 12 people at the offices.')).toEqual([['killed', 12]]);
    expect(kindValues('Two men killed their neighbor.')).toEqual([]);
    // the dead themselves
    expect(kindValues('Two gunmen were killed.')).toEqual([['killed', 2]]);
    expect(kindValues('Two killed in shooting on Elm Street.')).toEqual([['killed', 2]]);
  });
  it('read a final count as an update of the toll', () => {
    expect(analyzeText("The health ministry's final count is 54 dead.").claims.map((c) => [c.kind, c.value, c.isUpdate ?? false])).toEqual([['killed', 54, true]]);
  });
  it('scope a count in a relative clause without what the sentence goes on to say of its subject', () => {
    const scope = (text: string) => analyzeText(text).claims.map((c) => [c.value, c.scope.key]);
    expect(scope('The attack in Leeds on 12 April, in which three people were killed, was the worst of a string of stabbings this year.')).toEqual([[3, 'main']]);
    // a commemoration's place is not the count's; an antecedent's place is
    expect(analyzeText('Thousands gathered in Potocari on Friday to mark the anniversary of the genocide, in which forces killed more than 8,000 men.').claims.filter((c) => c.kind === 'killed').map((c) => c.scope.place ?? null)).toEqual([null]);
    expect(analyzeText('A man has been arrested after a shooting in Lorain, in which a bullet killed a 6-year-old girl.').claims.filter((c) => c.kind === 'killed').map((c) => c.scope.place ?? null)).toEqual(['Lorain']);
    // the statistics the relative clause itself is in stay statistics
    expect(scope('In a string of stabbings this year, in which 40 people were killed, police made few arrests.')).toEqual([[40, 'aggregate']]);
  });
  it('read what "left" says of its people, the whole of a part told in words, animals and age limits', () => {
    expect(kindValues('A weekend shooting leaves one boy in critical condition.')).toEqual([['injured', 1]]);
    expect(kindValues('The violence left 28 people shot and 10 people killed since Friday.')).toEqual([['shot', 28], ['killed', 10]]);
    expect(kindValues('She left for work, leaving two grandsons, aged 13 and 15, home alone.')).toEqual([]);
    expect(kindValues('One of the four died at the hospital.')).toEqual([]);
    expect(kindValues('As of Sunday evening, 108,780 deer had been killed this weekend.')).toEqual([]);
    expect(kindValues('Officials said 69 children under the age of 15 died.')).toEqual([['killed', 69]]);
    expect(kindValues('Ten victims aged between 20 and 37 were shot.')).toEqual([['shot', 10]]);
  });
  it("read an arrest told with a contraction, or with an apposition before 'into custody'", () => {
    expect(kindValues("He's charged with attempted murder.")).toEqual([['detained', 1]]);
    expect(kindValues('She’s been charged with murder.')).toEqual([['detained', 1]]);
    expect(kindValues('Police took the suspect, 33-year-old Timothy Tyrone Hunter, into custody.')).toEqual([['detained', 1]]);
    // a possessive is no contraction
    expect(kindValues("The city's arrested protesters were freed.")).toEqual([]);
  });
  it('read no one shot of people shot at, nor of those inside a thing that was shot', () => {
    expect(kindValues('Five people were inside a black car when it was shot at by people in another vehicle.')).toEqual([]);
    expect(kindValues('Three men were shot at by a gunman.')).toEqual([]);
    expect(kindValues('Gunmen shot at five people.')).toEqual([]);
    // shot at a place or an hour: hit
    expect(kindValues('Two people were shot at a party.')).toEqual([['shot', 2]]);
    expect(kindValues('Two women were shot at 11:30 p.m. on Rosedale.')).toEqual([['shot', 2]]);
  });
  it('read the buried as killed, and people taken away as missing', () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.qualifier]);
    expect(rows('"We buried 31 people this morning, and some are still missing," said the village head.')).toEqual([['killed', 31, 'at-least']]);
    expect(rows('Villagers buried 12 victims on Monday.')).toEqual([['killed', 12, 'exact']]);
    expect(rows('He said 15 women and children were taken away.')).toEqual([['missing', 15, 'exact']]);
  });
  it('read the sides of a protest, a sum of counts with a lower bound, and some of the detainees', () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.qualifier, c.interval, c.group ?? null]);
    expect(rows('The ministry said 21 police officers were injured.')).toEqual([['injured', 21, 'exact', [21, 21], 'forces']]);
    expect(rows('Opposition leaders said more than 50 protesters were hurt.')).toEqual([['injured', 50, 'more-than', [51, null], 'protesters']]);
    expect(rows('The army said four militants were killed in the operation.')).toEqual([['killed', 4, 'exact', [4, 4], 'fighters']]);
    expect(rows('At least 60 protesters and 6 journalists were injured.')).toEqual([['injured', 66, 'at-least', [66, null], null]]);
    expect(rows('The association documented 94 detentions in the capital.')).toEqual([['detained', 94, 'exact', [94, 94], null]]);
    expect(rows('His office received complaints from 30 detainees who said they were beaten.')).toEqual([['detained', 30, 'at-least', [30, null], null]]);
    // a quantifier is no one person
    expect(rows('Police detained 40 people. Most were charged with hooliganism.')).toEqual([['detained', 40, 'exact', [40, 40], null]]);
    expect(analyzeText('Smaller rallies were also held in Batumi and Kutaisi, where police detained nine people.').claims.map((c) => c.scope.key)).toEqual(['other']);
  });
  it("read a witness's own count as part of the toll: at least that many", () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.qualifier, c.interval]);
    expect(rows('"I counted six bodies before the ambulances came," said Hassan Jabbar.')).toEqual([['killed', 6, 'at-least', [6, null]]]);
    expect(rows('"We pulled out 12 wounded people from the rubble," a rescuer said.')).toEqual([['injured', 12, 'at-least', [12, null]]]);
    // the toll the police count, and a count that is not a witness's own
    expect(rows('Police counted six bodies at the scene.')).toEqual([['killed', 6, 'exact', [6, 6]]]);
    expect(rows('"Six people died," I was told.')).toEqual([['killed', 6, 'exact', [6, 6]]]);
  });
  it('tie arrests of a police operation over many people to other happenings', () => {
    const scopes = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.scope.key, c.scope.label ?? '']);
    expect(scopes('A police operation resulted in 20 arrests.')).toEqual([['detained', 20, 'other', 'in a police operation (operation resulted in 20 arrests)']]);
    expect(scopes('Three men were arrested during a drug bust.')).toEqual([['detained', 3, 'other', 'in a police operation (drug bust)']]);
    expect(scopes('Twelve people were taken into custody in a law enforcement operation targeting gangs.')[0]?.[2]).toBe('other');
    // the operation that arrested the event's suspects, and a raid on one home, are the event's
    expect(scopes('Both suspects were arrested in a joint police operation on Friday.')).toEqual([['detained', 2, 'unscoped', '']]);
    expect(scopes('Police raided the home and arrested two men.')).toEqual([['detained', 2, 'unscoped', '']]);
    expect(scopes('Officers made a sweep for the gunman and arrested two men.')).toEqual([['detained', 2, 'unscoped', '']]);
    expect(scopes('Two men were held after an operation that led to the arrest of the gunman.').every((row) => row[2] !== 'other')).toBe(true);
    expect(scopes('Three men were arrested in a sweep for illegal guns.')[0]?.[2]).toBe('other');
    // other kinds keep their scope
    expect(scopes('Two people were killed during the drug bust.')).toEqual([['killed', 2, 'unscoped', '']]);
  });
  it("tie every clause of a linked story's headline to other happenings", () => {
    const scopes = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.scope.key]);
    expect(scopes('RELATED: Woman wounded in southeast Fresno shooting; 1 arrested')).toEqual([['detained', 1, 'other'], ['injured', 1, 'other']]);
    // a video's title after its running time; not a report's clock time
    expect(scopes('A teen was grazed by a bullet.\n0:35 Two teens charged in Lakewood shooting that killed 15-year-old boy')).toContainEqual(['detained', 2, 'other']);
    expect(scopes('10:35 p.m. Two teens were charged in the shooting.').map(([, , key]) => key)).not.toContain('other');
    // nor a live blog's clock time and zone before its entry
    expect(scopes('10:42 GMT - Police say two people have died.')).toEqual([['killed', 2, 'unscoped']]);
    expect(scopes('12:15 CET The toll has risen to four.')).toEqual([['killed', 4, 'unscoped']]);
  });
  it("tie an editor's note on an earlier version of the report to other figures", () => {
    const scopes = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.scope.key, c.scope.label ?? '']);
    expect(scopes('UPDATE: This story was first published as one person hurt in the shooting.')).toEqual([['injured', 1, 'other', 'an earlier version of the report']]);
    expect(scopes('An earlier version of this story said two people were hurt.')).toEqual([['injured', 2, 'other', 'an earlier version of the report']]);
    expect(scopes('Two people were hurt, the story first reported.')).toEqual([['injured', 2, 'unscoped', '']]);
  });
  it('tie the headlines listed under a label of their own to other happenings', () => {
    const scopes = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.scope.key]);
    const own = 'A man was shot and killed Sunday in Lake Charles, police said.\n\n';
    expect(scopes(`${own}Related stories:\n- 4 hurt in Baton Rouge shooting Saturday\n- 2 dead after crash on I-85 in Belmont`)).toEqual([
      ['killed', 1, 'main'],
      ['injured', 4, 'other'],
      ['killed', 2, 'other'],
    ]);
    // blank lines between the headlines
    expect(scopes(`${own}Also read:\n\n4 hurt in Baton Rouge shooting Saturday\n\n2 dead after crash on I-85`).map(([, , key]) => key)).toEqual(['main', 'other', 'other']);
    // not a label with a headline of its own on its line, nor prose after the list, nor a line after prose
    expect(scopes(`${own}Related: Police seek gunman\n2 dead after crash on I-85`).map(([, , key]) => key)).toEqual(['main', 'unscoped']);
    expect(scopes(`${own}Related stories:\n- Police seek gunman\nTwo other people were wounded, police said.`).map(([, , key]) => key)).toEqual(['main', 'unscoped']);
    expect(scopes(`Related stories:\n- Police seek gunman\nThe victim was identified.\nTwo other people were wounded`).map(([, , key]) => key)).toEqual(['unscoped']);
  });
  it('tie combatants the forces killed in their own operation to other happenings', () => {
    const scopes = (text: string) => analyzeText(text).claims.map((c) => [c.kind, c.value, c.scope.key, c.scope.label ?? '']);
    expect(scopes('The army said it had killed 25 "terrorists" in air strikes after the attacks.')).toEqual([['killed', 25, 'other', "in the forces' operation (air strikes)"]]);
    expect(scopes('Soldiers killed 30 insurgents in a counter-terrorism operation.')).toEqual([['killed', 30, 'other', "in the forces' operation (counter-terrorism operation)"]]);
    // combatants killed in the attack itself, and people the strikes killed, are the event's
    expect(scopes('Two militants were killed in the clashes.')).toEqual([['killed', 2, 'unscoped', '']]);
    expect(scopes('The air strikes killed 12 civilians.')).toEqual([['killed', 12, 'unscoped', '']]);
  });
  it('read a title-case headline\'s "name" that ends on a person noun as a described person', () => {
    const subjects = (text: string) => shown(text, (c) => c.subject, 'detained');
    // "Local Man" is no one's name: the report names one person, Smith
    expect(subjects('Local Man Charged In Shooting Death\n\nPolice said John Smith, 30, was charged with murder.')).toEqual(['anon', 'smith']);
    // in running text a surname that is also a person noun stays a name
    expect(subjects('Police said John Child was charged with murder on Friday.')).toEqual(['child']);
  });
  it('read a name ending in an organization\'s head word as a person the words before describe, not someone called so', () => {
    const subjects = (text: string, kind: ClaimKind) => shown(text, (c) => c.subject, kind);
    // "Portland Press Herald" is the columnist's paper: one person, not named
    expect(subjects('A longtime columnist for the Portland Press Herald died at his home on Wednesday.', 'killed')).toEqual(['anon']);
    expect(subjects('Police say Michael Harmon died at his home. A columnist for the Portland Press Herald died at his home.', 'killed')).toEqual(['harmon', 'anon']);
    expect(subjects('An off-duty trooper with the Texas Department of Public Safety was shot during a home invasion.', 'shot')).toEqual(['anon']);
    // a given name opens a person's name, whatever its last word
    expect(subjects('Police said John Church died at the scene.', 'killed')).toEqual(['church']);
    // but three words ending in the head are an organization's, a given name first or not
    expect(subjects('A vigil is planned for a senior at Eleanor Roosevelt High School who was killed in a shooting.', 'killed')).toEqual(['anon']);
  });
  it('key a person described by an age in digits by that age and sex, so one report\'s injured and killed person is seen as one', () => {
    const subjects = (text: string, kind: ClaimKind) => shown(text, (c) => c.subject, kind);
    expect(subjects('Officials say an accidental shooting on Christmas night has killed a 16-year-old in Frankfort.', 'killed')).toEqual(['aged:16:u']);
    expect(subjects('A 2-year-old boy was wounded in the shooting on Monday.', 'injured')).toEqual(['aged:2:m']);
    expect(subjects('A 34-year-old woman was killed in the crash.', 'killed')).toEqual(['aged:34:f']);
    // "another 16-year-old" is someone else; no age in digits, no key
    expect(subjects('A gunman killed another 16-year-old on Friday.', 'killed')).toEqual(['anon']);
    expect(subjects('A teenager was killed in the shooting.', 'killed')).toEqual(['anon']);
  });
  it('count the killer among the killed when the verb takes both ("kills son, self", "killed her child and then herself")', () => {
    const killed = (text: string) => shown(text, (c) => `${c.value} ${c.subject}`, 'killed');
    expect(killed('Colorado woman kills 5-year-old son, self')).toEqual(['1 aged:5:m', '2 withself:aged:5:m']);
    expect(killed('He said the woman killed her child and then herself.')).toEqual(['1 relation:child', '2 withself:relation:child']);
    // the one shot is the son: no second person
    expect(killed('Police said his son shot himself and died.').every((c) => !c.includes('self'))).toBe(true);
    expect(killed('The man killed his wife, police said.')).toEqual(['1 relation:wife']);
    // "fatally shot himself" is a death; "shot himself" alone is mostly a wound
    expect(killed('Police said the man then fatally shot himself.')).toEqual(['1 self']);
    expect(killed('Police said the boy accidentally shot himself.')).toEqual([]);
    // a self-inflicted wound, however the report hedges it
    expect(killed('The man died from what appeared to be a self-inflicted gunshot wound.')).toContain('1 self');
  });
  it('read an ordinal death as an update of the toll ("5th person dies after ...", "a third victim has died")', () => {
    const updates = (text: string) => shown(text, (c) => `${c.value} ${c.qualifier} ${c.isUpdate}`, 'killed');
    expect(updates('5th person dies after July murder-suicide in Forsyth County')).toEqual(['5 at-least true']);
    expect(updates('Third person dies after weekend shooting')).toEqual(['3 at-least true']);
    expect(updates('Police said a third man was killed in the crossfire.')).toEqual(['3 at-least false']);
  });
  it('read the wounded person of a coordination that leaves out its verb ("were killed and a 12-year-old girl wounded")', () => {
    const injured = (text: string) => shown(text, (c) => `${c.value} ${c.subject}`, 'injured');
    expect(injured('Three members of a family were shot and killed and a 12-year-old girl wounded at their home.')).toEqual(['1 aged:12:f']);
    expect(injured('One person is dead and a teen injured after the shooting.')).toEqual(['1 anon']);
    expect(injured('A woman is dead and a 31-year-old woman critically injured late Friday.')).toEqual(['1 aged:31:f']);
    // another verb, or none after the person
    expect(injured('Two men were killed and the suspect arrested on Friday.')).toEqual([]);
    expect(injured('Two men were killed and a woman who was nearby fled.')).toEqual([]);
  });
  it('say a verb after "N of the M" of the part N, not of the whole M', () => {
    const claims = (text: string) => shown(text, (c) => `${c.kind} ${c.value} ${c.qualifier}`);
    expect(claims('Two of the five victims died at the hospital.')).toEqual(['killed 2 exact']);
    expect(claims('Three of the four people shot were killed.')).toEqual(['killed 3 exact']);
    expect(claims('Authorities say three of four members of a family were shot and killed.')).toEqual(['killed 3 exact']);
    expect(claims('Police said two of the three suspects were arrested.')).toEqual(['detained 2 exact']);
    // a participle that describes the whole: the whole was killed
    expect(claims('Skip Wells, 1 of 4 Marines killed in Chattanooga, was a student.')).toEqual(['killed 4 exact']);
  });
  it('count a person and a count that are both the objects of one verb ("killed a man and two women")', () => {
    const claims = (text: string) => shown(text, (c) => `${c.kind} ${c.value} ${c.rule}`);
    expect(claims('The gunman killed a man and two women on Friday.')).toEqual(['killed 3 en/claim/coordinated']);
    expect(claims('He shot and killed his wife and two other people.')).toEqual(['killed 3 en/claim/coordinated']);
    expect(claims('He killed her and three other people before fatally shooting himself.')).toEqual(['killed 5 en/claim/with-killer']);
    expect(claims('Police arrested a woman and two men.')).toEqual(['detained 3 en/claim/coordinated']);
    // the count has a verb of its own: another clause
    expect(claims('He killed a man and two women were wounded.')).toEqual(['injured 2 en/claim/number-kind', 'killed 1 en/claim/singular']);
  });
  it('count the killer with the people a count says he killed, when his death follows in their clause', () => {
    const claims = (text: string) => shown(text, (c) => `${c.value} ${c.rule}`, 'killed');
    expect(claims('The gunman killed three people before killing himself, police said.')).toEqual(['4 en/claim/with-killer']);
    expect(claims('Four people were killed Friday after a woman opened fire on her family, then turned the gun on herself.')).toEqual(['5 en/claim/with-killer']);
    expect(claims('Authorities say Mark Evans killed his wife and two children before killing himself.')).toEqual(['4 en/claim/with-killer']);
    // a count that holds him already, or no death of his own
    expect(claims('Four people, including the gunman, were killed before he turned the gun on himself.')).toEqual(['4 en/claim/number-kind']);
    expect(claims('The gunman killed three people before fleeing.')).toEqual(['3 en/claim/number-kind']);
  });
  it('key a suicide by the name its sentence opens with, so that "Smith died" is the same person', () => {
    const subjects = (text: string) => shown(text, (c) => c.subject, 'killed');
    expect(subjects('Police said John Smith shot and killed his wife before killing himself.')).toEqual(['relation:wife', 'self:smith']);
    expect(subjects('John Smith killed himself on Friday.')).toEqual(['self:smith']);
    // a speaker or a possessive is not who died
    expect(subjects('Sheriff Tom Lane said the man killed himself.')).toEqual(['self']);
    expect(subjects("John Smith's son killed himself.")).toEqual(['self']);
  });
  it('read no one killed or arrested in an attempt ("the attempted murder of", "tried to arrest")', () => {
    const claims = (text: string) => shown(text, (c) => `${c.kind} ${c.value} ${c.subject}`);
    expect(claims('Police are investigating the murder of Thompson and the attempted murder of Childress.')).toEqual(['killed 1 thompson']);
    expect(claims('Officers tried to arrest the suspect on Friday.')).toEqual([]);
  });
  it('carry the source a figure is attributed to', () => {
    const { claims } = analyzeText('Two people were killed, police said.');
    expect(claims[0]?.attributedTo).toBe('police');
  });
  it('read a figure that refers to the count just before it as of that count\'s kind ("put the figure at 27")', () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => `${c.kind} ${c.value}${c.attributedTo !== undefined ? ` by ${c.attributedTo}` : ''}${c.isCorrection ? ' correction' : ''}${c.isUpdate ? ' update' : ''}`);
    // a paragraph a sentence, as news writes
    expect(rows('Police said nine people were killed in the attack.\n\nLocal hospital officials gave a higher figure of 27.')).toEqual(['killed 9 by Police', 'killed 27 by Local hospital officials']);
    expect(rows('Four men were arrested on Friday. Police later put the number at six.')).toEqual(['detained 4', 'detained 6 by Police']);
    expect(rows('Nine people were killed. The figure was later revised to 23, police said.')).toEqual(['killed 9', 'killed 23 by police correction update']);
    expect(rows('The death toll rose to 9 on Sunday. Hospital officials put the figure at 12.')).toEqual(['killed 9 update', 'killed 12 by Hospital officials update']);
    // not when the count before is of two kinds, or of money, or three sentences back
    expect(rows('Nine people were killed and 30 were wounded. Officials put the figure at 12.')).toEqual(['killed 9', 'injured 30']);
    expect(rows('The company reported revenue of 5 million. Analysts put the figure at 6 million.')).toEqual([]);
    expect(rows('Nine people were killed. The market was busy. It was a Friday. Officials put the figure at 12.')).toEqual(['killed 9']);
  });

  it('mark a corrected toll as a correction, and set combatants the forces killed apart from the toll', () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => `${c.kind} ${c.value} ${c.scope.key}${c.isCorrection ? ' correction' : ''}${c.isUpdate ? ' update' : ''}`);
    expect(rows('The ministry revised the death toll down to seven from nine.')).toEqual(['killed 7 unscoped correction update']);
    expect(rows('The death toll rose to 9 on Sunday.')).toEqual(['killed 9 unscoped update']);
    expect(rows('Colonel Samir Oduya, the army spokesman, said troops killed 11 of the assailants in a firefight.')).toEqual(['killed 11 other']);
    expect(rows('Death toll from village raids rises to 23; army says 11 attackers killed')).toEqual(['killed 23 unscoped update', 'killed 11 other']);
    expect(rows('Police shot and killed two of the gunmen.')).toEqual(['killed 2 other']);
    // "of" with no article, and what the army said of its strike further on in the sentence
    expect(rows('Troops repelled the assault and killed dozens of attackers, the army said.')).toEqual(['killed 24 other']);
    expect(rows('The army said it had targeted militants and that the strike had killed 6 fighters of the brigade.')).toEqual(['killed 6 other']);
    expect(rows('The army said militants killed 6 soldiers.')).toEqual(['killed 6 unscoped']);
    // who killed them untold, or the attackers' victims: the event's
    expect(rows('Two militants were killed in the clashes.')).toEqual(['killed 2 unscoped']);
    expect(rows('The gunmen killed 11 villagers.')).toEqual(['killed 11 unscoped']);
    // "them" after the combatants the forces engaged
    expect(rows('Troops later engaged the gunmen, killing three of them.')).toEqual(['killed 3 other']);
    // but not the attackers' victims
    expect(rows('The gunmen opened fire on the villagers, killing three of them.')).toEqual(['killed 3 unscoped']);
  });
  it("set the attackers a toll includes apart from it ('15 people, including three of the bandits')", () => {
    const rows = (text: string) => analyzeText(text).claims.map((c) => `${c.kind} ${c.value} ${c.scope.key}${c.scope.key === 'other' ? ` (${c.scope.label})` : ''}${c.attackers !== undefined ? ` without ${c.attackers}` : ''}`);
    expect(rows('Fifteen people, including three of the bandits, died when armed men stormed the village.')).toEqual(['killed 12 unscoped without 3', 'killed 3 other (attackers killed)']);
    expect(rows('At least 21 people were killed, including four attackers, and 30 others were wounded.')).toEqual(['killed 17 unscoped without 4', 'killed 4 other (attackers killed)', 'injured 30 unscoped']);
    // the report's other words for that toll hold them too
    expect(rows('Fifteen dead after bandit attack. Fifteen people, including three of the bandits, died.')).toEqual(['killed 12 unscoped without 3', 'killed 12 unscoped without 3', 'killed 3 other (attackers killed)']);
    expect(rows('Fifteen dead after bandit attack.')).toEqual(['killed 15 unscoped']);
    // not a share of other people, nor a count of combatants alone
    expect(rows('Fifteen people, including three children, died.')).toEqual(['killed 15 unscoped']);
    expect(rows('Fifteen people died, and three of the bandits were arrested.')).toEqual(['killed 15 unscoped', 'detained 3 unscoped']);
  });
  it("give a crowd's estimate to the side that made it", () => {
    const sources = (text: string) => analyzeText(text).claims.map((c) => `${c.value} ${c.attributedTo ?? '-'}`);
    expect(sources('Organisers put the crowd at 40,000; police estimated 12,000.')).toEqual(['40000 Organisers', '12000 police']);
    expect(sources('Police put the Dravik crowd at 3,000, while organisers said 8,000 had marched.')).toEqual(['3000 Police', '8000 organisers']);
    expect(sources('The interior ministry put the number of protesters at 2,500.')).toEqual(['2500 interior ministry']);
    // a passive names no estimator: the sentence's source
    expect(sources('The crowd was estimated at about 5,000, police said.')).toEqual(['5000 police']);
    expect(sources('An estimated crowd of 3,000 marched, organizers said.')).toEqual(['3000 organizers']);
  });
  it('name an official the report gave a title before ("Interior Minister Hamadou Souley" ... "the minister said")', () => {
    const named = analyzeText('Interior Minister Hamadou Souley spoke on Monday. Security forces detained three suspects on Monday morning, the minister said.');
    expect(named.claims.map((c) => [c.kind, c.value, c.attributedTo])).toEqual([['detained', 3, 'Hamadou Souley']]);
    const unnamed = analyzeText('Security forces detained three suspects on Monday morning, the minister said.');
    expect(unnamed.claims.map((c) => [c.kind, c.value, c.attributedTo])).toEqual([['detained', 3, 'the minister']]);
  });
});

describe('the surname of a name with a generational suffix', () => {
  it('keys "Tiris Coleman Jr." and "Coleman" as one person', () => {
    expect(shown('Police said they shot 17-year-old Tiris Coleman Jr. near the library. Coleman later died at the hospital.', (c) => `${c.kind} ${c.subject}`)).toEqual(['shot coleman', 'killed coleman']);
  });
});

describe("claim rules: a place's share of a count", () => {
  /** Each claim as `kind value qualifier place`. */
  const shares = (text: string): string[] => shown(text, (c) => `${c.kind} ${c.value} ${c.qualifier} ${c.scope.key}:${c.scope.place ?? '-'}`);

  it.each([
    [
      'Car bombs killed at least 45 people across Iraq on Tuesday, including 22 in Baghdad, police said.',
      ['killed 45 at-least total:Iraq', 'killed 22 exact main:Baghdad'],
    ],
    ['Police shot dead 31 people, including 14 in Nairobi and five in Mombasa.', ['killed 31 exact unscoped:-', 'killed 14 exact main:Nairobi', 'killed 5 exact main:Mombasa']],
    ['Officers detained 300 people (including 120 in the city of Osel) over two days.', ['detained 300 exact unscoped:-', 'detained 120 exact main:Osel']],
  ])('%s', (text, rows) => {
    expect(shares(text)).toEqual(rows);
  });

  it.each([
    // a month, people of some kind, two places at once: no share
    'Five people were killed, including two in March.',
    'Twelve people were killed, including 3 children in Kano.',
    'Police detained 101 people, including nine in Batumi and Kutaisi.',
    // a share of statistics is no share of the event
    'So far this year, 40 people have been killed in the city, including 12 in Osel.',
  ])('%s: no share', (text) => {
    expect(analyzeText(text).claims.filter((c) => c.rule === 'en/claim/place-share')).toEqual([]);
  });
});

describe('claim rules: people held by their captors are missing', () => {
  it.each([
    ['Community leaders said 52 people, mostly women and children, were still in the hands of the bandits.', ["missing 52 exact '52'"]],
    ['Twelve hostages remain in captivity.', ["missing 12 exact 'Twelve'"]],
    ['Five people were held captive for three days.', ["missing 5 exact 'Five'"]],
    // held by the police, and freed since in the same clause: no one missing
    ['Three suspects are in the hands of the police.', []],
    ['Three guards were briefly held hostage and later freed unharmed, the agency said.', []],
  ])('%s', (text, rows) => {
    expect(claimRows(text)).toEqual(rows);
  });
});

describe("claim rules: a verb's object named after a title", () => {
  it.each([
    ['A grand jury has indicted Marrow Creek police Sgt. Kyle Brandt on a charge of manslaughter.', 'detained brandt'],
    ['A grand jury has indicted police officer Kyle Brandt on a charge of manslaughter.', 'detained brandt'],
    ['Police arrested Harris County Deputy John Smith on Friday.', 'detained smith'],
    ['The gunman shot and killed Officer Dale Reese.', 'killed reese'],
    ['A constable shot Mr. Meyer in the arm.', 'shot meyer'],
  ])('%s -> %s', (text, row) => {
    expect(shown(text, (c) => `${c.kind} ${c.subject}`)).toEqual([row]);
  });

  it('is one person with the surname the report names again ("indicted Sgt. Kyle Brandt", "Brandt surrendered"): one arrest', () => {
    const text = 'A grand jury has indicted Marrow Creek police Sgt. Kyle Brandt on a charge of manslaughter. Brandt, 36, surrendered at the county jail.';
    expect(new Set(shown(text, (c) => c.subject, 'detained'))).toEqual(new Set(['brandt']));
  });
});

describe("claim rules: a headline's list without 'and'", () => {
  it.each([
    ['2 officers, woman injured in shootout', ["injured 3 exact '2 officers, woman'"]],
    ['Three militants, soldier killed in gunfight', ["killed 4 exact 'Three militants, soldier'"]],
    ['Two men, a woman killed in crash', ["killed 3 exact 'Two men, a woman'"]],
    // each with its own word: not one count
    ['3 people dead, child injured in shooting', ["killed 3 exact '3'"]],
  ])('%s', (text, rows) => {
    expect(claimRows(text)).toEqual(rows);
  });
});

describe('claim rules: a crowd that mourns', () => {
  const scopes = (text: string) => analyzeText(text).claims.map((c) => `${c.kind} ${c.value} ${c.scope.key} ${c.scope.label ?? '-'}`);
  it('is a figure of its own, labelled by the gathering ("attended a candlelight vigil", "accompanied the funerals")', () => {
    expect(scopes('More than 2,000 people attended a candlelight vigil at the park.')).toEqual(['participants 2000 other mourners: vigil']);
    expect(scopes('About 1 million people accompanied the funerals.')).toEqual(['participants 1000000 other mourners: funerals']);
  });
  it('not a crowd the sentence tells violence of, nor a protest', () => {
    expect(scopes('Police fired on a crowd of about 3,000 at the funeral, killing two.').filter((s) => s.startsWith('participants'))).toEqual(['participants 3000 unscoped -']);
    expect(scopes('About 5,000 people marched through the city.')).toEqual(['participants 5000 unscoped -']);
  });
});
