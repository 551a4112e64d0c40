// Hand-check samples for lineage detection on gva-dev. Not part of `npm test`.
// Build first (`npx tsc -p .`), then:
//   node eval/lineage-sample.mjs precision [--seed 7] [--n 50]   links drawn at random, with their evidence
//   node eval/lineage-sample.mjs recall [--seed 7] [--n 50]      same-incident pairs drawn at random, texts side by side
//   node eval/lineage-sample.mjs list                            every link found
// Add --clean to run over the text the ingest cleaner gives.
// For recall, the texts are printed first and the verdict of the detector after them, so the
// reader can judge "copy or rewrite of one source?" before seeing what the detector said.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../bench/random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Compiled code to run: `dist` unless LINEAGE_DIST names another build (to compare two builds). */
const DIST = process.env.LINEAGE_DIST ?? join(ROOT, 'dist');
const CORPUS = join(ROOT, '../shared/corpus/gva-dev');
const { detectLineage, lineageGroups } = await import(join(DIST, 'stages/lineage/index.js'));

const args = process.argv.slice(2);
const mode = args[0] ?? 'precision';
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const seed = option('--seed', 7);
const n = option('--n', 50);


function sample(items, count, random) {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

let docs = readFileSync(join(CORPUS, 'documents.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
if (args.includes('--clean')) {
  const { cleanDoc } = await import(join(DIST, 'stages/ingest/clean.js'));
  const { createContext } = await import(join(DIST, 'pipeline/stage.js'));
  const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z') });
  docs = docs.map((d) => ({ ...d, text: cleanDoc({ id: d.id, path: 'documents.jsonl', text: d.text }, ctx).text }));
}
const byId = new Map(docs.map((d) => [d.id, d]));
const incidents = JSON.parse(readFileSync(join(CORPUS, 'incidents.json'), 'utf8')).incidents;
const incidentsOf = new Map();
for (const incident of incidents) for (const id of incident.documents) incidentsOf.set(id, [...(incidentsOf.get(id) ?? []), incident.id]);
const sameIncident = (a, b) => (incidentsOf.get(a) ?? []).some((x) => (incidentsOf.get(b) ?? []).includes(x));

const links = detectLineage(docs.map((d) => ({ id: d.id, text: d.text })));
const groups = lineageGroups(docs.map((d) => d.id), links);
const linkOf = new Map(links.map((l) => [l.docs.join(' '), l]));

const site = (d) => d.url.replace(/^.*?\/(https?:\/\/)/, '$1').replace(/^https?:\/\/(www\.)?/, '').split('/')[0];
const flat = (text, max) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
};

function showLink(link, k) {
  const [a, b] = link.docs.map((id) => byId.get(id));
  console.log(`\n#${k} ${link.relation} passages=${link.sharedPassages} score=${link.score} sameIncident=${sameIncident(a.id, b.id)}`);
  console.log(`  A ${a.id.slice(0, 8)} ${a.published} ${site(a)} | ${flat(a.title, 90)}`);
  console.log(`  B ${b.id.slice(0, 8)} ${b.published} ${site(b)} | ${flat(b.title, 90)}`);
  for (let i = 0; i < link.evidence.length; i += 2) {
    const [x, y] = [link.evidence[i], link.evidence[i + 1]];
    console.log(`    a: ${flat(a.text.slice(x.start, x.end), 260)}`);
    console.log(`    b: ${flat(b.text.slice(y.start, y.end), 260)}`);
  }
}

if (mode === 'list') {
  links.forEach((l, k) => showLink(l, k));
} else if (mode === 'precision') {
  const random = mulberry32(seed);
  console.log(`${links.length} links over ${docs.length} documents; ${Math.min(n, links.length)} drawn with seed ${seed}`);
  sample(links, n, random).forEach((l, k) => showLink(l, k));
} else if (mode === 'recall') {
  const random = mulberry32(seed);
  const pairs = [];
  for (const incident of incidents) {
    const ids = incident.documents.filter((id) => byId.has(id));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i], ids[j]].sort());
  }
  const drawn = sample(pairs, n, random);
  console.log(`${pairs.length} same-incident pairs; ${drawn.length} drawn with seed ${seed}`);
  drawn.forEach(([x, y], k) => {
    const [a, b] = [byId.get(x), byId.get(y)];
    console.log(`\n========== pair ${k}`);
    console.log(`--- A ${a.id.slice(0, 8)} ${a.published} ${site(a)} | ${flat(a.title, 100)}\n${flat(a.text, 1400)}`);
    console.log(`--- B ${b.id.slice(0, 8)} ${b.published} ${site(b)} | ${flat(b.title, 100)}\n${flat(b.text, 1400)}`);
  });
  console.log('\n========== detector verdicts');
  drawn.forEach(([x, y], k) => {
    const link = linkOf.get(`${x} ${y}`);
    const grouped = groups.get(x) === groups.get(y);
    console.log(`pair ${k}: ${link ? `${link.relation} passages=${link.sharedPassages}` : grouped ? 'same group (through other documents)' : 'not linked'}`);
  });
} else {
  console.log('usage: node eval/lineage-sample.mjs precision|recall|list [--seed N] [--n N] [--clean]');
}
