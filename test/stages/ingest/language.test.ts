import { describe, expect, it } from 'vitest';
import { detectLanguage, FUNCTION_WORDS } from '../../../src/stages/ingest/language.js';
import { isCommonWord } from '../../../src/stages/entities/lexicon.js';
import { CLEAN_RULES, cleanDoc } from '../../../src/stages/ingest/clean.js';
import { testContext } from '../../helpers/spans.js';

// Reports written for these tests, one happening told in each language.
const REPORTS: Readonly<Record<string, string>> = {
  fr: "Au moins douze personnes ont été tuées et une trentaine blessées dans la nuit de samedi à dimanche lors d'une attaque contre un marché de la ville, selon les autorités locales. Les assaillants ont pris la fuite après avoir ouvert le feu sur la foule. Une enquête a été ouverte par le parquet.",
  es: 'Al menos doce personas murieron y otras treinta resultaron heridas en un ataque armado contra un mercado de la ciudad, según informaron las autoridades locales. Los atacantes huyeron tras abrir fuego contra la multitud. El ministro del Interior visitó el lugar el domingo por la mañana y prometió que los responsables serán detenidos.',
  de: 'Mindestens zwölf Menschen sind bei einem Angriff auf einen Markt in der Stadt getötet und rund dreißig weitere verletzt worden, wie die örtlichen Behörden mitteilten. Die Angreifer flohen, nachdem sie auf die Menge geschossen hatten. Die Staatsanwaltschaft hat Ermittlungen eingeleitet.',
  it: "Almeno dodici persone sono state uccise e una trentina ferite in un attacco contro un mercato della città, secondo le autorità locali. Gli aggressori sono fuggiti dopo aver aperto il fuoco sulla folla. Il ministro dell'Interno si è recato sul posto domenica mattina e ha promesso che i responsabili saranno trovati.",
  pt: 'Pelo menos doze pessoas foram mortas e cerca de trinta ficaram feridas num ataque a um mercado da cidade, segundo as autoridades locais. Os atacantes fugiram depois de abrir fogo contra a multidão. O ministro do Interior esteve no local no domingo de manhã e prometeu que os responsáveis serão encontrados.',
  nl: 'Minstens twaalf mensen zijn gedood en ongeveer dertig gewond geraakt bij een aanval op een markt in de stad, zo meldden de lokale autoriteiten. De aanvallers vluchtten nadat ze het vuur hadden geopend op de menigte. Het parket heeft een onderzoek ingesteld naar de aanval.',
  ru: 'По меньшей мере двенадцать человек погибли и около тридцати получили ранения в результате нападения на рынок в городе, сообщили местные власти. Нападавшие скрылись после того, как открыли огонь по толпе.',
  uk: 'Щонайменше дванадцять людей загинули і близько тридцяти отримали поранення внаслідок нападу на ринок у місті, повідомила місцева влада. Нападники втекли після того, як відкрили вогонь по натовпу.',
  ar: 'قتل اثنا عشر شخصا على الأقل وأصيب نحو ثلاثين آخرين في هجوم على سوق في المدينة، بحسب السلطات المحلية. وفر المهاجمون بعد أن أطلقوا النار على الحشد.',
  ja: '市内の市場で武装グループが発砲し、少なくとも十二人が死亡、約三十人が負傷したと地元当局が発表した。犯人らは逃走した。',
};

describe('detectLanguage', () => {
  it.each(Object.entries(REPORTS))('tells a report in %s', (language, text) => {
    expect(detectLanguage(text)?.language).toBe(language);
  });

  it.each([
    ['an English report', 'Two people were killed and four others were wounded in a shooting on Saturday night, police said. The victims were taken to a hospital, where one of them died.'],
    ['an English report quoting French', 'PARIS (Wire) - At least 12 people were killed when gunmen opened fire on a market, officials said. "C\'est une tragédie pour la ville et pour le pays tout entier," the mayor told reporters. Police said the attackers fled in a car.'],
    ['Spanish names in an English report', 'Jose de la Cruz and Maria de los Angeles Del Rio were shot on Calle del Sol in San Juan de los Lagos, police said. The two were taken to a hospital, where de la Cruz died.'],
    ['curly quotes and dashes', 'The mayor said “we are heartbroken” — and the police chief said the suspect’s car was found.'],
    ['a headline alone', 'Muertos en Kessora'],
    ['an empty text', ''],
    ['names with Spanish and Arabic articles, in no sentence', 'El Obeid, Sudan\nAl Quşayr, Syria\nEl Paso, Texas\nLos Angeles, California\nLa Paz, Bolivia\nDel Rio, Texas\nAl Hasakah, Syria\nLas Vegas, Nevada'],
    ['English with a few Cyrillic names', 'Police in Kyiv said the blast near the Хрещатик metro station killed three people on Monday, and that the search was going on.'],
  ])('leaves %s to English', (_case, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});

describe('FUNCTION_WORDS', () => {
  it('are in lowercase: a capitalized word, often part of a name, is never counted', () => {
    const cased = Object.values(FUNCTION_WORDS).flat().filter((w) => w !== w.toLowerCase());
    expect(cased).toEqual([]);
  });

  it('holds no common English word in the lists of other languages (an English report never counts for them)', () => {
    const english = Object.entries(FUNCTION_WORDS).flatMap(([language, words]) => (language === 'en' ? [] : words.filter((w) => isCommonWord(w)).map((w) => `${language}:${w}`)));
    expect(english).toEqual([]);
  });
});

describe('cleanDoc: a report in another language', () => {
  it('warns, naming the report and its file, and sets its language', () => {
    const ctx = testContext();
    const doc = cleanDoc({ id: 'attaque', path: 'in/attaque.txt', text: REPORTS['fr']! }, ctx);
    expect(doc.language).toBe('fr');
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ruleId: CLEAN_RULES.language, file: 'in/attaque.txt', message: expect.stringContaining('looks French') })]);
  });

  it('says nothing of an English report', () => {
    const ctx = testContext();
    expect(cleanDoc({ id: 'a', path: 'a.txt', text: 'Two people were killed on Saturday, police said. The two were shot in a car.' }, ctx).language).toBe('en');
    expect(ctx.diagnostics).toEqual([]);
  });
});
